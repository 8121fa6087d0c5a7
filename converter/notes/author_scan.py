"""Find the author of a short form by scanning back from its year: "… in MacFarquhar 1960".

Scanning back from the year, not forward from a capital, is what keeps prose out of names:
the scan stops at the first word that cannot be part of a name ("in", "of", "Cf.", a month).
It takes at most MAX_NAME_TOKENS tokens, so it is linear in the note's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.lexicon import (
    AUTHOR_CONNECTORS,
    EDITOR_MARKS_AFTER,
    ET_AL,
    MONTHS,
    NO_DATE,
    NOT_NAMES,
    PARTICLES_IN_PROSE,
    SAME_AUTHOR,
    pattern,
)
from converter.lexicon import PARTICLES as LEXICON_PARTICLES
from converter.lexicon import YEAR as LEXICON_YEAR

# A year, a year range, or "no date" as printed in English, German and French notes.
YEAR = re.compile(
    rf"(?<![\w/–-])(?:(?P<year>{LEXICON_YEAR})(?:\s?[–-]\s?(?P<end>{LEXICON_YEAR}))?(?P<suffix>[a-z])?"
    rf"|(?P<nodate>{pattern(NO_DATE)}))"
    r"(?=[,.;:)\]]|\s|$)"
)

NOT_NAME = frozenset(NOT_NAMES)
MONTH_WORDS = frozenset(spelling.lower() for spelling in MONTHS)
PARTICLES = frozenset(LEXICON_PARTICLES) - frozenset(PARTICLES_IN_PROSE)
# Words joining two authors: "Smith and Jones", "Müller und Schulz", "Smith & Jones".
CONNECTORS = frozenset(AUTHOR_CONNECTORS)
# "(ed.)" between author and year: the names are editors.
EDITOR_MARKS = frozenset(f"({mark})" for mark in EDITOR_MARKS_AFTER)
# "ders. 1980", "Idem 1972": the author of the citation before.
SAME_AUTHOR_WORDS = frozenset(SAME_AUTHOR)
ET_AL_ENDINGS = {marker[-1] for marker in ET_AL}
NAME_TOKEN = re.compile(r"^[^\W\d_][\w’'‘-]*(?:/[^\W\d_][\w’'‘-]*)*\.?$")
INITIAL = re.compile(r"^[^\W\d_][a-z]?\.$")
MAX_NAME_TOKENS = 10


@dataclass(frozen=True)
class AuthorSpan:
    start: int  # where the author text starts in the clause
    editors: bool = False  # "(ed.)" stood between the names and the year
    same_author: bool = False  # "ders."/"idem" instead of names
    parenthesized: bool = False  # "Lardy (1978)", "Naughton (2007: 112)": the year in brackets


def is_name_word(token: str) -> bool:
    return token.lower() not in PARTICLES and not INITIAL.match(token) and token not in ("et", "al.")


def scan_authors_back(clause: str, year_start: int) -> AuthorSpan | None:
    """Where the author of the year at `year_start` starts, or None if no name stands before it."""
    before = clause[:year_start]
    parenthesized = before.endswith(" (")
    if parenthesized:
        before = before[:-1]  # "Lardy (1978": the name ends before " ("
    if before.endswith(", ") and trailing_et_al(before[:-2]):
        before = before[:-1]  # "Rostow et al., 1957"
    elif not before.endswith(" ") or before.endswith("  "):
        return None
    names_end = len(before) - 1
    tokens = before[:names_end].split(" ")[-MAX_NAME_TOKENS:]
    editors = bool(tokens) and tokens[-1].lower() in EDITOR_MARKS
    if editors:
        names_end -= len(tokens[-1]) + 1
        tokens = tokens[:-1]
    if not tokens:
        return None
    if tokens[-1].lower() in SAME_AUTHOR_WORDS:
        return AuthorSpan(names_end - len(tokens[-1]), same_author=True)
    if tokens[-1].lower() in MONTH_WORDS:
        return None  # "March 1955" is a date
    taken = take_name_tokens(tokens)
    if not any(is_name_word(t) for t in taken):
        return None  # initials alone ("S. 1956" is a German page), "et al." alone
    return AuthorSpan(names_end - len(" ".join(taken)), editors=editors, parenthesized=parenthesized)


def trailing_et_al(text: str) -> bool:
    words = text.rstrip().split(" ")
    return any(tuple(words[-len(marker):]) == marker for marker in ET_AL)


def joined(taken: list[str]) -> bool:
    return any(t.lower() in CONNECTORS for t in taken)


def is_listed_name(token: str) -> bool:
    word = token.lower()
    return (bool(NAME_TOKEN.match(token)) and token[:1].isupper() and word not in NOT_NAME
            and word not in MONTH_WORDS and not INITIAL.match(token))


def take_name_tokens(tokens: list[str]) -> list[str]:
    """The longest run of name-like tokens that ends `tokens`, in reading order.

    Connectors ("and", "&") and particles ("van") are taken only with a name on both sides;
    a particle may also open the run ("van Dijk").
    """
    taken: list[str] = []  # in reverse reading order
    pending: list[str] = []  # connectors/particles waiting for a name before them
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        word = token.lower()
        if not taken and word in ET_AL_ENDINGS:
            marker = next((m for m in ET_AL if tuple(w.lower() for w in tokens[index - len(m) + 1:index + 1]) == m
                           and index - len(m) + 1 >= 0), None)
            if marker:
                taken.extend(reversed(tokens[index - len(marker) + 1:index + 1]))
                index -= len(marker)
                continue
        if taken and (word in CONNECTORS or word in PARTICLES):
            pending.append(token)
        elif token.endswith(",") and joined(taken) and is_listed_name(token[:-1]):
            taken.extend(pending)  # "Eckstein, Galenson and Liu": a list that ends with "and"
            pending = []
            taken.append(token)
        elif (word in NOT_NAME or word in MONTH_WORDS or word in SAME_AUTHOR_WORDS or not NAME_TOKEN.match(token)
              or not token[0].isupper()):
            break
        else:
            taken.extend(pending)
            pending = []
            taken.append(token)
        index -= 1
    while pending and pending[0].lower() in PARTICLES:  # "van Dijk": the particle opens the name
        taken.append(pending.pop(0))
    return taken[::-1]
