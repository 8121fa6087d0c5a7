"""Shared pytest options. `pytest --accept` rewrites golden files instead of comparing them
(as pandoc's test suite does); review the diff by eye before committing it."""

import os

import pytest
from hypothesis import settings

# CI runs the property tests on hypothesis's fixed sequence of examples, so that a landing never
# depends on luck; local runs keep exploring new examples (and keep the ones that failed).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_addoption(parser):
    parser.addoption(
        "--accept", action="store_true", default=False,
        help="write each writer's output over its golden file in tests/cases/ instead of comparing",
    )


@pytest.fixture
def accept(request) -> bool:
    return request.config.getoption("--accept")
