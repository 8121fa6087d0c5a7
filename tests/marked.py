"""A labeller that labels as a test's markup says, so the rules around the labeller are tested apart
from any trained model: `<author>Müller</author> <date>1990</date>, <locator>S. 5</locator>.`"""

from __future__ import annotations

from converter.labeller.tokens import Span, token_labels
from converter.train.annotated import parse_line


class MarkedLabeller:
    """Labels the texts it was given in markup; any other text is an error of the test."""

    def __init__(self, *marked: str):
        self.labels: dict[str, list[Span]] = {}
        for line in marked:
            example = parse_line(f"note en: {line}")
            self.labels[example["text"]] = [Span(start, end, label) for start, end, label in example["spans"]]

    def add(self, marked: str) -> str:
        """Learn one more marked text; return it without its markup."""
        example = parse_line(f"note en: {marked}")
        self.labels[example["text"]] = [Span(start, end, label) for start, end, label in example["spans"]]
        return example["text"]

    def label(self, tokens, context):
        text_end = tokens[-1].end if tokens else 0
        spans = next((spans for text, spans in self.labels.items() if len(text) >= text_end
                      and all(text[t.start:t.end] == t.text for t in tokens)), None)
        assert spans is not None, f"no markup for {[t.text for t in tokens][:8]}"
        return token_labels(tokens, spans), [0.99] * len(tokens)


def plain(marked: str) -> str:
    return parse_line(f"note en: {marked}")["text"]
