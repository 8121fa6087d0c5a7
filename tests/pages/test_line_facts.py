"""Facts a header prints one per line, as other publishers print them."""

from __future__ import annotations

import pytest

from converter.model import Name
from converter.pages.line_facts import read_line_facts

ISSUES = [
    # (lines, journal, volume, issue, year, pages)
    (["The Historical Journal , Volume 21 , Issue 2 , June 1978 , pp. 291 - 312"],
     "The Historical Journal", "21", "2", 1978, "291–312"),  # Cambridge Core
    (["The English Historical Review, Volume 134, Issue 568, June 2019, Pages 567–598, https://doi.org/10.1093/x"],
     "The English Historical Review", "134", "568", 2019, "567–598"),  # Oxford Academic
    (["The Journal of Modern History", "Vol. 47, No. 3 (Sep., 1975), pp. 421-450 (30 pages)"],
     "The Journal of Modern History", "47", "3", 1975, "421–450"),  # JSTOR
    (["Journal of Agrarian Change", "Volume 45, Issue 3", "Volume 45, 2019 - Issue 3"],
     "Journal of Agrarian Change", "45", "3", 2019, ""),  # Taylor & Francis: breadcrumbs, then the issue
    (["The Economic History Review", "Volume 72, Issue 3 p. 876-899"],
     "The Economic History Review", "72", "3", None, "876–899"),  # Wiley
    (["In: Journal of Early Modern History", "Volume 23: Issue 2", "Page Range: 123–145"],
     "Journal of Early Modern History", "23", "2", None, "123–145"),  # Brill
]


@pytest.mark.parametrize("lines, journal, volume, issue, year, pages", ISSUES)
def test_issue_lines(lines, journal, volume, issue, year, pages):
    facts = read_line_facts(lines)
    assert (facts.journal, facts.volume, facts.issue, facts.year, facts.pages) == (journal, volume, issue, year, pages)


def test_published_online_by_names_the_publisher_title_and_author():
    facts = read_line_facts(["Extract", "Parish Vestries and the Poor", "Published online by Cambridge University Press: "
                             "11 February 2009", "Margaret Ellwood", "Show author details"])
    assert (facts.title_above, facts.bylines, facts.publisher, facts.published) == (
        "Parish Vestries and the Poor", ["Margaret Ellwood"], "Cambridge University Press", "11 February 2009")


def test_labels_with_a_colon_a_space_or_glued():
    facts = read_line_facts(["ByThomas Wren", "BookRural Credit in England", "First Published2019", "ImprintRoutledge",
                             "Pages22", "eBook ISBN9780429024566"])
    assert (facts.authors, facts.container, facts.published, facts.publisher, facts.pages, facts.isbns) == (
        [Name("Wren", "Thomas")], "Rural Credit in England", "2019", "Routledge", "", ["9780429024566"])


def test_a_label_alone_takes_the_next_line():
    facts = read_line_facts(["In", "Medieval Trade Networks", "Edited by Paul Anders and Maria Lund", "Pages: 67–89"])
    assert (facts.container, facts.editors, facts.pages) == (
        "Medieval Trade Networks", [Name("Anders", "Paul"), Name("Lund", "Maria")], "67–89")


@pytest.mark.parametrize("line", ["In this article", "Bookkeeping in the fens", "Journal of Agrarian Change",
                                  "By 1660 the vestry had taken over", "Pages of a diary"])
def test_text_is_no_label(line):
    facts = read_line_facts([line])
    assert (facts.container, facts.authors, facts.pages, facts.publisher) == ("", [], "", "")


def test_several_facts_on_one_line():
    facts = read_line_facts(["Pages 345-367 | Received 12 Mar 2018, Accepted 04 Nov 2018, Published online: 14 Jun 2019"])
    assert (facts.pages, facts.published) == ("345–367", "14 Jun 2019")
