"""What every writer shares: which records to emit, and the "where cited" text a person reads."""

from __future__ import annotations

import re

from converter.citekeys.assign import citation_keys
from converter.model import DOCUMENT, JOURNAL_ARTICLE, PAPER_CONFERENCE, Document, Work
from converter.writers.options import WriteOptions

# Not a model type: a document that names its preprint server (an arXiv id in its URL or note).
# Each writer maps it to its consumer's nearest type (CSL `article`, Zotero `preprint`, RIS UNPD).
PREPRINT = "preprint"
ARXIV_ID = re.compile(r"arxiv(?:\.org/(?:abs|pdf)/|:\s*)(\d{4}\.\d{4,5}|[a-z][a-z.\-]*/\d{7})(?:v\d+)?", re.IGNORECASE)

# Zotero item types that have had a DOI field in every Zotero version; for the others an older
# Zotero drops the DOI of a CSL-JSON or RDF import, so it also goes into Extra as "DOI: …", the
# line Zotero's own Springer translator writes for book sections and BibTeX.js writes on import
# for "unsupported item types" (translators/BibTeX.js, processField: `field == "doi" &&
# !ZU.fieldIsValidForType("DOI", item.itemType)`). Newer Zotero reads the line as the field.
ALWAYS_DOI_TYPES = frozenset({JOURNAL_ARTICLE, PAPER_CONFERENCE})


def records(document: Document, options: WriteOptions) -> list[Work]:
    """The works to write, chapter first, then cited works in order of first citation."""
    chosen: list[Work] = []
    if options.what in ("all", "chapter") and document.has_chapter:  # notes alone: no chapter record
        chosen.append(document.chapter)
    if options.what in ("all", "works"):
        chosen.extend(document.works)
    return chosen


def keys(works: list[Work], options: WriteOptions) -> dict[str, str]:
    """Work id -> the citation key every format writes for it (the record id unless --key-format)."""
    return citation_keys(works, options.key_format)


def arxiv_id(work: Work) -> str:
    """"2003.07760" for a work whose URL or note names an arXiv id, else ""."""
    match = ARXIV_ID.search(work.url) or ARXIV_ID.search(work.note)
    return match[1] if match else ""


def kind(work: Work) -> str:
    """The type writers map: the model's, or PREPRINT for a document that is an arXiv preprint."""
    return PREPRINT if work.type == DOCUMENT and arxiv_id(work) else work.type


def doi_extra_line(work: Work) -> str:
    """"DOI: 10.1007/…" for Extra when older Zotero has no DOI field for the work's type."""
    return f"DOI: {one_line(work.doi)}" if one_line(work.doi) and work.type not in ALWAYS_DOI_TYPES else ""


def short_reference(work: Work) -> str:
    """How a note would cite the work: "Kraus 1982"."""
    first = work.authors[0] if work.authors else None
    who = (first.literal or first.family) if first else (work.title_short or work.title)
    year = work.issued.year_text() if work.issued else ""
    return f"{who} {year}{work.year_suffix}".strip()


def citation_note(document: Document, work: Work) -> str:
    """One line: "Cited in Kraus 1982, note 7 (p. 41); note 11 (pp. 81, 86)."

    A work known only by its short form has no title to recognise it by in a reference manager,
    so the note names it as printed: "Cited in Kraus 1982 as “Li Fu-dshun 1956”, note 7 (p. 41)."
    Empty for the chapter itself and for works no note cites. Writers put it where the target
    shows a child note or note field (RIS N1, BibTeX note, RDF bib:Memo, CSL note).
    """
    if work.id == document.chapter.id:
        return ""
    places = []
    for note, citation in document.citations_of(work.id):
        where = f"note {note.number}"
        if citation.locator.printed:
            where += f" ({citation.locator.printed})"
        places.append(where)
    if not places:
        return ""
    printed = f" as {' and '.join(f'“{form}”' for form in work.short_forms)}" if not work.title and work.short_forms else ""
    if not document.has_chapter:  # notes read without their page: "Cited in note 7 (p. 41)."
        return f"Cited{printed} in {'; '.join(places)}."
    return f"Cited in {short_reference(document.chapter)}{printed}, {'; '.join(places)}."


def citation_notes(document: Document, options: WriteOptions) -> dict[str, str]:
    """Work id -> citation note, for the works that have one (empty when turned off)."""
    if not options.citation_notes:
        return {}
    notes = {work.id: citation_note(document, work) for work in records(document, options)}
    return {work_id: text for work_id, text in notes.items() if text}


ET_AL_NOTE = "Printed with “et al.”: more authors than listed."


def note_lines(work: Work, citation_note: str) -> list[str]:
    """The lines of the item's `note`: the work's own note, the et-al line, the citation note."""
    lines = [work.note] if work.note else []
    if work.et_al:
        lines.append(ET_AL_NOTE)
    if citation_note:
        lines.append(citation_note)
    return lines


# Control (Cc) and surrogate (Cs) characters, whitespace controls excepted.
UNWRITABLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) -> one space; control and surrogate characters dropped."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # most values: a printable string's only whitespace is the space
    return " ".join(UNWRITABLE.sub("", text).split())
