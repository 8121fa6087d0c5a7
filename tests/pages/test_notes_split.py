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
    ("several link words", "1. Kirby 1957, p. 3.\nCrossRef  MathSciNet  Google Scholar\n2. Ibid., p. 4.\n"),
    ("bare numbers", "1 Kirby 1957, p. 3.\n2 Ibid., p. 4.\n"),
    ("numbers on their own line", "1\nKirby 1957, p. 3.\n2\nIbid., p. 4.\n"),
    ("parenthesized", "1) Kirby 1957, p. 3.\n2) Ibid., p. 4.\n"),
    ("in parentheses", "(1) Kirby 1957, p. 3.\n(2) Ibid., p. 4.\n"),
    ("superscripts", "\u00b9 Kirby 1957, p. 3.\n\u00b2 Ibid., p. 4.\n"),
    ("superscripts lost in the copy", "1Kirby 1957, p. 3.\n2Ibid., p. 4.\n"),
    ("per page, numbered on", "page 85 note 1 Kirby 1957, p. 3.\npage 86 note 2 Ibid., p. 4.\n"),
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


def test_a_list_numbered_per_printed_page_is_numbered_in_page_order():
    items, problems = split("page 85 note 1 Kirby 1957, p. 3.\npage 85 note 2 Ibid.\npage 86 note 1 Hsia 1961.\n")
    assert items == [(1, "Kirby 1957, p. 3."), (2, "Ibid."), (3, "Hsia 1961.")]
    assert problems == ["the notes are numbered per printed page (page 85 note 1 … page 86); they are numbered "
                        "1–3 in page order"]


def test_a_weakly_numbered_list_keeps_lines_far_from_the_next_number_as_text():
    """In a list numbered "1 ", "2 " a wrapped line starting with a number is text unless it is the next
    number or close to it."""
    items, problems = split("1 Hsia, History, in\n12 vols. (London, 1890), p. 3.\n2 Ibid.\n3 Ibid., p. 5.\n")
    assert items == [(1, "Hsia, History, in 12 vols. (London, 1890), p. 3."), (2, "Ibid."), (3, "Ibid., p. 5.")]
    assert problems == []


def test_a_dotted_list_does_not_take_bare_numbers():
    assert split("1. See the figures of\n2 vols. (London, 1890).\n2. Ibid.")[0] == [
        (1, "See the figures of 2 vols. (London, 1890)."), (2, "Ibid.")]


def test_note_numbers_have_no_ceiling():
    """A page of 15,300 notes keeps every number (numbers once stopped at 9999)."""
    count = 15_300
    items, problems = split("".join(f"{n}. Ibid., p. {n % 300 + 1}.\n" for n in range(1, count + 1)))
    assert [n for n, _ in items] == list(range(1, count + 1))
    assert items[-1] == (count, f"Ibid., p. {count % 300 + 1}.") and problems == []


def test_gaps_and_repeats_are_kept_in_every_style():
    items, problems = split("1 A.\n2 B.\n2 C.\n4 D.\n")
    assert [n for n, _ in items] == [1, 2, 2, 4]
    assert problems == ["note number 2 is repeated", "note numbers skip 3"]


def test_a_tab_naming_the_list_does_not_open_it():
    """Cambridge Core's header prints "Abstract" and "References" as tabs; the list is under the second."""
    page = ("Skip to main content\nAbstract\nReferences\nA Title\nPublished online by Cambridge University Press\n"
            "Jane Doe\nAbstract\nThe abstract.\nReferences\nAbel, W. 1966. Agrarkrisen. Hamburg: Parey.\n"
            "Google Scholar\nGarden, M. 1970. Lyon. Paris: Les Belles Lettres.\nCited by\n")
    sections = split_sections(page)
    assert "A Title" in sections.header and "Jane Doe" in sections.header
    assert [line for line in sections.references if line.strip()] == [
        "Abel, W. 1966. Agrarkrisen. Hamburg: Parey.", "Google Scholar", "Garden, M. 1970. Lyon. Paris: Les Belles Lettres."]
