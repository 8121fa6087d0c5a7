"""The chapter record of a text page: the header's facts and the cite line's parts -> one Work.

Fields are taken from where the page states them, most specific first: the labelled bullets
("Publisher Name:", "Print ISBN:") over the citation line, the citation line over the heading lines."""

from __future__ import annotations

import re
from dataclasses import replace

from converter.lexicon import YEAR_RE
from converter.model import CHAPTER, JOURNAL_ARTICLE, PAPER_CONFERENCE, Date, Name, Problem, Work
from converter.pages.bylines import MARKS, byline_names, initials, names_in_lines, split_as_cited
from converter.pages.cite_line import CiteParts, read_cite_line, split_publisher
from converter.pages.header import COPYRIGHT, Header, read_header, strip_note_markers
from converter.pages.line_facts import read_line_facts
from converter.pages.sections import strip_bullet
from converter.values.identifiers import normalize_doi, normalize_isbn
from converter.values.language import guess_language


def read_chapter(lines: list[str], note_count: int) -> tuple[Work, list[Problem]]:
    header = read_header(lines)
    facts = read_line_facts(lines)
    cite = read_cite_line(header.cite_line, header.title, header.book_title)
    # The citation line names title and book the same way on every layout; the lines around
    # "• Chapter" do not (newer pages put the book above the title, or authors below it).
    title = cite.title or facts.title_above or header.title
    kind = JOURNAL_ARTICLE if cite.journal else header.kind or (JOURNAL_ARTICLE if facts.journal else CHAPTER)
    article = kind == JOURNAL_ARTICLE
    labels = header.labels
    publisher, place = split_publisher(labels["publisher"]) if "publisher" in labels else (cite.publisher, cite.place)
    doi = (normalize_doi(labels.get("doi", "")) or normalize_doi(header.cite_line)
           or next((normalize_doi(url) for url in header.urls if "doi.org/" in url), ""))
    isbns = tuple(
        isbn for isbn in (normalize_isbn(labels.get("isbn_print", "")), normalize_isbn(labels.get("isbn_online", "")),
                          *(normalize_isbn(value) for value in facts.isbns))
        if isbn
    )
    abstract = "\n".join(strip_note_markers(p, note_count) for p in header.abstract_lines)
    series_title, series_short, series_number = header.series
    year = (cite.year or facts.year or copyright_year(header.copyright)
            or year_of(labels.get("published", "")) or year_of(facts.published))
    series_number = series_number or cite.series_number
    conference = kind == PAPER_CONFERENCE
    chapter = Work(
        id="",
        type=kind,
        title=title,
        authors=with_full_given_names(cite.authors, lines) or tuple(facts.authors) or bylines_of(facts.bylines)
        or bylines_of(header.bylines),
        editors=editors_of(cite, header, lines) or tuple(facts.editors),
        issued=Date((year,)) if year else None,
        container_title=(cite.book_title or cite.journal or (facts.journal if article else "") or facts.container
                         or header.book_title),
        collection_title=series_title or cite.series,
        collection_title_short=series_short,
        # A proceedings volume's number is its volume (as Zotero's conference paper and BibTeX's
        # @inproceedings have it); a book series' number stays the series number.
        collection_number="" if conference else series_number,
        event_title=(cite.event or header.event) if conference else "",
        volume=series_number if conference else ((cite.volume or facts.volume) if article else ""),
        issue=(cite.issue or facts.issue) if article else "",
        page=header.pages or cite.pages or facts.pages,
        chapter_number=chapter_number(doi),
        publisher=publisher or facts.publisher,
        publisher_place=place,
        doi=doi,
        isbns=tuple(dict.fromkeys(isbns)),
        issn=normalize_issn(labels.get("issn", "")) if article else "",
        url=page_url(header.urls, doi),
        abstract=abstract,
        language=guess_language(f"{title} {abstract}"),
        copyright=header.copyright,
        keywords=tuple(dict.fromkeys(header.keywords)),
    )
    return chapter, missing_fields(chapter)


def bylines_of(lines: list[str]) -> tuple[Name, ...]:
    return tuple(dict.fromkeys(name for line in lines for name in byline_names(line)))


def year_of(text: str) -> int | None:
    match = YEAR_RE.search(text)
    return int(match.group(0)) if match else None


def normalize_issn(text: str) -> str:
    match = ISSN.search(text)
    return match.group(0).upper() if match else ""


# What a page without a chapter header says of the record it cannot give.
NO_CHAPTER = ("no chapter header (no title): the notes and works are read without their page; "
              "no chapter record is written")


def editors_of(cite: CiteParts, header: Header, lines: list[str]) -> tuple[Name, ...]:
    """The cite line's editors with their full given names; the "Editor information" block's when the
    cite line names only the first ("Lázaro Quintana, I., et al.") or none."""
    listed = names_in_lines(header.editor_lines)
    if listed and (cite.editors_et_al or not cite.editors):
        return tuple(split_as_cited(listed, cite.editors))
    return with_full_given_names(cite.editors, lines)


ISSN = re.compile(r"\b\d{4}-\d{3}[\dXx]\b")
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
    """Springer Nature's chapter DOIs end in "_<number>": 10.1007/978-1-4612-5728-8_3 -> "3" (10.1007
    Springer, 10.1057 Palgrave). Other publishers' "_006" counts parts, front matter included."""
    match = re.search(r"^10\.(?:1007|1057)/.*_([1-9]\d{0,2})$", doi)
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
    book = "journal" if chapter.type == JOURNAL_ARTICLE else "book title"
    wanted = {"authors": "author", "issued": "year", "container_title": book, "publisher": "publisher"}
    return [
        Problem("header", f"the page gives no chapter {label}")
        for attribute, label in wanted.items()
        if not getattr(chapter, attribute)
    ]
