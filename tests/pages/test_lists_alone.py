"""Notes or a reference list copied without their page: read, written, and no chapter record invented."""

from __future__ import annotations

import json

import pytest
from case_files import page_of
from click.testing import CliRunner

from converter import parse, write
from converter.cli import main
from converter.model import NO_CHAPTER_ID
from converter.writers import WRITERS

NOTES_ALONE = page_of("notes-alone")
REFERENCES_ALONE = page_of("references-alone")


@pytest.fixture(scope="module")
def notes():
    return parse(NOTES_ALONE.read_text(encoding="utf-8"))


def test_notes_alone_are_read_without_a_chapter(notes):
    assert not notes.has_chapter and notes.chapter.id == NO_CHAPTER_ID and not notes.chapter.title
    assert [n.number for n in notes.notes] == [1, 2, 3, 4, 5, 7, 7, 8, 1, 2]
    assert [p.message for p in notes.problems if p.kind == "header"] == [
        "no chapter header (no title): the notes and works are read without their page; no chapter record is written"]
    assert "note 1 follows note 8 (out of order)" in [p.message for p in notes.problems]


def test_a_part_heading_ends_the_note_before_it(notes):
    assert notes.notes[7].text == "See also Liang Fang-chung 1958, pp. 30 ff.; Fairbank 1974, p. 215."


@pytest.mark.parametrize("format_name", [name for name in WRITERS if name != "json"])
def test_no_writer_writes_a_chapter_record(notes, format_name):
    text = write(notes, format_name)
    assert NO_CHAPTER_ID not in text
    if format_name in ("text", "bibliography-html"):  # a formatted bibliography prints no keys
        assert "Hartwell" in text and "State Statistical Bureau" in text
    else:
        assert "hartwell1962" in text and "statestatisticalbureau1957" in text


def test_the_citation_note_names_the_notes_alone(notes):
    ris = write(notes, "ris")
    assert "N1  - Cited as “Ostrowski 1960” in note 2 (p. 8)." in ris  # no chapter to name


def test_the_model_keeps_the_empty_chapter(notes):
    data = json.loads(write(notes, "json"))
    assert data["chapter"] == {"id": NO_CHAPTER_ID, "type": "chapter"}


def test_a_reference_list_alone_gives_its_works():
    document = parse(REFERENCES_ALONE.read_text(encoding="utf-8"))
    assert not document.has_chapter and not document.notes
    assert [w.id for w in document.works] == ["abernathy1994", "bruckner2001", "castellanos1988", "duarte1993"]


def test_the_command_line_warns_of_the_missing_chapter(tmp_path):
    result = CliRunner().invoke(main, [str(NOTES_ALONE), "-f", "ris", "-o", str(tmp_path / "out.ris")])
    assert result.exit_code == 0
    assert f"Warning: {NOTES_ALONE}: no chapter header found: its notes and works are written without a chapter " \
           "record" in result.stderr


@pytest.mark.parametrize("text", [
    "1. On the levy see Hartwell 1962, p. 4.\n2. Ibid., p. 5.\n",
    "[1] Hartwell 1962, p. 4.\n[2] Ibid., p. 5.\n",
    "1 Hartwell 1962, p. 4.\n2 Ibid., p. 5.\n",
    "Endnotes\n\n1) Hartwell 1962, p. 4.\n2) Ibid., p. 5.\n",
])
def test_any_numbering_of_notes_alone(text):
    document = parse(text)
    assert [(n.number, [c.work_id for c in n.citations]) for n in document.notes] == [
        (1, ["hartwell1962"]), (2, ["hartwell1962"])]


@pytest.mark.parametrize("text", [
    "1. 2. 3. 4.\n" * 5,  # numbers, nothing cited
    "1. Buy milk\n2. Call the bank\n",
    "The meeting moved to 1995.\nIt was a long year, 1996 too.\n",  # prose with years is no reference list
])
def test_a_list_that_cites_nothing_is_no_page(text):
    from converter.errors import ConversionError

    with pytest.raises(ConversionError, match="no chapter title found"):
        parse(text)


def test_a_saved_html_page_of_notes_alone():
    page = ("<!DOCTYPE html><html><head></head><body><h2>Notes</h2><ol><li>Hartwell 1962, p. 4.</li>"
            "<li>Ibid., p. 5.</li></ol></body></html>")
    document = parse(page)
    assert not document.has_chapter
    assert [(n.number, [c.work_id for c in n.citations]) for n in document.notes] == [
        (1, ["hartwell1962"]), (2, ["hartwell1962"])]


def test_a_saved_html_page_with_neither_title_nor_lists_is_no_page():
    from converter.errors import ConversionError

    with pytest.raises(ConversionError, match="no chapter title found in the HTML page"):
        parse("<!DOCTYPE html><html><head></head><body><p>Dear all,</p></body></html>")


def test_notes_alone_combine_with_chapters_without_a_chapter_record(notes):
    from testdata import EXAMPLE

    from converter import combine_documents, write_combined

    chapter = parse(EXAMPLE.read_text(encoding="utf-8"))
    other = parse("1. Ostrowski 1960, p. 9.\n2. Ibid., p. 12.\n")
    combined = combine_documents([notes, chapter, other])
    assert combined.chapters == 1 and not combined.repeated  # two notes-alone inputs are no repeated chapter
    ris = write_combined(combined, "ris")
    assert NO_CHAPTER_ID not in ris and "ID  - ostrowski1960" in ris
