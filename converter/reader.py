"""parse_page(text) -> Document: the page reader, a named list of passes over one Reading.

(Named reader.py, not parse.py: a submodule `parse` would shadow the package's `parse` function.)

Each pass reads what the passes before it left on the Reading and adds its own part, as
bibtexparser v2's middlewares transform a library. In order (PASSES):

1. read the page        the page's format decides its reader (saved HTML, or text) -> PageContent
2. check it is a page   a title alone is no chapter page, nor text with neither a title nor a list
                        (ConversionError); notes or references alone are read, their chapter empty
3. read the notes       each note -> its citations, in note order, ibid. chains carried along
4. identify the works   which printed forms are one work, and its id
5. read the references  the page's reference list -> full works
6. link short forms     short forms -> the list's works, or a bibliography the caller gave
7. name the chapter     the chapter's id, unique among the works' ids ("no-chapter" for notes alone)
8. build the notes      the model's notes, each citation pointing at its work
9. expand abbreviations periodical sigla -> titles, from the page's list and the caller's table

Only a page with no chapter at all raises ConversionError; everything else that cannot be read
becomes a Problem on the Document.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from converter.errors import ConversionError
from converter.labeller.crf import shipped_labeller
from converter.model import NO_CHAPTER_ID, Citation, Document, Note, Problem, Work
from converter.notes.history import History
from converter.notes.labelled import read_labelled_note
from converter.notes.reading import NoteReading, looks_like_citation, read_note
from converter.notes.reference import Found, Reference
from converter.pages.content import PageContent, RawItem
from converter.pages.sniff import looks_like_html
from converter.pages.text_page import read_text_page
from converter.references.entry import parse_reference
from converter.references.labelled import LOW_CONFIDENCE, read_entry
from converter.resolve.abbreviations import apply_abbreviations
from converter.resolve.identity import Resolution, resolve
from converter.resolve.ids import chapter_id
from converter.resolve.linking import attach_full_works

DEFAULT = object()  # parse_page's labeller when none is given: the shipped model


@dataclass
class Reading:
    """One page on its way to a Document; each pass fills its part."""

    text: str
    abbreviations: Mapping[str, str]  # the caller's sigla (they win over the page's own list)
    bibliography: Sequence[Work]  # the caller's full works, for pages without a reference list
    labeller: object = None  # the citation labeller (labeller/crf.py); None: the rule readers alone
    content: PageContent | None = None
    problems: list[Problem] = field(default_factory=list)
    readings: list[tuple[RawItem, NoteReading]] = field(default_factory=list)
    cited: list[tuple[int, Reference]] = field(default_factory=list)  # (note number, reference), text order
    resolution: Resolution | None = None
    listed: list[Work] = field(default_factory=list)  # the reference list's works
    chapter: Work | None = None
    notes: tuple[Note, ...] = ()
    document: Document | None = None


def read_page(reading: Reading) -> None:
    if not reading.text.strip():
        raise ConversionError("the input is empty")
    page = reading.text
    if looks_like_html(page):
        from converter.pages.html_page import read_html_page  # lxml only for HTML input

        reading.content = read_html_page(page)
    else:
        reading.content = read_text_page(page)
    reading.problems.extend(reading.content.problems)


def check_it_is_a_page(reading: Reading) -> None:
    content = reading.content
    chapter = content.chapter
    if not chapter.title and not (content.notes or content.references):
        raise ConversionError("no chapter title found: this does not look like a chapter page")
    if not (content.notes or content.references or chapter.doi or chapter.isbns or chapter.authors):
        # A title alone is not enough: "Shopping list / Chapter / milk" would pass for a chapter.
        raise ConversionError("not a chapter page: no notes, references, DOI, ISBN or 'Cite this chapter' line")


def read_notes(reading: Reading) -> None:
    history = History()
    for item in reading.content.notes:
        if reading.labeller is None:
            note_reading = read_note(item.text, history)
        else:
            citations, unparsed = read_labelled_note(item.text, history, reading.labeller)
            suspicious = [item.text] if not citations and looks_like_citation(item.text) else []
            note_reading = NoteReading(citations, unparsed, suspicious)
        reading.readings.append((item, note_reading))
        for found in note_reading.citations:
            if found.reference is None:
                reading.problems.append(Problem("ibid-unresolved", found.unresolved, item.number,
                                                item.text[found.start:found.end]))
            else:
                reading.cited.append((item.number, found.reference))
            if found.confidence < LOW_CONFIDENCE:
                reading.problems.append(Problem(
                    "low-confidence", f"citation read with low confidence ({found.confidence:.2f}): check it",
                    item.number, item.text[found.start:found.end]))
        for clause in note_reading.suspicious:
            reading.problems.append(Problem("unparsed", "looks like a citation but was not read as one",
                                            item.number, clause))


def identify_works(reading: Reading) -> None:
    reading.resolution = resolve(reading.cited)


def read_references(reading: Reading) -> None:
    if reading.labeller is None:
        parsed = [parse_reference(entry) for entry in reading.content.references]
    else:
        parsed, previous = [], None
        for entry in reading.content.references:
            parsed.append(read_entry(entry, reading.labeller, previous))
            previous = parsed[-1].work or previous
    reading.listed = [p.work for p in parsed if p.work is not None]
    reading.problems.extend(problem for p in parsed for problem in p.problems)


def link_short_forms(reading: Reading) -> None:
    full = reading.listed or list(reading.bibliography)
    if full:
        reading.resolution = attach_full_works(reading.cited, reading.resolution, full,
                                               from_list=bool(reading.listed))


def name_the_chapter(reading: Reading) -> None:
    chapter = reading.content.chapter
    taken = {w.id for w in reading.resolution.works}
    # Notes read without their page have no chapter to name: a stable id, and writers leave the record out.
    reading.chapter = chapter.with_(id=chapter_id(chapter, taken) if chapter.title else NO_CHAPTER_ID)


def build_notes(reading: Reading) -> None:
    work_of = reading.resolution.work_of
    reading.notes = tuple(
        Note(number=item.number, text=item.text,
             citations=tuple(to_citation(item.text, f, work_of) for f in note.citations if f.reference),
             unparsed=note.unparsed)
        for item, note in reading.readings
    )
    reading.problems.extend(reading.resolution.problems)


def expand_abbreviations(reading: Reading) -> None:
    document = Document(chapter=reading.chapter, works=tuple(reading.resolution.works), notes=reading.notes,
                        problems=tuple(reading.problems))
    reading.document = apply_abbreviations(document, {**reading.content.abbreviations, **reading.abbreviations})


PASSES: tuple[tuple[str, Callable[[Reading], None]], ...] = (
    ("read the page", read_page),
    ("check it is a page", check_it_is_a_page),
    ("read the notes", read_notes),
    ("identify the works", identify_works),
    ("read the references", read_references),
    ("link short forms", link_short_forms),
    ("name the chapter", name_the_chapter),
    ("build the notes", build_notes),
    ("expand abbreviations", expand_abbreviations),
)


def parse_page(
    text: str, abbreviations: Mapping[str, str] | None = None, bibliography: Sequence[Work] | None = None,
    labeller=DEFAULT,
) -> Document:
    """`abbreviations` (siglum -> title) add to, and override, the page's own list. `bibliography`
    (full works, e.g. from sources.bibliography.load_bibliography) resolves short forms when the
    page has no reference list of its own."""
    if labeller is DEFAULT:
        labeller = shipped_labeller()
    reading = Reading(text, abbreviations or {}, bibliography or (), labeller)
    for _name, run in PASSES:
        run(reading)
    return reading.document


def to_citation(text: str, found: Found, work_of: dict[Reference, str]) -> Citation:
    return Citation(
        work_id=work_of[found.reference],
        text=text[found.start:found.end],
        locator=found.locator,
        prefix=found.prefix,
        ibid=found.ibid,
        continuation=found.continuation,
        confidence=round(found.confidence, 3),
    )


__all__ = ["PASSES", "ConversionError", "parse_page"]
