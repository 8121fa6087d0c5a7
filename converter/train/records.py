"""Random bibliographic records as CSL-JSON dicts (citeproc-py's input), one per call.

Every choice comes from the `random.Random` passed in, so a record depends only on its seed.
The record's "language" is the language of its title; names, publishers and places mostly
follow it. Types: book (and edited book: editors only), chapter, article-journal,
article-newspaper, article-magazine, thesis, report, paper-conference, webpage.
"""

from __future__ import annotations

import random

from converter.train import names, titles, venues

TYPES = ("book", "chapter", "article-journal", "article-newspaper", "article-magazine", "thesis",
         "report", "paper-conference", "webpage")
TYPE_WEIGHTS = (24, 22, 30, 4, 3, 4, 5, 5, 3)
EDITION_TEXTS = ("rev. ed.", "2., überarb. Aufl.", "3., erw. Aufl.", "Nachdruck", "2a ed.", "nuova ed.",
                 "Revised edition", "2e éd. revue et augmentée")


def year(rng: random.Random) -> int:
    """1700-2025, most between 1950 and 2020."""
    roll = rng.random()
    if roll < 0.78:
        return min(2020, max(1950, int(rng.triangular(1950, 2021, 2005))))
    if roll < 0.90:
        return rng.randint(1900, 1949)
    if roll < 0.95:
        return rng.randint(1800, 1899)
    if roll < 0.97:
        return rng.randint(1700, 1799)
    return rng.randint(2021, 2025)


def issued(rng: random.Random, precise: bool = False) -> dict | None:
    y = year(rng)
    roll = rng.random()
    if roll < 0.015:
        return None  # no date: styles print "n.d.", "o. J.", "s.d."
    if roll < 0.03:
        return {"date-parts": [[y], [y + rng.randint(1, 3)]]}
    if roll < 0.04:
        return {"literal": f"{y}/{str(y + 1)[-2:]}"}
    if precise or roll < 0.06:
        month = rng.randint(1, 12)
        if precise and rng.random() < 0.8:
            return {"date-parts": [[y, month, rng.randint(1, 28)]]}
        return {"date-parts": [[y, month]]}
    return {"date-parts": [[y]]}


def first_year(record: dict) -> int | None:
    date = record.get("issued") or {}
    parts = date.get("date-parts")
    return parts[0][0] if parts else None


ROMAN_PAGES = ("i", "ii", "iii", "iv", "v", "vi", "vii", "ix", "xi", "xiii", "xv", "xvii", "xx", "xxiv", "xxxi")
# Shares of the page shapes an article prints besides "45-67": supplements' "S52-S58", electronic
# articles' "e1234"; a chapter's front matter prints roman pages ("xi-xx", "iii-iv").
LETTER_PAGES_SHARE = {"article": 0.05, "chapter": 0.03}


def page_range(rng: random.Random, kind: str = "") -> str:
    roll = rng.random()
    if kind == "article" and roll < LETTER_PAGES_SHARE["article"]:
        if roll < 0.03:
            first = rng.randint(1, 200)
            return f"S{first}-S{first + rng.randint(2, 14)}"
        return f"e{rng.randint(100, 99999)}" if rng.random() < 0.8 else f"e{rng.randint(1000000, 9999999):07d}"
    if kind == "chapter" and roll < LETTER_PAGES_SHARE["chapter"]:
        first = rng.randrange(len(ROMAN_PAGES) - 3)
        return f"{ROMAN_PAGES[first]}-{ROMAN_PAGES[first + rng.randint(1, 3)]}"
    # Proceedings and long volumes run into four digits ("pp. 1696–1710"), pages that look like years.
    first = rng.randint(1000, 4999) if roll > 0.9 else rng.choice(
        (rng.randint(1, 60), rng.randint(1, 400), rng.randint(100, 1200)))
    last = first + rng.choice((rng.randint(1, 12), rng.randint(8, 40), rng.randint(20, 90)))
    return f"{first}-{last}" if rng.random() < 0.96 else str(first)


def journal_issue(rng: random.Random) -> str:
    """ "3", "5-6", and supplements: "Suppl 1", "Suppl. 2", "Suppl."."""
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(("Suppl 1", "Suppl 2", "Suppl. 1", "Suppl.", "Suppl 3", "S1"))
    return str(rng.randint(1, 12)) if roll < 0.93 else f"{rng.randint(1, 5)}-{rng.randint(6, 8)}"


def edition(rng: random.Random) -> str:
    return rng.choice(EDITION_TEXTS) if rng.random() < 0.12 else str(rng.randint(2, 9))


def creators(rng: random.Random, lang: str) -> list[dict]:
    if rng.random() < 0.05:
        return [names.corporate(rng, lang)]
    return names.people(rng, lang)


def add_book_facts(rng: random.Random, record: dict, lang: str) -> None:
    publisher, place = venues.publisher_and_place(rng, lang)
    if rng.random() < 0.93:
        record["publisher"] = publisher
    if rng.random() < 0.9:
        record["publisher-place"] = place
    if rng.random() < 0.15:
        record["edition"] = edition(rng)
    if rng.random() < 0.15:
        record["collection-title"], number = venues.series(rng, lang)
        if rng.random() < 0.8:
            record["collection-number"] = number
    if rng.random() < 0.08:
        record["ISBN"] = venues.isbn(rng)


def book(rng: random.Random, record: dict, lang: str) -> None:
    if rng.random() < 0.15:
        record["editor"] = names.people(rng, lang, rng.choice((1, 1, 2, 2, 3)))
    else:
        record["author"] = creators(rng, lang)
        if rng.random() < 0.1:
            record["translator"] = names.people(rng, lang, rng.choice((1, 1, 2)))
    if rng.random() < 0.05:
        record["volume"] = str(rng.randint(1, 12))
    add_book_facts(rng, record, lang)


def chapter(rng: random.Random, record: dict, lang: str) -> None:
    record["author"] = creators(rng, lang)
    if rng.random() < 0.85:
        record["editor"] = names.people(rng, lang, rng.choices((1, 2, 3, 4), (45, 35, 14, 6))[0])
    record["container-title"] = titles.title(rng, lang)
    if rng.random() < 0.06:
        record["translator"] = names.people(rng, lang, 1)
    if rng.random() < 0.9:
        record["page"] = page_range(rng, "chapter")
    add_book_facts(rng, record, lang)


def article_journal(rng: random.Random, record: dict, lang: str) -> None:
    record["author"] = creators(rng, lang)
    record["container-title"] = venues.journal(rng, lang)
    if rng.random() < 0.95:
        record["volume"] = str(rng.choice((rng.randint(1, 60), rng.randint(1, 150), rng.randint(100, 400))))
    if rng.random() < 0.7:
        record["issue"] = journal_issue(rng)
    if rng.random() < 0.95:
        record["page"] = page_range(rng, "article")
    if rng.random() < 0.3:
        record["DOI"] = venues.doi(rng, first_year(record) or 2000)
    elif rng.random() < 0.05:
        record["URL"] = venues.url(rng)


def periodical(rng: random.Random, record: dict, lang: str) -> None:
    """Newspaper and magazine articles: precise dates, a page or section, often a URL."""
    if rng.random() < 0.8:
        record["author"] = names.people(rng, lang, rng.choice((1, 1, 1, 2)))
    record["container-title"] = venues.newspaper(rng)
    record["issued"] = issued(rng, precise=True) or {"date-parts": [[year(rng), 5, 3]]}
    if rng.random() < 0.5:
        record["page"] = str(rng.randint(1, 40))
    if rng.random() < 0.25:
        record["URL"] = venues.url(rng)
        record["accessed"] = issued(rng, precise=True) or {"date-parts": [[2020, 5, 3]]}


def thesis(rng: random.Random, record: dict, lang: str) -> None:
    record["author"] = names.people(rng, lang, 1)
    record["genre"] = venues.genre(rng, "thesis", lang)
    record["publisher"] = venues.university(rng, lang)
    if rng.random() < 0.6:
        record["publisher-place"] = venues.place(rng, lang)


def report(rng: random.Random, record: dict, lang: str) -> None:
    record["author"] = creators(rng, lang) if rng.random() < 0.8 else [names.corporate(rng, lang)]
    record["genre"] = venues.genre(rng, "report", lang)
    record["number"] = str(rng.choice((rng.randint(1, 99), rng.randint(100, 2000), rng.randint(1, 40))))
    if rng.random() < 0.5:
        record["number"] = f"{rng.randint(1990, 2024)}-{rng.randint(1, 40):02d}" if rng.random() < 0.3 \
            else record["number"]
    record["publisher"] = venues.university(rng, lang)
    if rng.random() < 0.7:
        record["publisher-place"] = venues.place(rng, lang)
    if rng.random() < 0.15:
        record["URL"] = venues.url(rng)


def paper_conference(rng: random.Random, record: dict, lang: str) -> None:
    record["author"] = names.people(rng, lang, rng.choices((1, 2, 3, 4, 5, 6), (20, 30, 22, 14, 8, 6))[0])
    when = first_year(record)
    record["container-title"] = venues.conference(rng, lang, when) if rng.random() < 0.6 \
        else venues.conference_short(rng, when)
    if rng.random() < 0.5:
        record["editor"] = names.people(rng, lang, rng.choice((1, 2, 3)))
    if rng.random() < 0.5:
        record["collection-title"] = "LNCS" if rng.random() < 0.5 else "Lecture Notes in Computer Science"
        record["collection-number"] = str(rng.randint(1000, 14000))
        record["publisher"], record["publisher-place"] = "Springer", rng.choice(
            ("Heidelberg", "Berlin", "Cham", "Berlin, Heidelberg"))
    elif rng.random() < 0.6:
        record["publisher"], record["publisher-place"] = venues.publisher_and_place(rng, lang)
    record["page"] = page_range(rng)
    if rng.random() < 0.4:
        record["DOI"] = venues.doi(rng, first_year(record) or 2010)


def webpage(rng: random.Random, record: dict, lang: str) -> None:
    if rng.random() < 0.6:
        record["author"] = creators(rng, lang)
    site, domain = venues.website(rng)
    record["container-title"] = site
    record["URL"] = venues.url(rng, domain)
    record["accessed"] = {"date-parts": [[rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
    if rng.random() < 0.4:
        record.pop("issued", None)


FILLERS = {"book": book, "chapter": chapter, "article-journal": article_journal,
           "article-newspaper": periodical, "article-magazine": periodical, "thesis": thesis,
           "report": report, "paper-conference": paper_conference, "webpage": webpage}


def record(rng: random.Random, lang: str, kind: str | None = None, key: str = "item") -> dict:
    """One random record; `lang` is the citing text's language (the title's, most of the time)."""
    kind = kind or rng.choices(TYPES, TYPE_WEIGHTS)[0]
    title_lang = lang if rng.random() < 0.75 else rng.choice(("en", "en", "de", "fr", "it", "es", "pt"))
    data: dict = {"id": key, "type": kind, "language": title_lang, "title": titles.title(rng, title_lang)}
    date = issued(rng)
    if date is not None:
        data["issued"] = date
    FILLERS[kind](rng, data, title_lang)
    return data
