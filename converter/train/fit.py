"""Train the CRF labeller on generated examples, score it on held-out ones, and write the model
with the metadata that ties it to the features (`model.json`, read by converter.labeller.crf).

An example is `{"text", "spans": [[start, end, label], ...], "context": "note"|"reference", ...}`.
Training is deterministic: the same examples and parameters give a byte-identical model file.
"""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from converter.labeller import scores
from converter.labeller.crf import Labeller, file_sha256, metadata_path
from converter.labeller.features import FEATURE_VERSION, feature_fingerprint, sequence_features
from converter.labeller.tokens import LABELS, Span, Token, token_labels, tokenize


@dataclass(frozen=True)
class TrainerParameters:
    """crfsuite's L-BFGS settings, chosen on generated data: trained on 10,000 examples of seed 1
    (100 iterations), scored on 4,000 of seed 1000004, token accuracy was .967 / .969 / .972 / .972
    for c1 0.01 / 0.05 / 0.2 / 0.5 (first features); c2 0.001 or 0.1 for 0.01 moved it by < .002;
    with the current features c1 0.2 gave .986 and c1 1.0 .984, possible transitions +.0005;
    20,000 examples and 150 iterations .988. Strong L1 also keeps the model near 1 MB."""

    c1: float = 0.2  # L1: drops features that do not help, which keeps the model small (~1 MB)
    c2: float = 0.01  # L2
    max_iterations: int = 150
    possible_transitions: bool = True  # weights for label bigrams never seen in training too
    min_frequency: float = 0.0

    def crfsuite(self) -> dict:
        return {"c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations,
                "feature.possible_transitions": self.possible_transitions,
                "feature.minfreq": self.min_frequency}


@dataclass
class Sequences:
    tokens: list[list[Token]]
    features: list[list[list[str]]]
    labels: list[list[str]]

    @property
    def token_count(self) -> int:
        return sum(len(labels) for labels in self.labels)


def example_labels(example: dict, tokens: list[Token]) -> list[str]:
    spans = [Span(start, end, label) for start, end, label in example["spans"]]
    unknown = {span.label for span in spans} - set(LABELS)
    if unknown:
        raise ValueError(f"example has labels outside tokens.LABELS: {sorted(unknown)}: {example['text']!r}")
    return token_labels(tokens, spans)


# Features that name a word itself: its key, prefixes and suffixes, the pairs it forms with its neighbours.
IDENTITY_FEATURES = ("w=", "p3=", "s3=", "p4=", "s4=", "-1|0=", "0|+1=")
WORD_DROPOUT = 0.2


def without_word_identity(features: list[str]) -> list[str]:
    return [feature for feature in features if not feature.startswith(IDENTITY_FEATURES)]


def drop_words(tokens: list[Token], features: list[list[str]], rng: random.Random) -> list[list[str]]:
    """The generated titles, names and places come from word lists that real text goes beyond: a
    word the model has only seen in prose would pull a real title towards prose. Hiding the identity
    of a share of the words from training makes the model read them also by shape, case and
    position, as it must read every word it has not seen."""
    return [without_word_identity(own) if token.text[:1].isalpha() and rng.random() < WORD_DROPOUT else own
            for token, own in zip(tokens, features)]


def to_sequences(examples: list[dict], dropout_seed: int | None = None) -> Sequences:
    """Tokens, features and gold labels of each example (examples without tokens are skipped);
    with `dropout_seed`, a share of the words' identities hidden (training only, see drop_words)."""
    sequences = Sequences([], [], [])
    rng = random.Random(dropout_seed) if dropout_seed is not None else None
    for example in examples:
        tokens = tokenize(example["text"])
        if not tokens:
            continue
        features = sequence_features(tokens, example["context"])
        sequences.tokens.append(tokens)
        sequences.features.append(drop_words(tokens, features, rng) if rng else features)
        sequences.labels.append(example_labels(example, tokens))
    return sequences


def train(sequences: Sequences, model_path: Path, parameters: TrainerParameters) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(parameters.crfsuite())
    for features, labels in zip(sequences.features, sequences.labels):
        trainer.append(features, labels)
    partial = model_path.with_name(model_path.name + ".partial")
    trainer.train(str(partial))
    os.replace(partial, model_path)


def predict(model_path: Path, sequences: Sequences) -> list[list[str]]:
    """Labels by a model file, without the metadata check (for a model still being built)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    try:
        return [tagger.tag(features) for features in sequences.features]
    finally:
        tagger.close()


def evaluate(model_path: Path, sequences: Sequences) -> dict:
    predicted = predict(model_path, sequences)
    accuracy, token_level = scores.token_scores(sequences.labels, predicted)
    field_level = scores.field_scores(sequences.labels, predicted)
    return {
        "token_accuracy": round(accuracy, 4),
        "tokens": {score.label: score.as_dict() for score in token_level},
        "fields": {score.label: score.as_dict() for score in field_level},
        "table": scores.table(token_level, field_level),
    }


@dataclass
class Report:
    model_path: Path
    metadata: dict
    table: str


def fit(train_examples: list[dict], heldout_examples: list[dict], out: Path, *, seed: int | None,
        parameters: TrainerParameters = TrainerParameters(), data_seconds: float = 0.0,
        source: str = "") -> Report:
    """Train on `train_examples`, score on `heldout_examples`, write model.crfsuite and model.json
    into `out`, and check that the written model loads through Labeller."""
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / "model.crfsuite"
    fingerprint = feature_fingerprint()  # before the features are computed, not after a long training
    started = time.perf_counter()
    train_sequences = to_sequences(train_examples, dropout_seed=0 if seed is None else seed)
    heldout_sequences = to_sequences(heldout_examples)
    features_seconds = time.perf_counter() - started
    started = time.perf_counter()
    train(train_sequences, model_path, parameters)
    training_seconds = time.perf_counter() - started
    evaluation = evaluate(model_path, heldout_sequences) if heldout_sequences.labels else {}
    metadata = {
        "feature_version": FEATURE_VERSION,
        "fingerprint": fingerprint,
        "labels": list(LABELS),
        "seed": seed,
        "source": source,
        "sizes": {"train_examples": len(train_sequences.labels), "train_tokens": train_sequences.token_count,
                  "heldout_examples": len(heldout_sequences.labels),
                  "heldout_tokens": heldout_sequences.token_count},
        "trainer": {"algorithm": "lbfgs", **asdict(parameters), "word_dropout": WORD_DROPOUT},
        "seconds": {"data": round(data_seconds, 1), "features": round(features_seconds, 1),
                    "training": round(training_seconds, 1)},
        "model_bytes": model_path.stat().st_size,
        "model_sha256": file_sha256(model_path),
        "heldout": {key: value for key, value in evaluation.items() if key != "table"},
    }
    metadata_path(model_path).write_text(json.dumps(metadata, indent=1, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    Labeller(model_path).check()  # the model just written must pass the runtime check
    return Report(model_path, metadata, evaluation.get("table", ""))
