"""Splitting the numbered notes list, however the page was copied."""

from __future__ import annotations

import pytest

from converter.pages.numbered import split_numbered
from converter.pages.sections import split_sections
from converter.text import normalize_page


def split(text: str):
    items, problems = split_numbered(normalize_page(text).split("\n"))
    return [(i.number, i.text) for i in items], [p.message for p in problems]


SPRINGER = "  1. Kirby 1957, p. 3.\n\n    Google Scholar \n\n  2. Ibid., p. 4.\n\n    Google Scholar \n"
EXPECTED = [(1, "Kirby 1957, p. 3."), (2, "Ibid., p. 4.")]

LAYOUTS = [
    ("springer", SPRINGER),
    ("crlf", SPRINGER.replace("\n", "\r\n")),
    ("no google scholar", "1. Kirby 1957, p. 3.\n\n2. Ibid., p. 4.\n"),
    ("no blank lines", "1. Kirby 1957, p. 3.\nGoogle Scholar\n2. Ibid., p. 4.\n"),
    ("nbsp and tabs", "1.\u00a0Kirby\u00a01957, p.\u00a03.\n\t2.\tIbid., p. 4.\n"),
    ("bracketed numbers", "[1] Kirby 1957, p. 3.\n[2] Ibid., p. 4.\n"),
    ("crossref and soft hyphen", "1. Kirby 1957, p. 3.\nCrossRef\n2. Ib\u00adid., p. 4.\nMathSciNet\n"),
]


@pytest.mark.parametrize("name, text", LAYOUTS, ids=[n for n, _ in LAYOUTS])
def test_layouts(name, text):
    assert split(text) == (EXPECTED, [])


def test_wrapped_note_lines_are_joined():
    assert split("1. Kirby 1957, p. 3, and the long\ndiscussion in 1955. The end.\n2. Ibid.")[0] == [
        (1, "Kirby 1957, p. 3, and the long discussion in 1955. The end."), (2, "Ibid.")]


def test_a_year_at_line_start_is_not_a_note_number():
    assert split("1. See the plan of\n1955. It was revised.\n2. Ibid.")[0] == [
        (1, "See the plan of 1955. It was revised."), (2, "Ibid.")]


def test_skips_and_repeats_are_kept_and_reported():
    items, problems = split("1. A.\n2. B.\n2. C.\n5. D.\n4. E.\n")
    assert [n for n, _ in items] == [1, 2, 2, 5, 4]
    assert problems == ["note number 2 is repeated", "note numbers skip 3–4", "note 4 follows note 5 (out of order)"]


def test_sections_find_the_notes_and_stop_at_the_tail():
    page = "Title\n  • Chapter\nBook\nNotes\n\n  1. A 1990, p. 1.\n\nDownload references\nAuthor information\n"
    sections = split_sections(page)
    assert sections.notes_heading == "Notes"
    assert [line for line in sections.notes if line.strip()] == ["  1. A 1990, p. 1."]
    assert sections.tail[0] == "Download references"
