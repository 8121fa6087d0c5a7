"""A record's fields as hand templates print them (the template modules' shared helpers)."""

from __future__ import annotations

import random

from converter.labeller import tokens as T
from converter.train import forms, records, titles, venues
from converter.train.builder import Builder


def creators(record: dict) -> tuple[list[dict], str]:
    """(names, label): the authors, else the editors."""
    if record.get("author"):
        return record["author"], T.AUTHOR
    return record.get("editor", []), T.EDITOR


def year(record: dict, rng: random.Random, lang: str) -> str:
    date = record.get("issued")
    if not date:
        return forms.no_date(rng, lang)
    if "literal" in date:
        return date["literal"]
    parts = date["date-parts"]
    if len(parts) > 1:
        return f"{parts[0][0]}{rng.choice(('–', '-', '/'))}{parts[1][0]}"
    text = str(parts[0][0])
    return text + rng.choice("ab") if rng.random() < 0.04 else text


def add_title(b: Builder, text: str, label: str = T.TITLE, quotes: tuple[str, str] | None = None,
              then: str = ". ") -> None:
    """A title, optionally quoted, then its separator (no "." after a title's own "?", "!" or
    abbreviation's stop)."""
    if quotes:
        b.add(quotes[0])
    b.add(text, label)
    if quotes:
        b.add(quotes[1])
    if then.startswith(".") and text[-1:] in "?!." and not quotes:
        then = then[1:] or " "
    b.add(then)


def page_range(record: dict, rng: random.Random) -> str:
    page = record.get("page")
    if page and "-" in page and rng.random() < 0.6:
        return page.replace("-", rng.choice(("–", "-")))
    return page or forms.pages(rng)


def volume(record: dict, rng: random.Random) -> str:
    return record.get("volume") or str(rng.randint(1, 90))


def place_and_publisher(record: dict) -> tuple[str | None, str | None]:
    return record.get("publisher-place"), record.get("publisher")


def ensure_book_facts(record: dict, rng: random.Random, lang: str) -> dict:
    """Templates print a place and a publisher more often than records carry them."""
    if not record.get("publisher-place") or not record.get("publisher"):
        publisher, place = venues.publisher_and_place(rng, lang)
        record.setdefault("publisher", publisher)
        record.setdefault("publisher-place", place)
    return record


def new_record(rng: random.Random, lang: str, kinds: tuple[str, ...], weights: tuple[int, ...] | None = None) -> dict:
    kind = rng.choices(kinds, weights or [1] * len(kinds))[0]
    record = records.record(rng, lang, kind)
    if record.get("issue", "").startswith("S"):  # supplements: the science templates print their own
        record["issue"] = str(rng.randint(1, 12))
    if kind in ("book", "chapter"):
        ensure_book_facts(record, rng, lang)
    return record


def short_title(record: dict, rng: random.Random) -> str:
    return titles.short_title(record["title"], rng)
