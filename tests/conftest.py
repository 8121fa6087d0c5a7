"""Shared pytest options and fixtures.

`pytest --accept` rewrites golden files instead of comparing them (as pandoc's test suite does);
review the diff by eye before committing it. The one `golden` fixture does it for every golden
test: a golden that differs fails, a missing golden fails with the command that writes it, and
only under `--accept` is anything written.
"""

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on hypothesis's fixed sequence of examples, so that a landing never
# depends on luck; local runs keep exploring new examples (and keep the ones that failed).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

TESTS = Path(__file__).parent


def pytest_addoption(parser):
    parser.addoption(
        "--accept", action="store_true", default=False,
        help="write each golden file (tests/cases/<case>/model.json, expected.<ext>) instead of comparing",
    )


@pytest.fixture
def accept(request) -> bool:
    return request.config.getoption("--accept")


class Golden:
    def __init__(self, accept: bool):
        self.accepting = accept

    def check(self, path: Path, actual: str | bytes) -> None:
        """`actual` must equal the golden file at `path`, byte for byte (RIS's CRLF included)."""
        data = actual.encode("utf-8") if isinstance(actual, str) else actual
        shown = path.relative_to(TESTS.parent) if path.is_relative_to(TESTS.parent) else path
        if self.accepting:
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
            return
        assert path.exists(), f"{shown} is missing: run `pytest --accept` to write it, and review it"
        assert data == path.read_bytes(), f"the output differs from {shown} (`pytest --accept` to update, then review)"


@pytest.fixture
def golden(accept) -> Golden:
    return Golden(accept)
