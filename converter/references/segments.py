"""An entry's body cut into sentences: where the title ends (a quoted title, or the first sentence end that
is not an abbreviation) and the segments that follow it."""

from __future__ import annotations

import re

from converter.lexicon import ABBREVIATIONS, VOLUME_WORDS

QUOTED = re.compile(r"^[“\"„«](?P<title>[^“”\"„«»]{1,3000})[”\"“»]")
SENTENCE_END = re.compile(r"[.?!](?= )")
ABBREVIATION_WORDS = frozenset(ABBREVIATIONS)
VOLUME_WORD_SET = frozenset(VOLUME_WORDS)
LOWER_CASE_NAMES = ("arXiv", "bioRxiv", "medRxiv", "eLife", "iScience", "npj ", "mBio", "eLife")


def sentence_ends(text: str) -> list[int]:
    """Positions just after each sentence end ("." "?" "!" before a space) that is not an abbreviation."""
    ends = []
    for match in SENTENCE_END.finditer(text):
        i = match.start()
        if text[i] == "." and not is_sentence_end(text, i):
            continue
        ends.append(i + 1)
    return ends


def is_sentence_end(text: str, i: int) -> bool:
    """Is the "." at text[i] (followed by a space) the end of a sentence?"""
    words = text[max(0, i - 24):i].split(" ")
    word = words[-1].split("(")[-1]
    if word[-1:] in ")]”\"’'":  # "(2nd ed.). Publisher", "“Title.” Journal"
        return True
    if text[i + 2:i + 3].islower() and not text.startswith(LOWER_CASE_NAMES, i + 2):
        return False  # a sentence does not start lower-case (but "arXiv preprint", "eLife" may)
    if word.isdigit() and len(word) <= 2:
        # "Vol. 1. New Delhi" ends; the ordinals "2. Aufl." and "im 19. Jahrhundert" do not.
        before = words[-2].lower().rstrip(".") if len(words) > 1 else ""
        return before in VOLUME_WORD_SET
    bare = word.lower().rstrip(".")
    # "J. Smith", "Proc. of", "U.S. Army", "Vol. 2"
    return not ((len(word) <= 1 and word.isalpha()) or bare in ABBREVIATION_WORDS
                or (len(word) <= 3 and word.isupper()) or "." in word)


def split_segments(text: str) -> list[str]:
    """"Title. Publisher, Place" -> ["Title", "Publisher, Place"] at non-abbreviation sentence ends."""
    segments, start = [], 0
    for end in sentence_ends(text):
        segments.append(text[start:end].strip())
        start = end
    segments.append(text[start:].strip())
    return [s.rstrip(".").strip() if s.endswith(".") and not s.endswith("..") else s for s in segments if s.strip(" .")]


def take_title(body: str) -> tuple[str, str]:
    """(title, rest): a quoted title, or up to the first sentence end; "?" and "!" stay in the title."""
    quoted = QUOTED.match(body)
    if quoted:
        return quoted["title"].strip().rstrip(",."), body[quoted.end():].lstrip(" .,")
    ends = sentence_ends(body)
    if not ends:
        return body.strip().rstrip("."), ""
    end = ends[0]
    title = body[:end].strip()
    if title.endswith("."):
        title = title[:-1]
    return title.strip(), body[end:].strip()
