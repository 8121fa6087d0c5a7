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
    "\t": "  ",  # two: a tab that separates columns stays a column gap
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


# OCR reads 1 as l or I and 0 as O or o inside numbers ("p. l2", "pp. 3O–35", "l965").
# A run of digits and look-alikes that holds a digit and stands alone (no letter touching it) is a
# number; letters next to letters ("CO2", "H2O", "Iol") are left alone.
OCR_NUMBER = re.compile(r"(?<![^\W\d_])(?=[0-9lIOo]*\d)[0-9lIOo]{2,}(?![^\W\d_])")
OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0"})


def ocr_digits(text: str) -> str:
    """The same text with OCR look-alikes inside numbers read as digits; same length, same offsets."""
    return OCR_NUMBER.sub(lambda m: m.group(0).translate(OCR_DIGITS), text)
