"""Chapter pages of other shapes: a reference-work entry; messy copies of the example page."""

from __future__ import annotations

import pytest

from converter import parse
from converter.model import ENTRY, Name
from converter.writers import json_model
from testdata import CASES, EXAMPLE, TESTS

ENTRY_PAGE = TESTS / "pages" / "lindqvist2016-reference-entry.txt"


@pytest.fixture(scope="module")
def entry():
    return parse(ENTRY_PAGE.read_text(encoding="utf-8"))


def test_reference_work_entry(entry):
    chapter = entry.chapter
    assert chapter.type == ENTRY
    assert chapter.title == "Household Responsibility System"
    assert chapter.container_title == "Encyclopedia of Chinese Economic History"
    assert chapter.editors == (Name("Chen", "J."), Name("Åberg", "P."))
    assert chapter.page == "1203–1206"
    assert chapter.abstract.startswith("The household responsibility system (baochan daohu)")
    assert chapter.language == "en"
    assert [(w.short_forms[0], [n.number for n, _ in entry.citations_of(w.id)]) for w in entry.works] == [
        ("Lin 1992", [1]), ("Kelliher 1992", [1, 2, 3])]


def test_reference_work_entry_golden(entry, request):
    golden = CASES / "lindqvist2016" / "model.json"
    text = json_model.write(entry)
    if request.config.getoption("--accept", default=False):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def messy(text: str) -> list[tuple[str, str]]:
    """Ways a copy of the same page arrives; each must give the same document."""
    no_scholar = "\n".join(line for line in text.split("\n") if line.strip() != "Google Scholar")
    return [
        ("crlf", text.replace("\n", "\r\n")),
        ("no google scholar", no_scholar),
        ("no blank lines", "\n".join(line for line in text.split("\n") if line.strip())),
        ("nbsp", text.replace(" 1956", "\u00a01956").replace("p. ", "p.\u00a0")),
        ("soft hyphens and ligatures", text.replace("Grossmann", "Gross\u00admann").replace("fi", "ﬁ")),
        ("tabs", text.replace("  1. ", "\t1.\t")),
    ]


@pytest.mark.parametrize("name, copy", messy(EXAMPLE.read_text(encoding="utf-8")),
                         ids=[m[0] for m in messy("")])
def test_messy_copies_read_the_same(name, copy):
    clean = parse(EXAMPLE.read_text(encoding="utf-8"))
    document = parse(copy)
    assert document.chapter == clean.chapter
    assert [w.id for w in document.works] == [w.id for w in clean.works]
    assert [[(c.work_id, c.locator.value) for c in n.citations] for n in document.notes] == [
        [(c.work_id, c.locator.value) for c in n.citations] for n in clean.notes]
