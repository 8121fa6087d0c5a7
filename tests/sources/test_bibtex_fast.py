"""The BibTeX fast path gives the entries bibtexparser gives, and steps aside for what it does not read.

Each comparison runs both readers on the same text: the fast path (converter.sources.bibtex_fast)
and bibtexparser with the middlewares read_bibtex uses. Names are compared as their parts.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from testdata import TESTS

from converter.model import Name
from converter.sources.bibliography import LATEX_MARKUP, bibtexparser_entries, read_bibliography
from converter.sources.bibtex_fast import read_entries


def comparable(entries):
    def value(v):
        return [dataclasses.astuple(parts) for parts in v] if isinstance(v, list) else v

    return [(e.entry_type, e.key, {k: value(v) for k, v in e.fields.items()}) for e in entries]


def test_the_fixture_library_reads_alike_on_both_paths():
    text = (TESTS / "bibliographies" / "indian-ocean.bib").read_text(encoding="utf-8")
    fast = read_entries(text)
    assert fast is not None and len(fast) > 5
    assert comparable(fast) == comparable(bibtexparser_entries(text, "x"))


def test_our_own_bibtex_output_takes_the_fast_path():
    from converter import parse
    from converter.writers import write

    text = write(parse((TESTS.parent / "examples" / "kraus1982-springer-chapter.txt").read_text(encoding="utf-8")),
                 "bibtex")
    fast = read_entries(text)
    assert fast is not None and len(fast) == 144  # the chapter and its 143 works
    assert comparable(fast) == comparable(bibtexparser_entries(text, "x"))


@pytest.mark.parametrize("text", [
    '@string{spr = "Springer"}\n@book{a, title = {T}, publisher = spr}',
    '@book{a, title = "Quoted"}',
    '@book{a, title = {A} # {B}}',
    '@preamble{"\\newcommand{\\x}{y}"}\n@book{a, title = {T}}',
    'Written by me@example.org\n@book{a, title = {T}}',
    '@comment{whatever}\n@book{a, title = {T}}',
    '@book{a, title = {T}}\n@book{a, title = {U}}',
    '@book{a, title = {T}, title = {U}}',
    '@book{a, title = {Unclosed}',
])
def test_what_the_fast_path_does_not_read_goes_to_bibtexparser(text):
    assert read_entries(text) is None


@pytest.mark.parametrize("text", [
    '% a comment line\n@book{a, title = {T}}\n\nfree text between entries\n@book{b, year = 1990}',
    '@book{a, month = sep, title = {T}, year = 1953}',
    '\ufeff@Book{A:1,\n  Author = {Lin, Wei and {United Nations}},\n  TITLE={T},\n}',
])
def test_comments_and_month_macros_take_the_fast_path(text):
    fast = read_entries(text)
    assert fast is not None and comparable(fast) == comparable(bibtexparser_entries(text, "x"))


def test_capitalised_field_names_keep_their_persons():
    works = read_bibliography('@Book{A:1,\n  Author = {Lin, Wei and {United Nations}},\n  TITLE={T},\n}', ".bib")
    assert works[0].authors == (Name("Lin", "Wei"), Name(literal="United Nations"))


def test_a_library_that_needs_bibtexparser_still_reads():
    works = read_bibliography('@string{spr = "Springer"}\n@book{key1, author = {Lin, Wei}, title = {A Title},'
                              ' publisher = spr, year = 1990}\n', ".bib")
    assert [(w.citation_key, w.publisher, w.title) for w in works] == [("key1", "Springer", "A Title")]


WORD = st.text(alphabet="abcdefghij ABCDEFG-.,:'\\{}~$&%`", min_size=0, max_size=12)
BRACED = st.builds(lambda parts: "{" + "".join(parts) + "}",
                   st.lists(st.one_of(WORD.filter(lambda w: "{" not in w and "}" not in w),
                                      WORD.filter(lambda w: "{" not in w and "}" not in w).map(lambda w: "{" + w + "}")),
                            max_size=4))


@settings(max_examples=150, deadline=None)
@given(fields=st.lists(st.tuples(st.sampled_from(["title", "author", "editor", "year", "note", "Journal"]),
                                 st.one_of(BRACED, st.integers(0, 3000).map(str))),
                       min_size=1, max_size=5, unique_by=lambda f: f[0]),
       layout=st.sampled_from([",\n  ", ", ", ",", " ,\n"]), trailing=st.booleans())
def test_any_plain_entry_reads_alike_on_both_paths(fields, layout, trailing):
    body = layout.join(f"{name} = {value}" for name, value in fields)
    text = f"@article{{key-1:x,{layout}{body}{',' if trailing else ''}\n}}\n"
    fast = read_entries(text)
    try:
        slow = bibtexparser_entries(text, "x")
    except Exception:  # a name bibtexparser refuses: the fast path must have stepped aside too
        assert fast is None
        return
    assert fast is not None  # a plain entry bibtexparser reads is one the fast path reads too
    assert comparable(fast) == comparable(slow)


@pytest.mark.parametrize("value, plain", [
    ("{Adoption} of the {Soviet} Model", True),
    ("1953--1957", False), ("Caf\\'e", False), ("a~b", False), ("50\\% off", False), ("A \\& B", False),
    ("``quoted''", False), ("$x$", False), ("Plain, 1982: a title", True),
])
def test_latex_markup_is_recognised(value, plain):
    # A plain value is decoded by dropping its braces; any other by pylatexenc.
    assert (LATEX_MARKUP.search(value) is None) is plain


@settings(max_examples=200, deadline=None)
@given(value=st.text(alphabet="abcXYZ äé 1,.:;-'`!?()[]/{}", max_size=30))
def test_a_value_without_markup_decodes_as_pylatexenc_decodes_it(value):
    from pylatexenc.latex2text import LatexNodes2Text

    if LATEX_MARKUP.search(value) is None and value.count("{") == value.count("}"):
        expected = " ".join(LatexNodes2Text().latex_to_text(value).split())
        assert " ".join(value.replace("{", "").replace("}", "").split()) == expected
