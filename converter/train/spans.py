"""Sentinel-marked text (from `tracking.py`) -> clean text and labelled spans.

Steps, each undoing something the sentinels did or settling a convention:
1. read the sentinels into a label per character (innermost wins);
2. drop a punctuation mark or space that repeats the one before it across a sentinel: citeproc-py
   collapses such repeats at a seam ("J." + "." -> "J."), and a sentinel hid the repeat from it;
3. drop citation numbers and labels ("[12]", "12.") with their brackets;
4. collapse white space;
5. merge weak spans (labels and terms: "pp.", "(Hrsg.)", "2nd ed.") into the field they touch,
   merge touching spans of one label ("LNCS" + "3456"), and drop weak spans left alone;
6. trim spans: white space and edge punctuation out, brackets around a whole field out, brackets
   opened inside a field closed inside it; identifiers grown to the identifier token.
"""

from __future__ import annotations

import re

from converter.labeller import tokens as T
from converter.train.tracking import CLOSE, DROP, SENTINELS, kind_of

SEAM_REPEATS = frozenset(".,;:!? ")
# What may stand between two pieces of one field: spaces, brackets, light punctuation.
GLUE = re.compile(r"[\s,.;:()\[\]/]*")
OPENING, CLOSING = "([{", ")]}"
PAIRS = dict(zip(OPENING, CLOSING))
# A weak piece of these kinds left alone is a role or number label printed without its value.
ORPHAN_KINDS = (T.EDITION, T.VOLUME, T.ISSUE, T.EDITOR, T.TRANSLATOR)
EDGE_PUNCT = " ,;:"
LEADING_PUNCT = " ,;:."
# A trailing full stop is part of these fields only when an abbreviation ends them ("J.", "n.d.").
KEEP_STOP = (T.AUTHOR, T.EDITOR, T.TRANSLATOR, T.EDITION, T.LOCATOR, T.PAGES, T.VOLUME, T.ISSUE,
             T.CONTAINER, T.COLLECTION, T.PUBLISHER, T.NOTE, T.GENRE, T.TITLE, T.SIGNAL, T.BACKREF)


def read_sentinels(marked: str) -> tuple[list[str], list[tuple[str, bool, int] | None]]:
    """Visible characters, and for each its (kind, weak, span id) or None."""
    chars: list[str] = []
    owners: list[tuple[str, bool, int] | None] = []
    stack: list[tuple[str, bool, int]] = []
    crossed = False  # a sentinel stands between this character and the previous one
    serial = 0
    for char in marked:
        if char in SENTINELS:
            crossed = True
            if char == CLOSE:
                if stack:
                    stack.pop()
            else:
                kind, weak = kind_of(char)
                serial += 1
                stack.append((kind, weak, serial))
            continue
        if crossed and chars and char in SEAM_REPEATS and chars[-1] == char:
            crossed = False
            continue
        crossed = False
        chars.append(char)
        owners.append(stack[-1] if stack else None)
    return chars, owners


def drop_numbers(chars: list[str], owners: list) -> tuple[list[str], list]:
    """Remove citation numbers/labels and the brackets and stops around them."""
    keep = [not (o and o[0] == DROP) for o in owners]
    for index, kept in enumerate(keep):
        if kept:
            continue
        left = index - 1
        while left >= 0 and keep[left] and chars[left] in "[(":
            keep[left] = False
            left -= 1
        right = index + 1
        while right < len(chars) and keep[right] and chars[right] in "]).:\t ":
            keep[right] = False
            right += 1
    return [c for c, k in zip(chars, keep) if k], [o for o, k in zip(owners, keep) if k]


def squeeze_spaces(chars: list[str], owners: list) -> tuple[str, list]:
    text_chars, text_owners = [], []
    for char, owner in zip(chars, owners):
        if char.isspace():
            if not text_chars or text_chars[-1] == " ":
                continue
            char = " "
        text_chars.append(char)
        text_owners.append(owner)
    while text_chars and text_chars[-1] == " ":
        text_chars.pop()
        text_owners.pop()
    return "".join(text_chars), text_owners


def runs(owners: list) -> list[list]:
    """[start, end, kind, weak] for each run of characters with one owner."""
    found: list[list] = []
    for index, owner in enumerate(owners):
        if owner is None:
            continue
        if found and found[-1][1] == index and found[-1][4] == owner[2]:
            found[-1][1] = index + 1
        else:
            found.append([index, index + 1, owner[0], owner[1], owner[2]])
    return [r[:4] for r in found]


def joinable(left: list, right: list) -> str | None:
    """The label of two touching pieces joined, or None. A weak page label ("p.") also joins a
    locator, since styles print the same "p." before pages and before the place cited."""
    if left[2] == right[2]:
        return left[2]
    for weak, strong in ((left, right), (right, left)):
        if weak[3] and not strong[3] and weak[2] == T.PAGES and strong[2] == T.LOCATOR:
            return T.LOCATOR
    return None


def merge(text: str, pieces: list[list]) -> tuple[list[list], int]:
    """Join pieces of one label separated only by glue. Weak pieces left alone are dropped and
    counted: a label or term printed without its field is a style's slip."""
    merged: list[list] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        label = joinable(last, piece) if last else None
        if label and GLUE.fullmatch(text[last[1]:piece[0]]):
            last[1], last[2] = piece[1], label
            last[3] = last[3] and piece[3]
        else:
            merged.append(list(piece))
    return [m for m in merged if not m[3]], sum(1 for m in merged if m[3] and m[2] in ORPHAN_KINDS)


def unbalanced(segment: str) -> bool:
    depth = 0
    for char in segment:
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in LEADING_PUNCT:
            start, changed = start + 1, True
        while start < end and text[end - 1] in EDGE_PUNCT:
            end, changed = end - 1, True
        if start < end and text[start] in PAIRS and text[end - 1] == PAIRS[text[start]] \
                and not unbalanced(text[start + 1:end - 1]):
            start, end, changed = start + 1, end - 1, True
        if start < end and text[start] in OPENING and unbalanced(text[start:end]):
            start, changed = start + 1, True
        if start < end and text[end - 1] in CLOSING and unbalanced(text[start:end]):
            end, changed = end - 1, True
        if start < end and text[end - 1] == "." and (
                label not in KEEP_STOP and (end - start < 2 or text[end - 2] in "0123456789)]")):
            end, changed = end - 1, True
    # close a bracket the field opened ("Müller (Hrsg." + ")", "(Ed" + ".)")
    while text[start:end].count("(") > text[start:end].count(")"):
        closing = re.match(r"\.?\)", text[end:])
        if not closing:
            break
        end += closing.end()
    return start, end


# Words before an access date that belong to its note ("accessed 3 May 2020", "Zugriff am ...").
ACCESS_WORDS = re.compile(
    r"(?:[Aa]ccessed(?: on)?|[Zz]ugriff(?: am)?|[Aa]bgerufen(?: am)?|[Cc]onsulté le|[Cc]onsultato il|"
    r"[Aa]cesso em|[Aa]ccedido(?: el)?|[Cc]onsultado(?: el)?|[Cc]onsulta|[Ss]tand|[Vv]isited(?: on)?|"
    r"[Cc]ited|[Cc]itado|[Zz]itiert am|[Rr]ecuperado el|[Vv]isitato il|[Gg]eraadpleegd op)[:,]? ?$")


def grow_access_notes(text: str, spans: list[list]) -> None:
    for span in spans:
        if span[2] == T.NOTE:
            words = ACCESS_WORDS.search(text, 0, span[0])
            if words and (words.start() == 0 or not text[words.start() - 1].isalnum()):
                span[0] = words.start()


def grow_identifiers(text: str, spans: list[list]) -> None:
    """An identifier span covers its whole token ("https://doi.org/" + DOI)."""
    idents = [t for t in T.tokenize(text) if t.kind == T.IDENT]
    for span in spans:
        if span[2] != T.IDENTIFIER:
            continue
        for token in idents:
            if token.start < span[1] and span[0] < token.end:
                span[0], span[1] = min(span[0], token.start), max(span[1], token.end)


def resolve(marked: str) -> tuple[str, list[list], int]:
    """Sentinel-marked citeproc output -> (text, [[start, end, label], ...], orphans), orphans
    counting labels and terms printed without their field."""
    chars, owners = read_sentinels(marked)
    chars, owners = drop_numbers(chars, owners)
    # leading spaces go before offsets are taken
    while chars and chars[0].isspace():
        chars, owners = chars[1:], owners[1:]
    text, owners = squeeze_spaces(chars, owners)
    spans = []
    pieces, orphans = merge(text, runs(owners))
    for start, end, label, _weak in pieces:
        start, end = trim(text, start, end, label)
        if start < end:
            spans.append([start, end, label])
    grow_identifiers(text, spans)
    grow_access_notes(text, spans)
    return text, normalize(spans), orphans


def normalize(spans: list[list]) -> list[list]:
    """Sorted, non-overlapping (a later span loses what an earlier one holds)."""
    out: list[list] = []
    for start, end, label in sorted(spans):
        if out and start < out[-1][1]:
            if out[-1][2] == label:
                out[-1][1] = max(out[-1][1], end)
                continue
            start = out[-1][1]
        if start < end:
            out.append([start, end, label])
    return out
