"""Example pages of other shapes, written for this project: a German edited-volume chapter with
German notes, and a chapter page with no notes at all. Expectations written from the pages by hand;
each page also has a reviewed golden model (tests/cases/<name>/model.json, `pytest --accept`)."""

from __future__ import annotations

import pytest
from testdata import EXAMPLES

from converter import parse
from converter.model import Name

PAGES = {"meyer1985": "meyer1985-german-chapter.txt", "okafor2019": "okafor2019-no-notes.txt",
         "tanaka2016": "tanaka2016-chicago-notes.txt"}


def document_of(name):
    return parse((EXAMPLES / PAGES[name]).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def meyer():
    return document_of("meyer1985")


@pytest.fixture(scope="module")
def okafor():
    return document_of("okafor2019")


def cites(document, number):
    note = next(n for n in document.notes if n.number == number)
    return [(document.work(c.work_id).short_forms[0], c.locator.printed, c.prefix, c.ibid) for c in note.citations]


def test_german_chapter_header(meyer):
    chapter = meyer.chapter
    # initials from the citation line, full given names from "Authors/Editors and Affiliations"
    assert chapter.authors == (Name("Meyer", "Hans"), Name("Weber", "Karl"))
    assert chapter.editors == (Name("Schüller", "Margot"), Name("Lange", "T."))
    assert chapter.container_title == "Wirtschaftsordnung und Wirtschaftspolitik in China"
    assert (chapter.collection_title, chapter.collection_title_short, chapter.collection_number) == (
        "Schriften des Instituts für Asienkunde", "SIA", "48")
    assert chapter.page == "27–52"
    assert (chapter.publisher, chapter.publisher_place) == ("VS Verlag für Sozialwissenschaften", "Wiesbaden")
    assert chapter.isbns == ("978-3-531-11234-3", "978-3-322-87654-6")
    assert chapter.language == "de"
    assert chapter.abstract.startswith("Mit dem Beschluß des Zentralkomitees vom August 1958")
    assert "nach vorn“. Die Planungsbehörden" in chapter.abstract
    assert "an die Provinzen. Die Folgen" in chapter.abstract
    assert chapter.id == "meyer1985planung"


GERMAN_NOTES = {
    1: [("Kosta/Meyer 1976", "S. 112 f.", "Vgl.", False), ("Domes 1972", "S. 87", "", False)],
    2: [("Domes 1972", "S. 115", "", True)],
    3: [("Schüller 1977", "S. 45", "Zit. nach", False), ("Schüller 1979", "Bd. 2, S. 301 ff.", "vgl. auch", False)],
    4: [("Grossmann 1960", "S. 210", "", False),
        ("Deutschland Archiv, Jg. 12 (1979), Nr. 3", "S. 250–262", "", False)],
    5: [("Kosta/Meyer 1976", "S. 118", "", False)],
    6: [("Statistisches Bundesamt 1986", "S. 14", "", False), ("Schüller 1977", "S. 50, Anm. 12", "", False)],
    7: [],
    8: [("Weggel u.a. 1981", "S. 77", "", False), ("Machetzki (Hrsg.) 1982", "S. 133 f.", "", False)],
    9: [("Louven 1985", "S. 9", "Vgl.", False), ("China aktuell, Nr. 11 (November 1980)", "S. 1012", "", False)],
    10: [("Großmann 1982a", "S. 5", "", False), ("Großmann 1982b", "S. 17 ff.", "", False)],
    11: [("Großmann 1982b", "S. 19", "", True)],
    12: [("Wirtschaftsreformen in der Volksrepublik China", "S. 88", "", False),
         ("Mao Tse-tung 1969", "S. 312", "", False)],
}


@pytest.mark.parametrize("number", sorted(GERMAN_NOTES))
def test_german_notes(meyer, number):
    assert cites(meyer, number) == GERMAN_NOTES[number]


def test_german_works(meyer):
    def work(form):
        return next(w for w in meyer.works if form in w.short_forms)

    assert work("Statistisches Bundesamt 1986").authors == (Name(literal="Statistisches Bundesamt"),)
    assert work("Weggel u.a. 1981").et_al
    edited = work("Machetzki (Hrsg.) 1982")
    assert (edited.authors, edited.editors) == ((), (Name("Machetzki"),))
    periodical = work("China aktuell, Nr. 11 (November 1980)")
    assert (periodical.type, periodical.container_title, periodical.issue, periodical.issued.iso()) == (
        "article-magazine", "China aktuell", "11", "1980-11")
    assert work("Mao Tse-tung 1969").authors == (Name("Mao", "Tse-tung", family_first=True),)
    assert work("Wirtschaftsreformen in der Volksrepublik China").language == "de"
    assert len(meyer.works) == 15
    assert "Die Zahlen für 1958" in next(n for n in meyer.notes if n.number == 7).unparsed


def test_page_without_notes(okafor):
    chapter = okafor.chapter
    assert okafor.notes == () and okafor.works == ()
    assert chapter.authors == (Name("Okafor", "Chidi"), Name("Berg", "Maarten", particle="van den"))
    assert chapter.editors == (Name("Okafor", "Chidi"), Name("Mensah", "A.K."))
    assert (chapter.collection_title, chapter.collection_title_short, chapter.collection_number) == (
        "Palgrave Studies in Water Governance", "PSWG", "")
    assert chapter.keywords == ("Water governance", "Urban services", "Sub-Saharan Africa")
    assert chapter.page == "1–12"
    assert chapter.abstract.endswith("the comparative framework that links them.")
    assert okafor.problems == ()


@pytest.fixture(scope="module")
def tanaka():
    return document_of("tanaka2016")


CHICAGO_NOTES = {
    1: [("fairbank1953", "393–409", "", False)],
    2: [("vandeven2014", "47", "", False)],
    3: [("vandeven2014", "52–54", "", True)],
    4: [("wright1958", "363–81", "", False)],
    5: [("fairbank1953", "410", "", False), ("vandeven2014", "60", "", False)],
    6: [("kuhn1978", "264–317", "see", False)],
    7: [("wright1958", "365", "", False)],
    8: [],
    9: [("kuhn1978", "290", "", False), ("fairbank1953", "412", "", False)],
    10: [("wright1950", "178–80", "", False)],
    11: [("wright1950", "181", "", True), ("wright1950", "200", "", False)],
}


@pytest.mark.parametrize("number", sorted(CHICAGO_NOTES))
def test_chicago_notes(tanaka, number):
    note = next(n for n in tanaka.notes if n.number == number)
    assert [(c.work_id, c.locator.value, c.prefix, c.ibid) for c in note.citations] == CHICAGO_NOTES[number]


def test_chicago_works_carry_the_full_record(tanaka):
    works = {w.id: w for w in tanaka.works}
    assert list(works) == ["fairbank1953", "vandeven2014", "wright1958", "kuhn1978", "wright1950"]
    fairbank = works["fairbank1953"]
    assert (fairbank.type, fairbank.title, fairbank.publisher, fairbank.publisher_place) == (
        "book", "Trade and Diplomacy on the China Coast: The Opening of the Treaty Ports, 1842–1854",
        "Harvard University Press", "Cambridge, MA")
    assert works["vandeven2014"].authors == (Name("Ven", "Hans", particle="van de"),)
    kuhn = works["kuhn1978"]
    assert (kuhn.type, kuhn.title, kuhn.container_title, kuhn.volume, kuhn.editors) == (
        "chapter", "The Taiping Rebellion", "The Cambridge History of China", "10", (Name("Fairbank", "John K."),))
    wright = works["wright1958"]
    assert (wright.type, wright.container_title, wright.volume, wright.issue, wright.issued.year) == (
        "article-journal", "Journal of Asian Studies", "17", "3", 1958)
    assert tanaka.chapter.authors == (Name("Tanaka", "Yuki"),)
    assert tanaka.chapter.collection_title == "Palgrave Studies in the History of Finance"
