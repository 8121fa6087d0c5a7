"""Read a chapter page saved as HTML (SpringerLink's, or any publisher's page with citation_* meta
tags) into PageContent: the same seam the text reader fills, so reader.py does the rest alike.

The chapter record comes from html_meta (meta tags, then JSON-LD, then the page body); notes,
references and abbreviations from html_lists. This module parses the page and reads the body.

Safety. The page is untrusted input. It is parsed by libxml2's HTML parser (lxml.html) with no
network access, comments and processing instructions dropped, and libxml2's default resource
limits (no `huge_tree`): the HTML parser knows no DTDs, so an `<!ENTITY xxe SYSTEM "file:...">`
is never declared and `&xxe;` stays literal text; nothing is ever fetched. Script text is never
parsed as markup. JSON-LD goes through json.loads with its errors caught. Broken markup is
recovered as browsers do; a page so broken that libxml2 stops early (nesting deeper than 256
levels, a text node over 10 MB) keeps what was read before that point and says so as a problem.
Only a page with no chapter title at all raises ConversionError.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from converter.errors import ConversionError
from converter.lexicon import ABSTRACT_HEADINGS, CITE_HEADINGS, EDITOR_HEADINGS, KEYWORD_HEADINGS, YEAR
from converter.model import Problem
from converter.pages.content import PageContent
from converter.pages.header import LABELLED, LABELS, PAGE_RANGE
from converter.pages.html_lists import list_after, read_lists
from converter.pages.html_meta import BodyFacts, build_chapter
from converter.pages.html_sources import read_linked_data, read_meta
from converter.pages.html_text import HEADINGS, first, has_class, heading_text, lines_of, text_of
from converter.pages.sections import heading_key, strip_bullet
from converter.text import normalize_page

XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
# A footnote marker in running text: <sup>1</sup>, <sup><a href="#Fn1">1, 2</a></sup>.
MARKER = re.compile(r"[\d\s,–-]{1,20}")
# Where SpringerLink prints a chapter's page range ("pp 27–52"). No XPath unions over large node
# sets anywhere: libxml2 merges them in quadratic time.
PAGES_XPATH = "//*[self::li or self::span or self::p][starts-with(normalize-space(.), 'pp')][position() <= 20]"
# The book line of a conference paper ("Part of the book: Knowledge Graphs ... (KGW 2023)"), or the
# event beside the book's title in SpringerLink's newer masthead ("(KGW 2023)").
BOOK_XPATH = ("//*[contains(@class, 'c-chapter-book-details') or contains(@class, 'conference-info')]"
              "[position() <= 3]")
EVENT_AFTER_BOOK = re.compile(rf"\((?P<event>[^()]{{1,80}}?\s(?:{YEAR}))\)\s*$")
LABEL_XPATHS = ("//*[contains(@class, 'bibliographic-information')]//li",
                "//section[starts-with(@data-title, 'About this')]//li")


def read_html_page(text: str) -> PageContent:
    document, problems = parse_html(text)
    if document is None:
        raise ConversionError("the HTML page holds no markup that could be read: no chapter title found")
    meta = read_meta(document)
    linked = read_linked_data(document)
    lists = read_lists(document)
    body = read_body(document)
    chapter, header_problems = build_chapter(meta, linked, body, len(lists.notes),
                                             has_lists=bool(lists.notes or lists.references))
    return PageContent(
        chapter=chapter,
        notes=lists.notes,
        references=lists.references,
        abbreviations=lists.abbreviations,
        problems=problems + lists.problems + header_problems,
    )


def parse_html(text: str):
    """(document or None, problems): lxml.html with no network and default resource limits."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, recover=True,
        compact=True, default_doctype=False,
    )
    data = normalize_page(XML_DECLARATION.sub("", text, count=1)).encode("utf-8", errors="replace")
    try:
        document = lxml.html.document_fromstring(data, parser=parser)
    except (etree.LxmlError, ValueError):
        return None, []
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    problems = [
        Problem("unparsed", f"the HTML page could not be read to its end ({fatal[0].message.strip()}); "
                            "what follows that point is missing")
    ] if fatal else []
    return document, problems


def read_body(document) -> BodyFacts:
    abstract, marked = read_abstract(document)
    return BodyFacts(
        heading=text_of(first(document, f"//h1[{has_class('c-article-title')}]", "//h1")),
        kind=text_of(first(document, "//*[@data-test='article-category']")),
        labels=read_labels(document),
        cite_line=read_cite_line(document),
        series_line=text_of(first(document, f"//*[{has_class('c-chapter-book-series')}]",
                                  "//p[starts-with(normalize-space(.), 'Part of the book series')]")),
        pages_line=next((line for line in map(text_of, document.xpath(PAGES_XPATH)) if PAGE_RANGE.match(line)), ""),
        copyright_line=text_of(first(document, "//p[starts-with(normalize-space(.), '©')]"
                                               "[not(ancestor::footer or ancestor::*[contains(@class, 'footer')])]")),
        abstract=abstract,
        abstract_marked=marked,
        authors=[text_of(e) for e in document.xpath("//*[@data-test='author-name']")],
        keywords=read_keywords(document),
        editor_lines=section_lines(document, EDITOR_HEADINGS),
        event=next((m["event"] for m in map(EVENT_AFTER_BOOK.search, map(text_of, document.xpath(BOOK_XPATH)))
                    if m), ""),
    )


def section_lines(document, headings) -> list[str]:
    """The lines of the section a heading opens (its parent's lines after the heading)."""
    for heading in document.iter(*HEADINGS):
        if heading_key(heading_text(heading)) in headings:
            parent = heading.getparent()
            lines = lines_of(parent) if parent is not None else []
            return lines[1:] if lines and heading_key(lines[0]) in headings else lines
    return []


def read_labels(document) -> dict[str, str]:
    """The labelled bibliographic lines ("Print ISBN: 978-...") -> header.LABELS fields."""
    labels: dict[str, str] = {}
    items = list(dict.fromkeys(item for xpath in LABEL_XPATHS for item in document.xpath(xpath)))
    pairs = [lines_of(item) for item in items]
    pairs += [[text_of(term), text_of(term.getnext())] for term in document.iter("dt")
              if term.getnext() is not None and term.getnext().tag == "dd"]
    for lines in pairs:
        if len(lines) == 2 and not lines[0].endswith(":") and ":" not in lines[0]:
            lines = [f"{lines[0]}: {lines[1]}"]
        match = LABELLED.match(strip_bullet(" ".join(lines)))
        if match and match[1].lower() in LABELS:
            labels.setdefault(LABELS[match[1].lower()], match[2].strip())
    return labels


def read_keywords(document) -> list[str]:
    """The items of the list under a "Keywords" heading."""
    for heading in document.iter(*HEADINGS):
        if heading_key(heading_text(heading)) in KEYWORD_HEADINGS:
            element = list_after(heading)
            if element is not None:
                return [text_of(item) for item in element.iter("li")]
    return []


def read_cite_line(document) -> str:
    marked = first(document, f"//*[{has_class('c-bibliographic-information__citation')}]")
    if marked is not None:
        return text_of(marked)
    for heading in document.iter(*HEADINGS):
        if heading_key(heading_text(heading)) in CITE_HEADINGS:
            following = heading.getnext()
            return text_of(following) if following is not None else ""
    return ""


def read_abstract(document) -> tuple[list[str], bool]:
    """The abstract's paragraphs with their note markers taken out, and whether there were any."""
    parts = abstract_parts(document)
    markers = {sup for part in parts for sup in part.iter("sup") if MARKER.fullmatch(text_of(sup) or "x")}
    paragraphs = []
    for part in parts:
        found = [part] if part.tag == "p" else list(part.iter("p"))
        paragraphs.extend(" ".join(lines_of(p, markers.__contains__)) for p in found or [part])
    return [p for p in paragraphs if p], bool(markers)


def abstract_parts(document) -> list:
    """The elements after an "Abstract" heading, up to the next heading."""
    for heading in document.iter(*HEADINGS):
        if heading_key(heading_text(heading)) not in ABSTRACT_HEADINGS:
            continue
        parts = []
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag in HEADINGS:
                break
            parts.append(sibling)
        if parts:
            return parts
    section = first(document, "//section[@data-title='Abstract']")
    return [section] if section is not None else []
