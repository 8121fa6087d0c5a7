"""Facts a page's header prints one per line, whatever the publisher (SpringerLink's own are header.py's):

- "Published online by Cambridge University Press: 11 February 2009": the publisher; the title is the
  line above, the authors the lines below;
- a journal's volume and issue line: "The Historical Journal , Volume 21 , Issue 2 , June 1978 ,
  pp. 291 - 312" (Cambridge Core), "The English Historical Review, Volume 134, Issue 568, June 2019, Pages
  567–598" (Oxford Academic), "Vol. 47, No. 3 (Sep., 1975), pp. 421-450" (JSTOR), "Volume 45, 2019 -
  Issue 3" (Taylor & Francis), "Volume 72, Issue 3 p. 876-899" (Wiley); the journal on the same line or
  the line above;
- labelled lines, "Label: value" or from a known label "Label value" and glued "Labelvalue" (Taylor &
  Francis eBooks print "ImprintRoutledge"): publisher, pages, dates, ISBNs, the book ("From the book ...",
  "In: ..."), its editors ("Edited by ..."). The labels are data/page_layout.txt's "header labels".
Several facts on one line are split at " | " ("Pages 345-367 | Published online: 14 Jun 2019").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.lexicon import YEAR, YEAR_RE, layout, pattern
from converter.model import Name
from converter.pages.bylines import byline_names
from converter.pages.sections import is_chrome, strip_bullet

LABEL_FIELDS = dict(tuple(part.strip() for part in entry.split(" = ", 1)) for entry in layout("header labels"))
# Longest labels first; a colon, spaces, or nothing (glued) between the label and its value.
LABEL = re.compile(rf"^(?P<label>{pattern(LABEL_FIELDS)})(?P<gap>\s*:\s*|\s+|(?=[A-Z\d]))(?P<value>\S.*)$",
                   re.IGNORECASE)
PUBLISHED_ONLINE_BY = re.compile(r"^published online by\s+(?P<publisher>.+?)(?:\s*:\s*(?P<date>.*))?$", re.IGNORECASE)
VOLUME_WORD = r"(?:volume|vol\.?|band|bd\.|tome|jahrgang|jg\.)"
ISSUE_WORD = r"(?:issue\.?|no\.?|number|nr\.|heft|numéro|n[°º])"
ISSUE_LINE = re.compile(
    rf"^(?:(?P<journal>[^\d|]{{3,150}}?)\s*[,:]\s*)?{VOLUME_WORD}\s*(?P<volume>[\dIVXLCivxlc]{{1,8}}[a-z]?)\b"
    rf"(?:\s*[,:]\s*(?P<year>{YEAR}))?(?:\s*[,:–—-]?\s*{ISSUE_WORD}\s*(?P<issue>[\w./–-]{{1,12}}))?(?P<tail>.*)$",
    re.IGNORECASE,
)
PAGES = re.compile(r"(?:\bpp?\.|\bpages?|\bpage range:?|\bs\.)\s*(?P<first>[\dxivlc]+)\s*[-–—]\s*"
                   r"(?P<last>[\dxivlc]+)",
                   re.IGNORECASE)
PAGE_SPAN = re.compile(r"^(?P<first>[\dxivlc]+)\s*[-–—]\s*(?P<last>[\dxivlc]+)$", re.IGNORECASE)
# A date of publication inside a line of other facts: "Received ..., Published online: 14 Jun 2019".
DATED = re.compile(r"\b(?:published online|first published|published)\s*:\s*(?P<date>[^,|]+)", re.IGNORECASE)
FACTS_SEPARATOR = re.compile(r"\s+\|\s+")
MAX_FACT_LINE = 300
MAX_JOURNAL = 150
MAX_BYLINES = 6


@dataclass
class LineFacts:
    title_above: str = ""  # the line above "Published online by ..."
    bylines: list[str] = field(default_factory=list)  # the lines under it naming the authors
    publisher: str = ""
    journal: str = ""
    container: str = ""  # the book (or journal) a "From the book ..."/"In: ..." line names
    volume: str = ""
    issue: str = ""
    pages: str = ""
    year: int | None = None  # the issue's year
    published: str = ""  # a publication date line
    editors: list[Name] = field(default_factory=list)
    authors: list[Name] = field(default_factory=list)  # "By Jane Doe"
    isbns: list[str] = field(default_factory=list)


def read_line_facts(lines: list[str]) -> LineFacts:
    facts = LineFacts()
    content = [line for line in (strip_bullet(line) for line in lines) if line and not is_chrome(line)]
    for index, line in enumerate(content):
        if len(line) > MAX_FACT_LINE:
            continue
        online = PUBLISHED_ONLINE_BY.match(line)
        if online and not facts.publisher:
            facts.publisher = online["publisher"].strip()
            facts.published = facts.published or (online["date"] or "")
            facts.title_above = content[index - 1] if index else ""
            facts.bylines = bylines_below(content[index + 1:index + 1 + MAX_BYLINES], facts)
            continue
        issue = ISSUE_LINE.match(line)
        if issue and facts.volume in ("", issue["volume"]) and (issue["issue"] or PAGES.search(issue["tail"])
                                                                   or issue["year"]):
            read_issue(facts, issue, content[index - 1] if index else "")
            continue
        dated = DATED.search(line)
        if dated and not facts.published:
            facts.published = dated["date"]
        below = content[index + 1] if index + 1 < len(content) else ""
        for part in FACTS_SEPARATOR.split(line):
            read_label(facts, f"{part}: {below}" if label_alone(part) and below else part)
    return facts


def bylines_below(lines: list[str], facts: LineFacts) -> list[str]:
    """The byline under "Published online by ...", over one line or several ("Mike Uschold and" /
    "Michael Gruninger"); the date it gave on a line of its own is taken on the way."""
    found: list[str] = []
    for line in lines:
        if byline_names(line):
            found.append(line)
        elif found:
            break
        elif YEAR_RE.search(line) and not facts.published:
            facts.published = line
        else:
            break
    return found


def read_issue(facts: LineFacts, issue: re.Match, above: str) -> None:
    """An issue line's parts; a later line of the same volume fills what an earlier one left out
    (Taylor & Francis prints "Volume 45, Issue 3" in its breadcrumbs, "Volume 45, 2019 - Issue 3" below)."""
    facts.volume = issue["volume"]
    facts.issue = facts.issue or (issue["issue"] or "").rstrip(".,")
    tail = issue["tail"]
    year = issue["year"] or (YEAR_RE.search(tail).group(0) if YEAR_RE.search(tail) else "")
    facts.year = facts.year or (int(year) if year else None)
    pages = PAGES.search(tail)
    if pages and not facts.pages:
        facts.pages = page_range(pages["first"], pages["last"])
    journal = (issue["journal"] or "").strip(" ,")
    if not journal and is_journal_name(above):
        journal = above
    facts.journal = facts.journal or strip_label(journal)


def read_label(facts: LineFacts, line: str) -> None:
    found = label_of(line)
    if found is None:
        return
    name, value = found
    if name == "publisher" and not facts.publisher:
        facts.publisher = value
    elif name == "pages" and not facts.pages:
        span = PAGE_SPAN.match(value)
        facts.pages = page_range(span["first"], span["last"]) if span else ""
    elif name == "published" and not facts.published:
        facts.published = value
    elif name in ("book_title", "container", "journal") and not facts.container and not YEAR_IN_BRACKETS.search(value):
        facts.container = value
    elif name == "editors" and not facts.editors:
        facts.editors = byline_names(value)
    elif name == "authors" and not facts.authors:
        facts.authors = byline_names(value)
    elif name in ("isbn_print", "isbn_online"):
        facts.isbns.append(value)


def label_of(line: str) -> tuple[str, str] | None:
    """(field, value) of a labelled line. Without a colon the value starts with a capital or a digit:
    "In this article" and "Bookkeeping" are text, "Journal of Agrarian Change" a name."""
    match = LABEL.match(line)
    if not match:
        return None
    value = match["value"].strip()
    if ":" not in match["gap"] and not (value[:1].isupper() or value[:1].isdigit()):
        return None
    return LABEL_FIELDS[" ".join(match["label"].lower().split())], value


def label_alone(line: str) -> str:
    """A label printed on its own line, its value on the next ("In" / "Medieval Trade Networks"): its field."""
    return LABEL_FIELDS.get(" ".join(strip_bullet(line).lower().rstrip(":").split()), "")


# "In: Weber, K. (eds) Book (2019)": a citation, not a book's name.
YEAR_IN_BRACKETS = re.compile(rf"\((?:{YEAR})\)|\(eds?\)", re.IGNORECASE)


def is_journal_name(line: str) -> bool:
    return (bool(line) and len(line) <= MAX_JOURNAL and not any(c.isdigit() for c in line) and line[:1].isupper()
            and (label_of(line) is None or label_of(line)[0] in ("journal", "container")))


def strip_label(text: str) -> str:
    """"In: Journal of Early Modern History" -> "Journal of Early Modern History"."""
    match = LABEL.match(text)
    return match["value"].strip() if match and ":" in match["gap"] else text


def page_range(first: str, last: str) -> str:
    return f"{first}–{last}" if last and last != first else first
