"""How a list marks its items: "1.", "[1]", "1)", "(1)", "1 " (a bare number), "page 85 note 1" (Cambridge
Core's older journals), superscript digits ("¹ Leicester"), or the number of a lost superscript glued to
the text ("1Leicester").

A list keeps one style. The dotted and bracketed numbers, which prose seldom starts a line with, start an
item in any list (as they always have); the weaker styles only in a list that began with them, and only
near the number expected next, so that a wrapped line starting "12 vols." stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.lexicon import PAGE_NOTE_LABEL

# Seven digits at most: a note number, never a year run together with a page ("19551956").
DOTTED_OR_BRACKETED = re.compile(r"^\s*(?:\[(\d{1,7})\]|(\d{1,7})\.)(?:\s+|$)(.*)$")
WEAK_STYLES = (
    ("page-note", re.compile(rf"^\s*{PAGE_NOTE_LABEL}(?:\s+|$)(?P<rest>.*)$", re.IGNORECASE)),
    ("parenthesized", re.compile(r"^\s*\(?(?P<number>\d{1,7})\)(?:\s+|$)(?P<rest>.*)$")),
    ("superscript", re.compile(r"^\s*(?P<number>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,7})(?!\d)\s*(?P<rest>.*)$")),
    ("bare", re.compile(r"^\s*(?P<number>\d{1,7})(?:\s+(?P<rest>[^\d\s].*)|\s*)$")),
    ("glued", re.compile(r"^\s*(?P<number>\d{1,4})(?P<rest>[A-Z“‘\"(\[][^\d].*)$")),
)
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
STRONG = "dotted"
# How far ahead of the expected number an item may start: any style, and the weaker ones.
MAX_SKIP = 20
WEAK_SKIP = 3
# A number glued to the text is a note number only as the very next one ("3D printing" is text).
GLUED_SKIP = 1


@dataclass(frozen=True)
class Marker:
    number: int
    rest: str  # the item's text after its marker
    style: str
    page: str = ""  # "85" of "page 85 note 1"


def read_marker(line: str) -> Marker | None:
    """The marker a line starts with, in the strongest style that reads it."""
    match = DOTTED_OR_BRACKETED.match(line)
    if match:
        return Marker(int(match.group(1) or match.group(2)), match.group(3), STRONG)
    for style, regex in WEAK_STYLES:
        match = regex.match(line)
        if match:
            number = int(match["number"].translate(SUPERSCRIPT_DIGITS))
            page = match["page"] if "page" in regex.groupindex else ""
            return Marker(number, (match["rest"] or "").strip(), style, page)
    return None


def starts_item(marker: Marker | None, style: str | None, expected: int) -> bool:
    """Does `marker` open a new item of a list in `style` (None before the first item)?"""
    if marker is None or marker.number < 1:
        return False
    if style is None:  # the first item
        return marker.style == "page-note" or marker.number <= 1 + (GLUED_SKIP if marker.style == "glued" else MAX_SKIP)
    if marker.style != style:
        return False
    if style == STRONG:
        # Lower numbers are kept too (repeated or restarted numbering) and reported.
        return marker.number <= expected + MAX_SKIP
    if style == "page-note":
        return True  # numbered per printed page: any number may follow
    skip = GLUED_SKIP if style == "glued" else WEAK_SKIP
    # 1 restarts the numbering (a book's notes, chapter by chapter); kept and reported.
    return expected - 1 <= marker.number <= expected + skip or (marker.number == 1 and style != "glued")
