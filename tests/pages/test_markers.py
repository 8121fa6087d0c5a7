"""How list items are numbered: each style read, and when a marker opens an item."""

from __future__ import annotations

import pytest

from converter.pages.markers import read_marker, starts_item

MARKERS = [
    ("1. Kirby 1957.", (1, "Kirby 1957.", "dotted", "")),
    ("[12] Kirby 1957.", (12, "Kirby 1957.", "dotted", "")),
    ("12345678. Text", None),  # eight digits: no note number
    ("3) Kirby 1957.", (3, "Kirby 1957.", "parenthesized", "")),
    ("(3) Kirby 1957.", (3, "Kirby 1957.", "parenthesized", "")),
    ("3 Kirby 1957.", (3, "Kirby 1957.", "bare", "")),
    ("3", (3, "", "bare", "")),
    ("page 85 note 1 Leicester, 1966.", (1, "Leicester, 1966.", "page-note", "85")),
    ("Page xii note 4 Ibid.", (4, "Ibid.", "page-note", "xii")),
    ("\u00b9\u2070 Ibid.", (10, "Ibid.", "superscript", "")),
    ("4Leicester, 1966.", (4, "Leicester, 1966.", "glued", "")),
    ("1990s planning", None),
    ("1955 12 34", None),
]


@pytest.mark.parametrize("line, expected", MARKERS)
def test_markers(line, expected):
    marker = read_marker(line)
    assert (marker and (marker.number, marker.rest, marker.style, marker.page)) == expected


@pytest.mark.parametrize("line, style, expected_number, opens", [
    ("1. A", None, 1, True),
    ("21. A", None, 1, True),
    ("23. A", None, 1, False),
    ("2 A", "dotted", 2, False),  # a dotted list takes no bare numbers
    ("9 A", "bare", 5, False),  # too far ahead for a weak style
    ("7 A", "bare", 5, True),
    ("4 A", "bare", 5, True),  # a repeat
    ("3D printing", "glued", 3, True),
    ("3D printing", "glued", 5, False),
    ("page 90 note 1 A", "page-note", 7, True),
])
def test_when_a_marker_opens_an_item(line, style, expected_number, opens):
    assert starts_item(read_marker(line), style, expected_number) is opens
