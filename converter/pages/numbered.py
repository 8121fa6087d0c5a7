"""Split a numbered list ("  1. CNA, No. 3 ...", "Google Scholar", blank lines) into items.

Numbers are kept as printed; skips and repeats are reported, never renumbered. A line that
starts with a number far from the expected next one ("1955. The plan ...") is a continuation
of the current item, not a new note. How items are numbered ("1.", "1 ", "page 85 note 1", ...)
is markers.py's part; a list numbered per printed page is numbered in page order, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import PART_HEADING
from converter.model import Problem
from converter.pages.content import RawItem
from converter.pages.markers import DOTTED_OR_BRACKETED, MAX_SKIP, STRONG, read_marker, starts_item
from converter.pages.sections import is_chrome, strip_link_tail
from converter.text import squeeze

PART = re.compile(PART_HEADING, re.IGNORECASE)
NUMBER_ONLY = re.compile(r"[\d.,\[\]()]{1,12}")
MAX_HEADING = 100
ENDED = re.compile(r"[.!?)\]”’\"\d]\s*$")  # a part heading comes after a note that has ended
# The dotted or bracketed number of an item ("12. Text", "[12] Text"): groups 1 or 2, then the text.
ITEM = DOTTED_OR_BRACKETED
__all__ = ["ITEM", "MAX_SKIP", "split_numbered", "split_entries", "numbering_problems", "is_link_line"]


def split_numbered(lines: list[str]) -> tuple[list[RawItem], list[Problem]]:
    numbered = numbered_parts(lines)
    items = [RawItem(number, strip_link_tail(squeeze(" ".join(parts))))
             for number, parts in zip(numbered.numbers, numbered.parts)]
    if numbered.style == "page-note" and restarts(items):
        return number_in_page_order(items, numbered.pages)
    return items, numbering_problems(items)


@dataclass
class Numbered:
    numbers: list[int] = field(default_factory=list)
    parts: list[list[str]] = field(default_factory=list)  # each item's lines, its marker taken off
    pages: list[str] = field(default_factory=list)  # the printed page of each item, for lists numbered per page
    style: str | None = None


def numbered_parts(lines: list[str]) -> Numbered:
    """Lines -> items by their markers, in one style; chrome between items is dropped, and so is what
    follows a part heading ("Chapter 5: ...") of a book's notes up to the next item."""
    found = Numbered()
    closed = False  # after a part heading, until the next item
    for line in lines:
        if not line.strip():
            continue
        marker = read_marker(line)
        expected = found.numbers[-1] + 1 if found.numbers else 1
        if starts_item(marker, found.style, expected):
            found.style = marker.style
            found.numbers.append(marker.number)
            found.parts.append([marker.rest])
            found.pages.append(marker.page)
            closed = False
        elif is_chrome(line):
            continue
        elif found.parts and is_part_heading(line) and ENDED.search(found.parts[-1][-1]):
            closed = True
        elif found.parts and not closed:
            found.parts[-1].append(line)
        # Text before the first numbered item is not part of any note; the header keeps it.
    return found


def is_part_heading(line: str) -> bool:
    text = line.strip()
    return len(text) <= MAX_HEADING and not text.endswith(tuple(".,;:")) and PART.match(text) is not None


def restarts(items: list[RawItem]) -> bool:
    return any(later.number <= earlier.number for earlier, later in zip(items, items[1:]))


def number_in_page_order(items: list[RawItem], pages: list[str]) -> tuple[list[RawItem], list[Problem]]:
    """"page 85 note 1", "page 85 note 2", "page 86 note 1" ... -> notes 1, 2, 3 ..., reported once."""
    for position, item in enumerate(items, start=1):
        item.number = position
    first, last = pages[0], pages[-1]
    return items, [Problem("numbering", f"the notes are numbered per printed page (page {first} note 1 … page "
                                        f"{last}); they are numbered 1–{len(items)} in page order")]


def numbering_problems(items: list[RawItem]) -> list[Problem]:
    problems = []
    previous = 0
    for item in items:
        if item.number == previous:
            problems.append(Problem("numbering", f"note number {item.number} is repeated", item.number))
        elif item.number < previous:
            problems.append(
                Problem("numbering", f"note {item.number} follows note {previous} (out of order)", item.number)
            )
        elif item.number > previous + 1:
            missing = (
                str(previous + 1)
                if item.number == previous + 2
                else f"{previous + 1}–{item.number - 1}"
            )
            problems.append(Problem("numbering", f"note numbers skip {missing}", item.number))
        previous = item.number
    return problems


# A line that can end an entry: sentence end, closing bracket, a number, a DOI or URL.
FINISHED = re.compile(r"(?:[.)\]?!”\"]|\d|/\S{0,200})$")
CONTINUES = re.compile(r"^(?:In:?\s|pp?\.?\s?\d|[a-z]|\d|[,;:)(–-])")


def is_link_line(line: str) -> bool:
    """A line of link words ("CrossRef  MathSciNet  Google Scholar") or other chrome under an entry, or a
    number alone: a counter ("2032" beside "Cited by") or an entry's number on its own line."""
    return is_chrome(line) or NUMBER_ONLY.fullmatch(line.strip()) is not None


def split_entries(lines: list[str]) -> tuple[list[str], list[Problem]]:
    """Raw lines of a references section -> entry texts (numbers dropped), numbering problems."""
    content = [line.strip() for line in lines if line.strip()]
    first = read_marker(next((line for line in content if not is_link_line(line)), ""))
    # Reference lists are numbered "1.", "[1]" or "1 "; a bare number makes a list only with a second item
    # that has text ("1" alone may be an entry's text).
    if starts_item(first, None, 1) and (first.style == STRONG or first.style == "bare" and sum(
            1 for parts in numbered_parts(content).parts if "".join(parts).strip()) > 1):
        return split_numbered_entries(content)
    entries: list[list[str]] = []
    blank_separated = blank_lines_separate_entries(lines)
    separated = True  # a link line, a blank line between entries, or the list's start closes the entry before it
    for line in (line.strip() for line in lines):
        if not line:
            separated = separated or blank_separated
            continue
        if is_link_line(line):
            separated = True
            continue
        entry_line = strip_link_tail(line)
        starts = separated or (FINISHED.search(entries[-1][-1]) is not None and not CONTINUES.match(entry_line))
        if starts or not entries:
            entries.append([entry_line])
        else:
            entries[-1].append(entry_line)
        # Links glued to a line close the entry, as a line of links does.
        separated = entry_line != line
    return [join_lines(parts) for parts in entries], []


def blank_lines_separate_entries(lines: list[str]) -> bool:
    """Do blank lines stand between the entries (a copied page: one paragraph an entry), rather than
    inside them? So they do when most lines of text have a blank line after them."""
    text_lines = [i for i, line in enumerate(lines) if line.strip() and not is_link_line(line)]
    followed = sum(1 for i in text_lines if i + 1 < len(lines) and not lines[i + 1].strip())
    return len(text_lines) >= 2 and followed >= 0.8 * (len(text_lines) - 1)


def split_numbered_entries(content: list[str]) -> tuple[list[str], list[Problem]]:
    numbered = numbered_parts(content)
    texts = [join_lines([strip_link_tail(part) for part in parts]) for parts in numbered.parts]
    problems = []
    previous = 0
    for number, text in zip(numbered.numbers, texts):
        if number <= previous:
            problems.append(Problem("numbering", f"reference number {number} follows {previous}", text=text))
        elif number > previous + 1:
            problems.append(Problem("numbering", f"reference numbers skip {previous + 1}–{number - 1}"
                                    if number > previous + 2 else f"reference numbers skip {previous + 1}", text=text))
        previous = number
    return texts, problems


def join_lines(parts: list[str]) -> str:
    """Wrapped lines of one entry: a hyphen at a line end joins the word ("Wirt-" + "schaft"); a
    DOI or URL broken after "-", "/", "." or "_" is joined without a space."""
    text = ""
    for part in parts:
        last = text.rsplit(" ", 1)[-1]
        if text.endswith("-") and part[:1].islower() and "/" not in last:
            text = text[:-1] + part
        elif text[-1:] in "-/._" and ("/" in last or last.startswith("10.")) and part[:1].isalnum():
            text += part
        else:
            text = f"{text} {part}" if text else part
    return strip_link_tail(squeeze(text))
