"""Issue #11's fixes, each read back by a real consumer: biber (Debian), pandoc 3 (pypandoc-binary),
citation-js (npm, installed into .ci/node by .ci/run). Zotero itself is not run here: the writers
follow its translators' tables (RIS.js, BibTeX.js), cited where they are used.

A consumer that is missing is skipped with its reason only when its program is not installed at all."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pypandoc
import pytest
from case_files import CASES, read_case

from converter.model import Date, Document, Name, Work
from converter.writers import biblatex, bibtex, csl_json, ris
from converter.writers.options import WriteOptions
from converter.writers.records import records

ROOT = Path(__file__).parents[2]
BIBER = shutil.which("biber")
NODE = shutil.which("node")
CITATION_JS = ROOT / ".ci" / "node" / "node_modules" / "citation-js"
PANDOC = pypandoc.get_pandoc_path()
# What biber may still say: a short form has no title or no year to give (the model has none).
BIBER_ALLOWED = re.compile(r"WARN - Datamodel: Entry '[^']+' \([^)]*\): Missing mandatory field")


@pytest.mark.skipif(BIBER is None, reason="biber is not installed (.ci/run installs Debian's biber)")
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_biber_validates_the_biblatex_data_model(case, tmp_path):
    """No invalid ISBN, no field outside the data model, no volume it ignores."""
    path = tmp_path / "out.bib"
    path.write_text(biblatex.write(read_case(case)), encoding="utf-8")
    run = subprocess.run([BIBER, "--tool", "--validate-datamodel", "--output-file", str(tmp_path / "tool.bib"),
                          str(path)], capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    warnings = [line for line in run.stdout.splitlines() if line.startswith("WARN")]
    assert [w for w in warnings if not BIBER_ALLOWED.match(w)] == []


def pandoc_csl(text: str, reader: str) -> list[dict]:
    return json.loads(subprocess.run([PANDOC, "-f", reader, "-t", "csljson"], input=text, capture_output=True,
                                     text=True, check=True).stdout)


@pytest.mark.parametrize("writer, reader", [(bibtex, "bibtex"), (biblatex, "biblatex")])
def test_pandoc_reads_citation_notes_as_annote_and_no_style_prints_them(writer, reader):
    document = read_case("sampler")
    items = {item["id"]: item for item in pandoc_csl(writer.write(document), reader)}
    work = document.works[0]
    assert items[work.id]["annote"].startswith("Cited in Kraus 1982")
    assert "note" not in items[work.id] or "Cited in" not in items[work.id]["note"]


def test_pandoc_reads_a_year_range_from_bibtex():
    work = Work(id="chao1959", title="T", issued=Date((1959,), (1960,)))
    (item,) = pandoc_csl(bibtex.write(Document(chapter=work)), "bibtex")
    assert item["issued"]["date-parts"] == [[1959], [1960]]


def test_pandoc_sorts_a_particle_inside_family_under_the_family_name(tmp_path):
    works = (Work(id="a", title="Alpha", authors=(Name("Renesse", "Robbert", particle="van"),), issued=Date((2015,))),
             Work(id="b", title="Beta", authors=(Name("Smith", "John"),), issued=Date((2015,))),
             Work(id="c", title="Gamma", authors=(Name("Quinn", "Ann"),), issued=Date((2015,))))
    bibliography = tmp_path / "refs.json"
    bibliography.write_text(csl_json.write(Document(chapter=works[0], works=works[1:])), encoding="utf-8")
    assert '"family": "van Renesse"' in bibliography.read_text(encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
    out = subprocess.run([PANDOC, str(page), "--citeproc", "--bibliography", str(bibliography), "-t", "plain"],
                         capture_output=True, text=True, check=True).stdout
    entries = [line for line in out.splitlines() if line.strip()]
    assert [e.split(",")[0] for e in entries] == ["Quinn", "Renesse", "Smith"]
    assert entries[1].startswith("Renesse, Robbert van.")


def test_pandoc_reads_the_proceedings_title_of_a_ris_conference_paper():
    paper = Work(id="p", type="paper-conference", title="T", container_title="DCN 2019", issued=Date((2019,)))
    (item,) = pandoc_csl(ris.write(Document(chapter=paper)), "ris")
    assert item["type"] == "paper-conference" and item["container-title"] == "DCN 2019"


CITATION_JS_SCRIPT = """
const Cite = require(process.argv[1]);
const text = require('fs').readFileSync(0, 'utf8');
const type = process.argv[2];
const cite = type === "csl" ? new Cite(JSON.parse(text)) : new Cite(text, {forceType: type});
process.stdout.write(JSON.stringify(cite.data));
"""


def citation_js(text: str, input_type: str) -> list[dict]:
    run = subprocess.run([NODE, "-e", CITATION_JS_SCRIPT, str(CITATION_JS), input_type], input=text,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


needs_citation_js = pytest.mark.skipif(
    NODE is None or not CITATION_JS.exists(),
    reason="citation-js is not installed (.ci/run: npm install --prefix .ci/node citation-js)")


@needs_citation_js
@pytest.mark.parametrize("writer, input_type", [(bibtex, "@bibtex/text"), (biblatex, "@biblatex/text"),
                                                (ris, "@ris/file"), (csl_json, "csl")])
def test_citation_js_reads_every_record_with_its_key(writer, input_type):
    document = read_case("nakamura2021-lncs")
    text = writer.write(document)
    items = citation_js(text, input_type)
    assert [item["id"] for item in items] == [work.id for work in records(document, WriteOptions())]
    by_id = {item["id"]: item for item in items}
    assert by_id["vanrenesse2015"]["author"][0]["family"] in ("van Renesse", "Renesse")
    preprint = by_id["charapko2020"]["type"]
    assert preprint == {bibtex: "manuscript", biblatex: "manuscript", ris: "report", csl_json: "article"}[writer]
