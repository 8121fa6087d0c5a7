"""Where a name ends or starts, whatever the model said.

"Weber, James. Kings of Grace: …" (Chicago's and MLA's bibliography form): a given name written
out in full takes no full stop of its own, so "James." closes the name and the capitalized words
after it, which the model may read as more names ("Kings of Grace" holds two surnames), open the
title. An initial ("Weber, J. Kings") keeps its stop as an abbreviation and tells nothing (for
notes and list entries alike).

"Lind, Torben. Harbours. Oslo 1988", "Berg, Catalogo delle navi, Genova 1891": a list
entry with no title at all, whose names run on, has its title in their pieces that no name could
be, up to an editor's mark (a work has a title; a name's pieces are its family, given names or
initials, and "and" with the next name).

A year is never part of a name: "1914 BARONI Carlo, Title" (lists ordered by year print it first)
has its date there, whatever the model read it as.

"moretti G. B., Title": a list entry that opens with a word in lower case and then initials the
model read as a name opens with the family name, in small capitals that a PDF turned into lower
case (names/lists.py writes it in ordinary case again); so does a whole name in lower case, its
initials too, before a colon or comma ("ferri a.: Title"), whatever the model read it as.
"""

from __future__ import annotations

import re

from converter.labeller import tokens as L
from converter.labeller.tokens import NUMBER, WORD, Token
from converter.lexicon import AUTHOR_CONNECTORS, EDITOR_MARKS_AFTER, EDITOR_MARKS_BEFORE, YEAR, fold, words
from converter.names.parts import PARTICLE_WORDS
from converter.names.parts import is_initials as is_initial

NAME_LABELS = (L.AUTHOR, L.EDITOR)
SPRINGER_INITIALS = re.compile(r"^[A-Z]{1,3}$")  # "Bailey M", "Vries FT"
# Labels of a title read somewhere: a translator stands beside one, prose is often one the rules read later.
TITLE_LIKE = (L.TITLE, L.CONTAINER, L.TRANSLATOR, L.PROSE)
# One-word marks ("Ed.", "Hrsg."), and abbreviations opening longer ones ("hrsg. von"); not "a" of "a cura di".
EDITOR_MARKS_LOWER = tuple(mark.lower() for mark in (*EDITOR_MARKS_BEFORE, *EDITOR_MARKS_AFTER))
EDITOR_MARK_WORDS = frozenset(mark.split()[0].lower() for mark in (*EDITOR_MARKS_BEFORE, *EDITOR_MARKS_AFTER)
                              if " " not in mark or mark.split()[0].endswith("."))


def names_ending_at_a_given_name(tokens: list[Token], labels: list[str]) -> list[str]:
    labels = list(labels)
    index = 0
    while index < len(labels):
        if labels[index] not in NAME_LABELS:
            index += 1
            continue
        end = index
        while end < len(labels) and labels[end] == labels[index]:
            end += 1
        stop = given_name_with_stop(tokens, index, end)
        if stop is not None and stop + 1 < end and starts_a_title(tokens[stop + 1]):
            # The title runs up to an editor's mark ("Complete Works. Ed. Karl Roth"), which opens names again.
            until = next((i for i in range(stop + 1, end) if tokens[i].text.lower() in EDITOR_MARK_WORDS), end)
            labels[stop + 1:until] = [L.TITLE] * (until - stop - 1)
        index = end
    return labels


def given_name_with_stop(tokens: list[Token], start: int, end: int) -> int | None:
    """The index of "James." in a run "Weber , James. …": one to three words, a comma, then one or two
    given names the dictionaries know, written out, the last closed by a full stop."""
    comma = next((i for i in range(start, min(end, start + 4)) if tokens[i].text == ","), None)
    if comma is None or comma == start or comma + 1 >= end:
        return None
    at = comma + 1
    if at + 1 < end and not tokens[at].text.endswith(".") and known_given(tokens[at].text):
        at += 1  # "Weber, Anna Maria. Title"
    given = tokens[at]
    if given.kind != WORD or not given.text.endswith(".") or not known_given(given.text[:-1]):
        return None
    return at


def known_given(word: str) -> bool:
    return (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()
            and fold(word) in words("given_names"))


def starts_a_title(token: Token) -> bool:
    return token.kind == WORD and token.text[:1].isupper() and token.space_before


def family_in_lower_case_first(tokens: list[Token], labels: list[str]) -> list[str]:
    """An entry's first word, in lower case and read as prose, before initials read as a name; or the
    whole name in lower case ("ferri a.: Title"), read as glue, before the colon or comma that ends it."""
    if len(tokens) < 3 or labels[0] not in (L.PROSE, L.OTHER):
        return labels
    first, second = tokens[0], tokens[1]
    if first.kind != WORD or not first.text.isalpha() or not first.text.islower() or len(first.text) < 2:
        return labels
    if not (second.kind == WORD and len(second.text) == 2 and second.text[1] == "." and second.text[0].isalpha()):
        return labels
    if labels[0] == L.PROSE and labels[1] in NAME_LABELS:
        return [labels[1]] + labels[1:]
    if labels[1] in (L.PROSE, L.OTHER) and second.text[0].islower() and tokens[2].text in (":", ",") \
            and L.TITLE in labels[3:]:
        return [L.AUTHOR, L.AUTHOR] + labels[2:]
    return labels


def title_inside_the_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """A list entry without title or container: in its first names run, the pieces after the family
    and its given names that no name could be are the title, up to an editor's mark."""
    if not labels or labels[0] not in NAME_LABELS or any(label in TITLE_LIKE for label in labels):
        return labels
    end = 0
    while end < len(labels) and labels[end] == labels[0]:
        end += 1
    spans = name_pieces(tokens, 0, end)
    pieces = [[t for t in tokens[a:b] if t.kind == WORD or t.text == "&"] for a, b in spans]
    title, after_family = None, True  # the first piece is a family name
    for index in range(1, len(pieces)):
        if after_family and index + 1 < len(pieces) and given_names_piece(pieces[index]):
            after_family = False  # "Lind, Torben.", "& Berg, Anna K.": the given names after a family
        elif could_be_a_name_piece(pieces[index]):
            after_family = len(pieces[index]) == 2 and opens_a_name(pieces[index])  # "& Miller": a family
        else:
            title = index
            break
    if title is None or (len(pieces) == 2 and len(pieces[1]) == 1):  # "Lind, Torben": a given name unknown
        return labels
    until = next((spans[i][0] for i in range(title + 1, len(pieces)) if editor_mark_first(pieces[i])), end)
    start = spans[title][0]
    return labels[:start] + [L.TITLE] * (until - start) + labels[until:]


def opens_a_name(words_of_piece: list[Token]) -> bool:
    return words_of_piece[0].text.lower() in AUTHOR_CONNECTORS


def editor_mark_first(words_of_piece: list[Token]) -> bool:
    """ "a cura di G. Reato", "ed. K. Roth", "hrsg. von": a piece opened by an editor's mark."""
    head = " ".join(t.text.lower() for t in words_of_piece[:4])
    return any(head == mark or head.startswith(mark + " ") for mark in EDITOR_MARKS_LOWER)


def given_names_piece(words_of_piece: list[Token]) -> bool:
    """ "Torben.", "J. G.", "Anna Maria", "Karl Freiherr von": what follows an inverted family name."""
    return 1 <= len(words_of_piece) <= 4 and words_of_piece[0].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.text in PARTICLE_WORDS for t in words_of_piece)


def name_pieces(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of a names run, cut at commas, after a word's (not an initial's) full stop, and
    where a written-out word follows the initials of an inverted name ("Lind, J. G. Harbours"; in
    "K. Petrow" the initials come first)."""
    comma = next((i for i in range(start, end) if tokens[i].text == ","), end)
    inverted = len([t for t in tokens[start:comma] if t.kind == WORD and t.text not in PARTICLE_WORDS]) == 1
    pieces, opened = [], start
    for i in range(start, end):
        token = tokens[i]
        if token.text == ",":
            if opened < i:
                pieces.append((opened, i))
            opened = i + 1
        elif inverted and i > opened and token.kind == WORD and not is_initial(token.text) and token.text[:1].isupper() \
                and is_initial(tokens[i - 1].text) and only_initials(tokens[opened:i]):
            pieces.append((opened, i))
            opened = i
        elif token.kind == WORD and token.text.endswith(".") and not is_initial(token.text):
            pieces.append((opened, i + 1))
            opened = i + 1
    if opened < end:
        pieces.append((opened, end))
    return [(a, b) for a, b in pieces if any(t.kind == WORD for t in tokens[a:b])]


def only_initials(piece: list[Token]) -> bool:
    return all(is_initial(t.text) for t in piece if t.kind == WORD)


def could_be_a_name_piece(words_of_piece: list[Token]) -> bool:
    texts = [t.text for t in words_of_piece]
    if not texts:
        return True
    if all(is_initial(text) for text in texts) or texts[0].lower() in AUTHOR_CONNECTORS \
            or editor_mark_first(words_of_piece) or texts[-1] == "al" or SPRINGER_INITIALS.match(texts[-1]):
        return True  # "… et al", "Bailey M": a name's end
    if len(texts) == 1 and (known_given(texts[0].rstrip(".")) or texts[0].lower() in EDITOR_MARK_WORDS):
        return True
    # "Karl Lind", "K. Lind": a full name in reading order, opened by a given name or an initial
    return 2 <= len(texts) <= 4 and all(text[:1].isupper() for text in texts) \
        and (known_given(texts[0]) or is_initial(texts[0]))


A_YEAR = re.compile(rf"(?:{YEAR})[a-z]?")


def years_are_no_names(tokens: list[Token], labels: list[str]) -> list[str]:
    """A year the model read as part of a name is a date ("1914 BARONI Carlo, …")."""
    return [L.DATE if label in NAME_LABELS and token.kind == NUMBER and A_YEAR.fullmatch(token.text) else label
            for token, label in zip(tokens, labels)]
