"""Corrections of labelled fields that hold whatever the model labelled: words of a title that the
labeller read as names, a title it read as a second run of names, a title it read as the start of
the journal. Each looks only at the fields' shape, never at one source's words."""

from __future__ import annotations

import re

from converter.labeller import tokens as labels
from converter.lexicon import EDITOR_MARKS_AFTER, EDITOR_MARKS_BEFORE, fold, table, words
from converter.names.parts import PARTICLE_WORDS, is_corporate, is_initials
from converter.references.field_set import Fields, tidy

EDITOR_MARKS = frozenset(EDITOR_MARKS_AFTER) | frozenset(EDITOR_MARKS_BEFORE)
LIST_SEPARATOR = re.compile(r"[/;&]")
INITIALS_END = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,2}\.\s?){1,3}$|(?:^|\s)[A-Z]{1,3}$")


def title_from_names(fields: Fields) -> None:
    """Words of a title that the labeller read as more names, given back to the title:
    "Ferrante L. M., Canova, Padova 1981" (with no title, the words after the initials that end the
    only name), "Karl Muster, Alte Wege, Hamburg 1990" (with no title, the first piece after a name in
    reading order that is no full name) and "Edith Pichler, Pioniere, Rebellen und Mobile: Title"
    (single words after a name in reading order, which an author list of names in reading order does
    not print)."""
    if len(fields.texts.get(labels.AUTHOR, ())) != 1:
        return
    if LIST_SEPARATOR.search(fields.texts[labels.AUTHOR][0]):
        return  # "Lind Berg, Karin/Weber, Urs": a list of inverted names, not one name and a title
    pieces = fields.texts[labels.AUTHOR][0].split(",")
    if len(pieces) > 1 and direct_order(pieces[0]):
        cut = next((i for i, piece in enumerate(pieces[1:], 1) if len(piece.split()) == 1
                    and fold(piece.strip()) not in words("given_names") and not is_initials(piece.strip())), None)
        if cut is not None:
            move_to_title(fields, ",".join(pieces[:cut]), ",".join(pieces[cut:]).strip(" ,"))
            return
    if fields.has(labels.TITLE, labels.CONTAINER):
        return
    if len(pieces) > 1 and direct_order(pieces[0]):  # "Karl Muster, Alte Wege, Hamburg 1990": no title else
        cut = next((i for i, piece in enumerate(pieces[1:], 1) if not a_full_name(piece)), None)
        if cut is not None:
            move_to_title(fields, ",".join(pieces[:cut]), ",".join(pieces[cut:]).strip(" ,"))
            return
    for cut in range(1, len(pieces)):
        head, tail = ",".join(pieces[:cut]), ",".join(pieces[cut:]).strip(" ,")
        if INITIALS_END.search(head.strip()) and tail and tail[:1].isupper() and not INITIALS_END.search(tail):
            move_to_title(fields, head, tail)
            return


def a_full_name(words_of_name: str) -> bool:
    """ "Hans Weber", "K. Petrow": two or three capitalized words in reading order, opened by a given
    name or initials or closed by a surname the dictionaries know (each list holds out some names, so
    either is enough)."""
    parts = words_of_name.split()
    if not 2 <= len(parts) <= 3 or not all(part[:1].isupper() for part in parts):
        return False
    return fold(parts[0]) in words("given_names") or is_initials(parts[0]) \
        or fold(parts[-1]) in words("surnames")


def title_from_imprint(fields: Fields) -> None:
    """ "Grünwald, Peter (1996), Offene Räume, Reinbek", "Brandl, A., 1979: Gewalt. Stuttgart: Klett":
    names with no title and no container, then two parts of an imprint: the first is the title the
    labeller read as a publisher or a place (unless it is a place a dictionary knows: "London: HMSO")."""
    if fields.has(labels.TITLE, labels.CONTAINER) or not fields.has(labels.AUTHOR, labels.EDITOR):
        return
    sequence = fields.sequence
    imprint = [i for i, (label, _) in enumerate(sequence) if label in (labels.PLACE, labels.PUBLISHER)]
    if len(imprint) < 2:
        return
    label, text = sequence[imprint[0]]
    # "London: HMSO" is an imprint; "Venedig, trad. ted., München 1968" a city's name as the title
    apart = any(other not in (labels.PLACE, labels.PUBLISHER, labels.OTHER)
                for other, _ in sequence[imprint[0] + 1:imprint[1]])
    if label == labels.PLACE and is_known_place(text) and not apart:
        return
    head, stop, rest = text.strip().rpartition(". ")
    if stop and len(head.split()[-1]) > 2 and rest:  # "Gewalt. Stuttgart": the title's sentence, the place
        fields.splice(imprint[0], 1, [(labels.TITLE, head), (label, rest)])
    else:
        fields.splice(imprint[0], 1, [(labels.TITLE, text)])


def institution_not_place(fields: Fields) -> None:
    """ "[Doctoral dissertation, Universiteit van Amsterdam]" with the university read as a place (it
    holds one): a place that names an institution is the publisher."""
    for index, (label, text) in enumerate(fields.sequence):
        if label == labels.PLACE and is_corporate(tidy(text)):
            fields.splice(index, 1, [(labels.PUBLISHER, text)])


def late_names_are_publisher(fields: Fields) -> None:
    """ "…, pp. 25:1–25:14. Schloss Dagstuhl, Dagstuhl (2017)" with the imprint read as names: a
    citation's authors open it, so "authors" after its authors and its title are its publisher (and,
    after a comma, its place: "Springer, Heidelberg")."""
    sequence = fields.sequence
    title = next((i for i, (label, _) in enumerate(sequence) if label == labels.TITLE), None)
    if title is None or not any(label == labels.AUTHOR for label, _ in sequence[:title]):
        return
    late = [i for i in range(title + 1, len(sequence)) if sequence[i][0] == labels.AUTHOR]
    for index in reversed(late):
        text = sequence[index][1]
        publisher, comma, place = text.strip(" ,;:").rpartition(", ")
        if comma and publisher and not fields.has(labels.PLACE):  # "Springer, Heidelberg": publisher, place
            fields.splice(index, 1, [(labels.PUBLISHER, publisher), (labels.PLACE, place)])
        else:
            fields.splice(index, 1, [(labels.PUBLISHER, text)])


def direct_order(piece: str) -> bool:
    """"Edith Pichler", "H.-H. Schröder": a name printed given name first (two words or more, no comma);
    "van Renesse" is a family name with its particle."""
    tokens = piece.split()
    return len(tokens) >= 2 and tokens[-1][:1].isupper() and not INITIALS_END.search(piece.strip()) \
        and tokens[0] not in PARTICLE_WORDS


def move_to_title(fields: Fields, names: str, title: str) -> None:
    """The author text `names` + `title`: the title part now starts with `title`."""
    fields.texts[labels.AUTHOR] = [names]
    index = next(i for i, (label, _) in enumerate(fields.sequence) if label == labels.AUTHOR)
    following = fields.sequence[index + 1] if index + 1 < len(fields.sequence) else (None, "")
    if following[0] == labels.TITLE:  # "Pioniere, Rebellen" + "und Mobile: Title"
        merged = f"{title}, {following[1].strip()}"
        fields.sequence[index:index + 2] = [(labels.AUTHOR, names), (labels.TITLE, merged)]
        fields.texts[labels.TITLE][0] = merged
    else:
        fields.sequence[index:index + 1] = [(labels.AUTHOR, names), (labels.TITLE, title)]
        fields.texts.setdefault(labels.TITLE, []).insert(0, title)


def second_names_are_title(fields: Fields) -> None:
    """ "Lynch, N.A.: Distributed Algorithms. Morgan Kaufmann, San Francisco (1996)" read as two
    runs of names with no title: names follow names only inside one list, so the second run is the
    title."""
    sequence = fields.sequence
    if fields.has(labels.TITLE, labels.CONTAINER) or len(sequence) < 2 \
            or sequence[0][0] != labels.AUTHOR or sequence[1][0] != labels.AUTHOR:
        return
    title = sequence[1][1].strip(" ,;:")
    fields.texts[labels.AUTHOR].pop(1)
    sequence[1] = (labels.TITLE, title)
    fields.texts[labels.TITLE] = [title]


def names_after_the_date_are_title(fields: Fields) -> None:
    """ "Mead, George (1934). Mind, Self and Society. Chicago" read with "Mind" as a second author: in
    an author-date entry the names come before the date, so "names" right after it start the title."""
    sequence = fields.sequence
    if len(sequence) < 3 or sequence[0][0] != labels.AUTHOR or sequence[1][0] != labels.DATE \
            or sequence[2][0] != labels.AUTHOR:
        return
    start = sequence[2][1].strip(" ,;:")
    if len(sequence) > 3 and sequence[3][0] == labels.TITLE:
        fields.splice(2, 2, [(labels.TITLE, f"{start}, {sequence[3][1].strip()}")])
    else:
        fields.splice(2, 1, [(labels.TITLE, start)])


def book_from_imprint(fields: Fields) -> None:
    """ "In: Hornbach, A. (Hrsg.), Ethos, Ethik, Ethnos, transcript Verlag 2006" read with the book's
    title as places and publishers: after "In:" and the editors a chapter names its book, so with no
    container read, the imprint parts before the last one and the places a dictionary knows right
    before it ("…, London: Cass"; "… Well-being. Basingstoke: Palgrave") are the book's title."""
    sequence, at = fields.sequence, fields.after_in
    if fields.has(labels.CONTAINER) or at < 0 or at >= len(sequence) or sequence[at][0] != labels.EDITOR:
        return
    start = at
    while start < len(sequence) and sequence[start][0] == labels.EDITOR:
        start += 1
    end = start
    while end < len(sequence) and sequence[end][0] in (labels.PLACE, labels.PUBLISHER):
        end += 1
    if end - start < 2:
        return
    last_label, last = sequence[end - 1]
    split = place_after_sentence(last)
    if split:  # "Krisen, Kader, Kombinate. Berlin"
        fields.splice(end - 1, 1, [(last_label, split[0]), (labels.PLACE, split[1])])
        end += 1
    imprint = [sequence[end - 1]]
    cut = end - 1
    while cut > start and is_known_place(sequence[cut - 1][1]):
        cut -= 1
        imprint.insert(0, sequence[cut])
    book = [text.strip(" ,;:") for _, text in sequence[start:cut]]
    split = place_after_sentence(book[-1]) if book else None
    if split:  # "Poverty and Well-being. Basingstoke"
        book[-1] = split[0]
        imprint.insert(0, (labels.PLACE, split[1]))
    if book and all(book):
        fields.splice(start, end - start, [(labels.CONTAINER, ", ".join(book)), *imprint])


def is_known_place(text: str) -> bool:
    """A place the dictionary lists ("London", "Frankfurt a.M."), as printed with its glue."""
    return fold(text.strip(" ,;:.()")) in words("places")


def place_after_sentence(text: str) -> tuple[str, str] | None:
    """ "Poverty and Well-being. Basingstoke" -> (the sentence, the place a dictionary knows), or None."""
    head, stop, place = text.strip(" ,;:").rpartition(". ")
    return (head, place) if stop and head and is_known_place(place) else None


def title_from_first_of_two_containers(fields: Fields) -> None:
    """ "Couch, K., 1997, Intergenerational Correlations …, The Journal of Human Resources, 32(1)" read as
    two journals and no title: a work has a title before its journal, so the first is the title."""
    if fields.has(labels.TITLE) or len(fields.texts.get(labels.CONTAINER, ())) < 2:
        return
    index = next(i for i, (label, _) in enumerate(fields.sequence) if label == labels.CONTAINER)
    fields.splice(index, 1, [(labels.TITLE, fields.sequence[index][1])])


SENTENCE_END = re.compile(r"[.?!] (?=[A-ZÄÖÜ])")


def a_subtitle(sentence: str) -> bool:
    """ "Ein Versuch", "A Study": opened by an article or another function word and with no word
    publishers' names are made of ("The MIT Press" is a publisher)."""
    folded = [fold(word.strip(".,")) for word in sentence.split()]
    return folded[0] in words("function_words") and not any(word in words("publishers") for word in folded)


def publisher_before_place(fields: Fields) -> None:
    """A book's title or an edited book's title that ends on a short sentence of capitalized words
    right before the place, with no publisher read: that sentence is the publisher ("Distributed
    Algorithms. Morgan Kaufmann, San Francisco"; "In: … (eds) Soil organic matter. CAB International,
    Wallingford")."""
    if fields.has(labels.PUBLISHER):
        return
    sequence = fields.sequence
    for index in range(len(sequence) - 1):
        label, text = sequence[index]
        if sequence[index + 1][0] != labels.PLACE:
            continue
        book = (label == labels.TITLE and not fields.has(labels.CONTAINER)) or (
            label == labels.CONTAINER and (fields.has(labels.EDITOR) or fields.glue_before_container))
        head, stop, last = text.strip(" ,;:").rpartition(". ")
        # A stop after a number ends no sentence: "Studien zum 19. Jahrhundert", "Der 2. Weltkrieg".
        ordinal = head[-1:].isdigit()
        if book and stop and head and not ordinal and 0 < len(last.split()) <= 4 \
                and all(w[:1].isupper() for w in last.split()) and not a_subtitle(last):
            sequence[index:index + 1] = [(label, head), (labels.PUBLISHER, last)]
            values = fields.texts[label]
            values[values.index(text)] = head
            fields.texts[labels.PUBLISHER] = [last]
        return


def subtitle_before_in(fields: Fields) -> None:
    """ "Roth, Die Stadt. Wege und Ziele. In: Archiv für Geschichte 4 (1990)": "In:" opens the
    container, so a "journal" printed between the title and it is the title's next sentence."""
    sequence, at = fields.sequence, fields.after_in
    if at <= 0:
        return
    for index in range(1, at):
        label, text = sequence[index]
        if label == labels.CONTAINER and sequence[index - 1][0] == labels.TITLE:
            fields.splice(index, 1, [(labels.TITLE, text)])


def title_from_lone_book(fields: Fields) -> None:
    """ "Verba, S. (1995). Voice and equality (2nd ed.). Harvard University Press." read as a
    "container" with no title: with no "In:", no editors and no volume, issue or pages there is no
    book or journal around it, so it is the title of a book."""
    if fields.has(labels.TITLE) or len(fields.texts.get(labels.CONTAINER, ())) != 1 or fields.glue_before_container \
            or fields.has(labels.EDITOR, labels.VOLUME, labels.ISSUE, labels.PAGES):
        return
    index = next(i for i, (label, _) in enumerate(fields.sequence) if label == labels.CONTAINER)
    fields.splice(index, 1, [(labels.TITLE, fields.sequence[index][1])])


def title_ends_in_container(fields: Fields) -> None:
    """ "… forms of political participation (in)" + "(in) Europe. European Societies": a title does not
    end on a function word nor a journal start with one, so the container's first sentence finishes
    the title."""
    sequence = fields.sequence
    for index in range(1, len(sequence)):
        (label, text), (previous_label, previous) = sequence[index], sequence[index - 1]
        if label != labels.CONTAINER or previous_label != labels.TITLE:
            continue
        last_word, first_word = previous.strip(" ,;:").split()[-1:], text.split()[:1]
        head, stop, rest = text.strip().partition(". ")
        cut = (last_word and fold(last_word[0]) in words("function_words")) or (
            first_word and first_word[0].islower() and fold(first_word[0]) in words("function_words"))
        if not cut or not stop or not rest.strip():
            return
        fields.splice(index - 1, 2, [(labels.TITLE, f"{previous.rstrip()} {head}"), (labels.CONTAINER, rest)])
        return


def title_from_container(fields: Fields) -> None:
    """ "Smith J (1990) Title. J Name 12:45–67" read as a journal "Title. J Name" with no title: the
    container's first sentence is the title when it ends on a written-out word (not "J.", "Trans.",
    "Econ.": a journal's abbreviations are short or begin a journal word; a word in lower case, "ist.",
    is none)."""
    if fields.has(labels.TITLE) or len(fields.texts.get(labels.CONTAINER, ())) != 1:
        return
    container = fields.texts[labels.CONTAINER][0]
    head, stop, rest = container.strip().partition(". ")
    words_before = head.split()
    if not stop or not rest.strip() or not words_before:
        return
    last = fold(words_before[-1])
    shortest = 4 if len(words_before) > 1 else 5
    lower_case = words_before[-1].isalpha() and words_before[-1].islower()  # "… ein Abenteuer ist. Bunte"
    if not lower_case and (len(last) < shortest or not last.isalpha() or last == last.upper()
                           or any(word.startswith(last) for word in words("journal_words"))):
        return
    index = next(i for i, (label, _) in enumerate(fields.sequence) if label == labels.CONTAINER)
    fields.sequence[index:index + 1] = [(labels.TITLE, head), (labels.CONTAINER, rest)]
    fields.texts[labels.TITLE] = [head]
    fields.texts[labels.CONTAINER] = [rest]


def subtitle_from_container(fields: Fields) -> None:
    """ "Baker, „When the Rain Came“. Farmers of the Plains, London 1999": a "journal" right after
    the title, with no "In:" before it, no editors, volume, issue or day, no journal word, in a
    book's imprint (a place or a publisher), is the title's subtitle."""
    containers = fields.texts.get(labels.CONTAINER, ())
    if len(containers) != 1 or fields.glue_before_container \
            or fields.has(labels.EDITOR, labels.VOLUME, labels.ISSUE) or not fields.has(labels.PLACE, labels.PUBLISHER):
        return
    if any(len(text.split()) > 1 or not text.strip(" ,;:.()").isdigit() for text in fields.texts.get(labels.DATE, ())):
        return  # "The Times, London, 3 May 1990": a newspaper is cited by its day
    journal_words, journal_endings = table("journal_words")
    folded = [fold(word.strip(" ,;:.()")) for word in containers[0].split()]
    if any(word in journal_words or word.endswith(journal_endings) for word in folded if word):
        return
    sequence = fields.sequence
    index = next(i for i, (label, _) in enumerate(sequence) if label == labels.CONTAINER)
    if index == 0 or sequence[index - 1][0] != labels.TITLE:
        return
    title_end = sequence[index - 1][1].split()[-1:] or [""]
    if title_end[0].lower() in EDITOR_MARKS or fold(title_end[0]) in words("function_words"):
        return  # "… Hg. Steps to …", "… Öffentlichkeit. Die Moderne": the book's editors or title cut
    sequence[index] = (labels.TITLE, containers[0])
    fields.texts[labels.TITLE].append(containers[0])
    del fields.texts[labels.CONTAINER]


def series_in_container(fields: Fields) -> None:
    """ "In: Editor (eds.) OPODIS 2016. LIPIcs, vol. 70": a book of a chapter or paper whose last
    sentence, right before "vol. N", is its series; the volume is the series' number."""
    sequence = fields.sequence
    if fields.has(labels.COLLECTION) or not (fields.has(labels.EDITOR) or fields.glue_before_container):
        return
    for index in range(len(sequence) - 1):
        (label, text), (next_label, number) = sequence[index], sequence[index + 1]
        if label != labels.CONTAINER or next_label != labels.VOLUME:
            continue
        head, stop, series = text.strip(" ,;:").rpartition(". ")
        if not stop and index and sequence[index - 1][0] == labels.CONTAINER and len(text.split()) <= 4:
            # "OPODIS 2016" "LIPIcs": the series read as a second part of the book
            fields.splice(index, 2, [(labels.COLLECTION, f"{text.strip(' ,;:')}, {number}")])
        elif stop and head and 0 < len(series.split()) <= 4:
            sequence[index:index + 2] = [(labels.CONTAINER, head), (labels.COLLECTION, f"{series}, {number}")]
            fields.texts[labels.CONTAINER][fields.texts[labels.CONTAINER].index(text)] = head
            fields.texts[labels.VOLUME].remove(number)
            if not fields.texts[labels.VOLUME]:
                del fields.texts[labels.VOLUME]
            fields.texts[labels.COLLECTION] = [f"{series}, {number}"]
        return
