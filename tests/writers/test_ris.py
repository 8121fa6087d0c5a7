"""RIS writer: tables, record shape, and round trips through rispy (which knows neither BT nor SV)."""

import re

import pytest
import rispy
from case_files import CASES, read_case
from hypothesis import given, settings
from writer_fixtures import documents

from converter.model import WORK_TYPES, Citation, Date, Document, Name, Note, Work
from converter.writers import WRITERS, ris
from converter.writers.options import WriteOptions
from converter.writers.records import ET_AL_NOTE, PREPRINT, citation_notes, keys, kind, one_line, records

TAG_LINE = re.compile(r"^[A-Z][A-Z0-9]  - ")


def sampler() -> Document:
    return read_case("sampler")


def expected_author(name: Name) -> str:
    """What the AU line should hold, by the rule in ris.py's docstring (institutions end in a comma)."""
    if name.literal:
        return one_line(name.literal) + "," if one_line(name.literal) else ""
    family, given, suffix = one_line(f"{name.particle} {name.family}"), one_line(name.given), one_line(name.suffix)
    if not family:
        return given
    return ", ".join([family, given, suffix] if suffix else [family, given] if given else [family])


def check_shape(text: str, count: int):
    """CRLF only; TY first, ER last, tag lines only, records separated by exactly one blank line."""
    assert "\r" not in text.replace("\r\n", "") and "\n" not in text.replace("\r\n", "")
    assert not text.startswith("\ufeff")
    records_text = text.split("\r\n\r\n") if text else []
    assert len(records_text) == count
    for record in records_text:
        lines = record.removesuffix("\r\n").split("\r\n")
        assert lines[0].startswith("TY  - ") and lines[-1] == "ER  - "
        assert all(TAG_LINE.match(line) and line[6:].strip() for line in lines[:-1]), lines
        assert sum(line.startswith(("TY  - ", "ER  - ")) for line in lines) == 2


def check_round_trip(document: Document, options: WriteOptions = WriteOptions()):
    works = records(document, options)
    text = ris.write(document, options)
    check_shape(text, len(works))
    entries = rispy.loads(text)
    assert len(entries) == len(works)
    notes = citation_notes(document, options)
    key_of = keys(works, options)
    for work, entry in zip(works, entries):
        assert entry["type_of_reference"] == ris.TYPES[kind(work)]
        assert entry.get("id", "") == key_of[work.id]
        assert entry["unknown_tag"]["M2"] == [f"Citation Key: {key_of[work.id]}"]  # rispy does not name M2
        assert entry.get("title", "") == one_line(work.title)
        assert entry.get("authors", []) == [a for a in map(expected_author, work.authors) if a]
        assert entry.get("year", "") == (f"{work.issued.year:04d}" if work.issued else "")
        expected_notes = [one_line(work.note)] if one_line(work.note) else []
        if work.et_al:
            expected_notes.append(ET_AL_NOTE)
        if work.issued and work.issued.end:
            expected_notes.append(ris.range_note(work.issued))
        if one_line(notes.get(work.id, "")):
            expected_notes.append(one_line(notes[work.id]))
        assert entry.get("notes", []) == expected_notes
        if one_line(work.url):  # rispy splits UR on ";" and strips the pieces
            assert entry["urls"] == [part.strip() for part in one_line(work.url).split(";")]
    return entries


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cases_round_trip_through_rispy(case):
    check_round_trip(read_case(case))


@settings(max_examples=100, deadline=None)
@given(documents())
def test_hostile_documents_round_trip(document):
    check_round_trip(document)


INJECTIONS = ["\nER  - \nTY  - JOUR\n", "\r\nTY  - ", "ER  - ", "\u2028AU  - x", "\x85x", "\n\nTI  - x", "a\r\rb"]
TEXT_FIELDS = [f for f in Work.__dataclass_fields__ if isinstance(getattr(Work(id="x"), f), str) and f != "type"]


@pytest.mark.parametrize("injection", INJECTIONS, ids=repr)
def test_no_value_starts_a_tag_or_ends_its_record(injection):
    person = Name(family=f"F{injection}", given=f"G{injection}", particle=f"von{injection}", suffix=f"Jr{injection}")
    work = Work(
        authors=(person, Name(literal=f"Inst{injection}")), editors=(person,), issued=Date((1950, 2, 3)),
        **{field: f"v {injection} w" for field in TEXT_FIELDS},
    )
    entries = check_round_trip(Document(chapter=work))
    assert len(entries) == 1


# --- tables and small functions ---------------------------------------------------------------


def test_registered():
    assert WRITERS["ris"] is ris
    assert ris.EXTENSION == "ris" and ris.MEDIA_TYPE == "application/x-research-info-systems"


def test_every_model_type_has_a_ty_and_none_is_gen():
    assert set(ris.TYPES) == set(WORK_TYPES) | {PREPRINT}
    assert "GEN" not in ris.TYPES.values()
    assert ris.TYPES["document"] == "BOOK"


@pytest.mark.parametrize(
    "name, written",
    [
        (Name(family="Kraus", given="Willy"), "Kraus, Willy"),
        (Name(literal="State Statistical Bureau"), "State Statistical Bureau,"),
        (Name(family="Beethoven", given="Ludwig", particle="van"), "van Beethoven, Ludwig"),
        (Name(family="King", given="Martin Luther", suffix="Jr."), "King, Martin Luther, Jr."),
        (Name(family="Mao", given="Tse-tung", family_first=True), "Mao, Tse-tung"),
        (Name(family="Mao"), "Mao"),
        (Name(given="Aristotle"), "Aristotle"),
        (Name(literal=" \n"), ""),
    ],
)
def test_names(name, written):
    assert ris.ris_name(name) == written


@pytest.mark.parametrize(
    "date, tags, note",
    [
        (Date((1956,)), [("PY", "1956")], ""),
        (Date((1957, 12)), [("PY", "1957"), ("DA", "1957/12//")], ""),
        (Date((1953, 9, 22)), [("PY", "1953"), ("DA", "1953/09/22/")], ""),
        (Date((1959,), (1960,)), [("PY", "1959")], "Published 1959–1960."),
        (Date((1956, 7), (1956, 9)), [("PY", "1956")], "Published 1956-07/1956-09."),
        (Date((856,)), [("PY", "0856")], ""),
    ],
)
def test_dates(date, tags, note):
    assert ris.date_tags(date) == tags
    assert ris.range_note(date) == note


def tags_of(work: Work, citation_note: str = "") -> list[tuple[str, str]]:
    return ris.tags(work, citation_note)


def test_chapter_tags_follow_zotero_and_bibutils():
    chapter = sampler().chapter
    tags = dict(tags_of(chapter))
    assert tags["T2"] == tags["BT"] == chapter.container_title  # Zotero reads T2, bibutils BT
    assert tags["T3"] == chapter.collection_title and tags["SV"] == chapter.collection_number
    assert (tags["SP"], tags["EP"]) == ("27", "52")
    assert tags["SN"] == "978-1-4612-5730-1 978-1-4612-5728-8"
    assert [value for tag, value in tags_of(chapter) if tag == "A2"] == ["van den Berg, Jan", "Smith, John, Jr."]
    assert "IS" not in tags  # Zotero would read a chapter's IS as its book's number of volumes


def test_book_editors_are_a3_and_series_t2():
    book = Work(id="b", editors=(Name(family="Ed", given="A"),), collection_title="Series", collection_number="4")
    assert tags_of(book) == [("A3", "Ed, A"), ("T2", "Series"), ("M1", "4")]


def test_periodicals_carry_issn_and_abbreviation():
    article = Work(id="a", type="article-magazine", container_title="China News Analysis", container_title_short="CNA",
                   issue="3", issn="0009-4420", isbns=("978-0-00-000000-2",))
    assert tags_of(article) == [("T2", "China News Analysis"), ("J2", "CNA"), ("IS", "3"), ("SN", "0009-4420")]


def test_notes_order_own_et_al_range_citation():
    work = Work(id="w", note="Own.", et_al=True, authors=(Name(family="A"),), issued=Date((1959,), (1960,)))
    chapter = Work(id="c", authors=(Name(family="Kraus"),), issued=Date((1982,)))
    document = Document(chapter=chapter, works=(work,), notes=(Note(1, "x", (Citation("w", "x"),)),))
    entry = rispy.loads(ris.write(document, WriteOptions(what="works")))[0]
    assert entry["authors"] == ["A"]  # no fake "et al." author
    assert entry["notes"] == ["Own.", ET_AL_NOTE, "Published 1959–1960.", "Cited in Kraus 1982, note 1."]


@pytest.mark.parametrize("what", ["all", "chapter", "works"])
def test_records_follow_records(what):
    document = sampler()
    options = WriteOptions(what=what)
    assert [e["id"] for e in rispy.loads(ris.write(document, options))] == [w.id for w in records(document, options)]


def test_conference_papers_carry_the_proceedings_title_in_c3_and_bt():
    paper = Work(id="p", type="paper-conference", title="T", container_title="DCN 2019", publisher_place="Cham")
    text = ris.write(Document(chapter=paper))
    assert "C3  - DCN 2019\r\nBT  - DCN 2019\r\n" in text and "T2  -" not in text


def test_an_arxiv_preprint_is_a_report_numbered_by_its_id():
    text = ris.write(Document(chapter=Work(id="p", type="document", url="https://arxiv.org/abs/2003.07760")))
    assert text.startswith("TY  - RPRT\r\n") and "SN  - arXiv:2003.07760\r\n" in text


def test_the_citation_key_is_the_id_and_an_extra_line():
    work = Work(id="donnithorne1967", citation_key="don67")
    text = ris.write(Document(chapter=work))
    assert "ID  - don67\r\n" in text and "M2  - Citation Key: don67\r\n" in text


def test_citation_notes_can_be_turned_off():
    assert "Cited in" in ris.write(sampler())
    assert "Cited in" not in ris.write(sampler(), WriteOptions(citation_notes=False))


def test_deterministic_and_empty():
    assert ris.write(sampler()) == ris.write(sampler())
    assert ris.write(Document(chapter=Work(id="x")), WriteOptions(what="works")) == ""


@pytest.mark.parametrize(
    "text, line",
    [("a\nb", "a b"), ("a\r\n\r\nb", "a b"), (" a\u2028b\x85c\x0bd ", "a b c d"), ("a\x00b\x1bc", "abc"), ("\t", "")],
)
def test_one_line(text, line):
    assert one_line(text) == line
