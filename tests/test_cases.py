"""Every case folder with a page: the page reads into the model its folder holds (tests/cases/<case>/).

The model goldens were reviewed by eye when written (`pytest --accept`); the writers' goldens are
written from them (writers/test_goldens.py), so a reader change shows here and a writer change there.
"""

import pytest
from case_files import PAGE_CASES, page_of

from converter import parse
from converter.writers import json_model


@pytest.mark.parametrize("case", PAGE_CASES, ids=lambda p: p.name)
def test_the_page_reads_into_its_model(case, golden):
    document = parse(page_of(case).read_text(encoding="utf-8"))
    golden.check(case / "model.json", json_model.write(document))


def test_there_are_page_cases():
    assert len(PAGE_CASES) >= 12
