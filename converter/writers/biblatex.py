"""biblatex (`--format biblatex`): the BibTeX writer with biblatex's entry types and field names.

Differences from BibTeX, all in DIALECT: `date` in ISO 8601 (`1953-09-22`, ranges `1959/1960`)
instead of `year`/`month`; `journaltitle`, `location`, `shortjournal`, `langid`, `entrysubtype`
(newspaper, magazine); a dictionary entry is `@inreference` (Zotero: encyclopediaArticle); a
thesis and a report get biblatex's own types. The citation notes go to `annote` as in BibTeX (biber:
`annotation`); --print-citation-notes puts them in `addendum`, printed at the end of the entry.
No `language` field: biblatex prints it, and the BCP 47 code is not one of its language keys;
`langid` carries the language. No `copyright`: it is not in biber's data model. `volume` is an
integer there, so a roman volume is written in arabic figures (VI -> 6). An `@article` has no
`publisher` in biber's data model (a journal article page may name the journal's publisher): left out.
"""

from __future__ import annotations

import re

from converter.model import ENTRY, REPORT, THESIS, Document
from converter.writers import bibtex
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT

EXTENSION = "biblatex.bib"  # not "bib": a batch run writes BibTeX and biblatex side by side
MEDIA_TYPE = bibtex.MEDIA_TYPE

ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", re.IGNORECASE)
ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def arabic(volume: str) -> str:
    """"VI" -> "6" (biber ignores a volume that is not an integer); anything else unchanged."""
    text = volume.strip()
    if not ROMAN.fullmatch(text):
        return volume
    values = [ROMAN_VALUES[c] for c in text.upper()]
    return str(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))


DIALECT = bibtex.Dialect(
    entry_types={**bibtex.ENTRY_TYPES, ENTRY: "inreference", THESIS: "thesis", REPORT: "report", PREPRINT: "unpublished"},
    field_names={"journal": "journaltitle", "address": "location", "school": "institution", "language": None,
                 "copyright": None},
    iso_dates=True,
    printed_note_field="addendum",
    volume_text=arabic,
    fields_left_out={"article": frozenset({"publisher"})},
)
TYPES = DIALECT.entry_types


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    return bibtex.write_dialect(document, options, DIALECT)
