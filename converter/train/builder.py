"""Build an example's text piece by piece, recording each labelled piece's span.

Templates, note composition and the annotated-line parser all write through a `Builder`:
`add("Müller, H.", AUTHOR)`, `add(" (")`, ... `example(...)` returns the EXAMPLE dict. Spans are
trimmed of surrounding spaces; adjacent pieces with one label become one span.
"""

from __future__ import annotations

from converter.labeller import tokens as T


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.length = 0

    def add(self, text: str, label: str | None = None) -> Builder:
        if not text:
            return self
        if label is not None and label != T.OTHER:
            start = self.length + (len(text) - len(text.lstrip()))
            end = self.length + len(text.rstrip())
            if start < end:
                last = self.spans[-1] if self.spans else None
                if last and last[2] == label and last[1] == self.length and start == self.length:
                    last[1] = end
                else:
                    self.spans.append([start, end, label])
        self.parts.append(text)
        self.length += len(text)
        return self

    def extend(self, text: str, spans: list[list]) -> Builder:
        """Append an already labelled text (a rendered citation)."""
        for start, end, label in spans:
            self.spans.append([self.length + start, self.length + end, label])
        self.parts.append(text)
        self.length += len(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def ends_with(self, chars: str) -> bool:
        text = self.text().rstrip()
        return bool(text) and text[-1] in chars

    def close(self, stop: str = ".") -> Builder:
        """End the text with `stop` unless it already ends with a stop or a bracket does."""
        text = self.text().rstrip()
        if text and text[-1] not in ".!?":
            self.add(stop)
        return self

    def example(self, context: str, lang: str, source: str) -> dict:
        text = self.text()
        stripped = text.rstrip()
        lead = len(text) - len(text.lstrip())
        spans = [[max(0, s - lead), min(len(stripped) - lead, e - lead), label]
                 for s, e, label in self.spans if e - lead > 0 and s - lead < len(stripped) - lead]
        spans = [s for s in spans if s[0] < s[1]]
        return {"text": stripped.lstrip(), "spans": sorted(spans), "context": context, "lang": lang,
                "source": source}


def strip_final_stop(text: str, spans: list[list]) -> tuple[str, list[list]]:
    """Drop a citation's closing full stop (to join it with others), unless a span ends on it
    ("ed.", "S. 12 f.")."""
    if text.endswith(".") and not any(end == len(text) for _, end, _ in spans):
        return text[:-1], spans
    return text, spans
