"""Where a work appeared: journals, newspapers, publishers and their places, series, universities,
genres, conferences, and identifiers (DOI, ISBN, URL), from `data/venues.txt` and
`data/publishing.txt` plus Faker's surnames for made-up publishers."""

from __future__ import annotations

import random
import re

from converter.train import names
from converter.train.wordlists import entries, sections

ORDINALS = {"en": ("1st", "2nd", "3rd", "4th", "5th", "7th", "12th", "21st", "33rd", "Third", "Fifth"),
            "de": ("1.", "2.", "3.", "5.", "12.", "24.", "Dritten", "Zweiten"),
            "fr": ("1er", "2e", "3e", "10e", "IIe"), "it": ("I", "II", "III", "X", "XIV")}


def fill(rng: random.Random, pattern: str, lang: str = "en", year: int | None = None) -> str:
    venue = sections("venues")
    start_year = year or rng.randint(1960, 2024)

    def value(match: re.Match) -> str:
        key = match.group(1)
        if key == "Y":
            return str(start_year)
        if key == "N":
            return rng.choice(ORDINALS.get(lang, ORDINALS["en"]))
        return rng.choice(venue[key])

    return re.sub(r"\{(\w+)\}", value, pattern)


def journal(rng: random.Random, lang: str) -> str:
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(entries("venues", "journal-fixed"))
    if roll < 0.35:
        return rng.choice(entries("venues", "journal-abbrev"))
    section = f"journal-pattern-{lang}" if rng.random() < 0.75 else "journal-pattern-en"
    return fill(rng, rng.choice(entries("venues", section)))


def newspaper(rng: random.Random) -> str:
    return rng.choice(entries("venues", "newspaper"))


def website(rng: random.Random) -> tuple[str, str]:
    """(site name, domain)."""
    return rng.choice(entries("venues", "website")), rng.choice(entries("venues", "domain"))


def publisher_and_place(rng: random.Random, lang: str) -> tuple[str, str]:
    lang = lang if rng.random() < 0.8 else rng.choice(names.LANGS)
    if rng.random() < 0.2:
        fake_name = names.seeded_faker(rng, rng.choice(names.FAKER_LOCALES[lang])).last_name()
        suffix = rng.choice(entries("publishing", f"publisher-suffix-{lang}"))
        name = f"{suffix} {fake_name}" if lang in ("fr", "es", "pt") or suffix == "Edizioni" \
            else f"{fake_name} {suffix}"
        return name, place(rng, lang)
    line = rng.choice(entries("publishing", f"publisher-{lang}"))
    name, places = line.split("|")
    return name, rng.choice(places.split(";"))


def place(rng: random.Random, lang: str) -> str:
    return rng.choice(entries("publishing", f"place-{lang}"))


def series(rng: random.Random, lang: str) -> tuple[str, str]:
    """(series title, number)."""
    section = f"series-{lang}" if rng.random() < 0.8 else "series-en"
    return rng.choice(entries("publishing", section)), str(rng.choice(
        (rng.randint(1, 60), rng.randint(1, 300), rng.randint(1000, 12000))))


def university(rng: random.Random, lang: str) -> str:
    return rng.choice(entries("publishing", f"university-{lang}"))


def genre(rng: random.Random, kind: str, lang: str) -> str:
    return rng.choice(entries("publishing", f"{kind}-{lang}"))


def conference(rng: random.Random, lang: str, year: int | None = None) -> str:
    return fill(rng, rng.choice(entries("publishing", "conference")), lang, year)


def conference_short(rng: random.Random, year: int | None = None) -> str:
    return fill(rng, rng.choice(entries("publishing", "conference-short")), year=year)


def doi(rng: random.Random, issued: int) -> str:
    prefix = f"10.{rng.choice((1007, 1017, 1080, 1093, 1111, 1177, 1086, 2307, 1515, 4000 + rng.randint(0, 5999)))}"
    shape = rng.randrange(4)
    if shape == 0:
        suffix = f"S{rng.randint(10**9, 10**10 - 1)}{rng.randint(10**5, 10**6 - 1)}"
    elif shape == 1:
        suffix = f"978-3-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}_{rng.randint(1, 20)}"
    elif shape == 2:
        journal = rng.choice(("jeh", "socnet", "ssresearch", "worlddev"))
        suffix = f"j.{journal}.{issued}.{rng.randint(1, 12):02d}.{rng.randint(1, 99):03d}"
    else:
        issn = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        suffix = f"{issn}.{rng.randint(1, 60)}.{rng.randint(1, 6)}.{rng.randint(1, 900)}"
    return f"{prefix}/{suffix}"


def isbn(rng: random.Random) -> str:
    """A hyphenated ISBN-13 with a right check digit."""
    group = rng.choice(("3", "0", "1", "2", "88", "84", "85", "972"))
    publisher = str(rng.randint(10, 99999))
    body_len = 12 - 3 - len(group) - len(publisher)
    if body_len < 1:
        publisher = publisher[:2]
        body_len = 12 - 3 - len(group) - len(publisher)
    item = "".join(str(rng.randint(0, 9)) for _ in range(body_len))
    digits = "978" + group + publisher + item
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10) % 10
    return f"978-{group}-{publisher}-{item}-{check}"


def url(rng: random.Random, domain: str | None = None) -> str:
    domain = domain or rng.choice(entries("venues", "domain"))
    words = ("article", "publikationen", "dossier", "news", "archiv", "research", "stories", "pages")
    path = "/".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
    tail = rng.choice((f"{rng.randint(1000, 999999)}", f"{rng.choice(words)}-{rng.randint(1, 99)}.html",
                       f"{rng.choice(words)}_{rng.randint(1990, 2024)}.pdf", ""))
    scheme = rng.choice(("https://", "https://www.", "http://", "http://www."))
    return f"{scheme}{domain}/{path}/{tail}".rstrip("/")
