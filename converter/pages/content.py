"""What a page reader hands on, whatever the page's format (text copy, saved HTML).

Readers (text_page.py, html_page.py) fill a PageContent; reader.py turns it into a Document.
Keeping this seam small is what lets a new page format be one module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from converter.model import Problem, Work


@dataclass
class RawItem:
    """One entry of a numbered list (a note, or a reference), text as printed."""

    number: int
    text: str


@dataclass
class PageContent:
    chapter: Work  # the chapter record, id not yet assigned
    notes: list[RawItem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)  # the reference list's entries, one string each
    abbreviations: dict[str, str] = field(default_factory=dict)  # the page's own list: siglum -> title
    problems: list[Problem] = field(default_factory=list)
