"""Periodical sigla -> full titles: "CNA" -> "China News Analysis".

From a TSV file (`--abbreviations FILE`: `abbrev<TAB>full title`, `#` comments) or from a page's
own list of abbreviations. The siglum stays as the short title (CSL container-title-short).
"""

from __future__ import annotations

from collections.abc import Mapping

from converter.model import Document, Work


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
