"""What a citation group's parts mean, whatever the labeller made of them: the relabelling rules
that run before a group is read (notes/labelled.py). Each takes a Group and returns one."""

from __future__ import annotations

import re
from dataclasses import replace

from converter.labeller import tokens as L
from converter.labeller.token_types import ROMAN
from converter.lexicon import MONTHS, NOT_NAMES
from converter.notes.grouping import NAME_LABELS, Group
from converter.notes.locators import read_locator
from converter.notes.token_rules import ET_AL_WORDS, is_initial
from converter.references.fields import IN_GLUE

NOT_NAME_WORDS = frozenset(NOT_NAMES)


def no_name(words: str) -> bool:
    """Words that stand before a year without being a name: "Arts.", "In", "Sept.", "March", and
    initials with no family name ("M. u. a. 1999": the end of "Frankfurt a. M.")."""
    words = words.split()
    if all(is_initial(word) or word.lower() in ET_AL_WORDS for word in words):
        return True
    return all(word.lower() in NOT_NAME_WORDS or word in MONTHS for word in words)


def as_short_form(text: str, group: Group) -> Group:
    """What a short form's parts mean, whatever the labeller made of them: without a title or a
    container, pages are the place cited ("Smith 1990, p. 4") and a place or publisher before the
    year is its author ("Orleans 1961": a place and a year alone cite nothing); a volume after the
    year, before the pages, is the volume cited ("Mao 1964–1977, V, pp. 432, 433")."""
    group = Group([replace(p, label=L.VOLUME) if p.label == L.TITLE and ROMAN.fullmatch(text[p.start:p.end])
                   else p for p in group.parts], group.signal)  # "V" alone is a volume, never a title
    if group.has(L.TITLE, L.CONTAINER):
        return group
    named = group.has(*NAME_LABELS)
    parts = []
    imprint = False  # a place or publisher read as the imprint: the ones after it are too ("Berlin (Ost)")
    for index, part in enumerate(group.parts):
        label = part.label
        if label == L.PAGES:
            label = L.LOCATOR
        elif label == L.VOLUME and any(p.label == L.DATE for p in group.parts[:index]) \
                and any(p.label in (L.PAGES, L.LOCATOR) for p in group.parts[index + 1:]):
            label = L.LOCATOR
        elif label in (L.PLACE, L.PUBLISHER) and not named and any(p.label == L.DATE for p in group.parts[index:]):
            imprint = imprint or after_words_and_comma(text, part.start)
            if not imprint:
                label = L.AUTHOR
        parts.append(replace(part, label=label) if label != part.label else part)
    return Group(parts, group.signal)


# The last names of a title part that ends in them: "Sicht Hoppe", "Prüfung Bunzel/Hanke", "Sicht Roth und Lind".
_TRAILING_NAMES = re.compile(r"(?<![\w’'-])((?:[A-ZÄÖÜ][\w’'-]+(?:\s?/\s?|\s(?:und|and|&)\s))*[A-ZÄÖÜ][\w’'-]+)$")


def names_before_year_colon(text: str, group: Group) -> Group:
    """A "title" (or "journal") right before "2004: 282", with nothing else to make it a reference,
    ends in the author of an author-year short form the prose ran into: "aus juristischer Sicht
    Hoppe 2004: 282 ff." cites Hoppe (the prose before the name is left out of the citation); a
    "title" of one word is the name."""
    labels = [p.label for p in group.parts]
    if len(labels) < 2 or labels[0] not in (L.TITLE, L.CONTAINER) or labels[1] != L.DATE \
            or set(labels[1:]) - {L.DATE, L.LOCATOR, L.PAGES, L.OTHER}:
        return group
    title, date = group.parts[0], group.parts[1]
    if not text.startswith(":", date.end) or text[title.end:date.start].strip():
        return group
    names = _TRAILING_NAMES.search(text, title.start, title.end)
    if names is None or (names.start(1) == title.start and " " in names[1]):
        return group  # a title of several words and nothing else ("Communist China 1955: 4") stays one
    author = replace(title, label=L.AUTHOR, start=names.start(1))
    return Group([author, *group.parts[1:]], group.signal)


def after_words_and_comma(text: str, start: int) -> bool:
    """ "…, Manuskript, Prag 1996", "Art. 10, Abs. 2, Berlin 1949": a place and a year after a comma
    that follows words or a number is the imprint of a reference whose head was not read, not a
    short form of an author named like a place."""
    before = text[:start].rstrip()
    return before.endswith(",") and before[:-1].rstrip()[-1:].isalnum()


def without_no_names(text: str, group: Group) -> Group:
    """Words labelled as names that name nobody ("In", "Sept.") are glue, and so is a letter glued to
    digits ("R59/31", a shelfmark); before a number they mark the place cited ("Art. 53")."""
    parts = list(group.parts)
    for index, part in enumerate(parts):
        if part.label in NAME_LABELS and (no_name(text[part.start:part.end]) or text[part.end:part.end + 1].isdigit()):
            numbered = index + 1 < len(parts) and parts[index + 1].label in (L.ISSUE, L.VOLUME, L.PAGES)
            parts[index] = replace(part, label=L.LOCATOR if numbered else L.OTHER)
            if numbered:
                parts[index + 1] = replace(parts[index + 1], label=L.LOCATOR)
    return Group(parts, group.signal)


def names_around_in(text: str, group: Group) -> Group:
    """Names on both sides of "in:". "Runge, in: Becker/Roth 2010, § 3 Rn. 12": an author opens the
    citation, so the names after "in:" edited the book the author wrote in (a commentary). "Art. 53,
    Constitution, in: Tomson/Su 1972": something else comes first (in the group, or before a comma
    ahead of it), so what stands before "in:" is a part of the book ("Constitution": no name,
    whatever the labeller said) and the book's names cite it."""
    parts = list(group.parts)
    first_name = next((i for i, p in enumerate(parts) if p.label == L.AUTHOR), None)
    after_in = next((i for i, p in enumerate(parts) if i and first_name is not None and i > first_name
                     and p.label in (L.AUTHOR, L.EDITOR) and IN_GLUE.search(text[parts[i - 1].end:p.start])), None)
    if after_in is None:
        return group
    opened_by_the_name = first_name == 0 and not text[:parts[0].start].rstrip().endswith(",")
    if opened_by_the_name:
        parts[after_in] = replace(parts[after_in], label=L.EDITOR)
    else:
        parts[after_in] = replace(parts[after_in], label=L.AUTHOR)
        del parts[first_name:after_in]
    return Group(parts, group.signal)


ISSUE_THEN_PAGE = re.compile(r"(\d{1,3}),\s*(?=\d)")


def locator_after_imprint(text: str, group: Group) -> Group:
    """The last locator part, when the locator grammar cannot read it but can read what follows one
    of its commas, starts there: "Berlin: BMI, 80" (the publisher, then the page), "27:1, 171" (the
    issue, then the page). What stands before is the publisher after a place and a colon, the
    issue after a volume, else glue."""
    parts = list(group.parts)
    last = max((i for i, p in enumerate(parts) if p.label == L.LOCATOR), default=None)
    if last is None:
        return group
    part = parts[last]
    before = parts[last - 1] if last else None
    after_volume = before is not None and before.label == L.VOLUME and text[before.end:part.start].strip() in (":", "/")
    issue = ISSUE_THEN_PAGE.match(text, part.start, part.end) if after_volume else None
    if issue:  # "27:1, 171": the issue after the volume's colon, then the page
        parts[last:last + 1] = [replace(part, label=L.ISSUE, end=part.start + len(issue[1])),
                                replace(part, start=issue.end())]
        return Group(parts, group.signal)
    if read_locator(text[part.start:part.end].strip(" ,;:")):
        return group
    for comma in re.finditer(r",\s*", text[part.start:part.end]):
        head_end, tail_start = part.start + comma.start(), part.start + comma.end()
        if tail_start < part.end and read_locator(text[tail_start:part.end].strip(" ,;:")):
            break
    else:
        return group
    head = text[part.start:head_end]
    label = L.OTHER
    if before is not None and before.label == L.PLACE and text[before.end:part.start].strip() == ":":
        label = L.PUBLISHER
    elif before is not None and before.label == L.VOLUME and head.strip().isdigit():
        label = L.ISSUE
    parts[last:last + 1] = [replace(part, label=label, end=head_end), replace(part, start=tail_start)]
    return Group(parts, group.signal)
