"""A page's reference list -> one Work per entry, in the styles Springer prints.

An entry is read in three steps that every style shares:

1. identifiers: DOI, URL (with "Retrieved from", "Accessed ..."), ISBN are taken out first;
2. the head: authors (or editors) and year, found where each style puts them --
   "Smith, J. A. (1990)." (APA), "Smith JA (1990)" (Springer basic), "Smith, J.: ... (1990)" (LNCS,
   year at the end), "Smith, J. 1990." (humanities author-date);
3. the body: the title (quoted, or up to the first sentence end that is not an abbreviation),
   then what follows it -- "In: ..." (a chapter or a conference paper, with editors, book title,
   series, pages), a journal tail ("Journal 12(3):45–67", "Journal, 12(3), 45–67", "Journal 12 (3):
   45–67"), a thesis or report, or a book tail (edition, series, volume, "Publisher, Place" or
   "Place: Publisher").

What cannot be read is never guessed: an entry without author-year head or title gives no work
and an "unparsed" Problem with its text; a piece of an entry that no rule reads is reported the same
way. Regexes are anchored or bounded and never nest quantifiers, so an entry of any length is read
in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.values.dates import match_date
from converter.values.identifiers import normalize_doi, normalize_isbn
from converter.values.language import guess_language
from converter.model import (
    BOOK, CHAPTER, DOCUMENT, JOURNAL_ARTICLE, NEWSPAPER_ARTICLE, PAPER_CONFERENCE, REPORT, THESIS, Date, Problem, Work,
)
from converter.pages.numbered import ITEM, MAX_SKIP
from converter.pages.sections import is_chrome
from converter.names.lists import looks_like_names, parse_name_list, strip_editor_mark
from converter.text import squeeze


@dataclass(frozen=True)
class ParsedReference:
    """One entry: its work (None when it could not be read), its text as printed, what went wrong."""

    work: Work | None
    text: str
    problems: tuple[Problem, ...] = ()


# -- splitting a list into entries -----------------------------------------------------------------

# Link lines SpringerLink prints under an entry, beyond what page.is_chrome knows.
LINK_LINE = re.compile(
    r"^(?:google scholar|crossref|cross ref|mathscinet|math|zbmath|zentralblatt math|pubmed|pubmed central|pmc|"
    r"cas|ads|article|web of science|isi|scopus|chemport|open access|full text|publisher site)$",
    re.IGNORECASE,
)
# A line that can end an entry: sentence end, closing bracket, a number, a DOI or URL.
FINISHED = re.compile(r"(?:[.)\]?!”\"]|\d|/\S{0,200})$")
CONTINUES = re.compile(r"^(?:In:?\s|pp?\.?\s?\d|[a-z]|\d|[,;:)(–-])")


def is_link_line(line: str) -> bool:
    return is_chrome(line) or LINK_LINE.match(line.strip()) is not None


def split_entries(lines: list[str]) -> tuple[list[str], list[Problem]]:
    """Raw lines of a references section -> entry texts (numbers dropped), numbering problems."""
    content = [line.strip() for line in lines if line.strip()]
    first = next((line for line in content if not is_link_line(line)), "")
    match = ITEM.match(first)
    if match and int(match.group(1) or match.group(2)) <= MAX_SKIP:
        return split_numbered_entries(content)
    entries: list[list[str]] = []
    separated = True  # a link line (or the list's start) closes the entry before it
    for line in content:
        if is_link_line(line):
            separated = True
            continue
        starts = separated or (FINISHED.search(entries[-1][-1]) is not None and not CONTINUES.match(line))
        if starts or not entries:
            entries.append([line])
        else:
            entries[-1].append(line)
        separated = False
    return [join_lines(parts) for parts in entries], []


def split_numbered_entries(content: list[str]) -> tuple[list[str], list[Problem]]:
    numbers: list[int] = []
    entries: list[list[str]] = []
    for line in content:
        if is_link_line(line):
            continue
        match = ITEM.match(line)
        number = int(match.group(1) or match.group(2)) if match else None
        expected = numbers[-1] + 1 if numbers else 1
        if number is not None and 1 <= number <= expected + MAX_SKIP:
            numbers.append(number)
            entries.append([match.group(3)])
        elif entries:
            entries[-1].append(line)
    texts = [join_lines(parts) for parts in entries]
    problems = []
    previous = 0
    for number, text in zip(numbers, texts):
        if number <= previous:
            problems.append(Problem("numbering", f"reference number {number} follows {previous}", text=text))
        elif number > previous + 1:
            problems.append(Problem("numbering", f"reference numbers skip {previous + 1}–{number - 1}"
                                    if number > previous + 2 else f"reference numbers skip {previous + 1}", text=text))
        previous = number
    return texts, problems


def join_lines(parts: list[str]) -> str:
    """Wrapped lines of one entry: a hyphen at a line end joins the word ("Wirt-" + "schaft"); a
    DOI or URL broken after "-", "/", "." or "_" is joined without a space."""
    text = ""
    for part in parts:
        last = text.rsplit(" ", 1)[-1]
        if text.endswith("-") and part[:1].islower() and "/" not in last:
            text = text[:-1] + part
        elif text[-1:] in "-/._" and ("/" in last or last.startswith("10.")) and part[:1].isalnum():
            text += part
        else:
            text = f"{text} {part}" if text else part
    return squeeze(text)


def parse_references(lines: list[str]) -> tuple[list[ParsedReference], list[Problem]]:
    """A references section (raw lines) -> one ParsedReference per entry, and numbering problems."""
    texts, problems = split_entries(lines)
    return [parse_reference(text) for text in texts], problems


# -- identifiers -----------------------------------------------------------------------------------

DOI_TEXT = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s?|\bDOI:?\s|(?<![\w/.]))10\.\d{4,9}/\S+", re.IGNORECASE)
URL_TEXT = re.compile(r"(?:https?://|www\.)\S+")
URL_LEAD = re.compile(
    r"(?:(?:Retrieved|Available|Abrufbar|Online)(?: [^.:]{1,40})? (?:from|at|unter|verfügbar)|URL|\[Online\]\.?"
    r"(?: Available)?)\s?:?\s?$",
    re.IGNORECASE,
)
ACCESSED = re.compile(
    r"^[\s.,]*[(\[]?(?:last )?(?:accessed|retrieved|viewed|zugegriffen am|abgerufen am|zugriff am|consulté le)"
    r"(?: on)?:? [^()\[\]]{1,40}?[)\]]?(?=[.,;]|$)",
    re.IGNORECASE,
)
ISBN_TEXT = re.compile(r"\bISBN(?:-1[03])?:?\s?(?P<isbn>[\dXx][\d\-‐– Xx]{8,20}[\dXx])")
URL_TRAILING = ".,;:)]}'’”"


@dataclass
class Identifiers:
    doi: str = ""
    url: str = ""
    isbns: tuple[str, ...] = ()


def take_identifiers(text: str) -> tuple[str, Identifiers]:
    """Remove DOI, URL and ISBN (with their lead-in and "accessed" words); return the rest and them."""
    found = Identifiers()
    match = DOI_TEXT.search(text)
    if match:
        found.doi = normalize_doi(match.group(0))
        text = cut(text, match.start(), match.end())
    match = URL_TEXT.search(text)
    if match:
        found.url = match.group(0).rstrip(URL_TRAILING)
        start, end = match.start(), match.start() + len(found.url)
        lead = URL_LEAD.search(text[max(0, start - 60):start])
        if lead:
            start -= len(text[max(0, start - 60):start]) - lead.start()
        accessed = ACCESSED.match(text[end:end + 80])
        if accessed:
            end += accessed.end()
        # "Retrieved March 3, 2020, from URL" (APA 6): the date stands before the URL.
        text = cut(text, start, end)
    isbns = []
    for isbn_match in ISBN_TEXT.finditer(text):
        isbn = normalize_isbn(isbn_match["isbn"])
        if isbn:
            isbns.append(isbn)
    if isbns:
        found.isbns = tuple(dict.fromkeys(isbns))
        text = ISBN_TEXT.sub("", text)
    return tidy(text), found


def cut(text: str, start: int, end: int) -> str:
    """`text` without [start:end]; punctuation on both sides of the gap is kept once ("Title. ." -> "Title.")."""
    left, right = text[:start].rstrip(), text[end:].lstrip()
    if left[-1:] in (".", ",", ";", ":") and right[:1] in (".", ",", ";"):
        right = right[1:].lstrip()
    return f"{left} {right}".strip()


def tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    return " ".join(text.split()).strip(" ,;:")


# -- the head: authors and year --------------------------------------------------------------------

YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?"
NO_DATE = r"(?P<nodate>n\.\s?d\.|o\.\s?J\.|(?i:in press|forthcoming|im druck))"
# "(1990)", "(1990a)", "(2020, March 3)", "(n.d.)": APA and Springer basic.
PAREN_YEAR = re.compile(rf"\((?:{YEAR}(?:,\s?(?P<when>[^()]{{1,30}}))?|{NO_DATE})\)")
# "Smith, A. 1990. Title", "Smith, A. (ed.) 1990a. Title", "Smith, A. n.d. Title": humanities.
BARE_YEAR = re.compile(rf"(?<=[.,)]) (?:{YEAR}(?:\s?\[\d{{4}}\])?\.|{NO_DATE})(?= |$)")
# LNCS: the year closes the entry, "... Springer, Heidelberg (2005)".
END_YEAR = re.compile(rf"\s?\({YEAR}\)\.?$")
# German author-colon style: the imprint and year close the entry, "... China. Berlin 1979." or
# "... Berlin: Springer, 1979."
IMPRINT_YEAR = re.compile(
    rf"\.\s(?P<place>[^\W\d_][^.:,\d]{{0,60}})(?::\s(?P<publisher>[^.:,\d]{{1,80}}))?,?\s{YEAR}"
    rf"(?:,\s(?:S\.|pp?\.|Sp\.)\s?(?P<pages>\d{{1,6}}(?:\s?[–—-]\s?\d{{1,6}})?))?\.?$"
)
HEAD_LIMIT = 3000  # authors are looked for in the first characters only
HEAD_TRIES = 4  # candidate years tried per style


@dataclass
class Head:
    authors_text: str
    rest: str  # everything after the head
    year: int | None = None
    suffix: str = ""
    when: str = ""  # "March 3" of "(2020, March 3)"
    no_date: str = ""  # "n.d.", "in press"
    imprint: tuple[str, str, str] = ("", "", "")  # (publisher, place, pages) around a closing year


def find_head(text: str) -> Head | None:
    """The earliest author-year head of any style whose author part reads as names."""
    candidates: list[tuple[int, Head]] = []
    for pattern in (PAREN_YEAR, BARE_YEAR):
        for count, match in enumerate(pattern.finditer(text, 0, min(len(text), HEAD_LIMIT))):
            if count >= HEAD_TRIES:
                break
            before = text[:match.start()]
            if looks_like_names(before):
                candidates.append((match.start(), head_from(match, before, text[match.end():])))
                break
    colon = text.find(": ", 0, HEAD_LIMIT)
    if colon > 0 and looks_like_names(text[:colon]):
        rest = text[colon + 2:]
        end = END_YEAR.search(rest)
        imprint = None if end else IMPRINT_YEAR.search(rest)
        head = Head(text[:colon], rest[:end.start()] if end else rest)
        if end:
            head.year, head.suffix = int(end["year"]), end["suffix"] or ""
        elif imprint:  # German: "Name, Vorname: Titel. Berlin: Springer 1979."
            head.year, head.suffix = int(imprint["year"]), imprint["suffix"] or ""
            pages = re.sub(r"\s?[–—-]\s?", "–", imprint["pages"] or "")
            head.imprint = ((imprint["publisher"] or "").strip(), imprint["place"].strip(), pages)
            head.rest = rest[:imprint.start() + 1]
        candidates.append((colon, head))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    match = PAREN_YEAR.search(text, 0, min(len(text), HEAD_LIMIT))
    if match and match.start() > 0 and re.search(r"[^\W\d_]{2}", text[:match.start()]):
        # No author (APA, Springer basic): the title stands where the author would.
        head = head_from(match, "", text[match.end():])
        head.rest = f"{text[:match.start()].strip().rstrip('.')}. {head.rest.lstrip(' .')}"
        return head
    return None


NAME_ABBREVIATIONS = {"ch.", "th.", "wm.", "jr.", "sr.", "ed.", "eds.", "fr.", "st.", "hg.", "hrsg.", "chas."}


def head_from(match: re.Match, before: str, after: str) -> Head:
    authors = before.strip().rstrip(",")
    last = authors.rsplit(" ", 1)[-1]
    word = re.fullmatch(r"[^\W\d_]{3,}\.|[A-Z][a-z]\.", last)  # "Alfred.", "OECD.", "Om."; not "J." or "JA."
    if authors.endswith(".") and word and last.lower() not in NAME_ABBREVIATIONS:
        authors = authors[:-1]  # "Smith, Alfred." and "Prakash, Om." end a sentence; "J." and "Ch." are initials
    head = Head(authors, after.lstrip(" .,:"))
    if match["year"]:
        head.year, head.suffix = int(match["year"]), match["suffix"] or ""
        head.when = (match.groupdict().get("when") or "").strip()
    else:
        head.no_date = match["nodate"]
    return head


def issued(head: Head) -> Date | None:
    if head.year is None:
        return None
    if head.when:
        matched = match_date(f"{head.when} {head.year}")
        if matched and matched[1] == len(head.when) + 5 and matched[0].year == head.year:
            return matched[0]
    return Date((head.year,))


# -- the body: title, then container ---------------------------------------------------------------

QUOTED = re.compile(r"^[“\"„«](?P<title>[^“”\"„«»]{1,3000})[”\"“»]")
SENTENCE_END = re.compile(r"[.?!](?= )")
ABBREVIATIONS = frozenset(
    "vs st dr mr mrs ms no nos vol vols nr bd pp proc int conf symp j jr sr trans transl rev dept "
    "univ inst natl nat acad sci soc assoc am eur e.g i.e ca cf al fig ch chap co inc corp ltd ges wiss"
    .split()
)
LOWER_CASE_NAMES = ("arXiv", "bioRxiv", "medRxiv", "eLife", "iScience", "npj ", "mBio", "eLife")
VOLUME_WORDS = frozenset("vol vols no nr bd band heft h part pt t tome".split())
CHAPTER_START = re.compile(r"^In(?::\s?|\s)(?=\S)")
LATE_IN = re.compile(r"(?<=[.?!”\"] )In:\s?(?=\S)")
EDITORS_BEFORE = re.compile(
    r"^(?P<names>[^()]{1,1500}?)\s?\((?:eds?|Eds?|Hrsg|hrsg|Hg|hg|Hgg|éds?|dir|coord)\.?\)[.,:]?\s"
)
EDITED_BY = re.compile(
    r",?\s(?:edited by|ed\.|eds\.|ed\. by|hrsg\.\s?v(?:on)?\.?|hg\.\s?v\.|herausgegeben von|éd\. par)\s"
)
PAGE = r"[A-Za-z]{0,2}\d{1,8}(?::\d{1,6})?[a-z]?"  # "45", "S12", "e1234", "42:1" (ACM)
PAGE_RANGE = rf"(?P<first>{PAGE})(?:\s?[–—-]\s?(?P<last>{PAGE}))?"
PAGES_TAIL = re.compile(rf"(?:,\s?|\s)\(?(?:pp?\.?|S\.?|Seiten?)\s?{PAGE_RANGE}\)?\.?$")
BARE_PAGES_TAIL = re.compile(r",\s(?P<first>\d{1,6})\s?[–—-]\s?(?P<last>\d{1,6})\.?$")
PAGES_ONLY = re.compile(rf"^\(?(?:pp?\.?|S\.?|Seiten?)\s?{PAGE_RANGE}\)?$")
EDITION = (
    r"(?:(?P<number>\d{1,2})(?:st|nd|rd|th|\.)?|(?P<word>[Rr]ev(?:ised)?\.?|[Ee]rw\.?|[Nn]eu(?:e)?))"
    r"\s?(?:edn|ed|edition|Aufl|Auflage|éd|Ausg|Ausgabe)\.?"
)
EDITION_ONLY = re.compile(rf"^\(?{EDITION}\)?$")
EDITION_TAIL = re.compile(rf"(?:,\s?|\s)\(?{EDITION}\)?$")
VOLUME_ONLY = re.compile(r"^\(?(?:Vol|vol|Bd|Band|Tome|t)\.?\s?(?P<volume>[\dIVXLC]{1,6})\)?$")
VOLUME_TAIL = re.compile(r"(?:,\s?|\s)\(?(?:Vol|vol|Bd|Band)\.?\s?(?P<volume>[\dIVXLC]{1,6})\)?$")
SERIES = re.compile(
    r"^\(?(?P<title>[^\W\d_][^()]{0,200}?),?\s(?:vol|Vol|Bd|Band|no|No|Nr|nr)\.?\s?(?P<number>\d{1,6}[A-Za-z]?)\)?$"
)
TOTAL_PAGES = re.compile(r"^\d{1,5}\s?(?:pp|p|S|pages|Seiten)\.?$")
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
    r"|^[A-Z][A-Za-z-]{1,15} (?:19|20)\d\d$"  # LNCS's proceedings by acronym: "OPODIS 2016", "DCN 2019"
)
MAX_TAILS = 4  # pages, edition, volume, APA's parenthesized group
CORPORATE_TAIL = frozenset("Inc. Inc Ltd Ltd. LLC GmbH AG Co. S.A. B.V. plc".split())
PUBLISHER_CONNECTIVES = frozenset(
    "of the and & für und de du la le des der die das for in on at et am an im bei upon sur en".split()
)


def sentence_ends(text: str) -> list[int]:
    """Positions just after each sentence end ("." "?" "!" before a space) that is not an abbreviation."""
    ends = []
    for match in SENTENCE_END.finditer(text):
        i = match.start()
        if text[i] == "." and not is_sentence_end(text, i):
            continue
        ends.append(i + 1)
    return ends


def is_sentence_end(text: str, i: int) -> bool:
    """Is the "." at text[i] (followed by a space) the end of a sentence?"""
    words = text[max(0, i - 24):i].split(" ")
    word = words[-1].split("(")[-1]
    if word[-1:] in ")]”\"’'":  # "(2nd ed.). Publisher", "“Title.” Journal"
        return True
    if text[i + 2:i + 3].islower() and not text.startswith(LOWER_CASE_NAMES, i + 2):
        return False  # a sentence does not start lower-case (but "arXiv preprint", "eLife" may)
    if word.isdigit() and len(word) <= 2:
        # "Vol. 1. New Delhi" ends; the ordinals "2. Aufl." and "im 19. Jahrhundert" do not.
        before = words[-2].lower().rstrip(".") if len(words) > 1 else ""
        return before in VOLUME_WORDS
    bare = word.lower().rstrip(".")
    # "J. Smith", "Proc. of", "U.S. Army", "Vol. 2"
    return not ((len(word) <= 1 and word.isalpha()) or bare in ABBREVIATIONS
                or (len(word) <= 3 and word.isupper()) or "." in word)


def split_segments(text: str) -> list[str]:
    """"Title. Publisher, Place" -> ["Title", "Publisher, Place"] at non-abbreviation sentence ends."""
    segments, start = [], 0
    for end in sentence_ends(text):
        segments.append(text[start:end].strip())
        start = end
    segments.append(text[start:].strip())
    return [s.rstrip(".").strip() if s.endswith(".") and not s.endswith("..") else s for s in segments if s.strip(" .")]


def take_title(body: str) -> tuple[str, str]:
    """(title, rest): a quoted title, or up to the first sentence end; "?" and "!" stay in the title."""
    quoted = QUOTED.match(body)
    if quoted:
        return quoted["title"].strip().rstrip(",."), body[quoted.end():].lstrip(" .,")
    ends = sentence_ends(body)
    if not ends:
        return body.strip().rstrip("."), ""
    end = ends[0]
    title = body[:end].strip()
    if title.endswith("."):
        title = title[:-1]
    return title.strip(), body[end:].strip()


@dataclass
class Reading:
    """The fields of one entry while it is being read."""

    values: dict = field(default_factory=dict)
    leftovers: list[str] = field(default_factory=list)

    def set(self, **values) -> None:
        for key, value in values.items():
            if value and not self.values.get(key):
                self.values[key] = value

    def extend(self, key: str, piece: str) -> None:
        """"Title" + "Subtitle" -> "Title. Subtitle"; after "?" or "!" with a space only."""
        current = self.values.get(key, "")
        piece = piece.strip()
        if piece.endswith(".") and not piece.endswith(".."):
            piece = piece[:-1]
        if not current:
            self.values[key] = piece
        elif piece:
            self.values[key] = f"{current}{' ' if current[-1] in '?!' else '. '}{piece}"


def normalize_pages(first: str, last: str | None) -> str:
    return f"{first}–{last}" if last else first


def peel(segment: str, reading: Reading, volume: bool = True) -> str:
    """Strip pages, edition and (if `volume`) a volume printed at a segment's end; return what is left.

    After a book title ", vol 2" is the book's volume; in a later segment ("LNCS, vol. 3456") it is
    a series number, so there the caller reads it. At most a few tails are read (APA prints three at
    most), which keeps a hostile entry linear."""
    for _ in range(MAX_TAILS):
        pages = PAGES_TAIL.search(segment) or BARE_PAGES_TAIL.search(segment)
        if pages and pages.start() > 0:
            reading.set(page=normalize_pages(pages["first"], pages["last"]))
            segment = segment[:pages.start()].rstrip(" ,")
            continue
        edition = EDITION_TAIL.search(segment)
        if edition and edition.start() > 0:
            reading.set(edition=edition_value(edition))
            segment = segment[:edition.start()].rstrip(" ,")
            continue
        tail = VOLUME_TAIL.search(segment) if volume else None
        if tail and tail.start() > 0:
            reading.set(volume=tail["volume"])
            segment = segment[:tail.start()].rstrip(" ,")
            continue
        paren = read_paren_group(segment, reading)
        if paren is not None:
            segment = paren
            continue
        return segment
    return segment


def read_paren_group(segment: str, reading: Reading) -> str | None:
    """APA's "(2nd ed., Vol. 2, pp. 45–67)" at a segment's end: every item must be read."""
    if not segment.endswith(")") or "(" not in segment:
        return None
    start = segment.rfind("(")
    items = [i.strip() for i in segment[start + 1:-1].split(",")]
    parsed = [(PAGES_ONLY.match(i), EDITION_ONLY.match(i), VOLUME_ONLY.match(i)) for i in items]
    if start == 0 or not all(any(p) for p in parsed):
        return None
    for pages, edition, volume in parsed:
        if pages:
            reading.set(page=normalize_pages(pages["first"], pages["last"]))
        elif edition:
            reading.set(edition=edition_value(edition))
        else:
            reading.set(volume=volume["volume"])
    return segment[:start].rstrip(" ,")


def edition_value(match: re.Match) -> str:
    if match["number"]:
        return match["number"]
    return "Revised" if match["word"].lower().startswith("rev") else match["word"].rstrip(".")


def publisher_place(segment: str) -> tuple[str, str] | None:
    """"Springer, Berlin" / "Berlin: Springer" / "Routledge" -> (publisher, place); None if not one."""
    if not segment or any(c.isdigit() for c in segment) or len(segment) > 200:
        return None
    if ": " in segment:
        place, publisher = (p.strip() for p in segment.split(": ", 1))
        if publishing_words(place) and publishing_words(publisher):
            return publisher, place
        return None
    pieces = [p.strip() for p in segment.split(",")]
    while len(pieces) > 1 and pieces[1] in CORPORATE_TAIL:
        pieces[0:2] = [f"{pieces[0]}, {pieces[1]}"]
    if len(pieces) > 4 or not all(publishing_words(p) for p in pieces):
        return None
    return pieces[0], ", ".join(pieces[1:])


def publishing_words(text: str) -> bool:
    """A publisher or place: a few capitalized words ("Oxford University Press", "New York, NY")."""
    words = text.split()
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w in PUBLISHER_CONNECTIVES or w[:1] in "(&" for w in words
    ) and not text.endswith("?")


def read_tail_segments(segments: list[str], reading: Reading, title_key: str) -> None:
    """Edition, volume, series, pages, and publisher/place (the last segment that reads as one).

    Unread segments before the first one read belong to the title ("Title. Subtitle. Publisher");
    unread segments after it are reported."""
    peeled = [peel(segment, reading, volume=False) for segment in segments]
    publisher_at = max((i for i, s in enumerate(peeled) if publisher_place(s) and not SERIES.match(s)), default=None)
    classified = False
    for index, segment in enumerate(peeled):
        series = SERIES.match(segment)
        if not segment:
            pass  # only pages or an edition, already read
        elif index == publisher_at:
            publisher, place = publisher_place(segment)
            reading.set(publisher=publisher, publisher_place=place)
        elif EDITION_ONLY.match(segment):
            reading.set(edition=edition_value(EDITION_ONLY.match(segment)))
        elif VOLUME_ONLY.match(segment):
            reading.set(volume=VOLUME_ONLY.match(segment)["volume"])
        elif TOTAL_PAGES.match(segment):
            pass  # "250 pp": the book's length, not a field of ours
        elif series:
            reading.set(collection_title=series["title"].strip(" ,"), collection_number=series["number"])
        elif not classified and (publisher_at is None or index < publisher_at):
            reading.extend(title_key, segment)
            continue
        else:
            reading.leftovers.append(segment)
            continue
        classified = True


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


def parse_reference(text: str) -> ParsedReference:
    """One entry as printed -> its Work (id left empty) and what could not be read."""
    printed = squeeze(text)
    rest, identifiers = take_identifiers(printed)
    head = find_head(rest)
    if head is None or not head.rest.strip(" ."):
        return ParsedReference(None, printed, (Problem("unparsed", "reference entry could not be read", text=printed),))
    reading = Reading()
    reading.set(doi=identifiers.doi, url=identifiers.url, isbns=identifiers.isbns)
    reading.set(publisher=head.imprint[0], publisher_place=head.imprint[1], page=head.imprint[2])
    names_text, editors_only = strip_editor_mark(head.authors_text)
    names, et_al = parse_name_list(names_text)
    date = issued(head)
    work_type = read_body(head.rest.strip(), reading, date)
    values = reading.values
    if not values.get("title"):
        return ParsedReference(None, printed, (Problem("unparsed", "reference entry has no title", text=printed),))
    if editors_only and work_type == BOOK:
        values["editors"] = names
    else:
        values["authors"] = names
    work = Work(id="", type=work_type, et_al=et_al, issued=date, year_suffix=head.suffix,
                language=guess_language(values["title"]), **values)
    problems = tuple(
        Problem("unparsed", f"part of a reference entry was not read: “{leftover}”", text=printed)
        for leftover in reading.leftovers
    )
    return ParsedReference(work, printed, problems)
