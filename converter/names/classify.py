"""Author or title: is the text before a short form's year a person, an institution or a title?

In this order: text with a digit -> title; a corporate keyword (data/corporate_words.txt) with no
lowercase words but connectives ("Ministry of Finance") -> corporate; a lowercase word that is not a
name particle -> title; more than four words in one name -> title; a multi-word text made only of
title vocabulary (data/title_words.txt, with the endings -ist, -ism, -ese, -ical) -> title, as is a
single word listed there ("China"); otherwise person."""

from __future__ import annotations

import re
from functools import lru_cache

from converter.lexicon import table
from converter.names.parts import clean, is_corporate, is_elided_particle, is_particle, words_of
from converter.names.persons import author_pieces, strip_et_al_clean


def looks_like_title(piece: str) -> bool:
    tokens = piece.split()
    if any(t[0].islower() and not is_particle(t) and not is_elided_particle(t) for t in tokens):
        return True
    if len(tokens) > 4:
        return True
    vocabulary, endings = table("title_words")
    words = words_of(piece)
    if len(words) == 1:
        return words[0] in vocabulary
    return bool(words) and all(w in vocabulary or w.endswith(endings) for w in words)


@lru_cache(maxsize=8192)  # pure, and a page repeats its author strings
def classify_author_text(text: str) -> str:
    """"person", "corporate" or "title" for what precedes a year in a short form."""
    text, _ = strip_et_al_clean(clean(text))
    if not text or re.search(r"\d", text):
        return "title"
    if is_corporate(text):
        return "corporate"
    if any(looks_like_title(p) for p in author_pieces(text)):
        return "title"
    return "person"
