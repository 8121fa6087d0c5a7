"""Labelled tokens -> parts: runs of tokens with one label, with their offsets in the text and the
labeller's mean confidence in them."""

from __future__ import annotations

from dataclasses import dataclass

from converter.labeller.tokens import Token


@dataclass
class Part:
    label: str
    start: int  # offsets in the text the tokens come from
    end: int
    confidence: float


def parts_of(tokens: list[Token], labels: list[str], confidences: list[float]) -> list[Part]:
    parts: list[Part] = []
    counts: list[int] = []
    for token, label, confidence in zip(tokens, labels, confidences):
        if parts and parts[-1].label == label:
            parts[-1].end = token.end
            parts[-1].confidence += confidence
            counts[-1] += 1
        else:
            parts.append(Part(label, token.start, token.end, confidence))
            counts.append(1)
    for part, count in zip(parts, counts):
        part.confidence /= count
    return parts
