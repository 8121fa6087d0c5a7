"""Read `data/annotated.txt`, the hand-annotated lines, into EXAMPLES.

A line is `CONTEXT LANG: text`, CONTEXT "note" or "ref", the text marked with
`<label>...</label>` tags named after the labels of `converter.labeller.tokens` (not nested).
"""

from __future__ import annotations

import re
from functools import cache

from converter.labeller import tokens as T
from converter.train.wordlists import DATA

LINE = re.compile(r"^(note|ref) (en|de|fr|it|es|pt): (.+)$")
TAG = re.compile(r"<(/?)([a-z]+)>")
CONTEXTS = {"note": "note", "ref": "reference"}


class AnnotationError(ValueError):
    pass


def parse_line(line: str) -> dict:
    match = LINE.match(line)
    if not match:
        raise AnnotationError(f"not 'CONTEXT LANG: text': {line!r}")
    context, lang, marked = match.groups()
    text_parts: list[str] = []
    spans: list[list] = []
    length = 0
    open_label: str | None = None
    open_at = 0
    position = 0
    for tag in TAG.finditer(marked):
        piece = marked[position:tag.start()]
        text_parts.append(piece)
        length += len(piece)
        position = tag.end()
        closing, label = tag.group(1) == "/", tag.group(2)
        if label not in T.LABELS:
            raise AnnotationError(f"unknown label {label!r} in {line!r}")
        if closing:
            if label != open_label:
                raise AnnotationError(f"</{label}> closes <{open_label}> in {line!r}")
            spans.append([open_at, length, label])
            open_label = None
        else:
            if open_label is not None:
                raise AnnotationError(f"<{label}> inside <{open_label}> in {line!r}")
            open_label, open_at = label, length
    if open_label is not None:
        raise AnnotationError(f"<{open_label}> not closed in {line!r}")
    text_parts.append(marked[position:])
    return {"text": "".join(text_parts), "spans": spans, "context": CONTEXTS[context], "lang": lang,
            "source": "annotated"}


@cache
def examples() -> tuple[dict, ...]:
    found = []
    for line in (DATA / "annotated.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            found.append(parse_line(line))
    return tuple(found)
