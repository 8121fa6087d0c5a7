"""One list of authors prints every name in one style: names after a first author written with
initials only ("Kraus I.", "Cozzi, G.", "L. Puppi") have initials too. A piece after them with
given names written out or no initials at all ("Kraus I., Ein Dandolo als Admiral", "L. Puppi,
Andrea Palladio", "Geron G.; Carlo Goldoni, cronista") is the title, which the labeller read as
more names because it opens with one.
"""

from __future__ import annotations

import re

from converter.labeller import tokens as labels
from converter.lexicon import AUTHOR_CONNECTORS, EDITOR_MARKS_AFTER, EDITOR_MARKS_BEFORE
from converter.names.parts import PARTICLE_WORDS, is_initials
from converter.references.corrections import move_to_title
from converter.references.field_set import Fields

NAME_SEPARATORS = re.compile(r"[,;]|\s(?:e|and|und|et|y|&)\s")
BARE_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,5}$|^[A-Z][a-z]?\.$")  # "G", "GP", "LEFPL" (Vancouver), "Ch."
CONNECTORS = frozenset(AUTHOR_CONNECTORS) | frozenset(("-", "–"))
MARK_WORDS = frozenset(w for mark in (*EDITOR_MARKS_AFTER, *EDITOR_MARKS_BEFORE) for w in mark.lower().split())
ET_AL_WORDS = frozenset(("et", "al.", "al", "u.", "a.", "ecc.", "etc."))


def title_after_initials_names(fields: Fields) -> None:
    texts = fields.texts.get(labels.AUTHOR, ())
    if len(texts) != 1:
        return
    text = texts[0]
    starts = [0] + [m.end() for m in NAME_SEPARATORS.finditer(text)]
    pieces = NAME_SEPARATORS.split(text)
    first = first_name_pieces(pieces)
    if first is None:
        return
    index = first
    while index < len(pieces):
        words = name_words(pieces[index])
        if not words or initials_name(words) or all(w.lower() in MARK_WORDS | ET_AL_WORDS for w in words):
            index += 1
        elif is_family(words) and index + 1 < len(pieces) and name_words(pieces[index + 1]) \
                and all(initial(w) for w in name_words(pieces[index + 1])):
            index += 2  # "Brown, R.": an inverted name in the list's style
        else:
            break
    if index >= len(pieces):
        return
    names, title = text[:starts[index]].rstrip(" ,;"), text[starts[index]:].strip(" ,;")
    names = re.sub(r"\s(?:e|and|und|et|y|&)$", "", names)
    if names and title:
        move_to_title(fields, names, title)


def name_words(piece: str) -> list[str]:
    """A piece's words but connectors, stray marks ("&.") and particles in lower case ("da", "vd")."""
    return [w for w in piece.split() if w not in CONNECTORS and any(c.isalpha() for c in w)
            and not (w.islower() and (w in PARTICLE_WORDS or len(w) <= 3))]


def first_name_pieces(pieces: list[str]) -> int | None:
    """How many pieces the first name takes, when it is written with initials only."""
    words = name_words(pieces[0])
    if words and initials_name(words):
        return 1
    if len(pieces) > 2 and words and is_family(words) and name_words(pieces[1]) \
            and all(initial(w) for w in name_words(pieces[1])):
        return 2
    return None


def initials_name(words: list[str]) -> bool:
    """ "Kraus I.", "Fuga G", "L. Puppi", "Morozzo della Rocca R.": initials before or after a family."""
    if len(words) < 2:
        return False
    if initial(words[-1]):
        rest = [w for w in words if not initial(w)]
        return bool(rest) and all(initial(w) for w in words[len(rest):]) and is_family(rest)
    if leading_initial(words[0]):  # "L. Puppi"; not "GERST Detlef", a family in capitals
        rest = [w for w in words if not leading_initial(w)]
        return bool(rest) and all(leading_initial(w) for w in words[:len(words) - len(rest)]) and is_family(rest)
    return False


def is_family(words: list[str]) -> bool:
    """One to three words of a family name, capitalized but for particles."""
    return 1 <= len(words) <= 4 and words[-1][:1].isupper() and not initial(words[-1]) \
        and all(w[:1].isupper() or w.lower() in PARTICLE_WORDS for w in words) \
        and not any(c.isdigit() for w in words for c in w)


def initial(word: str) -> bool:
    return is_initials(word) or bool(BARE_INITIAL.match(word))


def leading_initial(word: str) -> bool:
    return is_initials(word) or bool(re.fullmatch(r"[A-Z]{1,2}", word))
