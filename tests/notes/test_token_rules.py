"""Label corrections that hold whatever the model said (notes/token_rules.py), on labels given here."""

from converter.labeller import tokens as L
from converter.labeller.tokens import tokenize
from converter.notes.group_roles import no_name
from converter.notes.token_rules import corrected_labels


def relabel(text: str, labels_by_word: dict[str, str], default: str = L.PROSE) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    labels = [labels_by_word.get(t.text, default) for t in tokens]
    return [(t.text, label) for t, label in zip(tokens, corrected_labels(tokens, labels))]


def test_a_known_place_of_several_words_before_a_year_is_the_place():
    pairs = relabel("Folgen, Frankfurt a. M. 1985; Bonn 1990", {"M.": L.AUTHOR, "1985": L.DATE, "1990": L.DATE})
    assert [w for w, label in pairs if label == L.PLACE] == ["Frankfurt", "a.", "M."]
    assert dict(pairs)["Bonn"] == L.PROSE  # one word: the model's reading stands


def test_a_place_then_et_al_then_a_year():
    pairs = relabel("Perspektiven, Frankfurt a. M. u. a. 1999.", {"M.": L.AUTHOR, "u.": L.AUTHOR, "a.": L.AUTHOR,
                                                                  "1999": L.DATE})
    assert [label for w, label in pairs][2:8] == [L.PLACE] * 5 + [L.DATE]  # "u. a.": and other places


def test_a_known_place_not_before_a_year_keeps_its_labels():
    pairs = relabel("in New York gedruckt", {"New": L.TITLE, "York": L.TITLE})
    assert dict(pairs)["York"] == L.TITLE


def test_a_full_name_ends_at_a_comma_before_title_words():
    tokens = tokenize("Vgl. Margit Esser, Neuordnung des Baurechts, Kiel 1984.")
    labels = [L.SIGNAL] + [L.AUTHOR] * 6 + [L.OTHER, L.PLACE, L.DATE, L.OTHER]
    pairs = [(t.text, label) for t, label in zip(tokens, corrected_labels(tokens, labels))]
    assert [w for w, label in pairs if label == L.AUTHOR] == ["Margit", "Esser"]
    assert [w for w, label in pairs if label == L.TITLE] == ["Neuordnung", "des", "Baurechts"]


def test_names_after_a_comma_stay_names():
    for text in ("Hans Roth, Karl von Berg", "Hans Roth, K. Berg und Eva Lind", "Roth, Hans und Lind, Eva",
                 "Anna Roth, Eva Lind and Tom Berg"):
        labels = {t.text: L.AUTHOR for t in tokenize(text)}
        assert all(label == L.AUTHOR for _, label in relabel(text, labels)), text


def test_initials_alone_name_nobody():
    assert no_name("M. u. a.") and no_name("M.")
    assert not no_name("M. Weber") and not no_name("Weber u. a.")


def labelled(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Tokens of the words given, with their labels, after the corrections."""
    text = " ".join(word for word, _ in pairs)
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [word for word, _ in pairs]
    return [(t.text, label) for t, label in zip(tokens, corrected_labels(tokens, [label for _, label in pairs]))]


def test_prose_between_editors_and_an_imprint_is_the_book():
    after_in = labelled([("in", L.OTHER), ("K.", L.EDITOR), ("Lund", L.EDITOR), ("(", L.EDITOR), ("ed.", L.EDITOR), (")", L.EDITOR),
                         (",", L.OTHER), ("Rivers", L.PROSE), ("of", L.PROSE), ("Trade", L.PROSE), ("(", L.OTHER),
                         ("Leeds", L.PLACE), ("1990", L.DATE), (")", L.OTHER)])
    assert [label for word, label in after_in if word in ("Rivers", "Trade")] == [L.CONTAINER] * 2
    edited = labelled([("Ina", L.EDITOR), ("Berg", L.EDITOR), ("(", L.EDITOR), ("Hg.", L.EDITOR), (")", L.EDITOR), (",", L.OTHER),
                       ("Die", L.PROSE), ("Flüsse", L.PROSE), (",", L.OTHER), ("Köln", L.PLACE), ("1985", L.DATE)])
    assert [label for word, label in edited if word in ("Die", "Flüsse")] == [L.TITLE] * 2


def test_prose_after_editors_stays_prose_when_no_imprint_follows():
    pairs = labelled([("Ina", L.EDITOR), ("Berg", L.EDITOR), ("(", L.EDITOR), ("Hg.", L.EDITOR), (")", L.EDITOR), (";", L.OTHER),
                      ("Dazu", L.PROSE), ("kritisch", L.PROSE), ("Lund", L.AUTHOR), ("1990", L.DATE)])
    assert dict(pairs)["Dazu"] == L.PROSE
    pairs = labelled([("Ina", L.EDITOR), ("Berg", L.EDITOR), (",", L.OTHER), ("dazu", L.PROSE),
                      ("Köln", L.PLACE), ("1985", L.DATE)])
    assert dict(pairs)["dazu"] == L.PROSE  # lower case: no title starts so


def test_names_after_an_authors_year_and_colon_open_the_title():
    pairs = labelled([("Ruth", L.AUTHOR), ("Falk", L.AUTHOR), ("(", L.OTHER), ("2005", L.DATE), (")", L.OTHER),
                      (":", L.OTHER), ("Bremen", L.AUTHOR), (",", L.AUTHOR), ("Kassel", L.AUTHOR), ("und", L.TITLE),
                      ("die", L.TITLE), ("Häfen", L.TITLE)])
    assert [word for word, label in pairs if label == L.TITLE] == ["Bremen", ",", "Kassel", "und", "die", "Häfen"]
    assert [word for word, label in pairs if label == L.AUTHOR] == ["Ruth", "Falk"]
    no_brackets = labelled([("Falk", L.AUTHOR), ("2005", L.DATE), (":", L.OTHER), ("Bremen", L.AUTHOR),
                            ("und", L.TITLE), ("Kiel", L.TITLE)])
    assert dict(no_brackets)["Bremen"] == L.TITLE


def test_a_short_form_after_an_authors_year_keeps_the_next_author():
    # "Falk (2005): 12; Lind (2006): 4": after the colon comes a page, and the next name follows a ";".
    pairs = labelled([("Falk", L.AUTHOR), ("(", L.OTHER), ("2005", L.DATE), (")", L.OTHER), (":", L.OTHER),
                      ("12", L.LOCATOR), (";", L.OTHER), ("Lind", L.AUTHOR), ("(", L.OTHER), ("2006", L.DATE),
                      (")", L.OTHER), (":", L.OTHER), ("4", L.LOCATOR)])
    assert [word for word, label in pairs if label == L.AUTHOR] == ["Falk", "Lind"]
    no_year = labelled([("Falk", L.AUTHOR), (":", L.OTHER), ("Lind", L.AUTHOR), ("und", L.TITLE)])
    assert dict(no_year)["Lind"] == L.AUTHOR  # no year before the colon: the rule does not apply


def test_a_full_name_ends_at_a_comma_before_an_article():
    pairs = labelled([("Karl", L.AUTHOR), ("Lind", L.AUTHOR), (",", L.AUTHOR), ("Die", L.AUTHOR), ("Stadt", L.AUTHOR)])
    assert [word for word, label in pairs if label == L.TITLE] == ["Die", "Stadt"]
    particle = labelled([("Karl", L.AUTHOR), ("Lind", L.AUTHOR), (",", L.AUTHOR), ("De", L.AUTHOR), ("Santis", L.AUTHOR)])
    assert all(label == L.AUTHOR for _, label in particle)  # "De Santis": a particle opens a name


def test_a_full_name_ends_at_a_comma_when_in_follows_the_next_piece():
    pairs = labelled([("Karl", L.AUTHOR), ("Lind", L.AUTHOR), (",", L.AUTHOR), ("Neue", L.AUTHOR), ("Wege", L.AUTHOR),
                      (",", L.OTHER), ("in", L.OTHER), (":", L.OTHER), ("Ostkunde", L.CONTAINER)])
    assert [word for word, label in pairs if label == L.TITLE] == ["Neue", "Wege"]
    two = labelled([("Karl", L.AUTHOR), ("Lind", L.AUTHOR), (",", L.AUTHOR), ("Neue", L.AUTHOR), ("Wege", L.AUTHOR),
                    (",", L.OTHER), ("Bonn", L.PLACE), ("1990", L.DATE)])
    assert L.TITLE not in {label for _, label in two}  # no "in:": the model's two names stand
