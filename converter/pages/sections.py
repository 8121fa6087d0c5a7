"""Cut a chapter page (as text) into its parts: header lines, the notes list, the tail.

SpringerLink pages copied from a browser or saved as text keep one paragraph per line, a
section heading on its own line, and bullets ("•") before metadata items. Everything here is
driven by tables of headings and chrome lines, so other publishers' layouts can be added as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import (
    ABBREVIATION_HEADINGS,
    ABSTRACT_HEADINGS,
    CHROME_LINE,
    KEYWORD_HEADINGS,
    LINK_DISTINCTIVE,
    LINK_LINE,
    LINK_TAIL,
    LINK_TARGETS,
    LINK_WORDS,
    NOTES_HEADINGS,
    PAGE_KINDS,
    PAGE_NOTE_LABEL,
    REFERENCES_HEADINGS,
    TAIL_HEADINGS,
    YEAR,
)
from converter.text import squeeze

# The lexicon's heading lists as sets: every line of a page is looked up in them.
NOTES = frozenset(NOTES_HEADINGS)
REFERENCES = frozenset(REFERENCES_HEADINGS)
ABBREVIATIONS = frozenset(ABBREVIATION_HEADINGS)
TAIL = frozenset(TAIL_HEADINGS)
CHROME = re.compile(CHROME_LINE, re.IGNORECASE)
LINKS = re.compile(LINK_LINE, re.IGNORECASE)
LINK_TAIL_RUN = re.compile(LINK_TAIL, re.IGNORECASE)
# Looked for inside a run already made of link words only, where no distinctive one hides inside another.
DISTINCTIVE_LINK = re.compile(LINK_DISTINCTIVE, re.IGNORECASE)
BULLET = re.compile(r"^\s*[•·\-*]\s*")
# Link words glued to an entry are looked for in its last characters only (bounded work per entry), and only
# when its last word ends as a link word does ("Scholar", "CrossRef", "...CrossRefGoogle Scholar").
TAIL_WINDOW = 300
LAST_LINK_WORDS = tuple({phrase.split()[-1] for phrase in (*LINK_WORDS, *LINK_TARGETS)})


def is_chrome(line: str) -> bool:
    """Page chrome (menus, prices, counters) or a line made only of link words, in any combination."""
    item = strip_bullet(line)
    return bool(CHROME.match(item) or LINKS.fullmatch(item))


def strip_link_tail(text: str) -> str:
    """An entry or note with its resolver links glued on ("... (1988) CrossRef MathSciNet Google Scholar")
    -> the entry alone. Only a run holding a link word no title ends with ("Google Scholar", "CrossRef",
    "PubMed", ...) is cut: "... Comparative Book" keeps its last word."""
    last = text.rsplit(None, 1)[-1].strip("[]®™,;|·/").lower() if text.strip() else ""
    if not last.endswith(LAST_LINK_WORDS):
        return text  # the common case, decided without a search
    head, tail = text[:-TAIL_WINDOW], text[-TAIL_WINDOW:]
    match = LINK_TAIL_RUN.search(tail)
    if not match or not DISTINCTIVE_LINK.search(match.group(0)):
        return text
    return (head + tail[:match.start()]).rstrip()


def strip_bullet(line: str) -> str:
    return BULLET.sub("", line.strip(), count=1) if line.strip()[:1] in "•·*" else line.strip()


def heading_key(line: str) -> str:
    return squeeze(line).rstrip(":").lower()


@dataclass
class Sections:
    header: list[str] = field(default_factory=list)  # lines before the first list
    notes: list[str] = field(default_factory=list)  # the notes list, raw lines
    notes_heading: str = ""
    references: list[str] = field(default_factory=list)  # a references list, raw lines
    abbreviations: list[str] = field(default_factory=list)  # the page's list of abbreviations
    tail: list[str] = field(default_factory=list)  # lines after the lists


def split_sections(text: str) -> Sections:
    """Assign every line to header, notes, references or tail by the headings it passes.

    A heading followed by the page's kind line ("Bibliography", then "• Back Matter") is the title of a
    book's back matter, not the start of its list: the list starts at the next such heading, or (when
    there is none) it is looked for after the header (text_page.py)."""
    sections = Sections()
    target = sections.header
    lines = text.split("\n")
    keys = [heading_key(line) for line in lines]
    opening = list_openings(lines, keys)
    for index, (line, key) in enumerate(zip(lines, keys)):
        if key in NAMED_LISTS and index not in opening:
            target.append(line)  # a tab or a link naming the list, or a back-matter page's title
            continue
        if key in NOTES and not sections.notes:
            sections.notes_heading = squeeze(line)
            target = sections.notes
            continue
        if key in REFERENCES and not sections.references:
            target = sections.references
            continue
        if key in ABBREVIATIONS and not sections.abbreviations:
            target = sections.abbreviations
            continue
        if key in TAIL and target is not sections.header:
            target = sections.tail
        target.append(line)
    return sections


LIST_HEADINGS = {*NOTES_HEADINGS, *REFERENCES_HEADINGS}
ITEM_LIKE = re.compile(rf"^\s*(?:\[?\d{{1,7}}[.)\]]?(?:\s|$)|{PAGE_NOTE_LABEL})|(?<!\d)(?:{YEAR})(?!\d)", re.IGNORECASE)
NAMED_LISTS = {*LIST_HEADINGS, *ABBREVIATION_HEADINGS}
ANY_HEADING = {*LIST_HEADINGS, *ABBREVIATION_HEADINGS, *TAIL_HEADINGS, *ABSTRACT_HEADINGS, *KEYWORD_HEADINGS}


def list_openings(lines: list[str], keys: list[str]) -> set[int]:
    """The lines whose heading opens a list: of the lines naming one kind of list ("References" as a tab
    in the page's header, and again over the list), the one followed by the most item-like lines before
    the next heading; never a back-matter page's title. (`keys`: each line's heading_key.)"""
    candidates: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        kind = ("notes" if key in NOTES else "references" if key in REFERENCES
                else "abbreviations" if key in ABBREVIATIONS else "")
        if kind and not titles_the_page(lines, index):
            candidates.setdefault(kind, []).append(index)
    return {indices[0] if len(indices) == 1 else max(indices, key=lambda index: (items_under(lines, keys, index), index))
            for indices in candidates.values()}


def items_under(lines: list[str], keys: list[str], index: int) -> int:
    """How many lines that look like a list's items (a year, or a number at the start) follow the heading
    at `index`, up to the next heading. Ties go to the later heading: tabs come before the content."""
    count = 0
    for position in range(index + 1, len(lines)):
        if keys[position] in ANY_HEADING:
            break
        if ITEM_LIKE.search(lines[position]) and not is_chrome(lines[position]):
            count += 1
    return count


# How many lines (blank ones included) may stand between a title and its kind line.
KIND_BELOW = 4


def titles_the_page(lines: list[str], index: int) -> bool:
    """Is the heading at `index` the page's title: is its next line a kind line ("• Chapter", "Back Matter")?
    (A list's next line is its first entry.)"""
    below = next((line for line in lines[index + 1:index + 1 + KIND_BELOW] if line.strip()), "")
    return strip_bullet(below).lower() in PAGE_KINDS
