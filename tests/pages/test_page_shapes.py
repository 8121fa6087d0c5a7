"""Chapter pages of other shapes: a reference-work entry; messy copies of the example page."""

from __future__ import annotations

import pytest
from case_files import page_of
from testdata import EXAMPLE

from converter import parse
from converter.model import ENTRY, Name

ENTRY_PAGE = page_of("lindqvist2016")


@pytest.fixture(scope="module")
def entry():
    return parse(ENTRY_PAGE.read_text(encoding="utf-8"))


def test_reference_work_entry(entry):
    chapter = entry.chapter
    assert chapter.type == ENTRY
    assert chapter.title == "Household Responsibility System"
    assert chapter.container_title == "Encyclopedia of Chinese Economic History"
    assert chapter.editors == (Name("Chen", "J."), Name("Åberg", "P."))
    assert chapter.page == "1203–1206"
    assert chapter.abstract.startswith("The household responsibility system (baochan daohu)")
    assert chapter.language == "en"
    assert [(w.short_forms[0], [n.number for n, _ in entry.citations_of(w.id)]) for w in entry.works] == [
        ("Lin 1992", [1]), ("Kelliher 1992", [1, 2, 3])]


def messy(text: str) -> list[tuple[str, str]]:
    """Ways a copy of the same page arrives; each must give the same document."""
    no_scholar = "\n".join(line for line in text.split("\n") if line.strip() != "Google Scholar")
    return [
        ("crlf", text.replace("\n", "\r\n")),
        ("no google scholar", no_scholar),
        ("no blank lines", "\n".join(line for line in text.split("\n") if line.strip())),
        ("nbsp", text.replace(" 1956", "\u00a01956").replace("p. ", "p.\u00a0")),
        ("soft hyphens and ligatures", text.replace("Grossmann", "Gross\u00admann").replace("fi", "ﬁ")),
        ("tabs", text.replace("  1. ", "\t1.\t")),
    ]


@pytest.mark.parametrize("name, copy", messy(EXAMPLE.read_text(encoding="utf-8")),
                         ids=[m[0] for m in messy("")])
def test_messy_copies_read_the_same(name, copy):
    clean = parse(EXAMPLE.read_text(encoding="utf-8"))
    document = parse(copy)
    assert document.chapter == clean.chapter
    assert [w.id for w in document.works] == [w.id for w in clean.works]
    assert [[(c.work_id, c.locator.value) for c in n.citations] for n in document.notes] == [
        [(c.work_id, c.locator.value) for c in n.citations] for n in clean.notes]


MODERN_HEADER = """Skip to main content
Advertisement
Log in
Menu
Search
Cart
Economic Development and Social Change in the People’s Republic of China
Chapter
Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957
Wolfgang Kraus
Pages 27–52
105 Accesses

Abstract
"""


def test_newer_layout_with_the_book_above_the_title():
    """Newer SpringerLink pages print the book above the title and the authors below it; the
    citation line decides title and book, and lends its initials to the full names printed."""
    text = EXAMPLE.read_text(encoding="utf-8")
    modern = MODERN_HEADER + text[text.index("\nAbstract\n") + len("\nAbstract\n"):]
    chapter = parse(modern).chapter
    original = parse(text).chapter
    assert chapter.title == original.title and chapter.container_title == original.container_title
    assert chapter.authors == (Name("Kraus", "Wolfgang"),)
    assert chapter.page == "27–52"
    assert chapter.with_(authors=original.authors, page="") == original


NAMES = [
    # cite-line name, names printed on the page, expected given name
    (Name("Kraus", "W."), ["Wolfgang Kraus"], "Wolfgang"),
    (Name("Berg", "M.", particle="van den"), ["Maarten van den Berg"], "Maarten"),
    (Name("Mensah", "A.K."), ["Akosua Kwarteng Mensah"], "Akosua Kwarteng"),
    (Name("Meyer", "H."), ["Hans Meyer & Karl Weber"], "Hans"),
    (Name("Meyer", "H."), ["Karl Meyer"], "H."),  # other initials: kept
    (Name("Meyer", "Hans"), ["Hans-Jürgen Meyer"], "Hans"),  # already a full name: kept
    (Name("Li", "X."), ["Institute of Economics, Beijing"], "X."),
]


@pytest.mark.parametrize("name, lines, given", NAMES)
def test_full_given_names_from_the_page(name, lines, given):
    from converter.pages.chapter import with_full_given_names

    assert with_full_given_names([name], lines)[0].given == given


ARTICLE_WITH_BARE_FOOTNOTES = """Local Government in the Fenland Parishes
Published online by Cambridge University Press:  11 February 2009
Edmund Harcourt
Article
Metrics
The Historical Journal , Volume 19 , Issue 4 , December 1976 , pp. 801 - 822
DOI: https://doi.org/10.1017/S0018246X00099992
1 Leicester, 1966.
2 Fletcher, A., A County Community in Peace and War: Sussex 1600–1660 (London, 1975), p. 23.
3 Ibid., p. 41.
"""


def test_an_article_with_footnotes_under_no_heading():
    """Cambridge Core's shape that was refused ("no chapter title found"): the title above "Published
    online by", the author below, notes numbered "1 " with no heading over them."""
    document = parse(ARTICLE_WITH_BARE_FOOTNOTES)
    chapter = document.chapter
    assert (chapter.type, chapter.title, chapter.authors) == (
        "article-journal", "Local Government in the Fenland Parishes", (Name("Harcourt", "Edmund"),))
    assert (chapter.container_title, chapter.volume, chapter.issue, chapter.page, chapter.issued.year) == (
        "The Historical Journal", "19", "4", "801–822", 1976)
    assert [(n.number, n.text) for n in document.notes][::2] == [(1, "Leicester, 1966."), (3, "Ibid., p. 41.")]
