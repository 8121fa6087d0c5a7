"""Render a CSL-JSON record through a CSL style with citeproc-py: text and labelled spans.

`entry` gives the bibliography entry (context "reference"); `first_note` the style's citation
of the record with a locator, which for note styles is the full first-note form (context
"note"). Both run the style parsed with the tracking elements of `tracking.py`; `spans.py`
turns the sentinels into offsets. Output is plain text (citeproc-py's plain formatter).
"""

from __future__ import annotations

import re
import warnings
from types import SimpleNamespace

from citeproc import NAMES, Citation, CitationItem, CitationStylesBibliography, Locator
from citeproc.source.json import CiteProcJSON
from citeproc.string import String

from converter.train.spans import resolve
from converter.train.tracking import TrackedStyle

# Leftovers a style or citeproc-py may print: markup, empty brackets, doubled punctuation.
MARKUP = re.compile(r"</?(?:i|b|em|strong|span|sup|sub|sc)\b[^>]*>")
# " ." and ", ," are where a style printed the punctuation of a field the record lacks.
BAD_OUTPUT = re.compile(r"\bNone\b|\{|\}|\?\?|\[\]|\(\)| [.,](?!\d)|[,;:] ?[,;]|\. [.,]")


def _unchanged(text):
    return text


# Plain text, like citeproc-py's plain formatter, but keeping citeproc-py's string objects:
# the plain formatter turns them into `str`, on which some styles' text-case then fails.
PLAIN = SimpleNamespace(preformat=_unchanged, Italic=_unchanged, Oblique=_unchanged, Bold=_unchanged,
                        Light=_unchanged, Underline=_unchanged, Superscript=_unchanged,
                        Subscript=_unchanged, SmallCaps=_unchanged)


class RenderError(Exception):
    """The style cannot render this record (citeproc-py raised, or printed nothing usable)."""


def _bibliography(style: TrackedStyle, record: dict) -> tuple[CitationStylesBibliography, Citation]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON([record])
    for reference in source.values():
        # name parts as citeproc-py strings: a style's text-case on a name part needs them
        for variable in NAMES:
            for name in reference.get(variable) or ():
                for part, value in list(name.items()):
                    if isinstance(value, str):
                        name[part] = String(value)
    bibliography = CitationStylesBibliography(style, source, PLAIN)
    return bibliography, None


def _checked(marked: str) -> tuple[str, list[list]]:
    if MARKUP.search(marked):
        marked = MARKUP.sub("", marked)
    text, spans, orphans = resolve(marked)
    if not text or BAD_OUTPUT.search(text) or orphans:
        found = BAD_OUTPUT.search(text)
        raise RenderError(f"unusable output ({found.group() if found else orphans}): {text!r}")
    return text, spans


def entry(style: TrackedStyle, record: dict) -> tuple[str, list[list]]:
    """The record's bibliography entry in this style, without its citation number."""
    if not style.has_bibliography():
        raise RenderError("style has no bibliography")
    bibliography, _ = _bibliography(style, record)
    citation = Citation([CitationItem(record["id"])])
    try:
        bibliography.register(citation)
        items = bibliography.bibliography()
    except Exception as error:  # citeproc-py fails in many ways on odd styles
        raise RenderError(f"{type(error).__name__}: {error}") from error
    if not items:
        raise RenderError("empty bibliography")
    return _checked(str(items[0]))


def first_note(style: TrackedStyle, record: dict, label: str, locator: str) -> tuple[str, list[list]]:
    """The style's first citation of the record, citing `locator` (a CSL locator label and
    value: "page", "23")."""
    bibliography, _ = _bibliography(style, record)
    citation = Citation([CitationItem(record["id"], locator=Locator(label, locator))])
    try:
        bibliography.register(citation)
        text = str(bibliography.cite(citation, lambda item: None))
    except Exception as error:
        raise RenderError(f"{type(error).__name__}: {error}") from error
    return _checked(text)
