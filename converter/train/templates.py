"""The hand templates, registered with the shape they produce and their language.

A template is a function `(rng) -> (Builder, has_locator)` holding one citation without its
closing full stop. "note" templates are full first notes (notes.py adds signals, joins and
the stop); "reference" templates are reference-list entries (closed here).

Reference templates are drawn by weight across languages (dataset.MIX gives them 18 of the 45
reference parts, 40% of the references). The weights of the list shapes of templates_lists.py and
of the science books and abbreviated journals of templates_sci.py (about 1.8 each, of 23.7) make
each of those shapes about 3% of the references: family name in capitals first, Italian and
old-book lists, the same author's next entry, corporate authors, LNCS books, Springer-basic and
Vancouver entries. Note templates are drawn within the note's language.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from converter.labeller import tokens as T
from converter.train import forms
from converter.train import templates_de as DE
from converter.train import templates_lists as LI
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


def abnt_note(rng: random.Random) -> tuple[Builder, bool]:
    """An ABNT reference as Portuguese and Brazilian notes print it, with the page cited."""
    b, _ = RO.abnt_reference(rng)
    b.add(", ").add(forms.locator(rng, "pt"), T.LOCATOR)
    return b, True


TEMPLATES = (
    Template("de-full-note-natural", partial(DE.full_note, natural=True), "note", "de", 3),
    Template("de-full-note-colon", partial(DE.full_note, natural=False), "note", "de", 2),
    Template("de-social-science", DE.social_science_entry, "reference", "de", 3),
    Template("it-reference", RO.italian_reference, "reference", "it", 2),
    Template("it-note", RO.italian_reference, "note", "it", 2),
    Template("it-continuation", RO.italian_continuation, "reference", "it", 1),
    Template("fr-note", RO.french_note, "note", "fr", 2.5),
    Template("pt-abnt", RO.abnt_reference, "reference", "pt", 2.5),
    Template("pt-abnt-note", abnt_note, "note", "pt", 2),
    Template("es-note", RO.spanish_note, "note", "es", 2),
    Template("en-lncs", SCI.lncs_entry, "reference", "en", 2),
    Template("en-colon-year", SCI.colon_year_entry, "reference", "en", 1),
    Template("de-colon-year", partial(SCI.colon_year_entry, lang="de"), "reference", "de", 0.5),
    Template("en-full-note", SCI.english_full_note, "note", "en", 3),
    Template("en-editor-year", SCI.editor_year_entry, "reference", "en", 0.7),
    Template("de-editor-year", partial(SCI.editor_year_entry, lang="de"), "reference", "de", 0.5),
    # family name in capitals first ("DURAND Michel, 1998, ...")
    Template("fr-caps-first", partial(LI.caps_first_entry, lang="fr"), "reference", "fr", 0.8),
    Template("it-caps-first", partial(LI.caps_first_entry, lang="it"), "reference", "it", 0.3),
    Template("es-caps-first", partial(LI.caps_first_entry, lang="es"), "reference", "es", 0.4),
    Template("pt-caps-first", partial(LI.caps_first_entry, lang="pt"), "reference", "pt", 0.3),
    Template("fr-caps-first-note", partial(LI.caps_first_entry, lang="fr", note=True), "note", "fr", 0.6),
    Template("it-caps-first-note", partial(LI.caps_first_entry, lang="it", note=True), "note", "it", 0.3),
    Template("es-caps-first-note", partial(LI.caps_first_entry, lang="es", note=True), "note", "es", 0.35),
    Template("pt-caps-first-note", partial(LI.caps_first_entry, lang="pt", note=True), "note", "pt", 0.4),
    # Italian lists ("Ferretti P., Storia ..., Padova 1954") and old books ("Venetiis 1749")
    Template("it-list", partial(LI.humanities_entry, lang="it"), "reference", "it", 1.5),
    Template("it-list-note", partial(LI.humanities_entry, lang="it", note=True), "note", "it", 1.0),
    Template("fr-old-book", partial(LI.humanities_entry, lang="fr", old=True), "reference", "fr", 0.15),
    Template("de-old-book", partial(LI.humanities_entry, lang="de", old=True), "reference", "de", 0.15),
    Template("en-old-book", partial(LI.humanities_entry, lang="en", old=True), "reference", "en", 0.15),
    # the same author's next entry ("Id., ...", "—, ...", "______. ...", "Ders. (1990): ...")
    Template("it-same-author", partial(LI.same_author_entry, lang="it"), "reference", "it", 0.4),
    Template("fr-same-author", partial(LI.same_author_entry, lang="fr"), "reference", "fr", 0.35),
    Template("es-same-author", partial(LI.same_author_entry, lang="es"), "reference", "es", 0.25),
    Template("pt-same-author", partial(LI.same_author_entry, lang="pt"), "reference", "pt", 0.35),
    Template("de-same-author", partial(LI.same_author_entry, lang="de"), "reference", "de", 0.3),
    Template("en-same-author", partial(LI.same_author_entry, lang="en"), "reference", "en", 0.2),
    # corporate authors ("Ministerio de Agricultura, Pesca y Alimentación (2007): ...")
    Template("es-corporate", partial(LI.corporate_entry, lang="es"), "reference", "es", 0.55),
    Template("it-corporate", partial(LI.corporate_entry, lang="it"), "reference", "it", 0.45),
    Template("pt-corporate", partial(LI.corporate_entry, lang="pt"), "reference", "pt", 0.45),
    Template("fr-corporate", partial(LI.corporate_entry, lang="fr"), "reference", "fr", 0.4),
    Template("es-corporate-note", partial(LI.corporate_entry, lang="es", note=True), "note", "es", 0.35),
    Template("it-corporate-note", partial(LI.corporate_entry, lang="it", note=True), "note", "it", 0.3),
    Template("pt-corporate-note", partial(LI.corporate_entry, lang="pt", note=True), "note", "pt", 0.4),
    Template("fr-corporate-note", partial(LI.corporate_entry, lang="fr", note=True), "note", "fr", 0.35),
    # books without "In:" and abbreviated journals
    Template("en-lncs-book", SCI.lncs_book_entry, "reference", "en", 1.2),
    Template("en-springer-basic", SCI.springer_basic_entry, "reference", "en", 1.0),
    Template("en-vancouver", partial(SCI.springer_basic_entry, vancouver=True), "reference", "en", 0.8),
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
