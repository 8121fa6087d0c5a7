"""Citation keys: the named templates, the formula subset, clashes, the users' own keys, and errors."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.citekeys.assign import citation_keys, folded
from converter.citekeys.formula import TEMPLATES, parse_formula
from converter.errors import UsageError
from converter.model import Date, Name, Work

KRAUS = Work("kraus1982adoption", type="chapter", title="The Adoption of the First Five-Year Plan",
             authors=(Name("Kraus", "Willy"),), issued=Date((1982,)))
CHENG_GIVEN_FIRST = Work("chengchuyuan1965", authors=(Name("Cheng", "Chu-yuan"),), issued=Date((1965,)))
CHENG_FAMILY_FIRST = Work("chengchuyuan1963", authors=(Name("Cheng", "Chu-yuan", family_first=True),),
                          issued=Date((1963,)))
VAN_RENESSE = Work("vanrenesse2015", authors=(Name("Renesse", "R.", particle="van"), Name("Altinbuken", "D.")),
                   issued=Date((2015,)), title="Paxos Made Moderately Complex")
CNA = Work("cna1953no3", type="article-magazine", container_title="China News Analysis", container_title_short="CNA",
           issue="3", issued=Date((1953, 9, 22)))
TITLE_ONLY = Work("communistchina", title="Communist China 1955–1959")
GROSSMANN = Work("grossmann1974a", authors=(Name("Grossmann", "B."),), issued=Date((1974,)), year_suffix="a")


@pytest.mark.parametrize("key_format, expected", [
    ("id", ["kraus1982adoption", "chengchuyuan1965", "chengchuyuan1963", "vanrenesse2015", "cna1953no3",
            "communistchina", "grossmann1974a"]),
    ("author-year", ["kraus1982", "cheng1965", "cheng1963", "vanrenesse2015", "cna1953", "communist",
                     "grossmann1974a"]),
    ("author-year-title", ["kraus1982adoption", "cheng1965", "cheng1963", "vanrenesse2015paxos", "cna1953",
                           "communistchina", "grossmann1974a"]),
    ("[auth][shortyear]", ["Kraus82", "Cheng65", "Cheng63", "vanRenesse15", "CNA53", "Communist", "Grossmann74a"]),
    ("[authEtAl:lower]_[year]", ["kraus_1982", "cheng_1965", "cheng_1963", "vanrenessealtinbuken_2015",
                                 "cna_1953", "communist_", "grossmann_1974a"]),
    ("[authors1:lower][year][shorttitle]", ["kraus1982AdoptionFirstFiveYear", "cheng1965", "cheng1963",
                                            "vanrenesseetal2015PaxosMadeModerately", "cna1953", "communistChina",
                                            "grossmann1974a"]),
])
def test_key_formats(key_format, expected):
    works = [KRAUS, CHENG_GIVEN_FIRST, CHENG_FAMILY_FIRST, VAN_RENESSE, CNA, TITLE_ONLY, GROSSMANN]
    assert list(citation_keys(works, key_format).values()) == expected


def test_one_person_one_stem_whichever_order():
    """"Chu-yuan Cheng 1965" and "Cheng Chu-yuan 1963" are one person: one stem in every format."""
    for key_format in TEMPLATES:
        keys = citation_keys([CHENG_GIVEN_FIRST, CHENG_FAMILY_FIRST], key_format)
        stems = {key.rstrip("0123456789") for key in keys.values()}
        assert len(stems) == 1, (key_format, keys)


def test_clashes_are_numbered_in_order_and_compared_without_case():
    works = [Work("a", authors=(Name("Smith"),), issued=Date((1990,))),
             Work("b", authors=(Name("smith"),), issued=Date((1990,))),
             Work("c", authors=(Name("Smith"),), issued=Date((1990,)))]
    assert list(citation_keys(works, "[auth][year]").values()) == ["Smith1990", "smith1990-2", "Smith1990-3"]


def test_users_keys_are_kept_and_never_renumbered():
    users = Work("donnithorne1967", authors=(Name("Donnithorne", "Audrey"),), issued=Date((1967,)), citation_key="don67")
    generated = Work("x", authors=(Name("Don"),), issued=Date((1967,)))
    keys = citation_keys([generated, users], "[auth:lower][shortyear]")
    assert keys == {"x": "don67-2", "donnithorne1967": "don67"}


def test_keys_are_stable_and_safe():
    work = Work("w", authors=(Name("Trivière", "Léon"),), issued=Date((1958,)), title="L’économie {chinoise}")
    assert citation_keys([work], "[auth][year][title]") == citation_keys([work], "[auth][year][title]")
    assert citation_keys([work], "[auth][year][title]") == {"w": "Triviere1958LeconomieChinoise"}


@pytest.mark.parametrize("key_format, message", [
    ("nonsense", "unknown key format 'nonsense'; choose one of id, author-year, author-year-title"),
    ("[auht][year]", "unknown key field [auht]"),
    ("[auth:loud]", "unknown key filter :loud"),
    ("[auth] [year]", "text outside [ ] may hold only"),
])
def test_bad_formats_are_usage_errors(key_format, message):
    with pytest.raises(UsageError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_formula(key_format)


@settings(max_examples=500)
@given(st.text(st.sampled_from("aZ9_:.- é\u0301/ß-")))
def test_a_folded_key_holds_only_what_every_format_accepts_and_folds_to_itself(key):
    key_folded = folded(key)
    assert re.fullmatch(r"[A-Za-z0-9_:.-]*", key_folded)
    assert not key_folded.startswith("-") and not key_folded.endswith("-")
    assert folded(key_folded) == key_folded


def test_folding_by_hand_checked_examples():
    assert folded("Müller 1999/2000") == "Muller-1999-2000"
    assert folded("smith1999") == "smith1999"
    assert folded("--a--b--") == "a--b"
