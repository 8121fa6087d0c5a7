"""RIS (`--format ris`) as Zotero's RIS translator and EndNote read it.

Each record is `TY  - ` first, `ID  - <work id>`, tags in a fixed order, `ER  - ` last; records
are separated by one blank line; lines end in CRLF (what Zotero writes); the text is UTF-8 and
carries no BOM (EndNote asks for the encoding at import: choose UTF-8).

What the writer decides:
- Every value is one line: newlines and other whitespace collapse to one space and control
  characters are dropped (one_line), so no value can start a tag or end its record. A tag whose
  value is empty is not written.
- Names are "Family, Given, Suffix" (the RIS spec's order; Zotero keeps family and given), the
  particle in front of the family name ("van Beethoven, Ludwig"); an institution is written whole
  with a trailing comma ("State Statistical Bureau,"), EndNote's way to mark a corporate author.
- "et al." adds no author: the record gets the note line csl_json.ET_AL_NOTE in N1.
- PY is the first year. DA carries month and day ("1953/09/22/"). A range has no RIS spelling
  (Zotero would read "1959/1960" as a month), so it keeps its first year in PY and the range goes
  into an N1 line, "Published 1959–1960."
- KW: one line per keyword (Zotero: tags). N1, one line each: the work's own note, the et-al
  line, the range, the "Cited in ..." text (Zotero: one child note each).
- ID is the record's citation key (records.keys), which Zotero ignores (RIS.js: `ID: "__ignore"`);
  so the key is also `M2  - Citation Key: …`, which Zotero imports into Extra (RIS.js
  degenerateImportFieldMap `M2: "extra"`), where Better BibTeX and Zotero's citation key field read it.
- A conference paper's proceedings title is C3 (RIS.js fieldMap `C3: {proceedingsTitle:
  ["conferencePaper"]}`; T2 would be the conference's name) and BT (pandoc and bibutils read BT).
- An arXiv preprint is RPRT with "arXiv:<id>" as its number in SN (Zotero: a report with that
  report number, as its arXiv translator filed preprints before Zotero had a preprint type).
"""

from __future__ import annotations

import re

from converter.csl import ISBN_SEPARATOR
from converter.model import (
    BOOK,
    CHAPTER,
    DOCUMENT,
    ENTRY,
    JOURNAL_ARTICLE,
    MAGAZINE_ARTICLE,
    NEWSPAPER_ARTICLE,
    PAPER_CONFERENCE,
    REPORT,
    THESIS,
    Date,
    Document,
    Name,
    Work,
)
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT, arxiv_id, citation_notes, keys, kind, note_lines, one_line, records

EXTENSION = "ris"
MEDIA_TYPE = "application/x-research-info-systems"
NEWLINE = "\r\n"

# Model type -> TY. Never GEN: Zotero imports GEN (and unknown TY) as a journal article; a work of
# unknown kind in humanities notes is most likely a book.
TYPES: dict[str, str] = {
    CHAPTER: "CHAP",
    BOOK: "BOOK",
    NEWSPAPER_ARTICLE: "NEWS",
    MAGAZINE_ARTICLE: "MGZN",
    JOURNAL_ARTICLE: "JOUR",
    PAPER_CONFERENCE: "CPAPER",
    ENTRY: "ENCYC",
    THESIS: "THES",
    REPORT: "RPRT",
    DOCUMENT: "BOOK",
    PREPRINT: "RPRT",
}

# Tags whose meaning depends on TY (Zotero's RIS.js fieldMap; EndNote agrees on T2/A2/T3):
# a book's editors are A3 and its series T2; a chapter's book title is T2 and BT (bibutils reads
# only BT); the number in a series is SV for a chapter and M1 for a book.
EDITOR_TAG = {"BOOK": "A3"}  # default A2
CONTAINER_TAGS = {"CHAP": ("T2", "BT"), "BOOK": (), "CPAPER": ("C3", "BT")}  # default ("T2",)
SERIES_TAG = {"BOOK": "T2"}  # default T3
SERIES_NUMBER_TAG = {"CHAP": "SV", "BOOK": "M1"}  # other types: none
ISSN_TYPES = {"JOUR", "MGZN", "NEWS"}  # SN holds the ISSN for these, the ISBNs otherwise
ISSUE_TYPES = {"JOUR", "MGZN", "NEWS", "CPAPER", "ENCYC"}  # Zotero reads a chapter's IS as a volume count
ABBREVIATION_TYPES = {"JOUR", "MGZN", "NEWS"}  # J2: the container's short form ("CNA")

# Tag order inside a record (after TY and ID); a tag may repeat (AU, A2, N1).
ORDER = (
    "TI", "ST", "AU", "A2", "A3", "T2", "C3", "BT", "J2", "T3", "VL", "IS", "SV", "M1", "SP", "EP", "ET", "M3",
    "PY", "DA", "PB", "CY", "SN", "DO", "UR", "AB", "LA", "KW", "M2", "N1",
)

PAGE_RANGE = re.compile(r"^(.+?)\s*[-\u2010-\u2015]+\s*(.+)$")


def ris_name(name: Name) -> str:
    """"Family, Given, Suffix"; an institution ends in a comma, EndNote's mark of a corporate author
    (pandoc then keeps it whole too; Zotero reads an empty given name)."""
    if name.literal:
        literal = one_line(name.literal)
        return f"{literal}," if literal else ""
    family = one_line(f"{name.particle} {name.family}")
    given, suffix = one_line(name.given), one_line(name.suffix)
    if not family:
        return given
    if suffix:
        return f"{family}, {given}, {suffix}"
    return f"{family}, {given}" if given else family


def date_tags(date: Date) -> list[tuple[str, str]]:
    tags = [("PY", f"{date.year:04d}")]
    if len(date.parts) > 1 and not date.end:
        month = f"{date.parts[1]:02d}"
        day = f"{date.parts[2]:02d}" if len(date.parts) > 2 else ""
        tags.append(("DA", f"{date.year:04d}/{month}/{day}/"))
    return tags


def range_note(date: Date | None) -> str:
    if not date or not date.end:
        return ""
    text = date.year_text() if len(date.parts) == len(date.end) == 1 else date.iso()
    return f"Published {text}."


def tags(work: Work, citation_note: str, key: str = "") -> list[tuple[str, str]]:
    """(tag, value) pairs in ORDER, values one line, empty ones left out."""
    work_kind = kind(work)
    ty = TYPES.get(work_kind, "BOOK")
    pairs: list[tuple[str, str]] = [("TI", work.title), ("ST", work.title_short)]
    pairs += [("AU", ris_name(n)) for n in work.authors]
    pairs += [(EDITOR_TAG.get(ty, "A2"), ris_name(n)) for n in work.editors]
    pairs += [(tag, work.container_title) for tag in CONTAINER_TAGS.get(ty, ("T2",))]
    if ty in ABBREVIATION_TYPES:
        pairs.append(("J2", work.container_title_short))
    pairs.append((SERIES_TAG.get(ty, "T3"), work.collection_title))
    if ty in SERIES_NUMBER_TAG:
        pairs.append((SERIES_NUMBER_TAG[ty], work.collection_number))
    pairs.append(("VL", work.volume))
    if ty in ISSUE_TYPES:
        pairs.append(("IS", work.issue))
    page = one_line(work.page)
    match = PAGE_RANGE.match(page)
    pairs += [("SP", match[1]), ("EP", match[2])] if match else [("SP", page)]
    pairs.append(("ET", work.edition))
    pairs.append(("M3", work.genre))  # Zotero: the thesis/report type
    if work.issued:
        pairs += date_tags(work.issued)
    pairs += [("PB", work.publisher), ("CY", work.publisher_place)]
    isbns = ISBN_SEPARATOR.join(one_line(i) for i in work.isbns)
    if work_kind == PREPRINT:
        isbns = f"arXiv:{arxiv_id(work)}"
    pairs.append(("SN", work.issn if ty in ISSN_TYPES else isbns))
    pairs += [("DO", work.doi), ("UR", work.url), ("AB", work.abstract), ("LA", work.language)]
    pairs += [("KW", keyword) for keyword in work.keywords]
    pairs.append(("M2", f"Citation Key: {key}" if one_line(key) else ""))
    lines = note_lines(work, "")
    lines += [note for note in (range_note(work.issued), citation_note) if note]
    pairs += [("N1", line) for line in lines]
    cleaned = [(tag, one_line(value)) for tag, value in pairs]
    return sorted(((tag, value) for tag, value in cleaned if value), key=lambda pair: ORDER.index(pair[0]))


def record(work: Work, citation_note: str, key: str = "") -> str:
    key = key or work.id
    lines = [f"TY  - {TYPES.get(kind(work), 'BOOK')}"]
    if one_line(key):
        lines.append(f"ID  - {one_line(key)}")
    lines += [f"{tag}  - {value}" for tag, value in tags(work, citation_note, key)]
    lines.append("ER  - ")
    return NEWLINE.join(lines) + NEWLINE


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    notes = citation_notes(document, options)
    works = records(document, options)
    key_of = keys(works, options)
    return NEWLINE.join(record(work, notes.get(work.id, ""), key_of[work.id]) for work in works)
