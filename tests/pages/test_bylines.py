"""Bylines: lines that name people, told apart from the affiliations printed between them."""

from __future__ import annotations

import pytest

from converter.model import Name
from converter.pages.bylines import byline_names, names_in_lines, split_as_cited

BYLINES = [
    ("Inés Lázaro Quintana", ["Inés Lázaro Quintana"]),
    ("Berit Sofie Halvorsen21,22,", ["Berit Sofie Halvorsen"]),
    ("Dora Kellermann21 &", ["Dora Kellermann"]),
    ("Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("By Thomas Wren", ["Thomas Wren"]),
    ("Edited by Paul Anders and Maria Lund", ["Paul Anders", "Maria Lund"]),
    ("Jan-Hendrik van der Berg", ["Jan-Hendrik van der Berg"]),
    ("Margaret Ellwood*", ["Margaret Ellwood"]),
    ("J. R. Tolkien", ["J. R. Tolkien"]),
    # affiliations, places, chrome and titles name nobody
    ("Northfield College, Leeds, UK", []),
    ("University of Utrecht, Utrecht, Utrecht, The Netherlands", []),
    ("Graph Data Company, Graz, Austria", []),
    ("INRIMA, Valbonne, France", []),
    ("View author publications", []),
    ("Correspondence to Berit Halvorsen .", []),
    ("Local Affairs in Seventeenth-Century England", []),
    ("Economic History Review", []),
    ("Published online by Cambridge University Press", []),
    ("Pages 345-367", []),
]


@pytest.mark.parametrize("line, names", BYLINES)
def test_bylines(line, names):
    assert [n.display() for n in byline_names(line)] == names


def test_an_editors_block_gives_every_editor_once():
    block = ["Northfield College, Leeds, UK", "Inés Lázaro Quintana", "University of Hull, Hull, UK",
             "Ruth Adebayo, Inés Lázaro Quintana"]
    assert [n.display() for n in names_in_lines(block)] == ["Inés Lázaro Quintana", "Ruth Adebayo"]


def test_a_citation_line_says_where_the_family_name_starts():
    printed = names_in_lines(["Inés Lázaro Quintana", "Tomás Villar"])
    assert split_as_cited(printed, [Name("Lázaro Quintana", "I.")]) == [
        Name("Lázaro Quintana", "Inés"), Name("Villar", "Tomás")]
