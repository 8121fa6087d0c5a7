"""Citations found anywhere in a clause, one finder per kind, each candidate a typed value that reads
itself in its clause's context:

- ShortForm: an author-year short form ("Li Fu-dshun 1956", "Tomson/Su 1972", "Smith (ed.) 1970",
  "ders. 1980", "Lardy (1978, p. 45)"), found from the year backwards (author_scan.py) so that prose
  stays out of names;
- Periodical: "CNA, No. 3 (Sept. 22, 1953)", read by periodicals.match_periodical;
- Ibid: "Ibid.", "ebd." -> the work cited last;
- OpCit: "Smith, op. cit.", "Ders., a.a.O." -> that author's work cited last.

A new kind is a Candidate class and a finder in FINDERS. Candidates are walked left to right; at one
position a periodical is tried first (its title may look like an author).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import ClassVar

from converter.lexicon import EARLIER_WORK_MARK, SAME_AUTHOR, SAME_WORK
from converter.names.classify import classify_author_text
from converter.names.persons import parse_short_author
from converter.notes.author_scan import YEAR, AuthorSpan, scan_authors_back, take_name_tokens
from converter.notes.context import Candidate, ClauseContext
from converter.notes.locators import read_locator_after, unbracket
from converter.notes.periodicals import PeriodicalRef, match_periodical
from converter.notes.reference import CORPORATE, PERSON, TITLE, Found, Reference, periodical_reference, year_date

IBID = re.compile(r"(?<!\w)(?:" + "|".join(SAME_WORK) + r")\.?(?!\w)", re.IGNORECASE)
OP_CIT = re.compile(rf"(?<!\w){EARLIER_WORK_MARK}", re.IGNORECASE)
# A periodical title (siglum or a few capitalized words) followed by what only periodicals have;
# zero-width, so that every word start is tried ("Cf. NCNA, June 19, 1954" tries "NCNA" too).
PERIODICAL_START = re.compile(
    r"(?<![\w’'])(?=(?:[A-Z][A-Z&]{1,7}|[A-Z][\w’'.-]*(?: [\w’'.-]+){0,3})(?:, "
    r"(?:No\.|Nr\.|Vol\.|Bd\.|Jg\.|Heft|\d{4},|\d{1,2}\.? [A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.? \d{1,2},"
    r"|[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,9}\.? \d{1,4}, \d)| vom \d| \d{1,4}, \d))"
)
SAME_AUTHOR_WORDS = frozenset(SAME_AUTHOR)


@dataclass(frozen=True)
class ShortForm(Candidate):
    span: AuthorSpan
    year: re.Match

    def read(self, context: ClauseContext) -> Found | None:
        clause, match, span, history = context.clause, self.year, self.span, context.history
        if span.same_author:
            earlier = history.same_author()
            if earlier is None:
                return None
            reference = replace(earlier, printed=f"{earlier.author_text} {match.group(0)}", date=year_date(match),
                                year_suffix=match["suffix"] or "", title="", periodical=None, full=None)
            end, locator = read_locator_after(clause, match.end())
            return Found(reference, self.start, end, locator, continuation=True)
        author_text = clause[self.start:match.start()].strip().rstrip("(").strip()
        reference = author_year_reference(author_text, match, span)
        if not span.parenthesized:
            end, locator = read_locator_after(clause, match.end())
            return Found(reference, self.start, end, locator)
        # "Lardy (1978), p. 45", "Lardy (1978, p. 45)", "Naughton (2007: 112–115)"
        if clause.startswith(")", match.end()):
            end, locator = read_locator_after(clause, match.end() + 1)
            return Found(reference, self.start, end, locator)
        end, locator = read_locator_after(clause, match.end())
        if not clause.startswith(")", end):
            return None  # "(1978 and later)": not a citation's bracket
        return Found(reference, self.start, end + 1, locator)


@dataclass(frozen=True)
class Periodical(Candidate):
    periodical: PeriodicalRef
    consumed: int
    priority: ClassVar[int] = 0

    def read(self, context: ClauseContext) -> Found | None:
        return Found(periodical_reference(self.periodical), self.start, self.start + self.consumed,
                     unbracket(self.periodical.locator))


@dataclass(frozen=True)
class Ibid(Candidate):
    marker: re.Match

    def read(self, context: ClauseContext) -> Found | None:
        end, locator = read_locator_after(context.clause, self.marker.end())
        if context.history.last is None:
            return Found(None, self.start, end, locator, ibid=True, unresolved="ibid. with no citation before it")
        return Found(context.history.last, self.start, end, locator, ibid=True)


@dataclass(frozen=True)
class OpCit(Candidate):
    marker: re.Match

    def read(self, context: ClauseContext) -> Found | None:
        clause, history = context.clause, context.history
        end, locator = read_locator_after(clause, self.marker.end())
        author_text = clause[self.start:self.marker.start()].rstrip(", ")
        earlier = (history.same_author() if author_text.lower() in SAME_AUTHOR_WORDS
                   else history.by_author_text(author_text))
        if earlier is None:
            return Found(None, self.start, end, locator,
                         unresolved=f"“{clause[self.start:self.marker.end()]}” with no earlier work by that author")
        return Found(earlier, self.start, end, locator)


def short_forms(clause: str) -> Iterator[Candidate]:
    for match in YEAR.finditer(clause):
        span = scan_authors_back(clause, match.start())
        if span is not None:
            yield ShortForm(span.start, span, match)


def periodicals(clause: str) -> Iterator[Candidate]:
    for match in PERIODICAL_START.finditer(clause):
        matched = match_periodical(clause[match.start():])
        if matched:
            yield Periodical(match.start(), *matched)


def ibids(clause: str) -> Iterator[Candidate]:
    for match in IBID.finditer(clause):
        yield Ibid(match.start(), match)


def op_cits(clause: str) -> Iterator[Candidate]:
    for match in OP_CIT.finditer(clause):
        start = op_cit_author_start(clause, match.start())
        if start is not None:
            yield OpCit(start, match)


# The finders, in the order their candidates are tried when two start at one position.
FINDERS = (short_forms, periodicals, ibids, op_cits)


def candidates_in(clause: str) -> list[Candidate]:
    """All candidate citation starts in a clause, in text order."""
    found = [candidate for finder in FINDERS for candidate in finder(clause)]
    return sorted(found, key=lambda c: (c.start, c.priority))


def op_cit_author_start(clause: str, marker_start: int) -> int | None:
    """"Smith, op. cit." -> where "Smith" starts; "Ders., a.a.O." too; None without a name."""
    before = clause[:marker_start]
    if not before.endswith(", "):
        return None
    tokens = before[:-2].split(" ")
    taken = take_name_tokens(tokens[-8:])
    if taken:
        return marker_start - 2 - len(" ".join(taken))
    if tokens[-1].lower() in SAME_AUTHOR_WORDS:
        return marker_start - 2 - len(tokens[-1])
    return None


def author_year_reference(author_text: str, match: re.Match, span: AuthorSpan) -> Reference:
    names_text = author_text
    if span.editors:
        names_text = names_text[: names_text.rfind("(")].strip()
    kind = classify_author_text(names_text)
    if kind == TITLE:
        # "Communist China 1955–1959": the years belong to the title.
        title = f"{author_text} {match.group(0)}"
        return Reference(kind=TITLE, printed=title, title=title)
    authors, et_al = parse_short_author(names_text.rstrip(","))
    year = f"({match.group(0)})" if span.parenthesized else match.group(0)
    return Reference(
        kind=CORPORATE if kind == CORPORATE else PERSON,
        printed=f"{author_text} {year}",
        authors=authors,
        et_al=et_al,
        editors_only=span.editors,
        author_text=names_text.rstrip(","),
        date=year_date(match),
        year_suffix=match["suffix"] or "",
    )
