"""Pages with a reference list, one per style Springer prints, end to end.

Each page (tests/pages/<name>.txt) has a golden model (tests/cases/<name>/model.json), rewritten by
`pytest --accept` and reviewed by eye; the assertions below were written from the pages by hand.

- haverkamp2021-apa: social science, APA references, no notes (every entry is a work of the chapter);
- whitfield2014-author-date: history, short-form notes resolved to an author-date list (letters
  printed and implied, two Smiths told apart by initials, one ambiguous and one unresolved short form);
- nakamura2021-lncs: LNCS conference paper, numbered references, one entry that cannot be read;
- ferreira2018-springer-basic: natural sciences, Springer basic style with CAS/PubMed link lines.
"""

from __future__ import annotations

import pytest
from case_files import page_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter import parse
from converter.lexicon import ABBREVIATION_HEADINGS, NOTES_HEADINGS, REFERENCES_HEADINGS, TAIL_HEADINGS
from converter.pages.numbered import ITEM, is_link_line
from converter.pages.sections import heading_key
from converter.text import normalize_page, squeeze

NAMES = ["haverkamp2021-apa", "whitfield2014-author-date", "nakamura2021-lncs", "ferreira2018-springer-basic"]


@pytest.fixture(scope="module")
def documents():
    return {name: parse(page_of(name).read_text(encoding="utf-8")) for name in NAMES}


def work(document, work_id):
    return document.work(work_id)


def family(names):
    return [n.literal or f"{n.particle} {n.family}".strip() for n in names]


def cited(document, number):
    """(work id, locator as printed) for each citation of a note."""
    note = next(n for n in document.notes if n.number == number)
    return [(c.work_id, c.locator.printed) for c in note.citations]


# -- (a) APA, no notes ---------------------------------------------------------------------------------

def test_apa_page_gives_the_chapter_and_every_entry(documents):
    document = documents["haverkamp2021-apa"]
    assert document.chapter.id == "haverkamp2021civic"
    assert document.notes == ()
    assert len(document.works) == 17
    assert [w.id for w in document.works[:3]] == ["almond1963", "coleman1988", "delhey2011"]
    assert document.works[-1].id == "warren1999"
    assert all(not w.short_forms for w in document.works)  # cited by the list, not by a note
    assert [p.kind for p in document.problems] == []


def test_apa_fields(documents):
    document = documents["haverkamp2021-apa"]
    delhey = work(document, "delhey2011")
    assert delhey.type == "article-journal"
    assert delhey.title == "How general is trust in “most people”? Solving the radius of trust problem"
    assert (delhey.container_title, delhey.volume, delhey.issue, delhey.page) == (
        "American Sociological Review", "76", "5", "786–807")
    assert delhey.doi == "10.1177/0003122411420817"
    stolle = work(document, "stolle2003")
    assert stolle.type == "chapter"
    assert family(stolle.editors) == ["Hooghe", "Stolle"]
    assert (stolle.page, stolle.publisher) == ("19–42", "Palgrave Macmillan")
    assert family(work(document, "vandermeer2017").authors) == ["van der Meer", "Zmerli"]
    assert work(document, "verba1995").edition == "2"
    assert (work(document, "vermeulen2019a").year_suffix, work(document, "vermeulen2019b").year_suffix) == ("a", "b")
    thesis = work(document, "vermeulen2019b")
    assert (thesis.type, thesis.genre, thesis.publisher) == ("thesis", "Doctoral dissertation",
                                                            "Universiteit van Amsterdam")
    warren = work(document, "warren1999")
    assert (warren.authors, family(warren.editors)) == ((), ["Warren"])
    assert family(work(document, "oecd2017").authors) == ["OECD"]


# -- (b) humanities: notes resolved to the list -------------------------------------------------------

def test_notes_resolve_to_the_list(documents):
    document = documents["whitfield2014-author-date"]
    assert len(document.notes) == 13
    assert cited(document, 1) == [("chaudhury1995", "pp. 44–61"), ("prakash1998", "p. 112")]
    assert cited(document, 2) == [("harland1998a", "p. 23")]
    assert cited(document, 3) == [("harland1998a", "p. 27")]  # ibid.
    assert cited(document, 4) == [("harland1998b", "pp. 140–142"), ("clarke2005a", "p. 12")]
    assert cited(document, 5) == [("clarke2005b", "p. 3")]
    assert cited(document, 6) == [("smith1990", "p. 4"), ("smith1990-2", "p. 212")]
    assert cited(document, 8) == [("parthasarathi2011", "p. 88"), ("riello2009", "p. 5")]
    assert cited(document, 9) == [("broadberry2006", "p. 4")]
    assert cited(document, 11) == [("devries2008", "p. 40")]
    assert cited(document, 12) == [("gommans2001", "p. 9"), ("wong1997", "pp. 12–15")]


def test_resolved_works_carry_the_full_record(documents):
    document = documents["whitfield2014-author-date"]
    harland = work(document, "harland1998a")
    assert (harland.type, harland.container_title, harland.volume, harland.issue, harland.page) == (
        "article-journal", "Journal of Asian Commerce", "14", "2", "17–39")
    assert harland.short_forms == ("Harland 1998a",)
    # the list prints no letters for Clarke 2005: list order gives a and b
    assert work(document, "clarke2005a").title == "Weavers and Brokers at Madras, 1690–1720"
    assert work(document, "clarke2005b").title.startswith("Cloth and Credit")
    # two Smiths of 1990, told apart by the initials the notes print
    assert (work(document, "smith1990").authors[0].given, work(document, "smith1990").short_forms) == (
        "James", ("J. Smith 1990",))
    assert (work(document, "smith1990-2").authors[0].given, work(document, "smith1990-2").type) == ("Anne", "chapter")
    assert family(work(document, "riello2009").editors) == ["Riello", "Roy"]
    assert work(document, "gommans2001").et_al is False and len(work(document, "gommans2001").authors) == 3


def test_ambiguous_and_unresolved_short_forms_stay_and_are_reported(documents):
    document = documents["whitfield2014-author-date"]
    assert cited(document, 7) == [("smith1990-3", "p. 7")]
    assert cited(document, 10) == [("mokyr2002", "p. 8")]
    assert work(document, "smith1990-3").title == "" and work(document, "mokyr2002").title == ""
    reported = [(p.kind, p.note, p.text) for p in document.problems if p.kind in ("ambiguous", "unresolved")]
    assert reported == [("ambiguous", 7, "Smith 1990"), ("unresolved", 10, "Mokyr 2002")]
    assert not any(p.kind == "resolved" for p in document.problems)  # a page's own list: matches are silent


def test_uncited_entries_follow_the_cited_works(documents):
    document = documents["whitfield2014-author-date"]
    assert document.works[-1].id == "subrahmanyam1990"
    assert document.works[-1].short_forms == ()
    assert document.citations_of("subrahmanyam1990") == []
    assert len(document.works) == 17  # 14 entries of 15 cited, 1 uncited, 2 short forms kept


# -- (c) LNCS ------------------------------------------------------------------------------------------

def test_lncs_page(documents):
    document = documents["nakamura2021-lncs"]
    chapter = document.chapter
    assert chapter.type == "paper-conference"
    assert (chapter.collection_title, chapter.volume) == ("Lecture Notes in Computer Science", "12345")
    assert family(chapter.editors) == ["Weber", "Lindgren"]
    assert len(document.works) == 14 and document.problems == ()  # 14 numbered entries
    lynch = work(document, "lynch1996")
    assert (lynch.type, lynch.title, lynch.publisher, lynch.publisher_place) == (
        "book", "Distributed Algorithms", "Morgan Kaufmann", "San Francisco")
    # A web page with a corporate author: its address is read; the author stays inside the title (a limit)
    etcd = work(document, "etcdauthorsetcd")
    assert etcd.url == "https://etcd.io" and etcd.title.endswith("etcd: a distributed, reliable key-value store")
    renesse = work(document, "vanrenesse2015")
    assert (renesse.title, renesse.volume, renesse.issue, renesse.page) == (
        "Paxos made moderately complex", "47", "3", "42:1–42:36")
    howard = work(document, "howard2017")
    assert (howard.type, howard.container_title, howard.collection_title, howard.collection_number, howard.page) == (
        "paper-conference", "OPODIS 2016", "LIPIcs", "70", "25:1–25:14")
    assert family(howard.editors) == ["Fatourou", "Jiménez", "Pedone"]
    yamada = work(document, "yamada2019")
    assert (yamada.collection_title, yamada.collection_number, yamada.doi) == (
        "LNCS", "11028", "10.1007/978-3-030-05366-6_7")
    arxiv = work(document, "charapko2020")
    assert (arxiv.type, arxiv.url) == ("document", "https://arxiv.org/abs/2003.07760")
    assert work(document, "whittaker2021").et_al
    assert family(work(document, "vanrenesse2015").authors) == ["van Renesse", "Altinbuken"]
    assert (work(document, "lamport1998").container_title, work(document, "lamport2001").container_title) == (
        "ACM Trans. Comput. Syst.", "ACM SIGACT News")


# -- (d) Springer basic ----------------------------------------------------------------------------------

def test_springer_basic_page(documents):
    document = documents["ferreira2018-springer-basic"]
    assert len(document.works) == 16 and document.problems == ()
    barnard = work(document, "barnard2013")
    assert [(n.family, n.given) for n in barnard.authors] == [
        ("Barnard", "R. L."), ("Osborne", "C. A."), ("Firestone", "M. K.")]
    assert (barnard.container_title, barnard.volume, barnard.page) == ("ISME J", "7", "2229–2241")
    assert (work(document, "devries2013").authors[0].particle, work(document, "devries2013").page) == ("de", "265")
    assert work(document, "devries2018").et_al
    paul = work(document, "paul2015")
    assert (paul.type, family(paul.editors), paul.edition, paul.publisher, paul.publisher_place) == (
        "book", ["Paul"], "4", "Academic Press", "London")
    tiedje = work(document, "tiedje2001")
    assert (tiedje.type, tiedje.container_title, tiedje.page, len(tiedje.editors)) == (
        "chapter", "Sustainable management of soil organic matter", "393–412", 4)
    assert work(document, "evans2012").title.endswith("does historical precipitation regime matter?")


# -- properties ----------------------------------------------------------------------------------------

HEADER = "Skip to main content\n\nA Title\n\n  • Chapter\nA Book\n\nNotes\n\n  1. Smith 1990, p. 4.\n\nReferences\n\n"
TAIL = "\nDownload references\n\nCite this chapter\n\nDoe, J. (1990). A Title. In: A Book. Springer, Berlin.\n"
ENTRY = st.one_of(
    st.sampled_from([
        "Smith, J. (1990). A book. Springer, Berlin.", "Smith J (1990) Title. J Name 12:45–67",
        "Smith, J.: Title. In: Proc. X, pp. 1–10. Springer, Heidelberg (1990)", "Smith, J. 1990. Title. Place: Pub.",
        "Smith, J. 1990a. “Title.” Journal 12 (3): 45–67.", "Smith, A. 1990. Another. London: Verso.",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ENTRY, min_size=1, max_size=12))
def test_every_entry_is_a_work_or_a_reported_problem(entries):
    entries = [squeeze(normalize_page(e)) for e in entries]  # one line each, as the page reader sees them
    entries = [e for e in entries if e and not is_link_line(e) and not ITEM.match(e)
               and heading_key(e) not in {*TAIL_HEADINGS, *NOTES_HEADINGS, *REFERENCES_HEADINGS,
                                          *ABBREVIATION_HEADINGS}]
    body = "".join(f"    {entry}\n\n    Google Scholar \n\n" for entry in entries)
    document = parse(HEADER + body + TAIL)
    listed = [w for w in document.works if not w.short_forms or w.title]
    unreadable = [p for p in document.problems if p.kind == "unparsed" and p.message.startswith("reference entry")]
    assert len(listed) + len(unreadable) == len(entries)
    assert [n.number for n in document.notes] == [1]
    for note in document.notes:
        for citation in note.citations:
            document.work(citation.work_id)
