"""Random titles in six languages, from the shapes and words in `data/titles_<lang>.txt`.

A pattern's placeholders ({N}, {T}, {Y}...) are filled from the file's sections; English titles
come in title case or sentence case; a subtitle follows ": " or ". " (". " mostly in German and
French); years, year ranges, places, quoted terms and surnames land inside titles as they do in
real ones ("Der Aufstand von 1514", "the Severn Valley", "1790-1834").
"""

from __future__ import annotations

import random
import re

from converter import lexicon
from converter.train import names
from converter.train.wordlists import entries, sections

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Placeholders whose words keep their case in a sentence-case title (proper names, quotes).
PROPER = {"T", "P", "X", "Q", "C"}
SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
               "or", "the", "to", "with", "since", "without", "between", "after", "its"}


def year(rng: random.Random) -> int:
    return rng.choice((rng.randint(1500, 1999), rng.randint(1750, 1990), rng.randint(1840, 1980)))


def fill(rng: random.Random, lang: str, pattern: str, case: str) -> str:
    """`case`: "as-is" (the word lists' own case), "title" or "sentence" (English)."""
    vocabulary = sections(f"titles_{lang}")
    start_year = year(rng)

    def value(match: re.Match) -> str:
        key = match.group(1)
        if key == "Y":
            return str(start_year)
        if key == "Y2":
            return str(start_year + rng.randint(3, 80))
        if key == "X":
            return names.family_of(names.person(rng, lang))
        word = rng.choice(vocabulary[key])
        if case == "sentence" and key not in PROPER:
            return word.lower()
        if case == "title":
            return title_case(word)
        return word

    if case == "sentence":
        pattern = " ".join(sentence_case_fixed(pattern.split(" ")))
    text = contract(PLACEHOLDER.sub(value, pattern), lang)
    return text[0].upper() + text[1:]


def title_case(text: str) -> str:
    return " ".join(w if w in SMALL_WORDS else w[:1].upper() + w[1:] for w in text.split(" "))


# Preposition + article contractions a filled pattern may need ("di il" -> "del").
CONTRACTIONS = {
    "it": {"di il": "del", "di lo": "dello", "di la": "della", "di l'": "dell'", "di i": "dei",
           "su il": "sul", "su lo": "sullo", "su la": "sulla", "su l'": "sull'", "in il": "nel",
           "in la": "nella", "in l'": "nell'"},
    "pt": {"de o": "do", "de a": "da", "de os": "dos", "de as": "das", "em o": "no", "sobre o": "sobre o"},
    "es": {"de el": "del", "a el": "al"},
    "fr": {"de le": "du", "de les": "des", "à le": "au"},
}


def contract(text: str, lang: str) -> str:
    for loose, tight in CONTRACTIONS.get(lang, {}).items():
        text = re.sub(rf"(?<!\w){re.escape(loose)}(?=[\s'])" if not loose.endswith("'")
                      else rf"(?<!\w){re.escape(loose)}", tight, text)
    return text


def sentence_case_fixed(words: list[str]) -> list[str]:
    """Sentence case for a pattern's own words: "The Making of {T}" -> "The making of {T}"."""
    return [w if i == 0 or "{" in w else w.lower() for i, w in enumerate(words)]


def title(rng: random.Random, lang: str) -> str:
    case = "as-is" if lang != "en" else rng.choice(("title", "title", "sentence"))
    main = fill(rng, lang, rng.choice(entries(f"titles_{lang}", "main")), case)
    if rng.random() < 0.4:
        separator = ". " if lang in ("de", "fr") and rng.random() < 0.3 else ": "
        if main.endswith("?"):
            separator = " "
        sub = fill(rng, lang, rng.choice(entries(f"titles_{lang}", "sub")), case)
        main = f"{main}{separator}{sub}"
    return main


# Words a short title does not end on: the lexicon's function words of six languages (folded), and
# the small words of English title case.
FUNCTION_WORDS = lexicon.words("function_words") | SMALL_WORDS | {lexicon.fold("qu'est-ce")}


def is_function_word(word: str) -> bool:
    return lexicon.fold(word) in FUNCTION_WORDS


def short_title(full: str, rng: random.Random | None = None) -> str:
    """What a short note prints of a title: its first words up to a content word, without the
    subtitle ("The Search for Modern China: ..." -> "The Search", "Search")."""
    main = re.split(r"[:.?!] ", full, maxsplit=1)[0].rstrip("?!.")
    words = main.split()
    if rng is not None and len(words) > 2 and is_function_word(words[0]) and rng.random() < 0.4:
        words = words[1:]
    size = rng.choice((1, 2, 2, 3, 3, 4)) if rng is not None else 3
    # a short title holds at least one content word
    while size < len(words) and all(is_function_word(w) for w in words[:size]):
        size += 1
    words = words[: max(1, size)]
    while len(words) > 1 and is_function_word(words[-1]):
        words.pop()
    short = " ".join(words).rstrip(",;:")
    return short[0].upper() + short[1:]
