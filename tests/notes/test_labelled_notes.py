"""The rules around the labeller in a note: which labelled parts make one citation, and what it points
at. The labels come from markup (tests/marked.py), so these tests hold whatever a model labels."""

from __future__ import annotations

from marked import MarkedLabeller

from converter.notes.history import History
from converter.notes.labelled import read_labelled_note


def read(*marked: str, history: History | None = None):
    labeller = MarkedLabeller()
    texts = [labeller.add(m) for m in marked]
    history = history or History()
    return [read_labelled_note(text, history, labeller) for text in texts]


def forms(found):
    return [(f.reference.printed if f.reference else None, f.locator.printed, f.prefix, f.ibid, f.continuation)
            for f in found]


def test_short_forms_continuations_and_ibid():
    (first, unparsed), (second, _) = read(
        "<signal>Cf.</signal> <author>Lindqvist</author> <date>1965</date>, <locator>pp. 15, 17</locator>; "
        "<date>1968</date>, <locator>p. 167ff.</locator>",
        "<backref>Ibid.</backref>, <locator>p. 20</locator>.")
    assert forms(first) == [("Lindqvist 1965", "pp. 15, 17", "Cf.", False, False),
                            ("Lindqvist 1968", "p. 167ff.", "", False, True)]
    assert forms(second) == [("Lindqvist 1968", "p. 20", "", True, False)]
    assert unparsed == ""


def test_a_full_reference_in_a_note_becomes_a_work_with_its_locator():
    ((found, _),) = read(
        "<signal>Vgl.</signal> <author>Hanna Ebert</author>, <title>Die Stadt und ihr Umland</title>, "
        "<place>Tübingen</place> <date>1987</date>, <locator>S. 41</locator>.")
    work = found[0].reference.full
    assert (work.type, work.title, work.publisher_place, work.issued.year) == (
        "book", "Die Stadt und ihr Umland", "Tübingen", 1987)
    assert [(a.family, a.given) for a in work.authors] == [("Ebert", "Hanna")]
    assert (found[0].locator.printed, found[0].prefix) == ("S. 41", "Vgl.")


def test_a_chapter_in_a_book_edited_by_the_same_author():
    ((found, _),) = read(
        "<author>Jonas Brandt</author>, <title>Wege der Arbeit</title>, in: <editor>ders. (Hrsg.)</editor>, "
        "<container>Arbeit im Wandel</container>, <place>Bremen</place> <date>1995</date>, <pages>S. 3-34</pages>.")
    work = found[0].reference.full
    assert (work.type, work.container_title, work.page) == ("chapter", "Arbeit im Wandel", "3–34")
    assert [e.family for e in work.editors] == ["Brandt"]
    assert found[0].locator.value == "3–34"  # the pages a note cites


def test_ders_with_a_title_and_an_imprint_is_another_work_of_that_author():
    ((found, _),) = read(
        "<author>Lena Vogt</author>, <title>Markt und Staat</title>, <place>Köln</place> <date>1999</date>; "
        "<backref>dies.</backref>, <title>Staat und Gemeinde</title>, <place>Köln</place> <date>2003</date>.")
    assert [(f.reference.title, f.reference.date.year, [a.family for a in f.reference.authors]) for f in found] == [
        ("Markt und Staat", 1999, ["Vogt"]), ("Staat und Gemeinde", 2003, ["Vogt"])]


def test_an_op_cit_points_at_that_authors_last_work():
    history = History()
    (_, _), (found, _) = read(
        "<author>Marek</author> <date>1971</date>, <locator>p. 4</locator>.",
        "<author>Marek</author>, <backref>op. cit.</backref>, <locator>p. 9</locator>.", history=history)
    assert forms(found) == [("Marek 1971", "p. 9", "", False, False)]


def test_prose_and_quoted_phrases_make_no_work():
    ((found, unparsed),) = read(
        "<prose>In the author's words</prose> “<title>letting a hundred flowers bloom</title>” "
        "<prose>meant tolerance, not more</prose>.")
    assert found == []
    assert "letting a hundred flowers bloom" in unparsed


def test_a_year_in_prose_is_no_continuation():
    ((found, _),) = read(
        "<author>Ortega</author> <date>1965</date>, <locator>p. 91</locator>, "
        "<prose>the output only rose from 94 units</prose> (<date>1952</date>).")
    assert forms(found) == [("Ortega 1965", "p. 91", "", False, False)]


def test_a_periodical_issue_is_read_by_the_periodical_rule():
    ((found, _),) = read(
        "<container>WNA</container>, <issue>No. 12</issue> (<date>May 9, 1958</date>), <locator>p. 1</locator>; "
        "<issue>No. 16</issue> (<date>Dec. 14, 1958</date>), <locator>p. 2f.</locator>")
    assert forms(found) == [("WNA, No. 12 (May 9, 1958)", "p. 1", "", False, False),
                            ("WNA, No. 16 (Dec. 14, 1958)", "p. 2f.", "", False, True)]


def test_names_that_are_title_words_make_a_title():
    ((found, _),) = read("<author>Communist China</author> <date>1955–1959</date>, <locator>p. 45</locator>.")
    assert [(f.reference.kind, f.reference.title) for f in found] == [("title", "Communist China 1955–1959")]


def test_a_place_before_a_year_in_a_short_form_is_its_author():
    ((found, _),) = read("<place>Orleans</place> <date>1961</date>, <locator>p. 64</locator>.")
    assert [a.family for a in found[0].reference.authors] == ["Orleans"]


def test_a_place_and_year_after_words_and_a_comma_are_an_imprint_not_an_author():
    ((found, unparsed),) = read("<prose>Ein Dialog über die Reform, Manuskript</prose>, <place>Prag</place> "
                                "<date>1996</date>.")
    assert found == [] and "Prag 1996" in unparsed


def test_a_newspaper_cited_by_its_day_after_vom_is_read_by_the_periodical_rule():
    ((found, unparsed),) = read("<prose>So in der</prose> <container>Neuen Presse</container> vom "
                                "<date>28. 10. 1995</date>, <locator>S. 2</locator>.")
    issue = found[0].reference.periodical
    assert (issue.title, issue.date.iso(), issue.kind, found[0].locator.printed) == (
        "Neuen Presse", "1995-10-28", "article-newspaper", "S. 2")
    assert unparsed == "So in der"


def test_names_after_in_that_follow_an_author_are_the_editors_of_a_commentary():
    ((found, _),) = read("<author>Hoppe</author>, in: <author>Brand/Hoppe/Keller</author> <date>2010</date>, "
                         "<locator>§ 3 Rn. 4</locator>.")
    reference = found[0].reference
    assert ([a.family for a in reference.authors], reference.date.year, found[0].locator.printed) == (
        ["Hoppe"], 2010, "§ 3 Rn. 4")


def test_a_part_before_in_and_the_book_s_names_cite_the_book():
    """ "Art. 53, Constitution, in: Tomson/Su 1972": what stands before "in:" after other words is a
    part of the book, whatever the labeller called it; the book's names and year cite it."""
    ((found, _),) = read("<signal>Cf.</signal> <issue>Art. 53</issue>, <author>Constitution</author>, in: "
                         "<editor>Tomson/Su</editor> <date>1972</date>, <locator>p. 384f.</locator>")
    reference = found[-1].reference
    assert ([a.family for a in reference.authors], reference.date.year, reference.printed) == (
        ["Tomson", "Su"], 1972, "Tomson/Su 1972")


def test_a_volume_read_as_the_place_cited_right_after_the_book_is_its_volume():
    ((found, _),) = read("<author>Ann Kuhl</author>, “<title>The Rising</title>,” in <container>The History of "
                         "Rivers</container>, <locator>vol. 10</locator>, <editor>ed. John Fair</editor> (<place>"
                         "Leeds</place>: <publisher>Moor Press</publisher>, <date>1978</date>), <locator>264–317"
                         "</locator>.")
    work = found[0].reference.full
    assert (len(found), work.volume, [e.family for e in work.editors], found[0].locator.printed) == (
        1, "10", ["Fair"], "264–317")


def test_names_and_a_date_to_the_day_are_prose_not_a_short_form():
    ((found, unparsed),) = read("<prose>Ich danke</prose> <author>Ida Lenz</author>, <date>6.10.2006</date>.")
    assert found == [] and "Ida Lenz, 6.10.2006" in unparsed


def test_names_after_an_opening_bracket_begin_the_citation():
    ((found, unparsed),) = read("<prose>Wie</prose> <author>z. B. Fehler etc.</author> (<author>Brenner und Wolf"
                                "</author> <date>1989</date>: <locator>491</locator>).")
    assert [[a.family for a in f.reference.authors] for f in found] == [["Brenner", "Wolf"]]
    assert "Fehler etc." in unparsed


def test_a_quotation_labelled_prose_between_the_names_and_the_journal_is_the_title():
    ((found, unparsed),) = read(
        "<author>Reyes, M., and T. Okoro</author>, <prose>\"Counting looms in rural parishes\"</prose>, "
        "<container>Textile History Quarterly</container>, <volume>vol. 9</volume> (<date>1987</date>), "
        "<locator>44</locator>.")
    work = found[0].reference.full
    assert (work.title, work.container_title, work.volume, work.issued.year) == (
        "Counting looms in rural parishes", "Textile History Quarterly", "9", 1987)
    assert [a.family for a in work.authors] == ["Reyes", "Okoro"]
    assert unparsed == ""


def test_prose_quoting_a_phrase_after_a_citation_stays_prose():
    ((found, unparsed),) = read(
        "<author>Reyes</author> <date>1987</date>, <locator>p. 4</locator>; "
        "<prose>\"self-reliance\" meant something else in the north.</prose>")
    assert [f.reference.printed for f in found] == ["Reyes 1987"]
    assert "self-reliance" in unparsed


def test_another_issue_of_the_periodical_before_keeps_its_issue_mark():
    ((found, _),) = read(
        "<container>RNB</container>, No. <date>44 (Mar. 2, 1961)</date>, <locator>p. 3</locator>; "
        "No. <date>51 (Apr. 20, 1961)</date>, <locator>p. 2f.</locator>")
    assert forms(found)[1] == ("RNB, No. 51 (Apr. 20, 1961)", "p. 2f.", "", False, True)
    assert found[1].reference.periodical.issue == "51"


def test_a_volume_between_a_short_form_and_its_pages_is_the_volume_cited():
    first, second = read("<author>Varga</author> <date>1950–1962</date>, <volume>IV</volume>, <locator>p. 80</locator>.",
                         "<author>Varga</author> <date>1950–1962</date>, <title>IV</title>, <locator>p. 81</locator>.")
    assert [f.locator.printed for f in first[0] + second[0]] == ["IV, p. 80", "IV, p. 81"]
    assert first[0][0].reference == second[0][0].reference  # one work, whatever the volume was labelled


def test_prose_labelled_as_a_title_or_a_journal_cites_nothing():
    ((lower, _), (no_page, _)) = read(
        "<signal>esp.</signal> in <container>the second Table B</container> on the yields of rice.",
        "<title>The want of a land register</title> (<locator>T12</locator>) is a common complaint.")
    assert lower == [] and no_page == []


def test_a_word_before_a_number_that_names_nobody_is_no_author():
    ((found, _),) = read("<author>Art.</author> <issue>12</issue>, <title>Statute</title>, in: <author>Olsen</author> "
                         "<date>1960</date>, <locator>p. 5</locator>.")
    assert [f.reference.printed for f in found] == ["Olsen 1960"]


def test_a_person_after_of_with_a_date_after_a_comma_is_what_a_document_is_about():
    ((archive, _), (short, _)) = read(
        "Leeds Record Office, MS 12/4, rent book of <author>Thomas Hale</author>, <date>1712–19</date>.",
        "According to the figures of <author>Thomas Hale</author> <date>1965a</date>, <locator>p. 91</locator>.")
    assert [f.reference.printed for f in archive] == []
    assert [f.reference.printed for f in short] == ["Thomas Hale 1965a"]


def test_three_words_and_a_page_without_a_year_are_a_title():
    ((found, _),) = read("<signal>Cf.</signal> <author>Velikaja Russkaja Enciklopedija</author>, "
                         "<locator>Vol. II, p. 26</locator>.")
    assert (found[0].reference.kind, found[0].reference.title) == ("title", "Velikaja Russkaja Enciklopedija")


def test_id_without_its_stop_is_no_back_reference():
    ((found, unparsed),) = read("<author>Holm</author> <date>1961</date>. Then <backref>id</backref> was used.",)
    assert [f.reference.printed for f in found] == ["Holm 1961"] and "id was used" in unparsed


def test_a_title_ending_in_a_name_before_year_colon_page_is_an_author_year_short_form():
    ((found, unparsed),) = read(
        "Aus rechtlicher <title>Sicht Brandt</title> <date>2004</date>: <locator>282 ff.</locator>; "
        "<title>Zur Prüfung Lund/Roth</title> <date>2011</date>: <locator>65</locator>.")
    assert forms(found) == [("Brandt 2004", "282 ff.", "", False, False), ("Lund/Roth 2011", "65", "", False, False)]
    assert [[a.family for a in f.reference.authors] for f in found] == [["Brandt"], ["Lund", "Roth"]]
    assert "Sicht" in unparsed and "Zur Prüfung" in unparsed  # the prose stays in the note's unparsed text
    ((found, _), (journal, _)) = read("<title>Brandt</title> <date>2004</date>: <locator>282</locator>.",
                                      "nur <container>Kessler</container> <date>2000</date>: <pages>13</pages>.")
    assert [a.family for a in found[0].reference.authors] == ["Brandt"]
    assert [a.family for a in journal[0].reference.authors] == ["Kessler"]


def test_a_title_and_a_year_without_a_colon_stay_a_title():
    ((found, _),) = read("<title>Communist China</title> <date>1955</date>, <locator>p. 45</locator>.")
    assert (found[0].reference.title, found[0].reference.authors) == ("Communist China", ())


def test_two_places_joined_by_a_word_are_one_locator_and_prose_after_a_place_is_not():
    ((joined, _), (prose, _)) = read(
        "<author>Hanna Ebert</author>, <title>Die Stadt und ihr Umland</title>, <place>Tübingen</place> "
        "<date>1987</date>, <locator>S. 164–166</locator>, bzw. <locator>S. 240 f.</locator>",
        "<author>Karl Wolter</author>, <title>Handel und Zoll</title>, <place>Bonn</place> <date>1998</date>, "
        "<locator>S. 296</locator>. Das sagte er so auch in der Sitzung vom Mai, am <locator>26</locator>")
    assert (joined[0].locator.label, joined[0].locator.value) == ("page", "164–166, 240f.")
    assert joined[0].locator.printed == "S. 164–166, bzw. S. 240 f."
    assert prose[0].locator.value == "296"


def test_a_publisher_after_the_place_and_an_issue_after_the_volume_are_not_the_locator():
    ((report, _), (article, _)) = read(
        "<author>Karl Wolter</author>, <title>Handel und Zoll</title>, <place>Berlin</place>: "
        "<locator>Verlag Lenz, 80</locator>.",
        "<author>Hanna Ebert</author>, <title>Stadt und Land</title>, <container>Zeitschrift für Agrargeschichte"
        "</container> <volume>27</volume>:<locator>1, 171</locator>.")
    work = report[0].reference.full
    assert (work.publisher, work.publisher_place, report[0].locator.value) == ("Verlag Lenz", "Berlin", "80")
    work = article[0].reference.full
    assert (work.container_title, work.volume, work.issue, article[0].locator.value) == (
        "Zeitschrift für Agrargeschichte", "27", "1", "171")


def test_names_and_a_title_then_ibid_are_a_chapter_of_the_book_cited_last():
    ((book, _), (chapter, _)) = read(
        "<author>Hanna Ebert</author> (Hrsg.), <title>Gemeinden im Umbruch</title>, <place>Bremen</place> "
        "<date>1983</date>.",
        "<author>K. Petrow</author>, <title>Die Lage der Bauern</title>, <backref>ebd.</backref>, "
        "<locator>S. 77-86</locator>.")
    host, work = book[0].reference.full, chapter[0].reference.full
    assert [a.family for a in work.authors] == ["Petrow"]
    assert (work.type, work.title, work.container_title, work.issued.year, work.publisher_place) == (
        "chapter", "Die Lage der Bauern", host.title, 1983, "Bremen")
    assert chapter[0].locator.value == "77-86" and not chapter[0].ibid  # a locator keeps its printed dash


def test_names_read_as_an_author_after_in_are_those_of_the_book_the_chapter_is_in():
    ((found, _),) = read(
        "<author>Eva Roth</author>, <title>Die Partei</title>, in: <author>Karl Lind</author>, "
        "<title>Politik und Gesellschaft</title>, <place>Bonn</place> <date>1997</date>, <locator>S. 7</locator>.")
    assert len(found) == 1
    work = found[0].reference.full
    assert (work.type, work.title, work.container_title, work.issued.year) == (
        "chapter", "Die Partei", "Politik und Gesellschaft", 1997)
    assert [(n.family, n.given) for n in work.authors] == [("Roth", "Eva")]
    assert [(n.family, n.given) for n in work.editors] == [("Lind", "Karl")]


def test_unmarked_names_after_in_before_an_issue_are_the_journal():
    ((found, _),) = read(
        "<author>Eva Roth</author>, <title>Die Partei</title>, in: <editor>Ostpolitik</editor> "
        "(<place>Bonn</place>), <issue>Nr. 8/1997</issue>, <pages>S. 749-761</pages>.")
    work = found[0].reference.full
    assert (work.container_title, work.editors, work.issue, work.page) == ("Ostpolitik", (), "8/1997", "749–761")
