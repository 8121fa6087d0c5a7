"""Key formats: a few named templates and a subset of Better BibTeX's formula syntax.

A formula is literal text and `[field]` or `[field:filter:filter]` parts: `[auth:lower][year]`
gives "kraus1982", `[auth][shortyear]_[veryshorttitle]` "Kraus82_Adoption". Every key is folded
to ASCII letters, digits and `_:.-` (what BibTeX, pandoc and biber accept in a key).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from converter.errors import UsageError
from converter.lexicon import ID_STOP_WORDS
from converter.model import Name, Work

DEFAULT = "id"
# Named templates (--key-format NAME); "id" is the record id itself ("kraus1982adoption", "cna1953no3").
TEMPLATES: dict[str, str] = {
    "id": "",
    "author-year": "[auth:lower][year]",
    "author-year-title": "[auth:lower][year][veryshorttitle:lower]",
}
STOP_WORDS = frozenset(ID_STOP_WORDS)
PART = re.compile(r"\[([^\[\]]*)\]")
LITERAL = re.compile(r"[A-Za-z0-9_:.\-]*")


def ascii_word(text: str) -> str:
    """"Schräm" -> "Schram", "Fu-dshun" -> "Fudshun": ASCII letters and digits, case kept."""
    decomposed = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]", "", decomposed)


def family(name: Name) -> str:
    return ascii_word(name.literal or f"{name.particle}{name.family}")


def creators(work: Work) -> tuple[Name, ...]:
    return work.authors or work.editors


def significant_words(text: str) -> list[str]:
    words = [ascii_word(w) for w in text.split()]
    return [w for w in words if w and w.lower() not in STOP_WORDS and not w[:1].isdigit()]


def title_words(work: Work) -> list[str]:
    """Significant words of the title; for a work without creators, those after the one [auth] took."""
    words = significant_words(work.title)
    return words if creators(work) or not uses_title_as_author(work) else words[1:]


def uses_title_as_author(work: Work) -> bool:
    return not (work.container_title_short or work.container_title) or work.type == "book"


def auth(work: Work) -> str:
    """The first creator's family name; without creators, a periodical's siglum (or its title's first
    word), else the work's first title word."""
    names = creators(work)
    if names:
        return family(names[0])
    source = work.title if uses_title_as_author(work) else work.container_title_short or work.container_title
    words = significant_words(source)
    return words[0] if words else ""


def authors(work: Work, limit: int | None = None) -> str:
    names = creators(work)
    if not names:
        return auth(work)
    shown = "".join(family(n) for n in names[:limit])
    return shown + ("EtAl" if (limit and len(names) > limit) or work.et_al else "")


def auth_et_al(work: Work) -> str:
    """Better BibTeX's authEtAl: "Smith", "SmithJones", "SmithEtAl"."""
    names = creators(work)
    if len(names) > 2 or work.et_al:
        return auth(work) + "EtAl"
    return "".join(family(n) for n in names) or auth(work)


def year(work: Work) -> str:
    """The year with its printed letter ("1974a"), so that the works of one author and year stay apart."""
    return f"{work.issued.year}{work.year_suffix}" if work.issued else ""


FIELDS: dict[str, Callable[[Work], str]] = {
    "auth": auth,
    "authors": authors,
    "authEtAl": auth_et_al,
    "year": year,
    "shortyear": lambda work: year(work)[2:] if work.issued else "",
    "title": lambda work: "".join(w[:1].upper() + w[1:] for w in title_words(work)),
    "shorttitle": lambda work: "".join(w[:1].upper() + w[1:] for w in title_words(work)[:3]),
    "veryshorttitle": lambda work: "".join(title_words(work)[:1]),
}
FILTERS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "capitalize": lambda text: text[:1].upper() + text[1:],
    "abbr": lambda text: "".join(c for c in text if c.isupper() or c.isdigit()) or text[:1],
}
AUTHORS_N = re.compile(r"authors(\d+)$")


@dataclass(frozen=True)
class Formula:
    """A parsed key format: `key(work)` gives the key before clashes are numbered ("" for the id)."""

    parts: tuple[tuple[str, Callable[[Work], str] | None, tuple[Callable[[str], str], ...]], ...]

    def key(self, work: Work) -> str:
        if not self.parts:
            return work.id
        text = ""
        for literal, field, filters in self.parts:
            if field is None:
                text += literal
                continue
            value = field(work)
            for apply in filters:
                value = apply(value)
            text += value
        return text


def field_of(name: str) -> Callable[[Work], str]:
    if name in FIELDS:
        return FIELDS[name]
    match = AUTHORS_N.match(name)
    if match and int(match[1]) > 0:
        limit = int(match[1])
        return lambda work: authors(work, limit)
    known = ", ".join([*FIELDS, "authorsN"])
    raise UsageError(f"unknown key field [{name}] in --key-format; fields: {known}")


def parse_formula(key_format: str) -> Formula:
    """A template name or a formula -> Formula; UsageError names what is wrong and what is known."""
    template = TEMPLATES.get(key_format, key_format)
    if key_format in TEMPLATES and not template:
        return Formula(())
    if "[" not in template:
        raise UsageError(f"unknown key format {key_format!r}; choose one of {', '.join(TEMPLATES)}, "
                         f"or a formula such as '[auth:lower][year]'")
    parts = []
    position = 0
    for match in PART.finditer(template):
        parts.append(literal_part(template[position:match.start()], key_format))
        name, *filters = match[1].split(":")
        unknown = [f for f in filters if f not in FILTERS]
        if unknown:
            raise UsageError(f"unknown key filter :{unknown[0]} in --key-format; filters: {', '.join(FILTERS)}")
        parts.append(("", field_of(name), tuple(FILTERS[f] for f in filters)))
        position = match.end()
    parts.append(literal_part(template[position:], key_format))
    return Formula(tuple(part for part in parts if part[1] or part[0]))


def literal_part(text: str, key_format: str):
    if not LITERAL.fullmatch(text):
        raise UsageError(f"--key-format {key_format!r}: text outside [ ] may hold only letters, digits and _:.-")
    return (text, None, ())
