"""Decide once which printed short forms are the same work, and give each work its id.

Rules, each reported when it merges two different printings (never silently):
- same authors and year after folding case, diacritics and hyphens ("Schräm 1974" = "Schram 1974",
  "Pichao Chen 1973" = "Pi-chao Chen 1973", "Choh-Ming Li" = "Choh-ming Li");
- same two name tokens in swapped order and the same year ("Chao Kang 1968" = "Kang Chao 1968");
- same family name and year, hyphenated (romanized) given names one letter longer or shorter
  ("Chuh-yuan Cheng" = "Chu-yuan Cheng": a transliteration or typesetting slip; "Maria"/"Mario"
  or "Christina"/"Christine" may be two people and are only reported as near-misses);
- title-only works whose words differ by one inserted word, four words or more
  ("Eighth Congress of the ..." = "Eighth National Congress of the ...").
Different years always stay different works. Pairs that share a first author and a year (or
overlapping years) but fall under no rule are kept apart and reported as near-misses.

The id is the one key every writer uses (BibTeX key, RIS ID, CSL id, RDF about).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from converter.lexicon import fold
from converter.model import BOOK, Name, Problem, Work
from converter.notes.reference import PERIODICAL, PERSON, TITLE, Reference
from converter.resolve.ids import assign_ids
from converter.resolve.keys import compact, date_key, strict_key
from converter.values.language import guess_language

MAX_RANGE_YEARS = 60  # a year range longer than this is not a multi-year work


def printed_key(printed: str) -> str:
    return re.sub(r"[(),]", "", printed)


class UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)  # the earlier reference stays the root
        return True


@dataclass
class Resolution:
    works: list[Work]
    work_of: dict[Reference, str]  # every reference -> its work id
    problems: list[Problem]


def resolve(citations: list[tuple[int, Reference]]) -> Resolution:
    """`citations`: (note number, reference) for every non-ibid citation, in text order."""
    references: list[Reference] = list(dict.fromkeys(ref for _, ref in citations))
    first_note = {}
    for note, ref in citations:
        first_note.setdefault(ref, note)
    uses = Counter(ref for _, ref in citations)
    union = UnionFind(len(references))
    problems: list[Problem] = []

    by_strict: dict[tuple, int] = {}
    for i, ref in enumerate(references):
        key = strict_key(ref)
        if key in by_strict:
            union.union(by_strict[key], i)
        else:
            by_strict[key] = i
    for a, b in swapped_groups(references) + title_groups(references) + given_name_variants(references):
        union.union(a, b)

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(references)):
        members[union.find(i)].append(i)

    author_uses = Counter()
    for ref, count in uses.items():
        author_uses[compact(ref.author_text)] += count

    works: list[Work] = []
    work_of: dict[Reference, str] = {}
    canonical_of: dict[int, Reference] = {}
    for root in sorted(members):
        group = [references[i] for i in members[root]]
        canonical = max(group, key=lambda r: (author_uses[compact(r.author_text)], uses[r], -group.index(r)))
        canonical_of[root] = canonical
        # "Lardy (1978)" and "Lardy 1978" are one printing in two punctuations: no variant to report.
        by_form = {printed_key(r.printed): r.printed for r in reversed([canonical] + group)}
        printed = list(dict.fromkeys(by_form[printed_key(r.printed)] for r in [canonical] + group))
        works.append(work_from(canonical, printed))
        if len(printed) > 1:
            notes = sorted({first_note[r] for r in group if printed_key(r.printed) != printed_key(canonical.printed)})
            for variant in printed[1:]:
                problems.append(
                    Problem("merged", f"“{variant}” read as the same work as “{printed[0]}”", notes[0], variant)
                )
    ids = assign_ids(works)
    for root, work, new_id in zip(sorted(members), works, ids):
        for i in members[root]:
            work_of[references[i]] = new_id
    works = [w.with_(id=new_id) for w, new_id in zip(works, ids)]
    problems.extend(near_misses(works))
    return Resolution(works, work_of, problems)


def swapped_groups(references: list[Reference]) -> list[tuple[int, int]]:
    """Two-token single names printed in both orders with the same year: "Chao Kang" / "Kang Chao"."""
    seen: dict[tuple, int] = {}
    pairs = []
    for i, ref in enumerate(references):
        if ref.kind != PERSON or len(ref.authors) != 1:
            continue
        tokens = fold(ref.author_text).split()
        if len(tokens) != 2 or any(t.endswith(".") for t in tokens):
            continue
        key = (tuple(sorted(tokens)), date_key(ref.date), ref.year_suffix)
        if key in seen and tuple(fold(references[seen[key]].author_text).split()) != tuple(tokens):
            pairs.append((seen[key], i))
        seen.setdefault(key, i)
    return pairs


def given_name_variants(references: list[Reference]) -> list[tuple[int, int]]:
    """Same family and year, hyphenated given names one letter apart: "Chuh-yuan" / "Chu-yuan"."""
    by_family: dict[tuple, list[int]] = defaultdict(list)
    for i, ref in enumerate(references):
        if ref.kind == PERSON and len(ref.authors) == 1 and not ref.authors[0].literal:
            by_family[(fold(ref.authors[0].family), date_key(ref.date), ref.year_suffix)].append(i)
    pairs = []
    for indices in by_family.values():
        for x, a in enumerate(indices):
            for b in indices[x + 1:]:
                printed_a, printed_b = references[a].authors[0].given, references[b].authors[0].given
                given_a, given_b = compact(printed_a), compact(printed_b)
                if ("-" in printed_a or "-" in printed_b) and one_letter_more(given_a, given_b):
                    pairs.append((a, b))
    return pairs


def one_letter_more(a: str, b: str) -> bool:
    """One of the two is the other with one letter inserted ("chuhyuan" / "chuyuan")."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 4:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def title_groups(references: list[Reference]) -> list[tuple[int, int]]:
    """Title-only works whose word lists differ by exactly one inserted word (4+ words)."""
    titles = [(i, fold(ref.title).split()) for i, ref in enumerate(references) if ref.kind == TITLE]
    by_deletion: dict[tuple, int] = {}
    for i, words in titles:
        if len(words) >= 4:
            by_deletion.setdefault(tuple(words), i)
    pairs = []
    for i, words in titles:
        if len(words) < 5:
            continue
        for k in range(len(words)):
            shorter = tuple(words[:k] + words[k + 1:])
            if shorter in by_deletion and by_deletion[shorter] != i:
                pairs.append((by_deletion[shorter], i))
    return pairs


def work_from(reference: Reference, printed: list[str]) -> Work:
    if reference.kind == PERIODICAL and reference.periodical:
        p = reference.periodical
        short = p.title if re.fullmatch(r"[A-Z&]{2,8}", p.title) else ""
        return Work(id="", type=p.kind, container_title=p.title, container_title_short=short, volume=p.volume,
                    issue=p.issue, issued=p.date, page=p.page, short_forms=tuple(printed))
    if reference.full is not None:
        return reference.full.with_(language=guess_language(reference.full.title), short_forms=tuple(printed))
    if reference.kind == TITLE:
        return Work(id="", type=BOOK, title=reference.title, language=guess_language(reference.title),
                    short_forms=tuple(printed))
    names = {"editors" if reference.editors_only else "authors": reference.authors}
    return Work(id="", type=BOOK, **names, et_al=reference.et_al, issued=reference.date,
                year_suffix=reference.year_suffix, title=reference.title,
                language=guess_language(reference.title) if reference.title else "", short_forms=tuple(printed))


def compatible_given(a: Name, b: Name) -> bool:
    """Given names that could belong to one person: equal after folding, one missing, or same initial."""
    given_a, given_b = compact(a.given), compact(b.given)
    return not given_a or not given_b or given_a[0] == given_b[0]


def near_misses(works: list[Work]) -> list[Problem]:
    """Works kept apart that share a first author (compatible given names) and a year."""
    index: dict[tuple, list[Work]] = defaultdict(list)
    for work in works:
        if not work.authors or not work.issued:
            continue
        family = compact(work.authors[0].literal or work.authors[0].family)
        start = work.issued.year
        end = work.issued.end[0] if work.issued.end else start
        for year in range(start, min(end, start + MAX_RANGE_YEARS) + 1):
            index[(family, year)].append(work)
    problems, reported = [], set()
    for group in index.values():
        for x, a in enumerate(group):
            for b in group[x + 1:]:
                if (a.id, b.id) in reported or not compatible_given(a.authors[0], b.authors[0]):
                    continue
                if a.year_suffix and b.year_suffix and a.issued == b.issued:
                    continue  # "1974a" and "1974b": the author told them apart
                reported.add((a.id, b.id))
                problems.append(Problem(
                    "near-miss",
                    f"“{a.short_forms[0]}” and “{b.short_forms[0]}” look alike but were kept apart",
                    text=f"{a.id} {b.id}",
                ))
    return problems
