"""Real consumers read our BibTeX, biblatex and RIS: pandoc (the binary pypandoc bundles) and
bibutils (bib2xml, biblatex2xml, ris2xml, MODS XML out).

Each must exit 0 with nothing on stderr but the notices listed below, return as many records as
we wrote, and give back the titles, authors' family names and years of the model. A consumer that
is not installed fails these tests: CI installs pypandoc-binary and Debian's bibutils.

What these readers are known to do differently (FORMATS.md), and how the comparison allows it:
- pandoc turns BibTeX titles into sentence case and straight quotes into curly ones: titles are
  compared case-folded with quotes unified. It reads "and others" as an author "others".
- pandoc's RIS reader knows only PY for dates (a range gives its first year) and ignores N1.
- bibutils splits a title at its first colon into title and subtitle; shows `\\textbackslash`
  literally, reads `{\\textasciicircum}` as "⌃" and cannot read a lone brace's `\\vphantom`: titles
  holding `\\`, `^` or a lone brace are not compared there. It splits a corporate RIS author into a
  person, so ris2xml's institutions are not compared. It does not know the RIS types ENCYC and
  CPAPER (Zotero and EndNote do) and keeps only the first year of a biblatex date range; both are
  reported on stderr and allowed here, nothing else is.
"""

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypandoc
import pytest
from case_files import CASES, read_case
from lxml import etree
from writer_fixtures import SAMPLE

from converter.model import Document, Name, Work
from converter.writers import biblatex, bibtex, ris, tex_escape
from converter.writers.options import WriteOptions
from converter.writers.records import one_line, records

DOCUMENTS = {case.name: case for case in CASES} | {"writer_fixtures.SAMPLE": None}
WRITERS = {"bibtex": bibtex, "biblatex": biblatex, "ris": ris}
BIBUTILS = {"bibtex": "bib2xml", "biblatex": "biblatex2xml", "ris": "ris2xml"}
MODS = {"m": "http://www.loc.gov/mods/v3"}

BIBUTILS_NOTICES = [
    re.compile(r"\w+2xml: Processed \d+ references\."),
    re.compile(r"ris2xml: Did not recognize type '(ENCYC|CPAPER)' of refnum \d+ \(.*\)\."),
    re.compile(r"\tDefaulting to \w+\."),
    # biblatex2xml keeps the first year of `date = {1959/1960}` and lists the rest as unused:
    re.compile(r"biblatex2xml: Reference \d+ has unused tags\."),
    re.compile(r"biblatex2xml: {4}(Author\(s\)|Year|Title): .*"),
    re.compile(r"biblatex2xml: {15}\S.*"),  # the next author of the list above
    re.compile(r"biblatex2xml: {4}Unused entries: tag, value, level"),
    re.compile(r"biblatex2xml: {8}'DATE:(YEAR|MONTH|DAY)', '\d+', 0"),
]


def document_named(name: str) -> Document:
    case = DOCUMENTS[name]
    return SAMPLE if case is None else read_case(case)


def run(command: list[str], text: str, tmp_path: Path, suffix: str) -> tuple[str, str]:
    path = tmp_path / f"input.{suffix}"
    path.write_bytes(text.encode("utf-8"))
    result = subprocess.run([*command, str(path)], capture_output=True)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def comparable(text: str) -> str:
    """Case, quotes, the spacing around a colon and Unicode normalization are the readers' business."""
    text = unicodedata.normalize("NFC", one_line(text)).casefold()
    # pandoc renders quoted text in its own quotes (‘Big Society’ -> “Big Society”): one quote for all.
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": "'", "”": "'", "„": "'", '"': "'"}))
    return re.sub(r"\s*:\s*", ": ", text)


def person_name(name: Name) -> str:
    """The name a reader files as family (or the whole name of an institution)."""
    return one_line(name.literal) or one_line(f"{name.particle} {name.family}") or one_line(name.given)


def authors(work: Work, et_al_name: str | None) -> list[str]:
    names = [person_name(n) for n in work.authors if person_name(n)]
    return names + [et_al_name] if names and work.et_al and et_al_name else names


@pytest.fixture(scope="module")
def pandoc() -> str:
    path = pypandoc.get_pandoc_path()  # raises OSError when pandoc is missing: the test fails
    assert Path(path).is_file()
    return path


@pytest.mark.parametrize("format_name", WRITERS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_pandoc_reads_every_record(pandoc, format_name, name, tmp_path):
    document = document_named(name)
    works = records(document, WriteOptions())
    stdout, stderr = run([pandoc, "-f", format_name, "-t", "csljson"], WRITERS[format_name].write(document), tmp_path, "txt")
    assert stderr == ""
    items = json.loads(stdout)
    assert len(items) == len(works)
    if format_name != "ris":  # pandoc makes its own ids from RIS records
        keys = bibtex.cite_keys(works)
        assert [item["id"] for item in items] == [keys[w.id] for w in works]
    for work, item in zip(works, items):
        assert comparable(item.get("title", "")) == comparable(work.title), work.id
        names = [
            n.get("literal") or " ".join(filter(None, (n.get("dropping-particle"), n.get("non-dropping-particle"), n.get("family"))))
            for n in item.get("author", [])
        ]
        assert names == authors(work, "others" if format_name != "ris" else None), work.id
        years = item.get("issued", {}).get("date-parts", [[]])
        assert (years[0][0] if years and years[0] else None) == (work.issued.year if work.issued else None), work.id


def bibutils_title(mods) -> str:
    info = mods.xpath("./m:titleInfo[not(@type)]", namespaces=MODS)
    if not info:
        return ""
    parts = [info[0].xpath(f"string(m:{part})", namespaces=MODS) for part in ("title", "subTitle")]
    return ": ".join(p for p in parts if p)


def bibutils_reads_exactly(title: str) -> bool:
    # bibutils also splits a title at "? " into title and subtitle and rejoins them with "?:".
    return "? " not in title and "\\" not in title and "^" not in title and len(tex_escape.paired_braces(title)) == title.count("{") + title.count("}")


def bibutils_authors(mods) -> list[str]:
    names = []
    for name in mods.xpath("./m:name[m:role/m:roleTerm='author']", namespaces=MODS):
        family = name.xpath("m:namePart[@type='family']/text()", namespaces=MODS)
        whole = name.xpath("m:namePart[not(@type)]/text()", namespaces=MODS)
        names.append(" ".join(family or whole))
    return names


@pytest.mark.parametrize("format_name", WRITERS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_bibutils_reads_every_record(format_name, name, tmp_path):
    program = shutil.which(BIBUTILS[format_name])
    assert program, f"{BIBUTILS[format_name]} is not installed (Debian/Ubuntu: apt-get install bibutils)"
    document = document_named(name)
    works = records(document, WriteOptions())
    stdout, stderr = run([program], WRITERS[format_name].write(document), tmp_path, WRITERS[format_name].EXTENSION)
    unexpected = [line for line in stderr.splitlines() if not any(p.fullmatch(line) for p in BIBUTILS_NOTICES)]
    assert not unexpected, stderr
    collection = etree.fromstring(stdout.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    mods_records = collection.xpath("/m:modsCollection/m:mods", namespaces=MODS)
    assert len(mods_records) == len(works)
    for work, mods in zip(works, mods_records):
        if bibutils_reads_exactly(work.title):
            assert comparable(bibutils_title(mods)) == comparable(work.title), work.id
        if format_name != "ris" or not any(n.literal for n in work.authors):  # ris2xml splits institutions
            assert bibutils_authors(mods) == authors(work, "others" if format_name != "ris" else None), work.id
        dates = mods.xpath(".//m:dateIssued/text()", namespaces=MODS)
        assert (dates[0][:4] if dates else None) == (f"{work.issued.year:04d}" if work.issued else None), work.id
