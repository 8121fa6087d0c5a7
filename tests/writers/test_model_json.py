"""The model JSON: valid against our schema and every item valid CSL-JSON."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from testdata import CASES, TESTS

from converter.model import LOCATOR_LABELS, PROBLEM_KINDS
from converter.notes.locators import LABEL_WORDS

MODEL_SCHEMA = json.loads(resources.files("converter").joinpath("schemas/model.schema.json").read_text("utf-8"))
CSL_SCHEMA = json.loads((TESTS / "schemas" / "csl-data.json").read_text("utf-8"))
MODELS = sorted(CASES.glob("*/model.json"))


@pytest.mark.parametrize("path", MODELS, ids=[p.parent.name for p in MODELS])
def test_model_valid(path):
    data = json.loads(path.read_text("utf-8"))
    jsonschema.validate(data, MODEL_SCHEMA)
    jsonschema.validate([data["chapter"], *data["works"]], CSL_SCHEMA)
    ids = {w["id"] for w in data["works"]}
    assert len(ids) == len(data["works"])
    assert data["chapter"]["id"] not in ids
    for note in data["notes"]:
        for citation in note["citations"]:
            assert citation["id"] in ids
    assert set(data["annotations"]) <= ids | {data["chapter"]["id"]}


def test_schema_rejects_extra_keys():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": 1, "chapter": {"id": "a", "type": "chapter"}, "works": [], "notes": [],
                             "problems": [], "annotations": {}, "extra": 1}, MODEL_SCHEMA)


def test_schema_enums_are_the_models_tables():
    """The schema's lists of locator labels and problem kinds are the model's, not copies that drift."""
    citation, problem = MODEL_SCHEMA["$defs"]["citation"], MODEL_SCHEMA["$defs"]["problem"]
    assert citation["properties"]["label"]["enum"] == list(LOCATOR_LABELS)
    assert problem["properties"]["kind"]["enum"] == list(PROBLEM_KINDS)


def test_every_locator_label_the_parser_writes_is_a_model_label():
    assert set(LABEL_WORDS.values()) <= set(LOCATOR_LABELS)
