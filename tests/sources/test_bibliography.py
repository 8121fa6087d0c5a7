"""`--bibliography FILE`: BibTeX, RIS and CSL-JSON files -> works, and short forms resolved against them.

The three files in tests/bibliographies/ describe (mostly) the same works, as a user's Zotero export
would in each format; the page is the whitfield2014 fixture with its reference list cut out, so that
the bibliography is what its notes resolve against.
"""

from __future__ import annotations

import pytest
from case_files import page_of
from testdata import TESTS

from converter import ConversionError
from converter.model import Date, Name
from converter.reader import parse_page
from converter.sources.bibliography import load_bibliography, read_bibliography

BIBLIOGRAPHIES = TESTS / "bibliographies"
FORMATS = ["bib", "ris", "json"]
PAGE = page_of("whitfield2014-author-date")


def load(extension: str):
    return load_bibliography(BIBLIOGRAPHIES / f"indian-ocean.{extension}")


def by_title(works, start: str):
    return next(w for w in works if w.title.startswith(start))


@pytest.mark.parametrize("extension", FORMATS)
def test_every_format_reads_the_same_works(extension):
    works = load(extension)
    chaudhury = works[0]
    assert (chaudhury.type, chaudhury.authors, chaudhury.issued) == ("book", (Name("Chaudhury", "Sushil"),), Date((1995,)))
    assert (chaudhury.publisher, chaudhury.publisher_place) == ("Manohar", "New Delhi")
    chapter = by_title(works, "The Dutch at Pulicat")
    assert chapter.type == "chapter"
    assert chapter.editors == (Name("Marsh", "Peter"), Name("Okafor", "Ruth"))
    assert chapter.container_title == "Trade and Society in the Indian Ocean"
    de_vries = by_title(works, "The Industrious Revolution")
    assert de_vries.authors == (Name("Vries", "Jan", particle="de"),)
    assert (de_vries.doi, de_vries.isbns) == ("10.1017/CBO9780511818196", ("978-0-521-71925-4",))


def test_bibtex_names_are_split_before_latex_decoding():
    works = load("bib")
    assert by_title(works, "Generale Missiven").authors == (Name(literal="Vereenigde Oostindische Compagnie"),)
    assert by_title(works, "Sozialstruktur").authors == (Name("Müller", "Hans-Peter"),)
    assert by_title(works, "Textiles and Power").title == (
        "Textiles and Power: The English Company at Fort St. George, 1640–1710")
    broadberry = by_title(works, "The Early Modern")
    assert broadberry.url == "https://doi.org/10.1111/j.1468-0289.2005.00331.x?a=1&b=2"  # verbatim
    assert (broadberry.page, broadberry.volume, broadberry.issue) == ("2–31", "59", "1")
    assert [w.id for w in works][:3] == ["chaudhury1995", "harland1998company", "harland1998textiles"]


def test_ris_dates_ids_and_editors():
    works = load("ris")
    assert by_title(works, "The Industrious Revolution").issued == Date((2008, 6, 30))
    assert by_title(works, "Company Servants").issued == Date((1998,))  # "1998///"
    assert [w.id for w in works][:2] == ["chaudhury1995", "ris2"]  # no ID tag: a numbered one
    assert by_title(works, "Company Servants").page == "17–39"


def test_csl_json_from_other_tools_is_cleaned():
    works = load("json")
    assert works[0].issued == Date((1995,))  # "date-parts": [["1995"]]
    assert by_title(works, "Country Traders").issued == Date((1990,))  # {"raw": "1990"}
    assert by_title(works, "Company Servants").volume == "14"  # a number in the file
    assert by_title(works, "Why Europe").type == "thesis"  # CSL "thesis" is a model type too
    assert by_title(works, "Company Servants").year_suffix == "a"


def test_content_decides_over_the_extension(tmp_path):
    path = tmp_path / "library.txt"
    path.write_text("@book{k, author = {Doe, Jane}, title = {A Book}, year = {2001}}\n", encoding="utf-8")
    assert [w.title for w in load_bibliography(path)] == ["A Book"]
    path = tmp_path / "library.bib"
    path.write_text("TY  - BOOK\nTI  - A Book\nPY  - 2001\nER  - \n", encoding="utf-8")
    assert [w.title for w in load_bibliography(path)] == ["A Book"]


def test_a_bom_is_no_obstacle(tmp_path):
    path = tmp_path / "library.json"
    path.write_bytes('\ufeff[{"id": "a", "type": "book", "title": "A Book"}]'.encode("utf-8"))
    assert [w.id for w in load_bibliography(path)] == ["a"]


UNREADABLE = [
    ("missing.bib", None, "cannot read the bibliography"),
    ("latin1.bib", "@book{k, title = {Caf\xe9}}".encode("latin-1"), "is not UTF-8 text"),
    ("notes.txt", b"Just some notes, no bibliography.", "neither BibTeX, RIS nor CSL-JSON"),
    ("empty.bib", b"", "holds no entries"),
    ("comment.bib", b"% nothing but a comment\n@comment{x}\n", "holds no entries"),
    ("broken.bib", b"@book{ok, title = {Fine}}\n\n@article{bad, title = {Unclosed\n", "could not be read"),
    ("broken.json", b'[{"id": "a", "type": "book",', "not valid JSON"),
    ("object.json", b'{"items": "none"}', "must be a list of items"),
    ("scalars.json", b"[1, 2]", "must be a list of items"),
    ("names.json", b'[{"id": "a", "type": "book", "author": ["Jane Doe"]}]', "is not a CSL item"),
    ("empty.json", b"[]", "holds no entries"),
]


@pytest.mark.parametrize("name, content, message", UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_unreadable_files_raise_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConversionError, match=message):
        load_bibliography(path)


def test_read_bibliography_from_text():
    works = read_bibliography('[{"id": "x", "type": "webpage", "title": "Site"}]')
    assert (works[0].id, works[0].type) == ("x", "document")
    one = read_bibliography('{"title": "A single item, no id, no type"}')  # one object: one item
    assert (one[0].id, one[0].type) == ("item1", "document")


# -- resolving short forms against a bibliography -----------------------------------------------------

def page_without_list() -> str:
    page = PAGE.read_text(encoding="utf-8")
    return page[:page.index("\nReferences\n")] + page[page.index("\nDownload references"):]


def cited(document, number):
    note = next(n for n in document.notes if n.number == number)
    return [(c.work_id, c.locator.printed) for c in note.citations]


def reports(document, kind):
    return [(p.note, p.text) for p in document.problems if p.kind == kind]


def test_short_forms_resolve_against_a_csl_bibliography():
    document = parse_page(page_without_list(), bibliography=load("json"))
    assert cited(document, 2) == [("harland1998a", "p. 23")]
    assert cited(document, 6) == [("smith1990", "p. 4"), ("smith1990-2", "p. 212")]
    harland = document.work("harland1998a")
    assert (harland.container_title, harland.short_forms) == ("Journal of Asian Commerce", ("Harland 1998a",))
    assert document.work("smith1990").title == "Country Traders of the Bay of Bengal"
    assert document.work("smith1990-2").title == "The Dutch at Pulicat"
    # every match is reported, with the note it is first cited in
    assert reports(document, "resolved") == [
        (1, "Chaudhury 1995"), (2, "Harland 1998a"), (4, "Harland 1998b"), (6, "J. Smith 1990"),
        (6, "A. Smith 1990"), (8, "Parthasarathi 2011"), (11, "De Vries 2008")]
    assert reports(document, "ambiguous") == [(7, "Smith 1990")]
    assert (10, "Mokyr 2002") in reports(document, "unresolved")
    # works of the bibliography no note cites are not added
    assert len(document.works) == 16 and all(w.short_forms for w in document.works)


def test_a_bibliography_implies_no_year_letters():
    """BibTeX has no year letters: "Harland 1998a" against two Harland 1998 entries is ambiguous."""
    document = parse_page(page_without_list(), bibliography=load("bib"))
    assert (2, "Harland 1998a") in reports(document, "ambiguous")
    assert (4, "Harland 1998b") in reports(document, "ambiguous")
    assert document.work("harland1998a").title == ""  # kept as a short form
    assert document.work("devries2008").doi == "10.1017/CBO9780511818196"
    assert (9, "Broadberry and Gupta 2006") in reports(document, "resolved")


def test_a_page_with_its_own_list_uses_the_list():
    with_list = parse_page(PAGE.read_text(encoding="utf-8"), bibliography=load("json"))
    assert with_list == parse_page(PAGE.read_text(encoding="utf-8"))


def test_without_a_bibliography_nothing_changes():
    text = page_without_list()
    document = parse_page(text)
    assert not reports(document, "unresolved") and not reports(document, "resolved")
    assert document == parse_page(text, bibliography=[])
