"""Find the citations in one note's text.

A note is cut into clauses at top-level semicolons. A clause may open with a citation that
only makes sense at its start (after signal words):
- a continuation of the citation before ("; 1968, p. 167ff.", "; No. 161 (...)");
- a full first citation, Chicago style ("J. Smith, The Title (London, 1970), p. 12");
- an author and short title ("Smith, The Title, p. 14");
- a title-only work ("Eighth National Congress ..., Vol. I, p. 116f.").
Then candidates found anywhere in the clause, in one pass each, are walked left to right:
- author-year short forms ("Li Fu-dshun 1956", "Tomson/Su 1972", "Smith (ed.) 1970",
  "ders. 1980"), found from the year backwards (author_scan.py) so prose stays out of names;
- periodical references ("CNA, No. 3 (Sept. 22, 1953)"), read by periodicals.match_periodical;
- ibid. ("Ibid.", "ebd.") -> the work cited last; op. cit. ("Smith, op. cit.", "a.a.O.") -> that
  author's work cited last.
Whatever lies between citations is a signal (kept as the citation's prefix) or prose (kept in
the note's `unparsed` text). Regexes are linear and scans bounded, so long notes stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from converter.model import Date, Locator, Name, Work
from converter.names.persons import classify_author_text, fold, parse_short_author
from converter.notes.author_scan import YEAR, AuthorSpan, scan_authors_back, take_name_tokens
from converter.notes.full_notes import (
    PUBLICATION,
    read_full_citation,
    short_title_matches,
    split_names_title,
    strip_quotes,
)
from converter.notes.locators import match_bare_pages, match_locator
from converter.notes.periodicals import PeriodicalRef, match_periodical
from converter.text import ocr_digits

PERSON, CORPORATE, TITLE, PERIODICAL = "person", "corporate", "title", "periodical"

CONTINUATION_YEAR = re.compile(
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s?[–-]\s?(?P<end>1[5-9]\d\d|20\d\d))?(?P<suffix>[a-z])?(?=[,.;:)]|\s|$)"
)
IBID = re.compile(r"(?<!\w)(?:ibid|ibidem|ebd|ebenda|ib)\.?(?!\w)", re.IGNORECASE)
OP_CIT = re.compile(
    r"(?<!\w)(?:op\.\s?cit\.?|loc\.\s?cit\.?|a\.\s?a\.\s?O\.?|l\.\s?c\.|ouvr\.\s?cit\.|art\.\s?cit\.)",
    re.IGNORECASE,
)
# A periodical title (siglum or a few capitalized words) followed by what only periodicals have;
# zero-width, so that every word start is tried ("Cf. NCNA, June 19, 1954" tries "NCNA" too).
PERIODICAL_START = re.compile(
    r"(?<![\w’'])(?=(?:[A-Z][A-Z&]{1,7}|[A-Z][\w’'.-]*(?: [\w’'.-]+){0,3}), "
    r"(?:No\.|Nr\.|Vol\.|Bd\.|Jg\.|Heft|\d{4},|\d{1,2}\.? [A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.? \d{1,2},))"
)
ISSUE_CONTINUATION = re.compile(r"(?:No\.|Nr\.|Vol\.)\s*\S")

# Signal phrases, longest first; kept as the citation's prefix.
SIGNALS = (
    "cf. for the following,", "for the following, see", "cited according to", "quoted according to",
    "as cited in", "quoted in", "cited in", "cf. also", "see also", "according to", "see, e.g.,",
    "see esp.", "cf. esp.", "cf.", "see", "vgl. auch", "vgl. dazu", "vgl.", "siehe auch", "siehe",
    "zit. nach", "zitiert nach", "zit. in", "nach", "also", "esp.", "e.g.,", "e.g.", "compare", "contra",
    "but see", "voir aussi", "voir", "cité dans", "cité par", "cf. aussi",
)
SIGNAL_AT_START = re.compile(r"^(?:" + "|".join(re.escape(s) for s in SIGNALS) + r")(?=\s|$)", re.IGNORECASE)
SIGNAL_AT_END = re.compile(
    r"(?:^|(?<=[\s,;.]))(?:" + "|".join(re.escape(s) for s in SIGNALS) + r")\s*$", re.IGNORECASE
)
MAX_TITLE_WORDS = 16
LOCATOR_HINT = re.compile(r"\bpp?\.\s?\d|\bS\.\s?\d|\b(?:1[5-9]|20)\d\d[a-z]?,\s?pp?\.")
PUNCTUATION_ONLY = re.compile(r"^[\s.,;:()\[\]]*$")


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


@dataclass
class History:
    """What earlier citations tell later ones: the last work (ibid.), each author's last work
    (op. cit.), and the titled works of each author (short titles)."""

    last: Reference | None = None
    by_family: dict[str, Reference] = field(default_factory=dict)
    titled: dict[str, list[Reference]] = field(default_factory=dict)

    @classmethod
    def after(cls, reference: Reference | None) -> "History":
        history = cls()
        if reference is not None:
            history.record(reference)
        return history

    def record(self, reference: Reference) -> None:
        self.last = reference
        if reference.authors:
            family = family_key(reference.authors[0])
            self.by_family[family] = reference
            if reference.title and reference not in self.titled.get(family, []):
                self.titled.setdefault(family, []).append(reference)

    def by_author_text(self, author_text: str) -> Reference | None:
        authors, _ = parse_short_author(author_text)
        return self.by_family.get(family_key(authors[0])) if authors else None

    def by_short_title(self, authors: tuple[Name, ...], short_title: str) -> Reference | None:
        if not authors:
            return None
        for reference in reversed(self.titled.get(family_key(authors[0]), [])):
            if short_title_matches(short_title, reference.title):
                return reference
        return None


def family_key(name: Name) -> str:
    return fold(name.literal or name.family)


@dataclass
class NoteReading:
    citations: list[Found]
    unparsed: str
    suspicious: list[str]  # clauses with no citation though they look like one, for the report


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


def read_note(text: str, history: History | Reference | None = None) -> NoteReading:
    """Citations of one note. `history` (updated as citations are read) carries what earlier notes
    cited; a bare Reference stands for a history whose last citation it is."""
    if not isinstance(history, History):
        history = History.after(history)
    printed, text = text, ocr_digits(text)  # read digits through OCR slips; keep what was printed
    found: list[Found] = []
    leftovers: list[str] = []
    suspicious: list[str] = []
    last_in_note: Reference | None = None
    for start, end in clauses(text):
        clause_found = read_clause(text[start:end], last_in_note, history)
        pieces: list[str] = []
        position = 0
        for item in clause_found:
            item.prefix, rest = split_signal(printed[start + position:start + item.start])
            pieces.append(rest)
            position = item.end
            if item.reference is not None:
                last_in_note = item.reference
            item.start += start
            item.end += start
        pieces.append(printed[start + position:end])
        leftovers.append(join_leftovers(pieces, " … "))
        if not clause_found and found and looks_like_citation(text[start:end]):
            suspicious.append(printed[start:end].strip())
        found.extend(clause_found)
    if not found and looks_like_citation(text):
        suspicious.append(printed.strip())
    if printed != text:
        for item in found:
            item.locator = locator_as_printed(item, text, printed)
    return NoteReading(found, join_leftovers(leftovers, "; "), suspicious)


def locator_as_printed(item: Found, text: str, printed: str) -> Locator:
    """The locator's `printed` from the note as printed ("p. l2"), its values from the read copy."""
    if not item.locator.printed:
        return item.locator
    at = text.rfind(item.locator.printed, item.start, item.end)
    if at < 0:
        return item.locator
    return replace(item.locator, printed=printed[at:at + len(item.locator.printed)])


def looks_like_citation(text: str) -> bool:
    return bool(LOCATOR_HINT.search(text))


def read_clause(clause: str, last_in_note: Reference | None, history: History) -> list[Found]:
    candidates = candidates_in(clause)
    lead = leading_signal_length(clause)
    results: list[Found] = []
    first = (read_continuation(clause, lead, last_in_note)
             or read_full_note(clause, lead, candidates)
             or read_full_note_after_signal(clause, lead, candidates)
             or read_full_reference(clause, lead)
             or read_author_short_title(clause, lead, candidates, history)
             or read_title_only(clause, lead, candidates))
    position = 0
    if first:
        results.append(first)
        position = first.end
        if first.reference:
            history.record(first.reference)
    for candidate_start, kind, data in candidates:
        if candidate_start < position:
            continue
        item = materialize(clause, candidate_start, kind, data, history)
        if item is None:
            continue
        results.append(item)
        position = item.end
        if item.reference:
            history.record(item.reference)
    return results


def candidates_in(clause: str) -> list[tuple[int, str, object]]:
    """All candidate citation starts in a clause, in text order."""
    candidates: list[tuple[int, str, object]] = []
    for match in YEAR.finditer(clause):
        span = scan_authors_back(clause, match.start())
        if span is not None:
            candidates.append((span.start, "year", (span, match)))
    for match in PERIODICAL_START.finditer(clause):
        matched = match_periodical(clause[match.start():])
        if matched:
            candidates.append((match.start(), "periodical", matched))
    for match in IBID.finditer(clause):
        candidates.append((match.start(), "ibid", match))
    for match in OP_CIT.finditer(clause):
        start = op_cit_author_start(clause, match.start())
        if start is not None:
            candidates.append((start, "op-cit", match))
    candidates.sort(key=lambda c: (c[0], c[1] != "periodical"))
    return candidates


def op_cit_author_start(clause: str, marker_start: int) -> int | None:
    """"Smith, op. cit." -> where "Smith" starts; "Ders., a.a.O." too; None without a name."""
    before = clause[:marker_start]
    if not before.endswith(", "):
        return None
    tokens = before[:-2].split(" ")
    taken = take_name_tokens(tokens[-8:])
    if taken:
        return marker_start - 2 - len(" ".join(taken))
    if tokens[-1].lower() in {"ders.", "dies.", "idem", "id."}:
        return marker_start - 2 - len(tokens[-1])
    return None


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
    if last.kind in (PERSON, CORPORATE) and last.authors:
        match = CONTINUATION_YEAR.match(rest)
        if not match:
            return None
        reference = Reference(
            kind=last.kind,
            printed=f"{last.author_text} {match.group(0)}",
            authors=last.authors,
            et_al=last.et_al,
            editors_only=last.editors_only,
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


def inside_candidate(candidates: list, start: int, end: int) -> bool:
    return any(start <= c[0] < end for c in candidates)


def read_full_note(clause: str, lead: int, candidates: list) -> Found | None:
    """"J. Smith, The Title (London, 1970), 12": a full first citation at the clause's start."""
    full = read_full_citation(clause[lead:])
    if not full or inside_candidate(candidates, lead, lead + full.end - 8):
        return None
    reference = Reference(
        kind=PERSON, printed=clause[lead:lead + full.end], authors=full.authors, et_al=full.et_al,
        author_text=full.author_text, date=full.work.issued, year_suffix=full.work.year_suffix,
        title=full.work.title, full=full.work,
    )
    end, locator = read_locator_after(clause, lead + full.end)
    return Found(reference, lead, end, locator)


# A reference-list entry printed as a note: "Smith, J., & Lee, K. (1990). Title. Place: Publisher."
FULL_REFERENCE_HEAD = re.compile(
    r"(?P<authors>[A-Z][^\s,()]*(?: [A-Z][^\s,()]*)?, (?:[A-Z][a-z]?\.[\s-]?)+[^()]{0,200}?) "
    r"\((?P<year>1[5-9]\d\d|20\d\d|n\.\s?d\.)[a-z]?(?:, [^()]{1,30})?\)\. (?=\S)"
)


def read_full_reference(clause: str, lead: int) -> Found | None:
    """A whole reference in a note, read by the reference-list reader; it takes the clause."""
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


SIGNAL_INSIDE = re.compile(
    r"(?<=[\s,;:])(?:" + "|".join(re.escape(s) for s in SIGNALS if s[-1] not in ",") + r")\s(?=[A-Z])", re.IGNORECASE
)


def read_full_note_after_signal(clause: str, lead: int, candidates: list) -> Found | None:
    """"On the taotai’s position, see Philip A. Kuhn, “The Taiping Rebellion,” in ... (…, 1978), 264.":
    a full citation after prose, opened by a signal word."""
    if not PUBLICATION.search(clause, lead):
        return None  # no "(Place: Publisher, 1978)": no full citation anywhere in the clause
    for signal in SIGNAL_INSIDE.finditer(clause, lead):
        found = read_full_note(clause, signal.end(), [c for c in candidates if c[0] >= signal.end()])
        if found:
            return found
    return None


# "Kuhn, “Taiping Rebellion,” 270": the comma that ends a quoted short title sits inside the quotes.
QUOTED_SHORT_TITLE = re.compile(r"(?P<names>[^,“\"‘]{2,80}), [“\"‘](?P<title>[^”\"’]{1,200}?)[,.]?[”\"’],?\s")


def read_author_short_title(clause: str, lead: int, candidates: list, history: History) -> Found | None:
    """"Smith, The Title, p. 14", "Spence, Search, 520", "Kuhn, “Taiping Rebellion,” 270": an
    author's work named by a short title, before its locator."""
    rest = clause[lead:]
    quoted_form = QUOTED_SHORT_TITLE.match(rest)
    if quoted_form and classify_author_text(quoted_form["names"]) == "person":
        after = quoted_form.end()
        matched = match_locator(rest[after:]) or match_bare_pages(rest[after:])
        if matched:
            return short_title_citation(quoted_form["names"], quoted_form["title"], lead, after, matched, history,
                                        rest[:after].rstrip(" ,"))
    for comma in comma_positions(rest):
        matched = match_locator(rest[comma + 2:]) or match_bare_pages(rest[comma + 2:])
        if not matched:
            continue
        head = rest[:comma]
        split = split_names_title(head)
        if not split or inside_candidate(candidates, lead, lead + comma):
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


def read_title_only(clause: str, lead: int, candidates: list) -> Found | None:
    """"Eighth National Congress of the Communist Party of China, Vol. I, p. 116f.": a capitalized
    title at the clause's start, then a locator, with no other citation inside the title."""
    rest = clause[lead:]
    if not rest[:1].isupper():
        return None
    for comma in comma_positions(rest):
        title = rest[:comma].strip()
        if len(title.split()) > MAX_TITLE_WORDS or inside_candidate(candidates, lead, lead + comma):
            return None
        matched = match_locator(rest[comma + 2:])
        if matched and title[-1] not in ".:":
            locator, consumed = matched
            return Found(Reference(kind=TITLE, printed=title, title=title), lead, lead + comma + 2 + consumed, locator)
    return None


def materialize(clause: str, start: int, kind: str, data, history: History) -> Found | None:
    if kind == "ibid":
        end, locator = read_locator_after(clause, data.end())
        if history.last is None:
            return Found(None, start, end, locator, ibid=True, unresolved="ibid. with no citation before it")
        return Found(history.last, start, end, locator, ibid=True)
    if kind == "op-cit":
        end, locator = read_locator_after(clause, data.end())
        author_text = clause[start:data.start()].rstrip(", ")
        earlier = same_author(history) if author_text.lower() in {"ders.", "dies.", "idem", "id."} else (
            history.by_author_text(author_text))
        if earlier is None:
            return Found(None, start, end, locator, unresolved=f"“{clause[start:data.end()]}” with no earlier work by that author")
        return Found(earlier, start, end, locator)
    if kind == "periodical":
        periodical, consumed = data
        return Found(periodical_reference(periodical), start, start + consumed, unbracket(periodical.locator))
    span, match = data
    if span.same_author:
        earlier = same_author(history)
        if earlier is None:
            return None
        reference = replace(earlier, printed=f"{earlier.author_text} {match.group(0)}", date=year_date(match),
                            year_suffix=match["suffix"] or "", title="", periodical=None, full=None)
        end, locator = read_locator_after(clause, match.end())
        return Found(reference, start, end, locator, continuation=True)
    author_text = clause[start:match.start()].strip().rstrip("(").strip()
    reference = author_year_reference(author_text, match, span)
    if not span.parenthesized:
        end, locator = read_locator_after(clause, match.end())
        return Found(reference, start, end, locator)
    # "Lardy (1978), p. 45", "Lardy (1978, p. 45)", "Naughton (2007: 112–115)"
    if clause.startswith(")", match.end()):
        end, locator = read_locator_after(clause, match.end() + 1)
        return Found(reference, start, end, locator)
    end, locator = read_locator_after(clause, match.end())
    if not clause.startswith(")", end):
        return None  # "(1978 and later)": not a citation's bracket
    return Found(reference, start, end + 1, locator)


def same_author(history: History) -> Reference | None:
    last = history.last
    return last if last is not None and last.kind in (PERSON, CORPORATE) and last.authors else None


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


def year_date(match: re.Match) -> Date | None:
    if not match["year"]:
        return None  # "n.d.", "o.J."
    end = (int(match["end"]),) if match["end"] else ()
    return Date((int(match["year"]),), end)


def periodical_reference(periodical: PeriodicalRef) -> Reference:
    return Reference(kind=PERIODICAL, printed=periodical.printed, title=periodical.title, date=periodical.date,
                     periodical=periodical)


def read_locator_after(clause: str, position: int) -> tuple[int, Locator]:
    """A locator right after a short form (", p. 41", " (p. 260)", or Chicago's bare ", 512–15" and
    ": 363–81"); its end and value."""
    rest = clause[position:]
    for opener in (", ", " ", ": "):
        if rest.startswith(opener):
            matched = match_locator(rest[len(opener):])
            if not matched and opener != " ":
                matched = match_bare_pages(rest[len(opener):])
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


def join_leftovers(pieces: list[str], separator: str) -> str:
    kept = [p.strip().lstrip(".,;:").strip() for p in pieces if not PUNCTUATION_ONLY.match(p)]
    return separator.join(p for p in kept if p)
