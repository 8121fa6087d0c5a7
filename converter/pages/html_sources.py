"""What a saved HTML page states about itself, read as plain values: its <meta> tags by name, and its
JSON-LD item (schema.org Chapter, ScholarlyArticle, Book ...). html_meta.py builds the chapter from them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from converter.model import Name
from converter.names.persons import parse_inverted_name
from converter.text import normalize_page, squeeze
from converter.values.identifiers import normalize_doi

# Meta tags that hold several names in one value.
PACKED_NAMES = {"citation_authors", "dc.creator", "dcterms.creator"}
# schema.org types of the item a page is about, most specific first.
LINKED_DATA_TYPES = ("Chapter", "ScholarlyArticle", "Article", "CreativeWork", "Book")
SITE_SUFFIX = re.compile(r"\s+\|\s+[^|]+$")  # "Title | SpringerLink"
MAX_JSON_CHARS = 1_000_000
MAX_JSON_DEPTH = 4


@dataclass
class LinkedData:
    """The fields read from the page's JSON-LD item."""

    type: str = ""
    title: str = ""
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    date: str = ""
    book_title: str = ""
    isbns: list[str] = field(default_factory=list)
    publisher: str = ""
    description: str = ""
    language: str = ""
    keywords: list[str] = field(default_factory=list)
    pages: tuple[str, str] = ("", "")
    url: str = ""
    doi: str = ""
    journal: str = ""  # an article's Periodical, through its PublicationIssue and PublicationVolume
    volume: str = ""
    issue: str = ""


def read_meta(document) -> dict[str, list[str]]:
    """Every <meta name|property|itemprop content> by lower-cased name, values in page order.

    Meta tags inside <noscript> or <template> are not the page's own statement and are skipped;
    tags written by scripts never exist here (script text is not parsed as markup).
    """
    meta: dict[str, list[str]] = {}
    for element in document.xpath("//meta[@content][not(ancestor::noscript or ancestor::template)]"):
        key = (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()
        value = clean(element.get("content") or "")
        if key and value:
            meta.setdefault(key, []).append(value)
    for link in document.xpath("//link[@href][@rel]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            meta.setdefault("link:canonical", []).append(link.get("href").strip())
    title = document.find(".//title")
    if title is not None and clean(title.text_content()):
        meta.setdefault("html:title", []).append(SITE_SUFFIX.sub("", clean(title.text_content())))
    return meta


def read_linked_data(document) -> LinkedData:
    """The page's JSON-LD item (a Chapter before a ScholarlyArticle ...); empty when there is none."""
    items = []
    for script in document.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        items.extend(top_items(data))
    ranked = [(rank_of(item), index) for index, item in enumerate(items)]
    ranked = [pair for pair in ranked if pair[0] < len(LINKED_DATA_TYPES)]
    if not ranked:
        return LinkedData()
    return linked_data_from(items[min(ranked)[1]])


def top_items(data: Any) -> list[dict]:
    """The items a JSON-LD block is about: itself, its list, its @graph, its mainEntity."""
    found = []
    pending = data if isinstance(data, list) else [data]
    for item in pending[:100]:
        if not isinstance(item, dict):
            continue
        found.append(item)
        for key in ("@graph", "mainEntity"):
            inner = item.get(key)
            inner = inner if isinstance(inner, list) else [inner]
            found.extend(i for i in inner[:100] if isinstance(i, dict))
    return found


def rank_of(item: dict) -> int:
    types = item.get("@type")
    types = types if isinstance(types, list) else [types]
    ranks = [LINKED_DATA_TYPES.index(t) for t in types if isinstance(t, str) and t in LINKED_DATA_TYPES]
    return min(ranks, default=len(LINKED_DATA_TYPES))


def periodical_of(item: dict) -> tuple[str, str, str]:
    """(journal, volume, issue) along an article's isPartOf chain: PublicationIssue -> PublicationVolume ->
    Periodical, in whatever order and depth (bounded) the page nests them."""
    journal = volume = issue = ""
    node = item.get("isPartOf")
    for _ in range(MAX_JSON_DEPTH):
        if not isinstance(node, dict):
            break
        types = node.get("@type") if isinstance(node.get("@type"), list) else [node.get("@type")]
        if "PublicationIssue" in types:
            issue = issue or plain(node.get("issueNumber"))
        if "PublicationVolume" in types:
            volume = volume or plain(node.get("volumeNumber"))
        if "Periodical" in types:
            journal = journal or plain(node.get("name"))
        node = node.get("isPartOf")
    return journal, volume, issue


def linked_data_from(item: dict) -> LinkedData:
    book = item.get("isPartOf") if isinstance(item.get("isPartOf"), dict) else {}
    journal, volume, issue = periodical_of(item)
    if journal or volume or issue:
        book = {}  # the article's issue, not a book
    editors = item.get("editor") or book.get("editor")
    identifiers = " ".join(plain(v) for v in as_list(item.get("identifier")) + as_list(item.get("sameAs")))
    return LinkedData(
        type=plain(item.get("@type")),
        title=plain(item.get("headline")) or plain(item.get("name")),
        authors=[n for n in (person(a) for a in as_list(item.get("author"))) if n != Name()],
        editors=[n for n in (person(e) for e in as_list(editors)) if n != Name()],
        date=plain(item.get("datePublished")),
        book_title=plain(book.get("name")) or plain(book.get("headline")),
        isbns=[plain(i) for i in as_list(book.get("isbn")) + as_list(item.get("isbn"))],
        publisher=plain(item.get("publisher")) or plain(book.get("publisher")),
        description=plain(item.get("description")),
        language=plain(item.get("inLanguage")),
        keywords=[plain(k) for k in as_list(item.get("keywords"))],
        pages=(plain(item.get("pageStart")), plain(item.get("pageEnd"))),
        url=plain(item.get("url")),
        doi=normalize_doi(identifiers),
        journal=journal,
        volume=volume,
        issue=issue,
    )


def plain(value: Any, depth: int = 0) -> str:
    """A JSON-LD value as text: a string, a number, or the name/@value of an object."""
    if isinstance(value, bool) or value is None or depth > MAX_JSON_DEPTH:
        return ""
    if isinstance(value, (str, int, float)):
        return clean(str(value))
    if isinstance(value, dict):
        return plain(value.get("name") or value.get("@value") or value.get("value"), depth + 1)
    if isinstance(value, list) and value:
        return plain(value[0], depth + 1)
    return ""


def as_list(value: Any) -> list:
    if value is None:
        return []
    return value[:500] if isinstance(value, list) else [value]


def person(value: Any) -> Name:
    if isinstance(value, dict) and isinstance(value.get("familyName"), str):
        given = value.get("givenName") if isinstance(value.get("givenName"), str) else ""
        return parse_inverted_name(clean(f"{value['familyName']}, {given}").rstrip(", "))
    return parse_inverted_name(plain(value))


def clean(text: str) -> str:
    return squeeze(normalize_page(text))
