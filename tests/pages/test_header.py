"""The chapter header: cite lines, labelled bullets, abstracts, identifiers."""

from __future__ import annotations

import pytest
from testdata import EXAMPLE

from converter.model import Name
from converter.pages.chapter import read_chapter
from converter.pages.cite_line import read_cite_line
from converter.pages.header import strip_note_markers
from converter.pages.sections import split_sections
from converter.text import normalize_page
from converter.values.identifiers import normalize_doi, normalize_isbn


def test_example_chapter_record():
    sections = split_sections(normalize_page(EXAMPLE.read_text(encoding="utf-8")))
    chapter, problems = read_chapter(sections.header + sections.tail, 153)
    assert chapter.type == "chapter"
    assert chapter.title == (
        "Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957"
    )
    assert chapter.authors == (Name("Kraus", "W."),)
    assert chapter.container_title == "Economic Development and Social Change in the People’s Republic of China"
    assert chapter.issued.parts == (1982,)
    assert (chapter.publisher, chapter.publisher_place) == ("Springer", "New York, NY")
    assert chapter.doi == "10.1007/978-1-4612-5728-8_3"
    assert chapter.url == "https://doi.org/10.1007/978-1-4612-5728-8_3"
    assert chapter.isbns == ("978-1-4612-5730-1", "978-1-4612-5728-8")
    assert chapter.chapter_number == "3"
    assert chapter.language == "en"
    assert chapter.copyright == "© 1982 Springer-Verlag New York Inc."
    assert chapter.abstract.startswith("On December 24, 1952, the Chinese prime minister, Chou En-lai, announced")
    assert "plan. The plan itself" in chapter.abstract
    assert "revised” and presented" in chapter.abstract
    assert "realization” as early as 1953" in chapter.abstract
    assert "July 1955. While" in chapter.abstract
    # the only field the page lacks is the editors, which is not required
    assert problems == []


CHROME_WORDS = ["USD", "Price excludes VAT", "Access this chapter", "Google Scholar", "Download references",
                "Instant download", "Institutional subscriptions", "Accesses", "preview"]


def test_page_chrome_never_reaches_a_field():
    sections = split_sections(normalize_page(EXAMPLE.read_text(encoding="utf-8")))
    chapter, _ = read_chapter(sections.header + sections.tail, 153)
    values = " ".join(str(v) for v in vars(chapter).values())
    for word in CHROME_WORDS:
        assert word not in values


CITE_LINES = [
    (
        "Kraus, W. (1982). Adoption. In: Economic Development. Springer, New York, NY. https://doi.org/10.1007/x_3",
        "Adoption", "Economic Development",
        dict(authors=[Name("Kraus", "W.")], year=1982, title="Adoption", editors=[],
             book_title="Economic Development", publisher="Springer", place="New York, NY"),
    ),
    (
        "Smith, J., Doe, A.B. (2020). Graph Colouring. In: Weber, K., Li, X. (eds) Algorithms. Lecture Notes in "
        "Computer Science(), vol 12345. Springer, Cham. https://doi.org/10.1007/978-3-030-00000-0_3",
        "Graph Colouring", "Algorithms",
        dict(authors=[Name("Smith", "J."), Name("Doe", "A.B.")], year=2020, title="Graph Colouring",
             editors=[Name("Weber", "K."), Name("Li", "X.")], book_title="Algorithms",
             series="Lecture Notes in Computer Science", series_number="12345", publisher="Springer", place="Cham"),
    ),
    (
        # no heading lines known: the cite line alone must be enough
        "Meyer, H. (1975). Die Planung. In: Weber, K. (eds) Wirtschaft in China. Westdeutscher Verlag, Opladen.",
        "", "",
        dict(authors=[Name("Meyer", "H.")], year=1975, title="Die Planung", editors=[Name("Weber", "K.")],
             book_title="Wirtschaft in China", publisher="Westdeutscher Verlag", place="Opladen"),
    ),
    (
        # a volume of many editors: the first and "et al.", no "(eds)"; the event between book and series
        "Halvorsen, B.S., Okafor, T. (2024). Drift in Shared Vocabularies. In: Lázaro Quintana, I., et al. Knowledge Graphs: KGW 2023 "
        "Workshops. KGW 2023. Lecture Notes in Computer Science, vol 14207. Springer, Cham. "
        "https://doi.org/10.1007/978-3-031-61234-5_12",
        "Drift in Shared Vocabularies", "",
        dict(authors=[Name("Halvorsen", "B.S."), Name("Okafor", "T.")], editors=[Name("Lázaro Quintana", "I.")],
             editors_et_al=True, book_title="Knowledge Graphs: KGW 2023 Workshops", event="KGW 2023",
             series="Lecture Notes in Computer Science", series_number="14207", publisher="Springer", place="Cham"),
    ),


    (
        # SpringerLink's journal articles
        "Rao, A., Mensah, J. Seasonal Credit and the Grain Harvest in Bengal, 1870–1900. J Agrar Hist 12(3), "
        "345–367 (2021). https://doi.org/10.1007/s41234-021-00123-4",
        "", "",
        dict(authors=[Name("Rao", "A."), Name("Mensah", "J.")], year=2021,
             title="Seasonal Credit and the Grain Harvest in Bengal, 1870–1900", journal="J Agrar Hist", volume="12",
             issue="3", pages="345–367", book_title=""),
    ),
]


@pytest.mark.parametrize("line, title, book, expected", CITE_LINES,
                         ids=["plain", "lncs-editors-series", "german", "editors-et-al-event", "journal-article"])
def test_cite_line(line, title, book, expected):
    parts = read_cite_line(line, title, book)
    for key, value in expected.items():
        assert getattr(parts, key) == value, key


# SpringerLink's newer layout as a text copy: kind line above the title, the event under the book, the cite
# line wrapped before "In:", the editors named only in full under "Editor information".
NEWER_LNCS = """Skip to main content
Home
Rural Computing: RC 2023 Workshops
Conference paper
Mesh Routing for Seasonal Villages
Conference paper
First Online: 02 March 2024
pp 41–55
Cite this conference paper
Rural Computing: RC 2023 Workshops
(RC 2023)
Amara Obi1,
Jonas Lindgren2 &
Priya Raman1
Part of the book series:
Lecture Notes in Computer Science ((LNCS,volume 14567))
Abstract
Villages that move with the seasons need networks that move with them.
Author information
Authors and Affiliations
University of Ibadan, Ibadan, Nigeria
Amara Obi, Priya Raman
Editor information
Editors and Affiliations
Universidad de Salamanca, Salamanca, Spain
Lucía Fernández García
Aalto University, Espoo, Finland
Mikko Virtanen, Sanna Korhonen
Rights and permissions
Cite this paper
Obi, A., Lindgren, J., Raman, P. (2024). Mesh Routing for Seasonal Villages.
In: Fernández García, L., et al. Rural Computing: RC 2023 Workshops. RC 2023. Lecture Notes in Computer Science, vol 14567. Springer, Cham. https://doi.org/10.1007/978-3-031-55555-5_4
DOI: https://doi.org/10.1007/978-3-031-55555-5_4
Publisher Name: Springer, Cham
"""


def test_newer_springer_conference_layout_as_text():
    chapter, problems = read_chapter(NEWER_LNCS.split("\n"), 0)
    assert (chapter.type, chapter.title) == ("paper-conference", "Mesh Routing for Seasonal Villages")
    assert chapter.container_title == "Rural Computing: RC 2023 Workshops"
    assert chapter.editors == (Name("Fernández García", "Lucía"), Name("Virtanen", "Mikko"), Name("Korhonen", "Sanna"))
    assert (chapter.event_title, chapter.collection_title, chapter.volume, chapter.collection_number) == (
        "RC 2023", "Lecture Notes in Computer Science", "14567", "")
    assert chapter.authors == (Name("Obi", "Amara"), Name("Lindgren", "Jonas"), Name("Raman", "Priya"))
    assert (chapter.page, chapter.doi, chapter.issued.year) == ("41–55", "10.1007/978-3-031-55555-5_4", 2024)
    assert problems == []


MARKERS = [
    ("the first 5-year plan.1 The plan itself", 153, "the first 5-year plan. The plan itself"),
    ("supplemented and revised”2 and presented", 153, "supplemented and revised” and presented"),
    ("in July 1955.2 While it was", 153, "in July 1955. While it was"),
    ("for realization”3 as early as 1953", 153, "for realization” as early as 1953"),
    # decimals and years are not markers
    ("rose from 94.6 yuan in 1952.", 153, "rose from 94.6 yuan in 1952."),
    ("in 1953–1957 the plan", 153, "in 1953–1957 the plan"),
    # a marker beyond the last note number is text
    ("costs rose.7 Then", 3, "costs rose.7 Then"),
]


@pytest.mark.parametrize("text, highest, expected", MARKERS)
def test_note_markers_removed_from_abstract(text, highest, expected):
    assert strip_note_markers(text, highest) == expected


DOIS = [
    ("https://doi.org/10.1007/978-1-4612-5728-8_3", "10.1007/978-1-4612-5728-8_3"),
    ("DOI: https://doi.org/10.1007/978-1-4612-5728-8_3.", "10.1007/978-1-4612-5728-8_3"),
    ("doi:10.1007/ABC_3", "10.1007/ABC_3"),
    ("http://dx.doi.org/10.1093/acprof:oso/9780199.001.0001", "10.1093/acprof:oso/9780199.001.0001"),
    ("no doi here", ""),
]


@pytest.mark.parametrize("text, expected", DOIS)
def test_doi(text, expected):
    assert normalize_doi(text) == expected


ISBNS = [
    ("978-1-4612-5730-1", "978-1-4612-5730-1"),
    ("9781461257288", "978-1-4612-5728-8"),
    ("Print ISBN: 978 1 4612 5730 1", "978-1-4612-5730-1"),
    ("0-387-90682-7", "0-387-90682-7"),
    ("978-1-4612-5730-2", ""),  # checksum fails
    ("12345", ""),
]


@pytest.mark.parametrize("text, expected", ISBNS)
def test_isbn(text, expected):
    assert normalize_isbn(text) == expected


def test_german_quote_before_marker():
    assert strip_note_markers("des „Großen Sprungs nach vorn“.1 Die Planung", 12) == (
        "des „Großen Sprungs nach vorn“. Die Planung")
