"""Chicago-style notes: the first citation in full, later ones by author and short title.

    J. Smith, The Title (London: Macmillan, 1970), 12.                       -> a book
    Philip A. Kuhn, “The Taiping Rebellion,” in The Cambridge History of China, vol. 10,
        ed. John K. Fairbank (Cambridge: Cambridge University Press, 1978), 264.  -> a chapter
    Mary C. Wright, “The Adaptability,” Journal of Asian Studies 17, no. 3 (1958): 365.
                                                                              -> a journal article
    Smith, The Title, 14.  /  Kuhn, “Taiping Rebellion,” 270.                 -> the same works again

Both are read only at the start of a clause (after signal words), where a note begins a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.lexicon import EDITED_BY, YEAR, fold
from converter.model import BOOK, CHAPTER, JOURNAL_ARTICLE, Date, Name, Work
from converter.names.classify import classify_author_text
from converter.names.persons import parse_short_author

# "(London: Macmillan, 1970)", "(London, 1970)", "(Berlin 1970)", "(1958)", "(Spring 1958)"
PUBLICATION = re.compile(
    rf"\((?:(?P<imprint>[^()]{{0,120}}?)[,\s]\s*)?(?P<year>{YEAR})(?P<suffix>[a-z])?\)"
)
QUOTE_PAIRS = {"“": "”", "\"": "\"", "‘": "’", "«": "»", "„": "“"}
OPENING_QUOTES = "".join(QUOTE_PAIRS)
CLOSING_QUOTES = "".join(QUOTE_PAIRS.values())
# Trailing parts of a book title: ", ed. John K. Fairbank", ", trans. X", ", 2nd ed.", ", vol. 10".
EDITORS = re.compile(rf",\s(?:{EDITED_BY})\s(?P<names>[^,]+(?:,\s(?:and\s)?[^,]+)*?)$")
VOLUME = re.compile(r",\s(?:vol\.|Bd\.)\s(?P<volume>[\dIVXLCivxlc]+)$")
EDITION = re.compile(r",\s(?P<edition>\d+)(?:st|nd|rd|th|\.)\s(?:ed\.|edn\.?|edition|Aufl\.)$")
# "Journal of Asian Studies 17, no. 3"
JOURNAL = re.compile(r"^(?P<journal>.+?)\s(?P<volume>\d{1,4}|[IVXLC]{1,8})(?:,\s(?:no\.|Nr\.)\s?(?P<issue>[\w/–-]+))?$")
INITIALS_ONLY = re.compile(r"^(?:[A-Z][a-z]?\.[\s-]?)+(?:,|$)")
MAX_AUTHOR_WORDS = 8
MAX_TITLE_CHARS = 300


@dataclass(frozen=True)
class FullCitation:
    author_text: str
    authors: tuple[Name, ...]
    et_al: bool
    work: Work  # id not yet assigned
    end: int  # characters of the note it covers, up to the closing parenthesis


def split_names_title(text: str) -> tuple[str, str] | None:
    """"J. Smith and K. Lee, The Title" -> ("J. Smith and K. Lee", "The Title")."""
    names, separator, title = text.partition(", ")
    if not separator or not names or not (title[:1].isupper() or title[:1] in OPENING_QUOTES):
        return None
    if INITIALS_ONLY.match(title):
        return None  # "Smith, J. (1990)": an inverted name, not a name and a title
    if len(names.split()) > MAX_AUTHOR_WORDS or classify_author_text(names) != "person":
        return None
    return names, title.strip()


def quoted(text: str) -> tuple[str, str] | None:
    """'“The Title,” in Book' -> ("The Title", "in Book"); None when `text` opens with no quote."""
    closing = QUOTE_PAIRS.get(text[:1])
    if closing is None:
        return None
    close = next((i for i in range(1, len(text)) if text[i] == closing and not is_apostrophe(text, i)), -1)
    if close < 0:
        return None
    return text[1:close].rstrip(",.;: "), text[close + 1:].strip(" ,.")


def is_apostrophe(text: str, i: int) -> bool:
    """"Ch’ing", "People’s": a ’ between letters is an apostrophe, not a closing quote."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def read_full_citation(text: str) -> FullCitation | None:
    """A full first citation at the start of `text`, or None."""
    publication = PUBLICATION.search(text, 0, MAX_TITLE_CHARS + 200)
    if not publication:
        return None
    split = split_names_title(text[: publication.start()].rstrip(" ,"))
    if not split or len(split[1]) > MAX_TITLE_CHARS:
        return None
    names, title_part = split
    authors, et_al = parse_short_author(names)
    imprint = (publication["imprint"] or "").strip(" ,")
    place, _, publisher = imprint.partition(":")
    work = Work(id="", type=BOOK, authors=authors, et_al=et_al, issued=Date((int(publication["year"]),)),
                year_suffix=publication["suffix"] or "")
    if publisher or (place and not quoted(title_part)):
        work = work.with_(publisher_place=place.strip(), publisher=publisher.strip())
    work = with_title_part(work, title_part)
    return FullCitation(names, authors, et_al, work, publication.end())


def with_title_part(work: Work, title_part: str) -> Work:
    """The title and what comes with it: a book's editors/volume/edition, a chapter's book, a journal."""
    in_quotes = quoted(title_part)
    if in_quotes is None:
        title, extras = book_extras(title_part)
        return work.with_(title=title, **extras)
    title, rest = in_quotes
    if rest.startswith("in "):
        book, extras = book_extras(rest[3:])
        return work.with_(type=CHAPTER, title=title, container_title=book, **extras)
    journal = JOURNAL.match(rest)
    if journal:
        return work.with_(type=JOURNAL_ARTICLE, title=title, container_title=journal["journal"],
                          volume=journal["volume"], issue=journal["issue"] or "")
    return work.with_(title=title, container_title=rest) if rest else work.with_(title=title)


def book_extras(text: str) -> tuple[str, dict]:
    """"Book, vol. 10, ed. John K. Fairbank" -> ("Book", {"volume": "10", "editors": (Fairbank,)})."""
    extras: dict = {}
    text = text.strip(" ,")
    for _ in range(3):  # the trailing parts come in any order
        editors, volume, edition = EDITORS.search(text), VOLUME.search(text), EDITION.search(text)
        if editors:
            extras["editors"] = parse_short_author(editors["names"].replace(", and ", " and ").replace(", ", " and "))[0]
            text = text[: editors.start()]
        elif volume:
            extras["volume"] = volume["volume"]
            text = text[: volume.start()]
        elif edition:
            extras["edition"] = edition["edition"]
            text = text[: edition.start()]
        else:
            break
    return strip_quotes(text), extras


def strip_quotes(title: str) -> str:
    return title.strip().strip(OPENING_QUOTES + CLOSING_QUOTES).rstrip(",").strip()


def short_title_matches(short: str, full: str) -> bool:
    """"The Title" or "Title" abbreviates "The Title of the Book": its words open the full title."""
    short_words = re.findall(r"\w+", fold(strip_quotes(short)))
    full_words = re.findall(r"\w+", fold(full))
    if not short_words:
        return False
    for candidate in (full_words, full_words[1:]):  # a leading article may be dropped
        if candidate[: len(short_words)] == short_words:
            return True
    return False
