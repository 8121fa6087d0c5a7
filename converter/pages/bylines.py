"""Bylines: the lines of a page that name people, given name first ("Jane Doe, John Roe & Ann Lee",
"By Jane Doe", "Berit Sofie Halvorsen21,22,"), told apart from the affiliations printed between them
("King’s College London, London, UK").

A byline is split on commas, "&", "and" (and their cousins); each piece is two to five name words
(capitalized, or a particle, or initials), none of them an institution's word, no digits once the
affiliation numbers glued to the names are taken off. An affiliation fails: it names a place in one word
("London", "UK") or an institution ("University").
"""

from __future__ import annotations

import re

from converter.lexicon import EDITED_BY, ET_AL, pattern
from converter.model import Name
from converter.names.classify import looks_like_title
from converter.names.parts import is_corporate, is_initials, is_particle
from converter.names.persons import parse_inverted_name

SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
# Affiliation numbers and marks glued to a name: "Halvorsen21,22,", "Doe*", "Roe†", "Lee1 &".
MARKS = re.compile(r"(?<=[^\W\d_])[\d*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:,[\d*†‡§¶]+)*(?=\s|,|&|$)")
# "By Jane Doe" (Routledge, Bloomsbury), "Edited by ..." (editor marks come from the lexicon).
LEAD = re.compile(rf"^(?:{EDITED_BY}|by|von|par|di|de|door|av)(?:\s+|$)", re.IGNORECASE)
ET_AL_TAIL = re.compile(rf"[\s,]*{pattern(' '.join(words) for words in ET_AL)}\s*$", re.IGNORECASE)
TRAILING = re.compile(r"[\s,&…]+$")
INITIAL_LETTERS = re.compile(r"[^\W\d_]+")
MAX_LINE = 300
WORDS_PER_NAME = (2, 5)


def byline_names(line: str) -> list[Name]:
    """The people a byline names, in order; [] when the line is not a byline."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_LINE or ":" in text:
        return []
    text = TRAILING.sub("", ET_AL_TAIL.sub("", LEAD.sub("", MARKS.sub("", text))))
    pieces = [piece for piece in SEPARATORS.split(text) if piece]
    if not pieces or not all(is_person(piece) for piece in pieces):
        return []
    return [parse_inverted_name(piece) for piece in pieces]


def is_person(piece: str) -> bool:
    tokens = piece.split()
    low, high = WORDS_PER_NAME
    if not low <= len(tokens) <= high or is_corporate(piece) or any(c.isdigit() for c in piece):
        return False
    if not tokens[-1][:1].isupper() or is_initials(tokens[-1]) or looks_like_title(piece):
        return False
    return all(is_name_word(token) for token in tokens)


def is_name_word(token: str) -> bool:
    if is_initials(token) or is_particle(token):
        return True
    core = token.strip("()")
    return len(core) > 1 and core[0].isupper() and not core.isupper() and all(
        c.isalpha() or c in "-’'." for c in core)


def names_in_lines(lines: list[str]) -> list[Name]:
    """Every name of the bylines among `lines` (an "Editors and Affiliations" block), each once."""
    found: list[Name] = []
    for line in lines:
        for name in byline_names(line):
            if name not in found:
                found.append(name)
    return found


def split_as_cited(names: list[Name], cited: list[Name]) -> list[Name]:
    """Names read given-first ("Inés Lázaro Quintana") split where a citation line splits them
    ("Lázaro Quintana, I."): the cited family name, the printed given names, when the initials agree."""
    result = []
    for name in names:
        printed = name.display()
        for other in cited:
            family = f"{other.particle} {other.family}".strip()
            head = printed[: -len(family)].strip() if family and printed.endswith(" " + family) else ""
            if head and initials(head) == initials(other.given):
                name = Name(family=other.family, given=head, particle=other.particle, suffix=name.suffix)
                break
        result.append(name)
    return result


def initials(given: str) -> str:
    """"Anna Sofia" -> "AS", "A.S." -> "AS", "Jan-Hendrik" -> "JH"."""
    return "".join(part[0] for part in INITIAL_LETTERS.findall(given)).upper()
