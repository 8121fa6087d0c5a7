"""Read the generator's word lists: `data/<name>.txt`, split into `[section]`s.

One entry a line; blank lines and lines starting with "#" are skipped; a line before any
section header belongs to the section "". Entries keep their case and inner spaces.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {"": []}
    current = found[""]
    for raw in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1], [])
            continue
        current.append(line)
    return {key: tuple(values) for key, values in found.items() if values}


def entries(name: str, section: str = "") -> tuple[str, ...]:
    return sections(name)[section]
