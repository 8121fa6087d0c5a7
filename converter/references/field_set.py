"""The labelled fields of one citation, in printed order and by label (references/fields.py reads them)."""

from __future__ import annotations

from dataclasses import dataclass, field

# The brackets, quotes and punctuation a field's text may carry around its value.
OUTER = " \t,;:.()[]{}“”„\"'«»‘’‚<>=–—-"


def tidy(text: str) -> str:
    """A field's value without the brackets, quotes and punctuation around it; a bracket that closes
    or opens one inside the value stays ("Die Stadt (1950–1960)")."""
    text = " ".join(text.split())
    start = len(text) - len(text.lstrip(OUTER))
    end = len(text.rstrip(OUTER))
    if start >= end:
        return ""
    for opener, closer in ("()", "[]"):
        while text.count(opener, start, end) > text.count(closer, start, end) and text.startswith(closer, end):
            end += 1
        while text.count(closer, start, end) > text.count(opener, start, end) and start \
                and text[start - 1] == opener:
            start -= 1
    return text[start:end]


@dataclass
class Fields:
    """The texts of one citation's labelled spans, in order, by label; `glue` is what stood between."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    glue_before_container: str = ""  # "In:" / "in" before the container: a chapter
    after_in: int = -1  # where in `sequence` the field printed right after that "In:" stands
    sequence: list[tuple[str, str]] = field(default_factory=list)  # (label, text) in printed order

    def add(self, label: str, text: str) -> None:
        self.texts.setdefault(label, []).append(text)
        self.sequence.append((label, text))

    def extend_last(self, more: str) -> None:
        label, text = self.sequence[-1]
        self.sequence[-1] = (label, text + more)
        self.texts[label][-1] += more

    def relabel_last(self, label: str, more: str) -> None:
        """The last field, `more` appended, under another label."""
        _, text = self.sequence[-1]
        self.splice(len(self.sequence) - 1, 1, [(label, text + more)])

    def splice(self, index: int, count: int, fields: list[tuple[str, str]]) -> None:
        """`count` fields from `index` replaced by `fields` (label, text); the texts by label follow
        the printed order, as `add` keeps them."""
        self.sequence[index:index + count] = fields
        self.texts = {}
        for label, text in self.sequence:
            self.texts.setdefault(label, []).append(text)

    def first(self, label: str) -> str:
        values = self.texts.get(label)
        return values[0] if values else ""

    def joined(self, label: str, separator: str = ". ") -> str:
        return separator.join(v for v in (tidy(t) for t in self.texts.get(label, ())) if v)

    def has(self, *names: str) -> bool:
        return any(self.texts.get(name) for name in names)
