"""Citations that only make sense at a clause's start (after its signal words), tried in order:

- a continuation of the citation before ("; 1968, p. 167ff.", "; No. 161 (...)");
- a full first citation, Chicago style ("J. Smith, The Title (London, 1970), p. 12"), also after a
  signal inside prose ("On this, see J. Smith, ...");
- a whole reference-list entry printed as a note ("Smith, J. (1990). Title. Journal, 12, 4–9.");
- an author and short title ("Smith, The Title, p. 14");
- a title-only work ("Eighth National Congress ..., Vol. I, p. 116f.").

Each opener is `opener(context) -> Found | None`; OPENERS is their registry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from converter.lexicon import YEAR
from converter.names.classify import classify_author_text
from converter.names.persons import parse_short_author
from converter.notes.context import ClauseContext, inside
from converter.notes.full_notes import PUBLICATION, read_full_citation, split_names_title, strip_quotes
from converter.notes.history import History
from converter.notes.locators import LOCATOR_WINDOW, match_bare_pages, match_locator, read_locator_after, unbracket
from converter.notes.periodicals import match_periodical
from converter.notes.reference import (
    CORPORATE,
    PERIODICAL,
    PERSON,
    TITLE,
    Found,
    Reference,
    periodical_reference,
    year_date,
)
from converter.notes.signals import SIGNAL_INSIDE

CONTINUATION_YEAR = re.compile(
    rf"(?P<year>{YEAR})(?:\s?[–-]\s?(?P<end>{YEAR}))?(?P<suffix>[a-z])?(?=[,.;:)]|\s|$)"
)
ISSUE_CONTINUATION = re.compile(r"(?:No\.|Nr\.|Vol\.)\s*\S")
# The issue mark a labelled citation leaves in the glue before its number: "; No. 161 (Dec. 14, 1956)".
ISSUE_MARK_BEFORE = re.compile(r"(?:No\.|Nr\.|Vol\.)\s*$")
# A reference-list entry printed as a note: "Smith, J., & Lee, K. (1990). Title. Place: Publisher."
FULL_REFERENCE_HEAD = re.compile(
    r"(?P<authors>[A-Z][^\s,()]*(?: [A-Z][^\s,()]*)?, (?:[A-Z][a-z]?\.[\s-]?)+[^()]{0,200}?) "
    rf"\((?P<year>{YEAR}|n\.\s?d\.)[a-z]?(?:, [^()]{{1,30}})?\)\. (?=\S)"
)
# "Kuhn, “Taiping Rebellion,” 270": the comma that ends a quoted short title sits inside the quotes.
QUOTED_SHORT_TITLE = re.compile(r"(?P<names>[^,“\"‘]{2,80}), [“\"‘](?P<title>[^”\"’]{1,200}?)[,.]?[”\"’],?\s")
MAX_TITLE_WORDS = 16


def read_continuation(context: ClauseContext) -> Found | None:
    """"1968, p. 167ff." after a Croizier citation; "No. 161 (...)" after a CNA one."""
    last, clause, lead = context.last_in_note, context.clause, context.lead
    if last is None:
        return None
    rest = clause[lead:]
    if last.kind in (PERSON, CORPORATE) and last.authors:
        match = CONTINUATION_YEAR.match(rest)
        if not match:
            return None
        reference = Reference(
            kind=last.kind, printed=f"{last.author_text} {match.group(0)}", authors=last.authors, et_al=last.et_al,
            editors_only=last.editors_only, author_text=last.author_text, date=year_date(match),
            year_suffix=match["suffix"] or "",
        )
        end, locator = read_locator_after(clause, lead + match.end())
        return Found(reference, lead, end, locator, continuation=True)
    if last.kind == PERIODICAL and last.periodical and ISSUE_CONTINUATION.match(rest):
        matched = match_periodical(rest, previous_title=last.periodical.title)
        if matched:
            periodical, consumed = matched
            reference = periodical_reference(periodical)
            if not reference.printed.startswith(periodical.title):
                reference = replace(reference, printed=f"{periodical.title}, {reference.printed}")
            return Found(reference, lead, lead + consumed, unbracket(periodical.locator), continuation=True)
    return None


def full_note_at(clause: str, lead: int, candidates: Sequence) -> Found | None:
    """"J. Smith, The Title (London, 1970), 12": a full first citation at `lead`."""
    full = read_full_citation(clause[lead:])
    if not full or inside(candidates, lead, lead + full.end - 8):
        return None
    reference = Reference(
        kind=PERSON, printed=clause[lead:lead + full.end], authors=full.authors, et_al=full.et_al,
        author_text=full.author_text, date=full.work.issued, year_suffix=full.work.year_suffix,
        title=full.work.title, full=full.work,
    )
    end, locator = read_locator_after(clause, lead + full.end)
    return Found(reference, lead, end, locator)


def read_full_note(context: ClauseContext) -> Found | None:
    return full_note_at(context.clause, context.lead, context.candidates)


def read_full_note_after_signal(context: ClauseContext) -> Found | None:
    """"On the taotai’s position, see Philip A. Kuhn, “The Taiping Rebellion,” in ... (…, 1978), 264.":
    a full citation after prose, opened by a signal word."""
    clause, lead = context.clause, context.lead
    if not PUBLICATION.search(clause, lead):
        return None  # no "(Place: Publisher, 1978)": no full citation anywhere in the clause
    for signal in SIGNAL_INSIDE.finditer(clause, lead):
        found = full_note_at(clause, signal.end(), [c for c in context.candidates if c.start >= signal.end()])
        if found:
            return found
    return None


def read_full_reference(context: ClauseContext) -> Found | None:
    """A whole reference in a note, read by the reference-list reader; it takes the clause."""
    clause, lead = context.clause, context.lead
    head = FULL_REFERENCE_HEAD.match(clause, lead)
    if not head:
        return None
    from converter.references.entry import parse_reference  # the reference reader is needed only here

    work = parse_reference(clause[lead:].strip()).work
    if work is None or not work.title or not work.authors:
        return None
    reference = Reference(kind=PERSON, printed=clause[lead:head.end()].strip().rstrip("."), authors=work.authors,
                          et_al=work.et_al, author_text=head["authors"], date=work.issued,
                          year_suffix=work.year_suffix, title=work.title, full=work)
    return Found(reference, lead, len(clause.rstrip()))


# How far names and a short title reach before their locator ("Smith, The Title, p. 14"): commas
# further on are not looked at, so a long note stays linear.
MAX_SHORT_TITLE_HEAD = 300


def read_author_short_title(context: ClauseContext) -> Found | None:
    """"Smith, The Title, p. 14", "Spence, Search, 520", "Kuhn, “Taiping Rebellion,” 270": an
    author's work named by a short title, before its locator."""
    lead, history = context.lead, context.history
    rest = context.rest
    quoted_form = QUOTED_SHORT_TITLE.match(rest)
    if quoted_form and classify_author_text(quoted_form["names"]) == "person":
        after = quoted_form.end()
        matched = match_locator(rest[after:]) or match_bare_pages(rest[after:])
        if matched:
            return short_title_citation(quoted_form["names"], quoted_form["title"], lead, after, matched, history,
                                        rest[:after].rstrip(" ,"))
    for comma in comma_positions(rest[:MAX_SHORT_TITLE_HEAD]):
        after = rest[comma + 2:comma + 2 + LOCATOR_WINDOW]
        matched = match_locator(after) or match_bare_pages(after)
        if not matched:
            continue
        head = rest[:comma]
        split = split_names_title(head)
        if not split or context.candidate_inside(lead, lead + comma):
            return None
        return short_title_citation(*split, lead, comma + 2, matched, history, head)
    return None


def short_title_citation(names: str, short_title: str, lead: int, at: int, matched: tuple, history: History,
                         printed: str) -> Found | None:
    """The earlier full citation a short title names, or (for a name of two words or more) a work of
    its own; `at` is where the locator starts, relative to `lead`."""
    authors, et_al = parse_short_author(names)
    locator, consumed = matched
    end = lead + at + consumed
    earlier = history.by_short_title(authors, short_title)
    if earlier:
        return Found(earlier, lead, end, locator)
    if len(names.split()) < 2:
        return None  # "War, Peace and Development, p. 5" is more likely a title than a name
    reference = Reference(kind=PERSON, printed=printed, authors=authors, et_al=et_al, author_text=names,
                          title=strip_quotes(short_title))
    return Found(reference, lead, end, locator)


def comma_positions(text: str):
    position = text.find(", ")
    while position > 0:
        yield position
        position = text.find(", ", position + 2)


def read_title_only(context: ClauseContext) -> Found | None:
    """"Eighth National Congress of the Communist Party of China, Vol. I, p. 116f.": a capitalized
    title at the clause's start, then a locator, with no other citation inside the title."""
    lead, rest = context.lead, context.rest
    if not rest[:1].isupper():
        return None
    for comma in comma_positions(rest):
        title = rest[:comma].strip()
        if len(title.split()) > MAX_TITLE_WORDS or context.candidate_inside(lead, lead + comma):
            return None
        matched = match_locator(rest[comma + 2:])
        if matched and title[-1] not in ".:":
            locator, consumed = matched
            return Found(Reference(kind=TITLE, printed=title, title=title), lead, lead + comma + 2 + consumed, locator)
    return None


# Tried in this order at each clause's start; the first that reads a citation wins.
OPENERS = (
    read_continuation, read_full_note, read_full_note_after_signal, read_full_reference, read_author_short_title,
    read_title_only,
)
