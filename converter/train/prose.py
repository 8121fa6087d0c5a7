"""Prose of notes made from patterns (`data/notes.txt`, `[prose-pattern-xx]`): sentences that hold
what looks like parts of citations and is none: lists of capitalized place names ("from Hunan,
Hubei, Jiangxi and Anhui"), dates with months ("until Sept. 9, 1965", "as early as March 1955"),
numbers with years in brackets ("from 94.6 yuan (1952) to 100.3 yuan (1957)"), quoted phrases
("“letting a hundred flowers bloom” meant ..."). The whole sentence is one prose span.

notes.py draws these for PATTERN_SHARE of its prose sentences (prose-only notes and the sentence
before a citation), the fixed sentences of `[prose-xx]` for the rest.
"""

from __future__ import annotations

import random
import re

from converter.train import names, records, venues
from converter.train.wordlists import entries

PATTERN_SHARE = 0.5
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# How a language prints a decimal number and quotes a phrase.
DECIMAL_COMMA = ("de", "fr", "it", "es", "pt")


def place_name(rng: random.Random, lang: str) -> str:
    """A region or country of the language's titles, or a town (listed in the gazetteer or not)."""
    if rng.random() < 0.4:
        return rng.choice([p for p in entries(f"titles_{lang}", "P") if p[0].isupper()])
    town = venues.place(rng, lang)
    return re.split(r"[/,]| and ", town)[0].strip()


def number(rng: random.Random, lang: str) -> str:
    value = f"{rng.randint(1, 999)}.{rng.randint(0, 9)}"
    return value.replace(".", ",") if lang in DECIMAL_COMMA else value


def sentence(rng: random.Random, lang: str) -> str:
    start = records.year(rng)
    later = start + rng.randint(1, 12)

    def value(match: re.Match) -> str:
        key = match.group(1)
        if key == "P":
            return place_name(rng, lang)
        if key == "M":
            return rng.choice(entries("notes", f"month-{lang}"))
        if key == "D":
            return str(rng.randint(1, 28))
        if key == "Y":
            return str(start)
        if key == "Y2":
            return str(later)
        if key == "NUM":
            return number(rng, lang)
        if key == "N":
            return str(rng.choice((rng.randint(2, 40), rng.randint(10, 900))))
        if key == "Q":
            return rng.choice(entries("notes", f"quote-{lang}"))
        return names.family_of(names.person(rng, lang))

    return PLACEHOLDER.sub(value, rng.choice(entries("notes", f"prose-pattern-{lang}")))


def prose_sentences(rng: random.Random, lang: str, count: int) -> list[str]:
    """`count` prose sentences, each from a pattern (PATTERN_SHARE) or from the fixed ones."""
    fixed = list(rng.sample(entries("notes", f"prose-{lang}"), count))
    return [sentence(rng, lang) if rng.random() < PATTERN_SHARE else fixed[i] for i in range(count)]
