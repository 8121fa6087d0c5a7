"""What one distinct token is by itself, for the labeller's features (features.py): its form,
shape, length, affixes, case, year, roman numeral, punctuation kind and dictionary classes, and
the prefixed copies ("-1:w=...", "+2:ss=...") its neighbours carry.

All of it depends only on (text, kind), so it is computed once per distinct token and cached: a
chapter page repeats its "S.", "Vgl.", years and names many times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from converter import lexicon
from converter.labeller.gazetteer import gazetteer, key_of
from converter.labeller.tokens import IDENT, NUMBER, WORD

OFFSETS = (-2, -1, 1, 2)
OFFSET_PREFIXES = tuple(f"{offset:+d}:" for offset in OFFSETS)

PUNCT_KINDS = {",": "comma", ":": "colon", ";": "semicolon", ".": "stop", "(": "open", "[": "open",
               "{": "open", ")": "close", "]": "close", "}": "close", "/": "slash", "&": "amp",
               "-": "dash", "–": "dash", "—": "dash", "‐": "dash", "‑": "dash", "−": "dash",
               "?": "query", "!": "query", "+": "plus", "§": "section", "*": "star"}
# Quote marks and what closes each when it opens: „…“ (German), “…” (English), «…» and »…«, "…".
QUOTE_CLOSERS = {"„": "“”", "“": "”", "«": "»", "»": "«", "‹": "›", "›": "‹", '"': '"', "‚": "‘’",
                 "‘": "’", "'": "'"}
QUOTES = set(QUOTE_CLOSERS) | set("”’“")
# Separators after which a new field starts; the distance from the last one is a feature.
SEPARATORS = {".", ";", ":"}
ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
YEAR = re.compile(lexicon.YEAR)
# Character -> shape class, filled as characters are met (a few hundred in any text).
CHAR_CLASSES: dict[str, str] = {}
LENGTH_BUCKETS = ("0", "1", "2", "3", "4", "5-6", "5-6", "7-9", "7-9", "7-9")
ORDINAL_SUFFIXES = frozenset(lexicon.ORDINAL_SUFFIXES)
CONTAINER_MARKS = frozenset(lexicon.CONTAINER_MARKS)


@dataclass(frozen=True, slots=True)
class TokenType:
    """Everything about one distinct (text, kind) that does not depend on where it stands."""

    own: tuple[str, ...]  # the token's own features
    around: tuple[tuple[str, ...], ...]  # its key features as a neighbour at -2, -1, +1, +2
    form: str  # folded word / digit shape / punctuation, for conjunctions
    key: str  # dictionary key (gazetteer.key_of)
    punct: str  # punctuation kind, "" for a non-punctuation token
    is_number: bool
    is_separator: bool
    is_container_mark: bool  # "In", "dans", ... (a mark only where it stands, see _marks)
    is_locator_label: bool  # "S.", "p.", "vol.", ...


def _char_class(char: str) -> str:
    return "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char


def shapes(text: str) -> tuple[str, str]:
    """(long, short) shape: X for a capital, x for a small letter, d for a digit, other characters
    as printed; runs of one class cut to 4 characters in the long shape, to 1 in the short one
    ("Smith" -> "Xxxxx", "Xx"). One pass: this runs once per distinct token, on every page."""
    long_shape: list[str] = []
    short_shape: list[str] = []
    previous, run = "", 0
    for char in text:
        mapped = CHAR_CLASSES.get(char) or CHAR_CLASSES.setdefault(char, _char_class(char))
        if mapped == previous:
            run += 1
            if run <= 4:
                long_shape.append(mapped)
        else:
            previous, run = mapped, 1
            long_shape.append(mapped)
            short_shape.append(mapped)
    return "".join(long_shape), "".join(short_shape)


def _word_features(text: str, key: str) -> list[str]:
    bare = text.removesuffix(".")
    features = ["w=" + key, "len=" + (LENGTH_BUCKETS[len(bare)] if len(bare) < 10 else "10+")]
    if len(key) >= 4:
        features += ["p3=" + key[:3], "s3=" + key[-3:]]
        if len(key) >= 5:
            features += ["p4=" + key[:4], "s4=" + key[-4:]]
    if text.endswith("."):
        features.append("stop")
    if bare[:1].isupper():
        features.append("cap")
        if len(bare) > 1 and bare.isupper():
            features.append("caps")
    elif bare.islower():
        features.append("lower")
    if "-" in bare or "‐" in bare:
        features.append("hyphen")
    if "'" in bare or "’" in bare:
        features.append("apostrophe")
    if len(bare) <= 8 and ROMAN.fullmatch(bare.upper()) and (bare.isupper() or bare.islower()):
        features.append("roman" if bare.isupper() else "roman-lower")
    return features


def _number_features(text: str) -> list[str]:
    end = 0
    while end < len(text) and text[end].isdigit():
        end += 1
    digits, letters = text[:end], text[end:].lower()
    features = ["digits=" + (str(len(digits)) if len(digits) < 5 else "5+")]
    if YEAR.fullmatch(digits):
        features.append("year" if not letters else "year-letter")
    if letters:
        features.append("ordinal" if letters in ORDINAL_SUFFIXES else "num-letter")
    if len(digits) <= 2 and not letters:
        features.append("small")
    return features


def _identifier_features(text: str) -> list[str]:
    lowered = text.lower()
    if lowered.startswith("isbn"):
        return ["ident=isbn"]
    if lowered.startswith(("10.", "doi")):
        return ["ident=doi"]
    return ["ident=url"]


@lru_cache(maxsize=1 << 17)
def token_type(text: str, kind: str) -> TokenType:
    # Each feature string costs crfsuite a lookup per token, so none repeats another: a word's
    # short shape already says capital / small / full stop, a number's form is its digit shape.
    key = key_of(text, kind)
    punct = ""
    if kind == WORD:
        long_shape, short_shape = shapes(text)
        short_shape = "ss=" + short_shape
        flags = gazetteer().word_flags(text, key)
        own = [*_word_features(text, key), "sh=" + long_shape, short_shape, *flags]
        key_features = ["w=" + key, short_shape, *flags]
        form = key
    elif kind == NUMBER:
        own = _number_features(text)
        form = "#" + shapes(text)[0]
        key_features = ["w=" + form, *(f for f in own if f in ("year", "ordinal"))]
    elif kind == IDENT:
        own = _identifier_features(text)
        form = own[0]
        key_features = own
    else:
        punct = "quote" if text in QUOTES else PUNCT_KINDS.get(text, "other")
        own = ["w=" + text, "punct=" + punct]
        form = text
        key_features = own
    around = tuple(tuple([prefix + feature for feature in key_features]) for prefix in OFFSET_PREFIXES)
    return TokenType(tuple(own), around, form, key, punct, kind == NUMBER,
                     text in SEPARATORS or (kind == WORD and text.endswith(".") and len(text) > 3),
                     kind == WORD and key in CONTAINER_MARKS, "locator" in own)
