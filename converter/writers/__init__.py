"""The writer registry: one line per format. The CLI's choices, the README's format list and the
tests are all derived from WRITERS, so they cannot drift apart.

A writer module exposes `write(document, options=WriteOptions()) -> str`, `EXTENSION` and
`MEDIA_TYPE`; writers that have no use for an option ignore it.
"""

from __future__ import annotations

from types import ModuleType

from . import biblatex
from . import bibtex
from . import csl_json
from . import json_model
from . import ris
from . import zotero_rdf
from .options import WriteOptions

WRITERS: dict[str, ModuleType] = {
    "json": json_model,
    "bibtex": bibtex,
    "biblatex": biblatex,
    "ris": ris,
    "csl-json": csl_json,
    "zotero-rdf": zotero_rdf,
}


def write(document, format_name: str, options: WriteOptions = WriteOptions()) -> str:
    try:
        writer = WRITERS[format_name]
    except KeyError:
        raise ValueError(f"unknown format {format_name!r}; choose one of {', '.join(WRITERS)}") from None
    return writer.write(document, options)
