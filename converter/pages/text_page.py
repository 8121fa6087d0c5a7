"""Read a chapter page copied or saved as text into PageContent.

A page's notes are the list under a notes heading, or the numbered notes under "References" (Cambridge
Core prints footnotes there); its references the rest. Text with no chapter header at all, only a list of
notes or a reference list (copied alone), is read as that list: its chapter record stays empty and the
page says so. Text with neither a header nor a list is no page (ConversionError).
"""

from __future__ import annotations

from converter.errors import ConversionError
from converter.lexicon import CONTENT_END_HEADINGS, YEAR_RE
from converter.model import Problem
from converter.pages.abbreviations import parse_abbreviation_lines
from converter.pages.chapter import read_chapter
from converter.pages.content import PageContent, RawItem
from converter.pages.list_kinds import is_reference_list, note_cues
from converter.pages.numbered import numbered_parts, split_entries, split_numbered
from converter.pages.sections import heading_key, split_sections
from converter.references.entry import parse_reference
from converter.text import normalize_page

# The lines of a text with no header and no numbers are a reference list when at least this share of
# its entries reads as references.
DATED_SHARE = 0.5
CONTENT_END = frozenset(CONTENT_END_HEADINGS)


def read_text_page(text: str) -> PageContent:
    sections = split_sections(normalize_page(text))
    items, problems = split_numbered(sections.notes)
    references, reference_problems = split_entries(sections.references)
    if not items and notes_under_references(sections.references):
        items, problems = split_numbered(sections.references)
        references, reference_problems = [], []
    chapter, header_problems = read_chapter(sections.header + sections.tail, len(items))
    if not chapter.title and not (items or references):
        items, references, problems = list_alone(sections.header)
        if not (items or references):
            raise ConversionError("no chapter title found: this does not look like a chapter page")
    elif not (items or references):
        # A list under no heading of its own: a book's back matter ("Bibliography", "Notes"), or footnotes
        # printed straight under an article. Only up to the page's tail, and only what cites.
        body = sections.header
        end = next((i for i, line in enumerate(body) if heading_key(line) in CONTENT_END), len(body))
        items, references, problems = list_alone(body[:end], readable_only=True)
    return PageContent(chapter=chapter, notes=items, references=references,
                       abbreviations=parse_abbreviation_lines(sections.abbreviations),
                       problems=problems + reference_problems + header_problems)


def notes_under_references(lines: list[str]) -> bool:
    """Numbered notes under a "References" heading: numbered per page, or reading as notes."""
    numbered = numbered_parts(lines)
    texts = [" ".join(parts) for parts in numbered.parts]
    return numbered.style == "page-note" or (bool(texts) and note_cues(texts))


def list_alone(lines: list[str], readable_only: bool = False) -> tuple[list[RawItem], list[str], list[Problem]]:
    """A text that is only a list: numbered notes, a numbered reference list, or unnumbered entries.
    A list counts when something in it cites: a year, or a note pointing back ("Ibid."). Among the lines
    of a header (`readable_only`), only entries that read as references are a reference list's."""
    items, problems = split_numbered(lines)
    texts = [item.text for item in items]
    if not (any(YEAR_RE.search(text) for text in texts) or note_cues(texts)):
        items, problems = [], []
    if items and not is_reference_list(texts):
        return items, [], problems
    entries, entry_problems = split_entries(lines)
    if readable_only:
        entries = [entry for entry in entries if reads_as_reference(entry)]
    if items or sum(1 for entry in entries if reads_as_reference(entry)) >= max(2, DATED_SHARE * len(entries)):
        return [], entries, entry_problems
    return [], [], []


def reads_as_reference(entry: str) -> bool:
    """An entry the reference reader reads into a work with authors, a year and a title (prose does not)."""
    if not YEAR_RE.search(entry):
        return False
    work = parse_reference(entry).work
    return work is not None and bool(work.authors and work.issued and work.title)
