"""Short forms -> full works: the matching rules of linking.py, one row each."""

from __future__ import annotations

import pytest
from linear import fastest

from converter.model import Date, Name, Work
from converter.notes.history import History
from converter.notes.reading import read_note
from converter.resolve.linking import link_short_forms, with_implied_suffixes


def book(key, *names, year=1990, suffix="", title="", editors=False, et_al=False):
    people = tuple(Name(literal=n[1:]) if n.startswith("=") else Name(*n.split("|")) for n in names)
    return Work(id=key, authors=() if editors else people, editors=people if editors else (), issued=Date((year,)),
                year_suffix=suffix, title=title or f"Title of {key}", et_al=et_al)


WORKS = [
    book("smith-j", "Smith|James"),
    book("smith-a", "Smith|Anne"),
    book("jones", "Jones|Bea"),
    book("smith-jones", "Smith|Carl", "Jones|Dora", year=1991),
    book("miller3", "Miller|Ann", "Roe|Bo", "Poe|Cy", year=1995),
    book("miller2", "Miller|Ann", "Roe|Bo", year=1996),
    book("harland-1", "Harland|Tom", year=1998),
    book("harland-2", "Harland|Tom", year=1998),
    book("vries", "Vries|Jan|de", year=2008),
    book("weber-ed", "Weber|Karl", year=1985, editors=True),
    book("bureau", "=State Statistical Bureau", year=1960),
    book("lee-a", "Lee|Kim", year=2001, suffix="a"),
    book("lee-b", "Lee|Kim", year=2001, suffix="b"),
    book("congress", year=1956, title="Eighth National Congress of the Communist Party of China"),
]
SUFFIXED = with_implied_suffixes(WORKS)

CASES = [
    ("J. Smith 1990, p. 4.", "smith-j"),
    ("A. Smith 1990, p. 4.", "smith-a"),
    ("Smith 1990, p. 4.", "ambiguous"),  # two Smiths of 1990, no initials printed
    ("B. Smith 1990, p. 4.", "unresolved"),  # initials that fit neither
    ("Jones 1990, p. 4.", "jones"),
    ("Smith/Jones 1991, p. 2.", "smith-jones"),
    ("Smith and Jones 1991, p. 2.", "smith-jones"),
    ("Jones/Smith 1991, p. 2.", "unresolved"),  # order matters
    ("Smith 1991, p. 2.", "smith-jones"),  # first author only, when nothing agrees on all names
    ("Miller et al. 1995, p. 9.", "miller3"),
    ("Miller et al. 1996, p. 9.", "miller2"),  # no work of 3+: the first author decides
    ("Harland 1998a, p. 1.", "harland-1"),  # the list printed no letters: list order
    ("Harland 1998b, p. 1.", "harland-2"),
    ("Harland 1998, p. 1.", "ambiguous"),
    ("Lee 2001b, p. 3.", "lee-b"),
    ("Lee 2001c, p. 3.", "unresolved"),
    ("de Vries 2008, p. 40.", "vries"),
    ("De Vries 2008, p. 40.", "vries"),
    ("Vries 2008, p. 40.", "vries"),
    ("Weber 1985, p. 12.", "weber-ed"),  # an edited book, cited by its editor
    ("State Statistical Bureau 1960, p. 3.", "bureau"),
    ("Eighth National Congress, Vol. I, p. 116f.", "congress"),  # title-only: a prefix of the title
    ("Smith 1989, p. 4.", "unresolved"),  # years must agree
]


@pytest.mark.parametrize("note, expected", CASES, ids=[c[0] for c in CASES])
def test_link(note, expected):
    reading = read_note(note, History())
    references = [(1, f.reference) for f in reading.citations if f.reference]
    assert len(references) == 1, reading.citations
    linking = link_short_forms(references, SUFFIXED)
    reference = references[0][1]
    if reference in linking.target_of:
        assert SUFFIXED[linking.target_of[reference]].id == expected
    else:
        assert [p.kind for p in linking.problems] == [expected]


def test_implied_letters_only_where_the_list_prints_none():
    letters = {w.id: w.year_suffix for w in SUFFIXED if w.year_suffix}
    assert letters == {"harland-1": "a", "harland-2": "b", "lee-a": "a", "lee-b": "b"}


def test_matches_are_reported_only_on_request():
    reading = read_note("Jones 1990, p. 4.", History())
    references = [(3, reading.citations[0].reference)]
    assert link_short_forms(references, SUFFIXED).problems == []
    problems = link_short_forms(references, SUFFIXED, "the bibliography", report_matches=True).problems
    assert [(p.kind, p.note, p.text) for p in problems] == [("resolved", 3, "Jones 1990")]
    assert problems[0].message == "“Jones 1990” resolved to Jones 1990, “Title of jones” in the bibliography"


def test_a_large_bibliography_is_indexed():
    """Each short form costs what its candidates cost, not the bibliography's size: eight times the short
    forms against one 20,000-work bibliography cost far less than eight times (a scan of every work for
    every short form would cost eight times)."""
    works = [book(f"w{i}", f"Name{i % 3000}|A.", year=1900 + i % 120, title=f"Title number {i}") for i in range(20_000)]

    def short_forms(count):
        return [(1, read_note(f"Name{i} {1900 + i % 120}, p. 1.", History()).citations[0].reference)
                for i in range(count)]

    few, many = short_forms(300), short_forms(2_400)
    link_short_forms(few, works)  # warm-up
    ratio = fastest(lambda refs: link_short_forms(refs, works), many, 2) / fastest(
        lambda refs: link_short_forms(refs, works), few, 3)
    assert ratio < 4, f"8x the short forms took {ratio:.1f}x the time"


def test_a_printed_variant_of_a_linked_work_is_not_reported():
    """identity merges "Chao Kang 1968" with "Kang Chao 1968"; only one order matches the list."""
    from converter.resolve.identity import resolve
    from converter.resolve.linking import attach_full_works

    history = History()
    citations = []
    for number, text in enumerate(["Kang Chao 1968, p. 5.", "Chao Kang 1968, p. 7."], 1):
        citations += [(number, f.reference) for f in read_note(text, history).citations]
    full = [book("chao", "Chao|Kang", year=1968, title="Agricultural Production in Communist China")]
    resolution = attach_full_works(citations, resolve(citations), full, from_list=True)
    assert [w.id for w in resolution.works] == ["chao1968"]
    assert set(resolution.work_of.values()) == {"chao1968"}
    assert [p.kind for p in resolution.problems] == ["merged"]
