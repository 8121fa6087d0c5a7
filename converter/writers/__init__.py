"""The writer registry: one line per format. The CLI's choices, the README's format list and the
tests are all derived from WRITERS, so they cannot drift apart.

A writer module exposes `write(document, options=WriteOptions()) -> str`, `EXTENSION` and
`MEDIA_TYPE`; writers that have no use for an option ignore it.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType

from converter.errors import UnknownFormatError
from converter.model import Document
from converter.writers.options import WriteOptions


class Registry(Mapping[str, ModuleType]):
    """Format name -> writer module, imported on first use (the CLI starts without lxml)."""

    def __init__(self, modules: dict[str, str]):
        self._modules = modules

    def __getitem__(self, name: str) -> ModuleType:
        return importlib.import_module(f"{__name__}.{self._modules[name]}")

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


WRITERS = Registry({
    "json": "json_model",
    "bibtex": "bibtex",
    "biblatex": "biblatex",
    "ris": "ris",
    "csl-json": "csl_json",
    "zotero-rdf": "zotero_rdf",
    "html": "review",
    "text": "text",
    "bibliography-html": "bibliography_html",
})
# Other names a user may type: pandoc's (`-t csljson`), and spellings with an underscore.
ALIASES = {"csljson": "csl-json", "csl_json": "csl-json", "csl": "csl-json", "zotero_rdf": "zotero-rdf",
           "zoterordf": "zotero-rdf", "rdf": "zotero-rdf", "bib": "bibtex", "txt": "text", "plain": "text",
           "bibliography_html": "bibliography-html"}
# The formatted bibliography needs an optional dependency and a style: `-f all` leaves it out.
FORMATTED = ("text", "bibliography-html")


def format_name(name: str) -> str:
    """The registry's name for a format name in any case, or one of ALIASES; UnknownFormatError else."""
    folded = name.strip().lower()
    folded = ALIASES.get(folded, folded)
    if folded not in WRITERS:
        raise UnknownFormatError(f"unknown format {name!r}; choose one of {', '.join(WRITERS)}")
    return folded


def write(document: Document, format_name_: str, options: WriteOptions = WriteOptions()) -> str:
    """The document in one format (any name format_name() accepts), as text."""
    writer = WRITERS[format_name(format_name_)]
    with cycle_collector_paused():
        return writer.write(document, options)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """While a writer builds its thousands of small strings, lists and dicts (freed by reference
    counting), the cycle collector would walk the whole model again and again: half the time of the
    JSON writer on a 20,000-work model. What cycles a writer does make are collected after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
