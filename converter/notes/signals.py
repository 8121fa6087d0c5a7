"""Signal words before a citation ("Cf.", "See also", "Vgl.", "Zit. nach", "voir"), kept as its prefix."""

from __future__ import annotations

import re

from converter.lexicon import SIGNALS

_ALTERNATIVES = "|".join(re.escape(s) for s in SIGNALS)
SIGNAL_AT_START = re.compile(rf"^(?:{_ALTERNATIVES})(?=\s|$)", re.IGNORECASE)
SIGNAL_AT_END = re.compile(rf"(?:^|(?<=[\s,;.]))(?:{_ALTERNATIVES})\s*$", re.IGNORECASE)
# A signal inside prose, before a capital: "On the taotai’s position, see Philip A. Kuhn, ...".
SIGNAL_INSIDE = re.compile(
    r"(?<=[\s,;:])(?:" + "|".join(re.escape(s) for s in SIGNALS if s[-1] not in ",") + r")\s(?=[A-Z])", re.IGNORECASE
)


def leading_signal_length(clause: str) -> int:
    """Characters of space, punctuation and signal words before a clause's first citation."""
    stripped = clause.lstrip(" .,:")
    lead = len(clause) - len(stripped)
    match = SIGNAL_AT_START.match(stripped)
    if match:
        lead += match.end()
        lead += len(clause[lead:]) - len(clause[lead:].lstrip(" ,"))
    return lead


def split_signal(gap: str) -> tuple[str, str]:
    """(signal, prose) from the text before a citation: "Cf. the tables " -> ("Cf.", "the tables")."""
    stripped = gap.lstrip(" .,;:").rstrip()
    match = SIGNAL_AT_START.match(stripped)
    if match:
        return match.group(0), stripped[match.end():].strip(" ,:")
    match = SIGNAL_AT_END.search(stripped)
    if match:
        return match.group(0).strip(), stripped[: match.start()].strip(" ,:")
    return "", stripped.rstrip(" ,:")
