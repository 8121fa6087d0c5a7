"""The formatted bibliography as one HTML page (`--format bibliography-html --style NAME`)."""

from __future__ import annotations

from html import escape

from converter.model import Document
from converter.writers import text
from converter.writers.formatted import entries
from converter.writers.options import WriteOptions
from converter.writers.records import short_reference

EXTENSION = "bibliography.html"
MEDIA_TYPE = "text/html"
TYPES = text.TYPES

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font:1rem/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem}}
li{{margin:0 0 .6em;padding-left:2em;text-indent:-2em;list-style:none}}ol{{padding:0}}</style></head>
<body><h1>{title}</h1>
<ol class="csl-bibliography">
{entries}
</ol>
</body></html>
"""


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    title = escape(f"Bibliography of {short_reference(document.chapter)} ({options.style})")
    items = "\n".join(f"<li>{entry}</li>" for entry in entries(document, options, html=True))
    return PAGE.format(title=title, entries=items)
