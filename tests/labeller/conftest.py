"""A tiny labeller model, trained once per test session from the stand-in generator's examples."""

from __future__ import annotations

import random

import pytest

from converter.train.fit import TrainerParameters, fit

from .samples import make_examples

TINY = TrainerParameters(c1=0.05, c2=0.01, max_iterations=60)


@pytest.fixture(scope="session")
def train_examples() -> list[dict]:
    return make_examples(seed=11, size=300)


@pytest.fixture(scope="session")
def heldout_examples() -> list[dict]:
    return make_examples(seed=12, size=120)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, train_examples, heldout_examples):
    """(report of) a model trained on 300 examples and scored on 120 others."""
    return fit(train_examples, heldout_examples, tmp_path_factory.mktemp("tiny"), seed=11, parameters=TINY)


def shuffled_spans(example: dict, rng: random.Random) -> dict:
    """The example with its span labels permuted among its spans: the same labels, the wrong places."""
    labels = [label for _, _, label in example["spans"]]
    rng.shuffle(labels)
    spans = [[start, end, label] for (start, end, _), label in zip(example["spans"], labels)]
    return {**example, "spans": spans}
