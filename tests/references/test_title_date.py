"""A work's title and date from its labelled fields (references/title_date.py), on fields built by hand."""

from converter.labeller import tokens as L
from converter.references.field_set import Fields
from converter.references.title_date import title_and_date


def fields_of(*pairs: tuple[str, str]) -> Fields:
    """Fields as fields_from_parts() makes them: the labelled pieces in printed order, without the
    punctuation between them."""
    fields = Fields()
    for label, text in pairs:
        fields.add(label, text)
    return fields


def test_title_pieces_next_to_each_other_are_one_title():
    fields = fields_of((L.AUTHOR, "Eva Lind"), (L.TITLE, "Die Stadt"), (L.TITLE, "Ein Bericht"),
                       (L.PLACE, "Bonn"), (L.DATE, "1990"))
    assert title_and_date(fields) == ("Die Stadt. Ein Bericht", "1990")


def test_a_title_run_after_the_imprint_and_the_page_is_not_the_title():
    # "Eva Lind, Tagebücher, Bonn 1990, S. 12. Die Briefe aus Rom …": the sentence after the
    # citation is the note's prose
    fields = fields_of((L.AUTHOR, "Eva Lind"), (L.TITLE, "Tagebücher"), (L.PLACE, "Bonn"),
                       (L.DATE, "1990"), (L.LOCATOR, "S. 12"), (L.TITLE, "Die Briefe aus Rom"))
    assert title_and_date(fields) == ("Tagebücher", "1990")


def test_a_title_run_after_the_place_is_not_added_to_the_title():
    fields = fields_of((L.AUTHOR, "Eva Lind"), (L.TITLE, "Tagebücher"), (L.PLACE, "Bonn"),
                       (L.TITLE, "Verlag am Fluss"))
    assert title_and_date(fields)[0] == "Tagebücher"


def test_a_year_inside_the_title_stays_there_when_the_imprint_has_its_own():
    fields = fields_of((L.TITLE, "Die Stadt"), (L.DATE, "1815–1871"), (L.PLACE, "Köln"),
                       (L.DATE, "2004"))
    assert title_and_date(fields) == ("Die Stadt 1815–1871", "2004")


def test_the_date_piece_with_the_year_dates_the_work_when_the_months_are_a_piece_before_it():
    # "…, in «Rivista nuova», N. 4-5 luglio - ottobre, 1939."
    fields = fields_of((L.AUTHOR, "Neri G."), (L.TITLE, "Per una storia"), (L.CONTAINER, "Rivista nuova"),
                       (L.ISSUE, "N. 4-5"), (L.DATE, "luglio - ottobre"), (L.DATE, "1939"))
    assert title_and_date(fields) == ("Per una storia", "1939")
