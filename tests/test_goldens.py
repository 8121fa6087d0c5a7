"""Golden files: every case folder in tests/cases/ × every format in WRITERS.

A case is a folder holding `model.json` (the model dump, the writers' only input here, so that a
parser change cannot hide a writer bug) and one `expected.<EXTENSION>` per format. The model dump's
own golden is `model.json` itself: reading and writing it must give back the same bytes.
A format without a golden fails its test; `pytest --accept` writes the missing or changed goldens.
Files are compared as bytes: RIS's CRLF and a missing final newline count.
"""

from pathlib import Path

import pytest
from case_files import CASES, CASES_DIR, read_case

from converter.writers import WRITERS, json_model


def golden_path(case: Path, format_name: str) -> Path:
    writer = WRITERS[format_name]
    return case / ("model.json" if writer is json_model else f"expected.{writer.EXTENSION}")


def test_there_are_cases():
    assert CASES, f"no case folders with a model.json in {CASES_DIR}"


def test_extensions_are_unique():
    """Golden names (and batch output names) are derived from EXTENSION: no two formats may share one."""
    extensions = [writer.EXTENSION for writer in WRITERS.values()]
    assert len(extensions) == len(set(extensions)), extensions


@pytest.mark.parametrize("format_name", list(WRITERS))
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden(case: Path, format_name: str, accept: bool):
    document = read_case(case)
    actual = WRITERS[format_name].write(document).encode("utf-8")
    golden = golden_path(case, format_name)
    if accept:
        if not golden.exists() or golden.read_bytes() != actual:
            golden.write_bytes(actual)
        return
    assert golden.exists(), f"{golden.relative_to(CASES_DIR.parent)} is missing: run `pytest --accept` and review it"
    assert actual == golden.read_bytes(), f"{format_name} output differs from {golden.name} (`pytest --accept` to update)"
