"""`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, with json's C encoder writing
every string, number and constant: json indents with its pure-Python encoder, which took two
thirds of the CSL-JSON writer's time. Only the nesting is walked here. Object keys are strings
(every writer's are; json.dumps would also turn numbers into keys).
"""

from __future__ import annotations

import json
from typing import Any

leaf_text = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps builds one per call
STEP = "  "


def indented(value: Any) -> str:
    parts: list[str] = []
    write_value(value, "\n", parts)
    return "".join(parts)


def write_value(value: Any, newline: str, out: list[str]) -> None:
    """`newline`: a newline and the indentation of the line `value` starts on."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + STEP
        separator = "{" + inner
        for key, item in value.items():
            out.append(separator + leaf_text(key) + ": ")
            write_value(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + STEP
        separator = "[" + inner
        for item in value:
            out.append(separator)
            write_value(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    else:
        out.append(leaf_text(value))
