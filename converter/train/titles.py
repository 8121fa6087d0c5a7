"""Random titles in six languages, from the shapes and words in `data/titles_<lang>.txt`.

A pattern's placeholders ({N}, {T}, {Y}...) are filled from the file's sections; English titles
come in title case or sentence case; a subtitle follows ": " or ". " (". " mostly in German and
French); years, year ranges, places, quoted terms and surnames land inside titles as they do in
real ones ("Der Aufstand von 1514", "the Severn Valley", "1790-1834").

A few percent of titles come from two sections of their own, so that the model sees the shapes
real titles have and the main patterns rarely make: `[main-hyphen]` (hyphenated words and
truncated compounds at any place, the first word too: "Cost-Benefit Analysis of ...", "Long-term
trends in ...", "Arbeits- und Sozialpolitik ...", "Trasformazioni socio-economiche ...") and
`[main-abbrev]` (abbreviations whose full stop ends no title: "dalla fine del sec. XVI", "im 19.
Jh.", "Bd. 2 der Reihe", "Vol. II of the", "St. Petersburg", "Dr. Faustus"). `with_years` ends a
title on its years ("Die Landwirtschaft im Rheinland 1815–1871", "(1945–1990)"): the years are the title's,
inside its span; the imprint's year after it is the date.
"""

from __future__ import annotations

import random
import re
from functools import cache

from converter import lexicon
from converter.train import names
from converter.train.wordlists import entries, sections

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Placeholders whose words keep their case in a sentence-case title (proper names, quotes).
PROPER = {"T", "P", "X", "Q", "C", "AB"}
# Shares of titles drawn from the special sections (of every language).
SPECIAL_SHARES = (("main-hyphen", 0.045), ("main-abbrev", 0.03))
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


def main_section(rng: random.Random) -> str:
    roll = rng.random()
    for section, share in SPECIAL_SHARES:
        if roll < share:
            return section
        roll -= share
    return "main"


def title(rng: random.Random, lang: str) -> str:
    case = "as-is" if lang != "en" else rng.choice(("title", "title", "sentence"))
    main = fill(rng, lang, rng.choice(entries(f"titles_{lang}", main_section(rng))), case)
    if rng.random() < 0.4:
        separator = ". " if lang in ("de", "fr") and rng.random() < 0.3 else ": "
        if main.endswith("?"):
            separator = " "
        sub = fill(rng, lang, rng.choice(entries(f"titles_{lang}", "sub")), case)
        main = f"{main}{separator}{sub}"
    return main


def with_years(text: str, rng: random.Random) -> str:
    """The title ending on the years it covers: "... im Rheinland 1815–1871", "... (1945–1990)",
    "..., 1850-1914", "... seit 1945"; a title that already ends on a year is left alone."""
    if re.search(r"\d\)?$", text):
        return text
    start = min(year(rng), 2000)
    end = min(start + rng.randint(4, 60), 2020)
    dash = rng.choice(("–", "–", "-"))
    shape = rng.random()
    if shape < 0.4:
        return f"{text} {start}{dash}{end}"
    if shape < 0.7:
        return f"{text} ({start}{dash}{end})"
    if shape < 0.85:
        return f"{text}, {start}{dash}{end}"
    return f"{text} {rng.choice(('seit', 'nach', 'um', 'bis', 'vor'))} {start}"


@cache
def abbreviations() -> frozenset[str]:
    """The abbreviations of the title patterns ("Jh.", "sec.", "St.", "Vol."): their full stop
    ends no title, so a short title does not stop there."""
    found = set()
    for lang in names.LANGS:
        vocabulary = sections(f"titles_{lang}")
        for line in (*vocabulary.get("main-abbrev", ()), *vocabulary.get("AB", ())):
            found.update(w.lstrip("(") for w in line.split() if w.endswith(".") and "{" not in w and len(w) <= 7)
    return frozenset(found)


def is_abbreviation(word: str) -> bool:
    return word in abbreviations() or bool(re.fullmatch(r"\d{1,2}\.", word))


def main_title(full: str) -> str:
    """The title before its subtitle: up to the first ": ", "? ", "! " or ". " whose stop is not an
    abbreviation's ("Die Bauern im 19. Jh. in Sachsen" is one title)."""
    for match in re.finditer(r"[:.?!] ", full):
        if match.group()[0] == "." and is_abbreviation(full[:match.start() + 1].rsplit(" ", 1)[-1]):
            continue
        return full[:match.start()]
    return full


# Words a short title does not end on: the lexicon's function words of six languages (folded), and
# the small words of English title case.
FUNCTION_WORDS = lexicon.words("function_words") | SMALL_WORDS | {lexicon.fold("qu'est-ce")}


def is_function_word(word: str) -> bool:
    return lexicon.fold(word) in FUNCTION_WORDS


def short_title(full: str, rng: random.Random | None = None) -> str:
    """What a short note prints of a title: its first words up to a content word, without the
    subtitle ("The Search for Modern China: ..." -> "The Search", "Search")."""
    main = main_title(full).rstrip("?!")
    if main.endswith(".") and not is_abbreviation(main.rsplit(" ", 1)[-1]):
        main = main[:-1]
    words = main.split()
    if rng is not None and len(words) > 2 and is_function_word(words[0]) and rng.random() < 0.4:
        words = words[1:]
    size = rng.choice((1, 2, 2, 3, 3, 4)) if rng is not None else 3
    # a short title holds at least one content word
    while size < len(words) and all(is_function_word(w) for w in words[:size]):
        size += 1
    # nor ends on a truncated compound ("Arbeits- und Sozialpolitik") or an abbreviation ("sec.")
    while size < len(words) and (words[size - 1].endswith("-") or is_abbreviation(words[size - 1])):
        size += 1
    words = words[: max(1, size)]
    while len(words) > 1 and (is_function_word(words[-1]) or words[-1].endswith("-")):
        words.pop()
    short = " ".join(words).rstrip(",;:")
    return short[0].upper() + short[1:]
