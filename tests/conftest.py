"""Shared pytest options. `pytest --accept` rewrites golden files instead of comparing them
(as pandoc's test suite does); review the diff by eye before committing it."""

import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--accept", action="store_true", default=False,
        help="write each writer's output over its golden file in tests/cases/ instead of comparing",
    )


@pytest.fixture
def accept(request) -> bool:
    return request.config.getoption("--accept")
