"""Author and editor lists as reference lists print them, in every style Springer uses.

One reader for all of them, deciding name by name (token tests, no backtracking regexes):

- Springer basic: "Smith JA, van Dijk TA, Jones B Jr"   (family, then undotted initials)
- APA and LNCS:   "Smith, J. A., van Dijk, T. A., & Jones, B." (family, comma, initials)
- humanities:     "Smith, Alfred, Bea Other, and Carl Third"   (first inverted, the others direct)
- direct order:   "A. Editor & B. C. Other" (APA editors), "edited by Alfred Smith and Bea Other"
- institutions:   "World Health Organization" (a literal name)

Undotted Springer initials are written as initials ("JA" -> "J. A."), so that every reader of
our output sees given names, not a word "JA". "et al." is returned as a flag.
"""

from __future__ import annotations

import re
from dataclasses import replace

from converter.lexicon import CORPORATE_CONNECTIVES, EDITOR_MARK, EDITOR_MARK_DOTTED, fold, words
from converter.model import Name
from converter.names.parts import PARTICLE_WORDS, is_corporate, is_initials, is_suffix, strip_et_al
from converter.names.persons import parse_inverted_name

# Separators between names: commas are handled by position, these words always separate.
# On whitespace-normalized text; "Städte- und Gemeindebund" (a compound's part left to the next word) is one name.
LIST_WORDS = re.compile(r"(?<!-),?\s(?:and|und|et|y|e)\s|;\s?|,?\s?&\s?|\s?/\s?")
EDITOR_MARK = re.compile(
    rf"[\s,]*(?:\(\s?{EDITOR_MARK}\s?\)|,\s?{EDITOR_MARK_DOTTED})[\s.,:]*$", re.IGNORECASE
)
UNDOTTED_INITIALS = re.compile(r"^[A-Z]{1,5}$")  # Vancouver prints up to five: "Rosado LEFPL"
MAX_NAME_TEXT = 3000  # an author list longer than this is not an author list


def strip_editor_mark(text: str) -> tuple[str, bool]:
    """"Weber K (ed)", "Weber, K. (Eds.).", "Weber, K., ed." -> ("Weber K", True)."""
    stripped = EDITOR_MARK.sub("", text)
    return stripped.strip(" ,"), stripped != text


def is_word(token: str) -> bool:
    """A capitalized name word: "Smith", "O’Brien", "Müller-Lüdenscheidt", "d’Estaing"."""
    core = token.strip("()")
    if not core or any(c.isdigit() for c in core):
        return False
    return core[0].isupper() or core.lower() in PARTICLE_WORDS or core[:2].lower() in ("d’", "d'", "l’", "l'")


def springer_name(piece: str) -> Name | None:
    """"van Dijk TA" -> Name("Dijk", "T. A.", particle="van"); None if not that shape."""
    tokens = piece.split()
    suffix = trailing_particle = ""
    if len(tokens) >= 3 and is_suffix(tokens[-1]):
        suffix = tokens.pop()
    if len(tokens) >= 3 and tokens[-1] in PARTICLE_WORDS and UNDOTTED_INITIALS.match(tokens[-2]):
        trailing_particle = tokens.pop()  # "Silva CAB da": Vancouver prints the particle last
    if len(tokens) < 2 or not UNDOTTED_INITIALS.match(tokens[-1]):
        return None
    initials, family = tokens[-1], tokens[:-1]
    if not all(is_word(t) and not is_initials(t) for t in family) or not family[-1][0].isupper() \
            or UNDOTTED_INITIALS.match(family[-1]):
        return None
    lead = 0
    while lead < len(family) - 1 and family[lead].lower() in PARTICLE_WORDS and family[lead][0].islower():
        lead += 1
    given = " ".join(f"{c}." for c in initials)
    particle = " ".join(family[:lead] + ([trailing_particle] if trailing_particle else []))
    return Name(family=" ".join(family[lead:]), given=given, particle=particle, suffix=suffix)


def initials_after_family(piece: str) -> Name | None:
    """"Albrizzi G. B.", "Boucher B.": a family name, then dotted initials (Italian lists); None if not.
    Initials in lower case after a capitalized family ("FERRI a.") lost their small capitals."""
    tokens = piece.split()
    if len(tokens) >= 3 and re.fullmatch(r"[A-Z]", tokens[-1]) and is_initials(tokens[-2]):
        tokens[-1] += "."  # "Kashani J. H": the last initial's stop lost before the comma
    cut = len(tokens)
    while cut > 0 and (is_initials(tokens[cut - 1]) or ANY_CASE_INITIALS.match(tokens[cut - 1])):
        cut -= 1
    if cut == 0 or cut == len(tokens) or not all(is_word(t) and not is_initials(t) for t in tokens[:cut]):
        return None
    return parse_inverted_name(f"{' '.join(tokens[:cut])}, {' '.join(tokens[cut:]).upper()}")


LOWER_WORD = re.compile(r"^[^\W\d_A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*$")
ANY_CASE_INITIALS = re.compile(r"^(?:[^\W\d_]\.[\s\-]?){1,3}$")


def lower_case_family(piece: str) -> Name | None:
    """"moretti G. B.", "galli f.": a family name in lower case before initials is a style's small
    capitals that a PDF's text turned into lower case (a given name written so would be no initial);
    it is written in ordinary case again, particles before it kept ("de santis e.")."""
    tokens = piece.split()
    cut = len(tokens)
    while cut > 0 and ANY_CASE_INITIALS.match(tokens[cut - 1]):
        cut -= 1
    if cut == 0 or cut == len(tokens) or not all(LOWER_WORD.match(t) for t in tokens[:cut]):
        return None
    lead = 0
    while lead < cut - 1 and tokens[lead] in PARTICLE_WORDS:
        lead += 1
    family = tokens[lead:cut]
    if len(family) > 2 or len(family[-1]) < 2 or family[-1] in PARTICLE_WORDS:
        return None
    given = " ".join(t.upper() for t in tokens[cut:])
    return Name(family=" ".join(t[:1].upper() + t[1:] for t in family), given=given, particle=" ".join(tokens[:lead]))


CAPITALS = re.compile(r"^[^\W\d_a-z]{2,}(?:[-'’][^\W\d_a-z]+)*$")  # "DURAND", "D’ALTENA", "CASTI-MORESCHI"


def capitals_family(piece: str) -> Name | None:
    """"DURAND Jean-Pierre", "E. CASTI MORESCHI": the words in capitals are the family name (a style's
    small capitals), the others the given names; the family is written in ordinary case."""
    tokens = piece.split()
    capital = [bool(CAPITALS.match(t)) for t in tokens]
    if not any(capital) or all(capital) or len(tokens) > 5:
        return None
    first, last = capital.index(True), len(capital) - capital[::-1].index(True)
    if not all(capital[first:last]) or not all(is_word(t) or is_initials(t) for t in tokens):
        return None
    family = " ".join(word_case(t) for t in tokens[first:last])
    given = " ".join(tokens[:first] + tokens[last:])
    return Name(family=family, given=given)


def word_case(word: str) -> str:
    """"DURAND" -> "Durand", "D’ALTENA" -> "D’Altena", "CASTI-MORESCHI" -> "Casti-Moreschi"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), word)


def is_given(piece: str) -> bool:
    """Could `piece` be the given name after "Family,": initials or one to three name words."""
    if is_initials(piece):
        return True
    tokens = piece.split()
    return 1 <= len(tokens) <= 3 and all(is_word(t) or is_initials(t) for t in tokens) and not is_suffix(piece)


def is_family(piece: str) -> bool:
    """A family name printed first: one word, or particles before it ("van der Berg", "De la Cruz")."""
    tokens = piece.split()
    if not tokens or not all(is_word(t) for t in tokens):
        return False
    if len(tokens) > 1 and is_suffix(tokens[-1]):
        tokens = tokens[:-1]
    return len(tokens) == 1 or all(t.lower() in PARTICLE_WORDS for t in tokens[:-1])


SPACED_DASH = re.compile(r"\s[-–]\s")


def two_word_family(piece: str) -> bool:
    """"García Márquez", "Ortiz Moreno", "Blanco Fernández de Valderrama": a family name of two or
    three words (particles between them not counted), printed first."""
    tokens = piece.split()
    words_only = [t for t in tokens[1:-1] if t.lower() not in PARTICLE_WORDS]
    named = [tokens[0], *words_only, tokens[-1]] if len(tokens) > 1 else tokens
    return 2 <= len(named) <= 3 and all(is_word(t) and not is_initials(t) for t in tokens)


def known_given(piece: str) -> bool:
    """"Karin", "Mario Jesús": given names a dictionary knows, after a family name and a comma."""
    tokens = piece.split()
    return bool(tokens) and len(tokens) <= 3 and all(fold(t.rstrip(".")) in words("given_names") or is_initials(t)
                                                      for t in tokens)


def pieces_of(text: str) -> list[str]:
    pieces: list[str] = []
    for group in LIST_WORDS.split(text):
        for piece in group.split(","):
            pieces.extend(dash_pieces(piece.strip()))
    return [p for p in pieces if p]


def dash_pieces(piece: str) -> list[str]:
    """"Rossi A. - Bianchi M." are two names (a dash between names with initials); "Lees - Milne" is
    one hyphenated name, its hyphen spaced by a line break."""
    if not SPACED_DASH.search(piece):
        return [piece]
    sides = [side.strip() for side in SPACED_DASH.split(piece)]
    if any(is_initials(token) or CAPITALS.match(token) for side in sides for token in side.split()):
        return sides
    return ["-".join(sides)]


def parse_name_list(text: str) -> tuple[tuple[Name, ...], bool]:
    """An author or editor list in any of the module's shapes -> (names, et_al)."""
    text = " ".join(text.split())[:MAX_NAME_TEXT]
    text, et_al = strip_et_al(text)
    if not text:
        return (), et_al
    # "World Health Organization", "Food and Agriculture Organization": one body; "/" and ";" part bodies
    whole = parse_inverted_name(text) if not any(mark in text for mark in ",/;") else Name()
    if whole.literal:
        return (whole,), et_al
    names: list[Name] = []
    groups = [group.strip() for group in LIST_WORDS.split(text) if group.strip()]
    for group in groups:
        pieces = [p for piece in group.split(",") for p in dash_pieces(piece.strip()) if p]
        if len(groups) > 1 and one_inverted_name(group, pieces):
            names.append(parse_inverted_name(f"{pieces[0]}, {pieces[1]}"))  # "Arránz Weber, Oliver; …"
            continue
        names.extend(names_of_pieces(pieces, names))
    # a piece without a letter ("&." of "P &., Williams, K.") names nobody
    return tuple(in_ordinary_case(without_closing_stop(n)) for n in names if has_letter(n.family or n.literal)), et_al


def one_inverted_name(group: str, pieces: list[str]) -> bool:
    """Between two separators (";", "/", "and"), "Family Name, Given": one name, however many words
    its family has."""
    if len(pieces) != 2 or group.count(",") != 1 or not 1 <= len(pieces[0].split()) <= 3 or not is_given(pieces[1]):
        return False
    family_words, given_words = pieces[0].split(), pieces[1].split()
    if is_initials(family_words[0]) or (len(family_words) > 1 and known_given(family_words[0])):
        return False  # "N. Lin, K. Cook", "Karl Lind, Eva Roth": names in reading order
    if any(is_initials(a) and not is_initials(b) for a, b in zip(given_words, given_words[1:])):
        return False  # "K. Cook" is a name, not the given names of one
    return not springer_name(pieces[0]) and not springer_name(pieces[1])


def names_of_pieces(pieces: list[str], before: list[Name]) -> list[Name]:
    """The names of one group's comma pieces; `before` are the names read so far (a suffix alone
    belongs to the last of them)."""
    names: list[Name] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        after = pieces[i + 2] if i + 2 < len(pieces) else ""
        if " " in piece and is_corporate(piece):  # "VKU Landesgruppe Nord" among names: a body, no family
            names.append(Name(literal=piece))
            i += 1
            continue
        family, _, last = piece.rpartition(" ")
        springer = (springer_name(piece) or initials_after_family(piece) or capitals_family(piece)
                    or lower_case_family(piece))
        # "Blanco Fernández de Valderrama, Cristina": one word after a long name, and nothing after it
        lone_given_last = i + 2 == len(pieces) and len(following.split()) == 1 and is_given(following)
        if family and is_suffix(last) and is_initials(following):  # "King Jr., M. L.": the suffix after the family
            names.append(Name(family=family, given=following, suffix=last))
            i += 2
        elif springer is not None:
            names.append(springer)
            i += 1
        elif is_suffix(piece) and (names or before):
            owner = names if names else before
            owner[-1] = Name(family=owner[-1].family, given=owner[-1].given, particle=owner[-1].particle,
                             suffix=piece)
            i += 1
        elif following and (is_initials(following) or (is_family(piece) and is_given(following)
                                                          and not is_initials(after))
                            or (two_word_family(piece) and (known_given(following) or lone_given_last))):
            names.append(parse_inverted_name(f"{piece}, {following}"))
            i += 2
        else:
            names.append(parse_inverted_name(piece))
            i += 1
    return names


def has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def without_closing_stop(name: Name) -> Name:
    """"Smith, James. 1990.": the stop after a written-out given name (or a lone name) closes the
    names, it is no abbreviation ("J." and "Wm." keep theirs)."""
    last = name.given.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha() and not last[:-1].isupper():
        return replace(name, given=name.given[:-1])
    if name.family.endswith(".") and len(name.family) > 3 and name.family[:-1].isalpha():
        return replace(name, family=name.family[:-1])  # "Lorna H. Mui. 1989.", "OECD. (2017)."
    return name


def in_ordinary_case(name: Name) -> Name:
    """"BATT, Rosemary" -> "Batt, Rosemary": a family in capitals beside a given name in ordinary case is
    a style's small capitals. A name in capitals alone ("OECD") may be an acronym and stays."""
    if name.family and CAPITALS.match(name.family.replace(" ", "")) and re.search(r"[a-z]", name.given):
        return Name(family=word_case(name.family), given=name.given, particle=name.particle, suffix=name.suffix)
    return name


def looks_like_names(text: str) -> bool:
    """Could `text` be an author list at all? No digits, no colon, only name-like words."""
    text, _ = strip_et_al(strip_editor_mark(" ".join(text.split()))[0])
    if not text or len(text) > MAX_NAME_TEXT or any(c.isdigit() or c in ":()[]“”\"?!" for c in text):
        return False
    pieces = pieces_of(text)
    if not pieces:
        return False
    for piece in pieces:
        tokens = piece.split()
        if len(tokens) > 6:
            return False
        for token in tokens:
            if not (is_word(token) or is_initials(token) or is_suffix(token) or token.lower() in CORPORATE_CONNECTIVES):
                return False
    return True

