"""The writers' own serializers against the libraries whose output they reproduce byte for byte:
xml_tree against lxml's pretty print, json_indent against json.dumps(indent=2)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from converter.writers.json_indent import indented
from converter.writers.xml_tree import attribute, element, leaf, root_element, to_string

NAMESPACES = {"a": "http://example.org/a#", "b": "http://example.org/b/"}
NAMES = ("a:item", "a:x", "b:y", "b:long-name")
# What XML 1.0 can hold, with the characters that need escaping made frequent.
XML_TEXT = st.text(st.one_of(st.sampled_from("&<>\"'\t\n\r ]]>x"),
                             st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0xFFFD)))
LEAF = st.tuples(st.sampled_from(NAMES), st.none() | XML_TEXT,
                 st.dictionaries(st.sampled_from(("a:about", "b:resource")), XML_TEXT, max_size=1))
TREE = st.recursive(LEAF, lambda children: st.tuples(
    st.sampled_from(NAMES), st.lists(children, min_size=1, max_size=4),
    st.dictionaries(st.sampled_from(("a:about", "b:resource")), XML_TEXT, max_size=1)), max_leaves=12)


def qualified(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def build_both(tree, ours, theirs) -> None:
    name, content, attributes = tree
    ours_attributes = "".join(attribute(key, value) for key, value in attributes.items())
    theirs_element = etree.SubElement(theirs, qualified(name), {qualified(k): v for k, v in attributes.items()})
    if isinstance(content, list):
        ours_element = element(ours, name, ours_attributes)
        for child in content:
            build_both(child, ours_element, theirs_element)
    else:
        leaf(ours, name, content, ours_attributes)
        theirs_element.text = content


@settings(max_examples=300, deadline=None)
@given(st.lists(TREE, max_size=4))
def test_xml_tree_writes_what_lxml_writes(trees):
    ours = root_element("a:root", NAMESPACES)
    theirs = etree.Element(qualified("a:root"), nsmap=NAMESPACES)
    for tree in trees:
        build_both(tree, ours, theirs)
    expected = etree.tostring(theirs, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")
    assert to_string(ours) == expected


def test_xml_tree_escapes_by_hand_checked_example():
    root = root_element("a:root", NAMESPACES)
    leaf(root, "a:x", 'Smith & Sons <1999> "one"\r\n', attribute("a:about", 'q"&\n'))
    leaf(root, "b:y", "")
    element(root, "a:item")
    assert to_string(root) == (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<a:root xmlns:a="http://example.org/a#" xmlns:b="http://example.org/b/">\n'
        '  <a:x a:about="q&quot;&amp;&#10;">Smith &amp; Sons &lt;1999&gt; "one"&#13;\n</a:x>\n'
        "  <b:y></b:y>\n"
        "  <a:item/>\n"
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
