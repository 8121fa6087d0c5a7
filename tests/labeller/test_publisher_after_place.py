"""Title words after the place and its colon are the publisher (labeller/publisher_after_place.py),
on labels given here."""

from converter.labeller import tokens as L
from converter.labeller.publisher_after_place import publisher_after_place
from converter.labeller.tokens import tokenize

T, P, D, O, C = L.TITLE, L.PLACE, L.DATE, L.OTHER, L.LOCATOR


def corrected(text: str, labels: list[str]) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    return [(t.text, label) for t, label in zip(tokens, publisher_after_place(tokens, labels))]


def publisher(pairs) -> list[str]:
    return [word for word, label in pairs if label == L.PUBLISHER]


def test_title_words_between_the_place_and_the_page_cited_are_the_publisher():
    pairs = corrected("Stille Wasser, Kiel: Haus am See, 77", [T, T, O, P, O, T, T, T, O, C])
    assert publisher(pairs) == ["Haus", "am", "See"]
    assert [w for w, label in pairs if label == T] == ["Stille", "Wasser"]


def test_a_publisher_before_a_date_and_at_the_end():
    assert publisher(corrected("Wege, Kiel: Nordlicht, 2003", [T, O, P, O, T, O, D])) == ["Nordlicht"]
    assert publisher(corrected("Wege, Kiel: Nordlicht. 2003", [T, O, P, O, T, D])) == ["Nordlicht."]
    assert publisher(corrected("Wege, Kiel: Nordlicht", [T, O, P, O, T])) == ["Nordlicht"]
    assert publisher(corrected("Wege, Kiel: Nordlicht 2003", [T, O, P, O, T, D])) == ["Nordlicht"]


def test_a_place_that_opens_the_title_keeps_its_subtitle():
    # "Kiel: eine Stadt am Meer, Hamburg 1990": no title before the place, so the place is the title's
    pairs = corrected("Kiel: eine Stadt, Hamburg 1990", [P, O, T, T, O, P, D])
    assert publisher(pairs) == []


def test_title_words_followed_by_more_title_stay_title():
    # "…, Kiel: Neue Wege. Ein Bericht, 1990": the run ends at a stop followed by title words
    labels = [T, O, P, O, T, T, T, T, O, D]
    assert publisher(corrected("Alte, Kiel: Neue Wege. Ein Bericht, 1990", labels)) == []
