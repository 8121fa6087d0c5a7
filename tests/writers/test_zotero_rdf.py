"""Zotero RDF writer: RDF/XML in the shape Zotero's export writes, read back by rdflib and lxml."""

import pytest
from hypothesis import given, settings
from lxml import etree
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from writer_fixtures import BUREAU, CHAO, CHAPTER_WORK, CNA, JMJP, KIRBY, LI, SAMPLE, WORKS, documents

from converter.model import Document
from converter.writers import WRITERS, zotero_rdf
from converter.writers.options import WriteOptions
from converter.writers.records import ET_AL_NOTE, keys, records

BASE = "http://example.org/export.rdf"
Z = Namespace("http://www.zotero.org/namespaces/export#")
DC = Namespace("http://purl.org/dc/elements/1.1/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
BIB = Namespace("http://purl.org/net/biblio#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://nwalsh.com/rdf/vCard#")
PRISM = Namespace("http://prismstandard.org/namespaces/1.2/basic/")


def graph(document=SAMPLE, options=WriteOptions()) -> Graph:
    g = Graph()
    g.parse(data=zotero_rdf.write(document, options), format="xml", publicID=BASE)
    return g


def uri(work) -> URIRef:
    """The node of a work of SAMPLE (whose ids are their citation keys)."""
    return URIRef(BASE + zotero_rdf.item_uri(work.id))


def extra(*lines: str, key: str) -> Literal:
    """Extra as written: the given lines, then "Citation Key: …"."""
    return Literal("\n".join([*lines, f"Citation Key: {key}"]))


def one(g: Graph, subject, predicate):
    values = list(g.objects(subject, predicate))
    assert len(values) == 1, (subject, predicate, values)
    return values[0]


def host(g: Graph, work) -> BNode:
    return one(g, uri(work), DCTERMS.isPartOf)


def seq(g: Graph, container) -> list:
    """The members of an rdf:Seq in order (rdf:_1, rdf:_2, ...)."""
    members = []
    while (container, RDF[f"_{len(members) + 1}"], None) in g:
        members.append(one(g, container, RDF[f"_{len(members) + 1}"]))
    return members


def creators(g: Graph, work, predicate) -> list[tuple[str, str | None]]:
    sequence = one(g, uri(work), predicate)
    assert (sequence, RDF.type, RDF.Seq) in g
    people = []
    for person in seq(g, sequence):
        assert (person, RDF.type, FOAF.Person) in g
        given = list(g.objects(person, FOAF.givenName))
        people.append((str(one(g, person, FOAF.surname)), str(given[0]) if given else None))
    return people


def test_registered():
    assert WRITERS["zotero-rdf"] is zotero_rdf
    assert (zotero_rdf.EXTENSION, zotero_rdf.MEDIA_TYPE) == ("rdf", "application/rdf+xml")


def test_xml_declaration_namespaces_and_no_doctype():
    text = zotero_rdf.write(SAMPLE)
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<rdf:RDF")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(text.encode("utf-8"), parser)
    assert root.getroottree().docinfo.doctype == ""
    assert root.nsmap == zotero_rdf.NAMESPACES
    assert zotero_rdf.write(SAMPLE) == text


def test_one_item_per_record_in_record_order():
    g = graph()
    items = set(g.subjects(Z.itemType, None))
    assert items == {uri(work) for work in records(SAMPLE, WriteOptions())}
    text = zotero_rdf.write(SAMPLE)
    positions = [text.index(f'rdf:about="{zotero_rdf.item_uri(w.id)}"') for w in (CHAPTER_WORK, *WORKS)]
    assert positions == sorted(positions)


def test_chapter_is_a_book_section_in_a_separate_blank_book():
    g = graph()
    chapter = uri(CHAPTER_WORK)
    assert (chapter, RDF.type, BIB.BookSection) in g
    assert one(g, chapter, Z.itemType) == Literal("bookSection")
    book = host(g, CHAPTER_WORK)
    assert isinstance(book, BNode)
    assert (book, RDF.type, BIB.Book) in g
    assert (book, Z.itemType, None) not in g  # not an item of its own ...
    assert book not in {uri(w) for w in WORKS}  # ... and not the node of a standalone book
    assert one(g, book, DC.title) == Literal(CHAPTER_WORK.container_title)
    assert one(g, book, DC.identifier) == Literal("ISBN 978-1-4612-5730-1 978-1-4612-5728-8")
    series = one(g, book, DCTERMS.isPartOf)
    assert (series, RDF.type, BIB.Series) in g
    assert one(g, series, DC.title) == Literal(CHAPTER_WORK.collection_title)
    assert one(g, series, DC.identifier) == Literal("4")


def test_chapter_fields():
    g = graph()
    chapter = uri(CHAPTER_WORK)
    assert one(g, chapter, DC.title) == Literal(CHAPTER_WORK.title)
    assert one(g, chapter, Z.shortTitle) == Literal(CHAPTER_WORK.title_short)
    assert one(g, chapter, DC.date) == Literal("1982")
    assert one(g, chapter, BIB.pages) == Literal("27-52")
    assert one(g, chapter, DCTERMS.abstract) == Literal(CHAPTER_WORK.abstract)
    assert one(g, chapter, Z.language) == Literal("en")
    assert one(g, chapter, DC.rights) == Literal(CHAPTER_WORK.copyright)
    # The chapter's DOI is also an Extra line: older Zotero has no DOI field for a book section.
    assert one(g, chapter, DC.description) == Literal(
        f"chapter-number: 3\nCitation Key: {CHAPTER_WORK.id}\nDOI: {CHAPTER_WORK.doi}")
    identifiers = set(g.objects(chapter, DC.identifier))
    assert Literal("DOI 10.1007/978-1-4612-5728-8_3") in identifiers
    (url_node,) = [i for i in identifiers if isinstance(i, BNode)]
    assert (url_node, RDF.type, DCTERMS.URI) in g
    assert one(g, url_node, RDF.value) == Literal(CHAPTER_WORK.url)
    organization = one(g, chapter, DC.publisher)
    assert (organization, RDF.type, FOAF.Organization) in g
    assert one(g, organization, FOAF.name) == Literal("Springer")
    address = one(g, organization, VCARD.adr)
    assert (address, RDF.type, VCARD.Address) in g
    assert one(g, address, VCARD.locality) == Literal("New York, NY")


@pytest.mark.parametrize(
    "work, item_type, item_class, host_class",
    [
        (LI, "book", BIB.Book, None),
        (JMJP, "newspaperArticle", BIB.Article, BIB.Newspaper),
        (CNA, "magazineArticle", BIB.Article, BIB.Periodical),
        (KIRBY, "journalArticle", BIB.Article, BIB.Journal),
    ],
)
def test_types_and_hosts(work, item_type, item_class, host_class):
    g = graph()
    assert one(g, uri(work), Z.itemType) == Literal(item_type)
    assert (uri(work), RDF.type, item_class) in g
    if host_class is None:
        assert (uri(work), DCTERMS.isPartOf, None) not in g
    else:
        assert (host(g, work), RDF.type, host_class) in g
        assert one(g, host(g, work), DC.title) == Literal(work.container_title)


def test_periodical_fields_sit_on_the_host():
    g = graph()
    journal = host(g, KIRBY)
    assert one(g, journal, PRISM.volume) == Literal("30")
    assert one(g, journal, PRISM.number) == Literal("4")
    assert one(g, journal, DCTERMS.alternative) == Literal("Pac. Aff.")
    assert (uri(KIRBY), DC.description, extra("Reprinted 1960.", key=KIRBY.id)) in g
    assert one(g, host(g, CNA), DC.identifier) == Literal("ISSN 0009-4420")
    # Zotero has no abbreviation field for newspapers and magazines: Extra keeps it as a CSL variable.
    assert one(g, uri(JMJP), DC.description) == extra("container-title-short: JMJP", key=JMJP.id)
    assert one(g, uri(JMJP), DC.date) == Literal("1955-12-20")


def test_creators_keep_order_and_corporate_authors_have_no_given_name():
    g = graph()
    assert creators(g, LI, BIB.editors) == [("van Beethoven", "Ludwig"), ("King", "Martin Luther, Jr.")]
    assert creators(g, CHAO, BIB.authors) == [("Chao", "Kuo-chün"), ("Other", "A.")]
    assert creators(g, BUREAU, BIB.authors) == [("State Statistical Bureau", None)]


def test_range_date_and_et_al():
    g = graph()
    assert one(g, uri(CHAO), DC.date) == Literal("1959/1960")
    assert one(g, uri(CHAO), DC.description) == extra(ET_AL_NOTE, key=CHAO.id)


def test_chapter_and_cited_works_are_related_both_ways():
    g = graph()
    chapter = uri(CHAPTER_WORK)
    assert set(g.objects(chapter, DC.relation)) == {uri(w) for w in WORKS}
    for work in WORKS:
        assert set(g.objects(uri(work), DC.relation)) == {chapter}


def test_every_memo_is_a_linked_child_note():
    g = graph()
    memos = set(g.subjects(RDF.type, BIB.Memo))
    assert len(memos) == len(WORKS)
    for memo in memos:
        assert list(g.subjects(DCTERMS.isReferencedBy, memo)), memo
    note = one(g, uri(LI), DCTERMS.isReferencedBy)
    assert one(g, note, RDF.value) == Literal("<p>Cited in Kraus 1982, note 1 (p. 1); note 20 (pp. 81, 86).</p>")
    assert (uri(CHAPTER_WORK), DCTERMS.isReferencedBy, None) not in g


@pytest.mark.parametrize(
    "options, items, relations, memos",
    [
        (WriteOptions(what="chapter"), 1, 0, 0),
        (WriteOptions(what="works"), len(WORKS), 0, len(WORKS)),  # no chapter to relate to
        (WriteOptions(citation_notes=False), 1 + len(WORKS), 2 * len(WORKS), 0),
    ],
)
def test_options(options, items, relations, memos):
    g = graph(SAMPLE, options)
    assert len(set(g.subjects(Z.itemType, None))) == items
    assert len(list(g.triples((None, DC.relation, None)))) == relations
    assert len(set(g.subjects(RDF.type, BIB.Memo))) == memos


def test_control_characters_are_removed_and_markup_is_text():
    work = CHAPTER_WORK.with_(title="a\x00b\x07c\x1f\ufffe d\te\r\nf ]]> </rdf:RDF> <!DOCTYPE x> &amp;")
    text = zotero_rdf.write(Document(chapter=work))
    assert "<!DOCTYPE" not in text.replace("&lt;!DOCTYPE", "")
    g = graph(Document(chapter=work))
    assert one(g, uri(work), DC.title) == Literal("abc d\te\r\nf ]]> </rdf:RDF> <!DOCTYPE x> &amp;")


@settings(deadline=None)
@given(documents())
def test_hostile_text_reads_back_with_the_same_items_and_titles(document):
    text = zotero_rdf.write(document)
    etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    g = graph(document)
    chosen = records(document, WriteOptions())
    key_of = keys(chosen, WriteOptions())
    node = {work.id: URIRef(BASE + zotero_rdf.item_uri(key_of[work.id])) for work in chosen}
    assert set(g.subjects(Z.itemType, None)) == set(node.values())
    titles = {subject: str(title) for subject, title in g.subject_objects(DC.title) if (subject, Z.itemType, None) in g}
    assert titles == {node[work.id]: zotero_rdf.xml_text(work.title) for work in chosen
                      if zotero_rdf.xml_text(work.title)}
    for memo in g.subjects(RDF.type, BIB.Memo):
        assert list(g.subjects(DCTERMS.isReferencedBy, memo))


def test_extra_variables_stay_on_one_line():
    work = JMJP.with_(container_title_short="JMJP\nDOI: 10.666/evil")
    g = graph(Document(chapter=CHAPTER_WORK, works=(work,)))
    assert one(g, uri(work), DC.description) == extra("container-title-short: JMJP DOI: 10.666/evil", key=JMJP.id)
