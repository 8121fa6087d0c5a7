"""What must hold for every input: the parser never raises on odd text and never loses a note."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linear import assert_linear

from converter import ConversionError, parse
from converter.notes.reading import read_note
from converter.text import normalize_page, squeeze

HEADER = "Skip to main content\n\nA Title\n\n  • Chapter\nA Book\n\nNotes\n\n"
TAIL = "\nCite this chapter\n\nDoe, J. (1990). A Title. In: A Book. Springer, Berlin. https://doi.org/10.1007/x_1\n"

# Text that looks like notes: names, years, locators, signals, punctuation, plus anything at all.
NOTE_WORDS = st.sampled_from([
    "Cf.", "ibid.", "Ibid.,", "p.", "pp.", "Vol.", "No.", "1957,", "1968a", "1959–1960,", "Kirby", "Li Fu-dshun",
    "Tomson/Su", "et al.,", "(Sept. 22, 1953),", "CNA,", ";", ".", "f.", "ff.", "passim", "See also", "According to",
    "State Statistical Bureau", "12,", "3–7", "XXI,", "(", ")", "“", "”", "—", "\u00a0",
])
NOTE_TEXT = st.one_of(
    st.lists(NOTE_WORDS, min_size=1, max_size=30).map(" ".join),
    st.text(min_size=1, max_size=200),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_parse_never_raises_on_arbitrary_text(text):
    try:
        document = parse(text)
    except ConversionError:
        return  # the one documented refusal: no page at all
    assert document.chapter.title


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NOTE_TEXT, min_size=1, max_size=12))
def test_every_note_survives(notes):
    notes = [squeeze(normalize_page(n)) for n in notes]  # one line each, as a page prints them
    body = "".join(f"  {i}. {text}\n\n    Google Scholar \n\n" for i, text in enumerate(notes, 1))
    document = parse(HEADER + body + TAIL)
    assert [(n.number, n.text) for n in document.notes] == list(enumerate(notes, 1))
    for note in document.notes:
        for citation in note.citations:
            assert citation.text in note.text
            document.work(citation.work_id)  # every citation points at a work


@settings(max_examples=200, deadline=None)
@given(NOTE_TEXT)
def test_read_note_spans_are_in_order_and_inside_the_note(text):
    reading = read_note(text, None)
    position = 0
    for found in reading.citations:
        assert position <= found.start <= found.end <= len(text)
        position = found.end


# (prefix, unit, suffix): hostile notes of any length made of one shape repeated.
ADVERSARIAL = [
    ("", "Kirby ", "1957"),
    ("", "A/", "B 1957, p. 1"),
    ("", "p. 1, ", ""),
    ("", "Cf. ", "Kirby 1957"),
    ("", "No. ", ""),
    ("", "ibid., ", ""),
    ("", "1957; ", ""),
    ("", "(", "Kirby 1957"),
    ("", "K. ", "Walker 1965"),
    ("", "X", ""),
]


@pytest.mark.parametrize("shape", ADVERSARIAL, ids=[(p + u + s)[:12] for p, u, s in ADVERSARIAL])
def test_long_hostile_notes_are_read_in_linear_time(shape):
    prefix, unit, suffix = shape
    assert_linear(lambda text: read_note(text, None), lambda n: prefix + unit * n + suffix, 200)
