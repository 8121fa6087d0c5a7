"""An inverted name ends at a given name written out with a full stop (labeller/name_ends.py)."""

from converter.labeller import tokens as L
from converter.labeller.name_ends import (
    family_in_lower_case_first,
    names_ending_at_a_given_name,
    title_inside_the_names,
    years_are_no_names,
)
from converter.labeller.tokens import tokenize


def corrected(text: str, labels_of: dict[str, str], default: str) -> dict[str, str]:
    tokens = tokenize(text)
    labels = [labels_of.get(t.text, default) for t in tokens]
    return {t.text: label for t, label in zip(tokens, names_ending_at_a_given_name(tokens, labels))}


def test_words_after_a_given_name_with_a_stop_open_the_title():
    labels = corrected("Brand, Peter. Kings of Grace", {}, L.AUTHOR)
    assert [labels[w] for w in ("Brand", ",", "Peter.")] == [L.AUTHOR] * 3
    assert [labels[w] for w in ("Kings", "of", "Grace")] == [L.TITLE] * 3
    two_given = corrected("Brand, Anna Maria. Kings of Grace", {}, L.EDITOR)
    assert two_given["Maria."] == L.EDITOR and two_given["Kings"] == L.TITLE


def test_initials_and_names_without_a_stop_tell_nothing():
    for text in ("Brand, O. Kings of Grace", "Brand, Peter, Kings of Grace", "Brand, Peter Kings"):
        assert set(corrected(text, {}, L.AUTHOR).values()) == {L.AUTHOR}, text
    # A word the given names do not hold ("Stadt.") is no name's end either.
    assert set(corrected("Brand, Stadt. Kings of Grace", {}, L.AUTHOR).values()) == {L.AUTHOR}


def test_labels_outside_the_names_stay():
    labels = corrected("Brand, Peter. Kings of Grace. London", {"London": L.PLACE, "Grace.": L.TITLE}, L.AUTHOR)
    assert labels["London"] == L.PLACE and labels["Grace."] == L.TITLE and labels["Kings"] == L.TITLE


def test_the_title_ends_at_an_editors_mark():
    labels = corrected("Brand, Peter. Complete Works. Ed. Karl Roth", {}, L.EDITOR)
    assert labels["Complete"] == L.TITLE and labels["Works."] == L.TITLE
    assert [labels[w] for w in ("Ed.", "Karl", "Roth")] == [L.EDITOR] * 3


def test_an_entrys_first_word_in_lower_case_before_initials_is_the_family():
    tokens = tokenize("moretti G. B., Il porto")
    labels = family_in_lower_case_first(tokens, [L.PROSE, L.AUTHOR, L.AUTHOR, L.OTHER, L.TITLE, L.TITLE])
    assert labels[:3] == [L.AUTHOR] * 3
    for text in ("Moretti G. B., Il porto", "moretti Gianni, Il porto"):  # capitalized, or no initial after it
        tokens = tokenize(text)
        given = [L.PROSE] + [L.AUTHOR] * (len(tokens) - 1)
        assert family_in_lower_case_first(tokens, given)[0] == L.PROSE, text


def test_an_entry_opening_with_a_whole_name_in_lower_case_opens_with_the_name():
    tokens = tokenize("ferri a.: Il porto, Genova 1901")
    glue = [L.OTHER, L.OTHER, L.OTHER, L.TITLE, L.TITLE, L.OTHER, L.PLACE, L.DATE]
    assert family_in_lower_case_first(tokens, glue)[:3] == [L.AUTHOR, L.AUTHOR, L.OTHER]
    tokens = tokenize("ferri A.: Il porto, Genova 1901")  # a capital initial: not lost small capitals
    assert family_in_lower_case_first(tokens, glue) == glue


def titled(text: str, names: int | None = None) -> list[str]:
    """The words labelled title once the first `names` tokens (all but a closing place and year when
    None) came from the model as one author run, with no title anywhere."""
    tokens = tokenize(text)
    count = len(tokens) - 3 if names is None else names
    labels = [L.AUTHOR] * count + [L.PLACE, L.DATE, L.OTHER][: len(tokens) - count]
    return [t.text for t, label in zip(tokens, title_inside_the_names(tokens, labels)) if label == L.TITLE]


def test_with_no_title_the_pieces_after_the_names_are_the_title():
    assert titled("Lindqvist, Torben. Harbours. Oslo 1988.") == ["Harbours."]
    assert titled("Lindqvist, T. G. Harbours, Oslo 1988.") == ["Harbours", ","]
    assert titled("Lindqvist, Catalogo delle navi antiche, Oslo 1988.") == ["Catalogo", "delle", "navi", "antiche", ","]
    assert titled("Lindqvist, Peter, and Anna Berg, eds. Harbours of the North. Oslo 1988.") == [
        "Harbours", "of", "the", "North."]


def test_the_title_stops_at_an_editors_mark_and_names_stay_names():
    assert titled("Lindqvist, Peter, Il porto antico, a cura di G. Berg, Oslo 1988.") == [
        "Il", "porto", "antico", ","]
    assert titled("Lindqvist, Peter, & Berg, Anna, Oslo 1988.") == []  # names only: nothing to give
    assert titled("Lindqvist, Torben, Oslo 1988.") == []  # a given name the lists do not know


def test_a_title_read_anywhere_leaves_the_names_alone():
    tokens = tokenize("Lindqvist, Peter. Harbours. Oslo 1988.")
    labels = [L.AUTHOR] * 5 + [L.TRANSLATOR, L.PLACE, L.DATE, L.OTHER]
    assert title_inside_the_names(tokens, labels) == labels


def test_a_year_read_as_part_of_a_name_is_a_date():
    tokens = tokenize("1914 BARONI Carlo, Il porto")
    read = [L.AUTHOR, L.AUTHOR, L.AUTHOR, L.OTHER, L.TITLE, L.TITLE]
    assert years_are_no_names(tokens, read) == [L.DATE, L.AUTHOR, L.AUTHOR, L.OTHER, L.TITLE, L.TITLE]
    tokens = tokenize("Lind 12 Berg")  # a number that is no year stays as read
    assert years_are_no_names(tokens, [L.AUTHOR] * 3) == [L.AUTHOR] * 3
