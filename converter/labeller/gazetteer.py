"""The dictionaries the labeller's features look tokens up in: the open word lists of `data/` and
the closed lists of `converter.lexicon`, as sets of folded keys (one word) and as phrases (several
tokens: "New York", "Oxford University Press", "a cura di", "et al.", "op. cit.").

A token's key is its folded text without a trailing full stop, so "Press." and "Press", "Hrsg."
and "hrsg" meet; the stop itself is a feature of its own. Everything here is built once per process,
on first use, and is read-only after that.
"""

from __future__ import annotations

from functools import cache

from converter import lexicon
from converter.labeller.tokens import WORD, tokenize
from converter.lexicon import fold

# data/<name>.txt files read here (the model's fingerprint hashes their content).
DATA_FILES = ("given_names", "surnames", "places", "publishers", "journal_words", "function_words",
              "corporate_words", "us_states")
# converter.lexicon constants read by the features (the fingerprint hashes their values).
LEXICON_NAMES = ("YEAR", "NO_DATE", "NOT_YET", "EDITOR_MARKS_AFTER", "EDITOR_MARKS_BEFORE",
                 "TRANSLATOR_MARKS", "ET_AL", "SAME_AUTHOR", "AUTHOR_CONNECTORS", "PARTICLES", "SUFFIXES",
                 "SAME_WORK", "EARLIER_WORK", "SIGNALS", "LOCATOR_LABELS", "SECTION_WORDS", "MONTHS",
                 "MONTHS_MORE", "EDITION_MARKS", "GENRE_MARKS", "SERIAL_MARKS", "ACCESS_MARKS",
                 "ORDINAL_SUFFIXES", "CONTAINER_MARKS", "FOLD_MAP", "APOSTROPHES")


def key_of(text: str, kind: str) -> str:
    """The form dictionaries are compared in: folded, a word's trailing full stop dropped."""
    if kind == WORD and text.endswith(".") and len(text) > 1:
        text = text[:-1]
    if text.isascii():  # what fold() does to ASCII, without its Unicode decomposition
        return text.lower().translate(lexicon.APOSTROPHES)
    return fold(text)


def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(key_of(token.text, token.kind) for token in tokenize(phrase))


def _keys(entries) -> frozenset[str]:
    return frozenset(key for entry in entries for key in [key_of(entry, WORD)] if key)


class Gazetteer:
    """Which word classes a token's key belongs to, and which phrases a run of keys spells."""

    def __init__(self) -> None:
        self.word_classes: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
            "given": lexicon.table("given_names"),
            "surname": lexicon.table("surnames"),
            "journal": lexicon.table("journal_words"),
            "function": lexicon.table("function_words"),
            "corporate": lexicon.table("corporate_words"),
            "month": (_keys(lexicon.MONTHS) | _keys(lexicon.MONTHS_MORE), ()),
            "sameauthor": (_keys(lexicon.SAME_AUTHOR), ()),
            "samework": (_keys(lexicon.SAME_WORK), ()),
            "particle": (_keys(lexicon.PARTICLES), ()),
            "connector": (_keys(lexicon.AUTHOR_CONNECTORS), ()),
            "serial": (_keys(m for m in lexicon.SERIAL_MARKS if " " not in m), ()),
            "edition": (_keys(lexicon.EDITION_MARKS), ()),
            # Endings only: single publisher words are phrases, compounds ("Universitätsverlag") are here.
            "pubword": (frozenset(), lexicon.table("publishers")[1]),
        }
        # Compared as printed, case and stop included: "S." is a locator, "s." is not.
        self.exact_classes: dict[str, frozenset[str]] = {
            "locator": frozenset(lexicon.LOCATOR_LABELS),
            "suffix": frozenset(lexicon.SUFFIXES),
            "section": frozenset(lexicon.SECTION_WORDS),
        }
        self.states = lexicon.words("us_states") | _keys(lexicon.words("us_states"))
        self.phrases = self._phrase_index()

    def _phrase_index(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        classes = {
            "place": lexicon.table("places")[0],
            "publisher": lexicon.table("publishers")[0],
            "edbefore": lexicon.EDITOR_MARKS_BEFORE,
            "edafter": lexicon.EDITOR_MARKS_AFTER,
            "translator": lexicon.TRANSLATOR_MARKS,
            "etal": tuple(" ".join(words) for words in lexicon.ET_AL),
            "earlier": lexicon.EARLIER_WORK,
            "signal": lexicon.SIGNALS,
            "nodate": lexicon.NO_DATE + lexicon.NOT_YET,
            "genre": lexicon.GENRE_MARKS,
            "access": lexicon.ACCESS_MARKS,
        }
        index: dict[str, set[tuple[tuple[str, ...], str]]] = {}
        for name, phrases in classes.items():
            for phrase in phrases:
                keys = phrase_keys(phrase)
                if keys:
                    index.setdefault(keys[0], set()).add((keys, name))
        # Longest first, then by name: the order flags come out in is part of the features.
        return {first: tuple(sorted(entries, key=lambda e: (-len(e[0]), e)))
                for first, entries in index.items()}

    def word_flags(self, text: str, key: str) -> list[str]:
        # An ending counts after at least three letters of its own: "Bundesamt", not "Amt".
        stem_and_ending = key[3:]
        flags = [name for name, (words, endings) in self.word_classes.items()
                 if key in words or (endings and stem_and_ending.endswith(endings))]
        flags.extend(name for name, texts in self.exact_classes.items() if text in texts)
        if key in self.states and (text.rstrip(".").isupper() or (text.endswith(".") and text[0].isupper())):
            flags.append("state")
        return flags

    def phrase_flags(self, keys: list[str]) -> list[list[str]] | None:
        """Per token, "cls" where a phrase of class cls starts and "cls+" inside it; None if no
        phrase matched anywhere (the common case of a short note, and cheaper to test)."""
        flags: list[list[str]] | None = None
        count = len(keys)
        phrases = self.phrases
        for start, key in enumerate(keys):
            candidates = phrases.get(key)
            if candidates is None:
                continue
            for phrase, name in candidates:
                end = start + len(phrase)
                if end > count or (len(phrase) > 1 and tuple(keys[start:end]) != phrase):
                    continue
                if flags is None:
                    flags = [[] for _ in keys]
                if name not in flags[start]:
                    flags[start].append(name)
                inside = name + "+"
                for position in range(start + 1, end):
                    if inside not in flags[position]:
                        flags[position].append(inside)
        return flags


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
