"""Corrections of an article's fields: the journal the labeller read as the title's end, as a second
title, as editors or as a publisher, and the years of its volume read as pages (references/fields.py
applies them with the others in references/corrections.py)."""

from __future__ import annotations

import re

from converter.labeller import tokens as labels
from converter.lexicon import YEAR
from converter.references.corrections import SENTENCE_END
from converter.references.field_set import Fields


def journal_read_as_title(fields: Fields) -> None:
    """An article's journal read as the title's last sentence or as a second title: "…? Die Deutsche
    Schule 76: 18-30", "»On the Life of the Object«, Organization, Jg. 12, H. 3, S. 307–330". With
    no container and no imprint, numbers that go on to an issue or pages after a volume are a
    journal's, so what stands right before them is the journal."""
    if fields.has(labels.CONTAINER, labels.PLACE, labels.PUBLISHER, labels.EDITOR) or fields.glue_before_container:
        return
    sequence = fields.sequence
    for index in range(1, len(sequence) - 1):
        if not stands_for_a_volume(sequence, index) or sequence[index - 1][0] != labels.TITLE \
                or sequence[index + 1][0] not in (labels.ISSUE, labels.PAGES):
            continue
        text = sequence[index - 1][1]
        if len(fields.texts[labels.TITLE]) > 1:  # the second title is the journal
            fields.splice(index - 1, 1, [(labels.CONTAINER, text)])
            return
        breaks = list(SENTENCE_END.finditer(text.strip()))
        if breaks:
            head, journal = text.strip()[:breaks[-1].start() + 1], text.strip()[breaks[-1].end():]
            if 0 < len(journal.split()) <= 6:
                fields.splice(index - 1, 1, [(labels.TITLE, head), (labels.CONTAINER, journal)])
        return


def stands_for_a_volume(sequence: list[tuple[str, str]], index: int) -> bool:
    """A volume, or a year printed a second time where a volume would be ("…. Kommune 1995: 54-60",
    a journal cited by its year): the first year is the work's."""
    label = sequence[index][0]
    return label == labels.VOLUME or (label == labels.DATE and any(l == labels.DATE for l, _ in sequence[:index - 1]))


def journal_read_as_editors(fields: Fields, editor_words: re.Pattern) -> None:
    """ "…, in: Ostpolitik (Bonn), Nr. 8/1997, S. 749-761": names after "in" with no editor's mark and
    no book after them, but an issue or a volume (a place between), are the journal."""
    sequence, at = fields.sequence, fields.after_in
    if at < 0 or at >= len(sequence) - 1 or sequence[at][0] != labels.EDITOR or fields.has(labels.CONTAINER):
        return
    if editor_words.search(sequence[at][1]):
        return
    after = at + 1
    if sequence[after][0] == labels.PLACE and after + 1 < len(sequence):
        after += 1
    if sequence[after][0] in (labels.ISSUE, labels.VOLUME):
        fields.splice(at, 1, [(labels.CONTAINER, sequence[at][1])])


def journal_before_its_volume(fields: Fields) -> None:
    """A "publisher" right before a volume or an issue, after the journal or the title, is the journal
    or its end: "…«, Theory, Culture & Society, Jg. 19, H. 5/6" (one journal, commas inside), and
    "Regression Quantiles, Econometrica, 46(1)" read as a journal and a publisher with no title."""
    sequence = fields.sequence
    for index in range(1, len(sequence) - 1):
        label, text = sequence[index]
        previous_label, previous = sequence[index - 1]
        if label != labels.PUBLISHER or sequence[index + 1][0] not in (labels.VOLUME, labels.ISSUE):
            continue
        if previous_label == labels.CONTAINER and fields.has(labels.TITLE):
            fields.splice(index - 1, 2, [(labels.CONTAINER, f"{previous.strip(' ,;:')}, {text.strip(' ,;:')}")])
        elif previous_label == labels.CONTAINER:
            fields.splice(index - 1, 2, [(labels.TITLE, previous), (labels.CONTAINER, text)])
        elif previous_label == labels.TITLE and not fields.has(labels.CONTAINER):
            fields.splice(index, 1, [(labels.CONTAINER, text)])
        return


# "1927-28", "1953/54", "1960–1962": the years a volume of proceedings or a yearbook spans
VOLUME_YEARS = re.compile(rf"(?P<start>{YEAR})\s?[-–—/]\s?(?P<end>\d\d|{YEAR})")
MOST_YEARS_A_VOLUME_SPANS = 5


def volume_years_read_as_pages(fields: Fields) -> None:
    """Unmarked "pages" that are a span of a few years, in a work with no date, are its date:
    "«Atti dell'Istituto», t. 87, 11, 1927-28." (pages marked "pp." stay pages)."""
    if fields.has(labels.DATE) or len(fields.texts.get(labels.PAGES, ())) != 1:
        return
    index = next(i for i, (label, _) in enumerate(fields.sequence) if label == labels.PAGES)
    text = fields.sequence[index][1]
    matched = VOLUME_YEARS.fullmatch(text.strip(" ,;:.()"))
    if not matched:
        return
    start, end = matched["start"], matched["end"]
    end_year = int(end) if len(end) == 4 else int(start[:2] + end)
    if 0 < end_year - int(start) <= MOST_YEARS_A_VOLUME_SPANS:
        fields.splice(index, 1, [(labels.DATE, text)])
