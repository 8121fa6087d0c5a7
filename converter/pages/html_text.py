"""Text out of an lxml tree, in the form the text reader sees it: one line per block element,
spaces and invisible characters normalized (text.normalize_page, text.squeeze).

Walks are iterative (lxml's iterwalk), never recursive, so a hostile page nested thousands of
levels deep cannot exhaust Python's stack. The tree is never changed: what is not text (scripts,
note markers, link rows) is skipped while walking, which keeps every read linear (removing
elements one by one would glue their tails together, quadratic on a hostile page).
"""

from __future__ import annotations

from typing import Any, Callable

from lxml import etree

from converter.text import normalize_page, squeeze

# Elements that start a new line when a browser renders them (what "copy as text" would give).
BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A line break in a page's source is a space to a browser (outside <pre>): only blocks and <br> break lines.
SOURCE_BREAKS = str.maketrans("\r\n\f\v", "    ")
# Elements whose content is never page text.
INERT = frozenset("script style noscript template svg math iframe object".split())


def lines_of(element, skip: Callable[[Any], bool] | None = None) -> list[str]:
    """The element's text as the lines a reader sees, empty lines left out.

    Scripts and the like are left out, and so is any descendant for which `skip(node)` is true
    (its tail, the text after it, stays).
    """
    parts: list[str] = []
    preformatted = 0  # inside <pre>, line breaks of the source are the text's own
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in BLOCKS:
                parts.append("\n")
            preformatted += tag == "pre"  # counted before a skip: its end event comes all the same
            if node is not element and (tag in INERT or (skip is not None and skip(node))):
                walker.skip_subtree()
                continue
            if tag and node.text:
                parts.append(node.text if preformatted else node.text.translate(SOURCE_BREAKS))
        else:
            preformatted -= tag == "pre"
            if tag in BLOCKS:
                parts.append("\n")
            if node is not element and node.tail:
                parts.append(node.tail if preformatted else node.tail.translate(SOURCE_BREAKS))
    text = normalize_page("".join(parts))
    return [line for line in (squeeze(raw) for raw in text.split("\n")) if line]


def text_of(element) -> str:
    """The element's text on one line."""
    return " ".join(lines_of(element)) if element is not None else ""


def heading_text(heading) -> str:
    """A heading's own first line: broken markup can leave the section inside an unclosed <h2>,
    so the walk stops at the first block after some text (headings nested 256 deep stay linear)."""
    parts: list[str] = []
    for event, node in etree.iterwalk(heading, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in BLOCKS and node is not heading and squeeze("".join(parts)):
            break
        if event == "start" and tag and tag not in INERT and node.text:
            parts.append(node.text)
        elif event == "end" and node is not heading and node.tail:
            parts.append(node.tail)
    return squeeze(normalize_page("".join(parts)))


def has_class(name: str) -> str:
    """An XPath test for one class token (not a substring of another class)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def first(document, *xpaths: str):
    """The first element the first XPath with a match selects, or None.

    Several XPaths rather than one union: libxml2 merges unions of large node sets in quadratic time.
    """
    for xpath in xpaths:
        found = document.xpath(f"({xpath})[1]")
        if found:
            return found[0]
    return None
