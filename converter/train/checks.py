"""Checks of an EXAMPLE: well-formed spans, spans that fit the tokenizer, and (for rendered
records) spans whose text really is the field. `dataset.py` drops examples that fail the first
two; the tests run all three."""

from __future__ import annotations

import re

from converter import lexicon
from converter.labeller import tokens as T
from converter.lexicon import fold

CONTEXTS = ("note", "reference")
LANGS = ("en", "de", "fr", "it", "es", "pt")


def span_problems(example: dict) -> list[str]:
    text, spans = example["text"], example["spans"]
    problems = []
    if example.get("context") not in CONTEXTS:
        problems.append(f"context {example.get('context')!r}")
    if example.get("lang") not in LANGS:
        problems.append(f"lang {example.get('lang')!r}")
    if not text or text != text.strip():
        problems.append("text empty or not stripped")
    previous_end = 0
    for start, end, label in spans:
        if label not in T.LABELS or label == T.OTHER:
            problems.append(f"label {label!r}")
        if not 0 <= start < end <= len(text):
            problems.append(f"span {start}-{end} outside text or empty")
            continue
        if start < previous_end:
            problems.append(f"span {start}-{end} overlaps or is out of order")
        if text[start:end] != text[start:end].strip():
            problems.append(f"span {text[start:end]!r} has surrounding spaces")
        previous_end = end
    return problems


def token_problems(example: dict) -> list[str]:
    """Every span starts where a token starts, and a token starting inside a span ends inside
    it, or right after it on a full stop ("Revolution." of a title followed by its stop)."""
    text, problems = example["text"], []
    tokens = T.tokenize(text)
    starts = {t.start for t in tokens}
    for start, end, label in example["spans"]:
        if start not in starts:
            problems.append(f"{label} {text[start:end]!r} starts inside a token")
        for token in tokens:
            if start <= token.start < end < token.end and text[end:token.end] != ".":
                problems.append(f"{label} {text[start:end]!r} ends inside token {token.text!r}")
    return problems


# What a date span may hold besides numbers: a month (its first three letters, folded, as a
# locale may abbreviate it) or a season, which CSL locales print too.
MONTH_WORDS = {fold(month).rstrip(".")[:3] for month in (*lexicon.MONTHS, *lexicon.MONTHS_MORE)} | {
    "spr", "sum", "aut", "win"}
# Some styles print their "in press" term where the year goes.
PRESS_WORDS = {fold(words) for words in lexicon.NOT_YET}


def _folded(text: str) -> str:
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def field_mismatches(record: dict, text: str, spans: list[list]) -> list[str]:
    """Spans of a rendered record that do not hold the field they are labelled with."""
    problems = []
    for start, end, label in spans:
        got = _folded(text[start:end])
        expected = expected_values(record, label)
        if expected is not None and not any(value and value in got for value in expected):
            problems.append(f"{label} {text[start:end]!r} holds none of {sorted(expected)[:3]}")
    return problems


def expected_values(record: dict, label: str) -> set[str] | None:
    """What a span of `label` must contain (folded), or None when anything goes."""
    def names(variable: str) -> set[str]:
        found = set()
        for name in record.get(variable, []):
            found.add(_folded(name.get("literal") or name.get("family", "")).split(" ")[0])
        return found

    if label in (T.AUTHOR, T.EDITOR, T.TRANSLATOR):
        wanted = names({T.AUTHOR: "author", T.EDITOR: "editor", T.TRANSLATOR: "translator"}[label])
        # a style substitutes editors or translators for missing authors, under the author's label
        return wanted | names("editor") | names("translator") if label == T.AUTHOR else wanted
    if label == T.TITLE:
        return {_folded(record["title"]).split(" ")[0]}
    if label == T.CONTAINER:
        return {_folded(record.get("container-title", "") or record.get("title", "")).split(" ")[0]}
    if label == T.DATE:
        date = record.get("issued") or {}
        if "date-parts" in date:
            # the year, or (newspapers: "(1995) ... 7 février") the day, or the month's number
            first = date["date-parts"][0]
            return {str(first[0])[-2:]} | {str(part) for part in first[1:]} | MONTH_WORDS | PRESS_WORDS
        return None  # no date: the style's own "n.d." term
    if label == T.PAGES:  # the first page's digits, or its roman numeral ("S52-S58", "e1234", "xi-xx")
        first = re.search(r"\d+|[ivxlc]+", record.get("page", ""))
        return {first.group()} if first else None
    if label == T.VOLUME:
        return None if not record.get("volume") else {_folded(record["volume"]), roman(record["volume"])}
    if label == T.PUBLISHER:
        return {_folded(record.get("publisher", "")).split(" ")[0]} if record.get("publisher") else None
    if label == T.PLACE:
        return {_folded(record.get("publisher-place", "")).split(" ")[0]} if record.get("publisher-place") else None
    return None


def roman(number: str) -> str:
    if not number.isdigit():
        return number
    value, out = int(number), ""
    for letters, amount in (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90),
                            ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1)):
        while value >= amount:
            out, value = out + letters, value - amount
    return out
