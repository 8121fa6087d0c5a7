"""The place a citation group cites: its locator parts read by the locator grammar (notes/locators.py)."""

from __future__ import annotations

import re

from converter.labeller import tokens as L
from converter.model import Locator
from converter.notes.grouping import Group
from converter.notes.locators import read_locator

# "S. 164–166, bzw. S. 240 f.": two places cited, joined by a comma and a word or two
LOCATOR_JOIN = re.compile(r"[,;]?\s*(?:\w+\.?\s*){0,2}")


def locator_of(text: str, group: Group) -> Locator:
    parts = group.of(L.LOCATOR)
    if not parts:
        return Locator()
    printed = text[parts[0].start:parts[-1].end].strip(" ,;:")
    matched = read_locator(printed)
    if matched:
        return matched
    joined = [parts[0]]
    for part in parts[1:]:
        if not LOCATOR_JOIN.fullmatch(text, joined[-1].end, part.start):
            break  # "S. 296. In gleicher Weise … am 26": prose ran on after the place cited
        joined.append(part)
    each = [read_locator(text[p.start:p.end].strip(" ,;:")) for p in joined]
    if all(each) and all(one.label == each[0].label and not one.note for one in each):
        pages = tuple(page for one in each for page in one.pages)
        printed = text[joined[0].start:joined[-1].end].strip(" ,;:")
        return Locator(printed=printed, label=each[0].label, value=", ".join(pages), volume=each[0].volume,
                       pages=pages)
    value = printed.strip("()[] ")  # kept as printed; the grammar could not read it
    return Locator(printed=printed, value=value, pages=(value,))


def cites_a_place(text: str, group: Group) -> bool:
    """A locator the grammar reads: what makes a title alone a citation ("Eighth Congress, Vol. I,
    p. 116f."); "(P41)" after a phrase of prose is no page."""
    parts = group.of(L.LOCATOR)
    return bool(parts) and read_locator(text[parts[0].start:parts[-1].end].strip(" ,;:")) is not None
