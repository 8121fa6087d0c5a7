"""The shipped CRF labeller: label each token of a citation text with a field (tokens.LABELS).

The model (`model.crfsuite`, built by `python -m converter.train`) is opened on first use, never at
import, and only after its metadata (`model.json`) shows it was trained with the features this code
computes now: a model from other features would label silently wrong, so it is refused.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from converter.labeller.features import feature_fingerprint, sequence_features
from converter.labeller.tokens import LABELS, Token

MODEL_PATH = Path(__file__).with_name("model.crfsuite")
BUILD_HINT = "build it with `python -m converter.train` (see `python -m converter.train --help`)"


class ModelError(RuntimeError):
    """The labeller's model is missing, damaged, or was trained for other features or labels."""


@dataclass(frozen=True, slots=True)
class Labelling:
    labels: list[str]
    confidences: list[float]  # per token: marginal probability of its label
    probability: float  # of the whole label sequence


def metadata_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_metadata(model_path: Path) -> dict:
    """The model's metadata, if the model can be used with the current code; else ModelError."""
    meta_path = metadata_path(model_path)
    if not model_path.exists():
        raise ModelError(f"no labeller model at {model_path}; {BUILD_HINT}")
    if not meta_path.exists():
        raise ModelError(f"the labeller model {model_path} has no metadata file {meta_path.name}; {BUILD_HINT}")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot read {meta_path}: {error}; {BUILD_HINT}") from error
    fingerprint = feature_fingerprint()
    if metadata.get("fingerprint") != fingerprint:
        raise ModelError(
            f"the labeller model {model_path} was trained with other features (fingerprint "
            f"{str(metadata.get('fingerprint'))[:12]}…, feature version {metadata.get('feature_version')}) than "
            f"the code computes now ({fingerprint[:12]}…): features.py, tokens.py, gazetteer.py, a lexicon "
            f"list or a data file changed since it was built; {BUILD_HINT}")
    if tuple(metadata.get("labels", ())) != LABELS:
        raise ModelError(f"the labeller model {model_path} has the labels {metadata.get('labels')}, "
                         f"not tokens.LABELS {list(LABELS)}; {BUILD_HINT}")
    if metadata.get("model_sha256") != file_sha256(model_path):
        raise ModelError(f"{model_path} is not the file {meta_path.name} describes (sha256 differs); "
                         f"{BUILD_HINT}")
    return metadata


class Labeller:
    """Labels token sequences with one CRF model. Cheap to create: the model is checked and opened
    on the first call. Safe across threads (each thread opens its own crfsuite tagger)."""

    def __init__(self, model_path: Path = MODEL_PATH) -> None:
        self.model_path = Path(model_path)
        self._metadata: dict | None = None
        self._check_lock = threading.Lock()
        self._local = threading.local()

    def check(self) -> dict:
        """The model's metadata, once it is known to fit the code (else ModelError)."""
        if self._metadata is None:
            with self._check_lock:
                if self._metadata is None:
                    self._metadata = check_metadata(self.model_path)
        return self._metadata

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            self.check()  # refuse a mismatching model before opening it
            import pycrfsuite  # here, not at import: importing converter must stay light

            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(self.model_path))
            except (OSError, ValueError) as error:
                raise ModelError(f"cannot open the labeller model {self.model_path}: {error}; "
                                 f"{BUILD_HINT}") from error
            self._local.tagger = tagger
        return tagger

    def label_with_probability(self, tokens: list[Token], context: str) -> Labelling:
        """Labels, per-token confidences and the sequence's probability; `context` is "note" or
        "reference" (the kind of text the tokens come from)."""
        if not tokens:
            return Labelling([], [], 1.0)
        tagger = self._tagger()
        tagger.set(sequence_features(tokens, context))
        labels = tagger.tag()
        confidences = [tagger.marginal(label, index) for index, label in enumerate(labels)]
        return Labelling(labels, confidences, tagger.probability(labels))

    def label(self, tokens: list[Token], context: str) -> tuple[list[str], list[float]]:
        labelling = self.label_with_probability(tokens, context)
        return labelling.labels, labelling.confidences


@cache
def shipped_labeller() -> Labeller:
    """The one Labeller of the shipped model in this process."""
    return Labeller()
