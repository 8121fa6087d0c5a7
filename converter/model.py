"""The one model in the middle: every reader produces a Document, every writer consumes one.

Plain frozen values (tuples, not lists) so that documents compare, hash and survive
property tests. The shape follows CSL's data model, which is also Zotero's: a work is flat
(a chapter carries its book's title, editors, publisher and ISBNs as container fields), names
are family/given or a literal, dates are date-parts, and the locator belongs to the citation,
not to the work.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

MODEL_VERSION = 1

# CSL item types this project emits; writers map them through their own tables.
CHAPTER = "chapter"
BOOK = "book"
NEWSPAPER_ARTICLE = "article-newspaper"
MAGAZINE_ARTICLE = "article-magazine"
JOURNAL_ARTICLE = "article-journal"
PAPER_CONFERENCE = "paper-conference"
THESIS = "thesis"
REPORT = "report"
ENTRY = "entry-encyclopedia"  # a reference-work entry; Zotero: encyclopediaArticle
DOCUMENT = "document"
WORK_TYPES = (
    CHAPTER, BOOK, NEWSPAPER_ARTICLE, MAGAZINE_ARTICLE, JOURNAL_ARTICLE, PAPER_CONFERENCE, ENTRY, THESIS, REPORT, DOCUMENT,
)


@dataclass(frozen=True)
class Name:
    """A person (family/given, particle, suffix) or an institution (literal only).

    `family_first` marks names printed family-first (East Asian order, e.g. "Mao Tse-tung");
    it becomes CSL's `static-ordering` so that styles do not invert them.
    """

    family: str = ""
    given: str = ""
    particle: str = ""  # non-dropping particle: "van", "de", "von"
    suffix: str = ""  # "Jr.", "III"
    literal: str = ""  # institutions and corporate authors
    family_first: bool = False

    def display(self) -> str:
        """The name as a person reads it in running text."""
        if self.literal:
            return self.literal
        family = f"{self.particle} {self.family}".strip()
        if self.family_first:
            parts = [family, self.given]
        else:
            parts = [self.given, family]
        text = " ".join(p for p in parts if p)
        return f"{text}, {self.suffix}" if self.suffix else text


@dataclass(frozen=True)
class Date:
    """A date as date-parts: (year,), (year, month) or (year, month, day).

    `end` is the last date of a range (a multi-year work "1959–1960" is (1959,)..(1960,)).
    """

    parts: tuple[int, ...]
    end: tuple[int, ...] = ()

    @property
    def year(self) -> int:
        return self.parts[0]

    def iso(self) -> str:
        """ISO 8601 (EDTF interval for ranges): 1953-09-22, 1959/1960."""
        start = "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(self.parts))
        if not self.end:
            return start
        end = "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(self.end))
        return f"{start}/{end}"

    def year_text(self, dash: str = "–") -> str:
        """The year as printed in a short form: "1956", "1959–1960"."""
        if self.end and self.end[0] != self.parts[0]:
            return f"{self.parts[0]}{dash}{self.end[0]}"
        return str(self.parts[0])


@dataclass(frozen=True)
class Work:
    """One citable work: the chapter itself or a work its notes cite.

    Field names follow CSL variables (snake_case); `container_*` and `editors` of a chapter
    describe the book it is part of, as in CSL and in Zotero's bookSection.
    """

    id: str
    type: str = BOOK
    title: str = ""
    title_short: str = ""
    authors: tuple[Name, ...] = ()
    et_al: bool = False  # the source printed "et al.": more authors than listed
    editors: tuple[Name, ...] = ()
    translators: tuple[Name, ...] = ()
    issued: Date | None = None
    year_suffix: str = ""  # the "a" of "Grossmann 1974a"
    container_title: str = ""
    container_title_short: str = ""  # sigla as printed: "CNA", "JMJP"
    collection_title: str = ""  # book series
    collection_title_short: str = ""
    collection_number: str = ""
    event_title: str = ""  # the conference a paper was given at: "KGW 2023"
    volume: str = ""
    issue: str = ""
    page: str = ""  # page range of the work itself, "27-52"
    chapter_number: str = ""
    edition: str = ""
    genre: str = ""  # a thesis's or report's kind as printed: "PhD thesis", "Working paper"
    publisher: str = ""
    publisher_place: str = ""
    doi: str = ""  # normalized: "10.1007/978-1-4612-5728-8_3"
    isbns: tuple[str, ...] = ()  # hyphenated, checksum-verified; print first, then online
    issn: str = ""
    url: str = ""
    abstract: str = ""
    language: str = ""  # BCP 47: "en", "de"
    copyright: str = ""  # "© 1982 Springer-Verlag New York Inc."
    keywords: tuple[str, ...] = ()
    note: str = ""
    citation_key: str = ""  # the key the user's own bibliography gives the work (--bibliography): writers keep it
    # Provenance, outside CSL: how the work was printed in the notes ("Li Fu-dshun 1956")
    # and which other printed forms were merged into it ("Schräm 1974").
    short_forms: tuple[str, ...] = ()

    def with_(self, **changes) -> "Work":
        return replace(self, **changes)


# CSL locator labels used by this project (a subset of CSL's locator terms).
LOCATOR_LABELS = (
    "page", "volume", "note", "supplement", "section", "chapter", "table", "figure", "part", "article", "column",
)


@dataclass(frozen=True)
class Locator:
    """Where in a work a citation points, structured and as printed.

    `Vol. 2, pp. 129, 135` -> volume "2", pages ("129", "135"), label "page",
    value "129, 135", printed "Vol. 2, pp. 129, 135".
    """

    printed: str = ""  # the locator text exactly as printed (OCR slips included)
    label: str = "page"  # CSL label of `value`
    value: str = ""  # the CSL locator: "41", "81, 86", "3–7", "738f.", "passim"
    volume: str = ""  # "2", "XXI", "V"
    pages: tuple[str, ...] = ()  # each page or range as one item: ("129", "135"), ("63ff.",)
    note: str = ""  # footnote number inside the cited page: "Fn. 1" -> "1"
    section: str = ""  # "Supplement", "Appendix A"

    def __bool__(self) -> bool:
        return bool(self.printed or self.value)


@dataclass(frozen=True)
class Citation:
    """One reference from one note to one work (CSL's cite-item)."""

    work_id: str
    text: str  # the span of the note it came from, as printed
    locator: Locator = field(default_factory=Locator)
    prefix: str = ""  # signal words: "Cf.", "See also", "Cited according to"
    suffix: str = ""
    ibid: bool = False  # printed as "Ibid."/"ibid."; work_id is what it resolved to
    continuation: bool = False  # printed without its author: "...; 1968, p. 167ff."
    confidence: float = 1.0  # how sure the reader is of this reading (the labeller's probability), 0..1


@dataclass(frozen=True)
class Note:
    number: int  # as printed
    text: str  # the full note as printed (whitespace normalized only)
    citations: tuple[Citation, ...] = ()
    unparsed: str = ""  # the text left once citations and signal words are taken out


@dataclass(frozen=True)
class Problem:
    """Something a reader should know: text not understood, works merged, numbering gaps."""

    kind: str  # one of PROBLEM_KINDS
    message: str
    note: int | None = None
    text: str = ""


PROBLEM_KINDS = (
    "unparsed",  # text that looks like a citation but could not be read
    "ibid-unresolved",  # ibid. with nothing cited before it
    "merged",  # two printed forms judged to be the same work
    "near-miss",  # two printed forms that look alike but were kept apart
    "numbering",  # notes that skip or repeat numbers
    "header",  # a chapter field the page does not give
    "resolved",  # a short form linked to a work of a bibliography the user gave
    "ambiguous",  # a short form that matches several full works: kept as a short form
    "unresolved",  # a short form that matches no full work: kept as a short form
    "low-confidence",  # a citation read, but with low confidence: check it
)


# The id of the empty chapter record of notes read without their page. No work's id can be it: work ids
# are letters and digits, with "-" only before a number.
NO_CHAPTER_ID = "no-chapter"


@dataclass(frozen=True)
class Document:
    chapter: Work
    works: tuple[Work, ...] = ()  # cited works in order of first citation
    notes: tuple[Note, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def has_chapter(self) -> bool:
        """False for notes or a reference list read without their page: the chapter record then has the
        id NO_CHAPTER_ID and no title, and writers leave it out."""
        return self.chapter.id != NO_CHAPTER_ID

    def work(self, work_id: str) -> Work:
        if work_id == self.chapter.id:
            return self.chapter
        return self._works_by_id[work_id]  # KeyError for an id no work has

    @cached_property
    def _works_by_id(self) -> dict[str, Work]:
        # Built once: the review page looks up the work of every citation.
        return {work.id: work for work in reversed(self.works)}  # reversed: the first of a repeated id wins

    def citations_of(self, work_id: str) -> list[tuple[Note, Citation]]:
        """Every (note, citation) pair that points at a work, in note order."""
        return self._citations_by_work.get(work_id, [])

    @cached_property
    def _citations_by_work(self) -> dict[str, list[tuple[Note, Citation]]]:
        # Built once: writers ask for every work, and a scan per work would be works x notes.
        index: dict[str, list[tuple[Note, Citation]]] = {}
        for note in self.notes:
            for citation in note.citations:
                index.setdefault(citation.work_id, []).append((note, citation))
        return index
