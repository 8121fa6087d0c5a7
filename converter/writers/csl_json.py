"""CSL-JSON (`--format csl-json`): an array of CSL items, one per record, valid against csl-data.json.

Each item is `csl.work_to_csl` unchanged except for `type` (mapped through TYPES) and `note`.
What CSL has no variable for is dropped, except what a reader must not lose:

- the "Cited in ..." text of a cited work goes into `note` (Zotero imports CSL `note` as Extra);
- a work printed with "et al." gets the line ET_AL_NOTE in `note`, since CSL cannot say that a
  name list is incomplete (a fake "et al." name would become a creator in Zotero);
- a DOI of a type older Zotero has no DOI field for (a chapter, a book) is also a "DOI: …" line
  in `note` (records.doi_extra_line), which Zotero keeps in Extra and newer Zotero reads as the DOI.

`id` and `citation-key` are the record's citation key (records.keys). A name's particle is written
inside `family` ("van Renesse"): Zotero's CSL import reads only family, given and literal
(Zotero's utilities_item.js itemFromCSLJSON), and pandoc's citeproc and citeproc-js (Zotero's,
citation-js's) take a lower-case particle off `family` again to sort and display it ("Renesse,
Robbert van"); citeproc-py alone shows it in front and sorts it under "v".

The note's lines: the DOI line, the work's own note, the et-al line, the citation note.
Control characters are kept: JSON escapes them and `json.loads` gives them back unchanged.
"""

from __future__ import annotations

from typing import Any

from converter.csl import name_to_csl, work_to_csl
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
    Document,
    Work,
)
from converter.writers.json_indent import indented
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT, citation_notes, doi_extra_line, keys, kind, note_lines, records

EXTENSION = "csl.json"  # not "json": the model dump owns that name in a batch output folder
MEDIA_TYPE = "application/vnd.citationstyles.csl+json"

# Model type -> CSL type. The model already speaks CSL; the table says so, and is where a
# model type without a CSL twin would be mapped.
TYPES: dict[str, str] = {
    CHAPTER: "chapter",
    BOOK: "book",
    NEWSPAPER_ARTICLE: "article-newspaper",
    MAGAZINE_ARTICLE: "article-magazine",
    JOURNAL_ARTICLE: "article-journal",
    PAPER_CONFERENCE: "paper-conference",
    ENTRY: "entry-encyclopedia",
    THESIS: "thesis",
    REPORT: "report",
    DOCUMENT: "document",
    PREPRINT: "article",  # CSL's preprint type; Zotero: preprint
}

def zotero_name(name) -> dict[str, Any]:
    """A CSL name with its particle inside `family` (module docstring)."""
    csl = name_to_csl(name)
    particle = csl.pop("non-dropping-particle", "")
    if particle:
        csl["family"] = f"{particle} {csl['family']}".strip()
    return csl


def item(work: Work, citation_note: str = "", key: str = "") -> dict[str, Any]:
    """One CSL item; the annotation `work_to_csl` returns is not written."""
    csl, _annotation = work_to_csl(work)
    key = key or work.id
    csl["id"] = key
    csl.pop("citation-key", None)
    csl = {"id": key, "citation-key": key, **csl}
    csl["type"] = TYPES.get(kind(work), "document")
    for role, names in (("author", work.authors), ("editor", work.editors)):
        if names:
            csl[role] = [zotero_name(n) for n in names]
    lines = [line for line in (doi_extra_line(work),) if line] + note_lines(work, citation_note)
    note = "\n".join(lines)
    if note:
        csl["note"] = note
    else:
        csl.pop("note", None)
    return csl


def items(document: Document, options: WriteOptions = WriteOptions()) -> list[dict[str, Any]]:
    notes = citation_notes(document, options)
    works = records(document, options)
    key_of = keys(works, options)
    return [item(work, notes.get(work.id, ""), key_of[work.id]) for work in works]


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    """Records in records() order; keys in the order work_to_csl gives them, so bytes are stable."""
    return indented(items(document, options)) + "\n"
