"""The hand templates, registered with the shape they produce and their language.

A template is a function `(rng) -> (Builder, has_locator)` holding one citation without its
closing full stop. "note" templates are full first notes (notes.py adds signals, joins and
the stop); "reference" templates are reference-list entries (closed here).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from converter.train import templates_de as DE
from converter.train import templates_romance as RO
from converter.train import templates_sci as SCI
from converter.train.builder import Builder


@dataclass(frozen=True)
class Template:
    name: str
    make: Callable[[random.Random], tuple[Builder, bool]]
    shape: str  # "note" or "reference"
    lang: str
    weight: float


TEMPLATES = (
    Template("de-full-note-natural", partial(DE.full_note, natural=True), "note", "de", 3),
    Template("de-full-note-colon", partial(DE.full_note, natural=False), "note", "de", 2),
    Template("de-social-science", DE.social_science_entry, "reference", "de", 3),
    Template("it-reference", RO.italian_reference, "reference", "it", 2),
    Template("it-note", RO.italian_reference, "note", "it", 2),
    Template("it-continuation", RO.italian_continuation, "reference", "it", 1),
    Template("fr-note", RO.french_note, "note", "fr", 2.5),
    Template("pt-abnt", RO.abnt_reference, "reference", "pt", 2.5),
    Template("es-note", RO.spanish_note, "note", "es", 2),
    Template("en-lncs", SCI.lncs_entry, "reference", "en", 2),
    Template("en-colon-year", SCI.colon_year_entry, "reference", "en", 1),
    Template("de-colon-year", partial(SCI.colon_year_entry, lang="de"), "reference", "de", 0.5),
    Template("en-full-note", SCI.english_full_note, "note", "en", 3),
    Template("en-editor-year", SCI.editor_year_entry, "reference", "en", 0.7),
    Template("de-editor-year", partial(SCI.editor_year_entry, lang="de"), "reference", "de", 0.5),
)
NOTE_TEMPLATES = tuple(t for t in TEMPLATES if t.shape == "note")
REFERENCE_TEMPLATES = tuple(t for t in TEMPLATES if t.shape == "reference")


def pick(rng: random.Random, pool: tuple[Template, ...], lang: str | None = None) -> Template:
    candidates = [t for t in pool if lang is None or t.lang == lang] or list(pool)
    return rng.choices(candidates, weights=[t.weight for t in candidates])[0]


def reference_example(rng: random.Random) -> dict:
    template = pick(rng, REFERENCE_TEMPLATES)
    builder, _ = template.make(rng)
    return builder.close().example("reference", template.lang, template.name)
