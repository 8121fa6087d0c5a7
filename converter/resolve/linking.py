"""Link the notes' short forms to full works: a page's reference list, or a user's bibliography.

A short form (citations.Reference) matches a full work when
- the years agree (a range agrees with a range), and
- the names agree: "Smith 1990" a one-author work by Smith; "Smith/Jones 1990" and "Smith and Jones
  1990" a work by Smith and Jones, in that order; "Smith et al. 1990" a work whose first author is
  Smith with three or more authors. Families compare folded ("Schräm" = "Schram"), with or without
  their particle ("van Dijk" = "Dijk"); editors stand in for authors of edited books. Only when no
  work agrees on all names does the first author alone decide (humanities lists may cite a
  two-author work by its first author);
- printed initials agree: "J. Smith 1990" is not "A. Smith 1990";
- the year suffix agrees: "Smith 1991a" is the work printed "1991a". A reference list that prints no
  letters follows the author-date convention: works of the same authors and year are a, b, c in list
  order (`with_implied_suffixes`). A bibliography file gets no implied letters: its order means nothing.
A title-only short form ("Eighth National Congress") matches the work whose folded title starts with it.
Periodical references ("CNA, No. 3") are not looked up: lists and bibliographies hold no issues.

Exactly one candidate links; several are an ambiguity and none leaves the short form unresolved --
both stay short-form works and are reported ("ambiguous", "unresolved"). Matches are reported too
("resolved") when the caller asks, as it does for a bibliography the user supplied.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from converter.lexicon import fold
from converter.model import Name, Problem, Work
from converter.names.parts import PARTICLE_WORDS
from converter.notes.reference import PERIODICAL, TITLE, Reference
from converter.resolve.identity import Resolution, near_misses
from converter.resolve.ids import assign_ids
from converter.resolve.keys import compact

REFERENCE_LIST = "the reference list"
BIBLIOGRAPHY = "the bibliography"
WORD = re.compile(r"[^\W_]+")


def as_printed(name: Name) -> Name:
    """A short form's "De Vries" comes as given "De", family "Vries": the given name is a particle."""
    if name.given and name.given.lower() in PARTICLE_WORDS and not name.particle:
        return Name(family=name.family, particle=name.given)
    return name


def family_keys(name: Name) -> frozenset[str]:
    """Every spelling a short form may use for this name: with and without its particle."""
    if name.literal:
        return frozenset({compact(name.literal)})
    keys = {compact(f"{name.particle}{name.family}"), compact(name.family)}
    return frozenset(k for k in keys if k)


def initial(name: Name) -> str:
    return compact(name.given)[:1]


def creators(work: Work) -> tuple[Name, ...]:
    return work.authors or work.editors


def title_words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


def years_agree(reference: Reference, work: Work) -> bool:
    if reference.date is None or work.issued is None:
        return False
    ref_end = reference.date.end[:1] or reference.date.parts[:1]
    work_end = work.issued.end[:1] or work.issued.parts[:1]
    return reference.date.parts[0] == work.issued.parts[0] and ref_end == work_end


def names_agree(printed: Sequence[frozenset[str]], full: Sequence[frozenset[str]]) -> bool:
    """Each printed name's spellings meet the full name's at its position."""
    return len(printed) <= len(full) and all(short & long_ for short, long_ in zip(printed, full))


def initials_agree(printed: Sequence[Name], full: Sequence[Name]) -> bool:
    return all(not initial(s) or not initial(f) or initial(s) == initial(f) for s, f in zip(printed, full))


class Catalogue:
    """The full works indexed once: by year and first family name for names, by their first title
    words for titles. Lookups are then proportional to the candidates, not to the bibliography."""

    def __init__(self, works: Sequence[Work], suffixes: Sequence[str]):
        self.works = works
        self.suffixes = suffixes
        self.keys = [tuple(family_keys(n) for n in creators(w)) for w in works]
        self.by_name: dict[tuple[int, str], list[int]] = defaultdict(list)
        self.by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)  # first word, first two words
        self.words: list[tuple[str, ...]] = []
        for i, work in enumerate(works):
            if work.issued and self.keys[i]:
                for key in sorted(self.keys[i][0]):
                    self.by_name[(work.issued.parts[0], key)].append(i)
            words = title_words(work.title)
            self.words.append(words)
            for size in (1, 2):
                if len(words) >= size:
                    self.by_words[words[:size]].append(i)


def person_candidates(reference: Reference, catalogue: Catalogue) -> list[int]:
    works, suffixes, keys = catalogue.works, catalogue.suffixes, catalogue.keys
    printed = tuple(as_printed(n) for n in reference.authors)
    if reference.date is None or not printed:
        return []
    printed_keys = tuple(family_keys(n) for n in printed)
    year = reference.date.parts[0]
    found = sorted({i for key in printed_keys[0] for i in catalogue.by_name.get((year, key), ())})
    same_year = [i for i in found if years_agree(reference, works[i])]

    def strict(i: int) -> bool:
        if reference.et_al:
            return names_agree(printed_keys, keys[i]) and (len(keys[i]) >= 3 or works[i].et_al)
        return len(keys[i]) == len(printed_keys) and names_agree(printed_keys, keys[i])

    pool = [i for i in same_year if strict(i)]
    if not pool:
        pool = [i for i in same_year if names_agree(printed_keys[:1], keys[i])]
    pool = [i for i in pool if initials_agree(printed, creators(works[i]))]
    if reference.year_suffix:
        lettered = [i for i in pool if suffixes[i] == reference.year_suffix]
        unlettered = [i for i in pool if not suffixes[i]]
        # No work printed with letters: the unlettered candidates stay (one links, several are ambiguous).
        pool = lettered or (unlettered if len(unlettered) == len(pool) else [])
    return pool


def title_candidates(reference: Reference, catalogue: Catalogue) -> list[int]:
    words = title_words(reference.title)
    if not words:
        return []
    return [i for i in catalogue.by_words.get(words[:2], ()) if catalogue.words[i][:len(words)] == words]


def with_implied_suffixes(works: Sequence[Work]) -> list[Work]:
    """Works of the same authors and year, none printed with a letter, get a, b, c in list order."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, work in enumerate(works):
        if work.issued and creators(work):
            key = tuple((min(family_keys(n), default=""), initial(n)) for n in creators(work)) + (work.issued.iso(),)
            groups[key].append(i)
    result = list(works)
    for members in groups.values():
        if len(members) > 1 and len(members) <= 26 and not any(works[i].year_suffix for i in members):
            for letter, i in zip("abcdefghijklmnopqrstuvwxyz", members):
                result[i] = works[i].with_(year_suffix=letter)
    return result


def describe(work: Work) -> str:
    """"Smith, Jones 1991a, “The title …”" for messages."""
    names = creators(work)
    who = ", ".join(n.literal or f"{n.particle} {n.family}".strip() for n in names[:3])
    who += " et al." if len(names) > 3 else ""
    year = work.issued.year_text() if work.issued else "n.d."
    title = work.title if len(work.title) <= 60 else work.title[:59] + "…"
    return f"{who} {year}{work.year_suffix}, “{title}”".strip()


@dataclass
class Linking:
    target_of: dict[Reference, int]  # reference -> index of its full work
    reported: dict[Reference, Problem]  # reference -> its "resolved", "ambiguous" or "unresolved" report

    @property
    def problems(self) -> list[Problem]:
        return list(self.reported.values())


def link_short_forms(
    citations: Sequence[tuple[int, Reference]], works: Sequence[Work], source: str = REFERENCE_LIST,
    report_matches: bool = False,
) -> Linking:
    """`citations`: (note number, reference) in text order; `works`: the full works to link to."""
    first_note: dict[Reference, int] = {}
    for note, reference in citations:
        first_note.setdefault(reference, note)
    catalogue = Catalogue(works, [w.year_suffix for w in works])
    target_of: dict[Reference, int] = {}
    reported: dict[Reference, Problem] = {}
    for reference, note in first_note.items():
        if reference.kind == PERIODICAL:
            continue
        if reference.kind == TITLE:
            found = title_candidates(reference, catalogue)
        else:
            found = person_candidates(reference, catalogue)
        printed = reference.printed
        if len(found) == 1:
            target_of[reference] = found[0]
            if report_matches:
                reported[reference] = Problem(
                    "resolved", f"“{printed}” resolved to {describe(works[found[0]])} in {source}", note, printed)
        elif found:
            listing = "; ".join(describe(works[i]) for i in found[:5])
            message = f"“{printed}” matches {len(found)} works in {source} ({listing}): kept as a short form"
            reported[reference] = Problem("ambiguous", message, note, printed)
        else:
            reported[reference] = Problem(
                "unresolved", f"“{printed}” matches no work in {source}: kept as a short form", note, printed)
    return Linking(target_of, reported)


def attach_full_works(
    citations: Sequence[tuple[int, Reference]], resolution: Resolution, full: Sequence[Work], *, from_list: bool,
) -> Resolution:
    """Replace the short-form works that link to a full work by that work (keeping their printed forms).

    `from_list`: the works are the page's own reference list -- letters are implied, only ambiguities
    and unresolved short forms are reported, and works no note cites follow the cited ones in list
    order. Otherwise (a bibliography) every match is reported and uncited works are left out.
    Ids are assigned afresh by identity.assign_ids.
    """
    targets = with_implied_suffixes(full) if from_list else list(full)
    linking = link_short_forms(citations, targets, REFERENCE_LIST if from_list else BIBLIOGRAPHY,
                               report_matches=not from_list)
    members: dict[str, list[Reference]] = defaultdict(list)
    for reference, work_id in resolution.work_of.items():
        members[work_id].append(reference)
    first_note = {}
    for note, reference in citations:
        first_note.setdefault(reference, note)

    works: list[Work] = []
    slot_of_target: dict[int, int] = {}
    slot_of_old: dict[str, int] = {}
    problems = [p for p in resolution.problems if p.kind != "near-miss"]
    for old in resolution.works:
        linked = sorted({linking.target_of[r] for r in members[old.id] if r in linking.target_of})
        if len(linked) == 1 and linked[0] in slot_of_target:
            slot = slot_of_target[linked[0]]
            earlier = works[slot]
            works[slot] = earlier.with_(short_forms=tuple(dict.fromkeys(earlier.short_forms + old.short_forms)))
            note = min(first_note[r] for r in members[old.id])
            for variant in old.short_forms:
                message = f"“{variant}” read as the same work as “{earlier.short_forms[0]}”: both resolve to one"
                problems.append(Problem("merged", f"{message} reference", note, variant))
        elif len(linked) == 1:
            slot = len(works)
            slot_of_target[linked[0]] = slot
            works.append(targets[linked[0]].with_(short_forms=old.short_forms))
        else:
            if len(linked) > 1:
                problems.append(Problem(
                    "ambiguous", f"the printed forms of “{old.short_forms[0]}” resolve to different works: kept as "
                    "a short form", min(first_note[r] for r in members[old.id]), old.short_forms[0]))
            slot = len(works)
            works.append(old)
        slot_of_old[old.id] = slot
    cited_count = len(works)
    if from_list:
        for index, target in enumerate(targets):
            if index not in slot_of_target:
                works.append(target.with_(short_forms=()))
    ids = assign_ids(works)
    works = [w.with_(id=new_id) for w, new_id in zip(works, ids)]
    work_of = {reference: ids[slot_of_old[old_id]] for reference, old_id in resolution.work_of.items()}
    problems.extend(near_misses(works[:cited_count]))
    # A printed form that found nothing itself but belongs to a linked work (identity merged
    # "Chao Kang 1968" with "Kang Chao 1968") is resolved after all: its report is dropped.
    full_slots = set(slot_of_target.values())
    linked_works = {old.id for old in resolution.works if slot_of_old[old.id] in full_slots}
    problems.extend(problem for reference, problem in linking.reported.items()
                    if problem.kind == "resolved" or resolution.work_of.get(reference) not in linked_works)
    return Resolution(works, work_of, problems)
