"""German hand templates: humanities full notes and social-science reference lists.

Each template returns a Builder holding one citation (without a closing full stop) and whether
it carries a locator; `templates.py` registers them.

Conventions of the shapes added for what the model misread:
- a title ending on its years ("Die Landwirtschaft im Rheinland 1815–1871, Köln 2004", "Titel (1945–1990).
  In: ..."; TITLE_YEARS_SHARE of titles): the years are inside the title span, only the
  imprint's year is the date;
- an issue printed with its year ("Merkur, Nr. 4/2003, S. 4–9", "H. 3/1987"): the whole
  "Nr. 4/2003" is one issue span, and the citation has no date span of its own (the readers take
  the year from the issue);
- a glued superscript edition ("München 19652" = 2nd edition of 1965): the whole "19652" is the date;
- two locators joined by "bzw." ("S. 52–58, bzw. S. 117 f."): two locator spans, "bzw." is glue;
- `full_note(lead=...)`: "ders., Titel, Ort Jahr" / "dies., Titel. In: ...": the same-author word
  is a back reference, printed where the names go.
"""

from __future__ import annotations

import random

from converter.labeller import tokens as T
from converter.train import fields as F
from converter.train import forms, records, titles
from converter.train import names as names_module
from converter.train.builder import Builder
from converter.train.short_forms import second_locator

LANG = "de"
GERMAN_QUOTES = (("„", "“"), ("»", "«"), ("\"", "\""))
TITLE_YEARS_SHARE = 0.15  # of full-note titles (10% in social-science entries)
GLUED_EDITION_SHARE = 0.08
ISSUE_WITH_YEAR_SHARE = 0.12  # of articles
BZW_SHARE = 0.06  # of locators


def glued_edition(year: str, rng: random.Random) -> str:
    """ "1965" -> "19652": the 2nd edition of 1965, its superscript printed as a digit."""
    return f"{year}{rng.randint(2, 9)}" if year.isdigit() and len(year) == 4 else year


def issue_with_year(record: dict, rng: random.Random) -> str:
    """ "Nr. 4/2003", "H. 3/1987", "Heft 4/2001": one issue span, year included."""
    year = records.first_year(record) or records.year(rng)
    return f"{rng.choice(('Nr.', 'Nr.', 'H.', 'Heft'))} {record.get('issue') or rng.randint(1, 12)}/{year}"


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
    year = F.year(record, rng, LANG)
    if place and not (with_publisher and publisher) and rng.random() < GLUED_EDITION_SHARE:
        year = glued_edition(year, rng)
    b.add(" " if (place or publisher) else "").add(year, T.DATE)


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
    second_locator(b, rng, BZW_SHARE)


def full_note(rng: random.Random, natural: bool | None = None,
              lead: tuple[str, str] | None = None) -> tuple[Builder, bool]:
    """ "Vorname Name, Titel, Ort Jahr, S. x" and "Name, Vorname: Titel. Ort: Verlag Jahr, S. x-y";
    chapters "in: Name (Hrsg.), Buch, Ort Jahr, S. 3-34", articles "in: Zeitschrift 39 (1990), S. 5-9".
    `lead` (text, label) is printed where the names go: ("ders.", BACKREF) after another citation."""
    natural = rng.random() < 0.55 if natural is None else natural
    record = F.new_record(rng, rng.choice((LANG, LANG, LANG, "en")), ("book", "chapter", "article-journal", "thesis"),
                          (40, 28, 27, 5))
    b = Builder()
    text, label = lead or names(record, rng, natural)
    b.add(text, label).add(", " if natural or lead else ": ")
    kind = record["type"]
    quotes = rng.choice(GERMAN_QUOTES) if kind != "book" and rng.random() < 0.4 else None
    title = titles.with_years(record["title"], rng) if rng.random() < TITLE_YEARS_SHARE else record["title"]
    into_stop = natural and kind == "chapter" and rng.random() < 0.25  # "Titel (1945–1990). In: ..."
    F.add_title(b, title, quotes=quotes, then=", " if natural and not into_stop else ". ")
    if kind == "book":
        if rng.random() < 0.1:
            translators = record.get("translator") or names_module.people(rng, LANG, 1)
            b.add(forms.translator_phrase(translators, LANG, rng), T.TRANSLATOR).add(", " if natural else ". ")
        if record.get("volume"):
            b.add(f"Bd. {record['volume']}", T.VOLUME).add(", " if natural else ". ")
        if record.get("edition", "").isdigit():
            b.add(f"{record['edition']}. Aufl.", T.EDITION).add(", " if natural else " ")
        place_year(b, record, rng, with_publisher=not natural or rng.random() < 0.2)
        series(b, record, rng)
        if rng.random() < 0.06:
            b.add(" (").add(forms.remark(LANG, rng), T.NOTE).add(")")
    elif kind == "thesis":
        b.add(rng.choice(("Diss.", "Phil. Diss.", "Habil.-Schrift")), T.GENRE).add(" ")
        b.add(record.get("publisher-place") or "Berlin", T.PLACE).add(" ").add(F.year(record, rng, LANG), T.DATE)
    elif kind == "chapter":
        b.add("in: " if natural and not into_stop else "In: ")
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
        if rng.random() < ISSUE_WITH_YEAR_SHARE:  # "Merkur, Nr. 4/2003, S. 4–9"
            b.add(", ").add(issue_with_year(record, rng), T.ISSUE)
            b.add(", ").add(f"S. {F.page_range(record, rng)}", T.PAGES)
            has_locator = rng.random() < 0.75
            if has_locator:
                locator(b, rng, has_pages=True)
            return b, has_locator
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
    """ "Brandt, Karl M. (1991): Title. In: H.-J. Lenz/M. Roth (Hrsg.): Book. Opladen:
    Leske, S. 41-60" and its book and article cousins."""
    record = F.new_record(rng, rng.choice((LANG, LANG, "en")), ("book", "chapter", "article-journal"), (35, 35, 30))
    b = Builder()
    people, label = F.creators(record)
    text = forms.name_list(people, LANG, rng, rng.choice(("inverted", "inverted-initials")),
                           rng.choice(("inverted", "initials-first")), max_names=4,
                           connector=rng.choice(("/", "/", "; ", " und ")))
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, rng.choice((LANG, LANG, "en")), rng, bracketed=True)
    b.add(text, label).add(" (").add(F.year(record, rng, LANG), T.DATE).add(")").add(rng.choice((": ", ". ", " ")))
    F.add_title(b, titles.with_years(record["title"], rng) if rng.random() < 0.1 else record["title"])
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
    elif rng.random() < 0.08:  # "In: Merkur, H. 3/1987, S. 4-9"
        b.add("In: ").add(record["container-title"], T.CONTAINER).add(", ").add(issue_with_year(record, rng), T.ISSUE)
        b.add(", ").add(f"S. {F.page_range(record, rng)}", T.PAGES)
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
