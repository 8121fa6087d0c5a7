"""One citation key per record: the user's own key when their bibliography gave one, else the key format's.

Keys are folded to what every format accepts (ASCII letters, digits and `_:.-`), compared without
case (BibTeX does), and a key taken already gets "-2", "-3" in record order, after the users' keys,
which are never renumbered. The same works and format give the same keys on every run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from converter.citekeys.formula import DEFAULT, parse_formula
from converter.model import Work

FOLDED = re.compile(r"[A-Za-z0-9_:.]+(?:-+[A-Za-z0-9_:.]+)*")  # a key folded() leaves as it is


def folded(key: str) -> str:
    if not key or FOLDED.fullmatch(key):
        return key  # most keys: the formula's, already folded
    ascii_key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9_:.-]+", "-", ascii_key).strip("-")


def citation_keys(works: Sequence[Work], key_format: str = DEFAULT) -> dict[str, str]:
    """Work id -> citation key, for every work (first occurrence of an id wins)."""
    formula = parse_formula(key_format)
    keys: dict[str, str] = {}
    used: set[str] = set()
    for work in works:  # the users' keys first: they stay as the user wrote them
        key = folded(work.citation_key)
        if key and work.id not in keys and key.lower() not in used:
            keys[work.id] = key
            used.add(key.lower())
    for work in works:
        if work.id in keys:
            continue
        base = folded(formula.key(work)) or folded(work.id) or "work"
        key, number = base, 2
        while key.lower() in used:
            key, number = f"{base}-{number}", number + 1
        used.add(key.lower())
        keys[work.id] = key
    return keys
