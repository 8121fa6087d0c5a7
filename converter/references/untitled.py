"""Corrections of an entry the labeller read with no title and no container: its title read as a
series, or as the head of an editors' run (references/fields.py applies them with the others in
references/corrections.py). A work has a title; each looks only at the fields' shape."""

from __future__ import annotations

import re

from converter.labeller import tokens as labels
from converter.lexicon import EDITOR_MARKS_BEFORE
from converter.references.field_set import Fields

# ", a cura di", ". Ed. by", ", hrsg. von": a mark before editors' names, after the words it follows
MARK_AFTER_WORDS = re.compile(
    r"(?i)[,.]\s+(?=(?:" + "|".join(re.escape(mark) for mark in sorted(EDITOR_MARKS_BEFORE, key=len, reverse=True))
    + r")\s)")
NUMBERING = (labels.VOLUME, labels.ISSUE, labels.PAGES)


def untitled(fields: Fields) -> bool:
    return not fields.has(labels.TITLE, labels.CONTAINER)


def title_read_as_series(fields: Fields) -> None:
    """ "Ferri, B., Studi veneziani (Milano, 1939)": a "series" with no title, no container and no
    numbering around it is the book's title (a series names the books in it, it is not one)."""
    if not untitled(fields) or len(fields.texts.get(labels.COLLECTION, ())) != 1 or fields.has(*NUMBERING):
        return
    index = next(i for i, (label, _) in enumerate(fields.sequence) if label == labels.COLLECTION)
    fields.splice(index, 1, [(labels.TITLE, fields.sequence[index][1])])


def title_read_as_editors(fields: Fields) -> None:
    """ "Commedia dei servi, a cura di G. Pol, Venezia 1963": an entry opening with an editors' run
    whose mark stands after words of its own opens with the title, and the editors follow the mark."""
    if not untitled(fields) or not fields.sequence or fields.sequence[0][0] != labels.EDITOR:
        return
    text = fields.sequence[0][1]
    mark = MARK_AFTER_WORDS.search(text)
    if mark is None or not text[:mark.start()].strip():
        return
    fields.splice(0, 1, [(labels.TITLE, text[:mark.start()]), (labels.EDITOR, text[mark.end():])])
