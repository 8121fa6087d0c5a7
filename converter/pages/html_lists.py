"""The numbered lists of an HTML page: notes -> RawItems, references -> strings, abbreviations.

Which list is which is decided by the heading above it, with the text reader's tables
(page.NOTES_HEADINGS, page.REFERENCES_HEADINGS): SpringerLink prints the notes of older books
in the same `c-article-references` markup as a reference list, under a "Notes" heading.
A list with no such heading is recognised by SpringerLink's classes instead
(`c-article-footnote` -> notes, `c-article-references` -> references).

An item's text is its text element (`c-article-references__text`, ...) when it has one; the
resolver links beside it ("Google Scholar", "CrossRef", "Article") are never part of it.
Numbers come from `data-counter="12."`, else from a number printed at the item's start, else
from the list's position; numbers are kept as given and gaps reported, as in notes.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable

from converter.lexicon import ABBREVIATION_HEADINGS, NOTES_HEADINGS, REFERENCES_HEADINGS
from converter.model import Problem
from converter.pages.abbreviations import parse_abbreviation_lines
from converter.pages.content import RawItem
from converter.pages.html_text import HEADINGS, first, has_class, heading_text, lines_of, text_of
from converter.pages.list_kinds import note_cues
from converter.pages.markers import Marker, read_marker, starts_item
from converter.pages.numbered import number_in_page_order, numbering_problems, restarts
from converter.pages.sections import heading_key, is_chrome, strip_link_tail

LISTS = ("ol", "ul", "dl")
# The element holding an item's own text, where the page marks it.
TEXT_CLASSES = ("c-article-references__text", "c-article-footnote--listed__content", "c-article-footnote__content")
# Rows of links and counters inside an item that are not its text.
NOISE_CLASSES = frozenset({"c-article-references__links", "c-article-references__download",
                           "c-article-references__counter"})
# Lists recognised by their class when no heading names them.
CLASS_ROLES = (("c-article-footnote", "notes"), ("c-article-references", "references"))
COUNTER = re.compile(r"\d{1,7}")
# Links back to the note's marker in the text: "↑", "↩", "^", "Back to text".
BACKLINK = re.compile(r"^(?:[↑↩⤴^]+|back(?: to text)?|zurück)$", re.IGNORECASE)
# How far up from a heading to look for its list (the heading may sit in a wrapper).
HEADING_LEVELS = 3
# How many elements of a heading to search for a list it swallowed (bounded: headings can nest).
INSIDE_HEADING = 200


@dataclass
class Lists:
    notes: list[RawItem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_lists(document) -> Lists:
    lists = Lists()
    used: set = set()  # lists already read (lxml returns the same proxy while one is referenced)
    per_page = []  # the printed pages of each list numbered per page ("page 85 note 1"), else []
    for heading in document.iter(*HEADINGS):
        role = role_of(heading_key(heading_text(heading)))
        element = list_after(heading) if role else None
        if element is not None and element not in used:
            used.add(element)
            per_page.append(fill(lists, role, element))
        elif role and element is None:
            # Publishers without <ol>/<ul> (Cambridge Core, Oxford Academic, OpenEdition, Brill): a run of
            # alike blocks under the heading.
            found = repeated_after(heading)
            if found and found[0].getparent() not in used:
                used.add(found[0].getparent())
                per_page.append(fill(lists, role, found[0].getparent(), found))
    for class_name, role in CLASS_ROLES:
        for element in document.xpath(f"//*[self::ol or self::ul][{has_class(class_name)}]"):
            if element not in used and not any(ancestor in used for ancestor in element.iterancestors()):
                used.add(element)
                per_page.append(fill(lists, role, element))
    pages = [page for found in per_page for page in found]
    if pages and len(pages) == len(lists.notes) and restarts(lists.notes):
        lists.notes, lists.problems = number_in_page_order(lists.notes, pages)
    else:
        lists.problems = numbering_problems(lists.notes)
    return lists


def role_of(key: str) -> str:
    if key in NOTES_HEADINGS:
        return "notes"
    if key in REFERENCES_HEADINGS:
        return "references"
    return "abbreviations" if key in ABBREVIATION_HEADINGS else ""


def list_after(heading):
    """The first list after a heading and before the next heading, looking up to a wrapper or two
    (or inside the heading itself, where an unclosed <h2> swallowed its section)."""
    inside = next((node for node in islice(heading.iter(), INSIDE_HEADING) if node.tag in LISTS), None)
    if inside is not None:
        return inside
    node = heading
    for _ in range(HEADING_LEVELS):
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADINGS:
                return None
            if sibling.tag in LISTS:
                return sibling
            found = next(sibling.iter(*HEADINGS, *LISTS), None)
            if found is not None:
                return found if found.tag in LISTS else None
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
    return None


def fill(lists: Lists, role: str, element, blocks: list | None = None) -> list[str]:
    """Read one list (its <li>s, or the `blocks` of a list made of alike blocks) into `lists`; the
    printed page of each note when the list numbers its notes per page ("page 85 note 1"), else []."""
    if role == "abbreviations":
        lists.abbreviations.update(abbreviations(element))
        return []
    items, markers = numbered_items(element, blocks)
    per_page = bool(markers) and all(m is not None and m.style == "page-note" for m in markers)
    texts = [item.text for item in items]
    if role == "references" and (per_page or (any(markers) and note_cues(texts))):
        role = "notes"  # numbered notes under "References" (Cambridge Core prints its footnotes there)
    if role != "notes":
        lists.references.extend(text for text in texts if text)
        return []
    lists.notes.extend(items)
    return [m.page for m in markers] if per_page else []


def numbered_items(element, blocks: list | None = None) -> tuple[list[RawItem], list[Marker | None]]:
    """The items of a list, and the number each one prints at its start (None where it prints none)."""
    try:
        start = int(element.get("start", "1"))
    except ValueError:
        start = 1
    items: list[RawItem] = []
    markers: list[Marker | None] = []
    # The list's own items; broken markup can nest an item inside the one before it.
    elements = blocks if blocks is not None else [
        li for li in element.iter("li") if next(li.iterancestors("ol", "ul"), None) is element]
    own = set(elements)
    for position, item in enumerate(elements, start=start):
        text = item_text(item, lambda node: node in own)
        number = counter(item.get("data-counter", ""))
        printed = read_marker(text)
        expected = items[-1].number + 1 if items else start
        # A number printed at the start counts only near the expected one ("1955. The plan" is text).
        if number is None and printed is not None and starts_item(printed, printed.style, expected):
            number = printed.number
        if printed is not None and printed.number == number:
            text = printed.rest
            markers.append(printed)
        else:
            markers.append(None)
        items.append(RawItem(number if number is not None else position, text))
    return items, markers


# Block elements a list made of alike blocks is built from, and how much of a page is looked at.
BLOCK_ITEMS = frozenset({"div", "p", "li", "section", "article", "aside"})
MAX_SIBLINGS = 50
MAX_CHILDREN = 5000
MIN_ITEMS = 2


def repeated_after(heading) -> list:
    """The blocks of one kind (same tag, same class) that follow a heading, as its siblings or as the
    children of a wrapper after it, up to the next heading; a wrapper or two up from the heading too."""
    node = heading
    for _ in range(HEADING_LEVELS):
        siblings = []
        for sibling in islice(node.itersiblings(), MAX_SIBLINGS):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADINGS:
                break
            siblings.append(sibling)
        found = alike(siblings)
        if found:
            return found
        for sibling in siblings:
            found = alike(list(islice(sibling.iterchildren(), MAX_CHILDREN))) or next(
                (group for child in islice(sibling.iterchildren(), MAX_SIBLINGS)
                 if (group := alike(list(islice(child.iterchildren(), MAX_CHILDREN))))), [])
            if found:
                return found
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return []
    return []


def alike(elements: list) -> list:
    """The largest group of blocks with one tag and one class, each holding text; [] if under two."""
    groups: dict[tuple[str, str], list] = {}
    for element in elements:
        if isinstance(element.tag, str) and element.tag in BLOCK_ITEMS:
            groups.setdefault((element.tag, element.get("class") or ""), []).append(element)
    best = max(groups.values(), key=len, default=[])
    best = [element for element in best if text_of(element)]
    return best if len(best) >= MIN_ITEMS else []


def counter(value: str) -> int | None:
    match = COUNTER.search(value)
    return int(match.group(0)) if match else None


def item_text(item, nested: Callable[[Any], bool]) -> str:
    """The item's own text: its marked text element, else its lines without link rows, counters,
    resolver and back links, and items nested in it by broken markup."""
    marked = first(item, *(f".//*[{has_class(name)}]" for name in TEXT_CLASSES))
    if marked is not None:
        return strip_link_tail(text_of(marked))

    def skip(node) -> bool:
        if nested(node) or NOISE_CLASSES & set((node.get("class") or "").split()):
            return True
        return node.tag == "a" and bool(is_chrome(text_of(node)) or BACKLINK.match(text_of(node)))

    return strip_link_tail(" ".join(line for line in lines_of(item, skip) if not is_chrome(line)))


def abbreviations(element) -> dict[str, str]:
    """<dt>CNA</dt><dd>China News Analysis</dd>, or list items "CNA: China News Analysis" (as the text
    reader reads them) -> {"CNA": "China News Analysis"}."""
    if element.tag != "dl":
        return parse_abbreviation_lines(text_of(item) for item in element.findall("li"))
    found = {}
    for term in element.iter("dt"):
        definition = term.getnext()
        while definition is not None and definition.tag != "dd":
            definition = definition.getnext() if definition.tag != "dt" else None
        if definition is not None and text_of(term) and text_of(definition):
            found[text_of(term)] = text_of(definition)
    return found
