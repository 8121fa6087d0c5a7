"""Corrections of labelled parts that hold whatever the model labels."""

from __future__ import annotations

from converter.labeller.parts import Part, following_pages_stops, page_marked_dates, quoted_titles_closed


def parts_of_marked(text: str, *labelled: tuple[str, str]) -> list[Part]:
    """Parts for the given (piece, label) pairs, found left to right in `text`; the rest is other."""
    parts, position = [], 0
    for piece, label in labelled:
        start = text.index(piece, position)
        if start > position:
            parts.append(Part("other", position, start, 1.0))
        parts.append(Part(label, start, start + len(piece), 1.0))
        position = start + len(piece)
    return parts


def test_a_date_after_a_page_mark_is_pages_and_a_year_in_brackets_stays_a_date():
    text = "Proceedings of the Fourth Meeting, pp. 1702–1715 (2018)"
    parts = parts_of_marked(text, ("Proceedings of the Fourth Meeting", "container"), ("1702–1715", "date"),
                            ("2018", "date"))
    assert [p.label for p in page_marked_dates(text, parts, "pages")] == [
        "container", "other", "pages", "other", "date"]


def test_in_a_note_it_is_the_locator_and_a_date_after_a_volume_mark_stays():
    text = "Annalen, vol. 1848, S. 1901"
    parts = parts_of_marked(text, ("Annalen", "container"), ("1848", "date"), ("1901", "date"))
    assert [p.label for p in page_marked_dates(text, parts, "locator")] == [
        "container", "other", "date", "other", "locator"]


def test_the_stop_of_f_and_ff_belongs_to_the_locator():
    text = "Hartwig 1971, p. 9f."
    parts = parts_of_marked(text, ("Hartwig", "author"), ("1971", "date"), ("p. 9f", "locator"), (".", "other"))
    assert [text[p.start:p.end] for p in following_pages_stops(text, parts)][-1] == "p. 9f."
    text = "Hartwig 1971, p. 9. Then"
    parts = parts_of_marked(text, ("Hartwig", "author"), ("1971", "date"), ("p. 9", "locator"), (". Then", "other"))
    assert [text[p.start:p.end] for p in following_pages_stops(text, parts)][-2:] == ["p. 9", ". Then"]


def test_a_title_cut_inside_its_quotation_runs_to_the_end_of_its_sentence():
    text = "Ames, R. (2003). Who trusts “the neighbours”? A survey of towns. Rural Studies, 4, 1–9."
    parts = parts_of_marked(text, ("Ames, R.", "author"), ("2003", "date"), ("Who trusts “the neighbours", "title"),
                            ("”", "other"), ("? A survey of towns. Rural Studies", "container"))
    read = {p.label: text[p.start:p.end] for p in quoted_titles_closed(text, parts)}
    assert (read["title"], read["container"]) == ("Who trusts “the neighbours”? A survey of towns", "Rural Studies")


def test_a_closed_quotation_is_left_alone():
    text = "Ames, R. (2003). “Trust.” Rural Studies, 4."
    parts = parts_of_marked(text, ("Ames, R.", "author"), ("2003", "date"), ("“Trust.”", "title"),
                            ("Rural Studies", "container"))
    assert [(p.label, p.start, p.end) for p in quoted_titles_closed(text, parts)] == [
        (p.label, p.start, p.end) for p in parts]
