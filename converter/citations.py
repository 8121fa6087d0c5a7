"""Find the citations in one note's text.

A note is cut into clauses at top-level semicolons. In each clause we collect candidate starts
of four kinds, in one pass each, and walk them left to right:

- author-year short forms ("Li Fu-dshun 1956", "Tomson/Su 1972", "Rostow et al., 1957"):
  found from the year backwards over name-like tokens, so prose before them is left alone;
- periodical references ("CNA, No. 3 (Sept. 22, 1953)"), read by periodicals.match_periodical;
- ibid. ("Ibid.", "ibid.", "ebd.");
- title-only works at a clause's start ("Eighth National Congress ..., Vol. I, p. 116f.").

A clause that starts with a bare year ("1968, p. 167ff.") or issue ("No. 161 (...)") continues
the previous citation's author or periodical. Whatever lies between citations is either a signal
(kept as the citation's prefix) or prose (kept in the note's `unparsed` text). Every regex here
is linear: no nested quantifiers, and backward scans are bounded by a token count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .locators import match_locator
from .model import Date, Locator, Name
from .names import classify_author_text, parse_short_author
from .periodicals import PeriodicalRef, match_periodical

PERSON, CORPORATE, TITLE, PERIODICAL = "person", "corporate", "title", "periodical"

YEAR = re.compile(
    r"(?<![\w/–-])(?P<year>1[5-9]\d\d|20\d\d)(?:\s?[–-]\s?(?P<end>1[5-9]\d\d|20\d\d))?(?P<suffix>[a-z])?"
    r"(?=[,.;:)\]]|\s|$)"
)
CONTINUATION_YEAR = re.compile(
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s?[–-]\s?(?P<end>1[5-9]\d\d|20\d\d))?(?P<suffix>[a-z])?(?=[,.;:)]|\s|$)"
)
IBID = re.compile(r"(?<!\w)(?:ibid|ibidem|ebd|ebenda|ib)\.?(?!\w)", re.IGNORECASE)
# A periodical title (siglum or a few capitalized words) followed by what only periodicals have.
# A periodical title (siglum or a few capitalized words) followed by what only periodicals have;
# zero-width, so that every word start is tried ("Cf. NCNA, June 19, 1954" tries "NCNA" too).
PERIODICAL_START = re.compile(
    r"(?<![\w’'])(?=(?:[A-Z][A-Z&]{1,7}|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}), "
    r"(?:No\.|Nr\.|Vol\.|Bd\.|Jg\.|Heft|\d{4},|\d{1,2}\.? [A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.? \d{1,2},))"
)
ISSUE_CONTINUATION = re.compile(r"(?:No\.|Nr\.|Vol\.)\s*\S")

# Signal phrases, longest first; kept as the citation's prefix.
SIGNALS = (
    "cf. for the following,", "for the following, see", "cited according to", "quoted according to",
    "as cited in", "quoted in", "cited in", "cf. also", "see also", "according to", "see, e.g.,",
    "see esp.", "cf. esp.", "cf.", "see", "vgl. auch", "vgl.", "siehe", "zit. nach", "zitiert nach",
    "nach", "also", "esp.", "e.g.,", "e.g.", "compare", "contra", "but see",
)
SIGNAL_AT_START = re.compile(
    r"^(?:" + "|".join(re.escape(s) for s in SIGNALS) + r")(?=\s|$)", re.IGNORECASE
)
SIGNAL_AT_END = re.compile(
    r"(?:^|(?<=[\s,;.]))(?:" + "|".join(re.escape(s) for s in SIGNALS) + r")\s*$", re.IGNORECASE
)

# Words that can stand capitalized before a year without being an author.
NOT_NAME = {
    "cf.", "see", "vgl.", "in", "the", "this", "that", "these", "those", "for", "also", "and", "but",
    "by", "from", "on", "at", "as", "to", "of", "with", "according", "cited", "quoted", "since",
    "until", "after", "before", "during", "between", "ibid.", "ibid", "ebd.", "no.", "nr.", "vol.",
    "bd.", "pp.", "art.", "arts.", "ca.", "about", "around", "end", "spring",
    "summer", "autumn", "fall", "winter", "mid", "early", "late", "year", "years", "fig.", "table",
}
MONTH_WORDS = {
    "jan.", "january", "feb.", "february", "march", "mar.", "april", "apr.", "may", "june", "jun.",
    "july", "jul.", "aug.", "august", "sept.", "sep.", "september", "oct.", "october", "nov.",
    "november", "dec.", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
    "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
}
PARTICLES = {"van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "ten", "ter", "zu", "dos", "del"}
NAME_TOKEN = re.compile(r"^[^\W\d_][\w’'‘-]*(?:/[^\W\d_][\w’'‘-]*)*\.?$")
MAX_NAME_TOKENS = 8
MAX_TITLE_WORDS = 16


@dataclass(frozen=True)
class Reference:
    """What a citation says about its work, before identity is decided."""

    kind: str  # PERSON, CORPORATE, TITLE, PERIODICAL
    printed: str  # the short form as printed, without locator: "Li Fu-dshun 1956"
    authors: tuple[Name, ...] = ()
    et_al: bool = False
    author_text: str = ""  # "Li Fu-dshun", for continuations and identity
    date: Date | None = None
    year_suffix: str = ""
    title: str = ""
    periodical: PeriodicalRef | None = None


@dataclass
class Found:
    """One citation in a note: its reference (or the one ibid. resolves to) and where it stands."""

    reference: Reference | None
    start: int
    end: int
    locator: Locator = field(default_factory=Locator)
    prefix: str = ""
    ibid: bool = False
    continuation: bool = False


@dataclass
class NoteReading:
    citations: list[Found]
    unparsed: str
    suspicious: list[str]  # clauses with no citation though the note has some, for the report


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans between top-level semicolons (a semicolon inside parentheses does not cut)."""
    spans, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == ";" and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def read_note(text: str, previous: Reference | None) -> NoteReading:
    """Citations of one note; `previous` is the last reference cited before it (for ibid.)."""
    found: list[Found] = []
    leftovers: list[str] = []  # per clause, joined below
    suspicious: list[str] = []
    last_in_note: Reference | None = None
    for start, end in clauses(text):
        clause_found = read_clause(text, start, end, last_in_note, previous)
        pieces: list[str] = []
        position = start
        for item in clause_found:
            gap = text[position:item.start]
            item.prefix, rest = split_signal(gap)
            pieces.append(rest)
            position = item.end
            if item.reference is not None:
                previous = item.reference
                last_in_note = item.reference
        pieces.append(text[position:end])
        leftovers.append(join_leftovers(pieces, " … "))
        if not clause_found and found and looks_like_citation(text[start:end]):
            suspicious.append(text[start:end].strip())
        found.extend(clause_found)
    if not found and looks_like_citation(text):
        suspicious.append(text.strip())
    return NoteReading(found, join_leftovers(leftovers, "; "), suspicious)


LOCATOR_HINT = re.compile(r"\bpp?\.\s?\d|\bS\.\s?\d|\b(?:1[5-9]|20)\d\d[a-z]?,\s?pp?\.")


def looks_like_citation(text: str) -> bool:
    return bool(LOCATOR_HINT.search(text))


def read_clause(
    text: str, start: int, end: int, last_in_note: Reference | None, previous: Reference | None
) -> list[Found]:
    clause = text[start:end]
    offset = start
    candidates = candidates_in(clause)
    results: list[Found] = []
    position = 0
    lead = leading_signal_length(clause)
    continued = read_continuation(clause, lead, last_in_note)
    if continued:
        results.append(shift(continued, offset))
        position = continued.end
    title = read_title_only(clause, lead, candidates)
    if title and not continued:
        results.append(shift(title, offset))
        position = title.end
    for candidate_start, kind, data in candidates:
        if candidate_start < position:
            continue
        item = materialize(clause, candidate_start, kind, data, previous_for_ibid(results, previous))
        if item is None:
            continue
        results.append(shift(item, offset))
        position = item.end
    return results


def previous_for_ibid(results: list[Found], previous: Reference | None) -> Reference | None:
    for item in reversed(results):
        if item.reference is not None:
            return item.reference
    return previous


def shift(item: Found, offset: int) -> Found:
    item.start += offset
    item.end += offset
    return item


def candidates_in(clause: str) -> list[tuple[int, str, object]]:
    """All candidate citation starts in a clause, in text order."""
    candidates: list[tuple[int, str, object]] = []
    for match in YEAR.finditer(clause):
        author_start = scan_authors_back(clause, match.start())
        if author_start is not None:
            candidates.append((author_start, "year", match))
    for match in PERIODICAL_START.finditer(clause):
        matched = match_periodical(clause[match.start():])
        if matched:
            candidates.append((match.start(), "periodical", matched))
    for match in IBID.finditer(clause):
        candidates.append((match.start(), "ibid", match))
    candidates.sort(key=lambda c: (c[0], c[1] != "periodical"))
    return candidates


def scan_authors_back(clause: str, year_start: int) -> int | None:
    """Where the author of a year starts, or None if no name stands right before it."""
    before = clause[:year_start]
    if before.endswith("et al., ") or before.endswith("u.a., "):
        before = before[: -len(", ")]
    elif not before.endswith(" ") or before.endswith("  "):
        return None
    tokens = before.rstrip().split(" ")
    taken: list[str] = []
    for token in reversed(tokens[-MAX_NAME_TOKENS:]):
        word = token.lower()
        if not taken and word in MONTH_WORDS:
            return None  # "March 1955" is a date
        if token == "al." and not taken:
            taken.append(token)
            continue
        if token == "et" and taken == ["al."]:
            taken.append(token)
            continue
        if word in NOT_NAME or word in MONTH_WORDS or not NAME_TOKEN.match(token):
            break
        if word in PARTICLES:
            taken.append(token)
            continue
        if not token[0].isupper():
            break
        taken.append(token)
    while taken and (taken[-1].lower() in PARTICLES or taken[-1] in ("et", "al.")):
        taken.pop()
    if not any(is_name_word(t) for t in taken):
        return None  # initials alone ("S. 1956" is a German page) or "et al." alone
    length = len(" ".join(reversed(taken)))
    return len(before.rstrip()) - length


INITIAL = re.compile(r"^[^\W\d_][a-z]?\.$")


def is_name_word(token: str) -> bool:
    return token not in ("et", "al.") and token.lower() not in PARTICLES and not INITIAL.match(token)


def leading_signal_length(clause: str) -> int:
    """Characters of space, punctuation and signal words before a clause's first citation."""
    stripped = clause.lstrip(" .,:")
    lead = len(clause) - len(stripped)
    match = SIGNAL_AT_START.match(stripped)
    if match:
        lead += match.end()
        lead += len(clause[lead:]) - len(clause[lead:].lstrip(" ,"))
    return lead


def read_continuation(clause: str, lead: int, last: Reference | None) -> Found | None:
    """"1968, p. 167ff." after a Croizier citation; "No. 161 (...)" after a CNA one."""
    if last is None:
        return None
    rest = clause[lead:]
    if last.kind in (PERSON, CORPORATE):
        match = CONTINUATION_YEAR.match(rest)
        if not match:
            return None
        reference = Reference(
            kind=last.kind,
            printed=f"{last.author_text} {match.group(0)}",
            authors=last.authors,
            et_al=last.et_al,
            author_text=last.author_text,
            date=year_date(match),
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


def read_title_only(clause: str, lead: int, candidates: list) -> Found | None:
    """"Eighth National Congress of the Communist Party of China, Vol. I, p. 116f.": a capitalized
    title at the clause's start, then a locator, with no other citation inside the title."""
    rest = clause[lead:]
    if not rest[:1].isupper():
        return None
    search_from = 0
    while True:
        comma = rest.find(", ", search_from)
        if comma <= 0:
            return None
        title = rest[:comma].strip()
        if len(title.split()) > MAX_TITLE_WORDS or any(lead <= c[0] < lead + comma for c in candidates):
            return None
        matched = match_locator(rest[comma + 2:])
        if matched and title and title[-1] not in ".:":
            locator, consumed = matched
            reference = Reference(kind=TITLE, printed=title, title=title)
            return Found(reference, lead, lead + comma + 2 + consumed, locator)
        search_from = comma + 2


def materialize(clause: str, start: int, kind: str, data, previous: Reference | None) -> Found | None:
    if kind == "ibid":
        if previous is None:
            return Found(None, start, data.end(), ibid=True)
        end, locator = read_locator_after(clause, data.end())
        return Found(previous, start, end, locator, ibid=True)
    if kind == "periodical":
        periodical, consumed = data
        return Found(periodical_reference(periodical), start, start + consumed, unbracket(periodical.locator))
    match = data
    author_text = clause[start:match.start()].strip().rstrip(",")
    reference = author_year_reference(author_text, match)
    end, locator = read_locator_after(clause, match.end())
    return Found(reference, start, end, locator)


def author_year_reference(author_text: str, match: re.Match) -> Reference:
    printed = f"{author_text}{',' if author_text.endswith('al.') else ''} {match.group(0)}"
    kind = classify_author_text(author_text)
    if kind == TITLE:
        # "Communist China 1955–1959": the years belong to the title.
        title = f"{author_text} {match.group(0)}"
        return Reference(kind=TITLE, printed=title, title=title)
    authors, et_al = parse_short_author(author_text)
    return Reference(
        kind=CORPORATE if kind == CORPORATE else PERSON,
        printed=printed,
        authors=authors,
        et_al=et_al,
        author_text=author_text.rstrip(","),
        date=year_date(match),
        year_suffix=match["suffix"] or "",
    )


def year_date(match: re.Match) -> Date:
    end = (int(match["end"]),) if match["end"] else ()
    return Date((int(match["year"]),), end)


def periodical_reference(periodical: PeriodicalRef) -> Reference:
    return Reference(kind=PERIODICAL, printed=periodical.printed, title=periodical.title, date=periodical.date,
                     periodical=periodical)


def read_locator_after(clause: str, position: int) -> tuple[int, Locator]:
    """A locator right after a short form (", p. 41" or " (p. 260)"); its end and value."""
    rest = clause[position:]
    for opener in (", ", " "):
        if rest.startswith(opener):
            matched = match_locator(rest[len(opener):])
            if matched:
                locator, consumed = matched
                return position + len(opener) + consumed, unbracket(locator)
    return position, Locator()


def unbracket(locator: Locator) -> Locator:
    """"NCNA, Sept. 24, 1954 (p. 260)": the brackets belong to the note, not to the locator."""
    if locator.printed.startswith("(") and locator.printed.endswith(")"):
        return replace(locator, printed=locator.printed[1:-1])
    return locator


def split_signal(gap: str) -> tuple[str, str]:
    """(signal, prose) from the text before a citation: "Cf. the tables " -> ("Cf.", "the tables")."""
    stripped = gap.lstrip(" .,;:").rstrip()
    match = SIGNAL_AT_START.match(stripped)
    if match:
        return match.group(0), stripped[match.end():].strip(" ,:")
    match = SIGNAL_AT_END.search(stripped)
    if match:
        return match.group(0).strip(), stripped[: match.start()].strip(" ,:")
    return "", stripped.rstrip(" ,:")


PUNCTUATION_ONLY = re.compile(r"^[\s.,;:()\[\]]*$")


def join_leftovers(pieces: list[str], separator: str) -> str:
    kept = [p.strip().lstrip(".,;:").strip() for p in pieces if not PUNCTUATION_ONLY.match(p)]
    return separator.join(p for p in kept if p)
