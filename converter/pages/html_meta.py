"""The chapter record of a saved HTML page, from what the page states about itself.

Sources, most trusted first:
1. <meta> tags: Highwire Press `citation_*` (what Google Scholar reads, so publishers keep them
   right), then Dublin Core `dc.*`/`dcterms.*`, PRISM `prism.*` and Open Graph `og:*`.
2. JSON-LD (<script type="application/ld+json">): schema.org Chapter/ScholarlyArticle, its
   `isPartOf` Book (name, isbn, editor), `author`, `publisher`, `datePublished`.
3. The page body (BodyFacts, read by html_page): the labelled bibliographic lines ("Print ISBN:"),
   the "Cite this chapter" line (read with header.read_cite_line), "Part of the book series:",
   the abstract section, the category line ("Chapter", "Conference paper").
The tables below say which tag feeds which field; the text reader's helpers (header.py,
names.py, identifiers.py, language.py) turn values into model values, so both readers agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.errors import ConversionError
from converter.lexicon import YEAR_RE
from converter.model import CHAPTER, ENTRY, JOURNAL_ARTICLE, PAPER_CONFERENCE, Date, Name, Problem, Work
from converter.names.persons import parse_inverted_name
from converter.pages.bylines import names_in_lines, split_as_cited
from converter.pages.chapter import chapter_number, copyright_year, missing_fields, page_url
from converter.pages.cite_line import CiteParts, read_cite_line, split_publisher
from converter.pages.header import BOOK_SERIES, MAX_KEYWORD, PAGE_KINDS, PAGE_RANGE, strip_note_markers
from converter.pages.html_sources import PACKED_NAMES, LinkedData, clean
from converter.values.identifiers import ISBN_CANDIDATE, normalize_doi, normalize_isbn
from converter.values.language import guess_language

# Model field -> meta tag names (lower-cased), most trusted first. The first name with a value wins.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("citation_title", "dc.title", "dcterms.title", "prism.title"),
    "authors": ("citation_author", "dc.creator", "dcterms.creator", "citation_authors"),
    "editors": ("citation_editor", "dc.contributor.editor"),
    "date": ("citation_publication_date", "citation_date", "citation_cover_date", "dc.date", "dcterms.issued",
             "dcterms.date", "prism.publicationdate", "citation_year"),
    "book_title": ("citation_inbook_title", "citation_book_title"),
    "journal_title": ("citation_journal_title", "prism.publicationname"),
    "conference": ("citation_conference_title", "citation_conference"),
    "series": ("citation_series_title",),
    "publisher": ("citation_publisher", "dc.publisher", "dcterms.publisher"),
    "doi": ("citation_doi", "prism.doi", "dc.identifier", "dcterms.identifier", "doi", "citation_id"),
    "isbn": ("citation_isbn",),
    "issn": ("citation_issn", "prism.issn"),
    "volume": ("citation_volume", "prism.volume"),
    "issue": ("citation_issue", "prism.number"),
    "first_page": ("citation_firstpage", "prism.startingpage"),
    "last_page": ("citation_lastpage", "prism.endingpage"),
    "language": ("citation_language", "dc.language", "dcterms.language"),
    "abstract": ("citation_abstract", "dc.description", "dcterms.abstract", "dcterms.description"),
    "copyright": ("dc.copyright", "prism.copyright", "dc.rights", "dcterms.rights"),
    "keywords": ("citation_keywords",),  # not dc.subject: SpringerLink puts its subject classification there
    "url": ("link:canonical", "og:url", "citation_abstract_html_url", "citation_fulltext_html_url",
            "citation_public_url", "prism.url"),
    # Titles of last resort: social cards and the window title carry site names.
    "page_title": ("og:title", "twitter:title", "html:title"),
}
# Three-letter language codes some pages print, and what BCP 47 calls them.
LANGUAGE_CODES = {"eng": "en", "ger": "de", "deu": "de", "fre": "fr", "fra": "fr", "ita": "it", "spa": "es"}
# URL paths of SpringerLink item pages and their work type.
URL_KINDS = (("/referenceworkentry/", ENTRY), ("/chapter/", CHAPTER), ("/protocol/", CHAPTER))



@dataclass
class BodyFacts:
    """What the page body says about the chapter (html_page.read_body fills it)."""

    heading: str = ""  # the <h1>
    kind: str = ""  # "Chapter", "Conference paper", ...
    labels: dict[str, str] = field(default_factory=dict)  # header.LABELS field -> value
    cite_line: str = ""
    series_line: str = ""  # "Part of the book series: ... ((LNCS,volume 4567))"
    pages_line: str = ""  # "pp 27–52"
    copyright_line: str = ""
    abstract: list[str] = field(default_factory=list)  # paragraphs, note markers already removed
    abstract_marked: bool = False  # the markers were markup (<sup>), so none are left glued
    authors: list[str] = field(default_factory=list)  # names as the author list prints them
    keywords: list[str] = field(default_factory=list)  # the "Keywords" list
    editor_lines: list[str] = field(default_factory=list)  # the "Editor information" block, line by line
    event: str = ""  # "(KGW 2023)" by the book's title


# -- building the chapter -----------------------------------------------------------------------


class Meta:
    """Meta values by model field, through META_FIELDS."""

    def __init__(self, meta: dict[str, list[str]]):
        self.meta = meta

    def all(self, field_name: str) -> list[str]:
        for name in META_FIELDS[field_name]:
            if self.meta.get(name):
                return self.meta[name]
        return []

    def every(self, field_name: str) -> list[str]:
        """The values of all the field's tags, most trusted first."""
        return [value for name in META_FIELDS[field_name] for value in self.meta.get(name, [])]

    def first(self, field_name: str) -> str:
        values = self.all(field_name)
        return values[0] if values else ""

    def names(self, field_name: str) -> list[Name]:
        for name in META_FIELDS[field_name]:
            values = self.meta.get(name, [])
            if name in PACKED_NAMES:
                values = [piece for value in values for piece in re.split(r"\s*;\s*", value)]
            names = [n for n in (parse_inverted_name(v) for v in values) if n != Name()]
            if names:
                return names
        return []


def build_chapter(meta_tags: dict[str, list[str]], linked: LinkedData, body: BodyFacts,
                  note_count: int, has_lists: bool = False) -> tuple[Work, list[Problem]]:
    """The chapter record; without a title it stays empty when the page has lists (notes saved alone),
    and the page is no chapter page (ConversionError) when it has none."""
    meta = Meta(meta_tags)
    title = meta.first("title") or linked.title or body.heading or meta.first("page_title")
    if not title and not has_lists:
        raise ConversionError(
            "no chapter title found in the HTML page (no citation_title meta tag, JSON-LD name or <h1>): "
            "this does not look like a chapter page"
        )
    labels = body.labels
    book_title = meta.first("book_title") or linked.book_title or labels.get("book_title", "")
    cite = read_cite_line(body.cite_line, title, book_title)
    doi = first_doi(meta.every("doi") + [linked.doi, labels.get("doi", ""), body.cite_line])
    publisher, place = split_publisher(meta.first("publisher"))
    labelled_publisher, labelled_place = split_publisher(labels.get("publisher", ""))
    series_title, series_short, series_number = series_of(body, meta)
    abstract = abstract_of(body, meta, linked, note_count)
    copyright_line = copyright_of(meta.first("copyright")) or body.copyright_line
    year = (year_of(meta.first("date")) or year_of(linked.date) or cite.year
            or copyright_year(copyright_line))
    kind = kind_of(body, meta, linked)
    conference = kind == PAPER_CONFERENCE
    urls = meta.every("url") + [linked.url]
    chapter = Work(
        id="",
        type=kind,
        title=title,
        authors=tuple(meta.names("authors") or linked.authors or cite.authors
                      or [parse_inverted_name(a) for a in body.authors]),
        editors=tuple(meta.names("editors") or linked.editors or editors_of(cite, body)),
        issued=Date((year,)) if year else None,
        container_title=book_title or cite.book_title or meta.first("journal_title") or linked.journal,
        collection_title=series_title,
        collection_title_short=series_short,
        # A proceedings volume's number is its volume (Zotero's conference paper, BibTeX's @inproceedings).
        collection_number="" if conference else series_number,
        event_title=(cite.event or body.event or meta.first("conference")) if conference else "",
        volume=((meta.first("volume") or linked.volume) if kind == JOURNAL_ARTICLE
                else series_number if conference else ""),
        issue=(meta.first("issue") or linked.issue) if kind == JOURNAL_ARTICLE else "",
        page=pages_of(meta, linked, body),
        chapter_number=chapter_number(doi),
        publisher=publisher or labelled_publisher or cite.publisher or linked.publisher,
        publisher_place=place or labelled_place or cite.place,
        doi=doi,
        isbns=isbns_of(labels, meta.all("isbn") + linked.isbns),
        issn=meta.first("issn") if kind == JOURNAL_ARTICLE else "",
        url=page_url(urls, doi) or next((u for u in urls if u.startswith("http")), ""),
        abstract=abstract,
        language=language_of(meta.first("language") or linked.language) or guess_language(f"{title} {abstract}"),
        copyright=copyright_line,
        keywords=(keywords_of(meta.all("keywords")) or keywords_of(body.keywords, split=False)
                  or keywords_of(linked.keywords)),
    )
    return chapter, missing_fields(chapter)


def editors_of(cite: CiteParts, body: BodyFacts) -> list[Name]:
    """The "Editor information" block's full list, else the cite line's editors."""
    return split_as_cited(names_in_lines(body.editor_lines), cite.editors) or cite.editors


def keywords_of(values: list[str], split: bool = True) -> tuple[str, ...]:
    """One keyword per value, or (`split`) several in one value separated by ";" or ","."""
    pieces = [piece for value in values for piece in (re.split(r"[;,]", value) if split else [value])]
    return tuple(dict.fromkeys(p for p in (clean(piece) for piece in pieces) if p and len(p) <= MAX_KEYWORD))


def first_doi(candidates: list[str]) -> str:
    return next((doi for doi in (normalize_doi(c) for c in candidates if c) if doi), "")


def year_of(text: str) -> int | None:
    """"1982/01/01", "2021-09-30", "30 September 2021", "1982" -> the year."""
    match = YEAR_RE.search(text)
    return int(match.group(0)) if match else None


def series_of(body: BodyFacts, meta: Meta) -> tuple[str, str, str]:
    match = BOOK_SERIES.match(body.series_line)
    if match:
        return match["title"].strip(), match["short"].strip(), match["number"].strip()
    labels = body.labels
    title = labels.get("series") or meta.first("series")
    return title, "", labels.get("series_number", "") if title else ""


def abstract_of(body: BodyFacts, meta: Meta, linked: LinkedData, note_count: int) -> str:
    if body.abstract and body.abstract_marked:
        return "\n".join(body.abstract)
    paragraphs = body.abstract or [meta.first("abstract") or linked.description]
    return "\n".join(strip_note_markers(p, note_count) for p in paragraphs if p)


def copyright_of(value: str) -> str:
    """"1982 Springer-Verlag New York Inc." or "©1982 ..." -> "© 1982 Springer-Verlag New York Inc."."""
    value = re.sub(r"^(?:©|\(c\)|copyright)\s*", "", value, flags=re.IGNORECASE)
    return f"© {value}" if YEAR_RE.match(value) else ""


def pages_of(meta: Meta, linked: LinkedData, body: BodyFacts) -> str:
    first, last = meta.first("first_page"), meta.first("last_page")
    if not first:
        first, last = linked.pages
    if not first:
        match = PAGE_RANGE.match(body.pages_line)
        first, last = (match[1], match[2]) if match else ("", "")
    return f"{first}–{last}" if last and last != first else first


def isbns_of(labels: dict[str, str], others: list[str]) -> tuple[str, ...]:
    """Print ISBN first, then online (as the page labels them), then any others the page gives."""
    found = [normalize_isbn(labels.get("isbn_print", "")), normalize_isbn(labels.get("isbn_online", ""))]
    for value in others:
        found.extend(normalize_isbn(candidate) for candidate in ISBN_CANDIDATE.findall(value))
    return tuple(dict.fromkeys(isbn for isbn in found if isbn))


def kind_of(body: BodyFacts, meta: Meta, linked: LinkedData) -> str:
    """The category line, else a conference title, the URL path, a journal title; a chapter by default."""
    printed = body.kind.strip().lower()
    if printed in PAGE_KINDS:
        return PAGE_KINDS[printed]
    if meta.first("conference"):
        return PAPER_CONFERENCE
    for url in meta.all("url"):
        for path, kind in URL_KINDS:
            if path in url:
                return kind
    if (meta.first("journal_title") or linked.journal) and not meta.first("book_title"):
        return JOURNAL_ARTICLE
    return CHAPTER


def language_of(value: str) -> str:
    """"En" -> "en", "en-gb" -> "en-GB", "ger" -> "de"; "" for what is no language tag."""
    parts = value.strip().replace("_", "-").split("-")
    primary = parts[0].lower()
    primary = LANGUAGE_CODES.get(primary, primary)
    if not re.fullmatch(r"[a-z]{2,3}", primary):
        return ""
    region = [p.upper() if len(p) == 2 else p for p in parts[1:2] if re.fullmatch(r"[A-Za-z0-9]{2,8}", p)]
    return "-".join([primary, *region])
