"""What earlier citations tell later ones: the work cited last (ibid.), each author's last work (op. cit.),
and each author's titled works (short titles). Updated as a page's notes are read, in order."""

from __future__ import annotations

from dataclasses import dataclass, field

from converter.names.persons import parse_short_author
from converter.notes.full_notes import short_title_matches
from converter.notes.reference import CORPORATE, PERSON, Reference, family_key


@dataclass
class History:
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

    def by_short_title(self, authors: tuple, short_title: str) -> Reference | None:
        if not authors:
            return None
        for reference in reversed(self.titled.get(family_key(authors[0]), [])):
            if short_title_matches(short_title, reference.title):
                return reference
        return None

    def same_author(self) -> Reference | None:
        """The citation before, when it has an author ("ders. 1980", "Idem, op. cit.")."""
        last = self.last
        return last if last is not None and last.kind in (PERSON, CORPORATE) and last.authors else None
