"""The small tests every name reader shares: initials, suffixes, particles, "et al.", editor marks."""

from __future__ import annotations

import re

from converter.lexicon import CORPORATE_CONNECTIVES, ET_AL, PARTICLES, SUFFIXES, fold, table

PARTICLE_WORDS = frozenset(PARTICLES)
SUFFIX_WORDS = frozenset(SUFFIXES)
# Given names as initials: "W.", "T. A.", "J.A.", "J.-P.", "Ch.".
INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.[\s\-\u2010\u2011]?){1,4}$")


def _et_al_alternative(words: tuple[str, ...]) -> str:
    pattern = r"\s*".join(re.escape(word) for word in words)
    return rf"\b{pattern}" + (r"\b" if words[-1][-1].isalpha() else "")


# "et al." and its cousins at the end of a name list, with the punctuation around them.
ET_AL_TAIL = re.compile(
    r"[\s,]*(?:" + "|".join(_et_al_alternative(w) for w in sorted(ET_AL, key=lambda w: -len(" ".join(w)))) + r")"
    r"[\s,.;:]*$",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """Collapse whitespace (NBSP, thin spaces) and drop stray punctuation at the ends."""
    return " ".join(text.split()).strip(" ,;:")


def is_suffix(text: str) -> bool:
    """"Jr.", "III", also with the comma that separated it: "Jr.,"."""
    return text.strip().rstrip(",") in SUFFIX_WORDS


def is_initials(text: str) -> bool:
    """"W.", "T. A.", "J.A.", "J.-P.", "Ch.": given names printed as initials."""
    text = text.strip()
    return bool(text) and text[0].isupper() and INITIALS.match(text) is not None


def is_particle(token: str) -> bool:
    return token in PARTICLE_WORDS


def is_elided_particle(token: str) -> bool:
    """"d'Estaing", "l'Hôpital": lowercase, but a name."""
    return re.match(r"[dl]['\u2019]\w", token) is not None


def strip_et_al(text: str) -> tuple[str, bool]:
    """"Smith, Jones et al." -> ("Smith, Jones", True)."""
    stripped = ET_AL_TAIL.sub("", text)
    return stripped.strip(" ,"), stripped != text


def words_of(text: str) -> list[str]:
    """The folded words of a text, punctuation around them dropped."""
    return [w for w in (fold(t.strip(",.;:()[]\"")) for t in text.split()) if w]


def is_corporate(text: str) -> bool:
    words, endings = table("corporate_words")
    tokens = text.split()

    def corporate_word(word: str) -> bool:
        return word in words or any(word.endswith(e) and len(word) > len(e) for e in endings)

    # Lower-case words belong to an institution's name after its first word names one: "Archives
    # municipales de Lyon", "Biblioteca nazionale" (Romance adjectives follow the noun).
    opens_with_one = bool(tokens) and tokens[0][:1].isupper() and corporate_word(fold(tokens[0]))
    if not opens_with_one and any(t[0].islower() and fold(t) not in CORPORATE_CONNECTIVES for t in tokens):
        return False
    return any(corporate_word(w) for w in words_of(text))
