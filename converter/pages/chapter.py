"""The chapter record of a text page: the header's facts and the cite line's parts -> one Work.

Fields are taken from where the page states them, most specific first: the labelled bullets
("Publisher Name:", "Print ISBN:") over the citation line, the citation line over the heading lines."""

from __future__ import annotations

import re
from dataclasses import replace

from converter.model import PAPER_CONFERENCE, Date, Name, Problem, Work
from converter.pages.bylines import MARKS, initials, names_in_lines, split_as_cited
from converter.pages.cite_line import CiteParts, read_cite_line, split_publisher
from converter.pages.header import COPYRIGHT, Header, read_header, strip_note_markers
from converter.pages.sections import strip_bullet
from converter.values.identifiers import normalize_doi, normalize_isbn
from converter.values.language import guess_language


def read_chapter(lines: list[str], note_count: int) -> tuple[Work, list[Problem]]:
    header = read_header(lines)
    cite = read_cite_line(header.cite_line, header.title, header.book_title)
    # The citation line names title and book the same way on every layout; the lines around
    # "• Chapter" do not (newer pages put the book above the title, or authors below it).
    title = cite.title or header.title
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
    series_number = series_number or cite.series_number
    conference = header.kind == PAPER_CONFERENCE
    chapter = Work(
        id="",
        type=header.kind,
        title=title,
        authors=with_full_given_names(cite.authors, lines),
        editors=editors_of(cite, header, lines),
        issued=Date((year,)) if year else None,
        container_title=cite.book_title or header.book_title,
        collection_title=series_title or cite.series,
        collection_title_short=series_short,
        # A proceedings volume's number is its volume (as Zotero's conference paper and BibTeX's
        # @inproceedings have it); a book series' number stays the series number.
        collection_number="" if conference else series_number,
        event_title=(cite.event or header.event) if conference else "",
        volume=series_number if conference else "",
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


# What a page without a chapter header says of the record it cannot give.
NO_CHAPTER = "no chapter header (no title): the notes and works are read without their page; no chapter record is written"


def editors_of(cite: CiteParts, header: Header, lines: list[str]) -> tuple[Name, ...]:
    """The cite line's editors with their full given names; the "Editor information" block's when the
    cite line names only the first ("Meroño Peñuela, A., et al.") or none."""
    listed = names_in_lines(header.editor_lines)
    if listed and (cite.editors_et_al or not cite.editors):
        return tuple(split_as_cited(listed, cite.editors))
    return with_full_given_names(cite.editors, lines)


NAME_LIST_SEPARATOR = re.compile(r"\s*(?:&|,|;|\band\b|\bund\b)\s*")
def with_full_given_names(names: list[Name], lines: list[str]) -> tuple[Name, ...]:
    """"Kraus, W." of the citation line -> "Kraus, Wolfgang" when the page also prints "Wolfgang Kraus"
    (under "Authors and Affiliations"): same family name, same initials, nothing else guessed."""
    if not names:
        return ()
    printed = [part for line in lines if len(line) < 200
               for part in NAME_LIST_SEPARATOR.split(MARKS.sub("", strip_bullet(line)))]
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
    if not chapter.title:
        return [Problem("header", NO_CHAPTER)]
    wanted = {"authors": "author", "issued": "year", "container_title": "book title", "publisher": "publisher"}
    return [
        Problem("header", f"the page gives no chapter {label}")
        for attribute, label in wanted.items()
        if not getattr(chapter, attribute)
    ]
