"""Documents for the CSL-JSON and Zotero RDF writer tests.

SAMPLE is hand-built from the model (not parsed, so that a parser bug cannot hide behind a writer
test): Kraus's chapter and works of every type its notes cite. `documents()` is a hypothesis
strategy with hostile strings in every field.
"""

from hypothesis import strategies as st

from converter.model import (
    BOOK,
    CHAPTER,
    DOCUMENT,
    ENTRY,
    JOURNAL_ARTICLE,
    MAGAZINE_ARTICLE,
    NEWSPAPER_ARTICLE,
    PAPER_CONFERENCE,
    WORK_TYPES,
    Citation,
    Date,
    Document,
    Locator,
    Name,
    Note,
    Work,
)

CHAPTER_WORK = Work(
    id="kraus1982",
    type=CHAPTER,
    title="Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957",
    title_short="Adoption of the Soviet Developmental Model",
    authors=(Name(family="Kraus", given="Willy"),),
    issued=Date((1982,)),
    container_title="Economic Development and Social Change in the People’s Republic of China",
    collection_title="Springer Series on Soviet and East European Studies",
    collection_number="4",
    chapter_number="3",
    page="27-52",
    publisher="Springer",
    publisher_place="New York, NY",
    doi="10.1007/978-1-4612-5728-8_3",
    isbns=("978-1-4612-5730-1", "978-1-4612-5728-8"),
    url="https://doi.org/10.1007/978-1-4612-5728-8_3",
    abstract="On December 24, 1952, the Chinese prime minister announced the first 5-year plan.",
    language="en",
    copyright="© 1982 Springer-Verlag New York Inc.",
)

LI = Work(
    id="li1956",
    type=BOOK,
    title="Report on the First Five-Year Plan for Development of the National Economy",
    authors=(Name(family="Li", given="Fu-chun", family_first=True),),
    editors=(Name(family="Beethoven", given="Ludwig", particle="van"), Name(family="King", given="Martin Luther", suffix="Jr.")),
    issued=Date((1956,)),
    volume="2",
    edition="2",
    publisher="Foreign Languages Press",
    publisher_place="Peking",
    short_forms=("Li Fu-dshun 1956",),
)
BUREAU = Work(
    id="statisticalbureau1960",
    type=BOOK,
    title="Ten Great Years",
    authors=(Name(literal="State Statistical Bureau"),),
    issued=Date((1960,)),
)
CHAO = Work(
    id="chao1959",
    type=BOOK,
    title="Economic Planning and Organization in Mainland China",
    authors=(Name(family="Chao", given="Kuo-chün"), Name(family="Other", given="A.")),
    et_al=True,
    issued=Date((1959,), (1960,)),
    publisher="Harvard University Press",
)
JMJP = Work(
    id="jmjp1955",
    type=NEWSPAPER_ARTICLE,
    container_title="Jen-min Jih-pao",
    container_title_short="JMJP",
    issued=Date((1955, 12, 20)),
    language="zh",
)
CNA = Work(
    id="cna1953",
    type=MAGAZINE_ARTICLE,
    container_title="China News Analysis",
    container_title_short="CNA",
    issue="3",
    issued=Date((1953, 9, 22)),
    issn="0009-4420",
)
KIRBY = Work(
    id="kirby1957",
    type=JOURNAL_ARTICLE,
    title="Planning in Communist China",
    authors=(Name(family="Kirby", given="E. Stuart"),),
    container_title="Pacific Affairs",
    container_title_short="Pac. Aff.",
    volume="30",
    issue="4",
    page="735-810",
    issued=Date((1957, 12)),
    note="Reprinted 1960.",
)
PAPER = Work(
    id="hooton1956",
    type=PAPER_CONFERENCE,
    title="On Planning",
    authors=(Name(family="Hooton", given="B."),),
    container_title="Proceedings of the Conference on Asia",
    issued=Date((1956,)),
)
BSE = Work(
    id="bse",
    type=ENTRY,
    title="Bol’šaja Sovetskaja Enciklopedija",
    volume="XXI",
)
UNKNOWN = Work(id="communistchina1955", type=DOCUMENT, title="Communist China 1955–1959")

WORKS = (LI, BUREAU, CHAO, JMJP, CNA, KIRBY, PAPER, BSE, UNKNOWN)


def _cite(work: Work, number: int, printed: str) -> Note:
    citation = Citation(work_id=work.id, text=f"{work.id}, {printed}", locator=Locator(printed=printed, value=printed))
    return Note(number=number, text=citation.text, citations=(citation,))


SAMPLE = Document(
    chapter=CHAPTER_WORK,
    works=WORKS,
    notes=tuple(_cite(work, number, f"p. {number}") for number, work in enumerate(WORKS, start=1))
    + (_cite(LI, 20, "pp. 81, 86"),),
)


# Fragments that break naive writers: BibTeX/LaTeX specials, quotes, markup that could close or
# open XML constructs, entities, emoji, right-to-left text and overrides, and control characters.
HOSTILE = (
    "{", "}", "%", "&", "#", "\\", "$", "_", "~", "^", '"', "'", "@", "\n", "\r\n", "\t", "<", ">",
    "]]>", "</rdf:RDF>", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "&e;", "&amp;",
    "😀", "👩‍👩‍👧", "שלום", "مرحبا", "\u202e", "\u200f", "\x00", "\x07", "\x1b", "\x1f", "\x7f",
    "\ufffe", "\uffff", " ", "a", "Ä",
)
hostile_text = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=4), max_size=5).map("".join)

names = st.builds(
    Name, family=hostile_text, given=hostile_text, particle=hostile_text, suffix=hostile_text,
    literal=st.just("") | hostile_text, family_first=st.booleans(),
)
dates = st.builds(
    Date,
    parts=st.tuples(st.integers(1, 9999)) | st.tuples(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)),
    end=st.just(()) | st.tuples(st.integers(1, 9999)),
)


@st.composite
def works(draw, work_id: str, types=WORK_TYPES) -> Work:
    text = {field: draw(hostile_text) for field in (
        "title", "title_short", "container_title", "container_title_short", "collection_title",
        "collection_number", "volume", "issue", "page", "chapter_number", "edition", "publisher",
        "publisher_place", "doi", "issn", "url", "abstract", "language", "copyright", "note",
    )}
    return Work(
        id=work_id,
        type=draw(st.sampled_from(types)),
        authors=tuple(draw(st.lists(names, max_size=3))),
        editors=tuple(draw(st.lists(names, max_size=2))),
        et_al=draw(st.booleans()),
        issued=draw(st.none() | dates),
        isbns=tuple(draw(st.lists(hostile_text, max_size=2))),
        short_forms=tuple(draw(st.lists(hostile_text, max_size=2))),
        **text,
    )


@st.composite
def documents(draw) -> Document:
    """A chapter and up to four cited works; ids are unique ("<n>-" prefixes) but otherwise hostile."""
    chapter = draw(works(f"0-{draw(hostile_text)}", types=(CHAPTER,)))
    cited = [draw(works(f"{n}-{draw(hostile_text)}")) for n in range(1, draw(st.integers(0, 4)) + 1)]
    notes = []
    for number, work in enumerate(cited, start=1):
        printed = draw(hostile_text)
        citation = Citation(work_id=work.id, text=draw(hostile_text), locator=Locator(printed=printed, value=printed))
        notes.append(Note(number=number, text=citation.text, citations=(citation,)))
    return Document(chapter=chapter, works=tuple(cited), notes=tuple(notes))
