"""Is a numbered list a list of notes or a reference list? Asked where no heading says so (notes
copied alone) and where the heading says "References" over what are notes (Cambridge Core prints an
article's footnotes there).

Notes point back ("Ibid.", "op. cit.", "idem") and open with signals ("See", "Cf."); a reference list
does neither, and is sorted by its authors. The cues come from the lexicon's lists.
"""

from __future__ import annotations

import re

from converter.lexicon import EARLIER_WORK_MARK, SAME_AUTHOR, SAME_WORK, SIGNALS, fold, pattern

BACK_REFERENCE = re.compile(rf"(?<![^\W\d_])(?:{pattern(SAME_WORK)}\.|{EARLIER_WORK_MARK}|"
                            rf"{pattern(s for s in SAME_AUTHOR if s.endswith('.'))})", re.IGNORECASE)
SIGNAL_OPENING = re.compile(rf"^\W*{pattern(s.rstrip(',') for s in SIGNALS)}(?![^\W\d_])", re.IGNORECASE)
FIRST_WORD = re.compile(r"[^\W\d_][^\W_]*")
# A share of items opening with a signal word that makes a list notes.
SIGNAL_SHARE = 0.2
# A list sorted by its first words (this share of neighbours in order) is a reference list.
SORTED_SHARE = 0.9
SORTED_AT_LEAST = 4


def note_cues(texts: list[str]) -> bool:
    """Do these items read as notes: one points back to an earlier note, or a fifth open with a signal?"""
    if any(BACK_REFERENCE.search(text) for text in texts):
        return True
    signals = sum(1 for text in texts if SIGNAL_OPENING.match(text))
    return bool(texts) and signals >= max(1, SIGNAL_SHARE * len(texts))


def sorted_by_author(texts: list[str]) -> bool:
    """Are the items in alphabetical order of their first words, as a reference list is?"""
    keys = [fold(match.group(0)) for match in (FIRST_WORD.search(text) for text in texts) if match]
    if len(keys) < SORTED_AT_LEAST:
        return False
    in_order = sum(1 for a, b in zip(keys, keys[1:]) if a <= b)
    return in_order >= SORTED_SHARE * (len(keys) - 1)


def is_reference_list(texts: list[str]) -> bool:
    """A numbered list with no heading to tell: a reference list when sorted and without note cues."""
    return sorted_by_author(texts) and not note_cues(texts)
