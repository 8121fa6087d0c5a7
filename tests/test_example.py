"""The example page end to end: every note kept, the citations the issue lists, and a golden model.

The golden (tests/cases/kraus1982/model.json) is regenerated with `pytest --accept` and reviewed
by eye before it is committed; the assertions above it were written from the page by hand.
"""

from __future__ import annotations

import re

import pytest
from testdata import EXAMPLE

from converter import parse
from converter.writers import json_model


@pytest.fixture(scope="module")
def document():
    return parse(EXAMPLE.read_text(encoding="utf-8"))


def note(document, number):
    return next(n for n in document.notes if n.number == number)


def cites(document, number):
    """(work short form, locator as printed, prefix, ibid) for each citation of a note."""
    rows = []
    for citation in note(document, number).citations:
        work = document.work(citation.work_id)
        rows.append((work.short_forms[0], citation.locator.printed, citation.prefix, citation.ibid))
    return rows


def test_every_note_is_kept_with_its_full_text(document):
    page = EXAMPLE.read_text(encoding="utf-8")
    printed = re.findall(r"^\s{2}(\d+)\. (.+)$", page, flags=re.MULTILINE)
    assert [n.number for n in document.notes] == list(range(1, 154))
    assert [(n.number, n.text) for n in document.notes] == [(int(k), text.strip()) for k, text in printed]


EXPECTED = {
    1: [("CNA, No. 3 (Sept. 22, 1953)", "p. 2", "", False)],
    2: [("Communist China 1955–1959", "p. 45", "", False), ("Li Fu-chun 1955", "p. 8", "", False)],
    3: [("Donnithorne 1967", "p. 458", "Cited according to", False)],
    6: [("Donnithorne 1967", "p. 458", "Cf.", True), ("Kirby 1957", "p. 803f.", "", False),
        ("Grossmann 1960", "p. 113f.", "", False)],
    14: [("NCNA, Sept. 24, 1954", "p. 260", "", False), ("Li Fu-dshun 1956", "pp. 25, 31", "", False),
         ("Chu-yuan Cheng 1967a", "p. 522", "", False)],
    18: [("Trivière 1958", "p. 95", "", True), ("Aird 1972", "p. 227ff.", "", False),
         ("Pi-chao Chen 1973", "p. 237f.", "", False), ("Communist China 1955–1959", "p. 240", "", False),
         ("URS, Vol. 4 (July-Sept. 1956)", "pp. 173–177", "", False)],
    22: [("People’s China, 1954, No. 7 (April 1)", "Supplement, p. 11", "", False),
         ("Li Fu-dshun 1956", "pp. 29f., 33, 55", "", False), ("Mao Tse-tung 1968", "pp. 36f., 46f.", "", False),
         ("Communist China 1955–1959", "p. 115", "", False), ("Chao Kuo-chün 1957", "pp. 14f., 71", "", False),
         ("Kang Chao 1970", "p. 100", "", False)],
    25: [("Li Fu-dshun 1956", "p. 21", "", False), ("Lippit 1967", "p. 663", "", False),
         ("Kang Chao 1968", "p. 558", "", False), ("Chao Kuo-chün 1959–1960", "Vol. 2, pp. 129, 135", "", False)],
    29: [("Croizier 1965", "pp. 15, 17", "", False), ("Croizier 1968", "p. 167ff.", "", False),
         ("Croizier 1973", "p. 10ff.", "", False), ("Wilenski 1976", "p. 33", "", False),
         ("JMJP, Dec. 20, 1955", "", "", False), ("Rifkin 1973", "p. 145", "", False)],
    30: [("Rifkin 1973", "p. 144", "", True), ("Wilenski 1976", "p. 39", "", False)],
    42: [("Eighth National Congress of the Communist Party of China", "Vol. I, pp. 192, 200", "", False)],
    45: [("Mao 1976", "p. 103", "", False), ("MacFarquhar 1974", "p. 120", "Cf. also", False)],
    53: [("Mao 1964–1977", "V, pp. 432, 433", "", False)],
    54: [("SCMP, No. 1553, June 19, 1957", "pp. 3–7", "", False), ("Mao 1976", "p. 131f.", "", False)],
    60: [],
    70: [("Chang Tsungtung 1965", "p. 160ff.", "", False), ("Simonis 1968", "p. 67f.", "", False),
         ("Kosta/Meyer 1976", "p. 65ft.", "", False), ("Kosta/Meyer/Weber 1973", "p. 151f.", "", False),
         ("Donnithorne 1967", "p. 459", "", False)],
    80: [("Cheng Chu-yuan 1963", "p. 72", "Cf.", False)],
    88: [("Yung-hwan Jo 1967", "p. 13", "", False), ("Mao Tse-tung 1968", "p. 14f.", "", False),
         ("Domes 1972", "p. 50", "", False), ("Parris H. Chang 1975", "p. 22", "", False),
         ("Bernstein 1967", "passim", "", False), ("Kang Chao 1970", "pp. 23, 25, 46", "", False),
         ("K. R. Walker 1965", "pp. 9f., 61 ff.", "", False)],
    107: [("Li Fu-dshun 1956", "p. 17, Fn. 1", "", False)],
    117: [("CS, Vol. VI (1968), No. 17 (Oct. 1)", "p. 1ff.", "", False), ("Kang Chao 1970", "p. 91ff.", "", False),
          ("URS, Vol. 49 (Oct.-Dec. 1967)", "p. 52", "", False), ("Chang Tsungtung 1961", "p. 39ff.", "", False)],
    124: [("Grossmann 1974a", "p. 1323", "Cf.", True), ("Grossmann 1974b", "p. 1173f.", "", False),
          ("Grossmann 1974b", "p. 1172", "", True), ("Chen/Galenson 1969", "p. 81", "cf. also", False)],
    131: [("CNA, No. 227 (May 9, 1958)", "p. 1", "", False), ("CNA, No. 161 (Dec. 14, 1956)", "p. 1f.", "", False)],
    136: [("MacFarquhar 1960", "p. 38ff.", "Cf.", False)],
    137: [("Ashbrook 1978", "p. 208", "", False), ("Cheng Chu-yuan 1963", "p. 109", "Cf. also", False),
          ("Yuan-li Wu 1965a", "p. 91", "According to", False)],
    142: [("Kirby 1956–1968", "Vol. III, p. 209", "", False), ("Communist China 1955–1959", "p. 184", "", False),
          ("Eighth National Congress of the Communist Party of China", "Vol. II, p. 164ff.", "", False)],
    149: [("Rostow et al., 1957", "p. 402", "See also", False), ("K. C. Yeh 1965", "pp. 25, 27", "", False)],
    151: [("Schram 1974", "p. 81f.", "Cited according to", False)],
}


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_note_citations(document, number):
    assert cites(document, number) == EXPECTED[number]


def test_commentary_stays_in_the_note(document):
    assert note(document, 60).unparsed == "The treaty was interpreted in this way by the Chinese side."
    assert "In mid-March 1962 Chou En-lai announced" in note(document, 80).unparsed
    assert "(altered in the official version of 1977)" in note(document, 74).unparsed


def test_no_work_is_made_of_prose(document):
    forms = {form for work in document.works for form in work.short_forms}
    for prose in ("March 1955", "Sept. 9, 1965", "of 1977", "mid-March", "(1952)", "94.6", "Arts. 62", "Art. 60"):
        assert not any(prose in form for form in forms), prose


def test_names(document):
    def authors(form):
        work = next(w for w in document.works if form in w.short_forms)
        return [(a.family, a.given, a.literal) for a in work.authors]

    assert authors("Li Fu-dshun 1956") == [("Li", "Fu-dshun", "")]
    assert authors("Chao Kuo-chün 1957") == [("Chao", "Kuo-chün", "")]
    assert authors("Mao Tse-tung 1968") == [("Mao", "Tse-tung", "")]
    assert authors("Chin Szu-k’ai 1961") == [("Chin", "Szu-k’ai", "")]
    assert authors("Cheng Chu-yuan 1963") == [("Cheng", "Chu-yuan", "")]
    assert authors("Chu-yuan Cheng 1964") == [("Cheng", "Chu-yuan", "")]
    assert authors("Kang Chao 1970") == [("Chao", "Kang", "")]
    assert authors("Pi-chao Chen 1973") == [("Chen", "Pi-chao", "")]
    assert authors("Yung-hwan Jo 1967") == [("Jo", "Yung-hwan", "")]
    assert authors("State Statistical Bureau 1960") == [("", "", "State Statistical Bureau")]
    assert authors("Tomson/Su 1972") == [("Tomson", "", ""), ("Su", "", "")]
    assert authors("Leslie T. C. Kuo 1972") == [("Kuo", "Leslie T. C.", "")]


def test_merges_are_made_and_reported(document):
    merged = {p.text for p in document.problems if p.kind == "merged"}
    assert merged == {"Chao Kang 1968", "Schräm 1974", "Pichao Chen 1973", "Choh-ming Li 1959",
                      "Chuh-yuan Cheng 1970a", "Eighth Congress of the Communist Party of China"}


def test_work_count_and_each_work_is_cited(document):
    # 149 distinct printed forms (counted from the reviewed work listing); 6 are variants merged into others.
    assert sum(len(w.short_forms) for w in document.works) == 149
    assert len(document.works) == 143
    for work in document.works:
        assert document.citations_of(work.id), work.id


def test_periodical_item(document):
    work = next(w for w in document.works if "SCMP, No. 1553, June 19, 1957" in w.short_forms)
    assert (work.type, work.container_title, work.issue, work.issued.iso()) == (
        "article-magazine", "SCMP", "1553", "1957-06-19")
    work = next(w for w in document.works if "JMJP, Aug. 12, 1955" in w.short_forms or "JMJP, Dec. 20, 1955" in w.short_forms)
    assert work.type == "article-newspaper"


def test_model_json_round_trips(document):
    assert json_model.read(json_model.write(document)) == document
