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
from dataclasses import dataclass, field

from converter.labeller import tokens as labels
from converter.labeller.parts import Part
from converter.lexicon import EDITED_BY, EDITOR_MARK, SAME_AUTHOR, TRANSLATED_BY, YEAR
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
from converter.references.containers import CONFERENCE, THESIS_GENRE
from converter.references.tails import EDITION, edition_value
from converter.values.dates import match_date
from converter.values.identifiers import normalize_doi, normalize_isbn
from converter.values.language import guess_language

L_OTHER, L_CONTAINER, L_EDITOR = labels.OTHER, labels.CONTAINER, labels.EDITOR
# The brackets, quotes and punctuation a field's text may carry around its value.
OUTER = " \t,;:.()[]{}“”„\"'«»‘’‚<>=–—-"
DATE_YEAR = re.compile(rf"(?<!\d)(?P<year>{YEAR})(?:\s?[/–—-]\s?(?P<end>\d{{2,4}}))?(?P<suffix>[a-z])?(?![\d])")
NUMBER = re.compile(r"[\dIVXLCDMivxlcdm]+[a-zA-Z]?(?:\s?[/–—-]\s?[\dIVXLCDM]+)?")
LABEL_WORD = re.compile(r"^(?:[^\W\d_]{1,8}\.|[^\W\d_]{1,8}(?=\s?\d)|Heft|Band|Jahrgang|Teil|Part|Issue|Volume)\s?",
                        re.IGNORECASE)
PAGE_RANGE = re.compile(r"(?P<first>[A-Za-z]{0,2}\d{1,8}[a-z]?)(?:\s?[–—-]{1,2}\s?(?P<last>[A-Za-z]{0,2}\d{1,8}))?")
EDITION_IN = re.compile(EDITION)
EDITOR_WORDS = re.compile(rf"(?i:\(?\s?(?:{EDITOR_MARK})\s?\)?|(?:{EDITED_BY})(?=\s|$))")
TRANSLATOR_WORDS = re.compile(rf"(?i:\(?\s?(?:{TRANSLATED_BY})\s?\)?)")
SERIES_NUMBER = re.compile(r"^(?P<title>.*?)[\s,;(]*(?:(?:vol|bd|no|nr|n)\.?\s?)?(?P<number>\d{1,6}[A-Za-z]?)\)?$",
                           re.IGNORECASE)
CONTAINER_LEAD = re.compile(r"^(?:in|dans|em|en)\s?:?\s+", re.IGNORECASE)
# "In:" / "in" between two fields: what follows is the book (or proceedings) of a chapter.
IN_GLUE = re.compile(r"(?:^|[\s.,;])(?:in|In|IN|dans|em|en)\s?:?\s*$")
SAME_AUTHOR_WORDS = frozenset(SAME_AUTHOR) | {w.rstrip(".") for w in SAME_AUTHOR}
SAME_AUTHOR_LEAD = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(SAME_AUTHOR_WORDS, key=len, reverse=True)) + r")(?=[\s,(]|$)",
    re.IGNORECASE)


@dataclass
class Fields:
    """The texts of one citation's labelled spans, in order, by label; `glue` is what stood between."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    glue_before_container: str = ""  # "In:" / "in" before the container: a chapter

    def add(self, label: str, text: str) -> None:
        self.texts.setdefault(label, []).append(text)

    def first(self, label: str) -> str:
        values = self.texts.get(label)
        return values[0] if values else ""

    def joined(self, label: str, separator: str = ". ") -> str:
        return separator.join(v for v in (tidy(t) for t in self.texts.get(label, ())) if v)

    def has(self, *names: str) -> bool:
        return any(self.texts.get(name) for name in names)


def fields_from_parts(text: str, parts: list[Part], same_author_as: str = "") -> Fields:
    """The labelled parts of one citation as Fields; `same_author_as` stands for "ders."/"idem" in the
    names of an editor ("…, in: ders. (Hrsg.), Book")."""
    fields = Fields()
    previous_end = 0
    for part in parts:
        if part.label == L_OTHER:
            continue
        piece = text[part.start:part.end]
        if part.label in (L_CONTAINER, L_EDITOR) and IN_GLUE.search(text[previous_end:part.start]):
            fields.glue_before_container = "in"
        if part.label == L_EDITOR and same_author_as:
            piece = SAME_AUTHOR_LEAD.sub(same_author_as, piece)
        fields.add(part.label, piece)
        previous_end = part.end
    return fields


def tidy(text: str) -> str:
    """A field's value without the brackets, quotes and punctuation around it."""
    return " ".join(text.split()).strip(OUTER)


def names_of(text: str, marks: re.Pattern) -> tuple[tuple[Name, ...], bool]:
    """An author, editor or translator list without its role words ("(Hrsg.)", "edited by")."""
    text = clean(marks.sub(" ", text))
    if not text:
        return (), False
    if is_corporate(text) and "," not in text and "/" not in text:
        return (Name(literal=tidy(text)),), False
    return parse_name_list(text.replace("/", ", ") if "/" in text and "," not in text else text.replace("/", ";"))


def date_of(text: str) -> tuple[Date | None, str]:
    """(date, year suffix) of a date field: "1990", "1990a", "12 May 2020", "1959–1960", "1943/44"."""
    value = tidy(text)
    matched = match_date(value)
    if matched and matched[1] >= len(value) - 1:
        return matched[0], ""
    year = DATE_YEAR.search(value)
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
    """"pp. 45–67" -> "45–67", "S. 29-68" -> "29–68"."""
    value = LABEL_WORD.sub("", tidy(text))
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
        elif text.lower().startswith(("http", "www.")) and "url" not in found:
            found["url"] = text.rstrip(".,;")
    if isbns:
        found["isbns"] = tuple(dict.fromkeys(isbns))
    return found


def kind_of(fields: Fields, date: Date | None, container: str, editors: tuple) -> str:
    genre = fields.joined(labels.GENRE, " ")
    if genre:
        return THESIS if THESIS_GENRE.search(genre) else REPORT
    if container:
        conference = CONFERENCE.search(f"{container} {fields.joined(labels.COLLECTION, ' ')}")
        if fields.glue_before_container or editors or fields.has(labels.PUBLISHER, labels.PLACE, labels.EDITION):
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
    authors, et_al = names_of(fields.joined(labels.AUTHOR, ", "), EDITOR_WORDS)
    editors, editors_et_al = names_of(" ; ".join(fields.texts.get(labels.EDITOR, ())), EDITOR_WORDS)
    translators, _ = names_of(" ; ".join(fields.texts.get(labels.TRANSLATOR, ())), TRANSLATOR_WORDS)
    date, suffix = date_of(fields.first(labels.DATE)) if fields.has(labels.DATE) else (None, "")
    title = fields.joined(labels.TITLE)
    container = CONTAINER_LEAD.sub("", fields.joined(labels.CONTAINER))
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
    if editors:
        values["editors"] = editors
    if translators:
        values["translators"] = translators
    values = {key: value for key, value in values.items() if value}
    return Work(id="", language=guess_language(title or container), **values)
