"""The publisher after the place and its colon, whatever the model said, for notes and list entries.

"…, Göttingen: Wallstein, 2003, S. 77", "Ebenhausen: Stiftung für Politik, 1999": the model, sure
of the place, may read a publisher it has never seen (a lower-case word, a foundation's name) as
more title. A run of title words right after the place and its colon is the publisher when a
title stands before the place (so the place is the imprint's, not a title's first word) and the
run ends at the end of the text, at a date, or at a comma, full stop or semicolon followed by the
end, a date, pages or the page cited.
"""

from __future__ import annotations

from converter.labeller import tokens as L
from converter.labeller.tokens import Token

MAX_PUBLISHER_TOKENS = 8
RUN_LABELS = frozenset((L.TITLE, L.PUBLISHER))
RUN_ENDS = frozenset(",.;")
AFTER_THE_IMPRINT = frozenset((L.DATE, L.PAGES, L.LOCATOR))


def publisher_after_place(tokens: list[Token], labels: list[str]) -> list[str]:
    labels = list(labels)
    for index in range(1, len(tokens) - 2):
        if labels[index] == L.PLACE and tokens[index + 1].text == ":" and labels[index + 2] == L.TITLE \
                and L.TITLE in labels[:index]:
            end = run_end(tokens, labels, index + 2)
            if end is not None:
                labels[index + 2:end] = [L.PUBLISHER] * (end - index - 2)
    return labels


def run_end(tokens: list[Token], labels: list[str], start: int) -> int | None:
    """Where a publisher starting at `start` ends, if what follows it is what follows an imprint."""
    end = start
    while end < len(tokens) and labels[end] in RUN_LABELS and tokens[end].text not in RUN_ENDS:
        end += 1
        if tokens[end - 1].text.endswith("."):
            break  # "Nordlicht. 2003": the tokenizer keeps a full stop with its word
    if end - start > MAX_PUBLISHER_TOKENS:
        return None
    if end == len(tokens) or labels[end] == L.DATE:  # "Kiel: Nordlicht 2003"
        return end
    after = end + 1 if tokens[end].text in RUN_ENDS else end
    ended = after > end or tokens[end - 1].text.endswith(".")
    return end if ended and (after == len(tokens) or labels[after] in AFTER_THE_IMPRINT) else None
