"""The CRF wrapper and its training: a tiny model learns, a shuffled one cannot, the model file is
reproducible, and Labeller refuses a model that does not fit the code."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from converter.labeller import crf
from converter.labeller.features import feature_fingerprint
from converter.labeller.tokens import tokenize
from converter.train import __main__ as train_command
from converter.train.fit import fit, to_sequences

from .conftest import TINY, shuffled_spans


def test_tiny_model_labels_heldout_strings(tiny_model):
    heldout = tiny_model.metadata["heldout"]
    assert heldout["token_accuracy"] >= 0.9
    for label in ("author", "title", "date", "locator"):
        assert heldout["tokens"][label]["f1"] >= 0.8, label


def test_shuffled_labels_do_much_worse(tmp_path, train_examples, heldout_examples, tiny_model):
    rng = random.Random(5)
    shuffled = [shuffled_spans(example, rng) for example in train_examples]
    report = fit(shuffled, heldout_examples, tmp_path, seed=11, parameters=TINY)
    assert report.metadata["heldout"]["token_accuracy"] < tiny_model.metadata["heldout"]["token_accuracy"] - 0.25


def test_same_data_gives_a_byte_identical_model(tmp_path, train_examples, tiny_model):
    again = fit(train_examples, [], tmp_path, seed=11, parameters=TINY)
    assert again.model_path.read_bytes() == tiny_model.model_path.read_bytes()


def test_labeller_returns_labels_confidences_and_probability(tiny_model, heldout_examples):
    labeller = crf.Labeller(tiny_model.model_path)
    example = heldout_examples[0]
    tokens = tokenize(example["text"])
    labels, confidences = labeller.label(tokens, example["context"])
    assert labels == to_sequences([example]).labels[0]
    assert len(confidences) == len(tokens) and all(0.5 < c <= 1.0 for c in confidences)
    labelling = labeller.label_with_probability(tokens, example["context"])
    assert labelling.labels == labels and 0.0 < labelling.probability <= 1.0
    assert labeller.label([], "note") == ([], [])


def copy_model(model, folder):
    shutil.copy(model.model_path, folder / "model.crfsuite")
    shutil.copy(model.model_path.with_suffix(".json"), folder / "model.json")
    return folder / "model.crfsuite", folder / "model.json"


def rewrite(meta_path, **changes):
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    metadata.update(changes)
    meta_path.write_text(json.dumps(metadata), encoding="utf-8")


def test_labeller_refuses_a_model_of_other_features(tmp_path, tiny_model):
    model_path, meta_path = copy_model(tiny_model, tmp_path)
    rewrite(meta_path, fingerprint="0" * 64)
    labeller = crf.Labeller(model_path)  # creating it reads nothing yet
    with pytest.raises(crf.ModelError, match="other features.*python -m converter.train"):
        labeller.label(tokenize("Ibid., p. 3."), "note")


def test_labeller_refuses_other_labels_and_a_changed_file(tmp_path, tiny_model):
    model_path, meta_path = copy_model(tiny_model, tmp_path)
    rewrite(meta_path, labels=["author", "other"])
    with pytest.raises(crf.ModelError, match="labels"):
        crf.Labeller(model_path).check()
    rewrite(meta_path, labels=json.loads(tiny_model.model_path.with_suffix(".json").read_text())["labels"])
    model_path.write_bytes(model_path.read_bytes() + b"\0")
    with pytest.raises(crf.ModelError, match="sha256"):
        crf.Labeller(model_path).check()


def test_missing_model_says_how_to_build_it(tmp_path):
    labeller = crf.Labeller(tmp_path / "model.crfsuite")
    with pytest.raises(crf.ModelError, match="python -m converter.train"):
        labeller.label(tokenize("Ibid."), "note")


def test_training_command_with_a_data_file(tmp_path, train_examples):
    data = tmp_path / "examples.jsonl"
    data.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in train_examples[:100]), "utf-8")
    train_command.main(["--data", str(data), "--out", str(tmp_path / "out"), "--max-iterations", "20"])
    metadata = json.loads((tmp_path / "out" / "model.json").read_text(encoding="utf-8"))
    assert metadata["sizes"]["train_examples"] == 90 and metadata["sizes"]["heldout_examples"] == 10
    assert metadata["fingerprint"] == feature_fingerprint()
    assert metadata["trainer"]["max_iterations"] == 20


def test_unknown_labels_in_examples_are_refused():
    with pytest.raises(ValueError, match="outside tokens.LABELS"):
        to_sequences([{"text": "Smith 1990", "spans": [[0, 5, "surname"]], "context": "note"}])


def test_shipped_model_matches_the_features():
    if not crf.MODEL_PATH.exists() or not crf.metadata_path(crf.MODEL_PATH).exists():
        pytest.skip("no shipped model yet: build converter/labeller/model.crfsuite with `python -m converter.train`")
    metadata = json.loads(crf.metadata_path(crf.MODEL_PATH).read_text(encoding="utf-8"))
    assert metadata["fingerprint"] == feature_fingerprint(), (
        "the shipped model was trained with other features; rebuild it with `python -m converter.train`")
    assert crf.Labeller().check() == metadata
