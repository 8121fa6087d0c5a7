"""CSL-JSON (`--format csl-json`): an array of CSL items, one per record, valid against csl-data.json.

Each item is `csl.work_to_csl` unchanged except for `type` (mapped through TYPES) and `note`.
What CSL has no variable for is dropped, except what a reader must not lose:

- the "Cited in ..." text of a cited work goes into `note` (Zotero imports CSL `note` as Extra);
- a work printed with "et al." gets the line ET_AL_NOTE in `note`, since CSL cannot say that a
  name list is incomplete (a fake "et al." name would become a creator in Zotero).

The work's own note comes first, then the et-al line, then the citation note, one per line.
Control characters are kept: JSON escapes them and `json.loads` gives them back unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from converter.csl import work_to_csl
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
from converter.writers.options import WriteOptions
from converter.writers.records import citation_notes, note_lines, records

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
}

def item(work: Work, citation_note: str = "") -> dict[str, Any]:
    """One CSL item; the annotation `work_to_csl` returns is not written."""
    csl, _annotation = work_to_csl(work)
    csl["type"] = TYPES.get(work.type, "document")
    note = "\n".join(note_lines(work, citation_note))
    if note:
        csl["note"] = note
    else:
        csl.pop("note", None)
    return csl


def items(document: Document, options: WriteOptions = WriteOptions()) -> list[dict[str, Any]]:
    notes = citation_notes(document, options)
    return [item(work, notes.get(work.id, "")) for work in records(document, options)]


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    """Records in records() order; keys in the order work_to_csl gives them, so bytes are stable."""
    return json.dumps(items(document, options), ensure_ascii=False, indent=2) + "\n"
