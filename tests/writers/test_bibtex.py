"""BibTeX and biblatex writers: tables, escaping, names, dates, and round trips through bibtexparser.

Values are compared after bibtexparser's own LaTeX decoding (pylatexenc), with names split
before decoding, as FORMATS.md asks. url/doi are compared raw (its decoding mangles `&`).
"""

import re
import unicodedata

import bibtexparser
import pytest
from bibtexparser import middlewares
from case_files import CASES, read_case
from hypothesis import given, settings
from pylatexenc.latex2text import LatexNodes2Text
from writer_fixtures import documents

from converter.model import WORK_TYPES, Citation, Date, Document, Name, Note, Work
from converter.writers import WRITERS, biblatex, bibtex, tex_escape
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT, citation_notes, kind, one_line, records

WRITER = {"bibtex": bibtex, "biblatex": biblatex}
DIALECTS = {"bibtex": bibtex.BIBTEX, "biblatex": biblatex.DIALECT}
DECODER = LatexNodes2Text()
# TeX ligatures: the writer leaves them alone, so a TeX-aware reader turns them into the character.
LIGATURES = re.compile(r"---|--|``|''|!`|\?`")
LIGATURE_CHARS = {"---": "—", "--": "–", "``": "“", "''": "”", "!`": "¡", "?`": "¿"}


def parse(text: str) -> bibtexparser.Library:
    library = bibtexparser.parse_string(
        text, append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()]
    )
    assert not library.failed_blocks, [block.raw for block in library.failed_blocks]
    return library


def decode(value: str) -> str:
    """What a LaTeX-aware reader sees; pylatexenc spells \\textasciicircum as U+02C6."""
    return DECODER.latex_to_text(value).replace("\u02c6", "^")


def expected_text(value: str, ascii: bool = False) -> str:
    """The model value as a LaTeX-aware reader gets it back. With `ascii`, ‘ and ’ are written as
    TeX's ` and ', which bibtexparser leaves alone (pandoc and bibutils make them quotes again)."""
    if ascii:
        value = unicodedata.normalize("NFC", value).replace("‘", "`").replace("’", "'")
    return LIGATURES.sub(lambda m: LIGATURE_CHARS[m[0]], one_line(value))


def decoded_name(parts) -> tuple[str, ...]:
    """(whole name,) for a name of one part (an institution, "Mao"), else (von + last, first, jr)."""
    if not (parts.first or parts.jr):
        return (decode(" ".join(parts.von + parts.last)),)
    return tuple(decode(" ".join(words)) for words in (parts.von + parts.last, parts.first, parts.jr))


def expected_name(name: Name, ascii: bool) -> tuple[str, ...] | None:
    family = one_line(f"{name.particle} {name.family}")
    if name.literal or not family or not (one_line(name.given) or one_line(name.suffix)):
        whole = one_line(name.literal) if name.literal else family or one_line(name.given)
        return (expected_text(whole, ascii),) if whole else None
    return tuple(expected_text(p, ascii) for p in (family, name.given, name.suffix))


def expected_names(names: tuple[Name, ...], ascii: bool, et_al: bool = False) -> list[tuple[str, ...]]:
    written = [n for n in (expected_name(name, ascii) for name in names) if n]
    return written + [("others",)] if written and et_al else written


def check_round_trip(document: Document, format_name: str, options: WriteOptions = WriteOptions()):
    dialect = DIALECTS[format_name]
    works = records(document, options)
    library = parse(WRITER[format_name].write(document, options))
    keys = bibtex.cite_keys(works)
    assert [entry.key for entry in library.entries] == [keys[work.id] for work in works]
    for work, entry in zip(works, library.entries):
        fields = entry.fields_dict
        assert entry.entry_type == dialect.entry_types[kind(work)]
        if one_line(work.title):
            assert decode(fields["title"].value) == expected_text(work.title, options.ascii)
        else:
            assert "title" not in fields
        for field, names, et_al in (("author", work.authors, work.et_al), ("editor", work.editors, False)):
            expected = expected_names(names, options.ascii, et_al)
            actual = [decoded_name(parts) for parts in fields[field].value] if field in fields else []
            assert actual == expected, field
        if work.issued and dialect.iso_dates:
            assert fields["date"].value == work.issued.iso()
        elif work.issued:
            assert fields["year"].value == work.issued.year_text("/")
        if one_line(work.url):
            assert fields["url"].value == bibtex.verbatim(work.url)
    return library


@pytest.mark.parametrize("format_name", WRITER)
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cases_round_trip_through_bibtexparser(case, format_name):
    check_round_trip(read_case(case), format_name)


@settings(max_examples=100, deadline=None)
@given(documents())
def test_hostile_documents_round_trip_bibtex(document):
    check_round_trip(document, "bibtex")


@settings(max_examples=50, deadline=None)
@given(documents())
def test_hostile_documents_round_trip_biblatex(document):
    check_round_trip(document, "biblatex", WriteOptions(citation_notes=False))


@pytest.mark.parametrize("value", ["-–", "–-", "—-", "-—", "a–b", "1953–1957", "x -– y"])
def test_an_ascii_dash_joins_no_hyphen_beside_it(value):
    # Found by the property test below: "-–" written "---" came back as an em dash.
    assert decode(bibtex.escape(value, ascii=True)) == value


@settings(max_examples=50, deadline=None)
@given(documents())
def test_hostile_documents_round_trip_ascii(document):
    check_round_trip(document, "bibtex", WriteOptions(ascii=True))


INJECTIONS = ["}", "{", "}\n@comment{", "\\input{/etc/passwd}", "}, title = {x", "\n@misc{evil,\n", "a and b", "x, y"]
TEXT_FIELDS = [f for f in Work.__dataclass_fields__ if isinstance(getattr(Work(id="x"), f), str) and f not in ("id", "type")]


@pytest.mark.parametrize("injection", INJECTIONS)
@pytest.mark.parametrize("format_name", WRITER)
def test_no_field_value_escapes_its_field(injection, format_name):
    """Every text field and every name part carries the injection; the file still holds one entry
    with exactly the fields the writer chose, and the title and names come back as written."""
    person = Name(family=f"F{injection}", given=f"G{injection}", particle=f"von{injection}", suffix=f"Jr{injection}")
    work = Work(
        id="w", authors=(person, Name(literal=f"Inst{injection}")), editors=(person,), issued=Date((1950, 2, 3)),
        **{field: f"v {injection} w" for field in TEXT_FIELDS},
    )
    document = Document(chapter=work)
    library = check_round_trip(document, format_name)
    dialect = DIALECTS[format_name]
    written = [dialect.field_names.get(name, name) for name, _ in bibtex.fields(work, "", dialect, WriteOptions())]
    assert [f.key for f in library.entries[0].fields] == [name for name in written if name]
    assert len(library.blocks) == 1


# --- tables and small functions ---------------------------------------------------------------


def test_registered():
    assert WRITERS["bibtex"] is bibtex and WRITERS["biblatex"] is biblatex
    assert bibtex.EXTENSION == "bib" and biblatex.EXTENSION == "biblatex.bib"


@pytest.mark.parametrize("dialect", DIALECTS.values(), ids=DIALECTS)
def test_every_model_type_has_an_entry_type_zotero_imports(dialect):
    # translators/BibTeX.js bibtex2zoteroTypeMap; an entry type it lacks is "discarded".
    zotero_imports = {"book", "inbook", "incollection", "article", "inproceedings", "misc", "inreference",
                      "phdthesis", "thesis", "techreport", "report", "unpublished"}
    assert set(dialect.entry_types) == set(WORK_TYPES) | {PREPRINT}
    assert set(dialect.entry_types.values()) <= zotero_imports


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("50% & #1 $5 a_b", r"50\% \& \#1 \$5 a\_b"),
        ("a\\b ~ ^", r"a{\textbackslash}b {\textasciitilde} {\textasciicircum}"),
        ("{GDP}", r"\{GDP\}"),
        ("a } b", r"a \vphantom{\{}\} b"),
        ("a { b", r"a \{\vphantom{\}} b"),
        ("}{", r"\vphantom{\{}\}\{\vphantom{\}}"),
        ("line\nnext\r\n\tend ", "line next end"),
        ("Großmann “q” 中文", "Großmann “q” 中文"),
    ],
)
def test_escape(text, escaped):
    assert bibtex.escape(text) == escaped


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("Großmann", r"Gro{\ss}mann"),
        ("Trivière", r"Trivi{\`e}re"),
        ("Bol’šaja", r"Bol'{\v{s}}aja"),
        ("Ångström", r"{\r{A}}ngstr{\"o}m"),
        ("Nguyễn", r"Nguy{\~{\^e}}n"),
        ("1953–1957 — “a”", "1953--1957 --- ``a''"),
        ("毛泽东 😀", "毛泽东 😀"),  # no LaTeX spelling: kept as UTF-8, not lost
    ],
)
def test_escape_ascii(text, escaped):
    assert bibtex.escape(text, ascii=True) == escaped
    assert decode(escaped) == expected_text(text, ascii=True)


def test_every_latex_spelling_decodes_to_its_character():
    letters = {char: text for char, text in tex_escape.LETTERS.items() if char not in "‘’"}
    accented = {c: tex_escape.latex_char(c) for c in map(chr, range(0xC0, 0x250)) if tex_escape.latex_char(c) != c}
    assert len(accented) > 200  # Latin-1 Supplement and Latin Extended-A/B
    for char, text in {**letters, **accented}.items():
        assert decode(text) == char, (char, text)


def test_ascii_option_reaches_every_field():
    work = Work(id="w", title="Über", authors=(Name(family="Großmann", given="Léon"),), publisher="Šolta")
    text = bibtex.write(Document(chapter=work), WriteOptions(ascii=True))
    assert text.isascii()
    assert r"{{\"U}ber}" in text and r"Gro{\ss}mann, L{\'e}on" in text and r"{\v{S}}olta" in text


@pytest.mark.parametrize(
    "title, protected",
    [
        ("Mainland China", "{Mainland} {China}"),
        ("Model. The Period, 1953–1957", "{Model}. {The} {Period}, 1953–1957"),
        ("(Mainland) of the People’s", "({Mainland}) of the {People’s}"),
        ("a {GDP} b", r"a \{{GDP}\} b"),
        ("iPhone", "{iPhone}"),
    ],
)
def test_capitalized_words_are_protected(title, protected):
    assert bibtex.protect_case(title, ascii=False) == protected


@pytest.mark.parametrize(
    "name, written",
    [
        (Name(family="Kraus", given="Willy"), "Kraus, Willy"),
        (Name(literal="State Statistical Bureau"), "{State Statistical Bureau}"),
        (Name(family="Beethoven", given="Ludwig", particle="van"), "van Beethoven, Ludwig"),
        (Name(family="King", given="Martin Luther", suffix="Jr."), "King, Jr., Martin Luther"),
        (Name(family="Mao", given="Tse-tung", family_first=True), "Mao, Tse-tung"),
        (Name(family="Mao"), "Mao"),
        (Name(family="Lloyd George"), "{Lloyd George}"),
        (Name(family="Smith, Jones", given="A"), "{Smith, Jones}, A"),
        (Name(family="Marks and Spencer", given="A"), "{Marks and Spencer}, A"),
        (Name(family="others"), "{others}"),
        (Name(given="Aristotle"), "{Aristotle}"),
        (Name(), ""),
    ],
)
def test_names(name, written):
    assert bibtex.bibtex_name(name, ascii=False) == written


def test_et_al_is_and_others():
    assert bibtex.name_list((Name(family="Rostow", given="W. W."),), False, et_al=True) == "Rostow, W. W. and others"
    assert bibtex.name_list((), False, et_al=True) == ""


@pytest.mark.parametrize(
    "date, bibtex_fields, biblatex_fields",
    [
        (Date((1956,)), [("year", "1956")], [("date", "1956")]),
        (Date((1957, 12)), [("year", "1957"), ("month", "dec")], [("date", "1957-12")]),
        # Classic BibTeX has no field for a day (biblatex's `date` is not written there).
        (Date((1953, 9, 22)), [("year", "1953"), ("month", "sep")], [("date", "1953-09-22")]),
        (Date((1959,), (1960,)), [("year", "1959/1960")], [("date", "1959/1960")]),
    ],
)
def test_dates(date, bibtex_fields, biblatex_fields):
    assert bibtex.date_fields(date, bibtex.BIBTEX) == bibtex_fields
    assert bibtex.date_fields(date, biblatex.DIALECT) == biblatex_fields


def test_month_is_an_unbraced_macro():
    text = bibtex.write(Document(chapter=Work(id="w", issued=Date((1953, 9, 22)), language="zh")))
    assert "  month = sep,\n" in text


@pytest.mark.parametrize("page, written", [("27-52", "27--52"), ("173–177", "173--177"), ("738f.", "738f."), ("xi - xv", "xi--xv")])
def test_pages(page, written):
    assert bibtex.pages(page) == written


def test_url_and_doi_are_verbatim():
    work = Work(id="w", url="https://x.org/a?b=1&c=2_3%20#f", doi="10.1002/(SICI)1097_x")
    text = bibtex.write(Document(chapter=work))
    assert "url = {https://x.org/a?b=1&c=2_3%20#f}" in text
    assert "doi = {10.1002/(SICI)1097_x}" in text
    assert bibtex.verbatim("http://x.org/{a} b\\") == "http://x.org/%7Ba%7D%20b%5C"


def test_cite_keys_are_work_ids_made_safe():
    works = [Work(id="kraus1982"), Work(id="trivière 1958"), Work(id="a{b}"), Work(id="a,b"), Work(id="A-B"), Work(id="")]
    assert list(bibtex.cite_keys(works).values()) == ["kraus1982", "triviere-1958", "a-b", "a-b-2", "A-B-3", "work"]


def test_citation_notes_go_to_annote_unless_printed():
    """`annote`: a child note in Zotero, biblatex's unprinted `annotation` in biber; printed on request."""
    document = read_case("sampler")
    work = document.works[0]
    note = citation_notes(document, WriteOptions())[work.id]
    for writer in (bibtex, biblatex):
        assert f"annote = {{{bibtex.escape(note)}}}" in writer.write(document)
    printed = WriteOptions(print_citation_notes=True)
    assert f"note = {{{bibtex.escape(note)}}}" in bibtex.write(document, printed)
    assert f"addendum = {{{bibtex.escape(note)}}}" in biblatex.write(document, printed)
    assert "annote" not in bibtex.write(document, printed) + biblatex.write(document, printed)
    assert "Cited in" not in bibtex.write(document, WriteOptions(citation_notes=False))


def test_own_note_and_printed_citation_note_are_two_sentences():
    work = Work(id="w", note="Reprinted 1960")
    chapter = Work(id="c", authors=(Name(family="Kraus"),), issued=Date((1982,)))
    document = Document(chapter=chapter, works=(work,), notes=(Note(1, "x", (Citation("w", "x"),)),))
    assert "note = {Reprinted 1960. Cited in Kraus 1982, note 1.}" in bibtex.write(
        document, WriteOptions(print_citation_notes=True))
    assert "note = {Reprinted 1960.},\n  annote = {Cited in Kraus 1982, note 1.}" in bibtex.write(document)


def test_one_isbn_per_field_and_no_biblatex_fields_in_bibtex():
    work = Work(id="w", isbns=("978-0-19-211605-6", "978-1-4612-5728-8"), language="de", issued=Date((1953, 9, 22)),
                type="article-newspaper", container_title="JMJP", copyright="© 1982 Springer")
    text = bibtex.write(Document(chapter=work))
    assert "isbn = {978-0-19-211605-6}," in text and "978-1-4612" not in text
    assert "language = {de}" in text
    assert not re.search(r"^  (date|langid|entrysubtype) =", text, re.MULTILINE)
    latex = biblatex.write(Document(chapter=work))
    assert "langid = {ngerman}" in latex and "entrysubtype = {newspaper}" in latex
    assert "copyright" not in latex and "language" not in latex  # not in biber's data model / printed


@pytest.mark.parametrize("printed, written", [("VI", "6"), ("XVII", "17"), ("iv", "4"), ("12", "12"), ("2a", "2a")])
def test_biblatex_volumes_are_integers(printed, written):
    assert f"volume = {{{written}}}" in biblatex.write(Document(chapter=Work(id="w", volume=printed)))
    assert f"volume = {{{printed}}}" in bibtex.write(Document(chapter=Work(id="w", volume=printed)))


def test_conference_papers_give_zotero_a_place_and_a_series_volume():
    paper = Work(id="p", type="paper-conference", title="T", container_title="DCN 2019", collection_title="LNCS",
                 collection_number="11028", publisher_place="Cham")
    for writer in (bibtex, biblatex):
        text = writer.write(Document(chapter=paper))
        assert "address = {Cham}" in text and "location" not in text
        assert "volume = {11028}" in text and "number" not in text


def test_an_arxiv_preprint_is_unpublished_with_its_eprint():
    work = Work(id="c2020", type="document", title="PigPaxos", url="https://arxiv.org/abs/2003.07760")
    for writer in (bibtex, biblatex):
        text = writer.write(Document(chapter=work))
        assert text.startswith("@unpublished{c2020,")
        assert "eprint = {2003.07760},\n  eprinttype = {arxiv}" in text


@pytest.mark.parametrize("what", ["all", "chapter", "works"])
def test_records_and_order_follow_records(what):
    document = read_case("sampler")
    options = WriteOptions(what=what)
    library = parse(bibtex.write(document, options))
    assert [e.key for e in library.entries] == [w.id for w in records(document, options)]


def test_deterministic():
    document = read_case("sampler")
    assert bibtex.write(document) == bibtex.write(document)
    assert bibtex.write(Document(chapter=Work(id="x")), WriteOptions(what="works")) == ""
