"""The writer registry: one line per format. The CLI's choices, the README's format list and the
tests are all derived from WRITERS, so they cannot drift apart.

A writer module exposes `write(document, options=WriteOptions()) -> str`, `EXTENSION` and
`MEDIA_TYPE`; writers that have no use for an option ignore it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from types import ModuleType

from converter.errors import UnknownFormatError
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
})


def write(document, format_name: str, options: WriteOptions = WriteOptions()) -> str:
    try:
        writer = WRITERS[format_name]
    except KeyError:
        raise UnknownFormatError(f"unknown format {format_name!r}; choose one of {', '.join(WRITERS)}") from None
    return writer.write(document, options)
