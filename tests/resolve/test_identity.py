"""Work identity: which printed short forms are one work, and the ids they get."""

from __future__ import annotations

import pytest

from converter.model import Date, Name, Work
from converter.notes.reading import read_note
from converter.resolve.identity import resolve
from converter.resolve.ids import base_id


def resolve_notes(*notes: str):
    cited, previous = [], None
    for number, text in enumerate(notes, 1):
        for found in read_note(text, previous).citations:
            if found.reference:
                cited.append((number, found.reference))
                previous = found.reference
    return resolve(cited)


def groups(*notes: str) -> list[list[str]]:
    """The printed forms of each resolved work."""
    return [list(w.short_forms) for w in resolve_notes(*notes).works]


MERGED = [
    (["Kang Chao 1970, p. 1; Kang Chao 1968, p. 2.", "Chao Kang 1968, p. 3."], ["Kang Chao 1968", "Chao Kang 1968"]),
    (["Schram 1974, p. 1.", "Schräm 1974, p. 2."], ["Schram 1974", "Schräm 1974"]),
    (["Pi-chao Chen 1973, p. 1.", "Pichao Chen 1973, p. 2.", "Pi-chao Chen 1973, p. 3."],
     ["Pi-chao Chen 1973", "Pichao Chen 1973"]),
    (["Choh-ming Li 1959, p. 1.", "Choh-Ming Li 1959, p. 2.", "Choh-Ming Li 1959, p. 3."],
     ["Choh-Ming Li 1959", "Choh-ming Li 1959"]),
    (["Chu-yuan Cheng 1970a, p. 1.", "Chuh-yuan Cheng 1970a, p. 2."], ["Chu-yuan Cheng 1970a", "Chuh-yuan Cheng 1970a"]),
    (["Eighth National Congress of the Communist Party of China, Vol. I, p. 1.",
      "Eighth Congress of the Communist Party of China, Vol. II, p. 2."],
     ["Eighth National Congress of the Communist Party of China", "Eighth Congress of the Communist Party of China"]),
]


@pytest.mark.parametrize("notes, expected", MERGED, ids=[m[1][1] for m in MERGED])
def test_variants_merge_and_are_reported(notes, expected):
    resolution = resolve_notes(*notes)
    assert expected in [list(w.short_forms) for w in resolution.works]
    merged = [p for p in resolution.problems if p.kind == "merged"]
    assert [p.text for p in merged] == [expected[1]]


KEPT_APART = [
    ["Kang Chao 1968, p. 1.", "Kang Chao 1970, p. 2."],  # different years
    ["Grossmann 1974a, p. 1.", "Grossmann 1974b, p. 2."],  # year suffixes
    ["Rifkin 1973, p. 1.", "Rifkin/Kaplinsky 1973, p. 2."],  # different author lists
    ["Pi-chao Chen 1973, p. 1.", "S. H. Chen 1973, p. 2."],  # different people
    ["Chao Kuo-chün 1959–1960, Vol. 2, p. 1.", "Chao Kuo-chun 1960, p. 2."],  # a year is not a range
    ["Li Fu-chun 1955, p. 1.", "Li Fu-dshun 1956, p. 2."],
    ["Kirby 1957, p. 1.", "Kirby 1956–1968, Vol. III, p. 2."],
    ["Maria Rossi 1990, p. 1.", "Mario Rossi 1990, p. 2."],  # one letter, but two plausible people
    ["Christina Weber 1990, p. 1.", "Christine Weber 1990, p. 2."],
]


@pytest.mark.parametrize("notes", KEPT_APART, ids=[k[1] for k in KEPT_APART])
def test_different_works_stay_apart(notes):
    assert len(resolve_notes(*notes).works) == 2


def test_near_misses_are_reported_and_distinct_people_are_not():
    resolution = resolve_notes("Rifkin 1973, p. 1.", "Rifkin/Kaplinsky 1973, p. 2.", "Pi-chao Chen 1973, p. 1.",
                               "S. H. Chen 1973, p. 2.", "Grossmann 1974a, p. 1.", "Grossmann 1974b, p. 2.")
    near = [p.message for p in resolution.problems if p.kind == "near-miss"]
    assert near == ["“Rifkin 1973” and “Rifkin/Kaplinsky 1973” look alike but were kept apart"]


def test_similar_western_given_names_are_reported_not_merged():
    resolution = resolve_notes("Maria Rossi 1990, p. 1.", "Mario Rossi 1990, p. 2.")
    assert [p.kind for p in resolution.problems] == ["near-miss"]


def test_same_printing_is_one_work_without_report():
    resolution = resolve_notes("Li Fu-dshun 1956, p. 41.", "Li Fu-dshun 1956, pp. 81, 86.")
    assert len(resolution.works) == 1 and resolution.problems == []


def test_canonical_form_is_the_one_the_author_is_usually_cited_by():
    resolution = resolve_notes("Chao Kang 1968, p. 1.", "Chao Kang 1968, p. 2.", "Kang Chao 1970, p. 1.",
                               "Kang Chao 1964, p. 1.", "Kang Chao 1974, p. 1.", "Kang Chao 1968, p. 5.")
    work = next(w for w in resolution.works if w.issued.year == 1968)
    assert work.authors == (Name("Chao", "Kang"),)
    assert work.short_forms == ("Kang Chao 1968", "Chao Kang 1968")


IDS = [
    (Work("", authors=(Name("Grossmann"),), issued=Date((1974,)), year_suffix="a"), "grossmann1974a"),
    (Work("", authors=(Name("Li", "Fu-dshun", family_first=True),), issued=Date((1956,))), "lifudshun1956"),
    # One stem per person: the given-first "Chu-yuan Cheng" is keyed as the family-first "Cheng Chu-yuan".
    (Work("", authors=(Name("Cheng", "Chu-yuan"),), issued=Date((1964,))), "chengchuyuan1964"),
    (Work("", authors=(Name("Cheng", "Chu-yuan", family_first=True),), issued=Date((1964,))), "chengchuyuan1964"),
    (Work("", authors=(Name("Chao", "Kang"),), issued=Date((1968,))), "chao1968"),
    (Work("", authors=(Name(literal="State Statistical Bureau"),), issued=Date((1960,))), "statestatisticalbureau1960"),
    (Work("", authors=(Name("Trivière"),), issued=Date((1958,))), "triviere1958"),
    (Work("", authors=(Name("Dijk", "T. A.", particle="van"),), issued=Date((1980,))), "vandijk1980"),
    (Work("", title="Communist China 1955–1959"), "communistchina"),
    (Work("", type="article-magazine", container_title="CNA", issue="3", issued=Date((1953, 9, 22))), "cna1953no3"),
    (Work("", type="article-newspaper", container_title="JMJP", issued=Date((1955, 8, 12))), "jmjp1955-0812"),
    (Work("", title="Ökonomie"), "okonomie"),
    (Work(""), "work"),
]


@pytest.mark.parametrize("work, expected", IDS, ids=[i[1] for i in IDS])
def test_base_ids(work, expected):
    assert base_id(work) == expected


def test_colliding_ids_get_a_suffix_in_citation_order():
    resolution = resolve_notes("A. B. Smith 1973, p. 1.", "S. H. Smith 1973, p. 2.")
    assert [w.id for w in resolution.works] == ["smith1973", "smith1973-2"]
