"""Many chapters' Documents -> one set of records (`chap2bib ... --combine`).

A Document holds one chapter, so a combined file is not a Document of its own; it is a list of
records that every record writer can write:

- each chapter once, in input order, followed by the cited works it is the first to cite;
- each cited work once: a work cited by several chapters is one record whose citation note
  names every chapter ("Cited in Kraus 1982, note 7 (p. 41). Cited in Meyer 1985, note 3.");
- works are the same across chapters when resolve.keys.work_key says so (folded authors, year and
  year suffix; folded title words; periodical, volume, issue and date). identity.py's fuzzier
  rules (swapped names, one-edit given names) stay inside one chapter, where the author's own
  usage makes them safe;
- ids stay as each chapter's resolver gave them; an id an earlier record already has gets
  "-2", "-3" (so BibTeX keys, RIS IDs and CSL ids stay unique in the file);
- the same chapter given twice (same DOI; without a DOI, same title, authors and year) is kept
  once, and the repeat is reported.

`write_combined` writes the records through the ordinary writers: a Document whose `works` are
the records, written with `what="works"`, its per-record "Cited in" text in each work's `note`.
The model JSON describes one chapter and its notes, so it has no combined form.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from converter.errors import UsageError
from converter.model import CHAPTER, Document, Work
from converter.names.persons import name_key
from converter.resolve.keys import compact, work_key
from converter.writers import write
from converter.writers.options import WriteOptions
from converter.writers.records import citation_note

NOT_COMBINABLE = ("json", "html")  # formats with no combined form: the model and the review page are one chapter's


@dataclass
class Entry:
    work: Work
    chapter: bool
    cited_in: list[str] = field(default_factory=list)  # one "Cited in ..." sentence per citing chapter


@dataclass
class Combined:
    entries: list[Entry] = field(default_factory=list)
    merged: int = 0  # citations of a work some earlier chapter already cited
    repeated: list[str] = field(default_factory=list)  # chapters left out as repeats, one line each

    @property
    def chapters(self) -> int:
        return sum(1 for e in self.entries if e.chapter)

    @property
    def works(self) -> int:
        return sum(1 for e in self.entries if not e.chapter)


def chapter_key(chapter: Work) -> tuple:
    if chapter.doi:
        return ("doi", chapter.doi.lower())
    return ("page", compact(chapter.title), tuple(name_key(n) for n in chapter.authors),
            chapter.issued.iso() if chapter.issued else "")


def notes_citing(document: Document) -> dict[str, tuple]:
    """Work id -> the notes that cite it, in note order (each note once)."""
    citing: dict[str, list] = {}
    for note in document.notes:
        for work_id in dict.fromkeys(c.work_id for c in note.citations):
            citing.setdefault(work_id, []).append(note)
    return {work_id: tuple(notes) for work_id, notes in citing.items()}


class Combiner:
    """Add documents one at a time (each is dropped after `add`), then take `result`."""

    def __init__(self) -> None:
        self._combined = Combined()
        self._by_key: dict[tuple, Entry] = {}
        self._chapters: dict[tuple, str] = {}  # chapter key -> name of the input it came from
        self._ids: set[str] = set()

    def add(self, document: Document, name: str = "") -> str:
        """Merge one chapter's records; returns a warning when the chapter was a repeat, else ""."""
        key = chapter_key(document.chapter) if document.has_chapter else ("input", name, len(self._chapters))
        if key in self._chapters:
            warning = f"{name or document.chapter.id}: same chapter as {self._chapters[key]}; combined once"
            self._combined.repeated.append(warning)
            return warning
        self._chapters[key] = name or document.chapter.id
        entries = self._combined.entries
        if document.has_chapter:  # notes read alone bring works, no chapter record
            entries.append(Entry(document.chapter.with_(id=self._unique(document.chapter.id)), chapter=True))
        citing = notes_citing(document)
        for work in document.works:
            # records.citation_note scans every note of the document it is given: give it only the
            # notes that cite this work, or a 2,000-note chapter would cost works x notes.
            sentence = citation_note(Document(document.chapter, notes=citing.get(work.id, ())), work)
            key = work_key(work)
            entry = self._by_key.get(key)
            if entry is None:
                entry = Entry(work.with_(id=self._unique(work.id)), chapter=False)
                self._by_key[key] = entry
                entries.append(entry)
            else:
                self._combined.merged += 1
                forms = tuple(dict.fromkeys(entry.work.short_forms + work.short_forms))
                if forms != entry.work.short_forms:
                    entry.work = entry.work.with_(short_forms=forms)
            if sentence:
                entry.cited_in.append(sentence)
        return ""

    def _unique(self, key: str) -> str:
        candidate, n = key, 2
        while candidate in self._ids:
            candidate, n = f"{key}-{n}", n + 1
        self._ids.add(candidate)
        return candidate

    def result(self) -> Combined:
        return self._combined


def combine(documents: Iterable[Document]) -> Combined:
    combiner = Combiner()
    for document in documents:
        combiner.add(document)
    return combiner.result()


def to_document(combined: Combined, options: WriteOptions = WriteOptions()) -> Document:
    """The records as one Document for the writers: all of them in `works`, the chapter slot an
    unwritten placeholder; write it with `what="works"` and `citation_notes=False`."""
    works = []
    for entry in combined.entries:
        if (entry.chapter and options.what == "works") or (not entry.chapter and options.what == "chapter"):
            continue
        work = entry.work
        if options.citation_notes and entry.cited_in:
            work = work.with_(note="\n".join(filter(None, [work.note, " ".join(entry.cited_in)])))
        works.append(work)
    return Document(chapter=Work(id="", type=CHAPTER), works=tuple(works))


def write_combined(combined: Combined, format_name: str, options: WriteOptions = WriteOptions()) -> str:
    if format_name in NOT_COMBINABLE:
        raise UsageError(f"--format {format_name} describes one chapter; it has no combined form")
    document = to_document(combined, options)
    return write(document, format_name, replace(options, what="works", citation_notes=False))
