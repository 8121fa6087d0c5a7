"""CSL-JSON writer: schema-valid, read back by citeproc-py and pandoc, hostile text survives."""

import json
import subprocess
import warnings
from pathlib import Path

import jsonschema
import pypandoc
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import given, settings
from writer_fixtures import CHAO, CHAPTER_WORK, KIRBY, LI, SAMPLE, documents

from converter.model import Date, Document, Name, Work
from converter.writers import WRITERS, csl_json
from converter.writers.options import WriteOptions
from converter.writers.records import ET_AL_NOTE, keys, records

SCHEMA = json.loads((Path(__file__).parents[1] / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
STYLE = "harvard-cite-them-right"  # the style citeproc-py bundles (older releases shipped "harvard1")
OPTIONS = [WriteOptions(), WriteOptions(what="chapter"), WriteOptions(what="works"), WriteOptions(citation_notes=False)]


def parse(document, options=WriteOptions()) -> list[dict]:
    return json.loads(csl_json.write(document, options))


def test_registered_with_its_own_extension():
    assert WRITERS["csl-json"] is csl_json
    assert csl_json.EXTENSION == "csl.json" != WRITERS["json"].EXTENSION
    assert csl_json.MEDIA_TYPE == "application/vnd.citationstyles.csl+json"


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: f"{o.what}-{o.citation_notes}")
def test_valid_against_the_csl_schema(options):
    items = parse(SAMPLE, options)
    VALIDATOR.validate(items)
    assert [item["id"] for item in items] == [work.id for work in records(SAMPLE, options)]


def test_every_model_type_maps_to_a_csl_type():
    csl_types = set(SCHEMA["items"]["properties"]["type"]["enum"])
    assert set(csl_json.TYPES.values()) <= csl_types
    assert csl_json.item(Work(id="x", type="no-such-type"))["type"] == "document"


def test_items_are_the_shared_csl_mapping():
    by_id = {item["id"]: item for item in parse(SAMPLE)}
    chapter = by_id[CHAPTER_WORK.id]
    assert chapter["type"] == "chapter"
    assert chapter["ISBN"] == "978-1-4612-5730-1 978-1-4612-5728-8"
    assert chapter["DOI"] == "10.1007/978-1-4612-5728-8_3"
    assert chapter["container-title"] == CHAPTER_WORK.container_title
    assert chapter["collection-number"] == "4"
    # The chapter is not cited by its own notes; its DOI is also an Extra line for older Zotero.
    assert chapter["note"] == "DOI: 10.1007/978-1-4612-5728-8_3"
    assert by_id[CHAO.id]["issued"] == {"date-parts": [[1959], [1960]]}
    assert by_id[LI.id]["editor"][1] == {"family": "King", "given": "Martin Luther", "suffix": "Jr."}
    assert {"literal": "State Statistical Bureau"} in by_id["statisticalbureau1960"]["author"]


def test_note_holds_own_note_then_et_al_then_where_cited():
    by_id = {item["id"]: item for item in parse(SAMPLE)}
    assert by_id[LI.id]["note"] == "Cited in Kraus 1982, note 1 (p. 1); note 20 (pp. 81, 86)."
    assert by_id[CHAO.id]["note"] == f"{ET_AL_NOTE}\nCited in Kraus 1982, note 3 (p. 3)."
    assert by_id[KIRBY.id]["note"] == "Reprinted 1960.\nCited in Kraus 1982, note 6 (p. 6)."
    without = {item["id"]: item for item in parse(SAMPLE, WriteOptions(citation_notes=False))}
    assert "note" not in without[LI.id]
    assert without[KIRBY.id]["note"] == "Reprinted 1960."


def test_particles_are_inside_family_for_zotero():
    """Zotero reads only family/given/literal; pandoc's citeproc takes the particle off again."""
    work = Work(id="v", authors=(Name("Renesse", "R.", particle="van"),), editors=(Name("Thillart", "G.", particle="van de"),))
    item = csl_json.item(work)
    assert item["author"] == [{"family": "van Renesse", "given": "R."}]
    assert item["editor"] == [{"family": "van de Thillart", "given": "G."}]


def test_users_key_and_key_formats_are_the_id_and_citation_key():
    works = (Work(id="donnithorne1967", authors=(Name("Donnithorne"),), issued=Date((1967,)), citation_key="don67"),
             Work(id="li1956", authors=(Name("Li", "Fu-dshun", family_first=True),), issued=Date((1956,))))
    document = Document(chapter=Work(id="c", authors=(Name("Kraus"),), issued=Date((1982,))), works=works)
    items = csl_json.items(document, WriteOptions(key_format="author-year"))
    assert [(i["id"], i["citation-key"]) for i in items] == [("kraus1982",) * 2, ("don67",) * 2, ("li1956",) * 2]


def test_an_arxiv_preprint_is_a_csl_article():
    assert csl_json.item(Work(id="p", type="document", note="arXiv preprint arXiv:2003.07760"))["type"] == "article"


def test_annotations_are_not_written():
    text = csl_json.write(SAMPLE)
    assert "short_forms" not in text and "Li Fu-dshun" not in text
    assert "copyright" not in text


def test_bytes_are_deterministic():
    assert csl_json.write(SAMPLE) == csl_json.write(SAMPLE)
    assert csl_json.write(SAMPLE).endswith("]\n")


def expected_in_entry(item: dict) -> str:
    """What a bibliography entry must show: the first creator's name, else the title."""
    if item.get("author"):
        first = item["author"][0]
        return first.get("family") or first["literal"]
    return item.get("title") or item["container-title"]


def test_citeproc_renders_every_item():
    items = parse(SAMPLE)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*unsupported: static-ordering")  # CSL-M, not in citeproc-py
        source = CiteProcJSON(items)
    style = CitationStylesStyle(STYLE, validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    entries = [str(entry) for entry in bibliography.bibliography()]
    assert len(entries) == len(items)
    for item in items:
        expected = expected_in_entry(item)
        assert any(expected in entry for entry in entries), (expected, entries)


def test_pandoc_reads_every_record():
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "csljson", "-t", "csljson"],
        input=csl_json.write(SAMPLE).encode("utf-8"),
        capture_output=True,
        check=True,
    )
    back = json.loads(result.stdout)
    assert [item["id"] for item in back] == [item["id"] for item in parse(SAMPLE)]
    assert {item["id"]: item.get("title") for item in back} == {item["id"]: item.get("title") for item in parse(SAMPLE)}


@settings(deadline=None)
@given(documents())
def test_hostile_text_stays_valid_and_reads_back(document):
    text = csl_json.write(document)
    back = json.loads(text)
    VALIDATOR.validate(back)
    assert back == csl_json.items(document)
    chosen = records(document, WriteOptions())
    key_of = keys(chosen, WriteOptions())
    assert [item["id"] for item in back] == [key_of[work.id] for work in chosen]
    assert [item["citation-key"] for item in back] == [key_of[work.id] for work in chosen]
    assert [item.get("title", "") for item in back] == [work.title for work in chosen]
