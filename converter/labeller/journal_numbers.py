"""A journal cited by a short name or its siglum after "in:", whatever the model said, for notes and
list entries alike.

"…, in: Leviathan 27/2005, S. 5", "in: KZfS 27 (2005), S. 5", "in: ZfS, H. 3/2005, S. 5": the
model, trained mostly on journals of several words, reads a one-word journal as an editor, a
remark or a locator. One to three capitalized words right after "in:", followed (a comma between
or not) by an article's numbering (a volume number, a serial mark and its number, "27/2005") and
then by a year in brackets, a comma, a colon or the end, are the journal: a book after "in:" has
no number right after its title, and names have an editor's mark. In "27/2005" the first number is
the issue and the second the year.
"""

from __future__ import annotations

from converter.labeller import tokens as L
from converter.labeller.token_types import YEAR
from converter.labeller.tokens import NUMBER, WORD, Token
from converter.lexicon import CONTAINER_MARKS, SERIAL_MARKS

MAX_JOURNAL_WORDS = 3
ISSUE_MARKS = frozenset(("no.", "nos.", "nr.", "h.", "heft", "n.", "nn.", "num.", "núm.", "nº", "n°", "fasc.",
                         "issue", "iss."))
NUMBERING_ENDS = frozenset((",", ":", ".", ";", "("))


def journal_after_in(tokens: list[Token], labels: list[str]) -> list[str]:
    labels = list(labels)
    for index in range(len(tokens) - 3):
        if tokens[index].text.lower() in CONTAINER_MARKS and tokens[index + 1].text == ":":
            read_journal(tokens, labels, index + 2)
    return labels


def read_journal(tokens: list[Token], labels: list[str], start: int) -> None:
    end = start
    while end < len(tokens) and end - start < MAX_JOURNAL_WORDS and tokens[end].kind == WORD \
            and tokens[end].text[:1].isupper() and tokens[end].text.lower() not in SERIAL_MARKS:
        end += 1
    if end == start:
        return
    numbering = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    numbers = numbering_labels(tokens, numbering)
    if numbers is None:
        return
    labels[start:end] = [L.CONTAINER] * (end - start)
    labels[numbering:numbering + len(numbers)] = numbers


def numbering_labels(tokens: list[Token], start: int) -> list[str] | None:
    """The labels of "27", "Nr. 8/1997", "H. 3", "B 29–30" when an article's numbering starts there
    and ends at a field's end; else None."""
    index, label = start, L.VOLUME
    if index < len(tokens) and tokens[index].text.lower() in ISSUE_MARKS:
        index, label = index + 1, L.ISSUE
    elif index < len(tokens) and tokens[index].text.lower() in SERIAL_MARKS:
        index += 1
    elif index + 1 < len(tokens) and len(tokens[index].text) == 1 and tokens[index].text.isupper() \
            and tokens[index + 1].kind == NUMBER:
        index, label = index + 1, L.ISSUE  # a series letter: "B 29–30"
    if index >= len(tokens) or tokens[index].kind != NUMBER:
        return None
    if index == start and YEAR.fullmatch(tokens[index].text):
        return None  # "in: Olsen 1960, p. 5": an author and year, not a volume
    labels = [label] * (index - start + 1)
    index += 1
    while index + 1 < len(tokens) and tokens[index].text in "-–/" and tokens[index + 1].kind == NUMBER:
        if tokens[index].text == "/" and YEAR.fullmatch(tokens[index + 1].text):
            labels[:] = [L.ISSUE] * len(labels)  # "27/2005": issue 27 of the year 2005
            labels += [L.OTHER, L.DATE]
            index += 2
            break
        labels += [label, label]
        index += 2
    if index < len(tokens) and tokens[index].text not in NUMBERING_ENDS:
        return None
    return labels
