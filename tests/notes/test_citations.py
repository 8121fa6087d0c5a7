"""Citation finding in single notes: one table row per shape a note can take.

Each row: note text -> the citations expected, as (short form as printed, locator as printed,
prefix). Ibid. and continuations are marked in the short form column ("ibid:<what it resolves
to>", "cont:<form>"). Expected values were written from the note texts by hand.
"""

from __future__ import annotations

import pytest

from converter.model import Name
from converter.notes.history import History
from converter.notes.reading import read_note
from converter.notes.reference import CORPORATE, PERIODICAL, PERSON, TITLE, Reference


def summary(text: str, previous: Reference | None = None) -> list[tuple[str, str, str]]:
    rows = []
    for found in read_note(text, previous).citations:
        form = found.reference.printed if found.reference else "?"
        if found.ibid:
            form = f"ibid:{form}"
        elif found.continuation:
            form = f"cont:{form}"
        rows.append((form, found.locator.printed, found.prefix))
    return rows


CASES = [
    # several per note, by semicolons and by sentences
    ("Cf. Kirby 1957, p. 738f.; Hooton 1956, p. 96.",
     [("Kirby 1957", "p. 738f.", "Cf."), ("Hooton 1956", "p. 96", "")]),
    ("Mao 1976, p. 103. Cf. also MacFarquhar 1974, p. 120.",
     [("Mao 1976", "p. 103", ""), ("MacFarquhar 1974", "p. 120", "Cf. also")]),
    # signal words
    ("Cited according to Donnithorne 1967, p. 458.", [("Donnithorne 1967", "p. 458", "Cited according to")]),
    ("See also Rostow et al., 1957, p. 402; K. C. Yeh 1965, pp. 25, 27.",
     [("Rostow et al., 1957", "p. 402", "See also"), ("K. C. Yeh 1965", "pp. 25, 27", "")]),
    ("For the following, see Li Fu-chun 1955, pp. 21, 26f., 35, 48, 50.",
     [("Li Fu-chun 1955", "pp. 21, 26f., 35, 48, 50", "For the following, see")]),
    ("Cf. for the following, Chu-yuan Cheng 1974, p. 5f.; Kang Chao 1974, p. 9ff.; esp. in the latter Appendix A.",
     [("Chu-yuan Cheng 1974", "p. 5f.", "Cf. for the following,"), ("Kang Chao 1974", "p. 9ff.", "")]),
    ("According to Chu-yuan Cheng 1964, p. 76ff.; Kang Chao 1964, p. 49.",
     [("Chu-yuan Cheng 1964", "p. 76ff.", "According to"), ("Kang Chao 1964", "p. 49", "")]),
    # embedded in prose
    ("Cf. the detailed description of public criticism in MacFarquhar 1960, p. 38ff.",
     [("MacFarquhar 1960", "p. 38ff.", "Cf.")]),
    ("According to the calculations of Yuan-li Wu 1965a, p. 91, this only rose from 94.6 yüan (1952) to 100.3 yüan (1957).",
     [("Yuan-li Wu 1965a", "p. 91", "According to")]),
    ("Art. 60, cited according to Tomson/Su 1972, p. 386. For the status of the councils, cf. Arts. 62–66.",
     [("Tomson/Su 1972", "p. 386", "cited according to")]),
    # prose that is no citation
    ("Cf. Cheng Chu-yuan 1963, p. 72. In mid-March 1962 Chou En-lai announced that payments would continue until 1965.",
     [("Cheng Chu-yuan 1963", "p. 72", "Cf.")]),
    ("Cited according to Schram 1974, p. 71 (altered in the official version of 1977).",
     [("Schram 1974", "p. 71", "Cited according to")]),
    ("A region was not set up until Sept. 9, 1965. But the council existed as early as March 1955.", []),
    ("The treaty was interpreted in this way by the Chinese side.", []),
    # author continuations
    ("Croizier 1965, pp. 15, 17; 1968, p. 167ff.; 1973, p. 10ff.; Wilenski 1976, p. 33.",
     [("Croizier 1965", "pp. 15, 17", ""), ("cont:Croizier 1968", "p. 167ff.", ""),
      ("cont:Croizier 1973", "p. 10ff.", ""), ("Wilenski 1976", "p. 33", "")]),
    ("Cf. Orleans 1961, p. 64; 1969a, p. 84.",
     [("Orleans 1961", "p. 64", "Cf."), ("cont:Orleans 1969a", "p. 84", "")]),
    ("CNA, No. 227 (May 9, 1958), p. 1; No. 161 (Dec. 14, 1956), p. 1f.",
     [("CNA, No. 227 (May 9, 1958)", "p. 1", ""), ("cont:CNA, No. 161 (Dec. 14, 1956)", "p. 1f.", "")]),
    # ibid. inside one note resolves to the citation just before it
    ("Cf. the tables ibid., p. 1323, with the table in Grossmann 1974b, p. 1173f., and the notes ibid., p. 1172.",
     [("ibid:Grossmann 1974a", "p. 1323", "Cf."), ("Grossmann 1974b", "p. 1173f.", ""),
      ("ibid:Grossmann 1974b", "p. 1172", "")]),
    # short forms
    ("Tomson/Su 1972, p. 375.", [("Tomson/Su 1972", "p. 375", "")]),
    ("Kosta/Meyer/Weber 1973, p. 151f.", [("Kosta/Meyer/Weber 1973", "p. 151f.", "")]),
    ("Leslie T. C. Kuo 1972, pp. 109f., 144.", [("Leslie T. C. Kuo 1972", "pp. 109f., 144", "")]),
    ("S. H. Chen 1973, p. 705ff.", [("S. H. Chen 1973", "p. 705ff.", "")]),
    ("Mao 1964–1977, V, pp. 432, 433.", [("Mao 1964–1977", "V, pp. 432, 433", "")]),
    ("Chao Kuo-chün 1959–1960, Vol. 2, pp. 129, 135.", [("Chao Kuo-chün 1959–1960", "Vol. 2, pp. 129, 135", "")]),
    ("State Statistical Bureau 1960, pp. 202, 217; cf. Asher 1976, p. 15.",
     [("State Statistical Bureau 1960", "pp. 202, 217", ""), ("Asher 1976", "p. 15", "cf.")]),
    ("Bernstein 1967, passim; Hooton 1956, 102f.", [("Bernstein 1967", "passim", ""), ("Hooton 1956", "102f.", "")]),
    ("Li Fu-dshun 1956, p. 17, Fn. 1.", [("Li Fu-dshun 1956", "p. 17, Fn. 1", "")]),
    ("Kosta/Meyer 1976, p. 65ft.", [("Kosta/Meyer 1976", "p. 65ft.", "")]),
    ("Chi-ming Hou 1968, p. 342; Emerson 1961.", [("Chi-ming Hou 1968", "p. 342", ""), ("Emerson 1961", "", "")]),
    # title-only works
    ("Eighth National Congress of the Communist Party of China, Vol. I, p. 116f.",
     [("Eighth National Congress of the Communist Party of China", "Vol. I, p. 116f.", "")]),
    ("Cf. Chao Kuo-chün 1957, p. 66f.; Industrialisierung und Kollektivierung im neuen China, p. 35.",
     [("Chao Kuo-chün 1957", "p. 66f.", "Cf."), ("Industrialisierung und Kollektivierung im neuen China", "p. 35", "")]),
    ("Communist China 1955–1959, p. 45; Li Fu-chun 1955, p. 8.",
     [("Communist China 1955–1959", "p. 45", ""), ("Li Fu-chun 1955", "p. 8", "")]),
    ("Cf. Bol’šaja Sovetskaja Enciklopedija, Vol. XXI, p. 260.",
     [("Bol’šaja Sovetskaja Enciklopedija", "Vol. XXI, p. 260", "Cf.")]),
    # periodicals and news
    ("Cf. NCNA, June 19, 1954; CNA, No. 43 (July 9, 1954), p. 3; FEER, Vol. XVII (July-Dec. 1954), p. 101.",
     [("NCNA, June 19, 1954", "", "Cf."), ("CNA, No. 43 (July 9, 1954)", "p. 3", ""),
      ("FEER, Vol. XVII (July-Dec. 1954)", "p. 101", "")]),
    ("According to CNA, No. 229 (May 23, 1958), p. 5.", [("CNA, No. 229 (May 23, 1958)", "p. 5", "According to")]),
    ("SCMP, No. 1553, June 19, 1957, pp. 3–7; Mao 1976, p. 131f.",
     [("SCMP, No. 1553, June 19, 1957", "pp. 3–7", ""), ("Mao 1976", "p. 131f.", "")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_citations_in_note(text, expected):
    previous = Reference(kind=PERSON, printed="Grossmann 1974a", author_text="Grossmann")
    assert summary(text, previous) == expected


def test_ibid_at_start_resolves_to_previous_note():
    previous = Reference(kind=PERSON, printed="Trivière 1958", author_text="Trivière")
    assert summary("Ibid., p. 95; Aird 1972, p. 227ff.", previous) == [
        ("ibid:Trivière 1958", "p. 95", ""), ("Aird 1972", "p. 227ff.", "")]


def test_ibid_with_nothing_before_is_kept_unresolved():
    reading = read_note("Ibid., p. 3.", None)
    assert len(reading.citations) == 1 and reading.citations[0].reference is None


KINDS = [
    ("State Statistical Bureau 1960, p. 41.", CORPORATE),
    ("K. R. Walker 1965, p. 16.", PERSON),
    ("Communist China 1955–1959, p. 45.", TITLE),
    ("JMJP, Aug. 12, 1955.", PERIODICAL),
]


@pytest.mark.parametrize("text, kind", KINDS)
def test_reference_kind(text, kind):
    assert read_note(text, None).citations[0].reference.kind == kind


def test_periodical_fields():
    reference = read_note("CS, Vol. VI (1968), No. 17 (Oct. 1), p. 1ff.", None).citations[0].reference
    periodical = reference.periodical
    assert (periodical.title, periodical.volume, periodical.issue, periodical.date.iso()) == ("CS", "VI", "17", "1968-10-01")


def test_leftover_prose_is_kept():
    reading = read_note("Chao Kang 1968, p. 557. The coastal provinces are Liaoning; the cities are Peking.", None)
    assert reading.unparsed == "The coastal provinces are Liaoning; the cities are Peking."


def test_citation_like_clause_without_citation_is_suspicious():
    reading = read_note("Kirby 1957, p. 3; see the tables on pp. 4–5.", None)
    assert reading.suspicious == ["see the tables on pp. 4–5."]


def run(*notes: str) -> list[list[tuple[str, str, str]]]:
    """Read several notes in order with one history, as a page is read."""
    history = History()
    rows = []
    for text in notes:
        rows.append([
            ((f.reference.printed if f.reference else f"?{f.unresolved}"), f.locator.printed, f.prefix)
            for f in read_note(text, history).citations
        ])
    return rows


OTHER_STYLES = [
    # English
    (["Smith and Jones 1990, p. 4.", "Smith & Jones 1991, p. 5."],
     [[("Smith and Jones 1990", "p. 4", "")], [("Smith & Jones 1991", "p. 5", "")]]),
    (["Smith (ed.) 1970, p. 4."], [[("Smith (ed.) 1970", "p. 4", "")]]),
    (["Smith n.d., p. 4."], [[("Smith n.d.", "p. 4", "")]]),
    (["Smith 1970, p. 4.", "Idem 1972, p. 5."], [[("Smith 1970", "p. 4", "")], [("Smith 1972", "p. 5", "")]]),
    (["Smith 1970, p. 4; Jones 1980, p. 2.", "Smith, op. cit., p. 15.", "Smith, loc. cit."],
     [[("Smith 1970", "p. 4", ""), ("Jones 1980", "p. 2", "")], [("Smith 1970", "p. 15", "")],
      [("Smith 1970", "", "")]]),
    (["Brown, op. cit., p. 3."], [[("?“Brown, op. cit.” with no earlier work by that author", "p. 3", "")]]),
    (["Smith 1990, p. 5, n. 3; Jones 1991, chap. 3; Brown 1980, table 4; Green 1970, p. xiv."],
     [[("Smith 1990", "p. 5, n. 3", ""), ("Jones 1991", "chap. 3", ""), ("Brown 1980", "table 4", ""),
       ("Green 1970", "p. xiv", "")]]),
    (["Quoted in Smith 1990, p. 3; see Jones 1991, Vol. 2, Pt. 1, p. 7."],
     [[("Smith 1990", "p. 3", "Quoted in"), ("Jones 1991", "Vol. 2, Pt. 1, p. 7", "see")]]),
    # Chicago: the first citation in full, later ones short
    (["J. Smith, The Title of the Book (London: Macmillan, 1970), p. 12.", "Smith, The Title, p. 14.",
      "Smith, op. cit., p. 15.", "Ibid., p. 16."],
     [[("J. Smith, The Title of the Book (London: Macmillan, 1970)", "p. 12", "")],
      [("J. Smith, The Title of the Book (London: Macmillan, 1970)", "p. 14", "")],
      [("J. Smith, The Title of the Book (London: Macmillan, 1970)", "p. 15", "")],
      [("J. Smith, The Title of the Book (London: Macmillan, 1970)", "p. 16", "")]]),
    (["See R. H. Tawney, Land and Labour in China (London, 1932), pp. 77–79."],
     [[("R. H. Tawney, Land and Labour in China (London, 1932)", "pp. 77–79", "See")]]),
    # German
    (["Vgl. Müller 1978, S. 12 f.; ders. 1980, S. 45.", "Ebd., S. 14.", "Müller, a.a.O., S. 20.",
      "Zit. nach Schneider/Weber 1979, S. 233.", "Krause u.a. 1975, Bd. 2, S. 3."],
     [[("Müller 1978", "S. 12 f.", "Vgl."), ("Müller 1980", "S. 45", "")], [("Müller 1980", "S. 14", "")],
      [("Müller 1980", "S. 20", "")], [("Schneider/Weber 1979", "S. 233", "Zit. nach")],
      [("Krause u.a. 1975", "Bd. 2, S. 3", "")]]),
    (["Müller und Schulz 1978, S. 12; Meier (Hrsg.) 1980, S. 3."],
     [[("Müller und Schulz 1978", "S. 12", ""), ("Meier (Hrsg.) 1980", "S. 3", "")]]),
    (["Deutschland Archiv, Jg. 12 (1979), Nr. 3, S. 250."],
     [[("Deutschland Archiv, Jg. 12 (1979), Nr. 3", "S. 250", "")]]),
]


@pytest.mark.parametrize("notes, expected", OTHER_STYLES, ids=[s[0][0][:40] for s in OTHER_STYLES])
def test_other_note_styles(notes, expected):
    assert run(*notes) == expected


def test_editors_and_connectors_become_names():
    smith_jones = read_note("Smith and Jones 1990, p. 4.", None).citations[0].reference
    assert [a.family for a in smith_jones.authors] == ["Smith", "Jones"]
    edited = read_note("Smith (ed.) 1970, p. 4.", None).citations[0].reference
    assert edited.editors_only and [a.family for a in edited.authors] == ["Smith"]
    full = read_note("J. Smith, The Title (London: Macmillan, 1970), p. 12.", None).citations[0].reference.full
    assert (full.title, full.publisher_place, full.publisher, full.issued.year) == ("The Title", "London", "Macmillan", 1970)


OCR = [
    ("Smith l965, p. l2.", [("Smith 1965", "p. l2", "")], "12"),
    ("Kirby 1957, pp. 3O–35.", [("Kirby 1957", "pp. 3O–35", "")], "30–35"),
    ("Kosta/Meyer 1976, p. 65ft.", [("Kosta/Meyer 1976", "p. 65ft.", "")], "65ff."),
]


@pytest.mark.parametrize("text, expected, value", OCR, ids=[o[0] for o in OCR])
def test_ocr_slips_are_read_and_kept_as_printed(text, expected, value):
    assert summary(text) == expected
    assert read_note(text, None).citations[0].locator.value == value


CHICAGO = [
    "Jonathan D. Spence, The Search for Modern China (New York: Norton, 1990), 512–15.",
    "Ibid., 516.",
    "Spence, Search, 520.",
    "Philip A. Kuhn, “The Taiping Rebellion,” in The Cambridge History of China, vol. 10, ed. John K. Fairbank "
    "(Cambridge: Cambridge University Press, 1978), 264–317.",
    "Mary C. Wright, “The Adaptability of Ch’ing Diplomacy,” Journal of Asian Studies 17, no. 3 (1958): 363–81.",
    "Kuhn, “Taiping Rebellion,” 270; Wright, “Adaptability,” 365.",
    "On the customs, see Frederic Wakeman Jr., The Fall of Imperial China (New York: Free Press, 1975), 45.",
    "See Smith 1990, 45–47; Jones 1991, 12.",
]


def test_chicago_notes_with_bare_pages():
    history = History()
    readings = [read_note(text, history).citations for text in CHICAGO]
    located = [[(f.reference.full.title if f.reference.full else f.reference.printed, f.locator.value)
                for f in found] for found in readings]
    assert located == [
        [("The Search for Modern China", "512–15")],
        [("The Search for Modern China", "516")],
        [("The Search for Modern China", "520")],
        [("The Taiping Rebellion", "264–317")],
        [("The Adaptability of Ch’ing Diplomacy", "363–81")],
        [("The Taiping Rebellion", "270"), ("The Adaptability of Ch’ing Diplomacy", "365")],
        [("The Fall of Imperial China", "45")],
        [("Smith 1990", "45–47"), ("Jones 1991", "12")],
    ]
    chapter = readings[3][0].reference.full
    assert (chapter.type, chapter.container_title, chapter.volume, chapter.editors, chapter.publisher,
            chapter.publisher_place) == ("chapter", "The Cambridge History of China", "10",
                                         (Name("Fairbank", "John K."),), "Cambridge University Press", "Cambridge")
    article = readings[4][0].reference.full
    assert (article.type, article.container_title, article.volume, article.issue, article.publisher) == (
        "article-journal", "Journal of Asian Studies", "17", "3", "")
    assert readings[6][0].prefix == "see"


BARE = [("512–15.", "512–15"), ("45, 50.", "45, 50"), ("99f.", "99f."), ("1968, p. 3", None), ("Tuesday", None)]


@pytest.mark.parametrize("text, value", BARE)
def test_bare_pages(text, value):
    from converter.notes.locators import match_bare_pages

    matched = match_bare_pages(text)
    assert (matched[0].value if matched else None) == value


AUTHOR_PAREN_YEAR = [
    ("See Lardy (1978, p. 45) and Perkins (1969).", [("Lardy (1978)", "p. 45", "See"), ("Perkins (1969)", "", "")]),
    ("Lardy (1978), p. 45.", [("Lardy (1978)", "p. 45", "")]),
    ("As argued by Naughton (2007: 112–115), the reforms were gradual.", [("Naughton (2007)", "112–115", "")]),
    ("For details see World Bank (1983), vol. 2, pp. 5–9.", [("World Bank (1983)", "vol. 2, pp. 5–9", "see")]),
    ("Cf. Eckstein, Galenson and Liu (1968).", [("Eckstein, Galenson and Liu (1968)", "", "Cf.")]),
    ("In China, the reform (1978 and later) was slow.", []),
    ("In China, Smith 1990, p. 3.", [("Smith 1990", "p. 3", "")]),  # a comma list needs an "and"
]


@pytest.mark.parametrize("text, expected", AUTHOR_PAREN_YEAR, ids=[a[0][:30] for a in AUTHOR_PAREN_YEAR])
def test_author_with_year_in_brackets(text, expected):
    assert summary(text) == expected


def test_brackets_are_no_variant_of_the_same_short_form():
    from converter.resolve.identity import resolve

    history = History()
    cited = [(n, f.reference) for n, text in enumerate(["Lardy (1978), p. 4.", "Lardy 1978, p. 5."], 1)
             for f in read_note(text, history).citations]
    resolution = resolve(cited)
    assert [w.short_forms for w in resolution.works] == [("Lardy (1978)",)]
    assert resolution.problems == []


def test_a_full_reference_printed_as_a_note():
    history = History()
    found = read_note("See Ajzen, I. (1991). The theory of planned behavior. Organizational Behavior and Human "
                      "Decision Processes, 50(2), 179–211.", history).citations
    assert [(f.reference.printed, f.prefix) for f in found] == [("Ajzen, I. (1991)", "See")]
    work = found[0].reference.full
    assert (work.type, work.title, work.container_title, work.volume, work.issue, work.page) == (
        "article-journal", "The theory of planned behavior", "Organizational Behavior and Human Decision Processes",
        "50", "2", "179–211")
    assert read_note("Smith, J. (1990). A title of a book. London: Verso.", history).citations[0].reference.full.title \
        == "A title of a book"
    assert read_note("Ibid., p. 180.", history).citations[0].reference.full.title == "A title of a book"
