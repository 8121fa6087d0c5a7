"""Cut a citation text (a note, or a reference-list entry) into the tokens the labeller labels.

The labeller labels tokens, and a field is a run of tokens with one label, so a token must never
straddle two fields. Whitespace tokens (AnyStyle's) do: "12(3):45–67" holds a volume, an issue and
pages. Tokens here are therefore finer:

- a word: letters, with inner apostrophes and hyphens ("O’Brien", "Duke-Williams", "Forsthoff’schen")
  and one trailing full stop if printed ("J.", "Vgl.", "pp.", "Revolution.") -- the stop is what tells
  an abbreviation or a field's end, so it stays with its word;
- a number: digits, with up to two glued letters ("1974a", "2nd", "12a");
- an identifier, whole: a URL, a DOI, an ISBN ("ISBN 978-3-16-148410-0"), an arXiv id
  ("arXiv:2003.07760"), which rules read exactly (a split id reads as a volume and a year);
- any other character that is not a space, alone ("(", ",", ":", "–", "/", "“").

Each token keeps its offsets in the text, so labelled spans map back to the text as printed, and
whether a space stands before it (glued punctuation is a strong cue). Linear: one regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Field labels, in the order the README lists them. "other" is the glue between fields (punctuation,
# "In:", "and" between two works); "prose" is note text that belongs to no citation.
AUTHOR = "author"
EDITOR = "editor"
TRANSLATOR = "translator"
TITLE = "title"
CONTAINER = "container"  # journal, book of a chapter, proceedings
COLLECTION = "collection"  # book series
VOLUME = "volume"
ISSUE = "issue"
PAGES = "pages"  # the work's own page range
DATE = "date"
EDITION = "edition"
PUBLISHER = "publisher"
PLACE = "place"
IDENTIFIER = "identifier"  # DOI, ISBN, URL
GENRE = "genre"  # "PhD thesis", "Diss.", "Working paper"
NOTE = "note"  # bibliographic remarks: "Reprint", "accessed 3 May 2020", "[computer file]"
LOCATOR = "locator"  # the place cited: "S. 45", "p. 738f.", "vol. 3, p. 5"
SIGNAL = "signal"  # "Vgl.", "cf.", "see also", "voir"
BACKREF = "backref"  # ibid., ebd., ivi, id., op. cit., a.a.O., cit., loc. cit., ders.
PROSE = "prose"
OTHER = "other"

LABELS = (
    AUTHOR, EDITOR, TRANSLATOR, TITLE, CONTAINER, COLLECTION, VOLUME, ISSUE, PAGES, DATE, EDITION,
    PUBLISHER, PLACE, IDENTIFIER, GENRE, NOTE, LOCATOR, SIGNAL, BACKREF, PROSE, OTHER,
)

WORD, NUMBER, IDENT, PUNCT = "word", "number", "identifier", "punct"

_URL = r"(?:https?://|www\.)[^\s<>\"]{1,2000}[^\s<>\".,;:)\]}'’”]"
_DOI = r"(?:doi:\s?|DOI:?\s)?10\.\d{4,9}/[^\s\"<>]{1,500}[^\s\"<>.,;:)\]}'’”]"
_ISBN = r"ISBN(?:-1[03])?:?\s?[\dXx](?:[\d\-‐– ]{0,3}[\dXx]){9,12}"
_ARXIV = r"arXiv:\s?(?:\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z][A-Za-z.\-]{1,20}/\d{7}(?:v\d{1,3})?)"
_WORD = r"[^\W\d_]+(?:['’\-‐][^\W\d_]+){0,8}\.?"
_NUMBER = r"\d{1,12}(?:[^\W\d_]{1,2}(?![^\W\d_]))?"
TOKEN = re.compile(
    rf"(?P<identifier>{_URL}|{_DOI}|{_ISBN}|{_ARXIV})|(?P<word>{_WORD})|(?P<number>{_NUMBER})|(?P<punct>\S)"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # WORD, NUMBER, IDENT or PUNCT
    space_before: bool  # white space (or the text's start) right before it


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous_end = 0
    for match in TOKEN.finditer(text):
        start = match.start()
        tokens.append(Token(match.group(), start, match.end(), match.lastgroup,
                            start == 0 or start > previous_end))
        previous_end = match.end()
    return tokens


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled run of text: [start, end) in the text, and its label."""

    start: int
    end: int
    label: str


def token_labels(tokens: list[Token], spans: list[Span]) -> list[str]:
    """Training labels: each token gets the label of the span that holds its start, else OTHER."""
    ordered = sorted(spans, key=lambda s: s.start)
    labels = []
    index = 0
    for token in tokens:
        while index < len(ordered) and ordered[index].end <= token.start:
            index += 1
        span = ordered[index] if index < len(ordered) else None
        labels.append(span.label if span is not None and span.start <= token.start < span.end else OTHER)
    return labels


def spans_of(tokens: list[Token], labels: list[str]) -> list[Span]:
    """Labelled tokens -> runs of one label (OTHER included), with the text offsets they cover."""
    spans: list[Span] = []
    for token, label in zip(tokens, labels):
        if spans and spans[-1].label == label:
            spans[-1] = Span(spans[-1].start, token.end, label)
        else:
            spans.append(Span(token.start, token.end, label))
    return spans
