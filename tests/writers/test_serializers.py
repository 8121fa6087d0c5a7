"""The writers' own serializers against the libraries whose output they reproduce byte for byte:
xml_stream against lxml's pretty print, json_indent against json.dumps(indent=2)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from converter.writers.json_indent import indented
from converter.writers.xml_stream import XmlLines, attribute

NAMESPACES = {"a": "http://example.org/a#", "b": "http://example.org/b/"}
NAMES = ("a:item", "a:x", "b:y", "b:long-name")
# What XML 1.0 can hold, with the characters that need escaping made frequent.
XML_TEXT = st.text(st.one_of(st.sampled_from("&<>\"'\t\n\r ]]>x"),
                             st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0xFFFD)))
ATTRIBUTES = st.dictionaries(st.sampled_from(("a:about", "b:resource")), XML_TEXT, max_size=1)
# A leaf holds text or, empty, attributes: what the RDF writer writes (a literal or a resource).
LEAF = st.tuples(st.sampled_from(NAMES), XML_TEXT, st.just({})) | st.tuples(st.sampled_from(NAMES), st.none(),
                                                                             ATTRIBUTES)
TREE = st.recursive(LEAF, lambda children: st.tuples(
    st.sampled_from(NAMES), st.lists(children, max_size=4), ATTRIBUTES), max_leaves=12)


def qualified(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def write_both(tree, ours: XmlLines, theirs) -> None:
    name, content, attributes = tree
    ours_attributes = "".join(attribute(key, value) for key, value in attributes.items())
    theirs_element = etree.SubElement(theirs, qualified(name), {qualified(k): v for k, v in attributes.items()})
    if isinstance(content, list):
        only_child = content[0] if len(content) == 1 else None
        if not attributes and only_child and isinstance(only_child[1], list) and not only_child[2]:
            ours.start_nested(name, only_child[0])  # <name><child>...</child></name>, as a blank node
            theirs_inner = etree.SubElement(theirs_element, qualified(only_child[0]))
            for grandchild in only_child[1]:
                write_both(grandchild, ours, theirs_inner)
        else:
            ours.start(name, ours_attributes)
            for child in content:
                write_both(child, ours, theirs_element)
        ours.end()
    elif content is None:
        ours.empty(name, ours_attributes)
    else:
        ours.leaf(name, content)
        theirs_element.text = content


def root() -> XmlLines:
    lines = XmlLines()
    lines.start("a:root", "".join(attribute(f"xmlns:{prefix}", uri) for prefix, uri in NAMESPACES.items()))
    return lines


@settings(max_examples=300, deadline=None)
@given(st.lists(TREE, max_size=4))
def test_xml_lines_write_what_lxml_writes(trees):
    ours = root()
    theirs = etree.Element(qualified("a:root"), nsmap=NAMESPACES)
    for tree in trees:
        write_both(tree, ours, theirs)
    expected = etree.tostring(theirs, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")
    assert ours.document() == expected


def test_xml_lines_escape_by_hand_checked_example():
    lines = root()
    lines.leaf("a:x", 'Smith & Sons <1999> "one"\r\n\x0b')
    lines.empty("a:x", attribute("a:about", 'q"&\n'))
    lines.leaf("b:y", "")
    lines.field("b:y", "")  # a field without a value is left out
    lines.start("a:item")
    lines.end()
    lines.start_nested("a:x", "b:y")
    lines.end()
    assert lines.document() == (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<a:root xmlns:a="http://example.org/a#" xmlns:b="http://example.org/b/">\n'
        '  <a:x>Smith &amp; Sons &lt;1999&gt; "one"&#13;\n</a:x>\n'
        '  <a:x a:about="q&quot;&amp;&#10;"/>\n'
        "  <b:y></b:y>\n"
        "  <a:item/>\n"
        "  <a:x>\n"
        "    <b:y/>\n"
        "  </a:x>\n"
        "</a:root>\n")


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUE)
def test_json_indent_writes_what_json_dumps_writes(value):
    assert indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_json_indent_by_hand_checked_example():
    assert indented({"a": [1, {"b": "é\n"}, []], "c": {}}) == (
        '{\n  "a": [\n    1,\n    {\n      "b": "é\\n"\n    },\n    []\n  ],\n  "c": {}\n}')
