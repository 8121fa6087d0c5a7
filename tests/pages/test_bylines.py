"""Bylines: lines that name people, told apart from the affiliations printed between them."""

from __future__ import annotations

import pytest

from converter.model import Name
from converter.pages.bylines import byline_names, names_in_lines, split_as_cited

BYLINES = [
    ("Albert Meroño Peñuela", ["Albert Meroño Peñuela"]),
    ("Anna Sofia Lippolis21,22,", ["Anna Sofia Lippolis"]),
    ("Sara Zuppiroli21 &", ["Sara Zuppiroli"]),
    ("Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("By Thomas Wren", ["Thomas Wren"]),
    ("Edited by Paul Anders and Maria Lund", ["Paul Anders", "Maria Lund"]),
    ("Jan-Hendrik van der Berg", ["Jan-Hendrik van der Berg"]),
    ("Margaret Ellwood*", ["Margaret Ellwood"]),
    ("J. R. Tolkien", ["J. R. Tolkien"]),
    # affiliations, places, chrome and titles name nobody
    ("King’s College London, London, UK", []),
    ("University of Amsterdam, Amsterdam, Noord-Holland, The Netherlands", []),
    ("Semantic Web Company, Vienna, Austria", []),
    ("EURECOM, Biot, France", []),
    ("View author publications", []),
    ("Correspondence to Anna Lippolis .", []),
    ("Local Affairs in Seventeenth-Century England", []),
    ("Economic History Review", []),
    ("Published online by Cambridge University Press", []),
    ("Pages 345-367", []),
]


@pytest.mark.parametrize("line, names", BYLINES)
def test_bylines(line, names):
    assert [n.display() for n in byline_names(line)] == names


def test_an_editors_block_gives_every_editor_once():
    block = ["King’s College London, London, UK", "Albert Meroño Peñuela", "University of Liverpool, Liverpool, UK",
             "Valentina Tamma, Albert Meroño Peñuela"]
    assert [n.display() for n in names_in_lines(block)] == ["Albert Meroño Peñuela", "Valentina Tamma"]


def test_a_citation_line_says_where_the_family_name_starts():
    printed = names_in_lines(["Albert Meroño Peñuela", "Oscar Corcho"])
    assert split_as_cited(printed, [Name("Meroño Peñuela", "A.")]) == [
        Name("Meroño Peñuela", "Albert"), Name("Corcho", "Oscar")]
