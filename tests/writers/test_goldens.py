"""Writer goldens: every case folder in tests/cases/ × every format in WRITERS.

A case folder holds `model.json` (the writers' only input here, so that a parser change cannot hide a
writer bug) and one `expected.<EXTENSION>` per format. The model dump's own golden is `model.json`
itself: reading and writing it must give back the same bytes. Files are compared as bytes: RIS's CRLF
and a missing final newline count. `pytest --accept` writes the missing or changed goldens.
"""

from pathlib import Path

import pytest
from case_files import CASES, CASES_DIR, read_case

from converter.model import WORK_TYPES
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


@pytest.mark.parametrize("format_name", [name for name in WRITERS if WRITERS[name] is not json_model])
def test_every_type_is_in_the_writers_table(format_name):
    """Each writer maps every model type through its own table (none falls to a default by accident)."""
    table = WRITERS[format_name].TYPES
    assert set(WORK_TYPES) <= set(table), sorted(set(WORK_TYPES) - set(table))


@pytest.mark.parametrize("format_name", list(WRITERS))
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden(case: Path, format_name: str, golden):
    golden.check(golden_path(case, format_name), WRITERS[format_name].write(read_case(case)))
