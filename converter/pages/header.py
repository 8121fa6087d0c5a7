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
    EDITOR_HEADINGS,
    KEYWORD_HEADINGS,
    NOTES_HEADINGS,
    REFERENCES_HEADINGS,
    TAIL_HEADINGS,
    YEAR,
)
from converter.lexicon import PAGE_KINDS as LEXICON_PAGE_KINDS
from converter.model import CHAPTER
from converter.pages.bylines import byline_names
from converter.pages.line_facts import ISSUE_LINE, LABEL_FIELDS
from converter.pages.sections import heading_key, is_chrome, strip_bullet
from converter.text import squeeze

# The line by the title that says what kind of item the page is (the lexicon's table).
PAGE_KINDS = {printed: kind for printed, kind in LEXICON_PAGE_KINDS.items() if kind}
MAX_KEYWORD = 100
# Heading lists as sets: every header line is looked up in them.
ABSTRACTS, KEYWORDS, CITES, EDITORS = map(frozenset, (ABSTRACT_HEADINGS, KEYWORD_HEADINGS, CITE_HEADINGS,
                                                      EDITOR_HEADINGS))
# Headings that end the abstract (and the keyword list).
ABSTRACT_END = {
    *ABSTRACT_END_HEADINGS, *KEYWORD_HEADINGS, *ABSTRACT_HEADINGS, *NOTES_HEADINGS, *REFERENCES_HEADINGS,
    *TAIL_HEADINGS,
}
# Labelled metadata bullets ("DOI: ...") and the field each one feeds (data/page_layout.txt).
LABELS = LABEL_FIELDS
LABELLED = re.compile(r"^([A-Za-z][A-Za-z -]{1,30}):\s*(.+)$")
PAGE_RANGE = re.compile(r"^(?:pp\.?|pages?|S\.|Seiten?)\s*([\divxlcdm]+)\s*[–—-]\s*([\divxlcdm]+)$", re.IGNORECASE)
BOOK_SERIES = re.compile(
    r"^Part of the book series:\s*(?P<title>.+?)\s*"
    r"(?:\(\((?P<short>[^,()]*)(?:,\s*(?:volume|vol\.?)\s*(?P<number>[^)]+))?\)\))?\s*$",
    re.IGNORECASE,
)
SERIES_LABEL_ALONE = re.compile(r"^Part of the book series:$", re.IGNORECASE)
URL = re.compile(r"https?://\S+")
# Springer's citation line starts with the authors and the year: "Kraus, W. (1982). ...".
CITE_LINE_START = re.compile(r"^.{0,2000}?\((?:\d{4})[a-z]?\)\.\s")
# The event under a conference volume's title: "(KGW 2023)".
EVENT_LINE = re.compile(rf"^\((?P<event>[^()]{{1,80}}?\s(?:{YEAR}))\)$")
# Lines of a header's bibliographic block that are never a title: "First Online: ...", "Included in ...".
FACT_LINE = re.compile(r"^(?:first online|included in the following conference series|part of the book series|"
                       r"open access|free access|published online|published:|cite this|doi:)", re.IGNORECASE)
KIND_WITHIN = 80
MAX_BYLINES = 8
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*©?(?=\s*\d{4})|copyright\s+©(?=\s*[^\W\d_]))\s*(?P<year>\d{4})?",
                       re.IGNORECASE)
# Note markers glued to the abstract's text: "plan.1 The plan", "revised”2 and".
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_][.,;:!?”’\"'»)])|(?<=[“”’\"'»«)][.,;:!?]))(\d{1,3})(?=\s|$)"
    r"|(?<=\d[.])(\d{1,3})(?=\s+[A-Z])"
)


@dataclass
class Header:
    """What the page says about itself, before it is turned into a Work."""

    title: str = ""
    kind: str = ""  # from the kind line; "" when the page prints none
    book_title: str = ""
    abstract_lines: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    cite_line: str = ""
    series: tuple[str, str, str] = ("", "", "")  # title, short title, number
    pages: str = ""
    copyright: str = ""
    urls: list[str] = field(default_factory=list)
    editor_lines: list[str] = field(default_factory=list)  # the "Editor information" block
    event: str = ""  # "(KGW 2023)" under the book's title
    bylines: list[str] = field(default_factory=list)  # the lines naming the authors under the title


def read_header(lines: list[str]) -> Header:
    header = Header()
    clean = [squeeze(line) for line in lines]
    content = [(i, line) for i, line in enumerate(clean) if line and not is_chrome(line)]
    kind_at = kind_line(clean)
    if kind_at is not None:
        header.kind = PAGE_KINDS[strip_bullet(clean[kind_at]).lower()]
        before = [line for i, line in content if i < kind_at and not is_fact(line)]
        after = [(i, line) for i, line in content if i > kind_at]
        if clean[kind_at].lstrip()[:1] in "•·*":
            # SpringerLink's bullet under the title: the title above it, the book below.
            header.title = before[-1] if before else ""
            header.book_title = next((line for _, line in after if is_book_title(line)), "")
        else:
            # A kind line above the title (newer SpringerLink, most other publishers): the book, if any, above it.
            title_at = next((i for i, line in after if not is_fact(line)), None)
            header.title = clean[title_at] if title_at is not None else ""
            header.book_title = before[-1] if before and header.kind == CHAPTER else ""
            header.bylines = bylines_after(clean, title_at)
    for position, (i, line) in enumerate(content):
        item = strip_bullet(line)
        if SERIES_LABEL_ALONE.match(item) and position + 1 < len(content):
            item = f"{item} {content[position + 1][1]}"  # newer layouts print the series on the next line
        key = heading_key(item)
        labelled = LABELLED.match(item)
        if key in ABSTRACTS:
            header.abstract_lines = abstract_after(clean, i)
        elif key in KEYWORDS and not header.keywords:
            header.keywords = [strip_bullet(line) for line in abstract_after(clean, i) if len(line) <= MAX_KEYWORD]
        elif key in CITES and not CITE_LINE_START.match(header.cite_line):
            header.cite_line = cite_line_after([line for _, line in content[position + 1:position + 3]])
        elif key in EDITORS and not header.editor_lines:
            header.editor_lines = block_after(clean, i)
        elif BOOK_SERIES.match(item):
            match = BOOK_SERIES.match(item)
            header.series = (match["title"], (match["short"] or "").strip(), (match["number"] or "").strip())
        elif PAGE_RANGE.match(item) and not header.pages:
            match = PAGE_RANGE.match(item)
            header.pages = f"{match[1]}–{match[2]}"
        elif COPYRIGHT.match(item) and not header.copyright:
            header.copyright = item
        elif EVENT_LINE.match(item) and not header.event:
            header.event = EVENT_LINE.match(item)["event"]
        elif labelled and labelled[1].lower() in LABELS:
            header.labels.setdefault(LABELS[labelled[1].lower()], labelled[2].strip())
        header.urls.extend(URL.findall(item))
    return header


def kind_line(lines: list[str]) -> int | None:
    """Where the page says what it is ("• Chapter", "Research Article"): among its first lines, before
    the abstract (a buy box further down prints "Chapter" too)."""
    for i, line in enumerate(lines[:KIND_WITHIN]):
        if heading_key(line) in ABSTRACTS:
            return None
        if strip_bullet(line).lower() in PAGE_KINDS:
            return i
    return None


def is_fact(line: str) -> bool:
    """A header line that states a fact about the page, never its title or a byline."""
    item = strip_bullet(line)
    labelled = LABELLED.match(item)
    return bool(
        is_chrome(line) or item.lower() in PAGE_KINDS or heading_key(item) in CITES | ABSTRACTS
        or (labelled and labelled[1].lower() in LABELS) or PAGE_RANGE.match(item) or BOOK_SERIES.match(item)
        or EVENT_LINE.match(item) or URL.fullmatch(item) or FACT_LINE.match(item) or ISSUE_LINE.match(item)
    )


def bylines_after(lines: list[str], title_at: int | None) -> list[str]:
    """The lines right under the title that name people ("Jane Doe & John Roe", "By Jane Doe")."""
    if title_at is None:
        return []
    found = []
    for line in lines[title_at + 1:title_at + 1 + MAX_BYLINES]:
        if not line or is_chrome(line):
            continue
        if not byline_names(line):
            break
        found.append(line)
    return found


def cite_line_after(lines: list[str]) -> str:
    """The citation under a "Cite this ..." heading; SpringerLink may wrap it before "In:"."""
    if not lines:
        return ""
    first = lines[0]
    if len(lines) > 1 and lines[1].startswith("In: ") and " In: " not in first:
        return f"{first} {lines[1]}"
    return first


def block_after(lines: list[str], start: int) -> list[str]:
    """The lines under a heading, up to the next heading of the page's tail."""
    block = []
    for line in lines[start + 1:]:
        if heading_key(line) in ABSTRACT_END and heading_key(line) not in EDITORS:
            break
        if line:
            block.append(strip_bullet(line))
    return block


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
        if is_chrome(line) or heading_key(line) in ABSTRACT_END or URL.fullmatch(line):
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
