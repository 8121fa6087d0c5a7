"""Where the test data lives."""

from pathlib import Path

TESTS = Path(__file__).parent
ROOT = TESTS.parent
EXAMPLES = ROOT / "examples"
EXAMPLE = EXAMPLES / "kraus1982-springer-chapter.txt"
CASES = TESTS / "cases"
