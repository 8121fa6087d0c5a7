"""BibTeX (`--format bibtex`); biblatex.py writes the biblatex dialect through the same code.

One entry per record, in records() order, keyed by the work id (cite_keys()). What the writer
decides, so that BibTeX, Zotero, pandoc, biber and bibutils all read the same values:

- Escaping: `% & # _ $` get a backslash; `\\ ~ ^` become `{\\textbackslash}`, `{\\textasciitilde}`,
  `{\\textasciicircum}`. A brace with a partner in the same value is `\\{`/`\\}`; a brace without one
  is Zotero's `\\{\\vphantom{\\}}` / `\\vphantom{\\{}\\}`, balanced both for readers that count escaped
  braces (BibTeX) and for those that skip them (Zotero, bibtexparser). So no value can close its
  field, open an entry or run a command. `\\textbackslash` is the one LaTeX spelling of a backslash;
  LaTeX, pandoc and bibtexparser read it, Zotero and bibutils show it as written.
- Whitespace, newlines included, collapses to one space and control characters are dropped
  (`ris.one_line`): every field is one line.
- Unicode stays UTF-8. With `options.ascii`, letters with accents become LaTeX accents (ä ->
  `{\\"a}`, š -> `{\\v{s}}`) and the letters/punctuation in LETTERS get their LaTeX names; a
  character with no LaTeX spelling here (CJK, Cyrillic, emoji) is kept as UTF-8 rather than lost.
- TeX ligatures are not broken: `--` and ``` `` ``` in a title read as a dash and a quote, as typed.
- Titles, short titles, book titles and series: each word holding a capital is braced
  (`{Mainland} {China}`), so sentence-casing styles and pandoc keep proper nouns; `langid` tells
  biber and pandoc the language.
- Names: "von Last, Jr, First"; an institution is one braced name; a part holding a comma or the
  word "and" is braced; `Work.et_al` adds "and others" (biber's et al.; Zotero and pandoc read it
  as an author named "others"). East Asian names are "Family, Given" like any other.
- url and doi are verbatim; the only characters that could break them (`{ } \\` and spaces) are
  percent-encoded (VERBATIM_ESCAPES).
- Cite keys: records.keys() (citekeys/): the record id or the --key-format key, the user's own key
  for a work resolved from --bibliography; folded to ASCII letters, digits and `_:.-`.
- Citation notes go to `annote`: Zotero imports it as a child note (translators/BibTeX.js,
  processField: `field == "comment" || field == "annote" || ...` -> item.notes), biber maps it to
  biblatex's `annotation`, and no standard style prints either. `options.print_citation_notes` puts
  them where styles print them: BibTeX `note`, biblatex `addendum`. The work's own note stays `note`.
- One ISBN: `isbn` holds one (biber flags two as invalid); the first, the print ISBN, is written.
- A conference paper's series number is its `volume` (`series = {LNCS}, volume = {6490}`, as DBLP
  writes it and standard styles print "volume 6490 of LNCS"): Zotero reads `number` of an
  @inproceedings as an issue (BibTeX.js: `field == "number"` -> item.issue for other types).
- Classic BibTeX gets only fields BibTeX styles and Zotero know: no `date`, `langid` or
  `entrysubtype` (biblatex's); `language` says the language. A day of the month has no BibTeX field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from converter.csl import KEYWORD_SEPARATOR
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
    Date,
    Document,
    Name,
    Work,
)
from converter.writers.options import WriteOptions
from converter.writers.records import PREPRINT, arxiv_id, citation_notes, keys, kind, one_line, records
from converter.writers.tex_escape import escape, escaped_chars, prepared

EXTENSION = "bib"
MEDIA_TYPE = "application/x-bibtex"

# Model type -> BibTeX entry type (Zotero: incollection -> bookSection, misc -> document; an entry
# type it does not know is dropped). An encyclopedia entry has no classic BibTeX type: incollection
# (biblatex has @inreference).
ENTRY_TYPES: dict[str, str] = {
    CHAPTER: "incollection",
    BOOK: "book",
    NEWSPAPER_ARTICLE: "article",
    MAGAZINE_ARTICLE: "article",
    JOURNAL_ARTICLE: "article",
    PAPER_CONFERENCE: "inproceedings",
    ENTRY: "incollection",
    THESIS: "phdthesis",
    REPORT: "techreport",
    DOCUMENT: "misc",
    # Zotero: manuscript (BibTeX.js bibtex2zoteroTypeMap `"unpublished":"manuscript"`; `misc` would be a
    # book there); the arXiv id goes to eprint/eprinttype, which Zotero keeps as "arXiv: …" in Extra.
    PREPRINT: "unpublished",
}
TYPES = ENTRY_TYPES  # the name every writer gives its type table
# biblatex's way to say what kind of periodical; pandoc reads it in both dialects, others skip it.
ENTRY_SUBTYPES = {NEWSPAPER_ARTICLE: "newspaper", MAGAZINE_ARTICLE: "magazine"}
PERIODICALS = {NEWSPAPER_ARTICLE, MAGAZINE_ARTICLE, JOURNAL_ARTICLE}
# Who publishes a thesis or a report (Zotero reads school and institution as its publisher).
PUBLISHER_FIELDS = {THESIS: "school", REPORT: "institution"}

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# BCP 47 language (or its primary subtag) -> babel/biblatex language name for `langid`.
LANGIDS = {
    "en": "english", "en-US": "american", "en-GB": "british", "de": "ngerman", "fr": "french",
    "es": "spanish", "it": "italian", "pt": "portuguese", "nl": "dutch", "ru": "russian",
    "pl": "polish", "cs": "czech", "sv": "swedish", "da": "danish", "la": "latin", "ja": "japanese",
}

CASE_PROTECTED = {"title", "shorttitle", "booktitle", "series"}
RAW_FIELDS = {"month"}  # month macros: `month = sep`, unbraced
VERBATIM_FIELDS = {"url", "doi"}
VERBATIM_ESCAPES = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20"}

@dataclass(frozen=True)
class Dialect:
    """What differs between BibTeX and biblatex output; the rest of the writer is shared."""

    entry_types: dict[str, str]
    field_names: dict[str, str | None]  # BibTeX field -> this dialect's name (None: not written)
    iso_dates: bool  # biblatex `date = {1959/1960}`; BibTeX `year`/`month`
    printed_note_field: str  # where --print-citation-notes puts "Cited in ...": BibTeX `note`, biblatex `addendum`
    volume_text: Callable[[str], str] = str  # biblatex's `volume` is an integer: roman numerals become arabic
    # Entry type -> fields its data model does not have (biber warns and drops them).
    fields_left_out: dict[str, frozenset[str]] = dataclass_field(default_factory=dict)


BIBTEX = Dialect(
    entry_types=ENTRY_TYPES,
    field_names={"shortjournal": None, "langid": None, "entrysubtype": None},
    iso_dates=False,
    printed_note_field="note",
)


WORD = re.compile(r"\W*(.*?)\W*$")  # group 1: a word without the punctuation around it


def protect_case(text: str, ascii: bool) -> str:
    """Brace every word that holds a capital letter, its punctuation outside (`{Model}.`), so that
    no style or reader lowercases it. Braces are paired over the whole value, not word by word."""
    text = prepared(text, ascii)
    chars = escaped_chars(text, ascii)
    if len(chars) == len(text) and "".join(chars) == text:
        return " ".join(braced_word(word) for word in text.split(" "))  # one-line text, nothing escaped
    words = []
    for match in re.finditer(r"\S+", text):
        start, end = match.span()
        core_start, core_end = (start + i for i in WORD.match(match[0]).span(1))
        core = "".join(chars[core_start:core_end])
        if any(c.isupper() for c in text[core_start:core_end]):
            core = "{" + core + "}"
        words.append("".join(chars[start:core_start]) + core + "".join(chars[core_end:end]))
    return " ".join(words)


def braced_word(word: str) -> str:
    """A word of a value with nothing to escape, braced as protect_case braces it."""
    if word.islower() or not any(c.isupper() for c in word):
        return word
    core_start, core_end = WORD.match(word).span(1)
    return word[:core_start] + "{" + word[core_start:core_end] + "}" + word[core_end:]


def verbatim(text: str) -> str:
    """url and doi as written, but for the few characters that could break the field."""
    return "".join(VERBATIM_ESCAPES.get(char, char) for char in one_line(text))


AND = re.compile(r"\sand\s", re.IGNORECASE)


def name_part(text: str, ascii: bool) -> str:
    """One part of a person's name, braced when it would otherwise split the name list or the name."""
    if not text:
        return ""
    text = prepared(text, ascii)
    escaped = "".join(escaped_chars(text, ascii, name=True))
    if "," in text or AND.search(f" {text} ") or text.lower() == "others":
        return "{" + escaped + "}"
    return escaped


def bibtex_name(name: Name, ascii: bool) -> str:
    """"von Last, Jr, First"; an institution (or a person known by one name) as one braced name."""
    family, given, suffix = (name_part(p, ascii) for p in (name.family, name.given, name.suffix))
    last = " ".join(p for p in (name_part(name.particle, ascii), family) if p)
    if name.literal or not last:
        whole = one_line(name.literal or name.given)
        return "{" + escape(whole, ascii) + "}" if whole else ""
    if suffix:
        return f"{last}, {suffix}, {given or '{}'}"  # an empty First must still be there
    if given:
        return f"{last}, {given}"
    return "{" + last + "}" if " " in last else last


def name_list(names: tuple[Name, ...], ascii: bool, et_al: bool = False) -> str:
    written = [n for n in (bibtex_name(name, ascii) for name in names) if n]
    if written and et_al:
        written.append("others")
    return " and ".join(written)


def pages(page: str) -> str:
    """BibTeX's range dash: "27-52" and "27–52" -> "27--52"."""
    return re.sub(r"\s*[-\u2010-\u2015]+\s*", "--", page)


def date_fields(date: Date, dialect: Dialect) -> list[tuple[str, str]]:
    """biblatex: `date` (ISO 8601, EDTF interval for ranges). BibTeX: `year` and `month`; a range of
    years is `year = {1959/1960}`, which pandoc reads as a range (it reads "1959--1960" as no date)."""
    if dialect.iso_dates:
        return [("date", date.iso())]
    fields = [("year", date.year_text("/"))]
    if len(date.parts) > 1 and not date.end and 1 <= date.parts[1] <= 12:
        fields.append(("month", MONTHS[date.parts[1] - 1]))
    return fields


def langid(language: str) -> str:
    language = one_line(language)
    return LANGIDS.get(language) or LANGIDS.get(language.split("-")[0], "")


def sentence(text: str) -> str:
    """A note ending in a full stop, so that two notes joined on one line stay two sentences."""
    text = one_line(text)
    return text if not text or text[-1] in ".!?" else text + "."


def fields(work: Work, citation_note: str, dialect: Dialect, options: WriteOptions) -> list[tuple[str, str]]:
    """(field, value) pairs in writing order, BibTeX names, values not yet escaped (except names)."""
    ascii, work_kind = options.ascii, kind(work)
    periodical = work_kind in PERIODICALS
    # A conference paper's series number is its volume (module docstring).
    series_volume = work_kind == PAPER_CONFERENCE and not work.volume
    notes = [work.note] if work.note else []
    note_fields: list[tuple[str, str]] = []
    if citation_note and options.print_citation_notes and dialect.printed_note_field == "note":
        notes.append(citation_note)
    elif citation_note:
        note_fields.append((dialect.printed_note_field if options.print_citation_notes else "annote", citation_note))
    volume = work.collection_number if series_volume else work.volume
    pairs = [
        ("author", name_list(work.authors, ascii, work.et_al)),
        ("editor", name_list(work.editors, ascii)),
        ("title", work.title),
        ("shorttitle", work.title_short),
        ("journal" if periodical else "booktitle", work.container_title),
        ("shortjournal", work.container_title_short if periodical else ""),
        ("series", work.collection_title),
        ("volume", dialect.volume_text(volume)),
        ("number", work.issue if periodical else "" if series_volume else work.collection_number),
        ("edition", work.edition),
        ("chapter", work.chapter_number),
        ("pages", pages(work.page)),
        (PUBLISHER_FIELDS.get(work.type, "publisher"), work.publisher),
        ("type", work.genre),
        ("address", work.publisher_place),
        *(date_fields(work.issued, dialect) if work.issued else []),
        ("isbn", work.isbns[0] if work.isbns else ""),
        ("issn", work.issn),
        ("doi", work.doi),
        ("eprint", arxiv_id(work) if work_kind == PREPRINT else ""),
        ("eprinttype", "arxiv" if work_kind == PREPRINT else ""),
        ("url", work.url),
        ("abstract", work.abstract),
        ("langid", langid(work.language)),
        ("language", work.language),
        ("copyright", work.copyright),
        ("keywords", KEYWORD_SEPARATOR.join(one_line(k) for k in work.keywords if one_line(k))),
        ("note", " ".join(sentence(note) for note in notes)),
        *note_fields,
        ("entrysubtype", ENTRY_SUBTYPES.get(work.type, "")),
    ]
    return [(name, value) for name, value in pairs if value and one_line(value)]


def field_text(name: str, value: str, ascii: bool) -> str:
    if name in ("author", "editor") or name in RAW_FIELDS:
        return value  # built by name_list, or a month macro
    if name in VERBATIM_FIELDS:
        return verbatim(value)
    if name in CASE_PROTECTED:
        return protect_case(value, ascii)
    return escape(value, ascii)


def cite_keys(works: list[Work], options: WriteOptions = WriteOptions()) -> dict[str, str]:
    """Work id -> BibTeX key (records.keys: the same key every format writes)."""
    return keys(works, options)


def entry(work: Work, key: str, citation_note: str, dialect: Dialect, options: WriteOptions) -> str:
    ascii, work_kind = options.ascii, kind(work)
    entry_type = dialect.entry_types.get(work_kind, "misc")
    lines = [f"@{entry_type}{{{key}"]
    left_out = dialect.fields_left_out.get(entry_type, frozenset())
    for field, value in fields(work, citation_note, dialect, options):
        name = None if field in left_out else dialect.field_names.get(field, field)
        if field == "address" and work_kind == PAPER_CONFERENCE:
            # Zotero files biblatex's `location` of a conference paper as the event's place, in Extra
            # (BibTeX.js: `item.itemType=="conferencePaper"` -> "event-place"), and `address` as its
            # place; biber reads `address` as an alias of `location`.
            name = "address"
        if name is None:
            continue
        text = field_text(field, value, ascii)
        lines.append(f"  {name} = {text}" if field in RAW_FIELDS else f"  {name} = {{{text}}}")
    return ",\n".join(lines) + "\n}\n"


def write_dialect(document: Document, options: WriteOptions, dialect: Dialect) -> str:
    works = records(document, options)
    key_of = cite_keys(works, options)
    notes = citation_notes(document, options)
    return "\n".join(entry(w, key_of[w.id], notes.get(w.id, ""), dialect, options) for w in works)


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    return write_dialect(document, options, BIBTEX)
