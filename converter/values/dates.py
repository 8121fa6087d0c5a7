"""Dates as printed in notes: "Sept. 22, 1953", "22. September 1953", "July-Sept. 1956", "1959–1960".

Every matcher reads at the START of a string and returns what it read plus the number of
characters consumed, so that the note parser can go on with the rest. Nothing is searched for:
the caller decides where a date may stand.

The regexes are anchored, use only bounded quantifiers and never nest them, so that a
100,000-character note cannot make them backtrack catastrophically.
"""

from __future__ import annotations

import calendar
import re

from converter.lexicon import MONTHS
from converter.model import Date


def _variants(spelling: str) -> tuple[str, ...]:
    if spelling[0].islower():
        return (spelling, spelling[0].upper() + spelling[1:])
    return (spelling,)


def _month_lookup() -> dict[str, tuple[int, bool]]:
    """Every accepted spelling without its dot -> (month number, is an abbreviation)."""
    lookup: dict[str, tuple[int, bool]] = {}
    for spelling, number in MONTHS.items():
        for variant in _variants(spelling):
            bare = variant.rstrip(".")
            dotted = lookup.get(bare, (number, False))[1] or variant.endswith(".")
            lookup[bare] = (number, dotted)
    return lookup


_MONTH_NUMBER = _month_lookup()


def _month_pattern() -> str:
    """One alternation of all spellings, longest first, abbreviations with an optional dot."""
    alternatives = [
        re.escape(bare) + (r"\.?" if dotted else "")
        for bare, (_number, dotted) in sorted(_MONTH_NUMBER.items(), key=lambda item: -len(item[0]))
    ]
    # Not followed by a letter: "Mai" is not the start of "Mainz".
    return r"(?:" + "|".join(alternatives) + r")(?![^\W\d_])"


_MONTH = _month_pattern()
_SP = r"[ \u00a0]"  # one space; Springer pages use no-break spaces inside dates
_YEAR_DIGITS = r"[12]\d{3}"
_YEAR = _YEAR_DIGITS + r"(?![^\W_])"  # four digits, not "1974a" (a short form's year suffix) nor "19745"
_DAY = r"\d{1,2}(?!\d)"
_ORD = r"(?:st|nd|rd|th|er|\.)?"  # "22nd", French "1er", German "22."
_DASH = r"[ \u00a0]?[-–—][ \u00a0]?"

# One date point each; a point may lack its year when it starts a range ("July-Sept. 1956").
# Most specific first, so that "March 19, 1955" is not read as "March 19".
_POINTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("ymd", rf"(?P<y>{_YEAR_DIGITS})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d)"),  # ISO 1953-09-22
        ("mdy", rf"(?P<m>{_MONTH}){_SP}(?P<d>{_DAY}){_ORD},?{_SP}(?P<y>{_YEAR})"),
        ("dmy", rf"(?P<d>{_DAY}){_ORD}{_SP}(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})"),
        # all in digits, day first, as German and most of Europe print it: "27.10.1995", "3. 5. 1996"
        ("dmy-digits", rf"(?P<d>{_DAY})\.{_SP}?(?P<m>\d{{1,2}})\.{_SP}?(?P<y>{_YEAR})(?!\d)"),
        ("my", rf"(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})"),
        ("md", rf"(?P<m>{_MONTH}){_SP}(?P<d>{_DAY}){_ORD}"),
        ("dm", rf"(?P<d>{_DAY}){_ORD}{_SP}(?P<m>{_MONTH})"),
        ("m", rf"(?P<m>{_MONTH})"),
        ("y", rf"(?P<y>{_YEAR})"),
    )
)
_DASH_RE = re.compile(_DASH)
# The end of "Sept. 22–24, 1953": a day and the year the range shares.
_DAY_YEAR_RE = re.compile(rf"(?P<d>{_DAY}){_ORD},?{_SP}(?P<y>{_YEAR})")
# The end of "22–24 Sept. 1953": a day, then month and year.
_DAY_MONTH_YEAR_RE = re.compile(rf"(?P<d>{_DAY}){_ORD}{_SP}(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})")
_DAY_ONLY_RE = re.compile(rf"(?P<d>{_DAY})\.?")
_SHORT_END_YEAR_RE = re.compile(r"\d{2}(?![^\W_])")  # "1959–60"

# A point: (year or None, month or None, day or None).
_Point = tuple[int | None, int | None, int | None]


def _month(text: str) -> int:
    return _MONTH_NUMBER[text.rstrip(".")][0]


def _point(text: str, pos: int) -> tuple[_Point, int] | None:
    for _kind, pattern in _POINTS:
        found = pattern.match(text, pos)
        if found:
            groups = found.groupdict()
            year = int(groups["y"]) if groups.get("y") else None
            month = groups.get("m")
            month_number = (int(month) if month.isdigit() else _month(month)) if month else None
            day = int(groups["d"]) if groups.get("d") else None
            return (year, month_number, day), found.end()
    return None


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _parts(point: _Point) -> tuple[int, ...]:
    return tuple(p for p in point if p is not None)


def _range_end(text: str, pos: int, start: _Point) -> tuple[_Point, int] | None:
    """The point after the dash of a range, given the start point."""
    year, month, day = start
    if year is not None and month is None:
        short = _SHORT_END_YEAR_RE.match(text, pos)
        if short:  # "1959–60": the end year shares the start's century
            return (year - year % 100 + int(short.group()), None, None), short.end()
    if day is not None:
        # A bare day ends "Sept. 22–24, 1953" (month kept) or "22–24 Sept. 1953".
        found = _DAY_YEAR_RE.match(text, pos)
        if found and month is not None and year is None:
            return (int(found["y"]), month, int(found["d"])), found.end()
        found = _DAY_MONTH_YEAR_RE.match(text, pos)
        if found:
            return (int(found["y"]), _month(found["m"]), int(found["d"])), found.end()
    end = _point(text, pos)
    if end and end[0][0] is not None:
        return end
    return None


def _day_range_start(text: str) -> tuple[_Point, int] | None:
    """"22–24 Sept. 1953" starts with a bare day, which no other point reads."""
    found = _DAY_ONLY_RE.match(text)
    if found and _DASH_RE.match(text, found.end()):
        return (None, None, int(found["d"])), found.end()
    return None


def _complete_start(start: _Point, end: _Point) -> _Point:
    """Fill what a range's start leaves out ("July-Sept. 1956") from its end."""
    year, month, day = start
    end_year, end_month, end_day = end
    if month is None and day is not None:
        month = end_month
    if year is None:
        year = end_year
        # "Dec.-Feb. 1957" runs over New Year: the start is in the year before.
        if (month or 0, day or 0) > (end_month or 13, end_day or 32):
            year -= 1
    return (year, month, day)


def match_date(text: str) -> tuple[Date, int] | None:
    """A date or date range at the start of `text`, and the characters it takes.

    A date needs a year: "April 1" is a month and day only (see `match_month_day`). An
    impossible date ("Feb. 30, 1956") or a range that ends before it starts is no date at all.
    """
    first = _point(text, 0) or _day_range_start(text)
    if first is None:
        return None
    start, pos = first
    dash = _DASH_RE.match(text, pos)
    if dash:
        second = _range_end(text, dash.end(), start)
        if second:
            end, end_pos = second
            start_full = _complete_start(start, end)
            begin, finish = _parts(start_full), _parts(end)
            if not (_valid(*start_full) and _valid(*end)):
                return None
            common = min(len(begin), len(finish))
            if begin[:common] > finish[:common]:  # ends before it starts
                return None
            return Date(begin, finish), end_pos
    if start[0] is None:
        return None
    if not _valid(*start):
        return None
    return Date(_parts(start)), pos


_MONTH_DAY_RES = (
    re.compile(rf"(?P<m>{_MONTH}){_SP}(?P<d>{_DAY}){_ORD}"),  # "April 1", "Oct. 1"
    re.compile(rf"(?P<d>{_DAY}){_ORD}{_SP}(?P<m>{_MONTH})"),  # "1 April", "1. April"
)


def match_month_day(text: str) -> tuple[tuple[int, int], int] | None:
    """A month and day without a year at the start of `text`: "April 1" -> ((4, 1), 7).

    The year comes from elsewhere (the volume or year printed before the issue number), so a
    day is checked against the longest month it can have (Feb. 29 passes, Feb. 30 does not).
    """
    for pattern in _MONTH_DAY_RES:
        found = pattern.match(text)
        if found:
            month, day = _month(found["m"]), int(found["d"])
            if _valid(2000, month, day):  # 2000 is a leap year: the longest February
                return (month, day), found.end()
            return None
    return None
