"""Record ids: the one key every writer uses (BibTeX key, RIS ID, CSL id, RDF about), readable and unique:
"kraus1982adoption" (the chapter), "lifudshun1956", "grossmann1974a", "cna1953no3"; collisions get "-2",
"-3" in order of first citation."""

from __future__ import annotations

from converter.lexicon import ID_STOP_WORDS, fold
from converter.model import BOOK, Name, Work
from converter.names.east_asian import cjk_given, cn_kr_surnames
from converter.resolve.keys import compact

STOP_TITLE_WORDS = frozenset(ID_STOP_WORDS)


def base_id(work: Work) -> str:
    """Readable key: "grossmann1974a", "lifudshun1956", "communistchina", "cna1953no3"."""
    if work.authors or work.editors:
        first = (work.authors or work.editors)[0]
        who = compact(person_stem(first))[:24]
    elif work.container_title and work.type != BOOK:
        who = leading_words([compact(w) for w in fold(work.container_title).split()], 20)
    else:
        words = [compact(w) for w in fold(work.title).split() if w not in STOP_TITLE_WORDS and not w[:1].isdigit()]
        who = leading_words(words, 24)
    year = str(work.issued.year) if work.issued else ""
    key = f"{who or 'work'}{year}{work.year_suffix}"
    if work.container_title and work.type != BOOK and not work.authors:
        if work.issue:
            key += f"no{compact(work.issue)}"
        elif work.volume:
            key += f"vol{compact(work.volume)}"
        if work.issued and len(work.issued.parts) == 3 and not work.issue:
            key += "-" + "".join(f"{p:02d}" for p in work.issued.parts[1:])
    return key


def person_stem(name: Name) -> str:
    """One stem per person, whichever order the name was printed in: a romanized Chinese or Korean name
    keeps its given name ("Cheng Chu-yuan" and "Chu-yuan Cheng" are both "chengchuyuan", apart from
    "Cheng Tsu-wen"); other persons are known by their family name ("vanrenesse")."""
    if name.literal:
        return name.literal
    given_first_east_asian = "-" in name.given and fold(name.family) in cn_kr_surnames() and cjk_given(name.given)
    if name.family_first or given_first_east_asian:
        return f"{name.family}{name.given}"
    return f"{name.particle}{name.family}"


def chapter_id(chapter: Work, taken: set[str]) -> str:
    """The chapter's key adds its first significant title word: "kraus1982adoption"."""
    words = [w for w in fold(chapter.title).split() if w not in STOP_TITLE_WORDS]
    key = base_id(chapter.with_(container_title="")) + (compact(words[0])[:16] if words else "")
    candidate, n = key, 2
    while candidate in taken:
        candidate, n = f"{key}-{n}", n + 1
    return candidate


def leading_words(words: list[str], limit: int) -> str:
    """As many whole words as fit in `limit` characters (at least the first, cut to fit)."""
    key = ""
    for word in words:
        if key and len(key) + len(word) > limit:
            break
        key += word
    return key[:limit]


def assign_ids(works: list[Work], taken: set[str] | None = None) -> list[str]:
    """Unique ids; a key shared by several works gets "-2", "-3" in order of first citation."""
    used = set(taken or ())
    ids = []
    for work in works:
        key = base_id(work)
        candidate, n = key, 2
        while candidate in used:
            candidate, n = f"{key}-{n}", n + 1
        used.add(candidate)
        ids.append(candidate)
    return ids
