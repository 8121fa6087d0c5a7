"""Periodical references as printed in notes: "CNA, No. 3 (Sept. 22, 1953), p. 2",
"JMJP, Aug. 12, 1955", "URS, Vol. 4 (July-Sept. 1956), pp. 173–177".

A periodical is cited by its title (a siglum or a short title) and the issue, not by an author
and year, so the note parser tries `match_periodical` before reading an author-year short form.

What makes a periodical reference: a title, ", " (or German " vom " and a day: "FAZ vom
27.10.1995"), and then an issue ("No. 3", "Nr. 12") or a
date of at least month precision ("Aug. 12, 1955"), possibly after a volume ("Vol. 4 (July-Sept.
1956)") or a year ("1954, No. 7"). A title followed by a volume only ("Bol’šaja Sovetskaja
Enciklopedija, Vol. XXI") or by a bare year ("Rostow et al., 1957") is a book, not a periodical.

Kind rule: an item cited by a day date with no volume or issue ("JMJP, Aug. 12, 1955", "NCNA,
Sept. 24, 1954") is a daily (newspaper or news agency bulletin): model.NEWSPAPER_ARTICLE.
Anything with a No./Vol., or dated by month only, is an issue of a newsletter, magazine or
press-translation series: model.MAGAZINE_ARTICLE.

Court decisions cited by the law report they are printed in ("BVerwG, NVwZ 1998, 512 (514)",
"BVerfGE 87, 332") are read here too, as journal items with the first page as their page.

All regexes are anchored with bounded quantifiers, never nested, so long notes stay linear.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from converter.lexicon import SAME_AUTHOR, SAME_WORK, SIGNALS, YEAR_RE, sections
from converter.lexicon import TITLE_SMALL_WORDS as LEXICON_TITLE_SMALL_WORDS
from converter.model import JOURNAL_ARTICLE, MAGAZINE_ARTICLE, NEWSPAPER_ARTICLE, Date, Locator
from converter.notes.locators import match_locator
from converter.values.dates import match_date, match_month_day


@dataclass(frozen=True)
class PeriodicalRef:
    """One periodical reference; `printed` is the reference without its locator."""

    title: str  # siglum or title as printed ("CNA", "People’s China"), or the previous one
    volume: str = ""  # "4", "VI"
    issue: str = ""  # "3", "1553"
    date: Date | None = None  # the issue's own date when printed, else the volume's
    printed: str = ""  # "CNA, No. 3 (Sept. 22, 1953)"
    locator: Locator = field(default_factory=Locator)
    kind: str = MAGAZINE_ARTICLE
    page: str = ""  # the first page of a decision in a law report: "NVwZ 2009, 1287"


# Lower-case words a short title may contain ("Journal of Commerce", "Die Zeit und Welt").
TITLE_SMALL_WORDS = frozenset(LEXICON_TITLE_SMALL_WORDS)
# Words that begin a note's text but never a periodical title: signal words and "ibid."
# (which the note parser resolves itself).
NOT_TITLES = frozenset(
    {word for phrase in SIGNALS for word in (phrase.split()[0],)} | {f"{word}." for word in SAME_WORK} | set(SAME_AUTHOR)
)
NOT_TITLES = NOT_TITLES | {word[:1].upper() + word[1:] for word in NOT_TITLES}
MAX_TITLE_WORDS = 4

# Up to four words of letters, apostrophes, hyphens and dots, then ", ". Each word starts with
# a letter and words are split by exactly one space, so the regex cannot backtrack badly.
_WORD = r"[^\W\d_][\w’'.\-]{0,40}"
_TITLE = re.compile(rf"(?P<title>{_WORD}(?: {_WORD}){{0,{MAX_TITLE_WORDS - 1}}}),[ \u00a0]")
# German newspapers are cited by their day after "vom": "FAZ vom 27. 10. 1995, S. 2".
_DATED_TITLE = re.compile(rf"(?P<title>{_WORD}(?: {_WORD}){{0,{MAX_TITLE_WORDS - 1}}})[ \u00a0]vom[ \u00a0]")
_SP = r"[ \u00a0]"
_CITATION_END = re.compile(r"[ \u00a0]?(?:$|[.,;:()\[\]])")
_END = r"(?![^\W_])"
_ISSUE = re.compile(
    rf"(?:No\.|no\.|Nr\.|nr\.|Heft|H\.|Issue|№){_SP}?(?P<issue>\d{{1,5}}[a-z]?(?:[-–/]\d{{1,5}})?){_END}"
)
_VOLUME = re.compile(rf"(?:Vol\.|vol\.|Bd\.|Jg\.){_SP}?(?P<volume>\d{{1,4}}|[IVXLCDM]{{1,7}}){_END}")
_SEPARATOR = re.compile(r",[ \u00a0]")
_DATE_WINDOW = 80  # longer than any printed date: match dates on a slice, not a copy of the note

# Court decisions as German law writing cites them, by the report they are printed in, its year or
# volume and the first page, then the page cited in brackets: "VerfGH NRW, NVwZ 2009, 1287 (1288)",
# "BVerfGE 119, 331", "OVGE 46, 295 (303)". The report's siglum has two capitals or more ("NJW",
# "BauR", "NWVBl."); without a court before it or a page in brackets after it, the number must be a
# volume, for "OECD 2005, 12" is an author-year short form.
COURTS = "|".join(sorted((re.escape(court) for court in sections("courts")["courts"]), key=len, reverse=True))
_REPORT = re.compile(
    rf"(?:(?P<court>(?:{COURTS})(?:{_SP}[A-ZÄÖÜ][\w\-]{{1,30}}){{0,2}}),{_SP})?"
    rf"(?P<reporter>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{{1,9}}\.?){_SP}(?P<number>\d{{1,4}}),{_SP}(?P<page>\d{{1,5}})"
    rf"(?:{_SP}\((?P<pin>\d{{1,5}}(?:{_SP}?ff?\.)?(?:[-–]\d{{1,5}})?)\))?{_END}"
)
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|O’|O')[A-Z]")  # "McDonald", "DeLillo", "O’Neill"


def _title(text: str, pattern: re.Pattern = _TITLE) -> tuple[str, int] | None:
    """A siglum or short capitalized title and where its ", " (or " vom ") ends."""
    found = pattern.match(text)
    if not found:
        return None
    title = found["title"]
    words = title.split(" ")
    if len(title) < 2 or words[0] in NOT_TITLES or not words[0][0].isupper():
        return None
    # A two-word title may end in a lowercase adjective ("China aktuell", "Europa heute").
    closing = words[-1][0].isupper() or (len(words) == 2 and len(words[-1]) >= 4)
    if not closing or not all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in words[:-1]):
        return None
    return title, found.end()


def _year_for(month: int, day: int, context: Date) -> int:
    """The year of an issue printed as "(Oct. 1)" inside a volume dated `context`."""
    if not context.end or context.end[0] == context.parts[0]:
        return context.year
    start_month_day = tuple(context.parts[1:3]) or (1,)
    return context.year if (month, day) >= start_month_day else context.end[0]


def _parenthesized_date(text: str, pos: int, context: Date | None) -> tuple[Date | None, int] | None:
    """"(Sept. 22, 1953)", or "(April 1)" dated by the year or volume printed before it."""
    if not text.startswith(" (", pos):
        return None
    inner = pos + 2
    found = match_date(text[inner : inner + _DATE_WINDOW])
    if found and text.startswith(")", inner + found[1]):
        return found[0], inner + found[1] + 1
    month_day = match_month_day(text[inner : inner + _DATE_WINDOW])
    if month_day and text.startswith(")", inner + month_day[1]):
        (month, day), length = month_day
        if context is None:  # no year printed before it: the issue stays undated
            return None, inner + length + 1
        year = _year_for(month, day, context)
        if day > calendar.monthrange(year, month)[1]:  # "(Feb. 29)" in a common year
            return None
        return Date((year, month, day)), inner + length + 1
    return None


def _date_after_comma(text: str, pos: int) -> tuple[Date, int] | None:
    """", June 19, 1957" after an issue number."""
    separator = _SEPARATOR.match(text, pos)
    if not separator:
        return None
    found = match_date(text[separator.end() : separator.end() + _DATE_WINDOW])
    return (found[0], separator.end() + found[1]) if found else None


def _body(text: str, pos: int, continuation: bool) -> tuple[str, str, Date | None, int] | None:
    """Volume, issue and date after the title; None unless there is an issue or a dated item."""
    volume = issue = ""
    lead_date = volume_date = issue_date = None
    lead = match_date(text[pos : pos + _DATE_WINDOW])
    if lead:
        after = _SEPARATOR.match(text, pos + lead[1])
        if after and (_ISSUE.match(text, after.end()) or _VOLUME.match(text, after.end())):
            lead_date, pos = lead[0], after.end()  # "1954, No. 7": the year of the issue
        elif continuation or len(lead[0].parts) < 2:
            return None  # a bare year after a title is a book's, and dates need a title
        else:  # a dated daily or monthly: "JMJP, Aug. 12, 1955"
            return "", "", lead[0], pos + lead[1]
    found = _VOLUME.match(text, pos)
    if found:
        volume, pos = found["volume"], found.end()
        dated = _parenthesized_date(text, pos, lead_date)
        if dated:
            volume_date, pos = dated
        after = _SEPARATOR.match(text, pos)
        if after and _ISSUE.match(text, after.end()):
            pos = after.end()
    found = _ISSUE.match(text, pos)
    if found:
        issue, pos = found["issue"], found.end()
        dated = _parenthesized_date(text, pos, volume_date or lead_date) or _date_after_comma(text, pos)
        if dated:
            issue_date, pos = dated
    date = issue_date or lead_date or volume_date  # the issue's own date wins
    if not issue and volume_date is None:
        return None
    return volume, issue, date, pos


def _locator(text: str, pos: int) -> tuple[Locator, int]:
    """", p. 2" or " (p. 260)" after the reference; an empty locator when none follows."""
    if text.startswith(" (", pos):
        found = match_locator(text[pos + 1 :])
        if found:
            return found[0], pos + 1 + found[1]
    separator = _SEPARATOR.match(text, pos)
    if separator:
        found = match_locator(text[separator.end() :])
        if found:
            return found[0], separator.end() + found[1]
    return Locator(), pos


def is_report_siglum(word: str) -> bool:
    """ "NVwZ", "BVerfGE", "NWVBl.": two capitals or more, and not a name's ("McDonald", "DeLillo")."""
    return sum(c.isupper() for c in word) >= 2 and not _NAME_PREFIX.match(word)


def match_law_report(text: str) -> tuple[PeriodicalRef, int] | None:
    """A court decision cited by its report at the start of `text` (court and locator included)."""
    found = _REPORT.match(text)
    if not found or not is_report_siglum(found["reporter"]):
        return None
    number = found["number"]
    is_year = len(number) == 4 and YEAR_RE.fullmatch(number) is not None
    if is_year and not found["court"] and not found["pin"]:
        return None
    pin = found["pin"]
    read = match_locator(pin) if pin else None
    locator = read[0] if read and read[1] == len(pin) else Locator(printed=pin, value=pin, pages=(pin,)) if pin \
        else Locator()
    printed = text[:found.end("page")]
    reference = PeriodicalRef(title=found["reporter"], volume="" if is_year else number,
                              date=Date((int(number),)) if is_year else None, printed=printed, locator=locator,
                              kind=JOURNAL_ARTICLE, page=found["page"])
    return reference, found.end()


def match_periodical(text: str, previous_title: str = "") -> tuple[PeriodicalRef, int] | None:
    """The periodical reference at the start of `text` and the characters it takes (locator included).

    Without a title of its own ("No. 161 (Dec. 14, 1956), p. 1f." after "CNA, No. 227 ...; "),
    the reference continues `previous_title`; a continuation must start with a No./Vol. or a
    year followed by one, never with a bare date, which is too often prose ("until Sept. 9, 1965").
    """
    report = match_law_report(text)
    if report:
        return report
    titled = _title(text)
    dated_title = None if titled else _title(text, _DATED_TITLE)
    if titled:
        title, pos = titled
        body = _body(text, pos, continuation=False)
    elif dated_title:
        title, pos = dated_title
        day = match_date(text[pos : pos + _DATE_WINDOW])
        # the day ends the citation: "Die Sitzung vom 12. 3. 1990 war kurz" is prose
        ends = day is not None and _CITATION_END.match(text, pos + day[1]) is not None
        body = ("", "", day[0], pos + day[1]) if ends and len(day[0].parts) == 3 else None
    elif previous_title:
        title, body = previous_title, _body(text, 0, continuation=True)
    else:
        return None
    if body is None:
        return None
    volume, issue, date, end = body
    daily = not volume and not issue and date is not None and len(date.parts) == 3
    locator, consumed = _locator(text, end)
    reference = PeriodicalRef(
        title=title,
        volume=volume,
        issue=issue,
        date=date,
        printed=text[:end],
        locator=locator,
        kind=NEWSPAPER_ARTICLE if daily else MAGAZINE_ARTICLE,
    )
    return reference, consumed
