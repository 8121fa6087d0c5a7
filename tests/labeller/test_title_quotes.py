"""A quote inside a title does not end it (labeller/title_quotes.py), on labels given here."""

from converter.labeller import tokens as L
from converter.labeller.title_quotes import title_goes_on_after_a_quote
from converter.labeller.tokens import tokenize


def corrected(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    text = " ".join(word for word, _ in pairs)
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [word for word, _ in pairs]
    labels = title_goes_on_after_a_quote(tokens, [label for _, label in pairs])
    return [(t.text, label) for t, label in zip(tokens, labels)]


def test_the_words_after_a_closing_mark_inside_a_title_are_the_title():
    pairs = corrected([("Praxis", L.TITLE), ("des", L.TITLE), ("„", L.TITLE), ("Einsatzes", L.TITLE),
                       ("“", L.OTHER), ("in", L.OTHER), ("der", L.CONTAINER), ("Stadt", L.CONTAINER),
                       (",", L.OTHER), ("Bonn", L.PLACE), ("1999", L.DATE)])
    assert [w for w, label in pairs if label == L.TITLE] == ["Praxis", "des", "„", "Einsatzes", "“", "in", "der",
                                                             "Stadt"]
    assert dict(pairs)["Bonn"] == L.PLACE


def test_a_year_after_the_mark_is_the_titles_only_when_another_date_follows():
    pairs = [("Die", L.TITLE), ("„", L.TITLE), ("Aktion", L.TITLE), ("“", L.OTHER), ("1950", L.DATE), (".", L.OTHER)]
    assert dict(corrected(pairs + [("Köln", L.PLACE), ("2004", L.DATE)]))["1950"] == L.TITLE
    alone = corrected(pairs)
    assert dict(alone)["1950"] == L.DATE and dict(alone)["“"] == L.TITLE


def test_a_quoted_title_and_a_quote_closed_inside_stay_as_read():
    quoted = [("„", L.TITLE), ("Die", L.TITLE), ("Stadt", L.TITLE), ("“", L.OTHER), ("in", L.OTHER),
              ("der", L.CONTAINER), ("Zeit", L.CONTAINER)]
    assert corrected(quoted) == quoted  # the quote opens the title: its closing mark ends it
    closed = [("Der", L.TITLE), ("„", L.TITLE), ("echte", L.TITLE), ("“", L.TITLE), ("Fall", L.TITLE),
              (",", L.OTHER), ("in", L.OTHER), ("der", L.CONTAINER), ("Zeit", L.CONTAINER)]
    assert corrected(closed) == closed
    before_in = [("Der", L.TITLE), ("„", L.TITLE), ("Fall", L.TITLE), ("“", L.OTHER), ("In", L.OTHER),
                 (":", L.OTHER), ("Zeit", L.CONTAINER)]
    assert [label for _, label in corrected(before_in)][3:] == [L.TITLE, L.OTHER, L.OTHER, L.CONTAINER]


def test_a_title_opened_by_a_quote_runs_to_its_closing_mark():
    pairs = corrected([("»", L.OTHER), ("Stille", L.TITLE), ("Wasser", L.CONTAINER), ("«", L.OTHER),
                       (",", L.OTHER), ("Kultur", L.CONTAINER), (",", L.OTHER), ("Jg.", L.VOLUME), ("8", L.VOLUME)])
    assert [w for w, label in pairs if label == L.TITLE] == ["Stille", "Wasser"]
    assert [w for w, label in pairs if label == L.CONTAINER] == ["Kultur"]


def test_two_quoted_titles_joined_by_in_stay_two():
    pairs = [("„", L.OTHER), ("Der", L.TITLE), ("Fall", L.TITLE), (",", L.OTHER), ("in", L.OTHER), (":", L.OTHER),
             ("Die", L.CONTAINER), ("Zeit", L.CONTAINER), ("“", L.OTHER)]
    assert corrected(pairs) == pairs
