"""A labelled note cut into citations: the labeller's parts grouped, one group per citation.

A citation ends at a semicolon between parts, before a signal, at prose, and where a new work begins:
an author after a date, title, locator or back reference; a back reference after anything but names; a
date or title after a locator; names after an opening bracket. Periodical issues the periodical rule
reads keep their text whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.labeller import tokens as L
from converter.labeller.parts import Part
from converter.labeller.token_types import QUOTE_CLOSERS
from converter.lexicon import LOCATOR_LABELS, SAME_WORK
from converter.names.parts import PARTICLE_WORDS
from converter.notes.candidates import Periodical
from converter.references.fields import IN_GLUE, SAME_AUTHOR_WORDS, tidy

NAME_LABELS = (L.AUTHOR, L.EDITOR, L.TRANSLATOR)
# What, once a citation holds it, means that new names begin another citation.
ENDS_NAMES = (L.DATE, L.TITLE, L.CONTAINER, L.LOCATOR, L.BACKREF, L.PAGES, L.PUBLISHER, L.PLACE, L.VOLUME,
              L.ISSUE, L.IDENTIFIER)


@dataclass
class Group:
    """One citation's parts, and the signal words before it; a periodical issue read by rule instead."""

    parts: list[Part] = field(default_factory=list)
    signal: str = ""
    periodical: Periodical | None = None

    @property
    def start(self) -> int:
        return self.periodical.start if self.periodical else self.parts[0].start

    @property
    def end(self) -> int:
        return self.periodical.start + self.periodical.consumed if self.periodical else self.parts[-1].end

    def labels(self) -> set[str]:
        return {p.label for p in self.parts}

    def has(self, *labels: str) -> bool:
        return any(p.label in labels for p in self.parts)

    def of(self, label: str) -> list[Part]:
        return [p for p in self.parts if p.label == label]


def starts_new_citation(group: Group, part: Part) -> bool:
    present = group.labels()
    if part.label == L.AUTHOR:
        return bool(present & set(ENDS_NAMES))
    if part.label == L.EDITOR:  # "in: Name (Hrsg.), Book" belongs to the chapter before it
        return L.LOCATOR in present or (L.DATE in present and L.TITLE not in present)
    if part.label == L.BACKREF:
        return bool(present - set(NAME_LABELS) - {L.BACKREF})
    if part.label in (L.DATE, L.TITLE):
        return L.LOCATOR in present
    return False


SAME_WORK_WORDS = frozenset(SAME_WORK)


def in_the_work_before(group: Group, part: Part, piece: str, between: str) -> bool:
    """ "K. Petrow, Die Lage der Bauern, ebd., S. 77": names and a title, then "ebd." after a comma
    (or "in:"): the ibid. names the book or journal this work is in, so it belongs to the citation."""
    return part.label == L.BACKREF and group.has(L.TITLE) and group.has(*NAME_LABELS) \
        and group.labels() <= {L.TITLE, *NAME_LABELS} and between.strip(" ,:").lower() in ("", "in") \
        and "," in between and tidy(piece).lower().rstrip(".") in SAME_WORK_WORDS


QUOTATION_AFTER_NAMES = re.compile(r"\s*[,:.]?\s*([\"“„«»‘‚'])(.+)([\"“”«»’‘'])\s*", re.S)


def quoted_title(text: str, group: Group, part: Part) -> Part | None:
    """A prose part that closes one whole quotation right after a citation's names is its title
    ("Smith, J., "Measuring wages in …", Journal, 12 (1984)"): prose does not sit between an author
    and the work; the labeller errs there on titles of words it has not seen."""
    if part.label != L.PROSE or not group.parts or group.parts[-1].label not in NAME_LABELS \
            or group.has(L.TITLE):
        return None
    names_end = group.parts[-1].end
    quotation = QUOTATION_AFTER_NAMES.fullmatch(text, names_end, part.end)
    if not quotation or quotation.start(2) < part.start - 2:
        return None
    closers = QUOTE_CLOSERS.get(quotation.group(1), "")
    if quotation.group(3) not in closers or any(mark in quotation.group(2) for mark in closers):
        return None
    return Part(L.TITLE, quotation.start(2), quotation.end(2), part.confidence)


# "vol. 10", "Bd. 2" alone: a volume mark and its number.
VOLUME_ONLY = re.compile(r"(?:" + "|".join(re.escape(mark) for mark, kind in LOCATOR_LABELS.items() if kind == "volume")
                         + r")\s?(?:\d{1,4}|[IVXLC]{1,6})")


def volume_of_container(text: str, group: Group, part: Part) -> Part | None:
    """ "… in The Cambridge History of China, vol. 10, ed. John K. Fairbank (…)": a volume alone right
    after the book or journal of a full reference is its volume, not the place cited (which would end
    the citation before its editors and imprint)."""
    if part.label != L.LOCATOR or not group.parts or group.parts[-1].label != L.CONTAINER \
            or not VOLUME_ONLY.fullmatch(text[part.start:part.end].strip(" ,")):
        return None
    return Part(L.VOLUME, part.start, part.end, part.confidence)


def trimmed(text: str, part: Part) -> list[Part]:
    """An author part without the lower-case words of prose it may have swallowed ("with the table in
    Grossmann"): names start with a capital or a particle."""
    if part.label != L.AUTHOR:
        return [part]
    position = part.start
    for word in re.finditer(r"\S+", text[part.start:part.end]):
        token = word.group(0)
        if token[:1].isupper() or token.lower() in PARTICLE_WORDS or not token[:1].isalpha():
            break
        position = part.start + word.end()
    if position == part.start:
        return [part]
    rest = [Part(L.AUTHOR, position + len(text[position:part.end]) - len(text[position:part.end].lstrip()), part.end,
                 part.confidence)] if text[position:part.end].strip() else []
    return [Part(L.PROSE, part.start, position, part.confidence), *rest]


def opens_bracket_between_names(text: str, group: Group, part: Part) -> bool:
    """ "… Fehler etc. (Brenner und Wolf 1989: 491": names after an opening bracket begin a citation;
    the "names" before it were prose."""
    if part.label not in NAME_LABELS or not group.parts or group.parts[-1].label not in NAME_LABELS:
        return False
    between = text[group.parts[-1].end:part.start]
    return "(" in between and ")" not in between


def groups_of(text: str, parts: list[Part], periodicals: list[Periodical]) -> list[Group]:
    """The citation groups of a note, in text order; `periodicals` are read by rule and take their text."""
    groups: list[Group] = []
    current = Group()
    waiting = sorted(periodicals, key=lambda p: p.start)

    def close() -> None:
        nonlocal current
        if current.parts:
            groups.append(current)
        current = Group()

    previous_end = 0
    for part in (piece for whole in parts for piece in trimmed(text, whole)):
        while waiting and waiting[0].start + waiting[0].consumed <= part.start:
            close()
            groups.append(Group(periodical=waiting.pop(0)))
        if waiting and part.end > waiting[0].start:
            if current.has(*NAME_LABELS, L.TITLE) and text.rfind(";", current.parts[0].start, waiting[0].start) < 0:
                waiting.pop(0)  # "G. Simon, Title, Berichte des Instituts, Nr. 52/1995": a series in a full reference
            else:
                continue  # inside a periodical issue the rule read
        piece = text[part.start:part.end]
        glue, previous_end = text[previous_end:part.start], part.end
        if part.label == L.BACKREF and current.has(L.TITLE) and IN_GLUE.search(glue) \
                and tidy(piece).lower() in SAME_AUTHOR_WORDS:
            part.label = L.EDITOR  # "…, in: ders. (Hrsg.), Book": the author edited the book
        if part.label == L.AUTHOR and current.has(L.TITLE) and current.labels() <= {L.TITLE, *NAME_LABELS} \
                and IN_GLUE.search(text[current.parts[-1].end:part.start]):
            part.label = L.EDITOR  # "Eva Roth, Title, in: Karl Lind, Book": the names of the book it is in
        if part.label == L.OTHER:
            if ";" in piece:
                close()
            continue
        part = quoted_title(text, current, part) or volume_of_container(text, current, part) or part
        if part.label in (L.PROSE, L.SIGNAL):
            close()
            continue
        if current.parts and starts_new_citation(current, part) \
                and not in_the_work_before(current, part, piece, text[current.parts[-1].end:part.start]):
            close()
        elif opens_bracket_between_names(text, current, part):
            close()
        current.parts.append(part)
    close()
    groups.extend(Group(periodical=p) for p in waiting)
    return groups


def leftmost(found) -> list[Periodical]:
    """Periodical issues that do not overlap, the leftmost first (a finder tries every word start)."""
    kept: list[Periodical] = []
    for issue in sorted(found, key=lambda p: p.start):
        if not kept or issue.start >= kept[-1].start + kept[-1].consumed:
            kept.append(issue)
    return kept
