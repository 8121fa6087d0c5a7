"""What a user can ask of every writer; one frozen value so writers stay pure functions."""

from __future__ import annotations

from dataclasses import dataclass

WHAT_CHOICES = ("all", "chapter", "works")


@dataclass(frozen=True)
class WriteOptions:
    what: str = "all"  # which records: the chapter, the cited works, or both (chapter first)
    citation_notes: bool = True  # attach "Cited in ..., note 7 (p. 41)" to each cited work
    ascii: bool = False  # BibTeX only: LaTeX-escape everything outside ASCII
