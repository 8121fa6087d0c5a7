"""The case folders under tests/cases/: each holds its input page (`page.txt`, `page.html` or
`page.htm`; a page of examples/ is a link to it), the model read from it (`model.json`) and one
golden per format (`expected.<ext>`), written from the model.

Shared by the golden tests and the writers' round-trip and consumer tests, so that a new case is
picked up by all of them. A case without a page (sampler) is a model written by hand, for the writers.
"""

from pathlib import Path

from converter.model import Document
from converter.writers import json_model

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "model.json").is_file())
PAGE_NAMES = ("page.txt", "page.html", "page.htm")


def page_of(case: Path | str) -> Path | None:
    """The input page of a case folder (or of the case with that name), None for a model-only case."""
    folder = CASES_DIR / case if isinstance(case, str) else case
    return next((folder / name for name in PAGE_NAMES if (folder / name).exists()), None)


PAGE_CASES = [case for case in CASES if page_of(case)]


def read_case(case: Path | str) -> Document:
    """The Document of a case folder (or of the case with that name), read from its model.json."""
    folder = CASES_DIR / case if isinstance(case, str) else case
    return json_model.read((folder / "model.json").read_text(encoding="utf-8"))
