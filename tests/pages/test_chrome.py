"""Page chrome: a line made of link words, in any combination and spacing, is never content; a run of
link words glued to an entry's end is cut from it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter import parse
from converter.lexicon import LINK_TARGETS, LINK_WORDS, LINK_WORDS_DISTINCTIVE
from converter.pages.sections import is_chrome, strip_link_tail

LINK_LINES = [
    "CrossRef  MathSciNet  Google Scholar",
    "Article   MATH   MathSciNet   Google Scholar",
    "Chapter Google Scholar",
    "Book  Google Scholar",
    "PubMed  PubMed Central  CAS  Google Scholar",
    "ADS  zbMATH  Scopus  Web of Science",
    "Download references",
    "    Article \t Google Scholar ",
    "Crossref | PubMed | Search ADS | WorldCat | Google Scholar",
    "[Taylor & Francis Online], [Web of Science ®], [Google Scholar]",
    "Wiley Online Library  PubMed  CAS  Web of Science®  Google Scholar",
    "Search in Google Scholar",
    "Google Preview  WorldCat  COPAC",
    "• Google Scholar",
]


@pytest.mark.parametrize("line", LINK_LINES)
def test_a_line_of_link_words_is_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "Google Scholar and the citation index", "The Book of Changes", "Chapter 3: the plan", "Mathematics",
    "Article 60 of the constitution", "Lamport, L.: The part-time parliament. ACM Trans. Comput. Syst. 16(2) (1998)",
])
def test_a_line_with_other_words_is_content(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("text, entry", [
    ("Dwork, C.: Consensus. J. ACM 35(2), 288–323 (1988) CrossRef MathSciNet Google Scholar",
     "Dwork, C.: Consensus. J. ACM 35(2), 288–323 (1988)"),
    ("Lamport, L.: Paxos made simple. ACM SIGACT News 32(4), 51–58 (2001)   Article  Google Scholar",
     "Lamport, L.: Paxos made simple. ACM SIGACT News 32(4), 51–58 (2001)"),
    ("Hirst, D.: Local affairs. Hist. J. 18, 605–624 (1975). [Taylor & Francis Online], [Google Scholar]",
     "Hirst, D.: Local affairs. Hist. J. 18, 605–624 (1975)."),
    # No link word a title never ends with: nothing is cut.
    ("Smith, A.: The Comparative Book. Chapter", "Smith, A.: The Comparative Book. Chapter"),
    ("Smith, A.: Planning (1990). Article", "Smith, A.: Planning (1990). Article"),
    ("Smith, A.: Searching with Google Scholar", "Smith, A.: Searching with Google Scholar"),
])
def test_link_words_glued_to_an_entry_are_cut(text, entry):
    assert strip_link_tail(text) == entry


ENTRIES = [
    "Ailijiang, A., Charapko, A.: Dissecting replication protocols. In: Proceedings of SIGMOD 2019, pp. 1696–1710. "
    "ACM, New York (2019)",
    "Dwork, C., Lynch, N., Stockmeyer, L.: Consensus in the presence of partial synchrony. J. ACM 35(2), 288–323 "
    "(1988)",
    "Lamport, L.: The part-time parliament. ACM Trans. Comput. Syst. 16(2), 133–169 (1998)",
    "Lynch, N.A.: Distributed Algorithms. Morgan Kaufmann, San Francisco (1996)",
    "Ongaro, D., Ousterhout, J.: In search of an understandable consensus algorithm. In: 2014 USENIX Annual "
    "Technical Conference, pp. 305–319. USENIX Association, Philadelphia (2014)",
    "Weber, K., Chen, L. (eds.): Distributed Computing and Networking. LNCS, vol. 11028. Springer, Cham (2019)",
]
HEADER = """Skip to main content

Quorum Leases for Wide-Area Consensus

  • Conference paper
  • First Online: 02 October 2021
  • pp 131–147

Distributed Computing and Networking

Part of the book series: Lecture Notes in Computer Science ((LNTCS,volume 12345))

References

"""
FOOTER = """
Download references

About this paper

Cite this paper

Mensah, K. (2021). Quorum Leases for Wide-Area Consensus. In: Weber, K., Lindgren, P. (eds) Distributed Computing
and Networking. ICDCN 2021. Lecture Notes in Computer Science(), vol 12345. Springer, Cham.
https://doi.org/10.1007/978-3-030-88124-5_9
"""
WORDS = [w for w in LINK_WORDS + LINK_TARGETS if w != "download references"]


def printed(word: str, style: int) -> str:
    """A link word as a page may print it: as listed, capitalized, upper-case."""
    return (word, word.title(), word.upper())[style]


link_word = st.builds(printed, st.sampled_from(WORDS), st.integers(0, 2))
separator = st.sampled_from([" ", "  ", "   ", "\t", " | ", ", ", " \u00a0 "])
link_line = st.builds(lambda words, gap, indent: indent + gap.join(words), st.lists(link_word, min_size=1, max_size=6),
                      separator, st.sampled_from(["", "    ", "  • "]))


def page(entries: list[str], links: list[str] | None = None, numbered: bool = False) -> str:
    lines = []
    for index, entry in enumerate(entries):
        lines.append(f"  {index + 1}. {entry}" if numbered else entry)
        lines.append("")
        if links:
            lines += [links[index % len(links)], ""]
    return HEADER + "\n".join(lines) + FOOTER


def fields(document) -> list[str]:
    return [str(getattr(work, name)) for work in document.works for name in work.__dataclass_fields__]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(link_line, min_size=1, max_size=len(ENTRIES)), st.booleans())
def test_link_lines_after_entries_never_reach_a_field(links, numbered):
    clean = parse(page(ENTRIES, numbered=numbered))
    linked = parse(page(ENTRIES, links, numbered=numbered))
    assert linked.works == clean.works
    assert linked.chapter == clean.chapter
    assert not any(word in value.lower() for value in fields(linked) for word in ("google", "crossref", "mathscinet"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(link_word, min_size=0, max_size=3), st.sampled_from(LINK_WORDS_DISTINCTIVE), separator)
def test_link_words_glued_to_entries_never_reach_a_field(before, distinctive, gap):
    run = gap.join([*before, printed(distinctive, 1)])
    clean = parse(page(ENTRIES))
    glued = parse(page([f"{entry} {run}" for entry in ENTRIES]))
    assert glued.works == clean.works


HOSTILE_LINES = ["Google Scholar CrossRef ", "PubMed Central ", "isi web of science ", "[Taylor & Francis Online], ",
                 "CrossRef \u00a0 | "]


@pytest.mark.parametrize("unit", HOSTILE_LINES)
def test_chrome_is_told_in_linear_time(unit):
    """A long line of link words that ends in something else: no backtracking over ways to split the words."""
    from linear import assert_linear

    assert_linear(lambda line: (is_chrome(line), strip_link_tail(line)), lambda n: unit * n + "x", 200)
