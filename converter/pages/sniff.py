"""Is a page HTML? Answered without lxml, so that a page copied as text never loads it."""

from __future__ import annotations

import re

# How an HTML page starts: an optional XML declaration, comments (browsers' "saved from url"),
# then a doctype or one of the elements every page has.
HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*){0,5}<(?:!doctype\s+html|html|head|meta|title|body)\b",
    re.IGNORECASE | re.DOTALL,
)
HTML_ELEMENT = re.compile(r"<(?:html|head|body|meta)\b[^>]*>", re.IGNORECASE)
SNIFF_CHARS = 65536


def looks_like_html(text: str) -> bool:
    """Is this a saved web page rather than a page copied as text?"""
    head = text[:SNIFF_CHARS].lstrip("\ufeff")
    if HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and bool(HTML_ELEMENT.search(head))
