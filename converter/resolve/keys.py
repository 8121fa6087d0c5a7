"""Identity keys: two printings with one key are one work, no questions asked.

Keys are computed from model values (names, dates, titles), so that a printed reference in a note
(notes.reference.Reference) and a finished Work (when chapters are combined) are compared alike.
"""

from __future__ import annotations

import re

from converter.lexicon import fold
from converter.model import Date, Name, Work
from converter.names.persons import name_key
from converter.notes.reference import PERIODICAL, PERSON, TITLE, Reference


def compact(text: str) -> str:
    """Folded letters and digits only: "Li Fu-dshun" -> "lifudshun"."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def date_key(date: Date | None) -> str:
    return date.iso() if date else ""


def periodical_key(title: str, volume: str, issue: str, date: Date | None, page: str = "") -> tuple:
    return (PERIODICAL, compact(title), volume, issue, date_key(date), page)


def title_key(title: str) -> tuple:
    return (TITLE, tuple(fold(title).split()))


def person_key(authors: tuple[Name, ...], et_al: bool, date: Date | None, year_suffix: str, title: str) -> tuple:
    names = tuple(name_key(n).replace(" ", "") for n in authors)
    return (PERSON, names, et_al, date_key(date), year_suffix, compact(title))


def strict_key(reference: Reference) -> tuple:
    """The key of a printed reference."""
    if reference.kind == PERIODICAL and reference.periodical:
        p = reference.periodical
        return periodical_key(p.title, p.volume, p.issue, p.date, p.page)
    if reference.kind == TITLE:
        return title_key(reference.title)
    return person_key(reference.authors, reference.et_al, reference.date, reference.year_suffix, reference.title)


def work_key(work: Work) -> tuple:
    """The key of a resolved work, across chapters: a periodical issue by its container, volume, issue
    and date; a person's work by its authors, year and suffix (titles are not compared: one chapter
    names a work by its short form, another in full); else by its title."""
    if work.container_title and not work.authors and not work.title:
        return periodical_key(work.container_title, work.volume, work.issue, work.issued, work.page)
    if work.authors:
        return person_key(work.authors, work.et_al, work.issued, work.year_suffix, "")
    return title_key(work.title)
