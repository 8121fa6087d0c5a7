"""Several author-year citations in a row, as prose cites them: "Huber (1992), Krause (1994) und
Lang (1991)", "(Brenner/Wolf 1989: 491; Lutz 1986: 316 ff.)", "Roth (1979, 1994)".

One list keeps one shape (authors keep their style inside a sentence): the year in brackets with or
without the place cited inside ("Huber (1992: 45)") or after ("Huber (1992), S. 45"), or bare
("Huber 1992: 45"); inside a bracket the list is always bare. Names are authors (or editors),
years dates, places cited locators; the commas, "und", "and", ";" between citations are glue.
"""

from __future__ import annotations

import random

from converter.labeller import tokens as T
from converter.train import forms
from converter.train import short_forms as S
from converter.train.builder import Builder

LAST_JOINERS = {"en": (" and ", ", and ", "; "), "de": (" und ", " sowie ", "; "), "fr": (" et ", "; "),
                "it": (" e ", "; "), "es": (" y ", "; "), "pt": (" e ", "; ")}
# Shapes of one list: (year bracketed, where the place cited goes).
SHAPES = (("bracket", "inside"), ("bracket", "none"), ("bracket", "after"), ("bare", "colon"), ("bare", "none"),
          ("bare", "comma"))
SHAPE_WEIGHTS = (25, 30, 10, 15, 15, 5)
# How often one author is cited with two years at once ("Roth (1979, 1994)").
TWO_YEARS_SHARE = 0.1


def cited_list(rng: random.Random, lang: str, bracketed: bool) -> Builder:
    """Two to five citations; `bracketed`: the list stands inside "( … )", so its years are bare."""
    year_form, place = rng.choices(SHAPES, SHAPE_WEIGHTS)[0]
    if bracketed:
        year_form, place = "bare", {"inside": "colon", "after": "none"}.get(place, place)
    count = rng.choices((2, 3, 4, 5), (45, 30, 15, 10))[0]
    between = rng.choice((", ", "; ")) if not bracketed else rng.choice(("; ", "; ", ", "))
    last = rng.choice(LAST_JOINERS[lang] + (between,))
    b = Builder()
    for index in range(count):
        if index:
            b.add(last if index == count - 1 else between)
        one_citation(b, rng, lang, S.new_work(rng, lang), year_form, place)
    return b


def one_citation(b: Builder, rng: random.Random, lang: str, work: S.Work, year_form: str, place: str) -> None:
    b.add(forms.short_names(work.people, lang, rng), S.creator_label(work))
    cited = rng.random() < 0.7
    if year_form == "bracket":
        b.add(" (").add(work.year, T.DATE)
        if rng.random() < TWO_YEARS_SHARE:
            b.add(", ").add(forms.year_text(rng, lang, allow_suffix=False), T.DATE)
        elif place == "inside" and cited:
            b.add(rng.choice((": ", ", "))).add(bare_or_labelled(rng, lang), T.LOCATOR)
        b.add(")")
        if place == "after" and cited:
            b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
        return
    b.add(" ").add(work.year, T.DATE)
    if place == "colon" and cited:
        b.add(": ").add(bare_or_labelled(rng, lang, bare_share=0.8), T.LOCATOR)
    elif place == "comma" and cited:
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)


def bare_or_labelled(rng: random.Random, lang: str, bare_share: float = 0.6) -> str:
    """After "1998:" the page is mostly bare ("1998: 447", "1986: 316 ff.")."""
    return forms.page_value(rng, lang) if rng.random() < bare_share else forms.locator(rng, lang)
