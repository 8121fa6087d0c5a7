"""chap2bib: a chapter page's header and short-form notes -> one Document -> BibTeX, RIS, CSL-JSON, Zotero RDF.

Library API for scripts:

    from converter import parse, write, convert
    document = parse(page_text)
    ris = write(document, "ris")
"""

from .errors import ConversionError
from .model import Citation, Date, Document, Locator, Name, Note, Problem, Work
from .writers import WRITERS, write


def parse(text: str, **options):
    """Read a chapter page (text or HTML) into a Document; never raises on odd text, only on no
    page at all (ConversionError). Options are parse_page's: `abbreviations` (siglum -> title)."""
    from .parse import parse_page

    return parse_page(text, **options)


def convert(text: str, format_name: str) -> str:
    return write(parse(text), format_name)


__all__ = [
    "Citation", "ConversionError", "Date", "Document", "Locator", "Name", "Note", "Problem", "Work",
    "WRITERS", "convert", "parse", "write",
]
