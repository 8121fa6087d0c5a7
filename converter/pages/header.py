"""The chapter header and the "Cite this chapter" block -> one chapter Work.

Fields are taken from where the page states them, most specific first: the labelled bullets
("Publisher Name:", "Print ISBN:") over the citation line, the citation line over the heading
lines. Page chrome never reaches a field: lines are filtered by page.is_chrome first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from converter.errors import ConversionError
from converter.model import BOOK, CHAPTER, ENTRY, PAPER_CONFERENCE, Date, Name, Problem, Work
from converter.names.persons import split_inverted_name_list
from converter.pages.sections import (
    NOTES_HEADINGS,
    REFERENCES_HEADINGS,
    TAIL_HEADINGS,
    heading_key,
    is_chrome,
    strip_bullet,
)
from converter.text import squeeze
from converter.values.identifiers import normalize_doi, normalize_isbn
from converter.values.language import guess_language

# The line under the title that says what kind of item the page is.
PAGE_KINDS = {
    "chapter": CHAPTER,
    "conference paper": PAPER_CONFERENCE,
    "reference work entry": ENTRY,
    "living reference work entry": ENTRY,
    "protocol": CHAPTER,
    "book": BOOK,
}
CITE_HEADINGS = {"cite this chapter", "cite this paper", "cite this entry", "cite this protocol", "cite this book"}
ABSTRACT_HEADINGS = {"abstract", "definition", "zusammenfassung", "résumé", "resumen", "summary", "riassunto", "samenvatting"}
KEYWORD_HEADINGS = {"keywords", "schlüsselwörter", "mots-clés", "key words"}
MAX_KEYWORD = 100
# Headings that end the abstract (and the keyword list).
ABSTRACT_END = {
    "access this chapter", "access this paper", "access this entry", "preview", "introduction", "chapter preview",
    "similar content being viewed by others", *KEYWORD_HEADINGS, *ABSTRACT_HEADINGS, *NOTES_HEADINGS,
    *REFERENCES_HEADINGS, *TAIL_HEADINGS,
}
# Labelled metadata bullets ("DOI: ...") and the field each one feeds.
LABELS = {
    "doi": "doi",
    "publisher name": "publisher",
    "print isbn": "isbn_print",
    "online isbn": "isbn_online",
    "isbn": "isbn_print",
    "series issn": "issn",
    "print issn": "issn",
    "published": "published",
    "first online": "first_online",
    "ebook packages": "packages",
    "book title": "book_title",
    "book subtitle": "book_subtitle",
    "editors": "editors",
    "series title": "series",
    "series volume": "series_number",
    "language": "language",
}
LABELLED = re.compile(r"^([A-Za-z][A-Za-z -]{1,30}):\s*(.+)$")
PAGE_RANGE = re.compile(r"^(?:pp\.?|pages?|S\.|Seiten?)\s*([\divxlcdm]+)\s*[–—-]\s*([\divxlcdm]+)$", re.IGNORECASE)
BOOK_SERIES = re.compile(
    r"^Part of the book series:\s*(?P<title>.+?)\s*"
    r"(?:\(\((?P<short>[^,()]*)(?:,\s*(?:volume|vol\.?)\s*(?P<number>[^)]+))?\)\))?\s*$",
    re.IGNORECASE,
)
CITE_LINE = re.compile(r"^(?P<authors>.*?)\s*\((?P<year>\d{4})[a-z]?\)\.\s*(?P<rest>.+)$")
EDITORS = re.compile(r"^(?P<editors>.+?)\s*\((?:eds?|Hrsg)\.?\)\s*(?P<rest>.*)$")
SERIES_IN_CITE = re.compile(r"^(?P<title>.+?)(?:\(\))?,?\s+vol\.?\s*(?P<number>\S+)$")
URL = re.compile(r"https?://\S+")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*©?(?=\s*\d{4}))\s*(?P<year>\d{4})?", re.IGNORECASE)
# Note markers glued to the abstract's text: "plan.1 The plan", "revised”2 and".
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_][.,;:!?”’\"'»)])|(?<=[“”’\"'»«)][.,;:!?]))(\d{1,3})(?=\s|$)"
    r"|(?<=\d[.])(\d{1,3})(?=\s+[A-Z])"
)


@dataclass
class Header:
    """What the page says about itself, before it is turned into a Work."""

    title: str = ""
    kind: str = CHAPTER
    book_title: str = ""
    abstract_lines: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    cite_line: str = ""
    series: tuple[str, str, str] = ("", "", "")  # title, short title, number
    pages: str = ""
    copyright: str = ""
    urls: list[str] = field(default_factory=list)


def read_header(lines: list[str]) -> Header:
    header = Header()
    clean = [squeeze(line) for line in lines]
    kind_at = next((i for i, line in enumerate(clean) if strip_bullet(line).lower() in PAGE_KINDS), None)
    content = [(i, line) for i, line in enumerate(clean) if line and not is_chrome(line)]
    if kind_at is not None:
        header.kind = PAGE_KINDS[strip_bullet(clean[kind_at]).lower()]
        before = [line for i, line in content if i < kind_at]
        after = [line for i, line in content if i > kind_at]
        header.title = before[-1] if before else ""
        header.book_title = next((line for line in after if is_book_title(line)), "")
    for position, (i, line) in enumerate(content):
        item = strip_bullet(line)
        key = heading_key(item)
        labelled = LABELLED.match(item)
        if key in ABSTRACT_HEADINGS:
            header.abstract_lines = abstract_after(clean, i)
        elif key in KEYWORD_HEADINGS and not header.keywords:
            header.keywords = [strip_bullet(line) for line in abstract_after(clean, i) if len(line) <= MAX_KEYWORD]
        elif key in CITE_HEADINGS and not header.cite_line:
            header.cite_line = content[position + 1][1] if position + 1 < len(content) else ""
        elif BOOK_SERIES.match(item):
            match = BOOK_SERIES.match(item)
            header.series = (match["title"], (match["short"] or "").strip(), (match["number"] or "").strip())
        elif PAGE_RANGE.match(item) and not header.pages:
            match = PAGE_RANGE.match(item)
            header.pages = f"{match[1]}–{match[2]}"
        elif COPYRIGHT.match(item) and not header.copyright:
            header.copyright = item
        elif labelled and labelled[1].lower() in LABELS:
            header.labels.setdefault(LABELS[labelled[1].lower()], labelled[2].strip())
        header.urls.extend(URL.findall(item))
    return header


def is_book_title(line: str) -> bool:
    item = strip_bullet(line)
    return not (
        item.lower().startswith("part of the book series")
        or PAGE_RANGE.match(item)
        or LABELLED.match(item)
        or heading_key(item) in ABSTRACT_HEADINGS | {"authors", "editors"}
    )


def abstract_after(lines: list[str], start: int) -> list[str]:
    paragraphs = []
    for line in lines[start + 1:]:
        if not line:
            continue
        if is_chrome(line) or heading_key(line) in ABSTRACT_END:
            break
        paragraphs.append(line)
    return paragraphs


def strip_note_markers(paragraph: str, highest: int) -> str:
    """Remove footnote numbers glued to punctuation, in increasing order up to the last note."""
    last = 0

    def replace(match: re.Match) -> str:
        nonlocal last
        number = int(match.group(1) or match.group(2))
        if last < number <= max(highest, 1):
            last = number
            return ""
        return match.group(0)

    return GLUED_MARKER.sub(replace, paragraph)


@dataclass
class CiteParts:
    authors: list[Name] = field(default_factory=list)
    year: int | None = None
    title: str = ""
    editors: list[Name] = field(default_factory=list)
    book_title: str = ""
    series: str = ""
    series_number: str = ""
    publisher: str = ""
    place: str = ""


def read_cite_line(line: str, title: str, book_title: str) -> CiteParts:
    """"Kraus, W. (1982). Title. In: Weber, K. (eds) Book. Series, vol 3. Springer, New York, NY. URL"."""
    parts = CiteParts()
    match = CITE_LINE.match(URL.sub("", line).strip())
    if not match:
        return parts
    parts.authors = split_inverted_name_list(match["authors"])
    parts.year = int(match["year"])
    rest = match["rest"].strip()
    if title and rest.startswith(title):
        parts.title, rest = title, rest[len(title):].lstrip(". ")
    elif ". In: " in rest or rest.startswith("In: "):
        parts.title, _, rest = rest.partition("In: ")
        parts.title = parts.title.rstrip(". ")
        rest = "In: " + rest
    if rest.startswith("In: "):
        rest = rest[4:]
        editors = EDITORS.match(rest)
        if editors:
            parts.editors = split_inverted_name_list(editors["editors"])
            rest = editors["rest"]
        if book_title and rest.startswith(book_title):
            parts.book_title, rest = book_title, rest[len(book_title):].lstrip(". ")
        else:
            parts.book_title, _, rest = rest.partition(". ")
    segments = [s.strip() for s in rest.rstrip(". ").split(". ") if s.strip()]
    for segment in segments[:-1]:
        series = SERIES_IN_CITE.match(segment)
        if series:
            parts.series, parts.series_number = series["title"].strip(), series["number"].rstrip(".")
    if segments:
        parts.publisher, parts.place = split_publisher(segments[-1])
    return parts


def split_publisher(text: str) -> tuple[str, str]:
    """"Springer, New York, NY" -> ("Springer", "New York, NY")."""
    publisher, _, place = text.partition(",")
    return publisher.strip(), place.strip()


def read_chapter(lines: list[str], note_count: int) -> tuple[Work, list[Problem]]:
    header = read_header(lines)
    cite = read_cite_line(header.cite_line, header.title, header.book_title)
    # The citation line names title and book the same way on every layout; the lines around
    # "• Chapter" do not (newer pages put the book above the title, or authors below it).
    title = cite.title or header.title
    if not title:
        raise ConversionError("no chapter title found: this does not look like a chapter page")
    labels = header.labels
    publisher, place = split_publisher(labels["publisher"]) if "publisher" in labels else (cite.publisher, cite.place)
    doi = normalize_doi(labels.get("doi", "")) or normalize_doi(header.cite_line)
    isbns = tuple(
        isbn for isbn in (normalize_isbn(labels.get("isbn_print", "")), normalize_isbn(labels.get("isbn_online", "")))
        if isbn
    )
    abstract = "\n".join(strip_note_markers(p, note_count) for p in header.abstract_lines)
    series_title, series_short, series_number = header.series
    year = cite.year or copyright_year(header.copyright)
    chapter = Work(
        id="",
        type=header.kind,
        title=title,
        authors=with_full_given_names(cite.authors, lines),
        editors=with_full_given_names(cite.editors, lines),
        issued=Date((year,)) if year else None,
        container_title=cite.book_title or header.book_title,
        collection_title=series_title or cite.series,
        collection_title_short=series_short,
        collection_number=series_number or cite.series_number,
        page=header.pages,
        chapter_number=chapter_number(doi),
        publisher=publisher,
        publisher_place=place,
        doi=doi,
        isbns=tuple(dict.fromkeys(isbns)),
        url=page_url(header.urls, doi),
        abstract=abstract,
        language=guess_language(f"{title} {abstract}"),
        copyright=header.copyright,
        keywords=tuple(dict.fromkeys(header.keywords)),
    )
    return chapter, missing_fields(chapter)


NAME_LIST_SEPARATOR = re.compile(r"\s*(?:&|,|;|\band\b|\bund\b)\s*")
INITIAL_LETTERS = re.compile(r"[^\W\d_]+")


def initials(given: str) -> str:
    """"Wolfgang" -> "W", "A.K." -> "AK", "Chu-yuan" -> "CY"."""
    return "".join(part[0] for part in INITIAL_LETTERS.findall(given)).upper()


def with_full_given_names(names: list[Name], lines: list[str]) -> tuple[Name, ...]:
    """"Kraus, W." of the citation line -> "Kraus, Wolfgang" when the page also prints "Wolfgang Kraus"
    (under "Authors and Affiliations"): same family name, same initials, nothing else guessed."""
    if not names:
        return ()
    printed = [part for line in lines if len(line) < 200 for part in NAME_LIST_SEPARATOR.split(strip_bullet(line))]
    full = []
    for name in names:
        family = f"{name.particle} {name.family}".strip()
        given = name.given
        if family and given and len(initials(given)) == len(given.replace("-", "").replace(".", "").replace(" ", "")):
            for candidate in printed:
                head = candidate[: -len(family)].strip() if candidate.endswith(" " + family) else ""
                if head and len(head.split()) <= 3 and initials(head) == initials(given) and head[0].isupper():
                    given = head
                    break
        full.append(replace(name, given=given))
    return tuple(full)


def copyright_year(line: str) -> int | None:
    match = COPYRIGHT.match(line)
    return int(match["year"]) if match and match["year"] else None


def chapter_number(doi: str) -> str:
    """Springer chapter DOIs end in "_<number>": 10.1007/978-1-4612-5728-8_3 -> "3"."""
    match = re.search(r"_(\d{1,3})$", doi)
    return match.group(1) if match else ""


def page_url(urls: list[str], doi: str) -> str:
    """The page's own address if it printed one (a link holding the DOI), else the DOI resolver's."""
    own = [u.rstrip(".,;") for u in urls if "doi.org/" not in u and doi and doi.lower() in u.lower()]
    if own:
        return own[0]
    return f"https://doi.org/{doi}" if doi else ""


def missing_fields(chapter: Work) -> list[Problem]:
    wanted = {"authors": "author", "issued": "year", "container_title": "book title", "publisher": "publisher"}
    return [
        Problem("header", f"the page gives no chapter {label}")
        for attribute, label in wanted.items()
        if not getattr(chapter, attribute)
    ]
