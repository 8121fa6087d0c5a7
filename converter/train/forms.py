"""How hand templates and notes print names, role marks, dates and locators, per language.

Each function takes the example's `random.Random` and returns printed text. The marks ("(Hrsg.)",
"a cura di", "u.a.", "o.J.", "S.") come from converter.lexicon's per-language tables, so the
generator prints only what the readers know; how a language brackets, spaces or capitalizes them
is decided here.
"""

from __future__ import annotations

import random
import re
from functools import cache

from converter import lexicon as L
from converter.train import names as N
from converter.train import records


def pick(rng: random.Random, printed: tuple[str, ...]) -> str:
    """One of a language's printed forms; the lexicon lists the usual one first, and it comes
    twice as often as each other."""
    return rng.choice((printed[0], *printed))


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def spaced(text: str) -> str:
    """ "o.J." -> "o. J.", "a.a.O." -> "a. a. O." (German and French print both)."""
    return re.sub(r"\.(?=\w)", ". ", text)


# -- names -----------------------------------------------------------------------------------------

CONNECTORS = {"en": (" and ", " & ", ", and "), "de": (" und ", "/", " / ", " u. "), "fr": (" et ",),
              "it": (" e ", ", "), "es": (" y ", " e "), "pt": (" e ", "; ")}


def et_al(rng: random.Random, lang: str) -> str:
    return pick(rng, L.ET_AL_BY_LANGUAGE[lang])


def given_initials(name: dict, rng: random.Random) -> str:
    given = name.get("given", "")
    return N.initials(given, ". " if rng.random() < 0.8 else ".") if given else ""


def printed(name: dict, form: str, rng: random.Random) -> str:
    """One name. Forms: "family", "inverted" (Family, Given), "natural" (Given Family),
    "initials-first" (G. Family), "inverted-initials" (Family, G.), "caps-inverted" (FAMILY, Given),
    "natural-caps" (Given FAMILY), "family-initials" (Family G. or Family G. H.), "caps-first"
    (FAMILY Given, no comma: French and EU social-science lists), "initials-caps" (G. FAMILY),
    "vancouver" (Family GH: initials without stops)."""
    if "literal" in name:
        return name["literal"]
    family = N.family_of(name)
    dropping = name.get("dropping-particle")
    given = name.get("given", "")
    if form == "family" or not given:
        return family
    if form == "inverted":
        return f"{family}, {given}" + (f" {dropping}" if dropping else "")
    if form == "inverted-initials":
        return f"{family}, {given_initials(name, rng)}"
    if form == "caps-inverted":
        return f"{family.upper()}, {given if rng.random() < 0.6 else given_initials(name, rng)}"
    if form == "natural-caps":
        return f"{given} {(dropping + ' ') if dropping else ''}{family.upper()}"
    if form == "initials-first":
        return f"{given_initials(name, rng)} {(dropping + ' ') if dropping else ''}{family}"
    if form == "family-initials":
        letters = given_initials(name, rng)
        return f"{family} {letters if rng.random() < 0.35 else letters.replace(' ', '')}"
    if form == "caps-first":
        return f"{family.upper()} {given if rng.random() < 0.75 else given_initials(name, rng)}"
    if form == "initials-caps":
        return f"{given_initials(name, rng)} {(dropping + ' ') if dropping else ''}{family.upper()}"
    if form == "vancouver":
        return f"{family} {given_initials(name, rng).replace('.', '').replace(' ', '').replace('-', '')}"
    return f"{given} {(dropping + ' ') if dropping else ''}{family}"


def name_list(people: list[dict], lang: str, rng: random.Random, form: str,
              later_form: str | None = None, max_names: int = 3, connector: str | None = None) -> str:
    """Names joined as printed ("Smith, J., and K. Jones", "Müller/Schulz", "Weber u.a.")."""
    later_form = later_form or form
    if len(people) > max_names:
        shown = [printed(people[0], form, rng)]
        if rng.random() < 0.3 and max_names > 1:
            shown.append(printed(people[1], later_form, rng))
        joiner = ", " if len(shown) > 1 else " "
        return ", ".join(shown) + joiner.replace(", ", " ") + et_al(rng, lang)
    printed_names = [printed(p, form if i == 0 else later_form, rng) for i, p in enumerate(people)]
    if len(printed_names) == 1:
        return printed_names[0]
    connector = connector or rng.choice(CONNECTORS[lang])
    if connector.strip() in ("/", ";"):
        return connector.join(printed_names)
    separator = "; " if form in ("caps-inverted", "inverted") and rng.random() < 0.3 else ", "
    return separator.join(printed_names[:-1]) + connector + printed_names[-1]


def short_names(people: list[dict], lang: str, rng: random.Random, caps: bool = False) -> str:
    """Authors of a short citation: "Müller", "Smith and Jones", "Weber u.a.", "MENDONÇA"."""
    families = [N.family_of(p) for p in people]
    if caps:
        families = [f.upper() for f in families]
    if len(families) == 1:
        return families[0]
    if len(families) == 2:
        return families[0] + rng.choice(CONNECTORS[lang]).replace(", and ", " and ") + families[1]
    if len(families) == 3 and rng.random() < 0.4:
        return f"{families[0]}, {families[1]}{rng.choice(CONNECTORS[lang]).replace(', and ', ' and ')}{families[2]}"
    return f"{families[0]} {et_al(rng, lang)}"


# -- role marks -----------------------------------------------------------------------------------

# How often a language capitalizes an editor mark in brackets ("(Ed.)", "(Org.)"), and how often
# English prints it bare ("Smith ed."); everywhere else it is bracketed.
CAPITALIZED_MARKS = {"en": 0.5, "pt": 0.25}
BARE_MARKS = {"en": 1 / 3}
SINGULAR_MARKS = {plural: single for single, plural in L.EDITOR_MARK_PLURALS.items()}


def editor_after(people: list[dict], lang: str, rng: random.Random, bracketed: bool = False) -> str:
    """An editor mark agreeing in number ("(ed.)" for one editor, "(eds.)" for several);
    `bracketed` where the citation's shape wants brackets ("Lenz/Roth (Eds.): Book")."""
    mark = pick(rng, L.EDITOR_MARKS_AFTER_BY_LANGUAGE[lang])
    if len(people) > 1 and rng.random() < 0.85:
        mark = L.EDITOR_MARK_PLURALS.get(mark, mark)
    elif len(people) == 1:
        mark = SINGULAR_MARKS.get(mark, mark)
    if not bracketed and rng.random() < BARE_MARKS.get(lang, 0):
        return mark
    return f"({capitalized(mark) if rng.random() < CAPITALIZED_MARKS.get(lang, 0) else mark})"


def editor_before(lang: str, rng: random.Random) -> str:
    """ "edited by", "hrsg. v.", sometimes capitalized ("Hrsg. von")."""
    mark = pick(rng, L.EDITOR_MARKS_BEFORE_BY_LANGUAGE[lang])
    return capitalized(mark) if rng.random() < 0.2 else mark


def translator_phrase(people: list[dict], lang: str, rng: random.Random) -> str:
    """ "übers. v. Klara Weiß", "trans. P. Loy", "traduit par Anne Roux" (one translator span)."""
    names = name_list(people, lang, rng, rng.choice(("natural", "initials-first")))
    return f"{pick(rng, L.TRANSLATOR_MARKS_BY_LANGUAGE[lang])} {names}"


REMARKS = {"en": ("Reprint", "repr.", "Originally published {Y}", "[computer file]", "reprinted {Y}", "2 vols."),
           "de": ("Nachdruck {Y}", "Neudruck", "ND {Y}", "Erstausgabe {Y}", "Reprint"),
           "fr": ("réimpr. {Y}", "rééd. {Y}", "1re éd. {Y}"), "it": ("ristampa anastatica", "rist. {Y}", "1a ed. {Y}"),
           "es": ("reimpr. {Y}", "1a ed. {Y}"), "pt": ("reimpr. {Y}", "1. ed. {Y}", "fac-símile")}


def remark(lang: str, rng: random.Random) -> str:
    """A bibliographic remark (label note): "Reprint", "Nachdruck 1979", "Originally published 1923"."""
    return rng.choice(REMARKS[lang]).replace("{Y}", str(records.year(rng)))


# -- dates and numbers ----------------------------------------------------------------------------

# Languages that print "no date" with inner spaces half the time ("o. J."), and ABNT's brackets.
SPACED_NO_DATE = ("de", "fr")
BRACKETED_NO_DATE = ("pt",)


def no_date(rng: random.Random, lang: str) -> str:
    """ "n.d.", "o.J." or "o. J.", "s.d.", "[s.d.]"."""
    mark = pick(rng, L.NO_DATE_BY_LANGUAGE[lang])
    if lang in SPACED_NO_DATE and rng.random() < 0.5:
        mark = spaced(mark)
    if lang in BRACKETED_NO_DATE and rng.random() < 0.5:
        mark = f"[{mark}]"
    return mark


def year_text(rng: random.Random, lang: str, allow_suffix: bool = True) -> str:
    """A printed year: mostly "1990", sometimes "1990a", "1943/44", "1959–1960", "o.J."."""
    year = records.year(rng)
    roll = rng.random()
    if roll < 0.02:
        return no_date(rng, lang)
    if roll < 0.07 and allow_suffix:
        return f"{year}{rng.choice('abc')}"
    if roll < 0.09:
        return f"{year}/{str(year + 1)[-2:]}"
    if roll < 0.10:
        return f"{year}{rng.choice(('–', '-'))}{year + rng.randint(1, 3)}"
    return str(year)


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XX", "XXV")


def pages(rng: random.Random) -> str:
    first = rng.choice((rng.randint(1, 99), rng.randint(10, 400), rng.randint(100, 999)))
    last = first + rng.randint(2, 60)
    dash = rng.choice(("-", "–", "–", "-"))
    if rng.random() < 0.15 and last // 100 == first // 100 and first > 99:
        return f"{first}{dash}{str(last)[-2:]}"
    return f"{first}{dash}{last}"


# -- locators -------------------------------------------------------------------------------------


@cache
def labels(lang: str, kind: str) -> tuple[str, ...]:
    """A language's locator labels of one CSL kind ("page": "p.", "pp."), the usual one first."""
    return tuple(printed for printed in L.LOCATOR_LABELS_BY_LANGUAGE[lang] if L.LOCATOR_LABELS[printed] == kind)


def locator_label(rng: random.Random, lang: str, kind: str) -> str:
    return pick(rng, labels(lang, kind))


FOLLOWING = {"en": ("f.", "ff.", "f", "ff"), "de": ("f.", "ff.", "f", "ff"), "fr": ("sq.", "sqq.", "et suiv."),
             "it": ("sgg.", "ss.", "e sgg."), "es": ("ss.", "y ss."), "pt": ("ss.", "e ss.")}
PASSIM = ("passim",)


def page_value(rng: random.Random, lang: str) -> str:
    page = rng.choice((rng.randint(1, 60), rng.randint(5, 400), rng.randint(100, 900)))
    roll = rng.random()
    if roll < 0.15:
        return f"{page}{rng.choice(('-', '–'))}{page + rng.randint(1, 9)}"
    if roll < 0.25:
        following = rng.choice(FOLLOWING[lang])
        space = " " if lang == "de" or " " in following or rng.random() < 0.5 else ""
        return f"{page}{space}{following}"
    if roll < 0.31:
        return f"{page}, {page + rng.randint(2, 30)}"
    if roll > 0.985:  # the front matter: "p. xiv", "S. iii-iv"
        first = rng.randrange(len(records.ROMAN_PAGES) - 2)
        return records.ROMAN_PAGES[first] if roll < 0.993 else \
            f"{records.ROMAN_PAGES[first]}-{records.ROMAN_PAGES[first + rng.randint(1, 2)]}"
    return str(page)


def locator(rng: random.Random, lang: str) -> str:
    """The place cited, as printed after a citation ("S. 12 f.", "p. 17, n. 3", "II 214")."""
    roll = rng.random()
    page = locator_label(rng, lang, "page")
    value = page_value(rng, lang)
    if page == "pp." and not any(c in value for c in "-–,"):
        page = "p."
    if roll < 0.62:
        return f"{page} {value}" if rng.random() < 0.93 else f"{page}{value}"
    if roll < 0.72:
        return value  # bare page: "Spence, Search, 520"
    if roll < 0.74:
        return f"{locator_label(rng, lang, 'volume')} {rng.choice((str(rng.randint(1, 12)), rng.choice(ROMAN)))}"
    if roll < 0.79:
        volume = rng.choice((str(rng.randint(1, 12)), rng.choice(ROMAN)))
        return f"{locator_label(rng, lang, 'volume')} {volume}, {page} {value}"
    if roll < 0.83:
        return f"{page} {value}, {locator_label(rng, lang, 'note')} {rng.randint(1, 120)}"
    if roll < 0.86:
        return f"{rng.choice(ROMAN)} {rng.randint(1, 600)}"
    if roll < 0.88:
        return f"fol. {rng.randint(1, 300)}{rng.choice('rv')}"
    if roll < 0.90:
        return f"{locator_label(rng, lang, 'note')} {rng.randint(1, 90)}"
    if roll < 0.92:
        return f"{locator_label(rng, lang, 'column')} {rng.randint(1, 900)}"
    if roll < 0.94:
        return f"{locator_label(rng, lang, 'chapter')} {rng.randint(1, 14)}"
    if roll < 0.96:
        return "passim"
    if roll < 0.98:
        return f"{page} {value}{rng.choice(('f.', 'ff.'))}".replace(" f.", "f.")
    volume = f"{locator_label(rng, lang, 'volume')} {rng.randint(1, 5)}"
    return f"{volume}, {page} {rng.randint(1, 700)} {rng.choice(FOLLOWING[lang])}"
