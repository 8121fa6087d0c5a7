"""Identifiers in a reference entry: its DOI, URL (with "Retrieved from" and "accessed ...") and ISBNs are
taken out first, so that the rest of the entry reads as names, title and container."""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.values.identifiers import normalize_doi, normalize_isbn

DOI_TEXT = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s?|\bDOI:?\s|(?<![\w/.]))10\.\d{4,9}/\S+", re.IGNORECASE)
URL_TEXT = re.compile(r"(?:https?://|www\.)\S+")
URL_LEAD = re.compile(
    r"(?:(?:Retrieved|Available|Abrufbar|Online)(?: [^.:]{1,40})? (?:from|at|unter|verfügbar)|URL|\[Online\]\.?"
    r"(?: Available)?)\s?:?\s?$",
    re.IGNORECASE,
)
ACCESSED = re.compile(
    r"^[\s.,]*[(\[]?(?:last )?(?:accessed|retrieved|viewed|zugegriffen am|abgerufen am|zugriff am|consulté le)"
    r"(?: on)?:? [^()\[\]]{1,40}?[)\]]?(?=[.,;]|$)",
    re.IGNORECASE,
)
ISBN_TEXT = re.compile(r"\bISBN(?:-1[03])?:?\s?(?P<isbn>[\dXx][\d\-‐– Xx]{8,20}[\dXx])")
URL_TRAILING = ".,;:)]}'’”"


@dataclass
class Identifiers:
    doi: str = ""
    url: str = ""
    isbns: tuple[str, ...] = ()


def take_identifiers(text: str) -> tuple[str, Identifiers]:
    """Remove DOI, URL and ISBN (with their lead-in and "accessed" words); return the rest and them."""
    found = Identifiers()
    match = DOI_TEXT.search(text)
    if match:
        found.doi = normalize_doi(match.group(0))
        text = cut(text, match.start(), match.end())
    match = URL_TEXT.search(text)
    if match:
        found.url = match.group(0).rstrip(URL_TRAILING)
        start, end = match.start(), match.start() + len(found.url)
        lead = URL_LEAD.search(text[max(0, start - 60):start])
        if lead:
            start -= len(text[max(0, start - 60):start]) - lead.start()
        accessed = ACCESSED.match(text[end:end + 80])
        if accessed:
            end += accessed.end()
        # "Retrieved March 3, 2020, from URL" (APA 6): the date stands before the URL.
        text = cut(text, start, end)
    isbns = []
    for isbn_match in ISBN_TEXT.finditer(text):
        isbn = normalize_isbn(isbn_match["isbn"])
        if isbn:
            isbns.append(isbn)
    if isbns:
        found.isbns = tuple(dict.fromkeys(isbns))
        text = ISBN_TEXT.sub("", text)
    return tidy(text), found


def cut(text: str, start: int, end: int) -> str:
    """`text` without [start:end]; punctuation on both sides of the gap is kept once ("Title. ." -> "Title.")."""
    left, right = text[:start].rstrip(), text[end:].lstrip()
    if left[-1:] in (".", ",", ";", ":") and right[:1] in (".", ",", ";"):
        right = right[1:].lstrip()
    return f"{left} {right}".strip()


def tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    return " ".join(text.split()).strip(" ,;:")
