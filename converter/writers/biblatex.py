"""biblatex (`--format biblatex`): the BibTeX writer with biblatex's entry types and field names.

Differences from BibTeX, all in DIALECT: `date` in ISO 8601 (`1953-09-22`, ranges `1959/1960`)
instead of `year`/`month`; `journaltitle`, `location`, `shortjournal`; a dictionary entry is
`@inreference` (Zotero: encyclopediaArticle); the "Cited in ..." text goes to `addendum`, printed
at the end of the entry (Zotero's BibTeX import drops `addendum`; pandoc appends it to the note).
No `language` field: biblatex prints it, and the BCP 47 code is not one of its language keys;
`langid` carries the language.
"""

from __future__ import annotations

from converter.model import ENTRY, REPORT, THESIS, Document
from converter.writers import bibtex
from converter.writers.options import WriteOptions

EXTENSION = "biblatex.bib"  # not "bib": a batch run writes BibTeX and biblatex side by side
MEDIA_TYPE = bibtex.MEDIA_TYPE

DIALECT = bibtex.Dialect(
    entry_types={**bibtex.ENTRY_TYPES, ENTRY: "inreference", THESIS: "thesis", REPORT: "report"},
    field_names={"journal": "journaltitle", "address": "location", "school": "institution", "language": None},
    iso_dates=True,
    citation_note_field="addendum",
)
TYPES = DIALECT.entry_types


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    return bibtex.write_dialect(document, options, DIALECT)
