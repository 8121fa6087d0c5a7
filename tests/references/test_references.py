"""Full reference entries -> works: a table per style (APA, Springer basic, LNCS, humanities),
names (particles, suffixes, initials, institutions), editors, editions, identifiers, lists and limits.

Each row gives only the fields it is about; `authors`/`editors` are "family|given|particle|suffix"
strings (or a literal) so that a row reads like the entry.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linear import assert_linear

from converter.model import Name
from converter.names.lists import parse_name_list
from converter.pages.numbered import split_entries
from converter.references.entry import parse_reference


def parse_references(lines):
    """A references section's raw lines -> (one ParsedReference per entry, numbering problems), as the page reader cuts them."""
    texts, problems = split_entries(lines)
    return [parse_reference(text) for text in texts], problems


def names(values) -> list[str]:
    return [n.literal or f"{n.family}|{n.given}|{n.particle}|{n.suffix}".rstrip("|") for n in values]


def fields(text: str) -> dict:
    parsed = parse_reference(text)
    assert parsed.work is not None, parsed.problems
    work = parsed.work
    return {
        "type": work.type, "authors": names(work.authors), "editors": names(work.editors), "et_al": work.et_al,
        "year": work.issued.year if work.issued else None, "date": work.issued.parts if work.issued else (),
        "suffix": work.year_suffix, "title": work.title, "container": work.container_title,
        "series": work.collection_title, "series_number": work.collection_number, "volume": work.volume,
        "issue": work.issue, "page": work.page, "edition": work.edition, "publisher": work.publisher,
        "place": work.publisher_place, "doi": work.doi, "url": work.url, "isbns": work.isbns, "note": work.note,
        "genre": work.genre,
        "problems": [p.message for p in parsed.problems],
    }


ROWS = [
    # -- APA -------------------------------------------------------------------------------------------
    ("apa-journal-doi",
     "Ajzen, I. (1991). The theory of planned behavior. Organizational Behavior and Human Decision Processes, "
     "50(2), 179–211. https://doi.org/10.1016/0749-5978(91)90020-T",
     dict(type="article-journal", authors=["Ajzen|I."], year=1991, title="The theory of planned behavior",
          container="Organizational Behavior and Human Decision Processes", volume="50", issue="2", page="179–211",
          doi="10.1016/0749-5978(91)90020-T", url="")),
    ("apa-book-publisher-only", "Bandura, A. (1977). Social learning theory. Prentice Hall.",
     dict(type="book", title="Social learning theory", publisher="Prentice Hall", place="")),
    ("apa-edition-in-title",
     "Putnam, R. D. (2000). Bowling alone: The collapse and revival of American community (2nd ed.). "
     "Simon & Schuster.",
     dict(type="book", authors=["Putnam|R. D."], edition="2", publisher="Simon & Schuster",
          title="Bowling alone: The collapse and revival of American community")),
    ("apa-edited-book",
     "Granovetter, M. S., & Swedberg, R. (Eds.). (2011). The sociology of economic life (3rd ed.). Westview Press.",
     dict(type="book", authors=[], editors=["Granovetter|M. S.", "Swedberg|R."], edition="3")),
    ("apa-chapter",
     "Lin, N. (2001). Building a network theory of social capital. In N. Lin, K. Cook, & R. S. Burt (Eds.), "
     "Social capital: Theory and research (pp. 3–29). Aldine de Gruyter.",
     dict(type="chapter", editors=["Lin|N.", "Cook|K.", "Burt|R. S."], container="Social capital: Theory and research",
          page="3–29", publisher="Aldine de Gruyter")),
    ("apa-chapter-volume-pages",
     "Smith, J. (2005). Social networks. In A. Editor (Ed.), Handbook of sociology (Vol. 2, pp. 100–120). Sage.",
     dict(type="chapter", volume="2", page="100–120", container="Handbook of sociology", publisher="Sage")),
    ("apa-particle-van",
     "van Deth, J. W., & Zmerli, S. (2010). Introduction: Civicness, equality, and democracy. American Behavioral "
     "Scientist, 53(5), 631–639.",
     dict(authors=["Deth|J. W.|van", "Zmerli|S."], container="American Behavioral Scientist", issue="5")),
    ("apa-particle-after-given",
     "Neumann, J. von, & Morgenstern, O. (1944). Theory of games and economic behavior. Princeton University Press.",
     dict(authors=["Neumann|J.|von", "Morgenstern|O."], publisher="Princeton University Press")),
    ("apa-article-number",
     "Garcia, M., & Lopez, R. (2018). Working memory. Psychological Review, 125(4), Article 512. "
     "https://doi.org/10.1037/rev0000101",
     dict(type="article-journal", page="Article 512", doi="10.1037/rev0000101")),
    ("apa-newspaper-full-date",
     "Jones, A., & Smith, B. (2019, March 3). A news story. The Guardian. https://www.theguardian.com/story",
     dict(type="article-newspaper", date=(2019, 3, 3), container="The Guardian",
          url="https://www.theguardian.com/story")),
    ("apa-institution-url",
     "World Health Organization. (2020). Global tuberculosis report 2020. "
     "https://www.who.int/publications/i/item/9789240013131",
     dict(authors=["World Health Organization"], title="Global tuberculosis report 2020",
          url="https://www.who.int/publications/i/item/9789240013131")),
    ("apa-dissertation",
     "Miller, T. (2015). Mapping the field (Doctoral dissertation). University of Michigan, Ann Arbor.",
     dict(type="thesis", title="Mapping the field", genre="Doctoral dissertation", publisher="University of Michigan",
          place="Ann Arbor")),
    ("apa-no-date", "Doe, J. (n.d.). Untitled manuscript. Unpublished manuscript.",
     dict(type="document", year=None, title="Untitled manuscript", note="Unpublished manuscript")),
    ("apa6-place-publisher", "Said, E. W. (1978). Orientalism. New York: Pantheon Books.",
     dict(publisher="Pantheon Books", place="New York")),
    ("apa6-retrieved-from",
     "Lee, K. (2012). Rivers in the city. Retrieved from http://www.example.org/rivers.pdf",
     dict(title="Rivers in the city", url="http://www.example.org/rivers.pdf", publisher="", problems=[])),
    ("apa-no-author", "Merriam-Webster’s collegiate dictionary (11th ed.). (2003). Merriam-Webster.",
     dict(authors=[], year=2003, title="Merriam-Webster’s collegiate dictionary", edition="11",
          publisher="Merriam-Webster")),
    # -- Springer basic ------------------------------------------------------------------------------
    ("springer-journal",
     "Hinton GE, Salakhutdinov RR (2006) Reducing the dimensionality of data with neural networks. "
     "Science 313(5786):504–507. https://doi.org/10.1126/science.1127647",
     dict(type="article-journal", authors=["Hinton|G. E.", "Salakhutdinov|R. R."], container="Science",
          volume="313", issue="5786", page="504–507", doi="10.1126/science.1127647")),
    ("springer-journal-no-issue", "Watson JD, Crick FHC (1953) Molecular structure of nucleic acids. Nature 171:737–738",
     dict(authors=["Watson|J. D.", "Crick|F. H. C."], container="Nature", volume="171", issue="", page="737–738")),
    ("springer-book-edition-et-al",
     "Alberts B, Johnson A, Lewis J et al (2002) Molecular biology of the cell, 4th edn. Garland Science, New York",
     dict(type="book", et_al=True, authors=["Alberts|B.", "Johnson|A.", "Lewis|J."], edition="4",
          title="Molecular biology of the cell", publisher="Garland Science", place="New York")),
    ("springer-chapter",
     "Weber K (1985) Planning in China. In: Smith C, Jones D (eds) Economic planning. Westdeutscher Verlag, "
     "Opladen, pp 45–67",
     dict(type="chapter", editors=["Smith|C.", "Jones|D."], container="Economic planning", page="45–67",
          publisher="Westdeutscher Verlag", place="Opladen")),
    ("springer-chapter-german",
     "Meyer H (1975) Die Planung. In: Weber K (Hrsg) Wirtschaft in China. Westdeutscher Verlag, Opladen, S 27–52",
     dict(type="chapter", editors=["Weber|K."], container="Wirtschaft in China", page="27–52")),
    ("springer-particle-suffix", "Smith JA Jr, van Dijk TA (1990) Title of article. J Appl Physiol 12:45–67",
     dict(authors=["Smith|J. A.||Jr", "Dijk|T. A.|van"], container="J Appl Physiol", volume="12")),
    ("springer-book-umlaut", "Müller-Lüdenscheidt H (1979) Wirtschaft und Wandel. Springer, Berlin Heidelberg",
     dict(type="book", authors=["Müller-Lüdenscheidt|H."], publisher="Springer", place="Berlin Heidelberg")),
    ("springer-thesis", "Doe J (2001) Modelling rivers. PhD thesis, University of Cambridge",
     dict(type="thesis", genre="PhD thesis", publisher="University of Cambridge")),
    ("springer-report",
     "Smith J (2010) Report on rivers. Technical Report TR-2010-12, Institute of Hydrology, Wallingford",
     dict(type="report", genre="Technical Report TR-2010-12", publisher="Institute of Hydrology",
          place="Wallingford")),
    ("springer-series-in-book",
     "Stryer L (1995) Biochemistry. In: Freeman WH (ed) Textbook of biochemistry. Lecture Notes in Biology, "
     "vol 12. Freeman, New York, pp 101–130",
     dict(type="paper-conference", series="Lecture Notes in Biology", series_number="12", page="101–130")),
    # -- LNCS ----------------------------------------------------------------------------------------
    ("lncs-journal",
     "Knuth, D.E., Morris Jr., J.H., Pratt, V.R.: Fast pattern matching in strings. SIAM J. Comput. 6(2), "
     "323–350 (1977)",
     dict(type="article-journal", authors=["Knuth|D.E.", "Morris|J.H.||Jr.", "Pratt|V.R."], year=1977,
          container="SIAM J. Comput.", volume="6", issue="2", page="323–350")),
    ("lncs-book-edition",
     "Lamport, L.: LaTeX: A Document Preparation System, 2nd edn. Addison-Wesley, Reading (1994)",
     dict(type="book", title="LaTeX: A Document Preparation System", edition="2", publisher="Addison-Wesley",
          place="Reading", year=1994)),
    ("lncs-proceedings-series",
     "Smith, J., Jones, B.: A method. In: Weber, K. (ed.) CONF 2005. LNCS, vol. 3456, pp. 1–10. Springer, "
     "Heidelberg (2005). https://doi.org/10.1007/11111111_1",
     dict(type="paper-conference", editors=["Weber|K."], container="CONF 2005", series="LNCS",
          series_number="3456", page="1–10", publisher="Springer", place="Heidelberg", doi="10.1007/11111111_1")),
    ("lncs-proceedings-no-editors",
     "He, K., Zhang, X., Ren, S., Sun, J.: Deep residual learning for image recognition. In: Proceedings of the "
     "IEEE Conference on Computer Vision and Pattern Recognition (CVPR), pp. 770–778 (2016)",
     dict(type="paper-conference", page="770–778", editors=[],
          container="Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)")),
    ("lncs-et-al",
     "Abadi, M., et al.: TensorFlow: a system for large-scale machine learning. In: 12th USENIX Symposium on "
     "Operating Systems Design and Implementation (OSDI 16), pp. 265–283 (2016)",
     dict(authors=["Abadi|M."], et_al=True, title="TensorFlow: a system for large-scale machine learning")),
    ("lncs-acm-article-pages",
     "van Renesse, R., Altinbuken, D.: Paxos made moderately complex. ACM Comput. Surv. 47(3), 42:1–42:36 (2015). "
     "https://doi.org/10.1145/2673577",
     dict(authors=["Renesse|R.|van", "Altinbuken|D."], page="42:1–42:36", doi="10.1145/2673577")),
    ("lncs-edited-book", "Weber, K., Smith, J. (eds.): Handbook of Graphs. Springer, Heidelberg (2010)",
     dict(type="book", authors=[], editors=["Weber|K.", "Smith|J."], publisher="Springer")),
    ("lncs-url-accessed",
     "Python Software Foundation: Python Language Reference, version 3.8. http://www.python.org. Accessed 12 May 2020",
     dict(authors=["Python Software Foundation"], url="http://www.python.org", year=None)),
    ("lncs-numer-math", "Dijkstra, E.W.: A note on two problems in connexion with graphs. Numer. Math. 1, 269–271 (1959)",
     dict(container="Numer. Math.", volume="1", page="269–271")),
    # -- humanities author-date ----------------------------------------------------------------------
    ("hum-book", "Geertz, Clifford. 1973. The Interpretation of Cultures. New York: Basic Books.",
     dict(type="book", authors=["Geertz|Clifford"], year=1973, publisher="Basic Books", place="New York")),
    ("hum-journal-quoted",
     "Smith, Alfred, and Bea Other. 1990. “The Title of the Article.” Journal of Things 12 (3): 45–67.",
     dict(type="article-journal", authors=["Smith|Alfred", "Other|Bea"], title="The Title of the Article",
          container="Journal of Things", volume="12", issue="3", page="45–67")),
    ("hum-suffix", "Bourdieu, P. 1984a. Distinction. Cambridge, MA: Harvard University Press.",
     dict(suffix="a", year=1984, place="Cambridge, MA", publisher="Harvard University Press")),
    ("hum-editor-mark", "Weber, K. (ed.) 1990. Handbook of Planning. London: Routledge.",
     dict(type="book", authors=[], editors=["Weber|K."], publisher="Routledge")),
    ("hum-eds-after-names",
     "Hobsbawm, Eric, and Terence Ranger, eds. 1983. The Invention of Tradition. Cambridge: Cambridge University Press.",
     dict(editors=["Hobsbawm|Eric", "Ranger|Terence"], authors=[])),
    ("hum-chapter-edited-by",
     "Bourdieu, Pierre. 1986. “The Forms of Capital.” In Handbook of Theory and Research for the Sociology of "
     "Education, edited by John G. Richardson, 241–58. New York: Greenwood.",
     dict(type="chapter", editors=["Richardson|John G."], page="241–58", publisher="Greenwood", place="New York",
          container="Handbook of Theory and Research for the Sociology of Education")),
    ("hum-particle-de", "de Tocqueville, Alexis. 1835. De la démocratie en Amérique. Paris: Gosselin.",
     dict(authors=["Tocqueville|Alexis|de"], title="De la démocratie en Amérique")),
    ("hum-german-edition", "Weiß, H. 2004. Planwirtschaft. 2. Aufl. München: Beck.",
     dict(authors=["Weiß|H."], edition="2", publisher="Beck", place="München")),
    ("hum-edition-ed", "Smith, J. 1991b. The Wealth of Things. 2nd ed. London: Macmillan.",
     dict(suffix="b", edition="2", title="The Wealth of Things")),
    ("hum-hyphenated-initials", "Müller, H.-P. 1992. Sozialstruktur und Lebensstile. Frankfurt am Main: Suhrkamp.",
     dict(authors=["Müller|H.-P."], place="Frankfurt am Main", publisher="Suhrkamp")),
    ("hum-isbn", "Kraus, Willy. 1979. Wirtschaftliche Entwicklung in China. Berlin: Springer. ISBN 978-3-540-09300-8.",
     dict(isbns=("978-3-540-09300-8",), publisher="Springer", place="Berlin")),
    ("hum-doi-prefix", "Mayr, E. 1982. The Growth of Biological Thought. Cambridge, MA: Belknap Press. doi:10.4159/x1",
     dict(doi="10.4159/x1", publisher="Belknap Press")),
    # -- German author-colon style (imprint and year close the entry) ----------------------------------
    ("german-place-year",
     "Kraus, Willy: Wirtschaftliche Entwicklung und sozialer Wandel in der Volksrepublik China. Berlin 1979.",
     dict(type="book", authors=["Kraus|Willy"], year=1979, place="Berlin", publisher="",
          title="Wirtschaftliche Entwicklung und sozialer Wandel in der Volksrepublik China")),
    ("german-place-publisher-year", "Kraus, Willy: Wirtschaft in China. Berlin: Springer, 1979.",
     dict(place="Berlin", publisher="Springer", title="Wirtschaft in China")),
    ("german-chapter-pages",
     "Meyer, H.: Die Planung. In: Weber, K. (Hrsg.): Wirtschaft in China. Opladen 1975, S. 27–52.",
     dict(type="chapter", editors=["Weber|K."], container="Wirtschaft in China", place="Opladen", page="27–52",
          year=1975)),
]


@pytest.mark.parametrize("text, expected", [(r[1], r[2]) for r in ROWS], ids=[r[0] for r in ROWS])
def test_reference(text, expected):
    actual = fields(text)
    assert {key: actual[key] for key in expected} == expected


def test_the_table_covers_every_style():
    assert len(ROWS) >= 40
    assert {row[0].split("-")[0] for row in ROWS} == {"apa", "apa6", "springer", "lncs", "hum", "german"}


UNREADABLE = ["Random text without any structure here", "12345", "", "Google Scholar", "(1990)"]


@pytest.mark.parametrize("text", UNREADABLE)
def test_what_cannot_be_read_is_reported_not_guessed(text):
    parsed = parse_reference(text)
    assert parsed.work is None
    assert [p.kind for p in parsed.problems] == ["unparsed"]
    assert parsed.problems[0].text == parsed.text


def test_a_piece_no_rule_reads_is_reported():
    parsed = parse_reference("Smith, J. (1990). A book. Springer, Berlin. 17 plates, 3 maps.")
    assert parsed.work is not None and parsed.work.publisher == "Springer"
    assert [p.message for p in parsed.problems] == ["part of a reference entry was not read: “17 plates, 3 maps”"]


def test_text_is_kept_as_printed():
    text = "Kant, I. 1781. Kritik der reinen Vernunft. Riga: Hartknoch."
    assert parse_reference(text).text == text


# -- names -------------------------------------------------------------------------------------------

NAME_LISTS = [
    ("Smith JA, van Dijk TA, Jones B Jr", ["Smith|J. A.", "Dijk|T. A.|van", "Jones|B.||Jr"], False),
    ("Smith, J. A., van Dijk, T. A., & Jones, B.", ["Smith|J. A.", "Dijk|T. A.|van", "Jones|B."], False),
    ("Smith, Alfred, Bea Other, and Carl Third", ["Smith|Alfred", "Other|Bea", "Third|Carl"], False),
    ("A. Editor & B. C. Other", ["Editor|A.", "Other|B. C."], False),
    ("Smith, J &., Jones, B.", ["Smith|J", "Jones|B."], False),  # a stray "&." (text from a PDF) names nobody
    ("World Health Organization", ["World Health Organization"], False),
    ("Alberts B, Johnson A, Lewis J et al", ["Alberts|B.", "Johnson|A.", "Lewis|J."], True),
    ("King Jr., M. L.", ["King|M. L.||Jr."], False),
    ("Olsen Jr., T., Vance, Ruth.", ["Olsen|T.||Jr.", "Vance|Ruth"], False),
    ("Vance, Ruth, and Tomas Berg.", ["Vance|Ruth", "Berg|Tomas"], False),
    ("UNESCO.", ["UNESCO"], False),
    ("Smith, J., Jr., & Doe, A.", ["Smith|J.||Jr.", "Doe|A."], False),
    # Small capitals a PDF turned into lower case: the family before initials, in ordinary case again.
    ("moretti G. B.", ["Moretti|G. B."], False),
    ("de santis e., galli f.", ["Santis|E.|de", "Galli|F."], False),
    ("van berg", ["berg||van"], False),  # no initials: nothing tells a family in lower case
    ("FERRI a., Neri p.", ["FERRI|A.", "Neri|P."], False),  # the initials alone lost their capitals
    # Bodies joined by "/": each is one literal name; a compound's part before "und" stays in its name.
    ("Landesamt Nordland/Kreis- und Stadtverband Nordland/VKU Verband Nordland",
     ["Landesamt Nordland", "Kreis- und Stadtverband Nordland", "VKU Verband Nordland"], False),
    # One inverted name between separators, its family of two words: ";", "/" and "and" cut names.
    ("Lind Berg, Karin/Weber, Urs", ["Lind Berg|Karin", "Weber|Urs"], False),
    ("Ortiz Lara, Oliver; Lind, Daniel; Roth, Bernd", ["Ortiz Lara|Oliver", "Lind|Daniel", "Roth|Bernd"], False),
    ("Weber, Chris, Marilyn Lind and Joanna Roth", ["Weber|Chris", "Lind|Marilyn", "Roth|Joanna"], False),
    ("N. Lind, K. Roth, & R. S. Berg", ["Lind|N.", "Roth|K.", "Berg|R. S."], False),  # reading order stays
    # Vancouver: up to five initials, a particle after them; a last initial that lost its stop.
    ("Rosado LEFPL, Sousa RCN da", ["Rosado|L. E. F. P. L.", "Sousa|R. C. N.|da"], False),
    ("Kaspar J. H", ["Kaspar|J. H."], False),
    ("Beethoven, Ludwig van", ["Beethoven|Ludwig|van"], False),
    ("van der Waals, J. D.", ["Waals|J. D.|van der"], False),
    # a long Iberian family name and one given name after it: one name, not a name and a family
    ("Blanco Ortega de la Vega, Ximena", ["Blanco Ortega de la Vega|Ximena"], False),
    ("Ana Lopez, Maria Garcia", ["Lopez|Ana", "Garcia|Maria"], False),
]


@pytest.mark.parametrize("text, expected, et_al", NAME_LISTS, ids=[n[0] for n in NAME_LISTS])
def test_name_lists(text, expected, et_al):
    parsed, flag = parse_name_list(text)
    assert (names(parsed), flag) == (expected, et_al)


def test_springer_initials_become_initials():
    assert parse_name_list("Crick FHC")[0] == (Name("Crick", "F. H. C."),)


# -- splitting a list into entries -------------------------------------------------------------------

def test_entries_end_at_link_lines_and_wrapped_lines_join():
    lines = [
        "Ajzen, I. (1991). The theory of planned behavior. Organizational Behavior and Human",
        "Decision Processes, 50(2), 179–211.",
        "Article", "Google Scholar",
        "Bandura, A. (1977). Social learning theory. Prentice Hall.",
        "Google Scholar",
        "Coleman, J. S. (1988). Social capital in the creation of human capital. American Journal of Sociology, 94,",
        "S95–S120.",
        "CrossRef", "MathSciNet", "PubMed", "Google Scholar",
    ]
    entries, problems = split_entries(lines)
    assert entries == [
        "Ajzen, I. (1991). The theory of planned behavior. Organizational Behavior and Human Decision Processes, "
        "50(2), 179–211.",
        "Bandura, A. (1977). Social learning theory. Prentice Hall.",
        "Coleman, J. S. (1988). Social capital in the creation of human capital. American Journal of Sociology, 94, "
        "S95–S120.",
    ]
    assert problems == []


def test_entries_without_link_lines_split_where_an_entry_ends_and_one_starts():
    lines = ["Kant, I. 1781. Kritik der reinen Vernunft. Riga: Hart-", "knoch.",
             "Weber, Max. 1922. Wirtschaft und Gesellschaft. Tübingen: Mohr."]
    assert split_entries(lines)[0] == ["Kant, I. 1781. Kritik der reinen Vernunft. Riga: Hartknoch.",
                                       "Weber, Max. 1922. Wirtschaft und Gesellschaft. Tübingen: Mohr."]


def test_a_doi_broken_over_two_lines_is_joined():
    lines = ["Smith, J. (2019). Rivers. Water, 3(1), 1–9. https://doi.org/10.1007/978-3-", "030-12345-6_3",
             "Google Scholar"]
    entries, _ = split_entries(lines)
    assert entries == ["Smith, J. (2019). Rivers. Water, 3(1), 1–9. https://doi.org/10.1007/978-3-030-12345-6_3"]
    assert parse_references(lines)[0][0].work.doi == "10.1007/978-3-030-12345-6_3"


def test_numbered_entries_drop_their_numbers_and_report_gaps():
    lines = ["1. Lamport, L.: Time, clocks. Commun. ACM 21(7), 558–565 (1978)", "Google Scholar",
             "[2] Lynch, N.A.: Distributed Algorithms. Morgan Kaufmann, San Francisco", "(1996)", "Google Scholar",
             "4. Brown, M.: On graphs. J. Graph Theory 3(1), 1–12 (1979)", "Google Scholar"]
    entries, problems = split_entries(lines)
    assert entries == ["Lamport, L.: Time, clocks. Commun. ACM 21(7), 558–565 (1978)",
                       "Lynch, N.A.: Distributed Algorithms. Morgan Kaufmann, San Francisco (1996)",
                       "Brown, M.: On graphs. J. Graph Theory 3(1), 1–12 (1979)"]
    assert [(p.kind, p.message) for p in problems] == [("numbering", "reference numbers skip 3")]


def test_parse_references_keeps_one_result_per_entry():
    parsed, _ = parse_references(["Bandura, A. (1977). Social learning theory. Prentice Hall.", "Google Scholar",
                                  "Nothing to read here", "Google Scholar"])
    assert [p.work is not None for p in parsed] == [True, False]


# -- properties ----------------------------------------------------------------------------------------

ENTRY_WORDS = st.sampled_from([
    "Smith, J.", "Smith JA,", "van", "Jr.", "(1990).", "(1990)", "1990.", "1991a.", "(eds)", "(Ed.),", "In:", "In",
    "pp.", "pp", "45–67", "12(3):", "12(3),", "Springer,", "Berlin", "Berlin:", "2nd edn.", "(2nd ed.).", "“Title.”",
    "Title.", ":", ".", ",", "&", "and", "et al.", "https://doi.org/10.1000/x", "doi:10.1/2", "ISBN 978-3-540-09300-8",
    "Accessed", "(", ")", "vol.", "LNCS,", "PhD thesis,", "edited by", "\u00a0", "—",
])
ENTRY_TEXT = st.one_of(st.lists(ENTRY_WORDS, max_size=40).map(" ".join), st.text(max_size=300))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ENTRY_TEXT)
def test_the_reference_parser_never_raises(text):
    parsed = parse_reference(text)
    assert (parsed.work is None) == any(p.message.startswith("reference entry") for p in parsed.problems)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(ENTRY_TEXT, st.sampled_from(["Google Scholar", "CrossRef", "1.", "[2]"])), max_size=20))
def test_splitting_never_raises(lines):
    parse_references(lines)


# (prefix, unit, suffix): an entry of any length made of one shape repeated.
HOSTILE = [
    ("", "a", ""), ("", "Smith, J. ", ""), ("", "(1990) ", ""), ("Smith, J. (1990). ", "Title. ", ""),
    ("", "Smith JA ", "(1990) x"), ("", ". ", ""), ("", "In: ", ""), ("Smith, J.: ", "x, ", "(1990)"),
    ("Smith, J. 1990. Title. In Book", ", 1–2", ""), ("Smith, J. 1990. Title. In Book", " (pp. 1)", ""),
    ("Smith, J. 1990. Title. In Book", ", 2nd edn", ""), ("Smith J (1990) T. J ", "1(2):3 ", ""),
    ("Smith J (1990) T. ", "X (Y. ", ""), ("", "“", ""), ("", "https://x ", ""), ("Smith, J. 1990. ", "10.1000/x ", ""),
]


@pytest.mark.parametrize("shape", HOSTILE, ids=[repr((p + u)[:12]) for p, u, _ in HOSTILE])
def test_an_entry_of_any_length_is_read_in_linear_time(shape):
    prefix, unit, suffix = shape
    assert_linear(parse_reference, lambda n: prefix + unit * n + suffix, 500)
