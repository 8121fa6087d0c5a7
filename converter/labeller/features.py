"""Features of each token of a citation text, for the CRF labeller (crf.py) and its training.

Two layers, so that a chapter page of ~4,000 tokens costs about 5 µs a token once its words have
been seen (about 10 µs when all are new):
- what a token is by itself (token_types.py), computed once per distinct (text, kind);
- what depends on the sequence, one cheap pass that only joins strings: the context (note or
  reference) with the token's position, space before, distance from the last separator, bracket
  and quote depth, number ranges, phrases of several tokens ("Frankfurt am Main", "a cura di"),
  marks ahead or behind ("In:", "(Hrsg.)", locator labels), and the neighbours' features.

FEATURE_VERSION and feature_fingerprint() tie a trained model to the code and data that made it.
"""

from __future__ import annotations

import hashlib
import inspect
from functools import cache
from itertools import pairwise
from pathlib import Path

from converter import lexicon
from converter.labeller import gazetteer as gazetteer_module
from converter.labeller import token_types as token_types_module
from converter.labeller import tokens as tokens_module
from converter.labeller.gazetteer import gazetteer
from converter.labeller.token_types import QUOTE_CLOSERS, TokenType, token_type
from converter.labeller.tokens import Token

FEATURE_VERSION = 1  # bump with any change of what the features mean (the fingerprint also changes)
CONTEXTS = ("note", "reference")
SINCE_BUCKETS = ("0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9")
LABEL_COUNTS = tuple(tuple(f"labels={before}|{after}" for after in range(3)) for before in range(3))
AHEAD_BUCKETS = ("1", "2-3", "2-3", "4-7", "4-7", "4-7", "4-7")  # distance - 1 -> bucket


def _opens_quote(token: Token, index: int, tokens: list[Token]) -> bool:
    """A straight single quote opens only as 'this', with a space before and none after: after a
    word ("Jones' book") it is an apostrophe."""
    if token.text != "'":
        return True
    return token.space_before and index + 1 < len(tokens) and not tokens[index + 1].space_before


def _since_bucket(count: int) -> str:
    return "since=" + (SINCE_BUCKETS[count] if count < 10 else "10+")


# (context, position bucket) -> its feature: the fifth of the text a token is in, in a note or a
# reference (one feature, not three: the CRF learns a context's or a position's weight from it).
POSITION_FEATURES = {context: tuple(f"ctx={context}|pos={bucket}" for bucket in range(5)) for context in CONTEXTS}


def _states(tokens: list[Token], types: list[TokenType]) -> list[list[str]]:
    """Per token, what depends on what came before or after it: first / last, glued to the one
    before, distance from the last separator, inside brackets or quotes or after a quotation (a
    quoted title is behind), part of a number range."""
    count = len(tokens)
    bracket_depth = 0
    quote_stack: list[str] = []
    quoted_before = False
    since = 0
    states: list[list[str]] = []
    for index, (token, here) in enumerate(zip(tokens, types)):
        state = [_since_bucket(since)]
        if index == 0:
            state.append("first")
        elif not token.space_before:
            state.append("glued")
        if index + 1 < count:
            if not tokens[index + 1].space_before:
                state.append("+1:glued")
        else:
            state.append("last")
        # Depth before this token: an opening bracket is outside, its closing one inside.
        if bracket_depth:
            state.append("in-brackets")
        if quote_stack:
            state.append("in-quotes")
        elif quoted_before:
            state.append("after-quote")
        if here.punct:
            if here.punct == "open":
                bracket_depth += 1
            elif here.punct == "close":
                bracket_depth = max(0, bracket_depth - 1)
            elif here.punct == "quote":
                if quote_stack and token.text in QUOTE_CLOSERS.get(quote_stack[-1], ""):
                    quote_stack.pop()
                    quoted_before = True
                    state.append("quote-close")
                elif token.text in QUOTE_CLOSERS and _opens_quote(token, index, tokens):
                    quote_stack.append(token.text)
                    state.append("quote-open")
            elif here.punct == "dash" and 0 < index < count - 1 and types[index - 1].is_number \
                    and types[index + 1].is_number:
                state.append("range-dash")
        elif here.is_number:  # "45–67": the two numbers of a range
            if index + 2 < count and types[index + 1].punct == "dash" and types[index + 2].is_number:
                state.append("range-start")
            if index >= 2 and types[index - 1].punct == "dash" and types[index - 2].is_number:
                state.append("range-end")
        since = 0 if here.is_separator else since + 1
        states.append(state)
    return states


def _marks(tokens: list[Token], types: list[TokenType], phrases: list[list[str]] | None) -> list[list[str]]:
    """Per token, where it stands from the marks that split a citation into its parts: after an
    "In:" (the container's side), how far ahead the next "In:" or editor mark ("(Hrsg.)",
    "(eds.)") is, and how many locator labels ("S.", "p.") came before and come after (a work's
    own pages are labelled before the place cited: "S. 45–67, hier S. 50")."""
    count = len(tokens)
    in_marks = [index for index, here in enumerate(types) if here.is_container_mark and (
        index == 0 or types[index - 1].punct in ("comma", "stop", "semicolon") or types[index - 1].is_separator
        or (index + 1 < count and tokens[index + 1].text == ":"))]
    editor_marks = [index for index, flags in enumerate(phrases or ()) if "edafter" in flags]
    marks: list[list[str]] = [[] for _ in tokens]
    for index in range(in_marks[0] + 1 if in_marks else count, count):
        marks[index].append("after-in")
    for name, found in (("in-ahead=", in_marks), ("edmark-ahead=", editor_marks)):
        for mark in found:
            for index in range(max(0, mark - 8), mark):
                distance = mark - index - 1
                marks[index].append(name + (AHEAD_BUCKETS[distance] if distance < 7 else "8"))
    labels_before = 0
    labels_after = sum(here.is_locator_label for here in types)
    for index, here in enumerate(types):
        if here.is_locator_label:
            labels_after -= 1
        marks[index].append(LABEL_COUNTS[min(labels_before, 2)][min(labels_after, 2)])
        if here.is_locator_label:
            labels_before += 1
    return marks


def _phrase_features(phrases: list[list[str]]) -> list[list[str]]:
    """Per token, its own phrase flags and its neighbours' (-1, +1)."""
    count = len(phrases)
    found: list[list[str]] = []
    for index, flags in enumerate(phrases):
        features = ["ph:" + flag for flag in flags]
        if index > 0:
            features += ["-1:ph:" + flag for flag in phrases[index - 1]]
        if index + 1 < count:
            features += ["+1:ph:" + flag for flag in phrases[index + 1]]
        found.append(features)
    return found


def sequence_features(tokens: list[Token], context: str) -> list[list[str]]:
    """One list of feature strings per token; `context` is "note" or "reference"."""
    if context not in CONTEXTS:
        raise ValueError(f"context must be one of {CONTEXTS}, not {context!r}")
    count = len(tokens)
    types = [token_type(token.text, token.kind) for token in tokens]
    forms = [here.form for here in types]
    pairs = [before + "|" + after for before, after in pairwise(forms)]  # tokens i, i+1
    arounds = [here.around for here in types]
    states = _states(tokens, types)
    phrases = gazetteer().phrase_flags([here.key for here in types])
    marks = _marks(tokens, types, phrases)
    phrase_features = _phrase_features(phrases) if phrases is not None else None
    positions = POSITION_FEATURES[context]
    sequence: list[list[str]] = []
    for index in range(count):
        features = [positions[index * 5 // count], *types[index].own, *states[index], *marks[index]]
        if index >= 2:
            features += arounds[index - 2][0]
        if index >= 1:
            features += arounds[index - 1][1]
            features.append("-1|0=" + pairs[index - 1])
        else:
            features.append("BOS")
        if index + 1 < count:
            features += arounds[index + 1][2]
            features.append("0|+1=" + pairs[index])
        else:
            features.append("EOS")
        if index + 2 < count:
            features += arounds[index + 2][3]
        if phrase_features is not None:
            features += phrase_features[index]
        sequence.append(features)
    return sequence


def example_features(text: str, context: str) -> tuple[list[Token], list[list[str]]]:
    tokens = tokens_module.tokenize(text)
    return tokens, sequence_features(tokens, context)


@cache
def feature_fingerprint() -> str:
    """sha256 of what decides the features: this code, token_types.py, the tokenizer, the
    gazetteer, the values of the lexicon constants they read, `lexicon.fold`'s code, and every
    data file read."""
    digest = hashlib.sha256(f"FEATURE_VERSION={FEATURE_VERSION}\n".encode())
    for module in (tokens_module, gazetteer_module, token_types_module):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(inspect.getsource(lexicon.fold).encode())
    for name in gazetteer_module.LEXICON_NAMES:
        digest.update(f"{name}={getattr(lexicon, name)!r}\n".encode())
    for name in gazetteer_module.DATA_FILES:
        digest.update((lexicon.DATA / f"{name}.txt").read_bytes())
    return digest.hexdigest()
