"""Periodical sigla -> full titles: "CNA" -> "China News Analysis".

From a TSV file (`--abbreviations FILE`: `abbrev<TAB>full title`, `#` comments) or from a page's
own list of abbreviations. The siglum stays as the short title (CSL container-title-short).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from converter.errors import ConversionError
from converter.model import Document, Work

# "CNA<TAB>China News Analysis", "CNA = China News Analysis", "CNA: China News Analysis",
# "CNA – China News Analysis", "CNA    China News Analysis".
LINE = re.compile(r"^\s*(?P<abbrev>[^\s=:]{1,15})\s*(?:\t+|\s=\s|:\s|\s[–—-]\s|\s{2,})\s*(?P<full>\S.*?)\s*$")


def parse_abbreviation_lines(lines: Iterable[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in lines:
        line = line.strip().lstrip("•").strip()
        if not line or line.startswith("#"):
            continue
        match = LINE.match(line)
        if match and any(c.isupper() for c in match["abbrev"]) and len(match["full"]) > len(match["abbrev"]):
            table.setdefault(match["abbrev"].rstrip("."), match["full"])
    return table


def load_abbreviations(path: str) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConversionError(f"{path}: cannot read the abbreviations file ({error})") from None
    table = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        abbrev, tab, full = line.partition("\t")
        if not tab or not abbrev.strip() or not full.strip():
            raise ConversionError(f"{path}:{number}: expected 'abbreviation<TAB>full title'")
        table[abbrev.strip()] = full.strip()
    return table


def expand_work(work: Work, table: Mapping[str, str]) -> Work:
    if work.container_title in table:
        return work.with_(container_title=table[work.container_title],
                          container_title_short=work.container_title_short or work.container_title)
    if not work.authors and work.title in table:
        return work.with_(title=table[work.title], title_short=work.title_short or work.title)
    return work


def apply_abbreviations(document: Document, table: Mapping[str, str]) -> Document:
    if not table:
        return document
    works = tuple(expand_work(work, table) for work in document.works)
    return Document(chapter=document.chapter, works=works, notes=document.notes, problems=document.problems)
