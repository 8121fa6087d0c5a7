"""The rules around the labeller in a reference entry: labelled fields -> one Work. The labels come from
markup (tests/marked.py), so these tests hold whatever a model labels."""

from __future__ import annotations

import pytest
from marked import MarkedLabeller

from converter.references.field_set import tidy
from converter.references.labelled import read_entry


def entry(marked: str, previous=None):
    labeller = MarkedLabeller()
    return read_entry(labeller.add(marked), labeller, previous)


def test_a_journal_article():
    work = entry("<author>Brandt, J. A., & Okoye, K.</author> (<date>1990</date>). <title>Rural credit in the "
                 "plan</title>. <container>Journal of Agrarian History</container>, <volume>12</volume>"
                 "(<issue>3</issue>), <pages>45–67</pages>. <identifier>https://doi.org/10.1000/xyz1</identifier>").work
    assert (work.type, work.container_title, work.volume, work.issue, work.page, work.doi) == (
        "article-journal", "Journal of Agrarian History", "12", "3", "45–67", "10.1000/xyz1")
    assert [(a.family, a.given) for a in work.authors] == [("Brandt", "J. A."), ("Okoye", "K.")]


def test_in_before_a_journal_with_a_volume_is_still_an_article():
    work = entry("<author>Vogt, Lena</author>: <title>Markt und Staat</title>. In: <container>Zeitschrift für "
                 "Wirtschaftsgeschichte</container> <volume>52</volume> (<date>2004</date>), <pages>S. 7–19</pages>.").work
    assert (work.type, work.issued.year, work.page) == ("article-journal", 2004, "7–19")


def test_a_chapter_with_editors():
    work = entry("<author>Ebert, Hanna</author> (<date>1983</date>): <title>Stadt und Land</title>. In: "
                 "<editor>M. Roth/P. Lenz (Hrsg.)</editor>: <container>Gemeinden im Umbruch</container>. "
                 "<place>Bremen</place>: <publisher>Kessler</publisher>, <pages>S. 85-113</pages>").work
    assert (work.type, work.container_title, work.publisher, work.publisher_place, work.page) == (
        "chapter", "Gemeinden im Umbruch", "Kessler", "Bremen", "85–113")
    assert [e.family for e in work.editors] == ["Roth", "Lenz"]


def test_a_year_after_the_title_belongs_to_it_when_the_imprint_has_its_own():
    work = entry("<author>Wolter, Karl</author>, <title>Handel und Zoll in der Mark</title> <date>1815–1871</date>, "
                 "<place>Bonn</place> <date>1998</date>.").work
    assert (work.title, work.issued.year) == ("Handel und Zoll in der Mark 1815–1871", 1998)


@pytest.mark.parametrize("marked, families", [
    ("<author>Fabbri G. B.</author>, <title>Le case di Treviso</title>, <place>Venezia</place> <date>1740</date>.",
     [("Fabbri", "G. B.")]),
    ("<author>Rossi A. - Bianchi M.</author>, <title>Le chiese</title>, <place>Torino</place> <date>1980</date>.",
     [("Rossi", "A."), ("Bianchi", "M.")]),
    ("<author>DUPUIS Michel, LEROY Anne</author>, <date>1998</date>, <title>Le travail</title>, "
     "<place>Paris</place>, <publisher>Seuil</publisher>.", [("Dupuis", "Michel"), ("Leroy", "Anne")]),
])
def test_names_in_the_shapes_lists_print(marked, families):
    assert [(a.family, a.given) for a in entry(marked).work.authors] == families


def test_a_short_title_the_labeller_read_as_a_name():
    work = entry("<author>Fabbri G. B., Palladio</author>, <place>Torino</place> <date>1972</date>.").work
    assert ([a.family for a in work.authors], work.title, work.issued.year) == (["Fabbri"], "Palladio", 1972)


def test_an_entry_without_names_continues_the_names_before_it():
    first = entry("<author>Boni, Giacomo</author>, (<date>1883</date>), <title>I nostri monumenti</title>, "
                  "<place>Venezia</place>.").work
    second = entry("(<date>1887</date>), <title>Venezia restaurata</title>, <place>Roma</place>.", first).work
    assert ([a.family for a in second.authors], second.issued.year) == (["Boni"], 1887)


def test_a_glued_edition_number_and_a_year_in_an_issue():
    assert entry("<author>Marek, J.</author>, <title>I re</title>, <place>Torino</place> <date>19733</date>.") \
        .work.issued.year == 1973
    work = entry("<author>H. Lenz</author>, <title>Der Wandel</title>, in: <container>Merkur</container>, "
                 "<issue>Nr. 4/2003</issue>, <pages>S. 61-74</pages>").work
    assert work.issued.year == 2003


def test_what_names_no_work_is_reported():
    parsed = entry("<other>see above</other>")
    assert parsed.work is None and parsed.problems[0].kind == "unparsed"


def test_a_second_run_of_names_with_no_title_is_the_title_and_its_last_sentence_the_publisher():
    work = entry("<author>Holm, K.E.</author>: <author>Sorting Networks. Harlow Press</author>, "
                 "<place>Leeds</place> (<date>1994</date>)").work
    assert (work.type, work.title, work.publisher, work.publisher_place) == (
        "book", "Sorting Networks", "Harlow Press", "Leeds")
    assert [a.family for a in work.authors] == ["Holm"]


def test_names_right_after_an_author_date_are_the_title():
    work = entry("<author>Lund, Harald</author> (<date>1951</date>). <author>Mind</author>, <title>Law and Custom"
                 "</title>. <place>Leeds</place>: <publisher>Harlow Press</publisher>.").work
    assert (work.title, [a.family for a in work.authors]) == ("Mind, Law and Custom", ["Lund"])
    alone = entry("<author>Lund, Harald</author> (<date>1951</date>), <author>Dead Reckoning</author>, "
                  "<place>Leeds</place>.").work
    assert (alone.title, [a.family for a in alone.authors]) == ("Dead Reckoning", ["Lund"])


def test_a_publisher_before_a_volume_is_the_journal_or_its_end():
    work = entry("<author>Lund, Harald</author> (<date>1999</date>), »<title>Markets</title>«, <container>Work"
                 "</container>, <publisher>Culture & Trade</publisher>, <volume>Jg. 12</volume>, <issue>H. 3</issue>"
                 ", <pages>S. 7–19</pages>.").work
    assert (work.type, work.title, work.container_title) == ("article-journal", "Markets", "Work, Culture & Trade")
    untitled = entry("<author>Lund, Harald</author>, <date>1978</date>, <container>Random Walks</container>, "
                     "<publisher>Econometrica</publisher>, <volume>46</volume>(<issue>1</issue>), <pages>33-50</pages>.")
    assert (untitled.work.title, untitled.work.container_title) == ("Random Walks", "Econometrica")


def test_a_journal_in_guillemets_after_in_is_the_container():
    work = entry("<author>Rossi A.</author>, <title>Il nuovo altare</title>, in «<container>Le Venezie</container>», "
                 "<place>Venezia</place> <date>1940</date>.").work
    assert (work.title, work.container_title) == ("Il nuovo altare", "Le Venezie")
    second = entry("<author>Rossi A.</author>, <title>Il nuovo altare</title>, in “<title>Il Giornale</title>”, "
                   "<date>22 luglio 1923</date>.").work
    assert (second.title, second.container_title) == ("Il nuovo altare", "Il Giornale")


def test_a_chapters_book_read_as_its_imprint_after_the_editors():
    work = entry("<author>Lund, H.</author> <date>2006</date>: <title>Wege</title>. In: <editor>Roth, A. (Hrsg.)"
                 "</editor>, <place>Stadt</place>, <place>Land</place>, <publisher>Fluss</publisher>, <publisher>Kessler"
                 "</publisher> <date>2006</date>.").work
    assert (work.type, work.container_title, work.publisher) == ("chapter", "Stadt, Land, Fluss", "Kessler")
    placed = entry("<author>Lund, H.</author> (<date>1999</date>) ‘<title>Wege</title>’, in <editor>A. Roth, ed."
                   "</editor>, <place>Borders</place>, <place>Maps. London</place>: <publisher>Cass</publisher>.").work
    assert (placed.container_title, placed.publisher_place, placed.publisher) == ("Borders, Maps", "London", "Cass")


def test_the_first_of_two_journals_with_no_title_is_the_title():
    work = entry("<author>Lund, H.</author>, <date>1997</date>, <container>Correlations in Status</container>, "
                 "<container>The Journal of Trade</container>, <volume>32</volume>(<issue>1</issue>).").work
    assert (work.title, work.container_title) == ("Correlations in Status", "The Journal of Trade")


def test_an_articles_journal_read_as_a_title_before_volume_and_pages():
    work = entry("<author>Lund, H.</author>, <date>1984</date>: <title>Weg oder Ziel? Die Neue Schule</title> "
                 "<volume>76</volume>: <pages>18-30</pages>.").work
    assert (work.type, work.title, work.container_title) == ("article-journal", "Weg oder Ziel?", "Die Neue Schule")
    second = entry("<author>Lund, H.</author> (<date>2006</date>), »<title>Objects</title>«, <title>Organization"
                   "</title>, <volume>Jg. 12</volume>, <issue>H. 3</issue>, <pages>S. 7–9</pages>.").work
    assert (second.title, second.container_title) == ("Objects", "Organization")
    book = entry("<author>Lund, H.</author>: <title>Die Stadt. Die Neuzeit</title>, <volume>Bd. 2</volume>, "
                 "<place>Bremen</place> <date>1990</date>, <pages>S. 7</pages>.").work
    assert (book.title, book.container_title) == ("Die Stadt. Die Neuzeit", "")  # a book's volume and imprint


def test_a_journal_cited_by_its_year_before_the_pages_is_read_out_of_the_title():
    work = entry("<author>Lund, H.</author>, <date>1984</date>: <title>Wenn die Stadt wächst. Kommune</title> "
                 "<date>1984</date>: <pages>54-60</pages>.").work
    assert (work.type, work.title, work.container_title) == ("article-journal", "Wenn die Stadt wächst", "Kommune")
    once = entry("<author>Lund, H.</author>: <title>Die Stadt. Die Neuzeit</title> <date>1984</date>: "
                 "<pages>54-60</pages>.").work
    assert once.title == "Die Stadt. Die Neuzeit"  # one year: the work's, no journal's


@pytest.mark.parametrize("pages, date, page", [
    ("1927-28", (1927, 1928), ""),       # the years a volume of proceedings spans, read as pages
    ("pp. 1927-28", None, "1927–28"),    # marked: pages
    ("1927-1948", None, "1927–1948"),    # too long a span for a volume: pages
])
def test_unmarked_pages_that_span_a_few_years_in_a_work_with_no_date_are_its_date(pages, date, page):
    work = entry(f"<author>Rossi R.</author>, <title>La crisi di una città</title>, in «<container>Atti "
                 f"dell'Accademia</container>», <volume>t. 87</volume>, <pages>{pages}</pages>.").work
    assert ((work.issued.year, work.issued.end[0]) if work.issued else None, work.page) == (date, page)


def test_a_journal_that_opens_with_a_written_out_sentence_starts_with_the_title():
    work = entry("<author>Holm KE</author> (<date>1994</date>) <container>Sorting. J Netw Sci</container> "
                 "<volume>3</volume>:<pages>5–9</pages>").work
    assert (work.title, work.container_title) == ("Sorting", "J Netw Sci")
    kept = entry("<author>Holm KE</author> (<date>1994</date>) <container>Trans. Netw. Sci</container> "
                 "<volume>3</volume>:<pages>5–9</pages>").work
    assert (kept.title, kept.container_title) == ("", "Trans. Netw. Sci")  # "Trans." begins a journal word


def test_an_arxiv_id_is_the_preprint_s_number_and_page():
    work = entry("<author>Holm, K.E.</author>: <title>Sorting networks</title>. <genre>arXiv preprint</genre> "
                 "<identifier>arXiv:2104.01234</identifier> (<date>2021</date>)").work
    assert (work.type, work.note, work.url) == ("document", "arXiv:2104.01234", "https://arxiv.org/abs/2104.01234")


def test_an_edited_book_s_last_short_sentence_before_the_place_is_its_publisher():
    work = entry("<author>Holm KE</author> (<date>1994</date>) <title>Sorting</title>. In: <editor>Lind A (ed)</editor> "
                 "<container>Networks of the north. Harlow Press</container>, <place>Leeds</place>, <pages>pp 3–9</pages>").work
    assert (work.type, work.container_title, work.publisher, work.publisher_place) == (
        "chapter", "Networks of the north", "Harlow Press", "Leeds")


def test_an_ordinal_s_stop_ends_no_sentence_of_the_title():
    work = entry("<author>Brenner, Karl</author>: <title>Die Stadt im Wandel. Studien zum 19. Jahrhundert</title>, "
                 "<place>Hamburg</place> <date>1988</date>.").work
    assert (work.title, work.publisher, work.publisher_place) == (
        "Die Stadt im Wandel. Studien zum 19. Jahrhundert", "", "Hamburg")


def test_a_journal_read_after_a_book_s_title_is_its_subtitle():
    work = entry("<author>Baker, Tom</author>, „<title>When the Rain Came</title>“. <container>Farmers of the "
                 "Southern Plains</container>, <place>London</place> <date>1999</date>.").work
    assert (work.type, work.title, work.container_title, work.publisher_place) == (
        "book", "When the Rain Came. Farmers of the Southern Plains", "", "London")


@pytest.mark.parametrize("marked, title, place, publisher", [
    ("<author>Grünwald, Peter</author> (<date>1996</date>), <publisher>Offene Räume</publisher>, "
     "<place>Reinbek</place>.", "Offene Räume", "Reinbek", ""),
    ("<author>Brandl, A.</author>, <date>1979</date>: <place>Gewalt. Stuttgart</place>: "
     "<publisher>Klett-Cotta</publisher>.", "Gewalt", "Stuttgart", "Klett-Cotta"),
    # a city's name as the title: another field stands between it and the imprint's place
    ("<author>Lind, Maja</author>, <place>Venedig</place>, <edition>2. Aufl.</edition>, <place>München</place> "
     "<date>1968</date>.", "Venedig", "München", ""),
])
def test_a_title_read_as_the_first_part_of_an_imprint_is_the_title(marked, title, place, publisher):
    work = entry(marked).work
    assert (work.title, work.publisher_place, work.publisher) == (title, place, publisher)


@pytest.mark.parametrize("marked, title", [
    ("<editor>Lenz, W./Roth, K. (Hrsg.)</editor>, <date>1993</date>: <publisher>Schule</publisher>, <title>Gewalt "
     "und Staat</title>. <place>Opladen</place>: <publisher>Budrich</publisher>.", "Schule, Gewalt und Staat"),
    ("<editor>Wiegand, Uwe (Hg.)</editor> (<date>2002</date>), <place>Performanz</place>: <title>Zwischen Sprache "
     "und Kultur</title>, <place>Frankfurt a.M.</place>", "Performanz: Zwischen Sprache und Kultur"),
])
def test_an_imprint_read_before_the_title_is_the_title_s_first_words(marked, title):
    assert entry(marked).work.title == title


def test_unmarked_names_right_after_the_authors_are_no_editors():
    """ "Lynch, N.A.: Distributed Algorithms. Morgan Kaufmann": the title read as editors."""
    work = entry("<author>Lynch, N.A.</author>: <editor>Distributed Algorithms. Morgan Kaufmann</editor>, "
                 "<place>San Francisco</place> (<date>1996</date>)").work
    assert (work.title, work.publisher, work.publisher_place, work.editors) == (
        "Distributed Algorithms", "Morgan Kaufmann", "San Francisco", ())


CORRECTIONS = [
    # a journal read between the title and "In:" is the title's next sentence
    ("<author>Roth, Eva</author>: <title>Die Stadt</title>. <container>Wege und Ziele der Planung</container>. "
     "In: <container>Archiv für Stadtgeschichte</container> <volume>4</volume> (<date>1990</date>), <pages>S. "
     "7–19</pages>.",
     ("type", "title", "container_title", "page"),
     ("article-journal", "Die Stadt. Wege und Ziele der Planung", "Archiv für Stadtgeschichte", "7–19")),
    # a chapter's book after "In:" and its editors keeps its title
    ("<author>Roth, Eva</author>: <title>Die Stadt</title>. In: <editor>Lenz, Ida (Hg.)</editor>: <container>Wege "
     "der Planung</container>, <place>Bonn</place> <date>1990</date>.",
     ("type", "title", "container_title"), ("chapter", "Die Stadt", "Wege der Planung")),
    # a place that names an institution is the publisher
    ("<author>Vermeer, F.</author> (<date>2019</date>). <title>Councils and inclusion</title> [<genre>Doctoral "
     "dissertation</genre>, <place>Universiteit van Utrecht</place>]. <publisher>Repository</publisher>.",
     ("type", "publisher", "publisher_place", "note"), ("thesis", "Universiteit van Utrecht", "", "Repository")),
    # a publisher read up to a connective goes on with the place after it
    ("<author>Vermeer, F.</author> (<date>2019</date>). <title>Councils</title> [<genre>Doctoral dissertation"
     "</genre>, <publisher>Universiteit van</publisher> <place>Utrecht</place>].",
     ("publisher", "publisher_place"), ("Universiteit van Utrecht", "")),
    # names after the authors and the title are the publisher
    ("<author>Holm, K.</author>: <title>Sorting</title>. In: <container>ALGO 2016</container>, <pages>pp. 1–10"
     "</pages>. <author>Schloss Berg</author> (<date>2017</date>)",
     ("publisher", "container_title"), ("Schloss Berg", "ALGO 2016")),
    # a short second part of the book right before its volume is the series
    ("<author>Holm, K.</author>: <title>Sorting</title>. In: <editor>Lind, A. (ed.)</editor> <container>ALGO "
     "2016</container>. <container>LIPIcs</container>, <volume>vol. 7</volume>, <pages>pp. 1–10</pages> "
     "(<date>2017</date>)",
     ("container_title", "collection_title", "collection_number", "volume"), ("ALGO 2016", "LIPIcs", "7", "")),
]


@pytest.mark.parametrize("marked, names, expected", CORRECTIONS)
def test_title_imprint_and_series_corrections(marked, names, expected):
    work = entry(marked).work
    assert tuple(getattr(work, name) for name in names) == expected
    assert [a.family for a in work.authors] in (["Vermeer"], ["Holm"], ["Roth"])


def test_an_imprint_with_no_title_keeps_a_known_place_and_is_reported():
    parsed = entry("<author>Office of Health</author> (<date>1990</date>), <place>London</place>: "
                   "<publisher>HMSO</publisher>.")
    assert parsed.work is None and [p.kind for p in parsed.problems] == ["unparsed"]


@pytest.mark.parametrize("marked, container", [
    ("<author>Smith, J.</author>, „<title>Old Roads</title>“, <container>The Courier</container>, "
     "<place>Leeds</place>, <date>3 May 1990</date>.", "The Courier"),  # a newspaper, cited by its day
    ("<author>Lenz, Ida</author>: <title>Markt</title>. <container>Zeitschrift für Handel</container>, "
     "<place>Bonn</place> <date>1990</date>.", "Zeitschrift für Handel"),  # a journal word
    ("<author>Lenz, Ida</author>: <title>Markt</title>. In: <container>Handel heute</container>, "
     "<place>Bonn</place> <date>1990</date>.", "Handel heute"),  # "In:" before it
    ("<author>Lenz, Ida</author>: <title>Markt und Staat. Hg.</title> <container>Wege der Ordnung</container>, "
     "<place>Bonn</place> <date>1990</date>.", "Wege der Ordnung"),  # the title ends on an editor mark
    ("<author>Lenz, Ida</author>: <title>Markt und Staat. Die</title> <container>Ordnung heute</container>, "
     "<place>Bonn</place> <date>1990</date>.", "Ordnung heute"),  # the title cut after an article
])
def test_a_journal_stays_a_journal(marked, container):
    assert entry(marked).work.container_title == container


def test_a_series_and_its_number_at_the_end_of_the_book_of_a_paper():
    work = entry("<author>Holm, K.</author>: <title>Sorting</title>. In: <editor>Lind, A. (ed.)</editor> "
                 "<container>NETS 2019. LIPIcs</container>, <volume>vol. 12</volume>, <pages>pp. 4:1–4:9</pages>. "
                 "<publisher>Harlow Press</publisher>, <place>Leeds</place> (<date>2019</date>)").work
    assert (work.container_title, work.collection_title, work.collection_number, work.volume, work.page) == (
        "NETS 2019", "LIPIcs", "12", "", "4:1–4:9")


def test_an_entry_holds_no_prose_and_no_names_after_its_title():
    work = entry("<author>Holm KE</author> (<date>1994</date>) <prose>Networks grow faster than towns.</prose> "
                 "<author>J Netw Sci</author> <volume>3</volume>:<pages>5–9</pages>").work
    assert (work.type, work.title, work.container_title, work.volume) == (
        "article-journal", "Networks grow faster than towns", "J Netw Sci", "3")
    book = entry("<author>Holm, K.</author>: <title>Sorting</title>. <author>Harlow Press</author>, "
                 "<place>Leeds</place> (<date>2019</date>)").work
    assert (book.publisher, [a.family for a in book.authors]) == ("Harlow Press", ["Holm"])


def test_pages_within_an_article_number_labelled_in_pieces_are_one_range():
    work = entry("<author>Holm, K.</author>: <title>Sorting</title>. <container>J. Netw.</container> "
                 "<volume>3</volume>(<issue>2</issue>), <volume>42</volume>:<pages>1–42</pages>:<pages>36</pages> "
                 "(<date>2015</date>)").work
    assert (work.volume, work.issue, work.page) == ("3", "2", "42:1–42:36")


def test_a_thesis_has_its_university_as_publisher_and_the_repository_apart():
    work = entry("<author>Holm, K.</author> (<date>2019</date>). <title>Sorting</title> [<genre>Doctoral dissertation"
                 "</genre>, <publisher>University of Leeds</publisher>]. <publisher>Leeds Repository</publisher>.").work
    assert (work.type, work.publisher, work.note) == ("thesis", "University of Leeds", "Leeds Repository")


def test_a_particle_opens_a_family_name_not_a_given_first_name():
    work = entry("<author>van Holm, R., Lind, D.</author>: <title>Sorting</title>. <container>J. Netw.</container> "
                 "<volume>3</volume>, <pages>1–9</pages> (<date>2015</date>)").work
    assert [(a.particle, a.family, a.given) for a in work.authors] == [("van", "Holm", "R."), ("", "Lind", "D.")]


def test_an_abbreviated_journal_keeps_its_last_stop_and_a_journal_taken_for_a_translator_is_one():
    work = entry("<author>Holm, K.</author>: <title>Sorting</title>. <translator>Trans. Netw. Syst.</translator> "
                 "<volume>16</volume>(<issue>2</issue>), <pages>133–169</pages> (<date>1998</date>)").work
    assert (work.type, work.container_title, work.translators) == ("article-journal", "Trans. Netw. Syst.", ())
    plain = entry("<author>Holm, K.</author>: <title>Sorting</title>. <container>Network Review.</container> "
                  "<volume>16</volume>, <pages>1–9</pages> (<date>1998</date>)").work
    assert plain.container_title == "Network Review"


@pytest.mark.parametrize("marked, names", [
    ("<author>Karl Muster, Alte Wege</author>, <place>Hamburg</place> <date>1990</date>.", [("Muster", "Karl")]),
    ("<author>Karl Muster, K. Petrow, Alte Wege</author>, <place>Hamburg</place> <date>1990</date>.",
     [("Muster", "Karl"), ("Petrow", "K.")]),
])
def test_with_no_title_the_first_piece_after_names_in_reading_order_that_is_no_name_is_the_title(marked, names):
    work = entry(marked).work
    assert (work.title, work.publisher_place, work.issued.year) == ("Alte Wege", "Hamburg", 1990)
    assert [(a.family, a.given) for a in work.authors] == names


def test_a_subtitle_before_the_place_is_no_publisher_unless_a_publisher_word_is_in_it():
    subtitle = entry("<author>Muster, Karl</author>, <title>Alte Wege. Ein Versuch</title>. <place>Hamburg</place> "
                     "<date>1990</date>.").work
    assert (subtitle.title, subtitle.publisher) == ("Alte Wege. Ein Versuch", "")
    press = entry("<author>Muster, Karl</author>, <title>Alte Wege. The MIT Press</title>. <place>Hamburg</place> "
                  "<date>1990</date>.").work
    assert (press.title, press.publisher) == ("Alte Wege", "The MIT Press")


@pytest.mark.parametrize("printed, value", [
    ("(Die Stadt (1950–1960)).", "Die Stadt (1950–1960)"),
    ("Stadtforschung (1950–1960)", "Stadtforschung (1950–1960)"),
    ("„Titel“,", "Titel"),
    ("(1950)", "1950"),
    ("[Hrsg.]", "Hrsg"),
])
def test_a_value_loses_the_punctuation_around_it_but_keeps_a_bracket_it_opened(printed, value):
    assert tidy(printed) == value


def test_unmarked_words_after_a_title_s_colon_are_its_subtitle_and_marked_ones_its_editors():
    subtitle = entry("<author>Weber, Ulrich</author>: <title>Geschichte der Zölle</title>: <editor>Bauern, Händler, "
                     "Schiffer</editor>, <place>München</place> <date>2001</date>.").work
    assert (subtitle.title, subtitle.editors) == ("Geschichte der Zölle: Bauern, Händler, Schiffer", ())
    edited = entry("<author>Weber, Hans</author>, <title>Titel der Studie</title>, <editor>hg. von Karl Lenz</editor>, "
                   "<place>Berlin</place> <date>1990</date>.").work
    assert (edited.title, [(e.family, e.given, e.particle) for e in edited.editors]) == (
        "Titel der Studie", [("Lenz", "Karl", "")])


def test_in_ders_names_the_author_as_the_books_editor():
    work = entry("<author>Weber, Jürgen</author> (<date>1990</date>), »<title>Staat als Verfahren</title>«, in: "
                 "<backref>ders.</backref>: <title>Die</title> <container>Stadt – ein Projekt</container>, "
                 "<place>Leipzig</place>: <publisher>Reclam</publisher>, <pages>S. 180-212</pages>.").work
    assert (work.type, work.title, work.container_title, work.page) == (
        "chapter", "Staat als Verfahren", "Die Stadt – ein Projekt", "180–212")
    assert [(n.family, n.given) for n in work.editors] == [("Weber", "Jürgen")]


def test_a_journals_first_sentence_ending_on_a_word_in_lower_case_is_the_title():
    work = entry("<author>Roth, P.</author>, <date>1993</date>: <container>Wenn der Weg ein Abenteuer ist. "
                 "Bunte Welt</container> <volume>9</volume>: <pages>154</pages>.").work
    assert (work.type, work.title, work.container_title, work.volume) == (
        "article-journal", "Wenn der Weg ein Abenteuer ist", "Bunte Welt", "9")


def test_inverted_names_cut_by_slashes_are_no_title():
    work = entry("<author>Lind Berg, Karin/Weber, Urs</author> (<date>2000</date>), »<title>Global Markets</title>«, "
                 "<container>Journal of Trade</container> <volume>107</volume>: <pages>905-950</pages>.").work
    assert work.title == "Global Markets"
    assert [(n.family, n.given) for n in work.authors] == [("Lind Berg", "Karin"), ("Weber", "Urs")]


def test_an_untitled_entry_finds_its_title_read_as_a_series_or_as_the_head_of_its_editors():
    series = entry("<author>Ferri, B.</author>, <collection>Studi veneziani</collection> (<place>Milano</place>, "
                   "<date>1939</date>).").work
    assert (series.title, series.collection_title) == ("Studi veneziani", "")
    numbered = entry("<author>Ferri, B.</author>, <title>Il porto</title>, <collection>Studi veneziani</collection> "
                     "(<place>Milano</place>, <date>1939</date>).").work
    assert (numbered.title, numbered.collection_title) == ("Il porto", "Studi veneziani")  # a title: a series
    edited = entry("<editor>Commedia dei servi, a cura di G. Pol</editor>, <place>Venezia</place> "
                   "<date>1963</date>.").work
    assert (edited.title, [(e.family, e.given) for e in edited.editors]) == ("Commedia dei servi", [("Pol", "G.")])
    named = entry("<editor>Pol, G., a cura di</editor>, <title>Commedie</title>, <date>1963</date>.").work
    assert (named.title, [e.family for e in named.editors]) == ("Commedie", ["Pol"])  # a mark after the names
