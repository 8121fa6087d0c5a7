"""What a user can ask of every writer; one frozen value so writers stay pure functions."""

from __future__ import annotations

from dataclasses import dataclass

WHAT_CHOICES = ("all", "chapter", "works")


@dataclass(frozen=True)
class WriteOptions:
    what: str = "all"  # which records: the chapter, the cited works, or both (chapter first)
    citation_notes: bool = True  # attach "Cited in ..., note 7 (p. 41)" to each cited work
    ascii: bool = False  # BibTeX only: LaTeX-escape everything outside ASCII
    key_format: str = "id"  # citation keys: a template name of citekeys.formula.TEMPLATES or a formula
    print_citation_notes: bool = False  # BibTeX/biblatex: citation notes in `note`/`addendum`, not `annote`
    style: str = "chicago-author-date"  # the CSL style of the formatted bibliography (text, bibliography-html)
