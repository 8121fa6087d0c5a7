"""East Asian names printed family-first: "Mao Tse-tung", "Kim Il-sung", "Maruyama Masao".

Only a two-word name without initials can be family-first (see names/persons.py for the rule).
Syllables are checked loosely by regex built from initials x finals tables (Wade-Giles, Pinyin,
German dsch/tsch/ss transliterations; Korean initials x vowels x codas for hyphenated parts)."""

from __future__ import annotations

import re
from functools import cache

from converter.lexicon import fold, table

# Romanized Chinese syllable = initial + final (folded, aspiration apostrophes dropped).
CN_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s y w hs ts tz sz ss dsh dsch tsch tsh sch"
CN_FINALS = (
    "a o e i u ai ei ui ao ou iu ie ue er erh an en in un ang eng ing ong ia iao ian iang iong "
    "ua uo uai uan uang ih eh ieh ueh ien uei ung iung uen oh uh wa wan wang"
)
# Korean syllable = initial + vowel + coda; only for hyphenated given names ("Il-sung", "Chung-hee").
KR_INITIALS = "g k kk n d t tt r l m b p pp s ss j jj ch h y w hw kw gw sh"
KR_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i ee oo ou ea"
KR_CODAS = "k n l m p t ng"
JP_MORA = r"(?:(?:ky|gy|sh|ch|ny|hy|my|ry|by|py|ts|[kgsztdnhbpmrfwyj])?[aeiou]|n)"


def _alternation(words: str) -> str:
    """Longest first, so that "dsch" is tried before "d"."""
    return "|".join(sorted(words.split(), key=len, reverse=True))


CN_SYLLABLE = rf"(?:{_alternation(CN_INITIALS)})?(?:{_alternation(CN_FINALS)})"
KR_SYLLABLE = rf"(?:{_alternation(KR_INITIALS)})?(?:{_alternation(KR_VOWELS)})(?:{_alternation(KR_CODAS)})?"
CN_GLUED = re.compile(rf"(?:{CN_SYLLABLE}){{1,2}}")
HYPHEN_PART = re.compile(rf"{CN_SYLLABLE}|{KR_SYLLABLE}")
JP_GIVEN = re.compile(rf"{JP_MORA}{{2,}}")
HYPHENS = re.compile(r"[-\u2010\u2011]")


@cache
def cn_kr_surnames() -> frozenset[str]:
    return table("chinese_surnames")[0] | table("korean_surnames")[0]


def cjk_given(token: str) -> bool:
    """A romanized Chinese/Korean given name: "Fu-dshun", "Szu-k’ai", "Il-sung", "Tsungtung"."""
    folded = fold(token)
    parts = HYPHENS.split(folded)
    if len(parts) > 1:
        return len(parts) <= 3 and all(HYPHEN_PART.fullmatch(p) for p in parts)
    return CN_GLUED.fullmatch(folded) is not None


def family_first(first: str, second: str) -> bool:
    """The two-word East Asian rule of the module docstring."""
    head, tail = fold(first), fold(second)
    surnames = cn_kr_surnames()
    if head in surnames and tail not in surnames and cjk_given(second):
        return True
    japanese = table("japanese_surnames")[0]
    return head in japanese and tail not in japanese and JP_GIVEN.fullmatch(tail) is not None
