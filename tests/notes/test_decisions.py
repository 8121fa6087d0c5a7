"""Court decisions cited the German way, by the law report they are printed in ("BVerwG, NVwZ 1998,
512 (514)"): read by rule as items of the report, one work per decision, the page cited as the locator."""

from testdata import page_with_note

from converter import parse


def test_court_decisions_are_works_of_their_law_report():
    document = parse(page_with_note("BVerwG, NVwZ 1998, 512 (514); OVG Lüneburg, NVwZ 1998, 512 (516); "
                                    "VGH Kassel, NVwZ 1998, 601; Brandt 1997: 14."))
    reports = [(w.container_title, w.issued.year, w.page, w.authors) for w in document.works][:2]
    assert reports == [("NVwZ", 1998, "512", ()), ("NVwZ", 1998, "601", ())]  # two decisions, one cited twice
    note = document.notes[0]
    assert [c.locator.value for c in note.citations] == ["514", "516", "", "14"]
    assert note.citations[0].text == "BVerwG, NVwZ 1998, 512 (514)"  # the court stays with the citation
    assert [a.family for a in document.works[2].authors] == ["Brandt"]
