"""DOIs and ISBNs in their normal forms.

ISBN hyphenation needs the ISBN agency's range table; isbnlib ships and maintains it, so we use
it (imported lazily: it costs ~35 ms of start-up) rather than keep a copy of that table.
"""

from __future__ import annotations

import re

DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+", re.IGNORECASE)
DOI_TRAILING = ".,;:)]}'’”"
ISBN_CANDIDATE = re.compile(r"(?:97[89][\s\-‐–]?)?(?:\d[\s\-‐–]?){9}[\dXx]")


def normalize_doi(text: str) -> str:
    """"https://doi.org/10.1007/978-1-4612-5728-8_3." -> "10.1007/978-1-4612-5728-8_3".

    The prefix ("10.1007") is lower-cased; the suffix keeps its case, as printed (DOIs are
    case-insensitive, but the registrant's spelling is what people recognise). Empty when none.
    """
    match = DOI.search(text)
    if not match:
        return ""
    doi = match.group(0).rstrip(DOI_TRAILING)
    prefix, _, suffix = doi.partition("/")
    return f"{prefix.lower()}/{suffix}" if suffix else ""


def normalize_isbn(text: str) -> str:
    """A checksum-verified ISBN, hyphenated by the official ranges; empty if `text` holds none.

    ISBN-10s stay ISBN-10 (what the book printed); an ISBN whose range is unknown to the
    table is kept unhyphenated rather than hyphenated by guess.
    """
    import isbnlib  # lazy: see module docstring

    match = ISBN_CANDIDATE.search(text)
    if not match:
        return ""
    digits = isbnlib.canonical(match.group(0))
    if not (isbnlib.is_isbn13(digits) or isbnlib.is_isbn10(digits)):
        return ""
    try:
        return isbnlib.mask(digits) or digits
    except Exception:  # isbnlib raises its own errors for ranges it does not know
        return digits
