"""Known limitations, recorded as strict expected failures: each states what a reader should do and
does not do yet. When one starts to pass, pytest reports it (strict), and it becomes an ordinary test."""

import pytest
from testdata import page_with_note

from converter import parse
from converter.references.entry import parse_reference

LIMIT = pytest.mark.xfail(strict=True)


@LIMIT
def test_a_vancouver_entry_is_read():
    work = parse_reference("Smith J, Jones K. Rural credit in the plan. J Agrar Hist. 1990;12(3):45-67.").work
    assert work is not None
    assert ([a.family for a in work.authors], work.issued.year, work.container_title, work.volume, work.page) == (
        ["Smith", "Jones"], 1990, "J Agrar Hist", "12", "45–67")


@LIMIT
def test_an_unhyphenated_family_first_name_is_read_family_first():
    document = parse(page_with_note("Chen Yun 1956, p. 12."))
    assert document.works[0].authors[0].family == "Chen"


def test_a_title_in_running_prose_is_a_work():  # a limit until the labeller's notes held prose around titles
    document = parse(page_with_note("The figures come from the Statistical Yearbook of Hopei Province, p. 5."))
    assert [w.title for w in document.works] == ["Statistical Yearbook of Hopei Province"]

