"""Sigla -> periodical titles, from a TSV file or the page's own list; and the page's footer."""

from __future__ import annotations

import pytest

from converter import ConversionError, parse
from converter.pages.abbreviations import parse_abbreviation_lines
from converter.sources.abbreviations import load_abbreviations

LINES = [
    ("CNA\tChina News Analysis", {"CNA": "China News Analysis"}),
    ("CNA = China News Analysis", {"CNA": "China News Analysis"}),
    ("JMJP: Jen-min Jih-pao (People’s Daily)", {"JMJP": "Jen-min Jih-pao (People’s Daily)"}),
    ("  • SCMP – Survey of China Mainland Press", {"SCMP": "Survey of China Mainland Press"}),
    ("URS    Union Research Service", {"URS": "Union Research Service"}),
    ("# a comment", {}),
    ("this is a sentence about abbreviations", {}),
]


@pytest.mark.parametrize("line, expected", LINES)
def test_abbreviation_lines(line, expected):
    assert parse_abbreviation_lines([line]) == expected


PAGE = """Title of the Chapter

  • Chapter
The Book

Abbreviations

CNA\tChina News Analysis
JMJP = Jen-min Jih-pao

Notes

  1. CNA, No. 3 (Sept. 22, 1953), p. 2; JMJP, Aug. 12, 1955.

    Google Scholar 

  2. URS, Vol. 4 (July-Sept. 1956), pp. 173–177.

Discover content

Journals A-Z
Books A-Z
Privacy policy
© 2024 Springer Nature
"""


def test_page_list_and_user_file_expand_sigla(tmp_path):
    table = tmp_path / "abbrev.tsv"
    table.write_text("# siglum\ttitle\nURS\tUnion Research Service\nJMJP\tPeople’s Daily\n", encoding="utf-8")
    document = parse(PAGE, abbreviations=load_abbreviations(str(table)))
    titles = [(w.container_title, w.container_title_short) for w in document.works]
    assert titles == [("China News Analysis", "CNA"), ("People’s Daily", "JMJP"), ("Union Research Service", "URS")]


def test_footer_does_not_join_the_last_note():
    document = parse(PAGE)
    assert document.notes[-1].text == "URS, Vol. 4 (July-Sept. 1956), pp. 173–177."


def test_bad_abbreviations_file(tmp_path):
    table = tmp_path / "abbrev.tsv"
    table.write_text("CNA China News Analysis\n", encoding="utf-8")
    with pytest.raises(ConversionError, match="abbrev.tsv:1: expected 'abbreviation<TAB>full title'"):
        load_abbreviations(str(table))
