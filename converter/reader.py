"""parse_page(text) -> Document: the page reader, wiring the small modules together.

(Named reader.py, not parse.py: a submodule `parse` would shadow the package's `parse` function.)

a page reader (text_page) -> PageContent: chapter + numbered notes -> citations (per note)
-> identity (works and ids) -> Document. Only a page with no title at all raises
(ConversionError); everything else that cannot be read becomes a Problem on the Document.

A page's reference list (references.py) gives full works; the notes' short forms are linked to
them (linking.py), and list entries no note cites follow the cited works. Without a list, a
bibliography the caller loaded (bibliography.py) is used the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from converter.errors import ConversionError
from converter.model import Citation, Document, Note, Problem, Work
from converter.notes.history import History
from converter.notes.reading import read_note
from converter.notes.reference import Found, Reference
from converter.pages.content import PageContent
from converter.pages.html_page import looks_like_html, read_html_page
from converter.pages.text_page import read_text_page
from converter.references.entry import parse_reference
from converter.resolve.abbreviations import apply_abbreviations
from converter.resolve.identity import resolve
from converter.resolve.ids import chapter_id
from converter.resolve.linking import attach_full_works


def read_page(text: str) -> PageContent:
    """The reader for the page's format: a saved HTML page, or a page copied as text."""
    return read_html_page(text) if looks_like_html(text) else read_text_page(text)


def parse_page(
    text: str, abbreviations: Mapping[str, str] | None = None, bibliography: Sequence[Work] | None = None,
) -> Document:
    """`abbreviations` (siglum -> title) add to, and override, the page's own list. `bibliography`
    (full works, e.g. from bibliography.load_bibliography) resolves short forms when the page has no
    reference list of its own."""
    if not text.strip():
        raise ConversionError("the input is empty")
    content = read_page(text)
    chapter, items, problems = content.chapter, content.notes, list(content.problems)
    if not (items or content.references or chapter.doi or chapter.isbns or chapter.authors):
        # A title alone is not enough: "Shopping list / Chapter / milk" would pass for a chapter.
        raise ConversionError("not a chapter page: no notes, references, DOI, ISBN or 'Cite this chapter' line")

    readings = []
    history = History()
    for item in items:
        reading = read_note(item.text, history)
        readings.append((item, reading))
        for found in reading.citations:
            if found.reference is None:
                problems.append(Problem("ibid-unresolved", found.unresolved, item.number,
                                        item.text[found.start:found.end]))
        for clause in reading.suspicious:
            problems.append(Problem("unparsed", "looks like a citation but was not read as one", item.number, clause))

    cited = [(item.number, f.reference) for item, reading in readings for f in reading.citations if f.reference]
    resolution = resolve(cited)
    parsed = [parse_reference(entry) for entry in content.references]
    listed = [p.work for p in parsed if p.work is not None]
    problems.extend(problem for p in parsed for problem in p.problems)
    if listed or bibliography:
        resolution = attach_full_works(cited, resolution, listed or list(bibliography), from_list=bool(listed))
    chapter = chapter.with_(id=chapter_id(chapter, {w.id for w in resolution.works}))
    notes = tuple(
        Note(
            number=item.number,
            text=item.text,
            citations=tuple(to_citation(item.text, f, resolution.work_of) for f in reading.citations if f.reference),
            unparsed=reading.unparsed,
        )
        for item, reading in readings
    )
    problems.extend(resolution.problems)
    document = Document(chapter=chapter, works=tuple(resolution.works), notes=notes, problems=tuple(problems))
    return apply_abbreviations(document, {**content.abbreviations, **(abbreviations or {})})


def to_citation(text: str, found: Found, work_of: dict[Reference, str]) -> Citation:
    return Citation(
        work_id=work_of[found.reference],
        text=text[found.start:found.end],
        locator=found.locator,
        prefix=found.prefix,
        ibid=found.ibid,
        continuation=found.continuation,
    )


__all__ = ["parse_page", "ConversionError"]
