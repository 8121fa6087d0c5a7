"""A journal cited by a short name after "in:" (labeller/journal_numbers.py), on labels given here."""

import pytest

from converter.labeller import tokens as L
from converter.labeller.journal_numbers import journal_after_in
from converter.labeller.tokens import tokenize


def relabelled(text: str, wrong: str) -> list[tuple[str, str]]:
    """Every token after "in :" labelled `wrong` by a model, corrected."""
    tokens = tokenize(text)
    after = next(i for i, t in enumerate(tokens) if t.text == ":") + 1
    labels = [L.TITLE] * after + [wrong] * (len(tokens) - after)
    return [(t.text, label) for t, label in zip(tokens, journal_after_in(tokens, labels))]


def labelled(pairs, label):
    return [word for word, given in pairs if given == label]


@pytest.mark.parametrize("text, journal, volume, issue, date", [
    ("Arbeit in: Kommune 27/2005, S. 5", ["Kommune"], [], ["27"], ["2005"]),
    ("Arbeit in: ZfPS 12 (2005), S. 5", ["ZfPS"], ["12"], [], []),
    ("Arbeit in: ZfPS, H. 3/2005, S. 5", ["ZfPS"], [], ["H.", "3"], ["2005"]),
    ("Arbeit in: Ostkunde, B 29–30 (1993)", ["Ostkunde"], [], ["B", "29", "–", "30"], []),
    ("Arbeit in: Neue Praxis 53, S. 365-374", ["Neue", "Praxis"], ["53"], [], []),
])
def test_short_names_before_an_articles_numbering_are_the_journal(text, journal, volume, issue, date):
    pairs = relabelled(text, L.EDITOR)
    assert labelled(pairs, L.CONTAINER) == journal
    assert (labelled(pairs, L.VOLUME), labelled(pairs, L.ISSUE)) == (volume, issue)
    assert labelled(pairs, L.DATE) == date


@pytest.mark.parametrize("text", [
    "Arbeit in: Karl Lind (Hg.), Die Stadt, Bonn 1990",  # an edited book: names and a mark
    "Arbeit in: Die Stadt im Wandel der Zeit, Bonn 1990",  # a book's title runs on past three words
    "Arbeit in: Stadt 12 Thesen",  # a number inside a title, no field ends after it
    "Arbeit in: ders., Die Stadt",
])
def test_names_books_and_numbers_inside_titles_stay_as_labelled(text):
    assert {label for _, label in relabelled(text, L.EDITOR)} == {L.TITLE, L.EDITOR}


def test_a_name_and_a_year_after_in_are_no_journal_and_volume():
    assert L.CONTAINER not in {label for _, label in relabelled("Statut, in: Olsen 1960, p. 5", L.AUTHOR)}
