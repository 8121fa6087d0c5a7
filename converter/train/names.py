"""Random personal and corporate names as CSL-JSON name dicts.

Real given and family names come from Faker's locales; a quarter of family names are made up
from syllables (so the model learns names from their shape and place, not from a list), some
carry particles ("van den Berg", "von Hayek"), and some are romanized East Asian names, given
first or family first, with hyphenated given names ("Li Fu-dshun", "Chu-yuan"). A few family
names are names of places too ("London", "Paris", "Toledo": `place_surname`), and a third of
corporate authors are made from patterns ("Ministerio de Sanidad y Consumo", "Provincia di
Treviso", "Industrie- und Handelskammer Kassel").
"""

from __future__ import annotations

import random
import re
from functools import cache

from faker import Faker

from converter.train.wordlists import entries, sections

LANGS = ("en", "de", "fr", "it", "es", "pt")
FAKER_LOCALES = {
    "en": ("en_US", "en_GB"), "de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR",),
    "it": ("it_IT",), "es": ("es_ES",), "pt": ("pt_BR", "pt_PT"),
}
PARTICLE_SECTIONS = {"de": ("de", "nl"), "en": ("nl",), "fr": ("fr",), "it": ("it",), "es": ("es",),
                     "pt": ("pt",)}
# How many names a work has, and how often.
AUTHOR_COUNTS = (1, 2, 3, 4, 5, 6, 7, 8, 10, 12)
AUTHOR_WEIGHTS = (55, 22, 10, 5, 3, 1.5, 1.2, 1, 0.8, 0.5)
# How often a Western family name is one that is also a place's ("Isaiah Berlin"), and how often a
# corporate author is made from a pattern.
PLACE_SURNAME_SHARE = 0.006
CORPORATE_PATTERN_SHARE = 0.35
# How often a Spanish author prints both family names.
TWO_SURNAMES_SHARE = 0.3


@cache
def faker(locale: str) -> Faker:
    return Faker(locale)


def seeded_faker(rng: random.Random, locale: str) -> Faker:
    """Faker keeps its own random state: seed it from our generator at every use, so a name
    depends only on the example's seed (and not on what was generated before)."""
    fake = faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    return fake


def made_up_family(rng: random.Random, lang: str) -> str:
    name = rng.choice(entries("names", f"start-{lang}"))
    if rng.random() < 0.3:
        name += rng.choice(entries("names", f"mid-{lang}"))
    return name + rng.choice(entries("names", f"end-{lang}"))


def western_given(rng: random.Random, fake: Faker, lang: str) -> str:
    given = fake.first_name()
    roll = rng.random()
    if lang == "de" and roll < 0.08:
        given = f"{given}-{fake.first_name_male()}"
    elif lang in ("en", "de") and roll < 0.3:
        # a middle name or a middle initial ("John A.")
        middle = fake.first_name()
        given = f"{given} {middle if rng.random() < 0.5 else middle[0] + '.'}"
    elif lang in ("pt", "es") and roll < 0.25:
        given = f"{given} {fake.first_name()}"
    if rng.random() < 0.1:
        given = initials(given, rng.choice((". ", ".")), rng.random() < 0.7)
    return given


def initials(given: str, joiner: str = ". ", hyphen: bool = True) -> str:
    """ "Hans-Peter Karl" -> "H.-P. K." (joiner ". ") or "H.P.K." (joiner ".", no hyphen)."""
    words = []
    for word in given.split():
        letters = [piece[0] for piece in word.split("-") if piece]
        words.append((".-" if hyphen else ".").join(letters) + ".")
    return (" " if joiner.endswith(" ") else "").join(words)


def place_surname(rng: random.Random, lang: str) -> str:
    """A family name that is also a place's: "London", "Wien", "Toledo"."""
    return rng.choice(entries("names", f"place-surnames-{lang}"))


def western(rng: random.Random, lang: str) -> dict:
    fake = seeded_faker(rng, rng.choice(FAKER_LOCALES[lang]))
    roll = rng.random()
    family = made_up_family(rng, lang) if roll < 0.25 else \
        place_surname(rng, lang) if roll < 0.25 + PLACE_SURNAME_SHARE else fake.last_name()
    if lang == "es" and roll >= 0.25 and rng.random() < TWO_SURNAMES_SHARE:
        family = f"{family} {fake.last_name()}"  # "Blanco Fernández": the father's and the mother's
    name = {"family": family, "given": western_given(rng, fake, lang)}
    if rng.random() < 0.05:
        section = rng.choice(PARTICLE_SECTIONS[lang])
        particle = rng.choice(entries("names", f"particles-{section}"))
        dropping = section in ("de", "fr") and rng.random() < 0.4
        name["dropping-particle" if dropping else "non-dropping-particle"] = particle
    elif lang == "en" and rng.random() < 0.02:
        name["suffix"] = rng.choice(entries("names", "suffixes"))
    return name


def syllable_given(rng: random.Random, section: str, hyphen: bool) -> str:
    syllables = [rng.choice(entries("names", section)) for _ in range(rng.choice((1, 2, 2, 2)))]
    if len(syllables) == 1:
        return syllables[0].capitalize()
    return syllables[0].capitalize() + ("-" if hyphen else "") + syllables[1]


def east_asian(rng: random.Random) -> dict:
    """Pinyin, Wade-Giles, Japanese or Korean; a third printed family first as one literal."""
    system = rng.choices(("pinyin", "wade-giles", "japanese", "korean"), (40, 25, 25, 10))[0]
    if system == "pinyin":
        if rng.random() < 0.5:
            fake = seeded_faker(rng, "zh_CN")
            family, given = fake.last_romanized_name(), fake.first_romanized_name()
        else:
            family = rng.choice(entries("names", "zh-family"))
            given = syllable_given(rng, "zh-syllable", hyphen=rng.random() < 0.15)
    elif system == "wade-giles":
        family = rng.choice(entries("names", "wg-family"))
        given = syllable_given(rng, "wg-syllable", hyphen=True)
    elif system == "japanese":
        fake = seeded_faker(rng, "ja_JP")
        family, given = fake.last_romanized_name(), fake.first_romanized_name()
    else:
        family = rng.choice(entries("names", "ko-family"))
        given = syllable_given(rng, "ko-syllable", hyphen=rng.random() < 0.6)
    if system != "japanese" and rng.random() < 0.35:
        return {"literal": f"{family} {given}"}
    return {"family": family, "given": given}


def person(rng: random.Random, lang: str) -> dict:
    roll = rng.random()
    if roll < 0.10:
        return east_asian(rng)
    if roll < 0.70:
        return western(rng, lang)
    if roll < 0.85:
        return western(rng, "en")
    return western(rng, rng.choice(LANGS))


def towns(lang: str) -> tuple[str, ...]:
    """Towns a corporate author is named after ("Comune di Pistoia"): single names of the
    generator's place lists, listed in the runtime gazetteer or not."""
    places = (*entries("publishing", f"place-{lang}"), *entries("publishing", f"place-unlisted-{lang}"))
    return tuple(p for p in places if re.fullmatch(r"[^\W\d_][^\W\d_' ]*(?:[ '][^\W\d_]+)*", p))


def corporate_from_pattern(rng: random.Random, lang: str) -> str:
    def value(match: re.Match) -> str:
        key = match.group(1)
        return rng.choice(towns(lang)) if key == "P" else rng.choice(entries("names", f"{key}-{lang}"))

    return re.sub(r"\{(\w+)\}", value, rng.choice(entries("names", f"corporate-pattern-{lang}")))


def corporate(rng: random.Random, lang: str) -> dict:
    if rng.random() < CORPORATE_PATTERN_SHARE and f"corporate-pattern-{lang}" in sections("names"):
        return {"literal": corporate_from_pattern(rng, lang)}
    section = f"corporate-{lang}" if rng.random() < 0.75 else "corporate-en"
    return {"literal": rng.choice(entries("names", section))}


def people(rng: random.Random, lang: str, count: int | None = None) -> list[dict]:
    if count is None:
        count = rng.choices(AUTHOR_COUNTS, AUTHOR_WEIGHTS)[0]
    return [person(rng, lang) for _ in range(count)]


def family_of(name: dict) -> str:
    """The family name as printed in a short citation ("van den Berg", "Li" of "Li Fu-dshun")."""
    if "literal" in name:
        return name["literal"]
    particle = name.get("non-dropping-particle")
    return f"{particle} {name['family']}" if particle else name["family"]
