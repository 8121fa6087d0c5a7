"""Chicago-style notes: the first citation in full, later ones by author and short title.

    J. Smith, The Title (London: Macmillan, 1970), p. 12.   -> a work with title, place, publisher, year
    Smith, The Title, p. 14.  /  Smith, Title, p. 14.        -> the same work (short title)

Both are read only at the start of a clause (after signal words), where a note begins a citation.
"""

from __future__ import annotations

import re

from .model import Date
from .names import classify_author_text, fold, parse_short_author

# "(London: Macmillan, 1970)", "(London, 1970)", "(Berlin 1970)", "(2nd ed., New York: Wiley, 1990)"
PUBLICATION = re.compile(
    r"\((?P<imprint>[^()]{0,120}?)[,\s]\s*(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?\)"
)
MAX_AUTHOR_WORDS = 8
MAX_TITLE_CHARS = 300


def split_names_title(text: str) -> tuple[str, str] | None:
    """"J. Smith and K. Lee, The Title" -> ("J. Smith and K. Lee", "The Title")."""
    names, separator, title = text.partition(", ")
    if not separator or not names or not title[:1].isupper() and not title[:1] in "“\"‘'":
        return None
    if len(names.split()) > MAX_AUTHOR_WORDS or classify_author_text(names) != "person":
        return None
    return names, title.strip()


def read_full_citation(text: str) -> dict | None:
    """The parts of a full first citation at the start of `text`, and how much of it they cover."""
    publication = PUBLICATION.search(text, 0, MAX_TITLE_CHARS + 200)
    if not publication:
        return None
    head = text[: publication.start()].rstrip(" ,")
    split = split_names_title(head)
    if not split or len(split[1]) > MAX_TITLE_CHARS:
        return None
    names, title = split
    authors, et_al = parse_short_author(names)
    imprint = publication["imprint"].strip(" ,")
    place, _, publisher = imprint.partition(":")
    return {
        "author_text": names,
        "authors": authors,
        "et_al": et_al,
        "title": strip_quotes(title),
        "place": place.strip(),
        "publisher": publisher.strip(),
        "date": Date((int(publication["year"]),)),
        "year_suffix": publication["suffix"] or "",
        "end": publication.end(),
    }


def strip_quotes(title: str) -> str:
    return title.strip().strip("“”\"‘’'").rstrip(",").strip()


def short_title_matches(short: str, full: str) -> bool:
    """"The Title" or "Title" abbreviates "The Title of the Book": its words open the full title."""
    short_words = [w for w in re.findall(r"\w+", fold(strip_quotes(short)))]
    full_words = [w for w in re.findall(r"\w+", fold(full))]
    if not short_words:
        return False
    for candidate in (full_words, full_words[1:]):  # a leading article may be dropped
        if candidate[: len(short_words)] == short_words:
            return True
    return False
