"""Labelled tokens -> parts: runs of tokens with one label, with their offsets in the text and the
labeller's mean confidence in them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from converter.labeller.tokens import (
    AUTHOR,
    CONTAINER,
    DATE,
    EDITOR,
    LOCATOR,
    OTHER,
    PAGES,
    PLACE,
    PROSE,
    PUBLISHER,
    TITLE,
    TRANSLATOR,
    VOLUME,
    Token,
)
from converter.lexicon import LOCATOR_LABELS


@dataclass
class Part:
    label: str
    start: int  # offsets in the text the tokens come from
    end: int
    confidence: float


def parts_of(tokens: list[Token], labels: list[str], confidences: list[float]) -> list[Part]:
    parts: list[Part] = []
    counts: list[int] = []
    for token, label, confidence in zip(tokens, labels, confidences):
        if parts and parts[-1].label == label:
            parts[-1].end = token.end
            parts[-1].confidence += confidence
            counts[-1] += 1
        else:
            parts.append(Part(label, token.start, token.end, confidence))
            counts.append(1)
    for part, count in zip(parts, counts):
        part.confidence /= count
    return parts


def page_marked_dates(text: str, parts: list[Part], label: str) -> list[Part]:
    """Parts labelled as a date that follow a page mark ("pp. 1696–1710", "S. 1850") are pages
    (`label`: pages in a reference, the locator in a note): a page mark never introduces a year."""
    for before, part in zip(parts, parts[1:]):
        if part.label != DATE or before.label not in (OTHER, PAGES, LOCATOR):
            continue
        mark = text[before.start:part.start].split()
        if mark and LOCATOR_LABELS.get(mark[-1]) == "page" and any(c.isdigit() for c in text[part.start:part.end]):
            part.label = label
    return parts


FOLLOWING_PAGES = re.compile(r"\d\s?ff?$")  # "9f", "10 ff": the abbreviation's stop follows


def following_pages_stops(text: str, parts: list[Part]) -> list[Part]:
    """The stop of "p. 9f." and "S. 10 ff." belongs to the locator (or pages), not to the glue
    after it: the labeller, seeing a stop that also ends the note, often leaves it out."""
    kept: list[Part] = []
    for part in parts:
        if kept and kept[-1].label in (LOCATOR, PAGES) and part.start == kept[-1].end \
                and text.startswith(".", part.start) and FOLLOWING_PAGES.search(text, kept[-1].start, kept[-1].end):
            kept[-1].end += 1
            part.start += 1
            if part.start >= part.end:
                continue
        kept.append(part)
    return kept


SENTENCE_END = re.compile(r"[.?!](?=\s)")


def open_quote(piece: str) -> bool:
    """A quotation opened and not closed: “…”, German „…“, «…», "…"."""
    if "„" in piece:
        return piece.count("„") > piece.count("“")
    return piece.count("“") > piece.count("”") or piece.count("«") > piece.count("»") or piece.count('"') % 2 == 1


def quoted_titles_closed(text: str, parts: list[Part]) -> list[Part]:
    """A title cut inside a quotation it opens ("How general is trust in “most people" + "”" +
    "? Solving the radius … problem. American Sociological Review") runs on to the end of its
    sentence: a container does not start with the "?" of a question."""
    for index, part in enumerate(parts[:-2]):
        if part.label != TITLE or not open_quote(text[part.start:part.end]):
            continue
        glue, following = parts[index + 1], parts[index + 2]
        if glue.label != OTHER or following.label != CONTAINER or not text[following.start] in "?!":
            continue
        end = SENTENCE_END.search(text, following.start + 1, following.end)
        if end is None:
            continue
        part.end = end.start()
        glue.start = glue.end = part.end
        following.start = next(i for i in range(end.end(), following.end) if not text[i].isspace())
    return [p for p in parts if p.end > p.start]


def article_number_pages(text: str, parts: list[Part]) -> list[Part]:
    """ "47(3), 42:1–42:36": pages numbered within an article number, which the labeller reads as a
    second volume and two page runs (a work has one volume, so the run from it is the pages), or as
    three page runs ("pp. 25:1–25:14"): one pages part."""
    merged: list[Part] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        last = index
        if part.label == PAGES or (part.label == VOLUME and any(p.label == VOLUME for p in merged)):
            while last + 2 < len(parts) and parts[last + 1].label == OTHER and parts[last + 2].label == PAGES \
                    and text[parts[last].end:parts[last + 2].start] == ":":  # glued: "42:1", not "3: 45"
                last += 2
        if last > index:
            merged.append(Part(PAGES, part.start, parts[last].end, min(p.confidence for p in parts[index:last + 1])))
        else:
            merged.append(part)
        index = last + 1
    return merged


def entry_parts(text: str, parts: list[Part]) -> list[Part]:
    """What a reference-list entry's parts can be, whatever the labeller said: an entry holds no
    prose, so a sentence it took for prose after the names or the year is the title when it has none;
    names after the title
    with a volume after them are the journal ("… networks. Nat Commun 9:3033"; "ACM Trans. Comput.
    Syst. 16(2)", taken for a translator), with a place after them the publisher."""
    has_title = any(p.label == TITLE for p in parts)
    for index, part in enumerate(parts):
        before = next((p for p in reversed(parts[:index]) if p.label != OTHER), None)
        if part.label == PROSE and not has_title and before is not None and before.label in (AUTHOR, EDITOR, DATE):
            part.label, has_title = TITLE, True
            # the glue the prose swallowed before the title: ") Soil …" -> "Soil …"
            while part.start < part.end and not text[part.start].isalnum() and text[part.start] not in "“‘«„\"'¿¡":
                part.start += 1
        elif part.label in (AUTHOR, TRANSLATOR) and any(p.label == TITLE for p in parts[:index]):
            following = next((p for p in parts[index + 1:] if p.label != OTHER), None)
            if following is not None and following.label == VOLUME:
                part.label = CONTAINER
            elif following is not None and following.label == PLACE:  # "… (2017). Schloss Dagstuhl, Dagstuhl"
                part.label = PUBLISHER
    return [p for p in parts if p.end > p.start]
