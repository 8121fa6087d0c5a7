"""German hand templates: humanities full notes and social-science reference lists.

Each template returns a Builder holding one citation (without a closing full stop) and whether
it carries a locator; `templates.py` registers them.
"""

from __future__ import annotations

import random

from converter.labeller import tokens as T
from converter.train import fields as F
from converter.train import forms
from converter.train import names as names_module
from converter.train.builder import Builder

LANG = "de"
GERMAN_QUOTES = (("„", "“"), ("»", "«"), ("\"", "\""))


def series(b: Builder, record: dict, rng: random.Random) -> None:
    if not record.get("collection-title"):
        return
    number = record.get("collection-number", "")
    if rng.random() < 0.5:
        b.add(" (= ").add(f"{record['collection-title']} {number}".strip(), T.COLLECTION).add(")")
    else:
        b.add(" (").add(record["collection-title"] + (f", Bd. {number}" if number else ""), T.COLLECTION).add(")")


def edition(b: Builder, record: dict, rng: random.Random, separator: str = ", ") -> None:
    if record.get("edition", "").isdigit():
        b.add(separator).add(f"{record['edition']}. {rng.choice(('Aufl.', 'Auflage', 'erw. Aufl.'))}", T.EDITION)


def place_year(b: Builder, record: dict, rng: random.Random, with_publisher: bool) -> None:
    place, publisher = F.place_and_publisher(record)
    if place:
        b.add(place, T.PLACE)
    if with_publisher and publisher:
        b.add(": " if place else "").add(publisher, T.PUBLISHER)
    b.add(" " if (place or publisher) else "").add(F.year(record, rng, LANG), T.DATE)


def names(record: dict, rng: random.Random, natural: bool) -> tuple[str, str]:
    people, label = F.creators(record)
    form = "natural" if natural else rng.choice(("inverted", "inverted", "inverted-initials"))
    later = "natural" if natural else rng.choice((form, "initials-first", "natural"))
    text = forms.name_list(people, LANG, rng, form, later, connector=rng.choice(("/", " / ", " und ")))
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, LANG, rng)
    return text, label


def editors_in(b: Builder, record: dict, rng: random.Random, natural: bool) -> None:
    editors = record.get("editor")
    if not editors:
        return
    form = "natural" if natural else rng.choice(("inverted", "initials-first", "natural"))
    text = forms.name_list(editors, LANG, rng, form, connector=rng.choice(("/", " / ", " und ")))
    b.add(text + " " + forms.editor_after(editors, LANG, rng), T.EDITOR)
    b.add(", " if natural else ": ")


def locator(b: Builder, rng: random.Random, has_pages: bool) -> None:
    b.add(", ")
    if has_pages and rng.random() < 0.4:
        b.add("hier ")
    b.add(forms.locator(rng, LANG), T.LOCATOR)


def full_note(rng: random.Random, natural: bool | None = None) -> tuple[Builder, bool]:
    """ "Vorname Name, Titel, Ort Jahr, S. x" and "Name, Vorname: Titel. Ort: Verlag Jahr, S. x-y";
    chapters "in: Name (Hrsg.), Buch, Ort Jahr, S. 3-34", articles "in: Zeitschrift 39 (1990), S. 5-9"."""
    natural = rng.random() < 0.55 if natural is None else natural
    record = F.new_record(rng, rng.choice((LANG, LANG, LANG, "en")), ("book", "chapter", "article-journal", "thesis"),
                          (40, 28, 27, 5))
    b = Builder()
    text, label = names(record, rng, natural)
    b.add(text, label).add(", " if natural else ": ")
    kind = record["type"]
    quotes = rng.choice(GERMAN_QUOTES) if kind != "book" and rng.random() < 0.4 else None
    F.add_title(b, record["title"], quotes=quotes, then=", " if natural else ". ")
    if kind == "book":
        if rng.random() < 0.1:
            translators = record.get("translator") or names_module.people(rng, LANG, 1)
            b.add(forms.translator_phrase(translators, LANG, rng), T.TRANSLATOR).add(", " if natural else ". ")
        if record.get("volume"):
            b.add(f"Bd. {record['volume']}", T.VOLUME).add(", " if natural else ". ")
        if record.get("edition", "").isdigit():
            b.add(f"{record['edition']}. Aufl.", T.EDITION).add(", " if natural else ". ")
        place_year(b, record, rng, with_publisher=not natural or rng.random() < 0.2)
        series(b, record, rng)
        if rng.random() < 0.06:
            b.add(" (").add(forms.remark(LANG, rng), T.NOTE).add(")")
    elif kind == "thesis":
        b.add(rng.choice(("Diss.", "Phil. Diss.", "Habil.-Schrift")), T.GENRE).add(" ")
        b.add(record.get("publisher-place") or "Berlin", T.PLACE).add(" ").add(F.year(record, rng, LANG), T.DATE)
    elif kind == "chapter":
        b.add("in: " if natural else "In: ")
        if rng.random() < 0.25 and record.get("editor"):
            b.add(record["container-title"], T.CONTAINER).add(", ")
            b.add(forms.editor_before(LANG, rng) + " " + forms.name_list(
                record["editor"], LANG, rng, "natural", connector=" und "), T.EDITOR).add(", ")
        else:
            editors_in(b, record, rng, natural)
            F.add_title(b, record["container-title"], T.CONTAINER, then=", " if natural else ". ")
        place_year(b, record, rng, with_publisher=not natural)
        series(b, record, rng)
        b.add(", ").add(f"S. {F.page_range(record, rng)}", T.PAGES)
    else:
        b.add("in: " if natural or rng.random() < 0.3 else "In: ").add(record["container-title"], T.CONTAINER)
        b.add(" ")
        if rng.random() < 0.3:
            b.add(f"Jg. {F.volume(record, rng)}", T.VOLUME)
        else:
            b.add(F.volume(record, rng), T.VOLUME)
        b.add(" (").add(F.year(record, rng, LANG), T.DATE).add(")")
        if record.get("issue") and rng.random() < 0.5:
            b.add(", ").add(f"{rng.choice(('H.', 'Nr.', 'Heft'))} {record['issue']}", T.ISSUE)
        b.add(", ").add(f"S. {F.page_range(record, rng)}", T.PAGES)
    has_locator = rng.random() < 0.75
    if has_locator:
        locator(b, rng, has_pages=kind in ("chapter", "article-journal"))
    return b, has_locator


def social_science_entry(rng: random.Random) -> tuple[Builder, bool]:
    """ "Collins, Harry M. (1983): Title. In: K.D. Knorr-Cetina/M. Mulkay (Hrsg.): Book. London:
    Sage, S. 85-113" and its book and article cousins."""
    record = F.new_record(rng, rng.choice((LANG, LANG, "en")), ("book", "chapter", "article-journal"), (35, 35, 30))
    b = Builder()
    people, label = F.creators(record)
    text = forms.name_list(people, LANG, rng, rng.choice(("inverted", "inverted-initials")),
                           rng.choice(("inverted", "initials-first")), max_names=4,
                           connector=rng.choice(("/", "/", "; ", " und ")))
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, rng.choice((LANG, LANG, "en")), rng, bracketed=True)
    b.add(text, label).add(" (").add(F.year(record, rng, LANG), T.DATE).add(")").add(rng.choice((": ", ". ", " ")))
    F.add_title(b, record["title"])
    kind = record["type"]
    if kind == "chapter":
        b.add("In: ")
        editors = record.get("editor") or people
        initials_form = rng.random() < 0.5
        mark = forms.editor_after(editors, rng.choice((LANG, LANG, "en")), rng, bracketed=True)
        b.add(forms.name_list(editors, LANG, rng, "initials-first" if initials_form else "inverted",
                              connector="/") + " " + mark, T.EDITOR)
        b.add(": ")
        F.add_title(b, record["container-title"], T.CONTAINER)
        place_year_publisher(b, record)
        b.add(", ").add(f"S. {F.page_range(record, rng)}", T.PAGES)
    elif kind == "book":
        edition(b, record, rng, separator="")
        if record.get("edition", "").isdigit():
            b.add(". ")
        place_year_publisher(b, record)
        series(b, record, rng)
    else:
        b.add("In: ").add(record["container-title"], T.CONTAINER).add(", " if rng.random() < 0.3 else " ")
        b.add(F.volume(record, rng), T.VOLUME)
        if record.get("issue"):
            b.add(" (").add(record["issue"], T.ISSUE).add(")") if rng.random() < 0.6 else \
                b.add(", ").add(f"H. {record['issue']}", T.ISSUE)
        b.add(", ").add(f"S. {F.page_range(record, rng)}", T.PAGES)
    return b, False


def place_year_publisher(b: Builder, record: dict) -> None:
    place, publisher = F.place_and_publisher(record)
    if place:
        b.add(place, T.PLACE)
        b.add(": " if publisher else "")
    if publisher:
        b.add(publisher, T.PUBLISHER)
