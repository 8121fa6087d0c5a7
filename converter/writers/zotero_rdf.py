"""Zotero RDF (`--format zotero-rdf`): RDF/XML in the shape Zotero's own "Zotero RDF" export writes.

Shape, per Zotero's translators (export "Zotero RDF.js", import "RDF.js"):

- one node per record, `rdf:about="#item_<id>"`, typed by its bib: class (TYPES) with `z:itemType`;
- chapters, articles, papers and entries get their host as a separate blank node under
  `dcterms:isPartOf` (bib:Book, bib:Journal, bib:Periodical, bib:Newspaper) carrying the host's
  title, abbreviation, volume, issue, ISBN/ISSN and series. A blank host can never be a standalone
  book item of the same file: Zotero skips every node that something `isPartOf`;
- creators as `rdf:Seq` of `foaf:Person` (`foaf:surname`, `foaf:givenName`); an institution has
  a surname only, which Zotero reads as a single-field name;
- the publisher as `foaf:Organization` with `foaf:name` and `vcard:adr/vcard:Address/vcard:locality`;
- the "Cited in ..." text as a `bib:Memo` (HTML in `rdf:value`), linked by `dcterms:isReferencedBy`
  so that Zotero makes it a child note; `dc:relation` both ways between the chapter and each
  cited work, which Zotero imports as "Related";
- Extra (`dc:description`): the work's note, the et-al line, and CSL variables Zotero has no
  field for, one `variable: value` line each (Zotero's convention for citing fields from Extra);
  then "Citation Key: …" (the record's key, records.keys; Better BibTeX and Zotero's citation key
  field read it there) and, for types older Zotero has no DOI field for, "DOI: …"
  (records.doi_extra_line): older Zotero drops a bookSection's dc:identifier DOI.
- `rdf:about` is "#item_<citation key>", so the key is the record id here as in every format.

Deliberate departures from Zotero's exporter: a DOI is written on the item node, not on its host
(Zotero's importer reads identifiers from both, and the DOI names the chapter, not the book);
several ISBNs go into one `dc:identifier` ("ISBN a b"), as Zotero stores them in one field, since
the importer keeps only the last ISBN identifier it meets.

Dates are ISO 8601 (`Date.iso()`): "1953-09-22"; a range is an ISO interval "1959/1960", which
Zotero keeps verbatim and reads as the year 1959.

XML 1.0 cannot hold most C0 control characters (nor U+FFFE, U+FFFF): they are removed from
every value. Tab, newline and carriage return are kept (a carriage return is written as `&#13;`).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import quote

from converter.model import (
    BOOK,
    CHAPTER,
    DOCUMENT,
    ENTRY,
    JOURNAL_ARTICLE,
    MAGAZINE_ARTICLE,
    NEWSPAPER_ARTICLE,
    PAPER_CONFERENCE,
    REPORT,
    THESIS,
    Document,
    Name,
    Work,
)
from converter.writers.options import WriteOptions
from converter.writers.records import ET_AL_NOTE, PREPRINT, citation_notes, doi_extra_line, keys, kind, records
from converter.writers.xml_tree import Element, attribute, element, leaf, root_element, to_string

EXTENSION = "rdf"
MEDIA_TYPE = "application/rdf+xml"

NAMESPACES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "z": "http://www.zotero.org/namespaces/export#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "bib": "http://purl.org/net/biblio#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://nwalsh.com/rdf/vCard#",
    "prism": "http://prismstandard.org/namespaces/1.2/basic/",
}

# Model type -> (Zotero item type, item class, host class). A class of None is written as
# rdf:Description, as Zotero does for types the bib vocabulary lacks.
TYPES: dict[str, tuple[str, str | None, str | None]] = {
    CHAPTER: ("bookSection", "bib:BookSection", "bib:Book"),
    BOOK: ("book", "bib:Book", None),
    NEWSPAPER_ARTICLE: ("newspaperArticle", "bib:Article", "bib:Newspaper"),
    MAGAZINE_ARTICLE: ("magazineArticle", "bib:Article", "bib:Periodical"),
    JOURNAL_ARTICLE: ("journalArticle", "bib:Article", "bib:Journal"),
    PAPER_CONFERENCE: ("conferencePaper", None, "bib:Journal"),
    ENTRY: ("encyclopediaArticle", None, "bib:Book"),
    THESIS: ("thesis", "bib:Thesis", None),
    REPORT: ("report", "bib:Report", None),
    DOCUMENT: ("document", None, None),
    PREPRINT: ("preprint", None, None),  # Zotero 6 and later
}
UNKNOWN_TYPE = TYPES[DOCUMENT]

# Zotero item types with a field for the host's abbreviation (journalAbbreviation); for the
# others the abbreviation also goes into Extra as `container-title-short:`.
ABBREVIATION_TYPES = ("journalArticle",)

# Work attribute -> CSL variable, for values Zotero has no field for: written as Extra lines.
EXTRA_VARIABLES: tuple[tuple[str, str], ...] = (("chapter_number", "chapter-number"),)

# What XML 1.0 can hold (https://www.w3.org/TR/xml/#charsets); everything else is removed.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    return value if value.isprintable() else NOT_XML.sub("", value)  # printable: all XML can hold


@lru_cache(maxsize=None)  # the chapter's id, asked for by every work related to it
def item_uri(work_id: str) -> str:
    """Stable, and safe for any id: everything outside URI-unreserved characters is %-escaped."""
    return "#item_" + quote(work_id, safe="")


def note_uri(work_id: str) -> str:
    return "#note_" + quote(work_id, safe="")


def child(parent: Element, name: str, text: str) -> None:
    leaf(parent, name, xml_text(text))


def literal(parent: Element, name: str, value: str) -> None:
    """A literal property, left out when empty (or nothing but characters XML cannot hold)."""
    text = xml_text(value) if value else ""
    if text:
        leaf(parent, name, text)


def resource(parent: Element, name: str, uri: str) -> None:
    leaf(parent, name, None, attribute("rdf:resource", uri))


def node(parent: Element, predicate: str, node_class: str) -> Element:
    """A blank node nested under `predicate`: <predicate><Class>...</Class></predicate>."""
    return element(element(parent, predicate), node_class)


def creators(item: Element, predicate: str, names: tuple[Name, ...]) -> None:
    if not names:
        return
    seq = node(item, predicate, "rdf:Seq")
    for name in names:
        person = node(seq, "rdf:li", "foaf:Person")
        if name.literal:
            child(person, "foaf:surname", name.literal)
            continue
        child(person, "foaf:surname", f"{name.particle} {name.family}".strip())
        # Zotero's convention for suffixes: after a comma in the first name ("Martin Luther, Jr.").
        given = ", ".join(part for part in (name.given, name.suffix) if part)
        literal(person, "foaf:givenName", given)


def publisher(item: Element, work: Work) -> None:
    if not (work.publisher or work.publisher_place):
        return
    organization = node(item, "dc:publisher", "foaf:Organization")
    if work.publisher_place:
        address = node(organization, "vcard:adr", "vcard:Address")
        child(address, "vcard:locality", work.publisher_place)
    literal(organization, "foaf:name", work.publisher)


def series(parent: Element, work: Work) -> None:
    if not (work.collection_title or work.collection_number):
        return
    series_node = node(parent, "dcterms:isPartOf", "bib:Series")
    literal(series_node, "dc:title", work.collection_title)
    literal(series_node, "dc:identifier", work.collection_number)


def host_fields(host: Element, work: Work, has_host: bool) -> None:
    """What Zotero files under the host when there is one, and under the item itself otherwise."""
    series(host, work)
    if has_host:
        literal(host, "dc:title", work.container_title)
        literal(host, "dcterms:alternative", work.container_title_short)
    literal(host, "prism:volume", work.volume)
    literal(host, "prism:number", work.issue)
    if work.isbns:
        child(host, "dc:identifier", "ISBN " + " ".join(work.isbns))
    if work.issn:
        child(host, "dc:identifier", "ISSN " + work.issn)


def extra_lines(work: Work, item_type: str, key: str = "") -> list[str]:
    """Extra: the work's note, the et-al line, then `variable: value` lines, each kept to one line
    so that no value can start a line Zotero would read as another field."""
    variables = list(EXTRA_VARIABLES)
    if item_type not in ABBREVIATION_TYPES:
        variables.append(("container_title_short", "container-title-short"))
    lines = [work.note] if work.note else []
    if work.et_al:
        lines.append(ET_AL_NOTE)
    for work_attribute, variable in variables:
        value = " ".join(getattr(work, work_attribute).split())
        if value:
            lines.append(f"{variable}: {value}")
    if key:
        lines.append(f"Citation Key: {key}")
    return lines + [line for line in (doi_extra_line(work),) if line]


def memo_html(text: str) -> str:
    """The note as Zotero stores notes: an HTML fragment (escaped as lxml's HTML writer would)."""
    return "<p>" + html.escape(xml_text(text), quote=False) + "</p>"


def item_node(root: Element, work: Work, related: list[str], memo: bool, key: str) -> None:
    """`related`: the citation keys of the records it is related to."""
    item_type, item_class, host_class = TYPES.get(kind(work), UNKNOWN_TYPE)
    item = element(root, item_class or "rdf:Description", attribute("rdf:about", item_uri(key)))
    child(item, "z:itemType", item_type)
    if host_class:
        host_fields(node(item, "dcterms:isPartOf", host_class), work, has_host=True)
    publisher(item, work)
    creators(item, "bib:authors", work.authors)
    creators(item, "bib:editors", work.editors)
    if memo:
        resource(item, "dcterms:isReferencedBy", note_uri(key))
    for related_key in related:
        resource(item, "dc:relation", item_uri(related_key))
    literal(item, "dc:title", work.title)
    literal(item, "z:shortTitle", work.title_short)
    if work.issued:
        child(item, "dc:date", work.issued.iso())
    literal(item, "bib:pages", work.page)
    literal(item, "prism:edition", work.edition)
    literal(item, "z:type", work.genre)
    if not host_class:
        host_fields(item, work, has_host=False)
    if work.doi:
        child(item, "dc:identifier", "DOI " + work.doi)
    if work.url:
        uri = node(item, "dc:identifier", "dcterms:URI")
        child(uri, "rdf:value", work.url)
    literal(item, "dcterms:abstract", work.abstract)
    for keyword in work.keywords:  # Zotero imports each dc:subject as a tag
        literal(item, "dc:subject", keyword)
    literal(item, "z:language", work.language)
    literal(item, "dc:rights", work.copyright)
    literal(item, "dc:description", "\n".join(extra_lines(work, item_type, key)))


def relations(document: Document, chosen: list[Work]) -> dict[str, list[str]]:
    """Work id -> ids it is related to: the chapter to every cited work written, and back."""
    ids = [work.id for work in chosen]
    chapter = document.chapter.id
    if chapter not in ids:
        return {}
    cited = [work_id for work_id in ids if work_id != chapter]
    related = {work_id: [chapter] for work_id in cited}
    related[chapter] = cited
    return related


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    chosen = records(document, options)
    notes = citation_notes(document, options)
    related = relations(document, chosen)
    key_of = keys(chosen, options)
    root = root_element("rdf:RDF", NAMESPACES)
    for work in chosen:
        related_keys = [key_of[work_id] for work_id in related.get(work.id, [])]
        item_node(root, work, related_keys, memo=work.id in notes, key=key_of[work.id])
    for work in chosen:
        if work.id in notes:
            memo = element(root, "bib:Memo", attribute("rdf:about", note_uri(key_of[work.id])))
            child(memo, "rdf:value", memo_html(notes[work.id]))
    return to_string(root)
