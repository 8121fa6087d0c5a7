"""The review page (-f html): self-contained, and checked in a real browser (Debian's chromium, driven
by playwright): no console errors, nothing fetched, a screenshot that is not blank, and a click on a
citation scrolls to its work. Skipped only when chromium is not installed (.ci/run installs it)."""

import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from case_files import read_case

from converter.model import Citation, Date, Document, Locator, Name, Note, Problem, Work
from converter.writers import review

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_self_contained_no_scripts_or_external_assets():
    page = review.write(read_case("kraus1982"))
    assert "<script" not in page and "<link" not in page and "<img" not in page and "@import" not in page
    assert not re.search(r"\bsrc=", page)
    targets = set(re.findall(r'id="([^"]+)"', page))
    assert set(re.findall(r'href="#([^"]+)"', page)) <= targets  # every in-page link has its target


def test_citations_signals_locators_and_problems_are_marked():
    work = Work("smith1990", authors=(Name("Smith"),), issued=Date((1990,)), title="A <b>bold</b> title")
    first = Citation("smith1990", "Smith 1990, p. 4", prefix="Cf.", locator=Locator(printed="p. 4", value="4"))
    again = Citation("smith1990", "Ibid., p. 5", ibid=True, confidence=0.3, locator=Locator(printed="p. 5", value="5"))
    notes = (Note(1, "Cf. Smith 1990, p. 4; something unread.", (first,), unparsed="something unread"),
             Note(2, "Ibid., p. 5.", (again,)))
    document = Document(chapter=Work("c", title="Chapter"), works=(work,), notes=notes,
                        problems=(Problem("low-confidence", "Ibid. read with 0.3", 2, "Ibid."),))
    page = review.write(document)
    assert '<span class="signal">Cf.</span> <a class="cite" href="#work-smith1990"' in page
    assert '<span class="locator">p. 4</span>' in page
    assert 'class="cite back low"' in page and "low confidence 0.30" in page
    assert '<span class="unparsed">something unread</span>' in page
    assert "A &lt;b&gt;bold&lt;/b&gt; title" in page  # escaped where it is put in
    assert "low-confidence readings: <strong>1</strong>" in page and "text not read: <strong>1</strong>" in page
    assert '<a href="#note-1">note 1</a> (p. 4), <a href="#note-2">note 2</a> (p. 5)' in page


def png_is_not_blank(data: bytes) -> bool:
    """Decode the PNG's pixel bytes (no imaging library needed) and look for more than a few values."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IDAT":
            idat += data[position + 8:position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(idat))) > 16


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_page_in_a_real_browser(tmp_path: Path):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "review.html"
    path.write_text(review.write(read_case("kraus1982")), encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            errors: list[str] = []
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("request", lambda request: None if request.url.startswith("file:") else errors.append(
                f"fetched {request.url}"))
            page.goto(path.as_uri())
            assert png_is_not_blank(page.screenshot())
            assert page.evaluate("window.scrollY") == 0
            page.locator('a.cite[href="#work-grossmann1960"]').first.click()
            page.wait_for_function("location.hash === '#work-grossmann1960'")
            assert page.evaluate("window.scrollY") > 1000
            box = page.locator("#work-grossmann1960").bounding_box()
            assert box is not None and 0 <= box["y"] < 900  # the work is on screen
            assert errors == []
        finally:
            browser.close()
