"""`--bibliography FILE`: a user's library export or a book's bibliography -> full Works.

BibTeX (plain files by bibtex_fast.py, any other by bibtexparser v2), RIS (rispy) or CSL-JSON
(csl.work_from_csl), chosen by what the file holds, or by its extension when the content does not
say. BibTeX names are split BEFORE LaTeX decoding, so that a braced institution ("{State
Statistical Bureau}") stays one literal name; url and doi are kept verbatim (decoding would
mangle "&" and "_"). Type tables are data at the top.
A file that cannot be read, or holds an entry that cannot be read, raises ConversionError: a
bibliography silently missing entries would give wrong "unresolved" reports.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from converter.csl import work_from_csl
from converter.errors import ConversionError
from converter.lexicon import YEAR
from converter.model import (
    BOOK,
    CHAPTER,
    DOCUMENT,
    ENTRY,
    JOURNAL_ARTICLE,
    MAGAZINE_ARTICLE,
    NEWSPAPER_ARTICLE,
    PAPER_CONFERENCE,
    WORK_TYPES,
    Date,
    Name,
    Work,
)
from converter.names.persons import parse_inverted_name
from converter.sources.bibtex_fast import RawEntry, persons, read_entries
from converter.values.identifiers import normalize_doi, normalize_isbn

BIBTEX_TYPES = {
    "article": JOURNAL_ARTICLE, "book": BOOK, "mvbook": BOOK, "booklet": BOOK, "collection": BOOK,
    "proceedings": BOOK, "inbook": CHAPTER, "incollection": CHAPTER, "bookinbook": CHAPTER,
    "inproceedings": PAPER_CONFERENCE, "conference": PAPER_CONFERENCE, "inreference": ENTRY,
}
RIS_TYPES = {
    "JOUR": JOURNAL_ARTICLE, "JFULL": JOURNAL_ARTICLE, "EJOUR": JOURNAL_ARTICLE, "BOOK": BOOK, "EBOOK": BOOK,
    "EDBOOK": BOOK, "CHAP": CHAPTER, "ECHAP": CHAPTER, "CONF": PAPER_CONFERENCE, "CPAPER": PAPER_CONFERENCE,
    "NEWS": NEWSPAPER_ARTICLE, "MGZN": MAGAZINE_ARTICLE, "ENCYC": ENTRY, "DICT": ENTRY,
}
CSL_TYPES = {"article": DOCUMENT, "thesis": DOCUMENT, "report": DOCUMENT, "webpage": DOCUMENT,
             "entry-dictionary": ENTRY, "entry": ENTRY, "manuscript": DOCUMENT}
EXTENSIONS = {".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris", ".json": "csl-json", ".csljson": "csl-json"}
# Types whose editors are the container's (a chapter's book); for a book they are its own.
CONTAINED = {CHAPTER, PAPER_CONFERENCE, ENTRY}
YEAR_RE = re.compile(rf"({YEAR})")
ISO_DATE = re.compile(r"^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?")


def load_bibliography(path: str | Path) -> list[Work]:
    """The works of a BibTeX, RIS or CSL-JSON file, in file order; ConversionError if unreadable."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ConversionError(f"cannot read the bibliography: {error.strerror or error}", source=str(path)) from error
    except UnicodeDecodeError as error:
        raise ConversionError("the bibliography is not UTF-8 text", source=str(path)) from error
    return read_bibliography(text, path.suffix.lower(), str(path))


def read_bibliography(text: str, extension: str = "", name: str = "the bibliography") -> list[Work]:
    kind = sniff(text) or EXTENSIONS.get(extension)
    if kind is None:
        raise ConversionError("neither BibTeX, RIS nor CSL-JSON", source=name)
    works = READERS[kind](text, name)
    if not works:
        raise ConversionError("holds no entries", source=name)
    return works


def sniff(text: str) -> str | None:
    stripped = text.lstrip()
    if stripped[:1] in ("[", "{"):
        return "csl-json"
    if re.search(r"^TY  - ", text, re.MULTILINE):
        return "ris"
    if re.search(r"^\s*@\w+\s*[{(]", text, re.MULTILINE):
        return "bibtex"
    return None


def year_date(text: str) -> Date | None:
    """"1990", "1990-03-01", "1998///", "1998/03/02/" -> Date; None when no year."""
    match = ISO_DATE.match(text.strip())
    if match and YEAR_RE.fullmatch(match[1]):
        parts = [int(p) for p in match.groups() if p]
        if len(parts) > 1 and not 1 <= parts[1] <= 12:
            parts = parts[:1]
        if len(parts) > 2 and not 1 <= parts[2] <= 31:
            parts = parts[:2]
        return Date(tuple(parts))
    match = YEAR_RE.search(text)
    return Date((int(match[1]),)) if match else None


def work_of(values: dict[str, Any]) -> Work:
    """A Work from collected values: empty ones left out, the type checked against ours."""
    values = {k: v for k, v in values.items() if v}
    values["type"] = values.get("type") if values.get("type") in WORK_TYPES else DOCUMENT
    return Work(**values)


# -- BibTeX ----------------------------------------------------------------------------------------

# What pylatexenc changes in a value, besides the groups' braces it drops: macros, math, ties,
# comments, alignment marks, and the ligatures of dashes, quotes and inverted marks. A value with
# none of them is its own text once its braces ({Kraus}, the case-protected title) are removed.
LATEX_MARKUP = re.compile(r"[\\$~%&]|--|``|''|[?!]`")


def read_bibtex(text: str, name: str) -> list[Work]:
    from pylatexenc.latex2text import LatexNodes2Text  # lazy: only --bibliography needs it
    from pylatexenc.latexwalker import get_default_latex_context_db

    entries = read_entries(text)
    if entries is None:
        entries = bibtexparser_entries(text, name)
    decoder = LatexNodes2Text()
    # One macro table for every value: pylatexenc builds a new one per call when not given one.
    latex_context = get_default_latex_context_db()

    @cache
    def decode(value: str) -> str:
        if LATEX_MARKUP.search(value) is None:  # most values: plain text and groups only
            return " ".join(value.replace("{", "").replace("}", "").split())
        return " ".join(decoder.latex_to_text(value, latex_context=latex_context).split())

    works = []
    for entry in entries:
        fields = {key.lower(): value for key, value in entry.fields.items()}
        kind = BIBTEX_TYPES.get(entry.entry_type.lower(), DOCUMENT)

        def text_of(*keys: str) -> str:
            for key in keys:
                value = fields.get(key)
                if isinstance(value, str) and value.strip():
                    return decode(value)
            return ""

        editors = bibtex_names(fields.get("editor"), decode)
        container = text_of("journal", "journaltitle", "booktitle")
        works.append(work_of(dict(
            id=entry.key, type=kind, title=text_of("title"), authors=bibtex_names(fields.get("author"), decode),
            editors=editors, issued=year_date(text_of("date") or text_of("year")), container_title=container,
            collection_title=text_of("series"), volume=text_of("volume"), issue=text_of("number", "issue"),
            page=text_of("pages"), edition=text_of("edition"),
            publisher=text_of("publisher", "school", "institution", "organization"),
            publisher_place=text_of("address", "location"), doi=normalize_doi(fields.get("doi", "") or ""),
            url=(fields.get("url") or "").strip(), isbns=isbns(text_of("isbn")), note=text_of("type"),
            language=text_of("langid", "language"), citation_key=entry.key,
        )))
    return works


def bibtexparser_entries(text: str, name: str) -> list[RawEntry]:
    """Any BibTeX, read by bibtexparser, in the shape of the fast path's entries."""
    import bibtexparser
    from bibtexparser import middlewares

    library = bibtexparser.parse_string(
        text, append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()]
    )
    if library.failed_blocks:
        block = library.failed_blocks[0]
        raise ConversionError(f"{len(library.failed_blocks)} BibTeX block(s) could not be read, the first "
                              f"at line {block.start_line + 1}", source=name)
    return [RawEntry(entry.entry_type, entry.key, {key: field.value for key, field in entry.fields_dict.items()})
            for entry in library.entries]


def bibtex_names(parts_list: Any, decode) -> tuple[Name, ...]:
    """bibtexparser's NameParts (split before decoding) -> Names; a braced lone name is an institution."""
    if isinstance(parts_list, str):  # "Author = {…}": the name middlewares only split lower-case keys
        parts_list = persons(parts_list)
    if not parts_list:
        return ()
    names = []
    for parts in parts_list:
        if len(parts.last) == 1 and not (parts.first or parts.von or parts.jr) and parts.last[0].startswith("{") \
                and parts.last[0].endswith("}"):
            names.append(Name(literal=decode(parts.last[0][1:-1])))
            continue
        if [w.lower() for w in parts.last] == ["others"]:
            continue
        names.append(Name(family=decode(" ".join(parts.last)), given=decode(" ".join(parts.first)),
                          particle=decode(" ".join(parts.von)), suffix=decode(" ".join(parts.jr))))
    return tuple(names)


def isbns(text: str) -> tuple[str, ...]:
    found = [normalize_isbn(piece) for piece in re.split(r"[,;\s]+(?=\d{3}|\d{9})", text) if piece.strip()]
    return tuple(dict.fromkeys(i for i in found if i))


# -- RIS -------------------------------------------------------------------------------------------

def read_ris(text: str, name: str) -> list[Work]:
    import rispy  # lazy: only --bibliography needs it

    try:
        records = rispy.loads(text)
    except Exception as error:  # rispy raises its own errors for malformed records
        raise ConversionError(f"not readable as RIS ({error})", source=name) from error
    works = []
    for index, record in enumerate(records, 1):
        kind = RIS_TYPES.get(str(record.get("type_of_reference", "")).upper(), DOCUMENT)
        secondary = [parse_inverted_name(n) for n in record.get("secondary_authors", [])]
        pages = "–".join(p for p in (record.get("start_page", ""), record.get("end_page", "")) if p)
        works.append(work_of(dict(
            id=str(record.get("id") or f"ris{index}"), type=kind,
            title=record.get("title") or record.get("primary_title", ""),
            authors=tuple(parse_inverted_name(n) for n in record.get("authors", []) + record.get("first_authors", [])),
            editors=tuple(secondary) if kind in CONTAINED or kind == BOOK else (),
            issued=year_date(str(record.get("date") or record.get("year") or record.get("publication_year") or "")),
            container_title=record.get("secondary_title") or record.get("journal_name")
            or record.get("alternate_title3", ""),
            collection_title=record.get("tertiary_title", ""), volume=record.get("volume", ""),
            issue=record.get("number", ""), page=pages, edition=record.get("edition", ""),
            publisher=record.get("publisher", ""), publisher_place=record.get("place_published", ""),
            doi=normalize_doi(record.get("doi", "")), url=(record.get("urls") or [""])[0],
            isbns=isbns(record.get("issn", "")), citation_key=str(record.get("id") or ""),
        )))
    return works


# -- CSL-JSON --------------------------------------------------------------------------------------

def read_csl_json(text: str, name: str) -> list[Work]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConversionError(f"not valid JSON (line {error.lineno}: {error.msg})", source=name) from error
    items = data.get("items", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ConversionError("CSL-JSON must be a list of items", source=name)
    works = []
    for index, item in enumerate(items, 1):
        try:
            works.append(work_from_csl(clean_csl_item(item, index)))
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise ConversionError(f"item {index} is not a CSL item ({error})", source=name) from error
    return works


def clean_csl_item(item: dict[str, Any], index: int) -> dict[str, Any]:
    """What other tools write and csl.work_from_csl does not take: string date-parts, raw dates,
    numbers as numbers, types outside our model, missing ids."""
    item = dict(item)
    if item.get("citation-key") or item.get("id"):  # the user's key: writers keep it
        item["citation-key"] = str(item.get("citation-key") or item["id"])
    item["id"] = str(item.get("id") or f"item{index}")
    kind = str(item.get("type", ""))
    item["type"] = kind if kind in WORK_TYPES else CSL_TYPES.get(kind, DOCUMENT)
    issued = item.get("issued")
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if parts and parts[0] and str(parts[0][0]).strip().lstrip("-").isdigit():
            item["issued"] = {"date-parts": [[int(p) for p in row if str(p).strip().lstrip("-").isdigit()]
                                             for row in parts if row]}
        else:
            date = year_date(str(issued.get("raw") or issued.get("literal") or ""))
            item.pop("issued")
            if date:
                item["issued"] = {"date-parts": [list(date.parts)]}
    elif "issued" in item:
        item.pop("issued")
    for key in ("author", "editor"):
        if not isinstance(item.get(key, []), list):
            item.pop(key)
    if "ISBN" in item:
        item["ISBN"] = " ".join(isbns(str(item["ISBN"])))
        if not item["ISBN"]:
            item.pop("ISBN")
    if "DOI" in item:
        item["DOI"] = normalize_doi(str(item["DOI"]))
    return item


READERS = {"bibtex": read_bibtex, "ris": read_ris, "csl-json": read_csl_json}
