"""Quote marks as the writer meant them, for the labeller's eyes only.

Text taken from PDFs often prints the German opening mark for the closing one as well: „Titel„
for „Titel“. The labeller, trained on marks that pair, then reads everything after it as quoted. A
low mark glued to the word before it and not to the one after closes a quote, so it is read as the
closing mark; one character for one, so every offset into the text stays as printed (the rules and
the model's output keep the text as printed).
"""

from __future__ import annotations

import re

CLOSING = {"„": "“", "‚": "‘"}
_GLUED_LOW_MARK = re.compile(r"(?<=[\w.!?)])[„‚](?![\w(])")


def as_meant(text: str) -> str:
    if "„" not in text and "‚" not in text:
        return text
    return _GLUED_LOW_MARK.sub(lambda mark: CLOSING[mark.group(0)], text)
