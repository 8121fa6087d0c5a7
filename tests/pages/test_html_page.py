"""Saved HTML pages: meta tags and JSON-LD -> the chapter record, HTML lists -> notes and references.

The SpringerLink fixture (tests/pages/kraus1982-springer-chapter.html) carries the example's chapter
and its notes 1-30 verbatim; parsing it must give the same Document as the text page cut to those
notes. Goldens (tests/cases/<case>/model.json) are rewritten with `pytest --accept` and reviewed.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from case_files import page_of
from hypothesis import given, settings
from hypothesis import strategies as st
from linear import assert_linear
from testdata import EXAMPLE

from converter import ConversionError, parse
from converter.model import ENTRY, Name
from converter.pages.html_meta import language_of
from converter.pages.html_page import read_html_page
from converter.pages.sniff import looks_like_html
from converter.writers import json_model

KRAUS = page_of("kraus1982-html")
LNCS = page_of("lncs2021-conference-html")
GENERIC = page_of("degruyter2019-generic-html")
# Fixture page -> its case folder (model.json golden; test_goldens.py adds the writers' goldens).
LINK_TEXTS = ("Google Scholar", "CrossRef", "Article", "MathSciNet", "Download references")


def read(path):
    return path.read_text(encoding="utf-8")


def page(meta: dict[str, str | list[str]] | None = None, head: str = "", body: str = "") -> str:
    """A minimal HTML page with the given meta tags (a list gives one tag per value)."""
    tags = []
    for name, values in (meta or {}).items():
        for value in values if isinstance(values, list) else [values]:
            attribute = "property" if name.startswith("og:") else "name"
            tags.append(f'<meta {attribute}="{name}" content="{value}">')
    return f"<!DOCTYPE html><html><head>{''.join(tags)}{head}</head><body>{body}</body></html>"


def chapter(meta=None, head="", body=""):
    return read_html_page(page(meta, head, body)).chapter


# -- which reader -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html>\n<html><head>", True),
    ("\ufeff<!doctype HTML><html>", True),
    ("<!-- saved from url=(0066)https://link.springer.com/chapter/x -->\n<html lang=en>", True),
    ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
    ("  <html>", True),
    ('<meta name="citation_title" content="T"><h1>T</h1>', True),
    ("<div><p>A fragment</p></div><meta charset=utf-8>", True),
    ("Skip to main content\n\nAdoption of the Soviet Developmental Model", False),
    ("<3 this chapter\nNotes\n1. Ibid.", False),
    ("Title\n\nNotes\n  1. Kirby 1957, p. <i>738f.</i>", False),
    ("", False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_the_example_text_page_is_not_html():
    assert not looks_like_html(EXAMPLE.read_text(encoding="utf-8"))


def test_parse_dispatches_html_to_the_html_reader():
    document = parse(read(KRAUS))
    assert document.chapter.url == "https://link.springer.com/chapter/10.1007/978-1-4612-5728-8_3"


# -- meta tags -> fields --------------------------------------------------------------------------

TITLE = {"citation_title": "A Chapter"}


@pytest.mark.parametrize("values, expected", [
    (["Kraus, W."], [Name("Kraus", "W.")]),
    (["Wolfgang Kraus"], [Name("Kraus", "Wolfgang")]),
    (["Kraus, Wolfgang", "Weber, K."], [Name("Kraus", "Wolfgang"), Name("Weber", "K.")]),
    (["van der Berg, Jan-Hendrik"], [Name("Berg", "Jan-Hendrik", particle="van der")]),
    (["Jan-Hendrik van der Berg"], [Name("Berg", "Jan-Hendrik", particle="van der")]),
    (["Smith, John, Jr."], [Name("Smith", "John", suffix="Jr.")]),
    (["Müller, Hans-Peter"], [Name("Müller", "Hans-Peter")]),
    (["Mao Tse-tung"], [Name("Mao", "Tse-tung", family_first=True)]),
    (["State Statistical Bureau"], [Name(literal="State Statistical Bureau")]),
])
def test_citation_author_forms(values, expected):
    assert list(chapter({**TITLE, "citation_author": values}).authors) == expected


def test_packed_author_lists_are_split():
    found = chapter({**TITLE, "citation_authors": "Smith, Jane; Doe, John"}).authors
    assert found == (Name("Smith", "Jane"), Name("Doe", "John"))


def test_citation_author_wins_over_dublin_core_and_json_ld():
    found = chapter({**TITLE, "dc.creator": "Someone Else", "citation_author": "Kraus, W."},
                    head='<script type="application/ld+json">{"@type":"Chapter","author":[{"name":"X Y"}]}</script>')
    assert found.authors == (Name("Kraus", "W."),)


@pytest.mark.parametrize("values, expected", [
    (["978-1-4612-5728-8"], ("978-1-4612-5728-8",)),
    (["9781461257301", "9781461257288"], ("978-1-4612-5730-1", "978-1-4612-5728-8")),
    (["9783110612349, 9783110612356"], ("978-3-11-061234-9", "978-3-11-061235-6")),
    (["978-1-4612-5728-8", "978-1-4612-5728-8"], ("978-1-4612-5728-8",)),
    (["0387906738"], ("0-387-90673-8",)),
    (["9781461257289", "not an isbn"], ()),  # a bad checksum is no ISBN
])
def test_isbns(values, expected):
    assert chapter({**TITLE, "citation_isbn": values}).isbns == expected


def test_labelled_print_isbn_comes_first():
    body = ('<ul class="c-bibliographic-information__list"><li><p>Print ISBN<span class="u-hide">: </span>'
            '<span>978-1-4612-5730-1</span></p></li><li><p>Online ISBN<span class="u-hide">: </span>'
            '<span>978-1-4612-5728-8</span></p></li></ul>')
    found = chapter({**TITLE, "citation_isbn": "978-1-4612-5728-8"}, body=body)
    assert found.isbns == ("978-1-4612-5730-1", "978-1-4612-5728-8")


@pytest.mark.parametrize("meta, expected", [
    ({"citation_publication_date": "1982/01/01"}, 1982),
    ({"citation_publication_date": "2021-09-30"}, 2021),
    ({"citation_date": "30 September 2021"}, 2021),
    ({"citation_publication_date": "1982"}, 1982),
    ({"dc.date": "1982-01-01"}, 1982),
    ({"citation_online_date": "2012/12/06"}, None),  # when it went online, not when it was published
    ({"citation_publication_date": "n.d."}, None),
])
def test_dates_give_the_year(meta, expected):
    found = chapter({**TITLE, **meta})
    assert (found.issued.parts if found.issued else None) == ((expected,) if expected else None)


@pytest.mark.parametrize("meta, expected", [
    ({"citation_doi": "10.1007/978-1-4612-5728-8_3"}, "10.1007/978-1-4612-5728-8_3"),
    ({"citation_doi": "https://doi.org/10.1007/978-1-4612-5728-8_3"}, "10.1007/978-1-4612-5728-8_3"),
    ({"citation_doi": "doi:10.1007/978-1-4612-5728-8_3."}, "10.1007/978-1-4612-5728-8_3"),
    ({"citation_doi": "10.1145/ABC.123"}, "10.1145/ABC.123"),  # the suffix keeps its case
    ({"dc.identifier": "doi:10.1515/9783110612349-005"}, "10.1515/9783110612349-005"),
    ({"dc.identifier": "urn:isbn:9783110612349", "DOI": "10.1515/x"}, "10.1515/x"),
    ({"citation_doi": "not a doi"}, ""),
])
def test_doi_normalization(meta, expected):
    assert chapter({**TITLE, **meta}).doi == expected


@pytest.mark.parametrize("value, expected", [
    ("Springer, New York, NY", ("Springer", "New York, NY")),
    ("Springer, Cham", ("Springer", "Cham")),
    ("De Gruyter", ("De Gruyter", "")),
])
def test_publisher_and_place(value, expected):
    found = chapter({**TITLE, "citation_publisher": value})
    assert (found.publisher, found.publisher_place) == expected


@pytest.mark.parametrize("value, expected", [("en", "en"), ("En", "en"), ("eng", "en"), ("en-gb", "en-GB"),
                                             ("ger", "de"), ("fr", "fr"), ("English!", ""), ("", "")])
def test_language_tags(value, expected):
    assert language_of(value) == expected


def test_language_is_guessed_when_the_page_states_none():
    assert chapter({"citation_title": "Die Planung und der Aufbau der Industrie"}).language == "de"
    assert chapter({"citation_title": "Die Planung", "citation_language": "en"}).language == "en"


@pytest.mark.parametrize("meta, body, expected", [
    ({}, "", "chapter"),
    ({"citation_conference_title": "ECCV"}, "", "paper-conference"),
    ({"og:url": "https://link.springer.com/referenceworkentry/10.1007/x_1"}, "", ENTRY),
    ({}, '<li data-test="article-category">Conference paper</li>', "paper-conference"),
    ({"citation_journal_title": "J. ACM"}, "", "article-journal"),
])
def test_work_type(meta, body, expected):
    assert chapter({**TITLE, **meta}, body=body).type == expected


def test_json_ld_fills_what_meta_tags_leave_out():
    linked = {
        "@context": "https://schema.org", "@type": "WebPage",
        "mainEntity": {
            "@type": "Chapter", "name": "From JSON-LD", "datePublished": "2008-10-12",
            "author": [{"@type": "Person", "name": "Jan J. Koenderink"}, {"familyName": "Forsyth", "givenName": "David"}],
            "isPartOf": {"@type": "Book", "name": "Computer Vision – ECCV 2008", "isbn": ["978-3-540-88682-2"],
                         "editor": [{"@type": "Person", "name": "Philip Torr"}]},
            "publisher": {"@type": "Organization", "name": "Springer"}, "pageStart": "1", "pageEnd": "1",
        },
    }
    found = chapter(head=f'<script type="application/ld+json">{json.dumps(linked)}</script>')
    assert found.title == "From JSON-LD"
    assert found.authors == (Name("Koenderink", "Jan J."), Name("Forsyth", "David"))
    assert found.editors == (Name("Torr", "Philip"),)
    assert (found.container_title, found.isbns, found.issued.parts) == (
        "Computer Vision – ECCV 2008", ("978-3-540-88682-2",), (2008,))
    assert (found.publisher, found.page) == ("Springer", "1")


def test_meta_tags_win_over_json_ld():
    found = chapter({"citation_title": "From meta", "citation_inbook_title": "Meta book"},
                    head='<script type="application/ld+json">{"@type":"Chapter","name":"From JSON-LD",'
                         '"isPartOf":{"@type":"Book","name":"LD book"}}</script>')
    assert (found.title, found.container_title) == ("From meta", "Meta book")


@pytest.mark.parametrize("script", [
    "{not json", "[" * 100_000, '{"@type": ["Chapter"], "name": {"name": {"name": {"name": {"name": "x"}}}}}',
    '{"@type":"Chapter","author":"just a string","isPartOf":"not an object","isbn":42}', "null", "",
])
def test_bad_json_ld_is_ignored(script):
    found = chapter(TITLE, head=f'<script type="application/ld+json">{script}</script>')
    assert found.title == "A Chapter"


@pytest.mark.parametrize("meta, head, body, expected", [
    ({"citation_keywords": ["China", "Planning"]}, "", "", ("China", "Planning")),
    ({"citation_keywords": "China; planning, Five-year plan"}, "", "", ("China", "planning", "Five-year plan")),
    ({}, "", '<h3>Keywords</h3><ul><li><span>Economics, history</span></li><li>China</li></ul>',
     ("Economics, history", "China")),
    ({}, '<script type="application/ld+json">{"@type":"Chapter","keywords":"Consensus, Sensor networks"}</script>', "",
     ("Consensus", "Sensor networks")),
    ({"dc.subject": "Economics"}, "", "", ()),  # SpringerLink's subject classification, not keywords
])
def test_keywords(meta, head, body, expected):
    assert chapter({**TITLE, **meta}, head=head, body=body).keywords == expected


def test_abstract_without_glued_note_markers():
    body = ('<section data-title="Abstract"><h2>Abstract</h2><div><p>The plan was announced.<sup><a href="#ref-CR1">1</a>'
            '</sup> It was revised”<sup>2, 3</sup> in 1955.</p><p>Second paragraph H<sub>2</sub>O, x<sup>2</sup>y.</p></div>'
            "</section><h2>Notes</h2><ol><li>One.</li><li>Two.</li><li>Three.</li></ol>")
    found = chapter(TITLE, body=body)
    assert found.abstract == "The plan was announced. It was revised” in 1955.\nSecond paragraph H2O, xy."


def test_abstract_from_meta_loses_its_glued_markers():
    meta = {**TITLE, "dc.description": "First 5-year plan.1 The plan itself was revised”2 and passed in July 1955.3 While"}
    found = chapter(meta, body="<h2>Notes</h2><ol><li>a</li><li>b</li><li>c</li></ol>")
    assert found.abstract == "First 5-year plan. The plan itself was revised” and passed in July 1955. While"


def test_a_generic_publisher_page_gives_the_chapter_record():
    content = read_html_page(read(GENERIC))
    found = content.chapter
    assert found.title == "Planwirtschaft nach sowjetischem Vorbild: Chinas erster Fünfjahrplan in der westdeutschen Forschung"
    assert found.authors == (Name("Müller", "Hans-Peter"), Name("Schäfer", "Anna"))
    assert found.editors == (Name("Weber", "Karl"),)
    assert (found.container_title, found.publisher, found.publisher_place) == (
        "Wirtschaftsgeschichte Ostasiens im Vergleich", "De Gruyter Oldenbourg", "")
    assert (found.issued.parts, found.doi, found.page, found.language) == (
        (2019,), "10.1515/9783110612349-005", "87–112", "de")
    assert found.isbns == ("978-3-11-061235-6", "978-3-11-061234-9")
    assert found.url == "https://www.degruyter.com/document/doi/10.1515/9783110612349-005/html"
    assert found.copyright == ""  # the site footer's "© 2024 Walter de Gruyter" is not the chapter's
    assert found.abstract.startswith("Das Kapitel zeichnet nach")
    assert [(n.number, n.text) for n in content.notes] == [
        (1, "Vgl. Kraus 1979, S. 12."), (2, "Ebd., S. 14f."), (3, "Zit. nach Domes 1972, S. 59.")]


# -- the SpringerLink fixtures ------------------------------------------------------------------


def text_page_cut_to_notes(last: int) -> str:
    """The example text page with the notes after `last` taken out (header and tail kept)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    return text[:text.index(f"\n  {last + 1}. ")] + "\n" + text[text.index("\nDownload references"):]


@pytest.fixture(scope="module")
def kraus_html():
    return parse(read(KRAUS))


@pytest.fixture(scope="module")
def kraus_text():
    return parse(text_page_cut_to_notes(30))


def test_html_chapter_record_is_the_text_pages(kraus_html, kraus_text):
    html, text = kraus_html.chapter, kraus_text.chapter
    assert html.id == text.id == "kraus1982adoption"
    for field in ("type", "title", "authors", "editors", "issued", "container_title", "publisher", "publisher_place",
                  "doi", "isbns", "chapter_number", "abstract", "language", "copyright"):
        assert getattr(html, field) == getattr(text, field), field
    # The one difference: the saved page states its own address, the text copy does not.
    assert text.url == "https://doi.org/10.1007/978-1-4612-5728-8_3"
    assert html.url == "https://link.springer.com/chapter/10.1007/978-1-4612-5728-8_3"
    assert replace(html, url=text.url) == text


def test_html_notes_and_citations_are_the_text_pages(kraus_html, kraus_text):
    assert [n.number for n in kraus_html.notes] == list(range(1, 31))
    assert kraus_html.notes == kraus_text.notes  # texts, citations (work ids, locators, prefixes), unparsed
    assert kraus_html.works == kraus_text.works
    assert kraus_html.problems == kraus_text.problems


def test_html_notes_are_the_example_notes_verbatim(kraus_html):
    full = parse(EXAMPLE.read_text(encoding="utf-8"))
    assert [(n.number, n.text) for n in kraus_html.notes] == [(n.number, n.text) for n in full.notes[:30]]
    assert not any(link in n.text for n in kraus_html.notes for link in LINK_TEXTS)


def test_script_written_meta_tags_are_not_read():
    assert "Written by a script" not in read(KRAUS).split("<body")[0].split("</script>")[-1]
    assert parse(read(KRAUS)).chapter.title.startswith("Adoption of the Soviet Developmental Model")


def test_conference_paper_with_a_reference_list():
    content = read_html_page(read(LNCS))
    found = content.chapter
    assert (found.type, found.title) == ("paper-conference", "Bounded-Delay Consensus for Intermittently Connected Sensor Networks")
    assert found.authors == (Name("Lindqvist", "Anna"), Name("Ferreira", "Tomás"),
                             Name("Berg", "Jan-Hendrik", particle="van der"))
    assert found.editors == (Name("Okafor", "Chidi"), Name("Nakamura", "Yuki"))
    # A proceedings volume's number is the paper's volume, as Zotero and BibTeX have it; the event is named.
    assert (found.container_title, found.collection_title, found.collection_title_short, found.volume,
            found.collection_number, found.event_title) == (
        "Dependable Networked Systems", "Lecture Notes in Computer Science", "LNCS", "13147", "", "DNS 2021")
    assert (found.publisher, found.publisher_place, found.page, found.issued.parts) == ("Springer", "Cham", "112–127", (2021,))
    assert (found.doi, found.chapter_number) == ("10.1007/978-3-030-99938-4_8", "8")
    assert found.isbns == ("978-3-030-99937-7", "978-3-030-99938-4")
    assert "[3, 4] unchanged" in found.abstract  # numbered citations in running text stay as printed
    assert found.keywords == ("Consensus", "Partial synchrony", "Sensor networks", "Intermittent connectivity")
    assert content.notes == [] and content.problems == []
    assert len(content.references) == 12
    assert content.references[0] == ("Lamport, L.: Time, clocks, and the ordering of events in a distributed system. "
                                     "Commun. ACM 21(7), 558–565 (1978)")
    assert content.references[9].endswith("42:1–42:36 (2015). https://doi.org/10.1145/2673577")
    assert not any(link in r for r in content.references for link in LINK_TEXTS)


def test_every_reference_entry_becomes_a_work():
    document = parse(read(LNCS))
    assert len(read_html_page(read(LNCS)).references) == 12
    assert "Paxos made moderately complex" in {work.title for work in document.works}
    assert len(document.works) == 12


# -- lists --------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, notes, references", [
    # Heading decides: a "Notes" list in reference markup is notes.
    ('<h2>Notes</h2><div><ol class="c-article-references"><li data-counter="1."><p class="c-article-references__text">'
     'Ibid.</p><p class="c-article-references__links"><a>Google Scholar</a></p></li></ol></div>', [(1, "Ibid.")], []),
    ('<h2>References</h2><ol><li>Smith, J.: A Book. Springer (1990)<br><a href="x">CrossRef</a> <a>Google Scholar</a></li></ol>',
     [], ["Smith, J.: A Book. Springer (1990)"]),
    # No heading: SpringerLink's footnote and reference classes.
    ('<ol class="c-article-footnote c-article-footnote--listed"><li class="c-article-footnote--listed__item" data-counter="4.">'
     '<div class="c-article-footnote--listed__content"><p>Cf. Kirby 1957, p. 738f.</p></div></li></ol>', [(4, "Cf. Kirby 1957, p. 738f.")], []),
    ('<ul class="c-article-references"><li class="c-article-references__item"><p class="c-article-references__text">'
     'Doe, J.: Title. J. 1(2), 3–4 (2000)</p></li></ul>', [], ["Doe, J.: Title. J. 1(2), 3–4 (2000)"]),
    # Printed numbers are kept, and a year at an item's start is not a number.
    ("<h3>Endnotes</h3><ol><li>1. Kirby 1957.</li><li>3. Hooton 1956.</li><li>1955. The plan.</li></ol>",
     [(1, "Kirby 1957."), (3, "Hooton 1956."), (3, "1955. The plan.")], []),
    ('<h2>Notes</h2><ol start="5"><li>Five.</li><li>Six.</li></ol>', [(5, "Five."), (6, "Six.")], []),
    ("<h2>Keywords</h2><ul><li>China</li></ul>", [], []),
])
def test_lists(body, notes, references):
    content = read_html_page(page(TITLE, body=body))
    assert [(n.number, n.text) for n in content.notes] == notes
    assert content.references == references


def test_numbering_gaps_are_reported():
    content = read_html_page(page(TITLE, body='<h2>Notes</h2><ol><li data-counter="1.">a</li><li data-counter="3.">b</li></ol>'))
    assert [(p.kind, p.message) for p in content.problems if p.kind == "numbering"] == [("numbering", "note numbers skip 2")]


def test_abbreviation_lists():
    body = "<h2>Abbreviations</h2><dl><dt>CNA</dt><dd>China News Analysis</dd><dt>JMJP</dt><dd>Jen-min Jih-pao</dd></dl>"
    assert read_html_page(page(TITLE, body=body)).abbreviations == {"CNA": "China News Analysis", "JMJP": "Jen-min Jih-pao"}


# -- broken and hostile pages -------------------------------------------------------------------


def test_unclosed_tags_are_recovered():
    text = ('<html><head><meta name=citation_title content="Broken <b>page"><title>x</title><body><h1>Heading'
            "<div><h2>Notes<ol><li>Note one<li>Note <i>two<li>Note three</ol><p>after<table><tr><td>cell")
    content = read_html_page(text)
    assert content.chapter.title == "Broken <b>page"
    assert [(n.number, n.text) for n in content.notes] == [(1, "Note one"), (2, "Note two"), (3, "Note three")]


def test_external_entities_are_never_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY remote SYSTEM "file://{secret}">', encoding="utf-8")
    text = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY % ext SYSTEM "file://{dtd}"> %ext;]>'
            '<html><head><title>&xxe; title</title><meta name="citation_title" content="A &xxe; &remote; title">'
            "</head><body><h2>Notes</h2><ol><li>&xxe;</li></ol></body></html>")
    document = parse(text)
    dump = json_model.write(document)
    assert "TOP-SECRET-MARKER" not in dump
    assert document.chapter.title == "A &xxe; &remote; title"
    assert document.notes[0].text == "&xxe;"


def test_passwd_entity_stays_literal():
    text = ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><head><title>&xxe;</title></head>'
            "<body><h1>&xxe;</h1></body></html>")
    found = read_html_page(text).chapter
    assert found.title == "&xxe;"
    assert "root:" not in json.dumps(found.__dict__, default=str)


def test_meta_tags_in_scripts_noscript_and_templates_are_not_the_pages():
    head = ("<script>document.write('<meta name=\"citation_title\" content=\"FAKE 1\">')</script>"
            '<noscript><meta name="citation_title" content="FAKE 2"></noscript>'
            '<template><meta name="citation_title" content="FAKE 3"></template>'
            '<script type="text/template"><meta name="citation_author" content="Fake, F."></script>')
    found = chapter({"citation_title": "Real title", "citation_author": "Kraus, W."}, head=head)
    assert (found.title, found.authors) == ("Real title", (Name("Kraus", "W."),))


def test_a_megabyte_of_nested_divs_does_not_break_the_reader():
    depth = 200_000
    text = page(TITLE, body="<div>" * depth + "deep" + "</div>" * depth + "<h2>Notes</h2><ol><li>Lost</li></ol>")
    assert len(text) > 1_000_000
    content = read_html_page(text)  # libxml2 stops at its depth limit, and says so
    assert content.chapter.title == "A Chapter"
    assert any(p.kind == "unparsed" and "could not be read to its end" in p.message for p in content.problems)


HEAD = '<html><head><meta name="citation_title" content="T"></head><body>'
# Shapes that are quadratic for a naive reader (XPath unions, removing elements one by one, a
# list of seen elements, walking every heading's subtree): (head, unit, tail) repeated n times.
LARGE_PAGES = {
    "many note items": (HEAD + "<h2>Notes</h2><ol>", "<li>n</li>", "</ol>"),
    "many headings and lists": (HEAD, "<h2>Notes</h2><ol><li>n</li></ol>", ""),
    "many note markers": (HEAD + "<h2>Abstract</h2><p>", "a<sup>1</sup>", ""),
    "many scripts": (HEAD, "<script>x</script>y", ""),
    "many resolver links in one item": (HEAD + "<h2>Notes</h2><ol><li>t", "<a>Google Scholar</a>x", ""),
    "many labelled lines": (HEAD + "<ul class='c-bibliographic-information__list'>",
                            "<li><p>Print ISBN<span>: </span><span>x</span></p></li>", ""),
    "many page-range lines": (HEAD, "<li>pp 1–2</li>", ""),
    "headings nested over a flat megabyte": (HEAD + "<div><h2>Notes " * 250, "<p>x</p>", ""),
    "many top headings": (HEAD + '<h1 class="c-article-title">T</h1>', "<h1>x</h1>", ""),
    "many series lines": (HEAD + '<p class="c-chapter-book-series">S</p>', "<p>Part of the book series: x</p>", ""),
    "many JSON-LD blocks": (HEAD, '<script type="application/ld+json">{"@type":"Chapter","name":"x"}</script>', ""),
}


@pytest.mark.parametrize("name", list(LARGE_PAGES))
def test_large_hostile_pages_are_read_in_linear_time(name):
    head, unit, tail = LARGE_PAGES[name]
    assert read_html_page(head + unit * 1000 + tail).chapter.title == "T"
    assert_linear(read_html_page, lambda n: head + unit * n + tail, 2000)


def test_huge_json_ld_is_skipped():
    blob = '{"@type":"Chapter","name":"' + "x" * 1_100_000 + '"}'
    assert chapter(TITLE, head=f'<script type="application/ld+json">{blob}</script>').title == "A Chapter"


@pytest.mark.parametrize("text", [
    "<html></html>", "<!DOCTYPE html>", "<html><head><meta name='robots' content='noindex'></head><body><p>Hi</p></body></html>",
    "<html>\x00\x01\x02</html>",
])
def test_no_title_at_all_is_a_conversion_error(text):
    with pytest.raises(ConversionError, match="no chapter title"):
        read_html_page(text)


def test_control_characters_and_bad_bytes_do_not_break_the_reader():
    text = page(TITLE, body="<h2>Notes</h2><ol><li>A\x00B\x0c \ud800 note\u00ad</li></ol>")
    assert read_html_page(text).notes[0].text.startswith("AB")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' &;#!-[]abcdhilmoprstuv12\n")) | st.characters(), max_size=400))
def test_any_markup_after_a_title_never_raises(junk):
    content = read_html_page(page(TITLE, body=junk))
    assert content.chapter.title == "A Chapter"


# -- other publishers' markup -----------------------------------------------------------------------

def html_lists_page(body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta name="citation_title" content="A Title">'
            '<meta name="citation_journal_title" content="A Journal"></head><body>' + body + "</body></html>")


def test_a_list_of_alike_blocks_is_a_list():
    """Cambridge Core, Oxford Academic, OpenEdition and Brill print lists as runs of <div>s or <p>s."""
    content = read_html_page(html_lists_page(
        '<div class="refs"><h2>References</h2>'
        '<div class="circle-list__item"><div class="content">Abel, W. 1966. Agrarkrisen. Hamburg: Parey.'
        '<a href="https://scholar.google.com/">Google Scholar</a></div></div>'
        '<div class="circle-list__item"><div class="content">Garden, M. 1970. Lyon. Paris: Les Belles Lettres.</div></div>'
        '</div>'))
    assert content.references == ["Abel, W. 1966. Agrarkrisen. Hamburg: Parey.",
                                  "Garden, M. 1970. Lyon. Paris: Les Belles Lettres."]


def test_paragraph_notes_in_a_wrapper_carry_their_printed_numbers():
    content = read_html_page(html_lists_page(
        '<div id="notes"><h2 class="section">Notes</h2><div class="sectionContent">'
        '<p class="notesbaspage"><a class="FootnoteSymbol" href="#b1">1</a> Voir Garden 1970, p. 212.</p>'
        '<p class="notesbaspage"><a class="FootnoteSymbol" href="#b2">3</a> Ibid., p. 215.</p></div></div>'))
    assert [(n.number, n.text) for n in content.notes] == [(1, "Voir Garden 1970, p. 212."), (3, "Ibid., p. 215.")]
    assert [p.message for p in content.problems if p.kind == "numbering"] == ["note numbers skip 2"]


def test_notes_numbered_per_page_under_references_are_notes():
    content = read_html_page(html_lists_page(
        '<div><h2>References</h2>'
        '<div class="item"><div class="number">page 45 note 1</div><div>Hill 1956, p. 77.</div></div>'
        '<div class="item"><div class="number">page 45 note 2</div><div>Ibid., p. 80.</div></div>'
        '<div class="item"><div class="number">page 46 note 1</div><div>Green 1978, p. 131.</div></div></div>'))
    assert [(n.number, n.text) for n in content.notes] == [(1, "Hill 1956, p. 77."), (2, "Ibid., p. 80."),
                                                            (3, "Green 1978, p. 131.")]
    assert content.references == []
    assert [p.message for p in content.problems if p.kind == "numbering"] == [
        "the notes are numbered per printed page (page 45 note 1 … page 46); they are numbered 1–3 in page order"]


def test_an_articles_journal_volume_and_issue_from_json_ld():
    page = ('<!DOCTYPE html><html><head><script type="application/ld+json">{"@type": "ScholarlyArticle", "name": '
            '"A Title", "author": [{"@type": "Person", "name": "Lucy Pemberton"}], "datePublished": "2019-06-01", '
            '"isPartOf": {"@type": "PublicationIssue", "issueNumber": "568", "isPartOf": {"@type": '
            '["PublicationVolume", "Periodical"], "name": "The English Historical Review", "volume'
            'Number": "134"}}}</script></head><body><h2>Notes</h2><ol><li>Gras 1915, p. 4.</li></ol></body></html>')
    chapter = read_html_page(page).chapter
    assert (chapter.type, chapter.container_title, chapter.volume, chapter.issue) == (
        "article-journal", "The English Historical Review", "134", "568")


def test_a_line_break_in_the_source_is_a_space():
    import lxml.html

    from converter.pages.html_text import lines_of

    element = lxml.html.fromstring("<div><p>The Knowledge\nEngineering Review ,\n<a>Volume 11</a></p><pre>a\nb</pre></div>")
    assert lines_of(element) == ["The Knowledge Engineering Review , Volume 11", "a", "b"]
