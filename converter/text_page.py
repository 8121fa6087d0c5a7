"""Read a chapter page copied or saved as text into PageContent."""

from __future__ import annotations

from .abbreviations import parse_abbreviation_lines
from .content import PageContent
from .header import read_chapter
from .notes import split_numbered
from .references import split_entries
from .page import split_sections
from .text import normalize_page


def read_text_page(text: str) -> PageContent:
    sections = split_sections(normalize_page(text))
    items, problems = split_numbered(sections.notes)
    chapter, header_problems = read_chapter(sections.header + sections.tail, len(items))
    references, reference_problems = split_entries(sections.references)
    return PageContent(chapter=chapter, notes=items, references=references,
                       abbreviations=parse_abbreviation_lines(sections.abbreviations),
                       problems=problems + reference_problems + header_problems)
