"""How well predicted labels match the gold ones: per-label precision, recall and F1 over tokens,
and over whole fields (a run of one label must match exactly: same tokens, same label)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # gold tokens (or fields) of this label

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "support": self.support}


def _score(label: str, true_positive: int, predicted: int, gold: int) -> LabelScore:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(label, precision, recall, f1, gold)


def _runs(labels: list[str]) -> set[tuple[int, int, str]]:
    runs = set()
    start = 0
    for index in range(1, len(labels) + 1):
        if index == len(labels) or labels[index] != labels[start]:
            runs.add((start, index, labels[start]))
            start = index
    return runs


def token_scores(gold: list[list[str]], predicted: list[list[str]]) -> tuple[float, list[LabelScore]]:
    """(token accuracy, per-label scores sorted by label) over sequences of labels."""
    hits, predicted_count, gold_count = Counter(), Counter(), Counter()
    correct = total = 0
    for gold_labels, predicted_labels in zip(gold, predicted, strict=True):
        for gold_label, predicted_label in zip(gold_labels, predicted_labels, strict=True):
            gold_count[gold_label] += 1
            predicted_count[predicted_label] += 1
            if gold_label == predicted_label:
                hits[gold_label] += 1
                correct += 1
            total += 1
    labels = sorted(set(gold_count) | set(predicted_count))
    scores = [_score(label, hits[label], predicted_count[label], gold_count[label]) for label in labels]
    return (correct / total if total else 0.0), scores


def field_scores(gold: list[list[str]], predicted: list[list[str]]) -> list[LabelScore]:
    """Per-label scores of whole fields: a predicted run counts only if a gold run has exactly its
    tokens and label."""
    hits, predicted_count, gold_count = Counter(), Counter(), Counter()
    for gold_labels, predicted_labels in zip(gold, predicted, strict=True):
        gold_runs, predicted_runs = _runs(gold_labels), _runs(predicted_labels)
        gold_count.update(run[2] for run in gold_runs)
        predicted_count.update(run[2] for run in predicted_runs)
        hits.update(run[2] for run in gold_runs & predicted_runs)
    labels = sorted(set(gold_count) | set(predicted_count))
    return [_score(label, hits[label], predicted_count[label], gold_count[label]) for label in labels]


def table(token_level: list[LabelScore], field_level: list[LabelScore]) -> str:
    """A plain-text table of both, one label a line."""
    fields = {score.label: score for score in field_level}
    header = (f"{'label':<12} {'tok P':>6} {'tok R':>6} {'tok F1':>6} {'tokens':>7}   "
              f"{'fld P':>6} {'fld R':>6} {'fld F1':>6} {'fields':>6}")
    lines = [header]
    for score in token_level:
        field = fields.get(score.label, LabelScore(score.label, 0.0, 0.0, 0.0, 0))
        lines.append(f"{score.label:<12} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
                     f"{score.support:7d}   {field.precision:6.3f} {field.recall:6.3f} {field.f1:6.3f} "
                     f"{field.support:6d}")
    return "\n".join(lines)
