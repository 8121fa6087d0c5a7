"""A minimal XML element tree for the writers, serialized as lxml's `tostring(pretty_print=True)`
writes the same tree, byte for byte, at a fraction of the cost: one lxml element per field made
the Zotero RDF writer the slowest writer. Element-only content with text leaves, which is all an
RDF/XML record needs (no mixed content, no comments); names are written with their prefixes as
given, declared once on the root. A leaf is written out when it is made; only elements that hold
others stay elements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

# What libxml2 escapes beyond & < >: in text the carriage return (a reader would make it a
# newline), in attribute values also the quote and the whitespace a reader would normalize.
TEXT_ESCAPES = {"\r": "&#13;"}
ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}
SPECIAL = re.compile('[&<>"\n\t\r]')  # any character of either kind: most values have none
XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"


@dataclass(slots=True)
class Element:
    """An element that holds others: its children are elements or leaves already written
    (one line each, without their indentation)."""

    name: str  # "prefix:local"
    attributes: str = ""  # written already: ` name="value"` pairs
    children: list[Element | str] = field(default_factory=list)


def escaped(text: str, entities: dict[str, str]) -> str:
    return escape(text, entities) if SPECIAL.search(text) else text


def attribute(name: str, value: str) -> str:
    """` name="value"`, as an element's attributes are given to element() and leaf()."""
    return f' {name}="{escaped(value, ATTRIBUTE_ESCAPES)}"'


def element(parent: Element, name: str, attributes: str = "") -> Element:
    """A new last child of `parent` that will hold others."""
    new = Element(name, attributes)
    parent.children.append(new)
    return new


def leaf(parent: Element, name: str, text: str | None, attributes: str = "") -> None:
    """A new last child of `parent` with text or nothing in it: `<a>text</a>`; `<a></a>` for an
    empty text, `<a/>` for none (as lxml writes an element whose `.text` is "" or None)."""
    if text is None:
        parent.children.append(f"<{name}{attributes}/>\n")
    else:
        text = escape(text, TEXT_ESCAPES) if SPECIAL.search(text) else text
        parent.children.append(f"<{name}{attributes}>{text}</{name}>\n")


def root_element(name: str, namespaces: dict[str, str]) -> Element:
    return Element(name, "".join(attribute(f"xmlns:{prefix}", uri) for prefix, uri in namespaces.items()))


def to_string(root: Element) -> str:
    """The document with its XML declaration, each element on its own line, indented by two spaces."""
    lines = [XML_DECLARATION]
    write_element(root, "", lines)
    return "".join(lines)


def write_element(element: Element, indent: str, out: list[str]) -> None:
    if not element.children:
        out.append(f"{indent}<{element.name}{element.attributes}/>\n")
        return
    out.append(f"{indent}<{element.name}{element.attributes}>\n")
    inner = indent + "  "
    for child in element.children:
        if isinstance(child, str):
            out.append(inner + child)
        else:
            write_element(child, inner, out)
    out.append(f"{indent}</{element.name}>\n")
