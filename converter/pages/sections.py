"""Cut a chapter page (as text) into its parts: header lines, the notes list, the tail.

SpringerLink pages copied from a browser or saved as text keep one paragraph per line, a
section heading on its own line, and bullets ("•") before metadata items. Everything here is
driven by tables of headings and chrome lines, so other publishers' layouts can be added as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from converter.text import squeeze

# Headings that open a list of notes or references.
NOTES_HEADINGS = {
    "note", "notes", "endnotes", "footnotes", "anmerkungen", "fußnoten", "notes and references",
}
REFERENCES_HEADINGS = {
    "references", "bibliography", "literature", "literatur", "literaturverzeichnis", "works cited",
    "bibliographie", "sources", "references and notes",
}
ABBREVIATION_HEADINGS = {"abbreviations", "list of abbreviations", "abkürzungen", "abkürzungsverzeichnis",
                         "abréviations", "sigla"}
# Headings that end a notes/references list (the page tail starts with them), site footer included.
TAIL_HEADINGS = {
    "download references", "author information", "authors and affiliations", "rights and permissions",
    "copyright information", "about this chapter", "about this paper", "about this entry",
    "cite this chapter", "cite this paper", "cite this entry", "acknowledgements", "acknowledgments",
    "editor information", "editors and affiliations", "additional information", "publish with us",
    "share this chapter", "share this paper", "keywords", "corresponding author", "ethics declarations",
    "change history", "appendix", "supplementary information", "electronic supplementary material",
    "discover content", "journals a-z", "books a-z", "products and services", "our imprints",
    "accessibility statement", "terms and conditions", "privacy policy", "help and support",
    "cancel contracts here", "legal notice", "your us state privacy rights", "california privacy statement",
    "cookie policy", "manage cookies/do not sell my data", "search", "navigation", "sections", "figures",
}
# Whole lines that are page chrome: never part of any field.
CHROME = re.compile(
    r"^(?:skip to main content|google scholar|crossref|mathscinet|pubmed|pubmed central|cas|ads|"
    r"article|zbmath|math ?scinet|download references|download citation|download preview pdf\.?|"
    r"preview|unable to display preview\..*|this is a preview of subscription content.*|"
    r"access this (?:chapter|article|paper|entry)|log in via an institution|buy (?:chapter|ebook|book).*|"
    r"institutional subscriptions|tax calculation will be finalised.*|purchases are for personal use only|"
    r"price excludes vat.*|price includes vat.*|(?:usd|eur|gbp|chf) ?[\d.,]+|[\d.,]+ ?(?:€|\$|£)|"
    r"available as (?:pdf|epub)|read on any device|instant download|own it forever|"
    r"compact, lightweight edition|dispatched in .*|free shipping worldwide.*|"
    r"chapter|ebook|softcover book|hardcover book|reprints and permissions|policies and ethics|"
    r"\d[\d,]* accesses|\d+ citations?|\d+ altmetric|publish with us|search|menu|"
    r"(?:we|this site) uses? cookies.*|accept all cookies|manage cookies|your privacy choices.*|"
    r"©?\s*springer nature.*|springer nature switzerland ag.*)$",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*[•·\-*]\s*")


def is_chrome(line: str) -> bool:
    return bool(CHROME.match(strip_bullet(line)))


def strip_bullet(line: str) -> str:
    return BULLET.sub("", line.strip(), count=1) if line.strip()[:1] in "•·*" else line.strip()


def heading_key(line: str) -> str:
    return squeeze(line).rstrip(":").lower()


@dataclass
class Sections:
    header: list[str] = field(default_factory=list)  # lines before the first list
    notes: list[str] = field(default_factory=list)  # the notes list, raw lines
    notes_heading: str = ""
    references: list[str] = field(default_factory=list)  # a references list, raw lines
    abbreviations: list[str] = field(default_factory=list)  # the page's list of abbreviations
    tail: list[str] = field(default_factory=list)  # lines after the lists


def split_sections(text: str) -> Sections:
    """Assign every line to header, notes, references or tail by the headings it passes."""
    sections = Sections()
    target = sections.header
    for line in text.split("\n"):
        key = heading_key(line)
        if key in NOTES_HEADINGS and not sections.notes:
            sections.notes_heading = squeeze(line)
            target = sections.notes
            continue
        if key in REFERENCES_HEADINGS and not sections.references:
            target = sections.references
            continue
        if key in ABBREVIATION_HEADINGS and not sections.abbreviations:
            target = sections.abbreviations
            continue
        if key in TAIL_HEADINGS and target is not sections.header:
            target = sections.tail
        target.append(line)
    return sections
