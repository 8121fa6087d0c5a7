"""Find the citations in one note's text.

A note is cut into clauses at top-level semicolons. In each clause the openers (notes/openers.py)
are tried at its start, after its signal words; then the candidates found anywhere in the clause
(notes/candidates.py) are read left to right, each after the citation before it. Whatever lies
between citations is a signal (kept as the citation's prefix) or prose (kept in the note's
`unparsed` text). Regexes are linear and scans bounded, so long notes stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from converter.lexicon import YEAR
from converter.model import Locator
from converter.notes.candidates import candidates_in
from converter.notes.context import ClauseContext
from converter.notes.history import History
from converter.notes.openers import OPENERS
from converter.notes.reference import Found, Reference
from converter.notes.signals import leading_signal_length, split_signal
from converter.text import ocr_digits

LOCATOR_HINT = re.compile(rf"\bpp?\.\s?\d|\bS\.\s?\d|\b(?:{YEAR})[a-z]?,\s?pp?\.")
PUNCTUATION_ONLY = re.compile(r"^[\s.,;:()\[\]]*$")


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


def read_clause(clause: str, last_in_note: Reference | None, history: History) -> list[Found]:
    context = ClauseContext(clause, leading_signal_length(clause), candidates_in(clause), history, last_in_note)
    results: list[Found] = []
    first = next((found for found in (opener(context) for opener in OPENERS) if found), None)
    position = 0
    if first:
        results.append(first)
        position = first.end
        if first.reference:
            history.record(first.reference)
    for candidate in context.candidates:
        if candidate.start < position:
            continue
        item = candidate.read(context)
        if item is None:
            continue
        results.append(item)
        position = item.end
        if item.reference:
            history.record(item.reference)
    return results


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


def join_leftovers(pieces: list[str], separator: str) -> str:
    kept = [p.strip().lstrip(".,;:").strip() for p in pieces if not PUNCTUATION_ONLY.match(p)]
    return separator.join(p for p in kept if p)
