"""Tokens never straddle two fields; identifiers stay whole."""

from __future__ import annotations

from converter.labeller.tokens import IDENT, tokenize


def test_identifiers_are_one_token_each():
    text = ("Title. arXiv preprint arXiv:2104.01234v2 (2021); arXiv: math.AG/0601001; "
            "https://doi.org/10.1000/xyz1; ISBN 978-3-16-148410-0")
    identifiers = [t.text for t in tokenize(text) if t.kind == IDENT]
    assert identifiers == ["arXiv:2104.01234v2", "arXiv: math.AG/0601001", "https://doi.org/10.1000/xyz1",
                           "ISBN 978-3-16-148410-0"]


def test_a_volume_issue_and_pages_glued_together_are_three_numbers():
    assert [t.text for t in tokenize("12(3):45–67")] == ["12", "(", "3", ")", ":", "45", "–", "67"]
