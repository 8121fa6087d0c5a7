"""Corrections of the labeller's labels that hold whatever the context, applied per token before the
labels are cut into parts (notes/labelled.py):

- a place the dictionaries know by several words ("Frankfurt a. M.", "New York") right before a year
  is the imprint's place, however the model labelled its words ("M." is no author);
- a full name ("Otto Kimminich") and then a comma and words no name holds ("Grundprobleme des
  Asylrechts": no initial or given name first, a title's lower-case word inside) ends at the comma:
  what follows is the title (an inverted name "Kimminich, Otto" has one word before its comma, and
  a second author "Hans Müller, Karl von Bauer" starts with a given name or holds only particles);
- words the model called prose between names and an imprint are a title, or the edited book after
  "in" ("Wolfgang Benz (Hg.), <Die Vertreibung …>, Frankfurt a. M. 1985");
- names right after an author's "(2005):" open the title;
- a quote inside a title does not end it (labeller/title_quotes.py, shared with list entries);
- a journal cited by a short name after "in:" is the container (labeller/journal_numbers.py, shared too);
- title words after the place and its colon are the publisher (labeller/publisher_after_place.py, shared);
- a year is no part of a name (labeller/name_ends.py, shared);
- an inverted name ends at a given name with a full stop ("Weber, James. Kings of …",
  labeller/name_ends.py, shared with list entries).
"""

from __future__ import annotations

import re
from functools import cache

from converter.labeller import tokens as L
from converter.labeller.gazetteer import gazetteer, key_of
from converter.labeller.journal_numbers import journal_after_in
from converter.labeller.name_ends import names_ending_at_a_given_name, years_are_no_names
from converter.labeller.publisher_after_place import publisher_after_place
from converter.labeller.title_quotes import title_goes_on_after_a_quote
from converter.labeller.tokens import NUMBER, WORD, Token
from converter.lexicon import AUTHOR_CONNECTORS, CONTAINER_MARKS, ET_AL, PARTICLES_IN_PROSE, YEAR, fold, words
from converter.names.parts import PARTICLE_WORDS

ET_AL_WORDS = frozenset(word for phrase in ET_AL for word in phrase)
PROSE_PARTICLES = frozenset(PARTICLES_IN_PROSE)
CONNECTOR_WORDS = frozenset(AUTHOR_CONNECTORS) | ET_AL_WORDS
YEAR_TOKEN = re.compile(YEAR)


def corrected_labels(tokens: list[Token], labels: list[str]) -> list[str]:
    if L.DATE in labels:
        labels = places_before_years(tokens, labels)
    if L.PROSE in labels:
        labels = books_after_editors(tokens, labels)
    if L.AUTHOR in labels and any(t.text == "," for t in tokens):
        labels = names_ending_at_a_comma(tokens, labels)
    if L.DATE in labels and any(t.text == ":" for t in tokens):
        labels = names_after_an_authors_year(tokens, labels)
    if L.TITLE in labels:
        labels = title_goes_on_after_a_quote(tokens, labels)
    labels = journal_after_in(tokens, names_ending_at_a_given_name(tokens, years_are_no_names(tokens, labels)))
    return publisher_after_place(tokens, labels) if L.PLACE in labels else labels


def names_after_an_authors_year(tokens: list[Token], labels: list[str]) -> list[str]:
    """ "Lenz, Karl (2005): Frankreich, Spanien und …": names right after the colon that follows an
    author's year are the title's first words (no citation opens there; a short form's colon is
    followed by its page), and so is the glue up to the title the model read after them."""
    labels = list(labels)
    for index, end in runs_of(labels, L.AUTHOR):
        before = index - 1
        if before < 1 or tokens[before].text != ":":
            continue
        year = before - 1 if tokens[before - 1].text != ")" else before - 2
        opener = year - 1 if tokens[before - 1].text == ")" else year
        if year < 1 or labels[year] != L.DATE or not is_year(tokens[year]):
            continue
        if opener != year and (opener < 1 or tokens[opener].text != "("):
            continue
        name_end = opener - 1 if opener != year else year - 1
        if name_end < 0 or labels[name_end] not in (L.AUTHOR, L.EDITOR):
            continue
        after = end
        while after < len(labels) and labels[after] == L.OTHER and tokens[after].text in (",", ":", "."):
            after += 1
        until = after if after < len(labels) and labels[after] == L.TITLE else end
        labels[index:until] = [L.TITLE] * (until - index)
    return labels


def books_after_editors(tokens: list[Token], labels: list[str]) -> list[str]:
    """Words the model called prose between names and an imprint are a title: "in J. Stillwell, eds.,
    <Technologies for migration> (Hershey, Pa., 2010)" and "Wolfgang Benz (Hg.), <Die Vertreibung …>,
    Frankfurt a. M. 1985" the edited book's (the container after "in"), "Hill, C., <Economic Problems
    … to the Long Parliament> (Oxford, 1956)" the author's, names the model saw at its end included."""
    labels = list(labels)
    taken = 0  # where the last title read ends: prose inside it is no run of its own
    for index, _ in runs_of(labels, L.PROSE):
        if index < taken:
            continue
        end = index
        while end < len(labels) and labels[end] in (L.PROSE, L.AUTHOR) and tokens[end].text != ";":
            end += 1
        while end > index and labels[end - 1] == L.AUTHOR and not after_names_ends_in_imprint(labels, end):
            end -= 1
        before = index - 1
        while before >= 0 and labels[before] == L.OTHER:
            before -= 1
        run = tokens[index:end]
        if before >= 0 and labels[before] in (L.EDITOR, L.AUTHOR) and after_names_ends_in_imprint(labels, end) \
                and not any(t.text == ";" for t in tokens[before:index]) and run[0].text[:1].isupper():
            book = labels[before] == L.EDITOR and in_before(tokens, labels, before)
            labels[index:end] = [L.CONTAINER if book else L.TITLE] * (end - index)
        taken = max(end, index + 1)
    return labels


def runs_of(labels: list[str], label: str):
    """(start, end) of each run of `label`, read as it goes: a caller may relabel the run it is given."""
    index = 0
    while index < len(labels):
        if labels[index] != label:
            index += 1
            continue
        end = index
        while end < len(labels) and labels[end] == label:
            end += 1
        yield index, end
        index = end


def after_names_ends_in_imprint(labels: list[str], end: int) -> bool:
    """The place, publisher or year of an imprint follows `end`, glue between."""
    after = end
    while after < len(labels) and labels[after] == L.OTHER:
        after += 1
    return after < len(labels) and labels[after] in (L.PLACE, L.PUBLISHER, L.DATE)


def in_before(tokens: list[Token], labels: list[str], editor_end: int) -> bool:
    """An "in" (or "In:") before the editors, in this citation."""
    position = editor_end
    while position >= 0 and labels[position] == L.EDITOR:
        position -= 1
    while position >= 0 and labels[position] == L.OTHER and tokens[position].text != ";":
        if tokens[position].text.lower() == "in":
            return True
        position -= 1
    return False


def is_year(token: Token) -> bool:
    return token.kind == NUMBER and YEAR_TOKEN.fullmatch(token.text) is not None


@cache
def place_phrase_ends() -> frozenset[str]:
    """The last word of every place the dictionaries know by several words ("m" of "Frankfurt a. M.")."""
    return frozenset(keys[-1] for entries in gazetteer().phrases.values() for keys, name in entries
                     if name == "place" and len(keys) > 1)


MAX_PLACE_TOKENS = 6  # "Frankfurt a. M.", "Reinbek bei Hamburg": the dictionaries' places are shorter


def places_before_years(tokens: list[Token], labels: list[str]) -> list[str]:
    labels = list(labels)
    for year, token in enumerate(tokens):
        if labels[year] != L.DATE or not is_year(token):
            continue
        end = year
        while end > 0 and tokens[end - 1].text.lower() in ET_AL_WORDS:  # "Frankfurt a. M. u. a. 1999"
            end -= 1
        if end == 0 or key_of(tokens[end - 1].text, tokens[end - 1].kind) not in place_phrase_ends():
            continue  # "Smith 1957": no place of several words ends before the year
        window = max(0, end - MAX_PLACE_TOKENS)
        flags = gazetteer().phrase_flags([key_of(t.text, t.kind) for t in tokens[window:end]])
        if flags is None:
            continue
        for offset, token_flags in enumerate(flags):  # the longest place phrase that ends right before
            if "place" in token_flags and end - (window + offset) > 1 \
                    and all("place+" in later for later in flags[offset + 1:]):
                labels[window + offset:year] = [L.PLACE] * (year - window - offset)
                break
    return labels


def title_word(token: Token) -> bool:
    """A lower-case word no name holds: not "and", "u. a." or "von", while "des", "zum" are the
    articles of a title as often as particles."""
    word = token.text.lower()
    return token.kind == WORD and token.text[0].islower() and word not in CONNECTOR_WORDS \
        and (word not in PARTICLE_WORDS or word in PROSE_PARTICLES)


def container_mark_at(tokens: list[Token], index: int) -> bool:
    """ ", in:" or ". In:" at `index`: a work in a book or journal, which has a title of its own
    ("Karl Lind, Neue Wege, in: …" names one author, not two)."""
    if index < len(tokens) and tokens[index].text in ",.":
        index += 1
    return index + 1 < len(tokens) and tokens[index].text.lower() in CONTAINER_MARKS and tokens[index + 1].text == ":"


def is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def names_ending_at_a_comma(tokens: list[Token], labels: list[str]) -> list[str]:
    table = gazetteer()
    labels = list(labels)
    for index, end in runs_of(labels, L.AUTHOR):
        run = tokens[index:end]
        comma = next((i for i, t in enumerate(run) if t.text == ","), None)
        if comma is not None and 2 <= comma <= 4 and comma + 1 < len(run):
            head, rest = run[:comma], run[comma + 1:]
            full_name = all(t.kind == WORD and t.text[0].isupper() for t in head)
            rest_first = rest[0].text
            rest_is_name = (is_initial(rest_first) or rest_first.lower() in PARTICLE_WORDS
                            or "given" in table.word_flags(rest_first, key_of(rest_first, WORD)))
            # "Karl Lind, Die Stadt": an article opens a title, never a name (particles aside: "De", "La")
            article = len(rest) >= 2 and fold(rest_first) in words("function_words") \
                and (rest_first.lower() not in PARTICLE_WORDS or rest_first.lower() in PROSE_PARTICLES)
            untitled = not rest_is_name and container_mark_at(tokens, end)
            if full_name and (article or untitled or (not rest_is_name and any(title_word(t) for t in rest[1:]))):
                labels[index + comma] = L.OTHER
                labels[index + comma + 1:end] = [L.TITLE] * (end - index - comma - 1)
    return labels
