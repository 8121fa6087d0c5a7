"""What follows an entry's title: "In: ..." (a chapter or conference paper: editors, book, series, pages), a
journal ("Journal 12(3):45–67" and its APA, LNCS and humanities spellings), a thesis, report or preprint,
and the type of work that makes."""

from __future__ import annotations

import re

from converter.lexicon import EDITED_BY, EDITOR_MARK, YEAR
from converter.model import (
    BOOK,
    CHAPTER,
    DOCUMENT,
    JOURNAL_ARTICLE,
    NEWSPAPER_ARTICLE,
    PAPER_CONFERENCE,
    REPORT,
    THESIS,
    Date,
)
from converter.names.lists import looks_like_names, parse_name_list
from converter.references.segments import sentence_ends, split_segments, take_title
from converter.references.tails import (
    EDITION_TAIL,
    PAGE_RANGE,
    Reading,
    edition_value,
    normalize_pages,
    peel,
    publisher_place,
    publishing_words,
    read_paren_group,
    read_tail_segments,
)

CHAPTER_START = re.compile(r"^In(?::\s?|\s)(?=\S)")
LATE_IN = re.compile(r"(?<=[.?!”\"] )In:\s?(?=\S)")
EDITORS_BEFORE = re.compile(
    rf"^(?P<names>[^()]{{1,1500}}?)\s?\((?i:{EDITOR_MARK})\)[.,:]?\s"
)
EDITED_BY = re.compile(
    rf",?\s(?i:{EDITED_BY})\s"
)
JOURNAL_TAIL = re.compile(
    r"(?P<sep>,\s|\s)(?:(?:Vol|vol|Bd|Jg)\.\s?)?(?P<volume>\d{1,5}[A-Z]?)"
    r"(?:\s?\((?P<issue>[^()]{1,25})\)|,\s(?:No|no|Nr|H|Heft)\.?\s?(?P<issue2>[\w/–-]{1,10}))?"
    rf"(?:\s?[:,]\s?(?:pp?\.\s?|S\.\s?)?(?P<article>Article\s|e)?{PAGE_RANGE})?\.?$"
)
ONLINE_FIRST = re.compile(
    r"[.,]?\s(?:Advance online publication|Online first|Epub ahead of print|Published online)\.?$", re.IGNORECASE
)
THESIS_GENRE = re.compile(
    r"\b(?:Ph\.?\s?D\.?|Doctoral|Doctorate|PhD|Master['’]?s|MSc|M\.A\.|MA|Diploma|Bachelor['’]?s|Habilitation)"
    r"\s(?:thesis|dissertation)\b|\b(?:Dissertation|Diss\.|Habilitationsschrift|Diplomarbeit|Masterarbeit|thèse)",
    re.IGNORECASE,
)
REPORT_GENRE = re.compile(
    r"\b(?:Technical report|Tech\.\s?Rep\.|Research report|Working paper|Discussion paper|White paper|"
    r"Policy brief|Report|Arbeitspapier|Diskussionspapier|Unpublished manuscript|Manuscript in preparation|"
    r"Manuscript submitted for publication|Preprint)\b(?:\s(?:No\.|Nr\.|no\.)?\s?[\w./-]{1,20}\b)?",
    re.IGNORECASE,
)
ARXIV = re.compile(r"(?:arXiv preprint\s)?arXiv:\s?(?P<id>\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z-]{2,20}/\d{7})")
CONFERENCE = re.compile(
    r"\b(?:Proc\.|Proceedings|Conference|Conf\.|Symposium|Symp\.|Workshop|Congress|Colloquium|Meeting|Tagung|"
    r"Kongress|Lecture Notes|LNCS|LNAI|LNBI|CCIS|IFIP|LIPIcs|PMLR|CEUR)\b"
    rf"|^[A-Z][A-Za-z-]{{1,15}} (?:{YEAR})$"  # LNCS's proceedings by acronym: "OPODIS 2016", "DCN 2019"
)


def read_chapter_container(text: str, reading: Reading) -> None:
    """After "In:": editors, book title, series, pages, publisher, place."""
    editors = EDITORS_BEFORE.match(text)
    if editors and looks_like_names(editors["names"]):
        reading.set(editors=parse_name_list(editors["names"])[0])
        text = text[editors.end():]
    segments = split_segments(text)
    if not segments:
        return
    book = segments[0]
    by = EDITED_BY.search(book)
    if by:
        names = peel(book[by.end():], reading)
        reading.set(editors=parse_name_list(names)[0])
        book = book[:by.start()]
    reading.values["container_title"] = peel(book, reading).strip(" ,")
    read_tail_segments(segments[1:], reading, "container_title")


def read_journal(rest: str, reading: Reading) -> bool:
    """"Journal 12(3):45–67" and its APA, LNCS and humanities spellings; False if `rest` is none."""
    if ONLINE_FIRST.search(rest) and publishing_words(ONLINE_FIRST.sub("", rest).replace(".", "")):
        reading.set(container_title=ONLINE_FIRST.sub("", rest).strip(" .,"))
        return True
    match = JOURNAL_TAIL.search(rest)
    if not match or match.start() == 0:
        return False
    journal = rest[:match.start()].strip(" ,")
    ends = sentence_ends(journal)
    if ends and re.search(r"(?:^|\s)[a-z]{3,}", journal[:ends[-1]]):
        # "Title? Subtitle. Journal 12:3": a sentence-case piece before the journal's name is the title's
        # end ("Numer. Math." and "J. Am. Chem. Soc." have no lower-case word).
        reading.extend("title", journal[:ends[-1]])
        journal = journal[ends[-1]:].strip()
    if not re.search(r"[^\W\d_]", journal) or journal.endswith(":") or publisher_place(journal) and ": " in journal:
        return False
    if not (match["issue"] or match["issue2"] or match["first"] or match["sep"] == ", "):
        return False
    reading.set(container_title=journal, volume=match["volume"], issue=match["issue"] or match["issue2"])
    if match["first"]:
        prefix = "Article " if match["article"] and match["article"].startswith("Article") else ""
        reading.set(page=prefix + normalize_pages(match["first"], match["last"]))
    return True


# Genres that are not theses or reports in a reference manager's sense: kept as a note.
MANUSCRIPT_GENRE = re.compile(r"manuscript|preprint", re.IGNORECASE)


def genre_type(genre: str) -> str:
    """The model type of a work printed with a genre: "PhD thesis" -> thesis, "Working paper" -> report."""
    if THESIS_GENRE.search(genre):
        return THESIS
    return DOCUMENT if MANUSCRIPT_GENRE.search(genre) else REPORT


def set_genre(reading: Reading, genre: str) -> None:
    """A thesis's or report's genre goes to `genre`; a manuscript's or preprint's to the note."""
    if genre_type(genre) == DOCUMENT:
        reading.set(note=genre)
    else:
        reading.set(genre=genre)


def read_genre(rest: str, reading: Reading) -> bool:
    """A preprint, thesis or report: the genre as printed (see set_genre), the institution to the
    publisher; an arXiv identifier also gives the URL."""
    arxiv = ARXIV.search(rest)
    if arxiv:
        reading.set(note=arxiv.group(0), url=f"https://arxiv.org/abs/{arxiv['id']}")
        if rest[:arxiv.start()].strip(" .,"):
            reading.extend("title", rest[:arxiv.start()].strip(" ,"))
        if rest[arxiv.end():].strip(" .,"):
            reading.leftovers.append(rest[arxiv.end():].strip(" .,"))
        return True
    match = THESIS_GENRE.search(rest) or REPORT_GENRE.search(rest)
    if not match:
        return False
    before = rest[:match.start()].strip(" ,[(")
    after = rest[match.end():].strip(" ,.])")
    set_genre(reading, match.group(0).strip())
    if before:  # "Title? Subtitle. PhD thesis": the title's end
        reading.extend("title", before)
    segments = [s for s in (p.strip(" []()") for p in split_segments(after.replace("]", "."))) if s]
    if segments:
        read_tail_segments([", ".join(segments)] if len(segments) == 1 else segments, reading, "publisher")
    if reading.values.get("publisher") is None and after and not segments:
        reading.leftovers.append(after)
    return True


GENRE_IN_TITLE = re.compile(r"\s[\[(](?P<genre>[^\[\]()]{1,160})[\])]$")


def genre_in_title(title: str, reading: Reading) -> str:
    """APA's "Title (Doctoral dissertation)" / "Title [Doctoral dissertation, University]"."""
    match = GENRE_IN_TITLE.search(title)
    if not match or not (THESIS_GENRE.search(match["genre"]) or REPORT_GENRE.search(match["genre"])):
        return title
    genre, _, institution = match["genre"].partition(", ")
    set_genre(reading, genre.strip())
    reading.set(publisher=institution.strip())
    return title[:match.start()].rstrip()


def read_body(body: str, reading: Reading, head_date: Date | None = None) -> str:
    """Title and container; returns the type. A full date (year, month, day) marks a newspaper."""
    title, rest = take_title(body)
    title = genre_in_title(title, reading)
    edition = EDITION_TAIL.search(title)
    if edition and edition.start() > 0:  # "Title, 2nd edn"
        reading.set(edition=edition_value(edition))
        title = title[:edition.start()].rstrip(" ,")
    reading.set(title=read_paren_group(title, reading) or title)  # "Title (2nd ed., Vol. 2)"
    chapter = LATE_IN.search(rest)
    if chapter and chapter.start() > 0:  # "Title? Subtitle. In: Book": the title's end
        reading.extend("title", rest[:chapter.start()])
        rest = rest[chapter.start():].lstrip()
    if CHAPTER_START.match(rest):
        read_chapter_container(rest[CHAPTER_START.match(rest).end():], reading)
        container = f"{reading.values.get('container_title', '')} {reading.values.get('collection_title', '')}"
        return PAPER_CONFERENCE if CONFERENCE.search(container) else CHAPTER
    genre = reading.values.get("genre") or reading.values.get("note")
    if genre:  # a genre in the title: the rest is its institution
        read_tail_segments(split_segments(rest), reading, "publisher")
        return genre_type(genre)
    if not rest:
        return BOOK
    if read_genre(rest, reading):
        return genre_type(reading.values.get("genre") or reading.values.get("note", ""))
    if read_journal(rest, reading):
        return JOURNAL_ARTICLE
    segments = split_segments(rest)
    if head_date and len(head_date.parts) == 3 and len(segments) == 1 and publishing_words(segments[0]) \
            and ", " not in segments[0] and ": " not in segments[0]:
        reading.set(container_title=segments[0])  # APA: "(2019, March 3). Story. The Guardian."
        return NEWSPAPER_ARTICLE
    read_tail_segments(segments, reading, "title")
    if CONFERENCE.search(reading.values.get("collection_title", "")) and reading.values.get("page"):
        return PAPER_CONFERENCE  # "Title. LNCS, vol. 3456, pp. 1–10. Springer (2005)"
    return BOOK
