"""A quote inside a title does not end it, whatever the model said, for notes and list entries alike.

"Arbeiter: Politik und Praxis des „Arbeitseinsatzes“ in der Wirtschaft, Bonn 1999": a title that
quotes a term goes on after the closing mark, which the model, trained mostly on quoted titles
that end there, reads as the title's end (and the words after it as a container or as prose).
When a quote opens inside a title run and its closing mark ends that run, the words right after
the mark are the title's still, up to the next punctuation that ends a field (",", ";", ":", ".",
a bracket), an "in:" or a field the model is sure of: a place, a page, a locator, an identifier.
A year there ("Die „Aktion“ 1949/50. Die Partei …") is the title's only when another date follows.

The other way round, a title that opens right after a quote mark fills its quotes: "»Stille
Wasser«, Kultur, Jg. 8": the model, sure of the journal that follows, may take the title's last
words for the journal's first; everything up to the matching closing mark is the title.
"""

from __future__ import annotations

from converter.labeller import tokens as L
from converter.labeller.tokens import Token

PAIRS = {"„": "“”", "“": "”", "«": "»", "»": "«", "‚": "‘’", "‘": "’", '"': '"', "‹": "›"}
FIELD_ENDS = frozenset(",;:.()[]")
FIRM_LABELS = frozenset((L.PLACE, L.PUBLISHER, L.LOCATOR, L.PAGES, L.IDENTIFIER, L.VOLUME, L.ISSUE, L.SIGNAL,
                         L.BACKREF))
MAX_WORDS_AFTER = 12
MAX_QUOTED = 60  # tokens: a longer "quote" is a stray mark, not a title's


def title_goes_on_after_a_quote(tokens: list[Token], labels: list[str]) -> list[str]:
    labels = title_fills_its_quotes(tokens, labels)
    index = 0
    while index < len(labels):
        if labels[index] != L.TITLE:
            index += 1
            continue
        end = index
        while end < len(labels) and labels[end] == L.TITLE:
            end += 1
        closing = closed_inside(tokens, index, end)
        if closing is not None:
            end = extended(tokens, labels, closing)
        index = end
    return labels


def title_fills_its_quotes(tokens: list[Token], labels: list[str]) -> list[str]:
    labels = list(labels)
    for opening, token in enumerate(tokens[:-1]):
        closers = PAIRS.get(token.text)
        if not closers or labels[opening + 1] != L.TITLE:
            continue
        closing = next((i for i in range(opening + 2, min(len(tokens), opening + MAX_QUOTED))
                        if tokens[i].text in closers), None)
        if closing is None:
            continue
        inside = range(opening + 1, closing)
        if any(labels[i] == L.IDENTIFIER for i in inside) or is_in_mark(tokens, inside):
            continue
        labels[opening + 1:closing] = [L.TITLE] * (closing - opening - 1)
    return labels


def is_in_mark(tokens: list[Token], inside: range) -> bool:
    """An "in:" between the marks: they are two quoted titles (chapter and book), not one."""
    return any(tokens[i].text.lower() == "in" and i + 1 < len(tokens) and tokens[i + 1].text == ":"
               for i in inside)


def closed_inside(tokens: list[Token], start: int, end: int) -> int | None:
    """The closing mark right after a title run that opened a quote after its first word."""
    if end >= len(tokens):
        return None
    for i in range(start + 1, end):
        closers = PAIRS.get(tokens[i].text)
        if closers and tokens[end].text in closers and not any(t.text in closers for t in tokens[i + 1:end]):
            return end
    return None


def extended(tokens: list[Token], labels: list[str], closing: int) -> int:
    """Labels the closing mark and the words after it as title; returns where the title now ends."""
    stop = closing + 1
    while stop < len(tokens) and stop - closing <= MAX_WORDS_AFTER:
        token, label = tokens[stop], labels[stop]
        if token.text in FIELD_ENDS or label in FIRM_LABELS or label == L.TITLE:
            break
        if token.text.lower() == "in" and stop + 1 < len(tokens) and tokens[stop + 1].text == ":":
            break
        stop += 1
        if len(token.text) > 1 and token.text.endswith("."):  # "… des Reiches." : its stop ends the title
            break
    dates = [i for i in range(closing + 1, stop) if labels[i] == L.DATE]
    if dates and L.DATE not in labels[stop:]:
        stop = dates[0]  # the only year left: the work's, not the title's
    labels[closing:stop] = [L.TITLE] * (stop - closing)
    return stop
