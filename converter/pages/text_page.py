"""Read a chapter page copied or saved as text into PageContent."""

from __future__ import annotations

from converter.pages.abbreviations import parse_abbreviation_lines
from converter.pages.chapter import read_chapter
from converter.pages.content import PageContent
from converter.pages.numbered import split_entries, split_numbered
from converter.pages.sections import split_sections
from converter.text import normalize_page


def read_text_page(text: str) -> PageContent:
    sections = split_sections(normalize_page(text))
    items, problems = split_numbered(sections.notes)
    chapter, header_problems = read_chapter(sections.header + sections.tail, len(items))
    references, reference_problems = split_entries(sections.references)
    return PageContent(chapter=chapter, notes=items, references=references,
                       abbreviations=parse_abbreviation_lines(sections.abbreviations),
                       problems=problems + reference_problems + header_problems)
