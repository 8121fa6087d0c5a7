"""Personal and corporate names as printed in short-form notes and in SpringerLink's cite line.

Short forms print the author before the year: "Kirby", "Tomson/Su", "Rostow et al.",
"K. R. Walker", "State Statistical Bureau", "Li Fu-dshun", "Chu-yuan Cheng". Names are kept
as printed (diacritics, apostrophes); only `fold` and `name_key` normalize, for comparison.

Western names: a trailing "Jr."/"Sr."/"II"/"III"/"IV" is the suffix; lowercase particles
(van, von, de, der, ...) after the given names are the particle and the rest is the family
("Jean de La Fontaine": particle "de", family "La Fontaine"); a capitalized particle just before
the last word belongs to the family ("Charles De Gaulle"); otherwise the last word is the family.

East Asian order (names/east_asian.py): only a two-word name without initials can be family-first.
If the first word is a romanized Chinese or Korean surname (data/chinese_surnames.txt,
data/korean_surnames.txt) and the second looks like a romanized given name ("Fu-dshun", "Tse-tung",
"Il-sung", "Tsungtung") that is not itself a listed surname, the name is family-first ("Mao Tse-tung"
-> family Mao, given Tse-tung, family_first=True). A hyphenated first word ("Chu-yuan Cheng") is a
given name; two surname-like words ("Kang Chao", "Chen Yun") are read in Western order, a documented
default (the resolver merges "Chao Kang" with "Kang Chao" when the years match). Japanese names are
family-first only when the first word is in data/japanese_surnames.txt ("Maruyama Masao").

Author lists are split on "/", ";", "&", "and", "und", "et", "u.". Whether a text is a person, an
institution or a title is names/classify.py's job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from converter.lexicon import EDITOR_MARK, EDITOR_MARK_DOTTED, fold
from converter.model import Name
from converter.names.east_asian import family_first
from converter.names.parts import clean, is_corporate, is_initials, is_particle, is_suffix, strip_et_al

AUTHOR_SEPARATORS = re.compile(r"\s*(?:/|;|&|\s(?:and|und|et|u\.)\s)\s*")
EDITOR_TAIL = re.compile(rf"\s*(?:\({EDITOR_MARK}\)|,\s*{EDITOR_MARK_DOTTED})\s*$", re.IGNORECASE)
LIST_SEPARATORS = re.compile(r"\s*,?\s*(?:&|;|\band\b|\bund\b)\s*")

def name_key(name: Name) -> str:
    """Identity key: folded particle+family, then the folded given name without spaces or hyphens.

    "Pi-chao Chen" and "Pichao Chen" share a key, as do "Choh-Ming" and "Choh-ming".
    """
    if name.literal:
        return fold(name.literal)
    family = fold(f"{name.particle} {name.family}".strip())
    given = re.sub(r"[\s\-\u2010\u2011]+", "", fold(name.given))
    return f"{family} {given}".strip()


# -- parsing ------------------------------------------------------------------------------------


def _parse_direct(text: str) -> Name:
    """A name in reading order: "K. R. Walker", "Ludwig van Beethoven", "Mao Tse-tung"."""
    tokens = text.split()
    suffix = ""
    if len(tokens) > 1 and is_suffix(tokens[-1]):
        suffix = tokens.pop().rstrip(",")
        tokens[-1] = tokens[-1].rstrip(",")
    if len(tokens) == 1:
        return Name(family=tokens[0], suffix=suffix)
    if len(tokens) == 2 and not suffix and not any("." in t for t in tokens) and family_first(*tokens):
        return Name(family=tokens[0], given=tokens[1], family_first=True)
    start = next((i for i, t in enumerate(tokens[:-1]) if is_particle(t)), None)
    if start is not None:
        end = start
        while end < len(tokens) - 1 and is_particle(tokens[end]):
            end += 1
        return Name(
            family=" ".join(tokens[end:]), given=" ".join(tokens[:start]),
            particle=" ".join(tokens[start:end]), suffix=suffix,
        )
    # A capitalized particle just before the last word is part of the family: "De Gaulle".
    cut = len(tokens) - 1
    while cut > 1 and tokens[cut - 1][0].isupper() and is_particle(tokens[cut - 1].lower()):
        cut -= 1
    return Name(family=" ".join(tokens[cut:]), given=" ".join(tokens[:cut]), suffix=suffix)


def _parse_person(piece: str) -> Name:
    """One author of a short form; a comma means "King, Jr." or an inverted "Walker, K. R."."""
    if "," in piece:
        head, tail = piece.split(",", 1)
        if is_suffix(tail):
            return _parse_direct(f"{head} {tail.strip()}")
        return parse_inverted_name(piece)
    return _parse_direct(piece)


def strip_et_al_clean(text: str) -> tuple[str, bool]:
    stripped, et_al = strip_et_al(text)
    return clean(stripped), et_al


def author_pieces(text: str) -> list[str]:
    """Split an author list; a suffix or bare initials after a comma stay with the name before."""
    pieces: list[str] = []
    for group in AUTHOR_SEPARATORS.split(text):
        for index, chunk in enumerate(c.strip() for c in group.split(",")):
            if not chunk:
                continue
            if index and pieces and (is_suffix(chunk) or is_initials(chunk)):
                pieces[-1] = f"{pieces[-1]}, {chunk}"
            else:
                pieces.append(chunk)
    return pieces


@lru_cache(maxsize=8192)  # pure, and a page repeats its author strings
def parse_short_author(text: str) -> tuple[tuple[Name, ...], bool]:
    """The author part of a short-form citation -> (names, et_al)."""
    text, et_al = strip_et_al_clean(clean(text))
    if not text:
        return (), et_al
    if is_corporate(text):
        # "and" belongs to corporate names ("Ministry of Agriculture and Forestry"); "/" still splits.
        pieces = [p for p in (clean(p) for p in re.split(r"\s*[/;]\s*", text)) if p]
        return tuple(Name(literal=p) if is_corporate(p) else _parse_person(p) for p in pieces), et_al
    return tuple(_parse_person(p) for p in author_pieces(text)), et_al


def parse_inverted_name(text: str) -> Name:
    """"Family, Given" as in SpringerLink's cite line: "van Dijk, T. A.", "Smith Jr., J."."""
    text = clean(text)
    if "," not in text:
        if not text:
            return Name()
        return Name(literal=text) if is_corporate(text) and " " in text else _parse_direct(text)
    head, *rest = (p.strip() for p in text.split(","))
    suffix = " ".join(p for p in rest if is_suffix(p))
    given_tokens = " ".join(p for p in rest if p and not is_suffix(p)).split()
    tokens = head.split()
    if len(tokens) > 1 and is_suffix(tokens[-1]):
        suffix = suffix or tokens.pop()
    lead = 0
    while lead < len(tokens) - 1 and is_particle(tokens[lead]):
        lead += 1
    particle = tokens[:lead]
    # "Beethoven, Ludwig van": a particle printed after the given name.
    while len(given_tokens) > 1 and is_particle(given_tokens[-1]):
        particle.insert(0, given_tokens.pop())
    return Name(family=" ".join(tokens[lead:]), given=" ".join(given_tokens), particle=" ".join(particle), suffix=suffix)


def split_inverted_name_list(text: str) -> list[Name]:
    """"Kraus, W., Weber, K. (eds)" -> [Kraus W., Weber K.]: pairs of family and given."""
    text = LIST_SEPARATORS.sub(", ", EDITOR_TAIL.sub("", clean(text)))
    parts = [p for p in (p.strip() for p in text.split(",")) if p]
    names: list[Name] = []
    i = 0
    while i < len(parts):
        taken = [parts[i]]
        i += 1
        if i < len(parts) and _takes_given(parts, i):
            taken.append(parts[i])
            i += 1
        while i < len(parts) and is_suffix(parts[i]):
            taken.append(parts[i])
            i += 1
        names.append(parse_inverted_name(", ".join(taken)))
    return names


def _takes_given(parts: list[str], i: int) -> bool:
    """Is parts[i] the given name of parts[i-1]? Not if it is a family followed by initials."""
    if is_suffix(parts[i]):
        return False
    if is_initials(parts[i]):
        return True
    return not (i + 1 < len(parts) and is_initials(parts[i + 1]))
