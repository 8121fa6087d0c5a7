"""Where a work appeared: journals, newspapers, publishers and their places, series, universities,
genres, conferences, and identifiers (DOI, ISBN, URL), from `data/venues.txt` and
`data/publishing.txt` plus Faker's surnames for made-up publishers.

Held out, as names are (dictionaries.py): the labeller's features look places and publishers up
in converter/data/places.txt and publishers.txt. A model that saw only listed ones would learn
"in the gazetteer = place/publisher", and real imprints name towns and houses no list has. So
HELD_OUT_SHARE (30%) of the places and of the publishers printed here are not in those runtime
lists: places from `[place-unlisted-xx]`, publishers from `[publisher-unlisted-xx]` or invented
("Marlotti", "Krüger Verlag", "Tip. Longo", "Brun & Lacroix"). Lines the runtime lists know are
sorted by what the runtime lists know when read (`unlisted_places`, `publisher_lines`), so the share holds if those lists grow.
Whether a place is held out is drawn apart from its publisher's: a listed house may print in an
unlisted town and the other way round.
"""

from __future__ import annotations

import random
import re
from functools import cache

from converter import lexicon
from converter.labeller.gazetteer import gazetteer, key_of, phrase_keys
from converter.labeller.tokens import WORD, tokenize
from converter.train import names
from converter.train.wordlists import entries, sections

HELD_OUT_SHARE = 0.3
# Shapes of an invented publisher: (shape, weight).
INVENTED_SHAPES = (("suffixed", 40), ("surname", 30), ("pair", 15), ("printer", 15))
PAIR_JOINERS = {"en": " & ", "de": " & ", "fr": " et ", "it": " e ", "es": " y ", "pt": " & "}

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


def abbreviated_journal(rng: random.Random) -> str:
    """ "J Econ Hist", "Int J Urban Reg Res", "Soc Sci Med": an abbreviation without stops."""
    if rng.random() < 0.35:
        return rng.choice(entries("venues", "journal-abbrev")).replace(".", "")
    words = entries("venues", "abbrev-word")
    return re.sub(r"\{W\}", lambda _: rng.choice(words), rng.choice(entries("venues", "abbrev-pattern")))


def newspaper(rng: random.Random) -> str:
    return rng.choice(entries("venues", "newspaper"))


def website(rng: random.Random) -> tuple[str, str]:
    """(site name, domain)."""
    return rng.choice(entries("venues", "website")), rng.choice(entries("venues", "domain"))


def listed_place(text: str) -> bool:
    """Does the labeller's gazetteer flag a place in `text` (any of its words)?"""
    flags = gazetteer().phrase_flags(list(phrase_keys(text)))
    return bool(flags) and any("place" in token or "place+" in token for token in flags)


def listed_publisher(text: str) -> bool:
    """Does the gazetteer flag every word of `text` as a publisher's (a listed name, a word like
    "Verlag", a compound's ending; connectives aside)? "Einaudi", "Editora Vozes" are listed;
    "Krüger Verlag", "Marlotti" are not."""
    tokens = tokenize(text)
    keys = [key_of(token.text, token.kind) for token in tokens]
    flags = gazetteer().phrase_flags(keys) or [[] for _ in keys]
    for token, key, found in zip(tokens, keys, flags):
        if token.kind != WORD or token.text in lexicon.PUBLISHER_CONNECTIVES:
            continue
        if "publisher" not in found and "publisher+" not in found \
                and "pubword" not in gazetteer().word_flags(token.text, key):
            return False
    return True


@cache
def unlisted_places(lang: str) -> tuple[str, ...]:
    return tuple(p for p in entries("publishing", f"place-unlisted-{lang}") if not listed_place(p))


@cache
def publisher_lines(lang: str, listed: bool) -> tuple[str, ...]:
    """The "name|places" lines of a language's publishers the runtime list knows, or does not."""
    lines = (*entries("publishing", f"publisher-{lang}"), *entries("publishing", f"publisher-unlisted-{lang}"))
    return tuple(line for line in lines if listed_publisher(line.split("|")[0]) == listed)


def surname(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.25:
        return names.made_up_family(rng, lang)
    return names.seeded_faker(rng, rng.choice(names.FAKER_LOCALES[lang])).last_name()


def invented_publisher(rng: random.Random, lang: str) -> str:
    """A publisher no list has: "Marlotti", "Krüger Verlag", "Éditions Brun", "Tip. Longo"."""
    shape = rng.choices([s for s, _ in INVENTED_SHAPES], [w for _, w in INVENTED_SHAPES])[0]
    for _ in range(4):
        family = surname(rng, lang)
        if shape == "suffixed":
            suffix = rng.choice(entries("publishing", f"publisher-suffix-{lang}"))
            name = f"{suffix} {family}" if lang in ("fr", "es", "pt") or suffix == "Edizioni" \
                else f"{family} {suffix}"
        elif shape == "pair":
            name = f"{family}{PAIR_JOINERS[lang]}{surname(rng, lang)}"
        elif shape == "printer":
            name = f"{rng.choice(entries('publishing', f'printer-{lang}'))} {family}"
        else:
            name = family
        if not listed_publisher(name):
            return name
    return f"{family} {rng.choice(entries('publishing', f'publisher-suffix-{lang}'))}"


def publisher_and_place(rng: random.Random, lang: str) -> tuple[str, str]:
    """A publisher and the place it printed in; each is held out of the runtime lists with
    HELD_OUT_SHARE, drawn apart."""
    lang = lang if rng.random() < 0.8 else rng.choice(names.LANGS)
    if rng.random() < HELD_OUT_SHARE:
        if rng.random() < 0.5:
            name, places = rng.choice(publisher_lines(lang, listed=False)).split("|")
        else:
            name, places = invented_publisher(rng, lang), ""
    else:
        name, places = rng.choice(publisher_lines(lang, listed=True)).split("|")
    held_out = rng.random() < HELD_OUT_SHARE
    own = [p for p in places.split(";") if p and listed_place(p) != held_out]
    return name, rng.choice(own) if own else place(rng, lang, held_out)


def place(rng: random.Random, lang: str, held_out: bool | None = None) -> str:
    """A place of publication; held out of the runtime list with HELD_OUT_SHARE (or as told)."""
    if held_out is None:
        held_out = rng.random() < HELD_OUT_SHARE
    if held_out:
        return rng.choice(unlisted_places(lang))
    return rng.choice(entries("publishing", f"place-{lang}"))


def latin_place(rng: random.Random) -> str:
    """An imprint place in Latin ("Venetiis", "Lugduni Batavorum"): old books' title pages."""
    return rng.choice(entries("publishing", "place-latin"))


def official_publisher(rng: random.Random, lang: str) -> str:
    """An official printer or an institution's imprint ("La Documentation française", "HMSO")."""
    return rng.choice(entries("publishing", f"publisher-official-{lang}"))


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
