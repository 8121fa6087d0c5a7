"""Labelled fields of one citation -> one Work: the labeller says which words are the authors, the
title, the journal, the place ...; the value readers (names/, values/) read each field, and the mix
of fields says what kind of work it is.

Kinds, from what the citation has:
- a genre ("PhD thesis", "Diss.", "Working paper") -> thesis or report;
- a container after "In:"/"in", or with editors, publisher or place -> a chapter (a conference paper
  when the container or series is a conference's);
- another container -> a journal article (a newspaper article when the date has a day);
- no container -> a book (its editors are its own).
"""

from __future__ import annotations

import re

from converter.labeller import tokens as labels
from converter.labeller.parts import Part
from converter.lexicon import (
    CORPORATE_CONNECTIVES,
    EDITED_BY,
    EDITOR_MARK,
    EDITOR_MARK_DOTTED,
    SAME_AUTHOR,
    TRANSLATED_BY,
    YEAR,
    fold,
)
from converter.model import (
    BOOK,
    CHAPTER,
    DOCUMENT,
    JOURNAL_ARTICLE,
    NEWSPAPER_ARTICLE,
    PAPER_CONFERENCE,
    REPORT,
    THESIS,
    Date,
    Name,
    Work,
)
from converter.names.lists import parse_name_list
from converter.names.parts import clean, is_corporate
from converter.references import corrections, journals, name_styles, untitled
from converter.references.containers import CONFERENCE, THESIS_GENRE
from converter.references.field_set import OUTER, Fields, tidy
from converter.references.tails import EDITION, edition_value
from converter.references.title_date import title_and_date
from converter.values.dates import match_date
from converter.values.identifiers import normalize_doi, normalize_isbn
from converter.values.language import guess_language

L_OTHER, L_CONTAINER, L_EDITOR, L_BACKREF = labels.OTHER, labels.CONTAINER, labels.EDITOR, labels.BACKREF
NAME_FIELDS = (labels.AUTHOR, labels.EDITOR, labels.TRANSLATOR)
DATE_YEAR = re.compile(rf"(?<!\d)(?P<year>{YEAR})(?:\s?[/–—-]\s?(?P<end>\d{{2,4}}))?(?P<suffix>[a-z])?(?![\d])")
# "Torino 19733": the third edition of 1973, its number printed as a superscript glued to the year.
GLUED_EDITION = re.compile(rf"(?<!\d)(?P<year>{YEAR})(?P<end>)(?P<suffix>)\d(?!\d)")
NUMBER = re.compile(r"[\dIVXLCDMivxlcdm]+[a-zA-Z]?(?:\s?[/–—-]\s?[\dIVXLCDM]+)?")
LABEL_WORD = re.compile(r"^(?:[^\W\d_]{1,8}\.|[^\W\d_]{1,8}(?=\s\d)|Heft|Band|Jahrgang|Teil|Part|Issue|Volume)\s?",
                        re.IGNORECASE)
PAGE_RANGE = re.compile(r"(?P<first>[A-Za-z]{0,2}\d{1,8}[a-z]?|[ivxlcdm]{1,8}\b)"
                        r"(?:\s?[–—-]{1,2}\s?(?P<last>[A-Za-z]{0,2}\d{1,8}|[ivxlcdm]{1,8}\b))?")
ARTICLE_PAGES = re.compile(r"(?P<first>\d{1,6}:\d{1,6})\s?[–—-]\s?(?P<last>\d{1,6}:\d{1,6})")
EDITION_IN = re.compile(EDITION)
ABBREVIATED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,8}\.\s")  # a word with its stop, inside a title
# Role words among names: bracketed ("(Hrsg.)", "(eds)"), dotted ("eds.", "Hg.") or a phrase ("edited by");
# a bare capitalized "Ed" is a given name ("Diener, Ed").
EDITOR_WORDS = re.compile(rf"(?i:(?:{EDITED_BY})(?=\s|$)|\(\s?(?:{EDITOR_MARK})\s?\)|(?<![^\W\d_])(?:{EDITOR_MARK_DOTTED}))")
TRANSLATOR_WORDS = re.compile(rf"(?i:\(?\s?(?:{TRANSLATED_BY})\s?\)?)")
SERIES_NUMBER = re.compile(r"^(?P<title>.*?)[\s,;(]*(?:(?:vol|bd|no|nr|n)\.?\s?)?(?P<number>\d{1,6}[A-Za-z]?)\)?$",
                           re.IGNORECASE)
CONTAINER_LEAD = re.compile(r"^(?:in|dans|em|en)\s?:?\s+", re.IGNORECASE)
# "In:" / "in" between two fields: what follows is the book (or proceedings) of a chapter.
# "In:", "in", and the opening quote of a journal printed after it: "in «Archivio Veneto»"
IN_GLUE = re.compile(r"(?:^|[\s.,;])(?:in|In|IN|dans|em|en)\s?:?\s*[«“„\"‹»‚‘']?$")
SAME_AUTHOR_WORDS = frozenset(SAME_AUTHOR) | {w.rstrip(".") for w in SAME_AUTHOR}
CONNECTIVES = frozenset(CORPORATE_CONNECTIVES)
SAME_AUTHOR_LEAD = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(SAME_AUTHOR_WORDS, key=len, reverse=True)) + r")(?=[\s,(]|$)",
    re.IGNORECASE)


def fields_from_parts(text: str, parts: list[Part], same_author_as: str = "") -> Fields:
    """The labelled parts of one citation as Fields; `same_author_as` stands for "ders."/"idem" in the
    names of an editor ("…, in: ders. (Hrsg.), Book")."""
    fields = Fields()
    previous_end = 0
    for part in parts:
        if part.label == L_OTHER:
            continue
        piece = text[part.start:part.end]
        label = part.label
        if label == labels.TITLE and fields.has(labels.TITLE) and (
                IN_GLUE.search(text[previous_end:part.start])
                or (fields.after_in == len(fields.sequence) - 1 and fields.sequence[-1][0] == L_EDITOR)):
            # "Titolo, in «Reichspost»", "Title, in: Karl Lind, Book": a second title after "in" (and the
            # names there) is the container
            label = L_CONTAINER
        if label in (L_CONTAINER, L_EDITOR) and IN_GLUE.search(text[previous_end:part.start]):
            if not fields.glue_before_container:
                fields.after_in = len(fields.sequence)
            fields.glue_before_container = "in"
        if label == L_BACKREF and IN_GLUE.search(text[previous_end:part.start]) \
                and tidy(piece).lower() in SAME_AUTHOR_WORDS and fields.has(labels.AUTHOR):
            # "…, in: ders.: Book": the author edited the book the work is in
            label, piece = L_EDITOR, fields.first(labels.AUTHOR)
            if not fields.glue_before_container:
                fields.after_in = len(fields.sequence)
            fields.glue_before_container = "in"
        if label == L_EDITOR and same_author_as:
            piece = SAME_AUTHOR_LEAD.sub(same_author_as, piece)
        glue = text[previous_end:part.start]
        if fields.sequence and fields.sequence[-1][0] == label and label in NAME_FIELDS \
                and not glue.strip(" ,;&/"):
            fields.extend_last(glue + piece)  # "Smith" "," "Jones": one list of names, its comma kept
        elif label == L_CONTAINER and fields.sequence and fields.sequence[-1][0] == L_CONTAINER and not glue.strip():
            fields.extend_last(glue + piece)  # "Die" "Stadt – ein Projekt": one container cut in two
        elif label == labels.TITLE and fields.sequence and fields.sequence[-1][0] == labels.TITLE \
                and glue.strip() == ":":
            fields.extend_last(glue + piece)  # "Kings of Grace" ":" "Six Patrons": a subtitle, its colon kept
        elif label == labels.TITLE and imprint_opens_title(fields):
            fields.relabel_last(labels.TITLE, glue + piece)
        elif label == L_EDITOR and subtitle_read_as_editors(fields, glue, piece, text[previous_end:part.end + 16]):
            fields.extend_last(glue + piece)
        elif label == labels.PLACE and publisher_goes_on(fields, glue):
            fields.extend_last(glue + piece)  # "Universiteit van" "Amsterdam": the place is in its name
        else:
            fields.add(label, piece)
        previous_end = part.end
    unmarked_editors_lead(fields)
    unmarked_editors_after_authors(fields)
    corrections.late_names_are_publisher(fields)
    return fields


def publisher_goes_on(fields: Fields, glue: str) -> bool:
    """A publisher read up to a connective ("University of", "Universiteit van") goes on with the
    place printed right after it."""
    if not fields.sequence or fields.sequence[-1][0] != labels.PUBLISHER or glue != " ":
        return False
    last_word = fields.sequence[-1][1].split()[-1:]
    return bool(last_word) and fold(last_word[0]) in CONNECTIVES


def imprint_opens_title(fields: Fields) -> bool:
    """ "Lenz, W. (Hrsg.), 1993: Schule, Gewalt und Staat. Opladen": a place or publisher read right
    before the first title, after nothing but names and a date, is the title's first word; no style
    prints a book's imprint before its title."""
    sequence = fields.sequence
    if not sequence or sequence[-1][0] not in (labels.PLACE, labels.PUBLISHER) or fields.has(labels.TITLE, L_CONTAINER):
        return False
    return all(label in (*NAME_FIELDS, labels.DATE) for label, _ in sequence[:-1])


def unmarked_editors_after_authors(fields: Fields) -> None:
    """ "Lynch, N.A.: Distributed Algorithms. Morgan Kaufmann, …" with the title read as editors: names
    right after the authors, with no role word and no "In:" before them, are no editors (the
    correction that follows reads a second run of names as the title)."""
    sequence = fields.sequence
    if len(sequence) < 2 or sequence[0][0] != labels.AUTHOR or sequence[1][0] != L_EDITOR \
            or fields.after_in == 1 or EDITOR_WORDS.search(sequence[1][1]):
        return
    fields.splice(1, 1, [(labels.AUTHOR, sequence[1][1])])


INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")


def subtitle_read_as_editors(fields: Fields, glue: str, piece: str, around: str) -> bool:
    """ "Geschichte der Zölle: Bauern, Händler, Schiffer": words right after a title's colon or comma,
    with no role word before or after them ("hg. von", "(Hrsg.)", "ed."), no "In:" and no initials,
    are the title going on; every style marks the editors it prints after a title ("A. Draghi" after
    an Italian title is its printer, which a later correction reads)."""
    return bool(fields.sequence) and fields.sequence[-1][0] == labels.TITLE and glue.strip() in (":", ",") \
        and not EDITOR_WORDS.search(around) and not IN_GLUE.search(glue) and not INITIAL.search(piece)


def unmarked_editors_lead(fields: Fields) -> None:
    """Names that open a citation with no role word ("(Hrsg.)", "eds.", "a cura di") are its authors,
    whatever the labeller made of them: an editor is marked, or stands after "In:"."""
    if not fields.sequence or fields.sequence[0][0] != L_EDITOR or fields.has(labels.AUTHOR):
        return
    text = fields.sequence[0][1]
    if EDITOR_WORDS.search(text):
        return
    fields.sequence[0] = (labels.AUTHOR, text)
    fields.texts[L_EDITOR].pop(0)
    if not fields.texts[L_EDITOR]:
        del fields.texts[L_EDITOR]
    fields.texts.setdefault(labels.AUTHOR, []).insert(0, text)


def names_of(text: str, marks: re.Pattern) -> tuple[tuple[Name, ...], bool]:
    """An author, editor or translator list without its role words ("(Hrsg.)", "edited by")."""
    text = clean(marks.sub(" ", text))
    if not text:
        return (), False
    if is_corporate(text) and "," not in text and "/" not in text:
        return (Name(literal=tidy(text)),), False
    names, et_al = parse_name_list(text.replace("/", ";"))  # "Müller/Schulz", "Fues / Leininger": two names
    # a name read as a given name alone ("Platon", "AA. W.") is the family it was printed as
    return tuple(n if n.family or n.literal else Name(family=n.given) for n in names if n.family or n.literal
                 or n.given), et_al


def date_of(text: str) -> tuple[Date | None, str]:
    """(date, year suffix) of a date field: "1990", "1990a", "12 May 2020", "1959–1960", "1943/44"."""
    value = tidy(text)
    matched = match_date(value)
    if matched and matched[1] >= len(value) - 1:
        return matched[0], ""
    year = DATE_YEAR.search(value) or GLUED_EDITION.search(value)
    if not year:
        return None, ""
    end = year["end"]
    if end:
        end_year = int(end) if len(end) == 4 else int(year["year"][: 4 - len(end)] + end)
        if end_year > int(year["year"]):
            return Date((int(year["year"]),), (end_year,)), year["suffix"] or ""
    return Date((int(year["year"]),)), year["suffix"] or ""


def number_of(text: str) -> str:
    """"vol. 39" -> "39", "Nr. 3" -> "3", "(3)" -> "3", "Bd. II" -> "II"."""
    value = LABEL_WORD.sub("", tidy(text)).strip(OUTER)
    matched = NUMBER.search(value)
    return matched.group(0).replace(" ", "") if matched else value


def pages_of(text: str) -> str:
    """"pp. 45–67" -> "45–67", "S. 29-68" -> "29–68"; "42:1–42:36" (pages within article 42) as printed."""
    value = LABEL_WORD.sub("", tidy(text))
    numbered = ARTICLE_PAGES.fullmatch(value)
    if numbered:
        return f"{numbered['first']}–{numbered['last']}"
    matched = PAGE_RANGE.search(value)
    if not matched:
        return ""
    return f"{matched['first']}–{matched['last']}" if matched["last"] else matched["first"]


def series_of(text: str) -> tuple[str, str]:
    """"LNCS, vol. 3456" -> ("LNCS", "3456"); "Beiträge zur Sozialgeschichte 283" -> (title, "283")."""
    value = tidy(text).lstrip("= ").strip()
    matched = SERIES_NUMBER.match(value)
    if matched and matched["title"].strip(OUTER):
        return matched["title"].strip(OUTER), matched["number"]
    return value, ""


def edition_of(text: str) -> str:
    matched = EDITION_IN.search(tidy(text) + ".")
    return edition_value(matched) if matched else tidy(text)


def identifiers_of(texts: list[str]) -> dict:
    found: dict = {}
    isbns = []
    for text in texts:
        doi = normalize_doi(text)
        if doi and "doi" not in found:
            found["doi"] = doi
        elif "isbn" in text.lower():
            isbn = normalize_isbn(text)
            if isbn:
                isbns.append(isbn)
        elif text.startswith("arXiv:") and "url" not in found:
            # The id is the preprint's number; its abstract page is its URL (writers map it to a preprint).
            found["note"] = text
            found["url"] = "https://arxiv.org/abs/" + text.removeprefix("arXiv:").strip()
        elif text.lower().startswith(("http", "www.")) and "url" not in found:
            found["url"] = text.rstrip(".,;")
    if isbns:
        found["isbns"] = tuple(dict.fromkeys(isbns))
    return found


def kind_of(fields: Fields, date: Date | None, container: str, editors: tuple) -> str:
    genre = fields.joined(labels.GENRE, " ")
    if not container and any(text.startswith("arXiv:") for text in fields.texts.get(labels.IDENTIFIER, ())):
        return DOCUMENT  # a preprint: the writers give each format its preprint type
    if genre:
        return THESIS if THESIS_GENRE.search(genre) else REPORT
    if container:
        conference = CONFERENCE.search(f"{container} {fields.joined(labels.COLLECTION, ' ')}")
        book = editors or fields.has(labels.PUBLISHER, labels.PLACE, labels.EDITION, labels.COLLECTION)
        if book or (fields.glue_before_container and not fields.has(labels.VOLUME, labels.ISSUE)):
            # "In: Zeitschrift für Geschichte, 52 (2004)": "In:" before a journal, in German notes
            return PAPER_CONFERENCE if conference else CHAPTER
        if conference and fields.has(labels.PAGES) and not fields.has(labels.VOLUME, labels.ISSUE):
            return PAPER_CONFERENCE
        return NEWSPAPER_ARTICLE if date and len(date.parts) == 3 else JOURNAL_ARTICLE
    if not fields.has(labels.TITLE) and fields.has(labels.IDENTIFIER):
        return DOCUMENT
    return BOOK


def work_of(fields: Fields) -> Work | None:
    """The Work the fields describe (id left empty), or None when they name no work (no title, no
    container, no author with a date)."""
    untitled.title_read_as_editors(fields)
    untitled.title_read_as_series(fields)
    corrections.second_names_are_title(fields)
    corrections.names_after_the_date_are_title(fields)
    name_styles.title_after_initials_names(fields)
    corrections.title_from_names(fields)
    corrections.title_from_imprint(fields)
    corrections.institution_not_place(fields)
    corrections.subtitle_before_in(fields)
    corrections.title_ends_in_container(fields)
    corrections.title_from_first_of_two_containers(fields)
    corrections.book_from_imprint(fields)
    journals.journal_before_its_volume(fields)
    journals.journal_read_as_editors(fields, EDITOR_WORDS)
    journals.journal_read_as_title(fields)
    journals.volume_years_read_as_pages(fields)
    corrections.title_from_lone_book(fields)
    corrections.title_from_container(fields)
    corrections.subtitle_from_container(fields)
    corrections.publisher_before_place(fields)
    corrections.series_in_container(fields)
    authors, et_al = names_of(", ".join(t.strip(" ,;:") for t in fields.texts.get(labels.AUTHOR, ())), EDITOR_WORDS)
    editors, editors_et_al = names_of(" ; ".join(fields.texts.get(labels.EDITOR, ())), EDITOR_WORDS)
    translators, _ = names_of(" ; ".join(fields.texts.get(labels.TRANSLATOR, ())), TRANSLATOR_WORDS)
    title, date_text = title_and_date(fields)
    date, suffix = date_of(date_text) if date_text else (None, "")
    container = CONTAINER_LEAD.sub("", fields.joined(labels.CONTAINER))
    printed = fields.texts.get(labels.CONTAINER, [""])[-1].rstrip(" ,;:)")
    if printed.endswith(".") and ABBREVIATED_WORD.search(printed):
        container += "."  # "ACM Trans. Comput. Syst.": an abbreviated journal keeps its last stop too
    if not (title or container):
        return None
    kind = kind_of(fields, date, container, editors)
    collection, collection_number = series_of(fields.first(labels.COLLECTION)) if fields.has(labels.COLLECTION) \
        else ("", "")
    values: dict = dict(
        type=kind, title=title or container if not title and kind == BOOK else title, authors=authors,
        et_al=et_al or editors_et_al, issued=date, year_suffix=suffix,
        container_title=container if kind != BOOK else "",
        collection_title=collection, collection_number=collection_number,
        volume=number_of(fields.first(labels.VOLUME)) if fields.has(labels.VOLUME) else "",
        issue=number_of(fields.first(labels.ISSUE)) if fields.has(labels.ISSUE) else "",
        page=pages_of(fields.first(labels.PAGES)) if fields.has(labels.PAGES) else "",
        edition=edition_of(fields.first(labels.EDITION)) if fields.has(labels.EDITION) else "",
        genre=fields.joined(labels.GENRE, " "),
        publisher=fields.joined(labels.PUBLISHER, "; "),
        publisher_place=fields.joined(labels.PLACE, "; "),
        **identifiers_of(fields.texts.get(labels.IDENTIFIER, [])),
    )
    publishers = [tidy(t) for t in fields.texts.get(labels.PUBLISHER, ()) if tidy(t)]
    if kind == THESIS and len(publishers) > 1 and "note" not in values:
        # A thesis has one publisher, its university; "[Doctoral dissertation, Univ.]. Repository." names
        # where it is deposited after it.
        values["publisher"], values["note"] = publishers[0], "; ".join(publishers[1:])
    if editors:
        values["editors"] = editors
    if translators:
        values["translators"] = translators
    values = {key: value for key, value in values.items() if value}
    return Work(id="", language=guess_language(title or container), **values)
