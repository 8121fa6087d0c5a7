"""A fast path through the BibTeX files most users export: entries of braced or numeric fields and
nothing else. bibtexparser's splitter reads any BibTeX but walks it mark by mark, several times
slower than citation-js on a large library; this reads the common shape with a few regexes and
hands back what bibtexparser would (entry type, key, field values without their enclosing braces,
names split by bibtexparser's own functions).

Whatever is not that shape returns None, and the caller reads the file with bibtexparser: @string
(then a macro such as `month = jan` may be defined), @preamble, @comment, an "@" that starts no
entry, quoted or concatenated values, a repeated key or field, a name bibtexparser's name splitter
refuses. Text between entries is a comment, as in BibTeX. tests/sources check that both
readers give the same entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

NAME_FIELDS = ("author", "editor", "translator")  # as bibtexparser's name middlewares: case counts
ENTRY_START = re.compile(r"\s*@(\w+)\s*\{\s*([^\s,{}@\"#%'()=\\~]+)\s*,")
FIELD_START = re.compile(r"\s*([A-Za-z][\w:.+-]*)\s*=\s*")
BARE_VALUE = re.compile(r"\d+(?![\w#])|[A-Za-z]\w*(?![\w#])")
BRACE = re.compile(r"[{}]")
AFTER_VALUE = re.compile(r"\s*(,?)\s*(\}?)")
ENTRY_END = re.compile(r"\s*\}")
NOT_ENTRIES = frozenset({"string", "preamble", "comment"})


@dataclass(frozen=True, slots=True)
class RawEntry:
    entry_type: str  # lower case, as bibtexparser gives it
    key: str
    fields: dict[str, Any]  # field name as printed -> its text, or for names a list of NameParts


def read_entries(text: str) -> list[RawEntry] | None:
    """The entries of a plain BibTeX file, or None when it is not plain (see the module's doc)."""
    entries: list[RawEntry] = []
    seen_keys: set[str] = set()
    position = 0
    while True:
        # Text between entries is a comment in BibTeX (and an implicit comment to bibtexparser).
        position = text.find("@", position)
        if position < 0:
            return entries
        match = ENTRY_START.match(text, position)
        if match is None:
            return None
        entry_type, key = match[1], match[2]
        if entry_type.lower() in NOT_ENTRIES or key in seen_keys:
            return None
        seen_keys.add(key)
        fields, position = _read_fields(text, match.end())
        if fields is None:
            return None
        try:
            fields = _split_names(fields)
        except ValueError:  # bibtexparser's InvalidNameError: let bibtexparser report it
            return None
        entries.append(RawEntry(entry_type.lower(), key, fields))


def _read_fields(text: str, position: int) -> tuple[dict[str, str] | None, int]:
    fields: dict[str, str] = {}
    while True:
        field = FIELD_START.match(text, position)
        if field is None:
            closing = ENTRY_END.match(text, position)
            return (fields, closing.end()) if closing else (None, position)
        name, position = field[1], field.end()
        if name in fields:
            return None, position
        if text.startswith("{", position):
            end = _closing_brace(text, position)
            if end < 0:
                return None, position
            value, position = text[position + 1:end], end + 1
        else:  # a number, or a macro no @string defines (`month = sep`), kept as printed
            bare = BARE_VALUE.match(text, position)
            if bare is None:
                return None, position
            value, position = bare[0], bare.end()
        fields[name] = value
        after = AFTER_VALUE.match(text, position)
        if after[2]:
            return fields, after.end()
        if not after[1]:
            return None, position
        position = after.end()


def _closing_brace(text: str, opening: int) -> int:
    """Where the group opened at `opening` closes (BibTeX counts every brace), or -1."""
    end = text.find("}", opening + 1)
    if end >= 0 and text.find("{", opening + 1, end) < 0:
        return end  # the common value with no braces inside
    depth = 0
    for brace in BRACE.finditer(text, opening):
        if brace[0] == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return brace.start()
    return -1


def _split_names(fields: dict[str, str]) -> dict[str, Any]:
    for name in fields:
        if name in NAME_FIELDS:
            fields[name] = persons(fields[name])
    return fields


@lru_cache(maxsize=1 << 14)
def persons(value: str) -> list[Any]:
    """bibtexparser's SeparateCoAuthors and SplitNameParts on one value (a library repeats its
    authors; the parts are only read)."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names

    return [parse_single_name_into_parts(person) for person in split_multiple_persons_names(value)]
