"""Clean up text as browsers and PDF copies deliver it, before any parsing.

Only what carries no meaning is changed: line endings, odd spaces, soft hyphens, ligatures.
Note texts in the model are this normalized text, so spans found in them stay exact.
"""

from __future__ import annotations

import re

# Characters that are spaces to a reader but not to `str.split` or our regexes.
SPACES = {
    "\u00a0": " ",  # no-break space
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",  # thin space
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",
    "\u3000": " ",
    "\t": " ",
}
DELETED = {
    "\u00ad": "",  # soft hyphen: invisible unless a line breaks there
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",  # BOM or zero-width no-break space
}
LIGATURES = {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}

TRANSLATION = str.maketrans({**SPACES, **DELETED, **LIGATURES})

# C0 controls other than tab/newline never belong in a page's text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MULTISPACE = re.compile(r" {2,}")


def normalize_page(text: str) -> str:
    """Unify line endings and invisible characters; keep the line structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(TRANSLATION)
    return CONTROL.sub("", text)


def squeeze(text: str) -> str:
    """Collapse runs of spaces and trim: the form in which a note's text is kept."""
    return MULTISPACE.sub(" ", text.replace("\n", " ")).strip()
