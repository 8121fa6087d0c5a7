"""The tail segments of an entry: pages, edition, volume, series, and publisher with place, in the
orders styles print them ("Springer, Berlin", "Berlin: Springer", "(2nd ed., Vol. 2, pp. 45–67)")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import CORPORATE_TAILS, EDITION_MARKS, PUBLISHER_CONNECTIVES, pattern

PAGE = r"[A-Za-z]{0,2}\d{1,8}(?::\d{1,6})?[a-z]?"  # "45", "S12", "e1234", "42:1" (ACM)
PAGE_RANGE = rf"(?P<first>{PAGE})(?:\s?[–—-]\s?(?P<last>{PAGE}))?"
PAGES_TAIL = re.compile(rf"(?:,\s?|\s)\(?(?:pp?\.?|S\.?|Seiten?)\s?{PAGE_RANGE}\)?\.?$")
BARE_PAGES_TAIL = re.compile(r",\s(?P<first>\d{1,6})\s?[–—-]\s?(?P<last>\d{1,6})\.?$")
PAGES_ONLY = re.compile(rf"^\(?(?:pp?\.?|S\.?|Seiten?)\s?{PAGE_RANGE}\)?$")
EDITION = (
    r"(?:(?P<number>\d{1,2})(?:st|nd|rd|th|\.)?|(?P<word>[Rr]ev(?:ised)?\.?|[Ee]rw\.?|[Nn]eu(?:e)?))"
    rf"\s?(?i:{pattern(mark.rstrip('.') for mark in EDITION_MARKS)})\.?"
)
EDITION_ONLY = re.compile(rf"^\(?{EDITION}\)?$")
EDITION_TAIL = re.compile(rf"(?:,\s?|\s)\(?{EDITION}\)?$")
VOLUME_ONLY = re.compile(r"^\(?(?:Vol|vol|Bd|Band|Tome|t)\.?\s?(?P<volume>[\dIVXLC]{1,6})\)?$")
VOLUME_TAIL = re.compile(r"(?:,\s?|\s)\(?(?:Vol|vol|Bd|Band)\.?\s?(?P<volume>[\dIVXLC]{1,6})\)?$")
SERIES = re.compile(
    r"^\(?(?P<title>[^\W\d_][^()]{0,200}?),?\s(?:vol|Vol|Bd|Band|no|No|Nr|nr)\.?\s?(?P<number>\d{1,6}[A-Za-z]?)\)?$"
)
TOTAL_PAGES = re.compile(r"^\d{1,5}\s?(?:pp|p|S|pages|Seiten)\.?$")
MAX_TAILS = 4  # pages, edition, volume, APA's parenthesized group
CORPORATE_TAIL = frozenset(CORPORATE_TAILS)
PUBLISHER_CONNECTIVE_WORDS = frozenset(PUBLISHER_CONNECTIVES)


@dataclass
class Reading:
    """The fields of one entry while it is being read."""

    values: dict = field(default_factory=dict)
    leftovers: list[str] = field(default_factory=list)

    def set(self, **values) -> None:
        for key, value in values.items():
            if value and not self.values.get(key):
                self.values[key] = value

    def extend(self, key: str, piece: str) -> None:
        """"Title" + "Subtitle" -> "Title. Subtitle"; after "?" or "!" with a space only."""
        current = self.values.get(key, "")
        piece = piece.strip()
        if piece.endswith(".") and not piece.endswith(".."):
            piece = piece[:-1]
        if not current:
            self.values[key] = piece
        elif piece:
            self.values[key] = f"{current}{' ' if current[-1] in '?!' else '. '}{piece}"


def normalize_pages(first: str, last: str | None) -> str:
    return f"{first}–{last}" if last else first


def peel(segment: str, reading: Reading, volume: bool = True) -> str:
    """Strip pages, edition and (if `volume`) a volume printed at a segment's end; return what is left.

    After a book title ", vol 2" is the book's volume; in a later segment ("LNCS, vol. 3456") it is
    a series number, so there the caller reads it. At most a few tails are read (APA prints three at
    most), which keeps a hostile entry linear."""
    for _ in range(MAX_TAILS):
        pages = PAGES_TAIL.search(segment) or BARE_PAGES_TAIL.search(segment)
        if pages and pages.start() > 0:
            reading.set(page=normalize_pages(pages["first"], pages["last"]))
            segment = segment[:pages.start()].rstrip(" ,")
            continue
        edition = EDITION_TAIL.search(segment)
        if edition and edition.start() > 0:
            reading.set(edition=edition_value(edition))
            segment = segment[:edition.start()].rstrip(" ,")
            continue
        tail = VOLUME_TAIL.search(segment) if volume else None
        if tail and tail.start() > 0:
            reading.set(volume=tail["volume"])
            segment = segment[:tail.start()].rstrip(" ,")
            continue
        paren = read_paren_group(segment, reading)
        if paren is not None:
            segment = paren
            continue
        return segment
    return segment


def read_paren_group(segment: str, reading: Reading) -> str | None:
    """APA's "(2nd ed., Vol. 2, pp. 45–67)" at a segment's end: every item must be read."""
    if not segment.endswith(")") or "(" not in segment:
        return None
    start = segment.rfind("(")
    items = [i.strip() for i in segment[start + 1:-1].split(",")]
    parsed = [(PAGES_ONLY.match(i), EDITION_ONLY.match(i), VOLUME_ONLY.match(i)) for i in items]
    if start == 0 or not all(any(p) for p in parsed):
        return None
    for pages, edition, volume in parsed:
        if pages:
            reading.set(page=normalize_pages(pages["first"], pages["last"]))
        elif edition:
            reading.set(edition=edition_value(edition))
        else:
            reading.set(volume=volume["volume"])
    return segment[:start].rstrip(" ,")


def edition_value(match: re.Match) -> str:
    if match["number"]:
        return match["number"]
    return "Revised" if match["word"].lower().startswith("rev") else match["word"].rstrip(".")


def publisher_place(segment: str) -> tuple[str, str] | None:
    """"Springer, Berlin" / "Berlin: Springer" / "Routledge" -> (publisher, place); None if not one."""
    if not segment or any(c.isdigit() for c in segment) or len(segment) > 200:
        return None
    if ": " in segment:
        place, publisher = (p.strip() for p in segment.split(": ", 1))
        if publishing_words(place) and publishing_words(publisher):
            return publisher, place
        return None
    pieces = [p.strip() for p in segment.split(",")]
    while len(pieces) > 1 and pieces[1] in CORPORATE_TAIL:
        pieces[0:2] = [f"{pieces[0]}, {pieces[1]}"]
    if len(pieces) > 4 or not all(publishing_words(p) for p in pieces):
        return None
    return pieces[0], ", ".join(pieces[1:])


def publishing_words(text: str) -> bool:
    """A publisher or place: a few capitalized words ("Oxford University Press", "New York, NY")."""
    words = text.split()
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w in PUBLISHER_CONNECTIVE_WORDS or w[:1] in "(&" for w in words
    ) and not text.endswith("?")


def read_tail_segments(segments: list[str], reading: Reading, title_key: str) -> None:
    """Edition, volume, series, pages, and publisher/place (the last segment that reads as one).

    Unread segments before the first one read belong to the title ("Title. Subtitle. Publisher");
    unread segments after it are reported."""
    peeled = [peel(segment, reading, volume=False) for segment in segments]
    publisher_at = max((i for i, s in enumerate(peeled) if publisher_place(s) and not SERIES.match(s)), default=None)
    classified = False
    for index, segment in enumerate(peeled):
        series = SERIES.match(segment)
        if not segment:
            pass  # only pages or an edition, already read
        elif index == publisher_at:
            publisher, place = publisher_place(segment)
            reading.set(publisher=publisher, publisher_place=place)
        elif EDITION_ONLY.match(segment):
            reading.set(edition=edition_value(EDITION_ONLY.match(segment)))
        elif VOLUME_ONLY.match(segment):
            reading.set(volume=VOLUME_ONLY.match(segment)["volume"])
        elif TOTAL_PAGES.match(segment):
            pass  # "250 pp": the book's length, not a field of ours
        elif series:
            reading.set(collection_title=series["title"].strip(" ,"), collection_number=series["number"])
        elif not classified and (publisher_at is None or index < publisher_at):
            reading.extend(title_key, segment)
            continue
        else:
            reading.leftovers.append(segment)
            continue
        classified = True
