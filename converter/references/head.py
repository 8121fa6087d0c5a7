"""The head of a reference entry: its authors (or editors) and year, found where each style puts them --
"Smith, J. A. (1990)." (APA), "Smith JA (1990)" (Springer basic), "Smith, J.: ... (1990)" (LNCS, year at
the end), "Smith, J. 1990." (humanities author-date), "Name, Vorname: Titel. Berlin 1979." (German)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.lexicon import NAME_ABBREVIATIONS
from converter.lexicon import YEAR as LEXICON_YEAR
from converter.model import Date
from converter.names.lists import looks_like_names
from converter.values.dates import match_date

YEAR = rf"(?P<year>{LEXICON_YEAR})(?P<suffix>[a-z])?"
NO_DATE = r"(?P<nodate>n\.\s?d\.|o\.\s?J\.|(?i:in press|forthcoming|im druck))"
# "(1990)", "(1990a)", "(2020, March 3)", "(n.d.)": APA and Springer basic.
PAREN_YEAR = re.compile(rf"\((?:{YEAR}(?:,\s?(?P<when>[^()]{{1,30}}))?|{NO_DATE})\)")
# "Smith, A. 1990. Title", "Smith, A. (ed.) 1990a. Title", "Smith, A. n.d. Title": humanities.
BARE_YEAR = re.compile(rf"(?<=[.,)]) (?:{YEAR}(?:\s?\[\d{{4}}\])?\.|{NO_DATE})(?= |$)")
# LNCS: the year closes the entry, "... Springer, Heidelberg (2005)".
END_YEAR = re.compile(rf"\s?\({YEAR}\)\.?$")
# German author-colon style: the imprint and year close the entry, "... China. Berlin 1979." or
# "... Berlin: Springer, 1979."
IMPRINT_YEAR = re.compile(
    rf"\.\s(?P<place>[^\W\d_][^.:,\d]{{0,60}})(?::\s(?P<publisher>[^.:,\d]{{1,80}}))?,?\s{YEAR}"
    rf"(?:,\s(?:S\.|pp?\.|Sp\.)\s?(?P<pages>\d{{1,6}}(?:\s?[–—-]\s?\d{{1,6}})?))?\.?$"
)
HEAD_LIMIT = 3000  # authors are looked for in the first characters only
HEAD_TRIES = 4  # candidate years tried per style


@dataclass
class Head:
    authors_text: str
    rest: str  # everything after the head
    year: int | None = None
    suffix: str = ""
    when: str = ""  # "March 3" of "(2020, March 3)"
    no_date: str = ""  # "n.d.", "in press"
    imprint: tuple[str, str, str] = ("", "", "")  # (publisher, place, pages) around a closing year


def find_head(text: str) -> Head | None:
    """The earliest author-year head of any style whose author part reads as names."""
    candidates: list[tuple[int, Head]] = []
    for pattern in (PAREN_YEAR, BARE_YEAR):
        for count, match in enumerate(pattern.finditer(text, 0, min(len(text), HEAD_LIMIT))):
            if count >= HEAD_TRIES:
                break
            before = text[:match.start()]
            if looks_like_names(before):
                candidates.append((match.start(), head_from(match, before, text[match.end():])))
                break
    colon = text.find(": ", 0, HEAD_LIMIT)
    if colon > 0 and looks_like_names(text[:colon]):
        rest = text[colon + 2:]
        end = END_YEAR.search(rest)
        imprint = None if end else IMPRINT_YEAR.search(rest)
        head = Head(text[:colon], rest[:end.start()] if end else rest)
        if end:
            head.year, head.suffix = int(end["year"]), end["suffix"] or ""
        elif imprint:  # German: "Name, Vorname: Titel. Berlin: Springer 1979."
            head.year, head.suffix = int(imprint["year"]), imprint["suffix"] or ""
            pages = re.sub(r"\s?[–—-]\s?", "–", imprint["pages"] or "")
            head.imprint = ((imprint["publisher"] or "").strip(), imprint["place"].strip(), pages)
            head.rest = rest[:imprint.start() + 1]
        candidates.append((colon, head))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    match = PAREN_YEAR.search(text, 0, min(len(text), HEAD_LIMIT))
    if match and match.start() > 0 and re.search(r"[^\W\d_]{2}", text[:match.start()]):
        # No author (APA, Springer basic): the title stands where the author would.
        head = head_from(match, "", text[match.end():])
        head.rest = f"{text[:match.start()].strip().rstrip('.')}. {head.rest.lstrip(' .')}"
        return head
    return None




def head_from(match: re.Match, before: str, after: str) -> Head:
    authors = before.strip().rstrip(",")
    last = authors.rsplit(" ", 1)[-1]
    word = re.fullmatch(r"[^\W\d_]{3,}\.|[A-Z][a-z]\.", last)  # "Alfred.", "OECD.", "Om."; not "J." or "JA."
    if authors.endswith(".") and word and last.lower() not in NAME_ABBREVIATIONS:
        authors = authors[:-1]  # "Smith, Alfred." and "Prakash, Om." end a sentence; "J." and "Ch." are initials
    head = Head(authors, after.lstrip(" .,:"))
    if match["year"]:
        head.year, head.suffix = int(match["year"]), match["suffix"] or ""
        head.when = (match.groupdict().get("when") or "").strip()
    else:
        head.no_date = match["nodate"]
    return head


def issued(head: Head) -> Date | None:
    if head.year is None:
        return None
    if head.when:
        matched = match_date(f"{head.when} {head.year}")
        if matched and matched[1] == len(head.when) + 5 and matched[0].year == head.year:
            return matched[0]
    return Date((head.year,))
