"""A value as inert BibTeX/LaTeX text, character by character (the rules: bibtex.py's docstring,
"Escaping" and "Unicode"): specials escaped, braces balanced, and with `ascii` non-ASCII letters and
punctuation in their LaTeX spelling. Shared by the BibTeX and biblatex writers.
"""

from __future__ import annotations

import re
import unicodedata

from converter.writers.records import one_line

# Characters BibTeX or LaTeX would act on, with their inert spelling.
SPECIALS = {
    "\\": r"{\textbackslash}", "~": r"{\textasciitilde}", "^": r"{\textasciicircum}",
    "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "$": r"\$",
}
PAIRED_BRACES = {"{": r"\{", "}": r"\}"}
LONE_BRACES = {"{": r"\{\vphantom{\}}", "}": r"\vphantom{\{}\}"}
# Any character escaped_chars() would change (name specials are the same characters).
ESCAPED = re.compile("[" + re.escape("".join(SPECIALS) + "".join(PAIRED_BRACES)) + "]")
# In names every escape is a group of its own: bibtexparser's name-list splitter misses the " and "
# after a word that starts with a backslash (`Kraus, \% and others`), and `{\%}` reads the same.
NAME_SPECIALS = {
    **{char: text if text.startswith("{") else "{" + text + "}" for char, text in SPECIALS.items()},
    **{char: "{" + text + "}" for char, text in LONE_BRACES.items()},
}

# options.ascii: combining accents -> LaTeX accent commands ...
ACCENTS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u",
    "\u0307": ".", "\u0308": '"', "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0323": "d",
    "\u0327": "c", "\u0328": "k", "\u0331": "b",
}
# ... and letters and punctuation that are not a base letter plus accents. Only spellings that
# pandoc and bibtexparser both decode (bibutils misreads \oe and shows the quote commands raw);
# ð, þ, đ, €, … have none that they share, so they stay UTF-8 like every other character not here.
LETTERS = {
    "ß": r"{\ss}", "æ": r"{\ae}", "Æ": r"{\AE}", "œ": r"{\oe}", "Œ": r"{\OE}", "ø": r"{\o}", "Ø": r"{\O}",
    "ł": r"{\l}", "Ł": r"{\L}", "ı": r"{\i}", "–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''",
    "„": r"{\quotedblbase}", "«": r"{\guillemotleft}", "»": r"{\guillemotright}", "§": r"{\textsection}",
    "©": r"{\textcopyright}", "°": r"{\textdegree}", "£": r"{\textsterling}",
}


# TeX's dash ligatures: a dash spelled "--" or "---" must not join a hyphen beside it into a longer
# dash. (The quotes ‘ ’ are written as TeX's ` and ', and meant to be read back as quotes.)
LIGATURE_STARTS = {"-": "-"}
LIGATURE_SPELLINGS = frozenset(s for s in LETTERS.values() if s[:1] in LIGATURE_STARTS)


def escape(text: str, ascii: bool = False) -> str:
    """A value as inert BibTeX text: one line, specials escaped, braces balanced (bibtex.py's docstring)."""
    text = prepared(text, ascii)
    if not ESCAPED.search(text) and (not ascii or text.isascii()):
        return text  # escaped_chars' own shortcut, without the list
    return "".join(escaped_chars(text, ascii))


def prepared(text: str, ascii: bool) -> str:
    text = one_line(text)
    return unicodedata.normalize("NFC", text) if ascii else text


def escaped_chars(text: str, ascii: bool, name: bool = False) -> list[str]:
    """The BibTeX spelling of each character of `text`, position by position."""
    if not ESCAPED.search(text) and (not ascii or text.isascii()):
        return list(text)  # most values: nothing to escape
    paired = paired_braces(text)
    out = []
    for index, char in enumerate(text):
        if name and char in NAME_SPECIALS:
            out.append(NAME_SPECIALS[char])
        elif char in PAIRED_BRACES:
            out.append((PAIRED_BRACES if index in paired else LONE_BRACES)[char])
        elif char in SPECIALS:
            out.append(SPECIALS[char])
        elif ascii and not char.isascii():
            spelled = latex_char(char)
            if out and spelled[:1] in LIGATURE_STARTS and out[-1][-1:] in LIGATURE_STARTS[spelled[:1]]:
                spelled = "{}" + spelled  # "-–" is "-{}--", not "---" (an em dash)
            out.append(spelled)
        elif out and char in LIGATURE_STARTS and out[-1] in LIGATURE_SPELLINGS \
                and out[-1][-1:] in LIGATURE_STARTS[char]:
            out.append("{}" + char)  # "–-" is "--{}-"
        else:
            out.append(char)
    return out


def paired_braces(text: str) -> set[int]:
    """Positions of the braces that have a partner, nested properly, in `text`."""
    paired: set[int] = set()
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "{":
            opened.append(index)
        elif char == "}" and opened:
            paired.update((opened.pop(), index))
    return paired


def latex_char(char: str) -> str:
    """The LaTeX spelling of one non-ASCII character, or the character itself when there is none."""
    if char in LETTERS:
        return LETTERS[char]
    base, *marks = unicodedata.normalize("NFD", char)
    if not marks or not base.isascii() or not all(mark in ACCENTS for mark in marks):
        return char
    inner = base
    for mark in marks:
        command = ACCENTS[mark]
        inner = f"\\{command}{{{inner}}}" if command.isalpha() or len(inner) > 1 else f"\\{command}{inner}"
    return "{" + inner + "}"
