"""The case folders under tests/cases/: each holds a model.json and one golden per format.

Shared by the golden test and the writers' round-trip and consumer tests, so that a new case is
picked up by all of them.
"""

from pathlib import Path

from converter.model import Document
from converter.writers import json_model

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "model.json").is_file())


def read_case(case: Path | str) -> Document:
    """The Document of a case folder (or of the case with that name), read from its model.json."""
    folder = CASES_DIR / case if isinstance(case, str) else case
    return json_model.read((folder / "model.json").read_text(encoding="utf-8"))
