"""Personal and corporate names as printed in short-form notes and in SpringerLink's cite line.

Short forms print the author before the year: "Kirby", "Tomson/Su", "Rostow et al.",
"K. R. Walker", "State Statistical Bureau", "Li Fu-dshun", "Chu-yuan Cheng". Names are kept
as printed (diacritics, apostrophes); only `fold` and `name_key` normalize, for comparison.

Western names: a trailing "Jr."/"Sr."/"II"/"III"/"IV" is the suffix; lowercase particles
(van, von, de, der, ...) after the given names are the particle and the rest is the family
("Jean de La Fontaine": particle "de", family "La Fontaine"); a capitalized particle just before
the last word belongs to the family ("Charles De Gaulle"); otherwise the last word is the family.

East Asian order. Only a two-word name without initials can be family-first:
  1. If the first word is a romanized Chinese or Korean surname (data/chinese_surnames.txt,
     data/korean_surnames.txt) and the second looks like a romanized given name -- hyphenated
     syllables ("Fu-dshun", "Tse-tung", "Szu-k'ai", "Il-sung") or one or two syllables glued
     ("Tsungtung", "Piao") -- and the second word is not itself a listed surname, it is
     family-first: "Mao Tse-tung" -> family Mao, given Tse-tung, family_first=True.
  2. A first word that is hyphenated ("Chu-yuan Cheng") or two glued syllables ("Pichao Chen")
     is not a surname, so the name is read given-first with the last word as family.
  3. Two surname-like words ("Kang Chao", also "Chen Yun", "Hu Shih") are read in Western order
     (family = last word): a documented default; the work resolver merges "Chao Kang" with
     "Kang Chao" when the years match.
  4. Japanese: family-first only if the first word is in data/japanese_surnames.txt and the
     second is a Hepburn word of two or more morae that is not listed ("Maruyama Masao");
     otherwise Western order ("Masao Maruyama"). There is no reliable rule for unlisted names.
Syllables are checked loosely by regex built from initials x finals tables (Wade-Giles, Pinyin,
German dsch/tsch/ss transliterations; Korean initials x vowels x codas for hyphenated parts).

Author or title (`classify_author_text`), in this order: text with a digit -> title; a corporate
keyword (data/corporate_words.txt) with no lowercase words but connectives ("Ministry of
Finance") -> corporate; a lowercase word that is not a name particle -> title; more than four
words in one name -> title; a multi-word text made only of title vocabulary (data/title_words.txt,
with the endings -ist, -ism, -ese, -ical) -> title, as is a single word listed there
("China"); otherwise person. Author lists are split on "/", ";", "&", "and", "und", "et", "u.".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from converter.model import Name

DATA = Path(__file__).parent.parent / "data"

PARTICLES = frozenset(
    "van von de der den des da di du del della dos das do la le ten ter te zu zum zur vom al el bin ibn".split()
)
SUFFIXES = frozenset("Jr. Jr Sr. Sr Jun. Sen. II III IV".split())
# Lowercase words a corporate name may contain: "Bureau of the Census", "Amt für Statistik".
CONNECTIVES = frozenset("of for the and on in at to & des der die das für fur und de du la le les et pour van voor en het".split())

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
INITIAL = re.compile(r"[^\W\d_]{1,2}\.")
ET_AL = re.compile(
    r"[\s,]*(?:\bet\.?\s*al\b\.?|\bet\s+alii\b|\bu\.\s*a\.|\be\.\s*a\.|\band\s+others\b|\bund\s+andere\b)[\s,.;:]*$",
    re.IGNORECASE,
)
AUTHOR_SEPARATORS = re.compile(r"\s*(?:/|;|&|\s(?:and|und|et|u\.)\s)\s*")
EDITOR_TAIL = re.compile(r"\s*(?:\((?:eds?|hrsg|hgg?)\.?\)|,\s*(?:eds?|hrsg|hgg?)\.)\s*$", re.IGNORECASE)
LIST_SEPARATORS = re.compile(r"\s*,?\s*(?:&|;|\band\b|\bund\b)\s*")

FOLD_MAP = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
# Apostrophes vary by typesetter (’ ' ʻ ` ʼ ‘ ´ ′); "´" must go before NFKD turns it into " ́".
APOSTROPHES = str.maketrans("", "", "\u2019'\u02bb`\u02bc\u2018\u00b4\u2032")


# -- folding and keys ---------------------------------------------------------------------------


@lru_cache(maxsize=8192)  # pure, and a page repeats its author strings
def fold(text: str) -> str:
    """Comparison form: lowercase, no diacritics, no apostrophes; "Schräm" -> "schram"."""
    text = text.lower().translate(APOSTROPHES).translate(FOLD_MAP)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # NFKD can produce new capitals, apostrophes or foldable letters ("ŉ" -> "ʼn"): fold once more.
    return text.lower().translate(APOSTROPHES).translate(FOLD_MAP)


def name_key(name: Name) -> str:
    """Identity key: folded particle+family, then the folded given name without spaces or hyphens.

    "Pi-chao Chen" and "Pichao Chen" share a key, as do "Choh-Ming" and "Choh-ming".
    """
    if name.literal:
        return fold(name.literal)
    family = fold(f"{name.particle} {name.family}".strip())
    given = re.sub(r"[\s\-\u2010\u2011]+", "", fold(name.given))
    return f"{family} {given}".strip()


# -- data tables --------------------------------------------------------------------------------


@cache
def _table(filename: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, endings) of a data file; lines starting "#" are comments, "-x" is an ending."""
    words: set[str] = set()
    endings: list[str] = []
    for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            continue
        for item in line.split():
            if item.startswith("-") and len(item) > 1:
                endings.append(fold(item[1:]))
            else:
                words.add(fold(item))
    return frozenset(words), tuple(endings)


@cache
def _cn_kr_surnames() -> frozenset[str]:
    return _table("chinese_surnames.txt")[0] | _table("korean_surnames.txt")[0]


# -- small predicates ---------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Collapse whitespace (NBSP, thin spaces) and drop stray punctuation at the ends."""
    return " ".join(text.split()).strip(" ,;:")


def _is_suffix(text: str) -> bool:
    return text.strip().rstrip(",") in SUFFIXES


def _is_initials(text: str) -> bool:
    """"W.", "T. A.", "J.-P.", "Ch.": what SpringerLink prints for given names."""
    parts = [p for p in re.split(r"[\s\-\u2010\u2011]+", text.strip()) if p]
    return bool(parts) and all(INITIAL.fullmatch(p) and p[0].isupper() for p in parts)


def _is_particle(token: str) -> bool:
    return token in PARTICLES


def _is_elided_particle(token: str) -> bool:
    """"d'Estaing", "l'Hôpital": lowercase, but a name."""
    return re.match(r"[dl]['\u2019]\w", token) is not None


def _words(text: str) -> list[str]:
    return [w for w in (fold(t.strip(",.;:()[]\"")) for t in text.split()) if w]


def _is_corporate(text: str) -> bool:
    words, endings = _table("corporate_words.txt")
    tokens = text.split()
    if any(t[0].islower() and fold(t) not in CONNECTIVES for t in tokens):
        return False
    return any(w in words or any(w.endswith(e) and len(w) > len(e) for e in endings) for w in _words(text))


# -- East Asian order ---------------------------------------------------------------------------


def _cjk_given(token: str) -> bool:
    """A romanized Chinese/Korean given name: "Fu-dshun", "Szu-k’ai", "Il-sung", "Tsungtung"."""
    folded = fold(token)
    parts = HYPHENS.split(folded)
    if len(parts) > 1:
        return len(parts) <= 3 and all(HYPHEN_PART.fullmatch(p) for p in parts)
    return CN_GLUED.fullmatch(folded) is not None


def _family_first(first: str, second: str) -> bool:
    """The two-word East Asian rule of the module docstring."""
    head, tail = fold(first), fold(second)
    surnames = _cn_kr_surnames()
    if head in surnames and tail not in surnames and _cjk_given(second):
        return True
    japanese = _table("japanese_surnames.txt")[0]
    return head in japanese and tail not in japanese and JP_GIVEN.fullmatch(tail) is not None


# -- parsing ------------------------------------------------------------------------------------


def _parse_direct(text: str) -> Name:
    """A name in reading order: "K. R. Walker", "Ludwig van Beethoven", "Mao Tse-tung"."""
    tokens = text.split()
    suffix = ""
    if len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix = tokens.pop().rstrip(",")
        tokens[-1] = tokens[-1].rstrip(",")
    if len(tokens) == 1:
        return Name(family=tokens[0], suffix=suffix)
    if len(tokens) == 2 and not suffix and not any("." in t for t in tokens) and _family_first(*tokens):
        return Name(family=tokens[0], given=tokens[1], family_first=True)
    start = next((i for i, t in enumerate(tokens[:-1]) if _is_particle(t)), None)
    if start is not None:
        end = start
        while end < len(tokens) - 1 and _is_particle(tokens[end]):
            end += 1
        return Name(
            family=" ".join(tokens[end:]), given=" ".join(tokens[:start]),
            particle=" ".join(tokens[start:end]), suffix=suffix,
        )
    # A capitalized particle just before the last word is part of the family: "De Gaulle".
    cut = len(tokens) - 1
    while cut > 1 and tokens[cut - 1][0].isupper() and _is_particle(tokens[cut - 1].lower()):
        cut -= 1
    return Name(family=" ".join(tokens[cut:]), given=" ".join(tokens[:cut]), suffix=suffix)


def _parse_person(piece: str) -> Name:
    """One author of a short form; a comma means "King, Jr." or an inverted "Walker, K. R."."""
    if "," in piece:
        head, tail = piece.split(",", 1)
        if _is_suffix(tail):
            return _parse_direct(f"{head} {tail.strip()}")
        return parse_inverted_name(piece)
    return _parse_direct(piece)


def _strip_et_al(text: str) -> tuple[str, bool]:
    stripped = ET_AL.sub("", text)
    return _clean(stripped), stripped != text


def _author_pieces(text: str) -> list[str]:
    """Split an author list; a suffix or bare initials after a comma stay with the name before."""
    pieces: list[str] = []
    for group in AUTHOR_SEPARATORS.split(text):
        for index, chunk in enumerate(c.strip() for c in group.split(",")):
            if not chunk:
                continue
            if index and pieces and (_is_suffix(chunk) or _is_initials(chunk)):
                pieces[-1] = f"{pieces[-1]}, {chunk}"
            else:
                pieces.append(chunk)
    return pieces


@lru_cache(maxsize=8192)  # pure, and a page repeats its author strings
def parse_short_author(text: str) -> tuple[tuple[Name, ...], bool]:
    """The author part of a short-form citation -> (names, et_al)."""
    text, et_al = _strip_et_al(_clean(text))
    if not text:
        return (), et_al
    if _is_corporate(text):
        # "and" belongs to corporate names ("Ministry of Agriculture and Forestry"); "/" still splits.
        pieces = [p for p in (_clean(p) for p in re.split(r"\s*[/;]\s*", text)) if p]
        return tuple(Name(literal=p) if _is_corporate(p) else _parse_person(p) for p in pieces), et_al
    return tuple(_parse_person(p) for p in _author_pieces(text)), et_al


def parse_inverted_name(text: str) -> Name:
    """"Family, Given" as in SpringerLink's cite line: "van Dijk, T. A.", "Smith Jr., J."."""
    text = _clean(text)
    if "," not in text:
        if not text:
            return Name()
        return Name(literal=text) if _is_corporate(text) and " " in text else _parse_direct(text)
    head, *rest = (p.strip() for p in text.split(","))
    suffix = " ".join(p for p in rest if _is_suffix(p))
    given_tokens = " ".join(p for p in rest if p and not _is_suffix(p)).split()
    tokens = head.split()
    if len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix = suffix or tokens.pop()
    lead = 0
    while lead < len(tokens) - 1 and _is_particle(tokens[lead]):
        lead += 1
    particle = tokens[:lead]
    # "Beethoven, Ludwig van": a particle printed after the given name.
    while len(given_tokens) > 1 and _is_particle(given_tokens[-1]):
        particle.insert(0, given_tokens.pop())
    return Name(family=" ".join(tokens[lead:]), given=" ".join(given_tokens), particle=" ".join(particle), suffix=suffix)


def split_inverted_name_list(text: str) -> list[Name]:
    """"Kraus, W., Weber, K. (eds)" -> [Kraus W., Weber K.]: pairs of family and given."""
    text = LIST_SEPARATORS.sub(", ", EDITOR_TAIL.sub("", _clean(text)))
    parts = [p for p in (p.strip() for p in text.split(",")) if p]
    names: list[Name] = []
    i = 0
    while i < len(parts):
        taken = [parts[i]]
        i += 1
        if i < len(parts) and _takes_given(parts, i):
            taken.append(parts[i])
            i += 1
        while i < len(parts) and _is_suffix(parts[i]):
            taken.append(parts[i])
            i += 1
        names.append(parse_inverted_name(", ".join(taken)))
    return names


def _takes_given(parts: list[str], i: int) -> bool:
    """Is parts[i] the given name of parts[i-1]? Not if it is a family followed by initials."""
    if _is_suffix(parts[i]):
        return False
    if _is_initials(parts[i]):
        return True
    return not (i + 1 < len(parts) and _is_initials(parts[i + 1]))


# -- author or title ----------------------------------------------------------------------------


def _looks_like_title(piece: str) -> bool:
    tokens = piece.split()
    if any(t[0].islower() and not _is_particle(t) and not _is_elided_particle(t) for t in tokens):
        return True
    if len(tokens) > 4:
        return True
    vocabulary, endings = _table("title_words.txt")
    words = _words(piece)
    if len(words) == 1:
        return words[0] in vocabulary
    return bool(words) and all(w in vocabulary or w.endswith(endings) for w in words)


@lru_cache(maxsize=8192)  # pure, and a page repeats its author strings
def classify_author_text(text: str) -> str:
    """"person", "corporate" or "title" for what precedes a year in a short form."""
    text, _ = _strip_et_al(_clean(text))
    if not text or re.search(r"\d", text):
        return "title"
    if _is_corporate(text):
        return "corporate"
    if any(_looks_like_title(p) for p in _author_pieces(text)):
        return "title"
    return "person"
