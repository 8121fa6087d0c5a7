"""Element-only XML written line by line as it is made, byte for byte as lxml's
`tostring(pretty_print=True)` writes the same tree: the XML declaration, then each element on its own
line, indented by two spaces a level, with text only in leaves (no mixed content, no comments). Names
are written with their prefixes as given, declared once on the root.

Nothing but the lines is built: a leaf is one call, where a tree cost one call to build each node and
one to write it, which made the Zotero RDF writer the slowest writer.

XML 1.0 cannot hold most C0 control characters (nor U+FFFE, U+FFFF): text() removes them.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
# What XML 1.0 can hold (https://www.w3.org/TR/xml/#charsets); everything else is removed.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What libxml2 escapes: & < > and, in text, the carriage return (a reader would make it a newline);
# in attribute values also the quote and the whitespace a reader would normalize.
TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}
ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\t\r]')


def xml_text(value: str) -> str:
    """The value without the characters XML cannot hold."""
    return value if value.isprintable() else NOT_XML.sub("", value)  # printable: all XML can hold


def plain(value: str) -> bool:
    """Whether the value is element text as it is: most are, and these checks cost far less than a
    regex (isprintable() is False for every character XML cannot hold, and for "\r")."""
    return value.isprintable() and "&" not in value and "<" not in value and ">" not in value


def text(value: str) -> str:
    """The value as element text: without what XML cannot hold, escaped as libxml2 escapes it."""
    return NOT_XML.sub("", value).translate(TEXT_ESCAPES)


def attribute(name: str, value: str) -> str:
    """` name="value"`, as an element's attributes are given to start() and empty()."""
    if ATTRIBUTE_SPECIAL.search(value):
        value = escape(value, ATTRIBUTE_ESCAPES)
    return f' {name}="{value}"'


class XmlLines:
    """One document's lines. start() and start_nested() open elements that hold others, end() closes
    what the last of them opened; leaf(), field() and empty() write an element with text or nothing."""

    __slots__ = ("lines", "indent", "open", "nested")

    def __init__(self) -> None:
        self.lines = [XML_DECLARATION]
        self.indent = ""
        # Per start(): how many lines there were with its start tag, what end() writes, what it writes
        # instead after a start tag left empty, and the indentation to go back to.
        self.open: list[tuple[int, str, str, str]] = []
        # (indentation, outer, inner) -> start_nested()'s tags: made once, as the same few recur.
        self.nested: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}

    def start(self, name: str, attributes: str = "") -> None:
        indent = self.indent
        self.lines.append(f"{indent}<{name}{attributes}>\n")
        self.open.append((len(self.lines), f"{indent}</{name}>\n", "", indent))
        self.indent = indent + "  "

    def start_nested(self, outer: str, inner: str) -> None:
        """Opens <outer><inner>: an element that holds just one, as an RDF predicate holds a blank node."""
        indent = self.indent
        tags = self.nested.get((indent, outer, inner))
        if tags is None:
            inside = indent + "  "
            outer_end = f"{indent}</{outer}>\n"
            tags = (f"{indent}<{outer}>\n{inside}<{inner}>\n", f"{inside}</{inner}>\n{outer_end}", outer_end,
                    inside + "  ")
            self.nested[indent, outer, inner] = tags
        start_tags, end_tags, outer_end, self.indent = tags
        self.lines.append(start_tags)
        self.open.append((len(self.lines), end_tags, outer_end, indent))

    def end(self) -> None:
        """Closes what the last start opened; an element left without children is written `<a/>`, as
        lxml does (the last line is then its start tag, or tags)."""
        lines_with_start, end_tags, outer_end, self.indent = self.open.pop()
        lines = self.lines
        if len(lines) == lines_with_start:
            lines[-1] = lines[-1][:-2] + "/>\n" + outer_end
        else:
            lines.append(end_tags)

    def leaf(self, name: str, value: str) -> None:
        """`<a>value</a>`; `<a></a>` for a value without text (as lxml writes a `.text` of "")."""
        if not (value.isprintable() and "&" not in value and "<" not in value and ">" not in value):
            value = text(value)  # the same test as plain(), written out: this is the hot path
        self.lines.append(f"{self.indent}<{name}>{value}</{name}>\n")

    def field(self, name: str, value: str) -> None:
        """A leaf, left out when the value is empty (or nothing but characters XML cannot hold)."""
        if value and (plain(value) or (value := text(value))):
            self.lines.append(f"{self.indent}<{name}>{value}</{name}>\n")

    def empty(self, name: str, attributes: str = "") -> None:
        """`<a/>`, as lxml writes an element with neither children nor text."""
        self.lines.append(f"{self.indent}<{name}{attributes}/>\n")

    def document(self) -> str:
        """The document so far, every element closed."""
        while self.open:
            self.end()
        return "".join(self.lines)
