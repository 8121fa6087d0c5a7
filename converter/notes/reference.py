"""What a note reader finds: a Reference (what a citation says about its work, before identity is
decided) and a Found (one citation in a note: its reference, its span, locator and flags)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import fold
from converter.model import Date, Locator, Name, Work
from converter.notes.periodicals import PeriodicalRef

# Kinds of reference: a person's or an institution's work, a work known by its title, a periodical issue.
PERSON, CORPORATE, TITLE, PERIODICAL = "person", "corporate", "title", "periodical"


@dataclass(frozen=True)
class Reference:
    """What a citation says about its work, before identity is decided."""

    kind: str  # PERSON, CORPORATE, TITLE, PERIODICAL
    printed: str  # the short form as printed, without locator: "Li Fu-dshun 1956"
    authors: tuple[Name, ...] = ()
    et_al: bool = False
    editors_only: bool = False  # "Smith (ed.) 1970": the names are the work's editors
    author_text: str = ""  # "Li Fu-dshun", for continuations and identity
    date: Date | None = None
    year_suffix: str = ""
    title: str = ""
    periodical: PeriodicalRef | None = None
    full: Work | None = None  # a full citation's record (Chicago first notes), id not yet assigned


@dataclass
class Found:
    """One citation in a note: its reference (or what ibid./op. cit. resolved to) and its span."""

    reference: Reference | None  # None: an ibid./op. cit. with nothing to point at
    start: int
    end: int
    locator: Locator = field(default_factory=Locator)
    prefix: str = ""
    ibid: bool = False
    continuation: bool = False
    unresolved: str = ""  # why `reference` is None
    confidence: float = 1.0  # the labeller's mean probability of the labels this reading rests on


def family_key(name: Name) -> str:
    return fold(name.literal or name.family)


def year_date(match: re.Match) -> Date | None:
    """The date of a matched year ("1959–1960" a range); None for "n.d.", "o.J."."""
    if not match["year"]:
        return None
    end = (int(match["end"]),) if match["end"] else ()
    return Date((int(match["year"]),), end)


def periodical_reference(periodical: PeriodicalRef) -> Reference:
    return Reference(kind=PERIODICAL, printed=periodical.printed, title=periodical.title, date=periodical.date,
                     periodical=periodical)
