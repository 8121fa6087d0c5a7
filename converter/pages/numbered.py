"""Split a numbered list ("  1. CNA, No. 3 ...", "Google Scholar", blank lines) into items.

Numbers are kept as printed; skips and repeats are reported, never renumbered. A line that
starts with a number far from the expected next one ("1955. The plan ...") is a continuation
of the current item, not a new note.
"""

from __future__ import annotations

import re

from converter.model import Problem
from converter.pages.content import RawItem
from converter.pages.sections import is_chrome, strip_link_tail
from converter.text import squeeze

ITEM = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.)(?:\s+|$)(.*)$")
# How far ahead of the expected number a new item may start; beyond it, it is text.
MAX_SKIP = 20


def split_numbered(lines: list[str]) -> tuple[list[RawItem], list[Problem]]:
    items: list[RawItem] = []
    parts: list[list[str]] = []
    for line in lines:
        match = ITEM.match(line)
        if not line.strip() or (not match and is_chrome(line)):
            continue
        number = int(match.group(1) or match.group(2)) if match else None
        expected = items[-1].number + 1 if items else 1
        if number is not None and 1 <= number <= expected + MAX_SKIP:
            # Lower numbers are kept too (repeated or restarted numbering) and reported below.
            items.append(RawItem(number, ""))
            parts.append([match.group(3)])
        elif items:
            parts[-1].append(line)
        # Text before the first numbered item is not part of any note; the header keeps it.
    for item, item_parts in zip(items, parts):
        item.text = strip_link_tail(squeeze(" ".join(item_parts)))
    return items, numbering_problems(items)


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
    """A line of link words ("CrossRef  MathSciNet  Google Scholar") or other chrome under an entry."""
    return is_chrome(line)


def split_entries(lines: list[str]) -> tuple[list[str], list[Problem]]:
    """Raw lines of a references section -> entry texts (numbers dropped), numbering problems."""
    content = [line.strip() for line in lines if line.strip()]
    first = next((line for line in content if not is_link_line(line)), "")
    match = ITEM.match(first)
    if match and int(match.group(1) or match.group(2)) <= MAX_SKIP:
        return split_numbered_entries(content)
    entries: list[list[str]] = []
    separated = True  # a link line (or the list's start) closes the entry before it
    for line in content:
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


def split_numbered_entries(content: list[str]) -> tuple[list[str], list[Problem]]:
    numbers: list[int] = []
    entries: list[list[str]] = []
    for line in content:
        if is_link_line(line):
            continue
        match = ITEM.match(line)
        number = int(match.group(1) or match.group(2)) if match else None
        expected = numbers[-1] + 1 if numbers else 1
        if number is not None and 1 <= number <= expected + MAX_SKIP:
            numbers.append(number)
            entries.append([match.group(3)])
        elif entries:
            entries[-1].append(line)
    texts = [join_lines(parts) for parts in entries]
    problems = []
    previous = 0
    for number, text in zip(numbers, texts):
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
