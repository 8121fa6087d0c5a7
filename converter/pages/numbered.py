"""Split a numbered list ("  1. CNA, No. 3 ...", "Google Scholar", blank lines) into items.

Numbers are kept as printed; skips and repeats are reported, never renumbered. A line that
starts with a number far from the expected next one ("1955. The plan ...") is a continuation
of the current item, not a new note.
"""

from __future__ import annotations

import re

from converter.pages.content import RawItem
from converter.model import Problem
from converter.pages.sections import is_chrome
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
        item.text = squeeze(" ".join(item_parts))
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
