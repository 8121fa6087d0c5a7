"""The one golden-file fixture: compares, fails clearly when a golden is missing, writes only under --accept."""

import pytest
from conftest import Golden


def test_a_golden_that_matches_passes(tmp_path):
    path = tmp_path / "expected.ris"
    path.write_bytes(b"TY  - BOOK\r\nER  - \r\n")
    Golden(accept=False).check(path, "TY  - BOOK\r\nER  - \r\n")


def test_a_golden_that_differs_fails(tmp_path):
    path = tmp_path / "expected.ris"
    path.write_bytes(b"TY  - BOOK\r\nER  - \r\n")
    with pytest.raises(AssertionError, match="differs from .*expected.ris"):
        Golden(accept=False).check(path, "TY  - BOOK\nER  - \n")  # CRLF counts


def test_a_missing_golden_fails_and_is_not_written(tmp_path):
    path = tmp_path / "model.json"
    with pytest.raises(AssertionError, match="model.json is missing: run `pytest --accept`"):
        Golden(accept=False).check(path, "{}\n")
    assert not path.exists()


def test_accept_writes_missing_and_changed_goldens(tmp_path):
    missing, changed = tmp_path / "a.json", tmp_path / "b.json"
    changed.write_text("old", encoding="utf-8")
    Golden(accept=True).check(missing, "new\n")
    Golden(accept=True).check(changed, "new\n")
    assert missing.read_text(encoding="utf-8") == changed.read_text(encoding="utf-8") == "new\n"
