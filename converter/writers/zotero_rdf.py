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
from converter.writers.xml_stream import XmlLines, attribute, xml_text

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
# ... and for the types without journalAbbreviation (ABBREVIATION_TYPES), also the abbreviation.
EXTRA_VARIABLES_AND_ABBREVIATION = (*EXTRA_VARIABLES, ("container_title_short", "container-title-short"))


@lru_cache(maxsize=None)  # asked for by the item, its note and every work related to it
def uri_id(work_id: str) -> str:
    """Stable, and safe for any id: everything outside URI-unreserved characters is %-escaped."""
    return quote(work_id, safe="")


def item_uri(work_id: str) -> str:
    return "#item_" + uri_id(work_id)


def note_uri(work_id: str) -> str:
    return "#note_" + uri_id(work_id)


def uri_attribute(name: str, uri: str) -> str:
    """Our URIs hold nothing but URI-unreserved characters, "%" and "#": none to escape in XML."""
    return f' {name}="{uri}"'


def resource(xml: XmlLines, name: str, uri: str) -> None:
    xml.empty(name, uri_attribute("rdf:resource", uri))


def creators(xml: XmlLines, predicate: str, names: tuple[Name, ...]) -> None:
    if not names:
        return
    xml.start_nested(predicate, "rdf:Seq")
    for name in names:
        xml.start_nested("rdf:li", "foaf:Person")
        if name.literal:
            xml.leaf("foaf:surname", name.literal)
        else:
            xml.leaf("foaf:surname", f"{name.particle} {name.family}".strip())
            # Zotero's convention for suffixes: after a comma in the first name ("Martin Luther, Jr.").
            xml.field("foaf:givenName", f"{name.given}, {name.suffix}" if name.suffix and name.given
                      else name.given or name.suffix)
        xml.end()
    xml.end()


def publisher(xml: XmlLines, work: Work) -> None:
    if not (work.publisher or work.publisher_place):
        return
    xml.start_nested("dc:publisher", "foaf:Organization")
    if work.publisher_place:
        xml.start_nested("vcard:adr", "vcard:Address")
        xml.leaf("vcard:locality", work.publisher_place)
        xml.end()
    xml.field("foaf:name", work.publisher)
    xml.end()


def series(xml: XmlLines, work: Work) -> None:
    if not (work.collection_title or work.collection_number):
        return
    xml.start_nested("dcterms:isPartOf", "bib:Series")
    xml.field("dc:title", work.collection_title)
    xml.field("dc:identifier", work.collection_number)
    xml.end()


def host_fields(xml: XmlLines, work: Work, has_host: bool) -> None:
    """What Zotero files under the host when there is one, and under the item itself otherwise."""
    series(xml, work)
    if has_host:
        xml.field("dc:title", work.container_title)
        xml.field("dcterms:alternative", work.container_title_short)
    xml.field("prism:volume", work.volume)
    xml.field("prism:number", work.issue)
    if work.isbns:
        xml.leaf("dc:identifier", "ISBN " + " ".join(work.isbns))
    if work.issn:
        xml.leaf("dc:identifier", "ISSN " + work.issn)


def extra_lines(work: Work, item_type: str, key: str = "") -> list[str]:
    """Extra: the work's note, the et-al line, then `variable: value` lines, each kept to one line
    so that no value can start a line Zotero would read as another field."""
    variables = EXTRA_VARIABLES if item_type in ABBREVIATION_TYPES else EXTRA_VARIABLES_AND_ABBREVIATION
    lines = [work.note] if work.note else []
    if work.et_al:
        lines.append(ET_AL_NOTE)
    for work_attribute, variable in variables:
        value = " ".join(getattr(work, work_attribute).split())
        if value:
            lines.append(f"{variable}: {value}")
    if key:
        lines.append(f"Citation Key: {key}")
    doi_line = doi_extra_line(work)
    if doi_line:
        lines.append(doi_line)
    return lines


def memo_html(text: str) -> str:
    """The note as Zotero stores notes: an HTML fragment (escaped as lxml's HTML writer would)."""
    return "<p>" + html.escape(xml_text(text), quote=False) + "</p>"


def item_node(xml: XmlLines, work: Work, related: list[str], memo: bool, key: str) -> None:
    """`related`: the citation keys of the records it is related to."""
    item_type, item_class, host_class = TYPES.get(kind(work), UNKNOWN_TYPE)
    xml.start(item_class or "rdf:Description", uri_attribute("rdf:about", item_uri(key)))
    xml.leaf("z:itemType", item_type)
    if host_class:
        xml.start_nested("dcterms:isPartOf", host_class)
        host_fields(xml, work, has_host=True)
        xml.end()
    publisher(xml, work)
    creators(xml, "bib:authors", work.authors)
    creators(xml, "bib:editors", work.editors)
    if memo:
        resource(xml, "dcterms:isReferencedBy", note_uri(key))
    for related_key in related:
        resource(xml, "dc:relation", item_uri(related_key))
    xml.field("dc:title", work.title)
    xml.field("z:shortTitle", work.title_short)
    if work.issued:
        xml.leaf("dc:date", work.issued.iso())
    xml.field("bib:pages", work.page)
    xml.field("prism:edition", work.edition)
    xml.field("z:type", work.genre)
    if not host_class:
        host_fields(xml, work, has_host=False)
    if work.doi:
        xml.leaf("dc:identifier", "DOI " + work.doi)
    if work.url:
        xml.start_nested("dc:identifier", "dcterms:URI")
        xml.leaf("rdf:value", work.url)
        xml.end()
    xml.field("dcterms:abstract", work.abstract)
    for keyword in work.keywords:  # Zotero imports each dc:subject as a tag
        xml.field("dc:subject", keyword)
    xml.field("z:language", work.language)
    xml.field("dc:rights", work.copyright)
    xml.field("dc:description", "\n".join(extra_lines(work, item_type, key)))
    xml.end()


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
    xml = XmlLines()  # each record is written as it is made
    xml.start("rdf:RDF", "".join(attribute(f"xmlns:{prefix}", uri) for prefix, uri in NAMESPACES.items()))
    for work in chosen:
        related_keys = [key_of[work_id] for work_id in related.get(work.id, [])]
        item_node(xml, work, related_keys, memo=work.id in notes, key=key_of[work.id])
    for work in chosen:
        if work.id in notes:
            xml.start("bib:Memo", uri_attribute("rdf:about", note_uri(key_of[work.id])))
            xml.leaf("rdf:value", memo_html(notes[work.id]))
            xml.end()
    return xml.document()
