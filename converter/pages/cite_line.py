"""SpringerLink's "Cite this chapter" line -> its parts:
"Kraus, W. (1982). Title. In: Weber, K. (eds) Book. Series, vol 3. Springer, New York, NY. URL"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import CORPORATE_TAILS, EDITOR_MARK, YEAR
from converter.model import Name
from converter.names.persons import split_inverted_name_list
from converter.pages.header import URL

CITE_LINE = re.compile(r"^(?P<authors>.*?)\s*\((?P<year>\d{4})[a-z]?\)\.\s*(?P<rest>.+)$")
EDITORS = re.compile(rf"^(?P<editors>.+?)\s*\((?i:{EDITOR_MARK})\)\s*(?P<rest>.*)$")
# A volume of many editors is cited with the first and "et al.", without "(eds)": "In: Lázaro Quintana, I.,
# et al. Knowledge Graphs ...".
EDITORS_ET_AL = re.compile(r"^(?P<editors>[^.()]{1,200}?,\s*(?:[^\W\d_]{1,2}\.\s?-?)+,?\s*et al\.)\s*(?P<rest>.+)$")
SERIES_IN_CITE = re.compile(r"^(?P<title>.+?)(?:\(\))?,?\s+vol\.?\s*(?P<number>\S+)$")
# SpringerLink's journal articles: "Rao, A., Mensah, J. Title. J Agrar Hist 12, 345–367 (2021). https://...".
ARTICLE_CITE = re.compile(
    r"^(?P<authors>(?:[^,.()]{1,80}, (?:[^\W\d_]{1,3}\.\s?-?)+,?\s(?:&\s)?){1,60})(?P<title>.+?)\.\s"
    rf"(?P<journal>[^\d()]{{2,150}}?)\s(?P<volume>\d{{1,6}})(?:\((?P<issue>[^)]{{1,12}})\))?,\s"
    rf"(?P<pages>[\w–-]{{1,20}})\s\((?P<year>{YEAR})\)\.?$"
)
# The conference of a proceedings volume, between the book and the series: "KGW 2023", "ICDCN 2021".
EVENT_IN_CITE = re.compile(rf"^[^\W\d_][^,;:]{{0,80}}?\s(?:{YEAR})$")


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
    event: str = ""
    editors_et_al: bool = False  # the line names the first editor and "et al."
    journal: str = ""  # a journal article's
    volume: str = ""
    issue: str = ""
    pages: str = ""


def read_cite_line(line: str, title: str, book_title: str) -> CiteParts:
    """"Kraus, W. (1982). Title. In: Weber, K. (eds) Book. Series, vol 3. Springer, New York, NY. URL"."""
    parts = CiteParts()
    match = CITE_LINE.match(URL.sub("", line).strip())
    if not match:
        return read_article_cite(URL.sub("", line).strip())
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
        listed = editors or EDITORS_ET_AL.match(rest)
        if listed:
            names = listed["editors"]
            parts.editors_et_al = editors is None
            parts.editors = split_inverted_name_list(names[: -len("et al.")].rstrip(" ,") if not editors else names)
            rest = listed["rest"]
        if book_title and rest.startswith(book_title):
            parts.book_title, rest = book_title, rest[len(book_title):].lstrip(". ")
        else:
            parts.book_title, _, rest = rest.partition(". ")
    segments = [s.strip() for s in rest.rstrip(". ").split(". ") if s.strip()]
    for segment in segments[:-1]:
        series = SERIES_IN_CITE.match(segment)
        if series:
            parts.series, parts.series_number = series["title"].strip(), series["number"].rstrip(".")
        elif EVENT_IN_CITE.match(segment) and not parts.series and parts.book_title:
            parts.event = segment
    if segments:
        parts.publisher, parts.place = split_publisher(segments[-1])
    return parts


def split_publisher(text: str) -> tuple[str, str]:
    """"Springer, New York, NY" -> ("Springer", "New York, NY"); "John Wiley & Sons, Ltd" is one name."""
    publisher, _, place = text.partition(",")
    if place.strip() in CORPORATE_TAILS:
        return text.strip(), ""
    return publisher.strip(), place.strip()


def read_article_cite(line: str) -> CiteParts:
    """"Rao, A., Mensah, J. Title. J Agrar Hist 12, 345–367 (2021)." -> its parts; empty if not that form."""
    match = ARTICLE_CITE.match(line)
    if not match:
        return CiteParts()
    return CiteParts(authors=split_inverted_name_list(match["authors"].strip(" ,&")), year=int(match["year"]),
                     title=match["title"].strip(), journal=match["journal"].strip(), volume=match["volume"],
                     issue=match["issue"] or "", pages=match["pages"].replace("-", "–"))
