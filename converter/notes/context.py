"""What every note reader is given: one clause of a note and what is known around it.

Readers share one signature, `reader(context) -> Found | None` (clause openers) or
`finder(clause) -> candidates` whose `candidate.read(context) -> Found | None`, so that a new note
style is one function and one line in its registry (notes/openers.py, notes/candidates.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from converter.notes.history import History
from converter.notes.reference import Found, Reference


@dataclass(frozen=True)
class Candidate:
    """A citation found somewhere in a clause, that reads itself once the citations before it are read."""

    start: int  # where the citation starts in the clause
    priority: ClassVar[int] = 1  # at one start, lower priorities are tried first

    def read(self, context: "ClauseContext") -> Found | None:
        raise NotImplementedError


@dataclass
class ClauseContext:
    clause: str  # the clause's text, OCR look-alikes in numbers read as digits (same offsets as printed)
    lead: int  # where a citation may start: after the clause's punctuation and signal words
    candidates: Sequence[Candidate]  # every candidate citation found in the clause, in text order
    history: History  # what earlier citations (earlier notes included) tell this one
    last_in_note: Reference | None  # the note's citation before this clause

    @property
    def rest(self) -> str:
        """The clause from `lead` on."""
        return self.clause[self.lead:]

    def candidate_inside(self, start: int, end: int) -> bool:
        """Does a candidate citation start inside [start, end)? Then that text is no single citation."""
        return inside(self.candidates, start, end)


def inside(candidates: Sequence[Candidate], start: int, end: int) -> bool:
    return any(start <= candidate.start < end for candidate in candidates)
