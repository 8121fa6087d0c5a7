"""The chapter header and the "Cite this chapter" block -> one chapter Work.

Fields are taken from where the page states them, most specific first: the labelled bullets
("Publisher Name:", "Print ISBN:") over the citation line, the citation line over the heading
lines. Page chrome never reaches a field: lines are filtered by page.is_chrome first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import (
    ABSTRACT_END_HEADINGS,
    ABSTRACT_HEADINGS,
    CITE_HEADINGS,
    KEYWORD_HEADINGS,
    NOTES_HEADINGS,
    REFERENCES_HEADINGS,
    TAIL_HEADINGS,
)
from converter.model import BOOK, CHAPTER, ENTRY, PAPER_CONFERENCE
from converter.pages.sections import heading_key, is_chrome, strip_bullet
from converter.text import squeeze

# The line under the title that says what kind of item the page is.
PAGE_KINDS = {
    "chapter": CHAPTER,
    "conference paper": PAPER_CONFERENCE,
    "reference work entry": ENTRY,
    "living reference work entry": ENTRY,
    "protocol": CHAPTER,
    "book": BOOK,
}
MAX_KEYWORD = 100
# Headings that end the abstract (and the keyword list).
ABSTRACT_END = {
    *ABSTRACT_END_HEADINGS, *KEYWORD_HEADINGS, *ABSTRACT_HEADINGS, *NOTES_HEADINGS, *REFERENCES_HEADINGS,
    *TAIL_HEADINGS,
}
# Labelled metadata bullets ("DOI: ...") and the field each one feeds.
LABELS = {
    "doi": "doi",
    "publisher name": "publisher",
    "print isbn": "isbn_print",
    "online isbn": "isbn_online",
    "isbn": "isbn_print",
    "series issn": "issn",
    "print issn": "issn",
    "published": "published",
    "first online": "first_online",
    "ebook packages": "packages",
    "book title": "book_title",
    "book subtitle": "book_subtitle",
    "editors": "editors",
    "series title": "series",
    "series volume": "series_number",
    "language": "language",
}
LABELLED = re.compile(r"^([A-Za-z][A-Za-z -]{1,30}):\s*(.+)$")
PAGE_RANGE = re.compile(r"^(?:pp\.?|pages?|S\.|Seiten?)\s*([\divxlcdm]+)\s*[–—-]\s*([\divxlcdm]+)$", re.IGNORECASE)
BOOK_SERIES = re.compile(
    r"^Part of the book series:\s*(?P<title>.+?)\s*"
    r"(?:\(\((?P<short>[^,()]*)(?:,\s*(?:volume|vol\.?)\s*(?P<number>[^)]+))?\)\))?\s*$",
    re.IGNORECASE,
)
URL = re.compile(r"https?://\S+")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*©?(?=\s*\d{4}))\s*(?P<year>\d{4})?", re.IGNORECASE)
# Note markers glued to the abstract's text: "plan.1 The plan", "revised”2 and".
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_][.,;:!?”’\"'»)])|(?<=[“”’\"'»«)][.,;:!?]))(\d{1,3})(?=\s|$)"
    r"|(?<=\d[.])(\d{1,3})(?=\s+[A-Z])"
)


@dataclass
class Header:
    """What the page says about itself, before it is turned into a Work."""

    title: str = ""
    kind: str = CHAPTER
    book_title: str = ""
    abstract_lines: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    cite_line: str = ""
    series: tuple[str, str, str] = ("", "", "")  # title, short title, number
    pages: str = ""
    copyright: str = ""
    urls: list[str] = field(default_factory=list)


def read_header(lines: list[str]) -> Header:
    header = Header()
    clean = [squeeze(line) for line in lines]
    kind_at = next((i for i, line in enumerate(clean) if strip_bullet(line).lower() in PAGE_KINDS), None)
    content = [(i, line) for i, line in enumerate(clean) if line and not is_chrome(line)]
    if kind_at is not None:
        header.kind = PAGE_KINDS[strip_bullet(clean[kind_at]).lower()]
        before = [line for i, line in content if i < kind_at]
        after = [line for i, line in content if i > kind_at]
        header.title = before[-1] if before else ""
        header.book_title = next((line for line in after if is_book_title(line)), "")
    for position, (i, line) in enumerate(content):
        item = strip_bullet(line)
        key = heading_key(item)
        labelled = LABELLED.match(item)
        if key in ABSTRACT_HEADINGS:
            header.abstract_lines = abstract_after(clean, i)
        elif key in KEYWORD_HEADINGS and not header.keywords:
            header.keywords = [strip_bullet(line) for line in abstract_after(clean, i) if len(line) <= MAX_KEYWORD]
        elif key in CITE_HEADINGS and not header.cite_line:
            header.cite_line = content[position + 1][1] if position + 1 < len(content) else ""
        elif BOOK_SERIES.match(item):
            match = BOOK_SERIES.match(item)
            header.series = (match["title"], (match["short"] or "").strip(), (match["number"] or "").strip())
        elif PAGE_RANGE.match(item) and not header.pages:
            match = PAGE_RANGE.match(item)
            header.pages = f"{match[1]}–{match[2]}"
        elif COPYRIGHT.match(item) and not header.copyright:
            header.copyright = item
        elif labelled and labelled[1].lower() in LABELS:
            header.labels.setdefault(LABELS[labelled[1].lower()], labelled[2].strip())
        header.urls.extend(URL.findall(item))
    return header


def is_book_title(line: str) -> bool:
    item = strip_bullet(line)
    return not (
        item.lower().startswith("part of the book series")
        or PAGE_RANGE.match(item)
        or LABELLED.match(item)
        or heading_key(item) in {*ABSTRACT_HEADINGS, "authors", "editors"}
    )


def abstract_after(lines: list[str], start: int) -> list[str]:
    paragraphs = []
    for line in lines[start + 1:]:
        if not line:
            continue
        if is_chrome(line) or heading_key(line) in ABSTRACT_END:
            break
        paragraphs.append(line)
    return paragraphs


def strip_note_markers(paragraph: str, highest: int) -> str:
    """Remove footnote numbers glued to punctuation, in increasing order up to the last note."""
    last = 0

    def replace(match: re.Match) -> str:
        nonlocal last
        number = int(match.group(1) or match.group(2))
        if last < number <= max(highest, 1):
            last = number
            return ""
        return match.group(0)

    return GLUED_MARKER.sub(replace, paragraph)
