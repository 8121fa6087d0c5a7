"""The formatted bibliography as plain text (`--format text --style NAME`): one entry a paragraph."""

from __future__ import annotations

from converter.model import Document
from converter.writers.formatted import entries
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT

EXTENSION = "txt"
MEDIA_TYPE = "text/plain"
TYPES = dict.fromkeys(("chapter", "book", "article-newspaper", "article-magazine", "article-journal",
                       "paper-conference", "entry-encyclopedia", "thesis", "report", "document", PREPRINT),
                      "CSL type, formatted by the style")


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    return "".join(entry + "\n\n" for entry in entries(document, options, html=False)).rstrip("\n") + "\n"
