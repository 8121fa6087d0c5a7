"""Hand templates of European humanities and social-science lists (references, and notes citing
the same way), for shapes the other templates and the CSL styles rarely print.

- `caps_first_entry`: the family name in capitals before the given name, no comma between (French
  and EU social-science lists): "DURAND Michel, 1998, Titre, Paris, Éditions X.", "BERNARD
  Jean-Luc, MARTIN Sophie, 2003, ...", "GARCÍA LÓPEZ José (2001), ...".
- `humanities_entry`: Italian (and old-book) lists: "Ferretti P., Storia del commercio di
  Venezia, Padova 1954."; dotted initials after the family name, no comma; " - " between authors
  ("Rossi A. - Bianchi M."), "E. CASTELLI - G. ROSSI"; "(a cura di)" after editors; volume counts
  ("2 voll.", a note span); Latin imprint places ("Venetiis 1749"); a glued superscript edition
  ("Torino 19733", the 3rd edition of 1973: the whole "19733" is the date); ranges ("1838-40").
- `same_author_entry`: the next work of the author above: "Id., Titolo, ..." and "Ders. (1990): ..."
  (the same-author word is a back reference), "—, Titre, ...", "______. Título." and "———. 1990."
  (the dashes are glue: no span), "(1887), Titolo, ..." (no author span at all).
- `corporate_entry`: corporate authors of Spanish, Italian, Portuguese and French lists and notes:
  "Ministerio de Agricultura, Pesca y Alimentación (2007): Título, Madrid.", "Provincia di Treviso,
  (1935), Titolo, Treviso, Tip. Longo.", "COMISSÃO EUROPEIA. Título. Luxemburgo: ..., 2001.".

A list of names is one span, its joiners (" - ", ", ", " et ") inside it. `templates.py` registers
each with a weight that makes its shape a few percent of its context's examples.
"""

from __future__ import annotations

import random
import re

from converter import lexicon as L
from converter.labeller import tokens as T
from converter.train import fields as F
from converter.train import forms, names, records, titles, venues
from converter.train.builder import Builder
from converter.train.wordlists import entries

QUOTES = {"fr": (("« ", " »"), ("«", "»"), ("“", "”")), "it": (("«", "»"), ("“", "”")),
          "es": (("«", "»"), ("“", "”"), ("\"", "\"")), "pt": (("“", "”"), ("\"", "\"")),
          "de": (("„", "“"),), "en": (("“", "”"),)}
# Issue labels as lists print them ("n° 12", "nº 3", "núm. 4", "fasc. 2").
ISSUE_MARKS = {"fr": ("n°", "n°", "nº", "no", "n."), "it": ("n.", "n.", "fasc."), "es": ("n.º", "núm.", "nº", "n."),
               "pt": ("n.", "nº", "n.º"), "de": ("Nr.", "H."), "en": ("no.",)}
CAPS_CONNECTORS = {"fr": (", ", ", ", " et "), "it": (", ", " - ", " e "), "es": (", ", " y ", "; "),
                   "pt": (", ", "; ", " e ")}
VOLUME_COUNTS = (2, 2, 2, 3, 3, 4, 5, 6, 8, 10, 14)
# How often an Italian list entry is an old book with a Latin imprint, and its imprint's year
# shapes: a glued superscript edition, a range of years (several volumes).
OLD_BOOK_SHARE = 0.12
GLUED_EDITION_SHARE = 0.2
YEAR_RANGE_SHARE = 0.12


def volume_count(rng: random.Random, lang: str) -> str:
    """ "2 voll.", "3 vols.", "4 Bde.", "2 vol.": how many volumes a work has (a note span)."""
    count = rng.choice(VOLUME_COUNTS)
    if lang == "it":
        return f"{count} voll."
    if lang == "de":
        return f"{count} Bde."
    if lang == "fr":
        return f"{count} vol."
    return f"{count} vols."


def quoted(b: Builder, rng: random.Random, lang: str, text: str, label: str) -> None:
    opening, closing = rng.choice(QUOTES[lang])
    b.add(opening).add(text, label).add(closing)


def upper_families(people: list[dict]) -> list[dict]:
    return [{**p, "family": p["family"].upper()} if "family" in p else p for p in people]


def double_surnames(people: list[dict], rng: random.Random) -> list[dict]:
    """Spanish and Portuguese authors with two family names ("García López")."""
    return [{**p, "family": f"{p['family']} {venues.surname(rng, 'es')}"}
            if "family" in p and rng.random() < 0.4 else p for p in people]


def imprint_year(record: dict, rng: random.Random, lang: str, volumes: bool = False) -> str:
    """The year of an imprint: "1954", a range "1838-40" / "1961-1964" (half the time for a work
    in several volumes), or a glued edition "19733"."""
    year = F.year(record, rng, lang)
    roll = rng.random()
    if year.isdigit() and (roll < YEAR_RANGE_SHARE or volumes and roll < 0.5):
        end = int(year) + rng.randint(1, 6)
        return f"{year}-{str(end)[-2:] if rng.random() < 0.6 else end}"
    if year.isdigit() and not volumes and roll < YEAR_RANGE_SHARE + GLUED_EDITION_SHARE:
        return f"{year}{rng.randint(2, 9)}"
    return year


# -- family name in capitals first ---------------------------------------------------------------

def caps_first_entry(rng: random.Random, lang: str, note: bool = False) -> tuple[Builder, bool]:
    """ "DURAND Michel, 1998, Titre, Paris, Éditions X" and "BERNARD Jean-Luc, MARTIN Sophie (2003),
    « Titre », Revue, n° 12, p. 4-9"; in notes the year follows the imprint and a locator ends it."""
    record = F.new_record(rng, lang if rng.random() < 0.85 else "en", ("book", "article-journal", "chapter"),
                          (45, 35, 20))
    people, label = F.creators(record)
    if lang in ("es", "pt"):
        people = double_surnames(people, rng)
    b = Builder()
    text = forms.name_list(people, lang, rng, "caps-first", max_names=3, connector=rng.choice(CAPS_CONNECTORS[lang]))
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, lang, rng)
    b.add(text, label)
    year = F.year(record, rng, lang)
    if note:
        b.add(", ")
    elif rng.random() < 0.55:
        b.add(", ").add(year, T.DATE).add(", ")
    else:
        b.add(" (").add(year, T.DATE).add(rng.choice(("), ", ") ", ") : " if lang == "fr" else "): ")))
    kind = record["type"]
    if kind == "article-journal":
        if rng.random() < 0.7:
            quoted(b, rng, lang, record["title"], T.TITLE)
        else:
            b.add(record["title"], T.TITLE)
        b.add(", ").add(record["container-title"], T.CONTAINER)
        if rng.random() < 0.7:
            b.add(", ").add(f"{forms.locator_label(rng, lang, 'volume')} {F.volume(record, rng)}", T.VOLUME)
        b.add(", ").add(f"{rng.choice(ISSUE_MARKS[lang])} {record.get('issue') or rng.randint(1, 40)}", T.ISSUE)
        if note:
            b.add(", ").add(year, T.DATE)
        b.add(", ").add(f"{forms.locator_label(rng, lang, 'page')} {F.page_range(record, rng)}", T.PAGES)
    else:
        F.add_title(b, record["title"], then=", ")
        if kind == "chapter":
            b.add(rng.choice(("in ", "dans ")) if lang == "fr" else "in ")
            editors = record.get("editor") or names.people(rng, lang, 1)
            b.add(forms.name_list(upper_families(editors) if rng.random() < 0.5 else editors, lang, rng,
                                  "caps-first") + " " + forms.editor_after(editors, lang, rng), T.EDITOR).add(", ")
            F.add_title(b, record["container-title"], T.CONTAINER, then=", ")
        b.add(record["publisher-place"], T.PLACE).add(rng.choice((", ", ", ", " : " if lang == "fr" else ": ")))
        b.add(record["publisher"], T.PUBLISHER)
        if note:
            b.add(", ").add(year, T.DATE)
        if kind == "chapter":
            b.add(", ").add(f"{forms.locator_label(rng, lang, 'page')} {F.page_range(record, rng)}", T.PAGES)
    has_locator = note and rng.random() < 0.8
    if has_locator:
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
    return b, has_locator


# -- Italian and old-book lists ------------------------------------------------------------------

def latin_title(rng: random.Random) -> str:
    return titles.fill(rng, "it", rng.choice(entries("titles_it", "latin-main")), "as-is")


def list_names(people: list[dict], lang: str, rng: random.Random) -> str:
    """ "Ferretti P.", "Rossi A. - Bianchi M.", "E. CASTELLI - G. ROSSI", "FERRETTI P. M."."""
    connector = rng.choices((" - ", " e " if lang == "it" else ", ", ", "), (55, 20, 25))[0]
    roll = rng.random()
    if lang != "it":
        form = rng.choice(("inverted-initials", "family-initials", "caps-inverted"))
    elif roll < 0.6:
        form = "family-initials"
    elif roll < 0.8:
        form = "initials-caps"
    elif roll < 0.9:
        form, people = "family-initials", upper_families(people)
    else:
        form = "natural"
    return forms.name_list(people, lang, rng, form, max_names=3, connector=connector)


def humanities_entry(rng: random.Random, lang: str = "it", note: bool = False,
                     old: bool | None = None) -> tuple[Builder, bool]:
    """ "Ferretti P., Storia ..., Padova 1954", "Rossi A. - Bianchi M., «Titolo», Rivista, XII,
    1980, pp. 3-40", "Bianchi M. (a cura di), Titolo, 3 voll., Milano 1961-64", "Muratori L. A.,
    Annales Venetae, Venetiis 1749"."""
    old = rng.random() < OLD_BOOK_SHARE if old is None else old
    kinds = ("book",) if old else ("book", "chapter", "article-journal")
    record = F.new_record(rng, lang if rng.random() < 0.85 else rng.choice(("en", "fr", "de")), kinds, (60, 20, 20)[:len(kinds)])
    people, label = F.creators(record)
    b = Builder()
    text = list_names(people, lang, rng)
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, lang, rng)
    b.add(text, label).add(", ")
    kind = record["type"]
    if old:
        F.add_title(b, latin_title(rng) if rng.random() < 0.6 else record["title"], then=", ")
        if rng.random() < 0.3:
            b.add(volume_count(rng, lang), T.NOTE).add(", ")
        b.add(venues.latin_place(rng), T.PLACE).add(rng.choice((" ", ", ")))
        if rng.random() < 0.3:
            b.add(f"{rng.choice(entries('publishing', 'printer-' + lang))} {venues.surname(rng, 'it')}", T.PUBLISHER)
            b.add(", ")
        b.add(str(rng.randint(1500, 1799)), T.DATE)
    elif kind == "article-journal":
        quoted(b, rng, lang, record["title"], T.TITLE)
        b.add(", ")
        if rng.random() < 0.4:
            b.add("in ")
        if rng.random() < 0.4:
            quoted(b, rng, lang, record["container-title"], T.CONTAINER)
        else:
            b.add(record["container-title"], T.CONTAINER)
        b.add(", ").add(rng.choice(forms.ROMAN) if rng.random() < 0.6 else F.volume(record, rng), T.VOLUME)
        b.add(", ").add(F.year(record, rng, lang), T.DATE)
        if record.get("issue") and rng.random() < 0.5:
            b.add(", ").add(f"{rng.choice(ISSUE_MARKS[lang])} {record['issue']}", T.ISSUE)
        b.add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    else:
        F.add_title(b, record["title"], then=", ")
        if kind == "chapter":
            b.add("in ")
            editors = record.get("editor") or names.people(rng, lang, 1)
            b.add(list_names(editors, lang, rng) + " " + forms.editor_after(editors, lang, rng), T.EDITOR).add(", ")
            F.add_title(b, record["container-title"], T.CONTAINER, then=", ")
        counted = kind == "book" and rng.random() < 0.12
        if counted:
            b.add(volume_count(rng, lang), T.NOTE).add(", ")
        b.add(record["publisher-place"], T.PLACE)
        if rng.random() < 0.35:
            b.add(", ").add(record["publisher"], T.PUBLISHER).add(", ").add(F.year(record, rng, lang), T.DATE)
        else:
            b.add(" ").add(imprint_year(record, rng, lang, volumes=counted), T.DATE)
        if kind == "chapter":
            b.add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    has_locator = note and rng.random() < 0.85
    if has_locator:
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
    return b, has_locator


# -- the same author's next work ------------------------------------------------------------------

def same_author_entry(rng: random.Random, lang: str) -> tuple[Builder, bool]:
    """ "Id., Titolo, Torino 1980", "—, « Titre », Revue, 12, 1990, p. 3-9", "______. Título.
    Lisboa: Colibri, 2001", "Ders. (1990): Titel. Berlin: Dietz", "———. 1990. Title. London:
    Verso", "(1887), Titre, Paris"."""
    record = F.ensure_book_facts(F.new_record(rng, lang, ("book", "article-journal"), (60, 40)), rng, lang)
    b = Builder()
    roll = rng.random()
    year = F.year(record, rng, lang)
    if lang == "pt" and roll < 0.6:  # ABNT
        b.add("______. ")
        F.add_title(b, record["title"])
        b.add(record["publisher-place"], T.PLACE).add(": ").add(record["publisher"], T.PUBLISHER)
        b.add(", ").add(year, T.DATE)
        return b, False
    if lang in ("de", "en"):
        mark = forms.pick(rng, L.SAME_AUTHOR_BY_LANGUAGE[lang]) if roll < 0.6 else rng.choice(("–", "––", "———", "—"))
        b.add(mark, T.BACKREF if mark[0].isalpha() else None)
        if lang == "en" and mark[0] == "—":
            b.add(". ").add(year, T.DATE).add(". ")
        else:
            b.add(" (").add(year, T.DATE).add(rng.choice(("): ", "). ")))
        F.add_title(b, record["title"])
        if record["type"] == "article-journal":
            b.add("In: " if lang == "de" else "").add(record["container-title"], T.CONTAINER).add(" ")
            pages = f"{'S.' if lang == 'de' else 'pp.'} {F.page_range(record, rng)}"
            b.add(F.volume(record, rng), T.VOLUME).add(", ").add(pages, T.PAGES)
        else:
            b.add(record["publisher-place"], T.PLACE).add(": ").add(record["publisher"], T.PUBLISHER)
        return b, False
    if roll < 0.45:
        b.add(forms.pick(rng, L.SAME_AUTHOR_BY_LANGUAGE[lang]), T.BACKREF).add(", ")
    elif roll < 0.8:
        b.add(rng.choice(("—", "——", "–", "———"))).add(", ")
    else:
        b.add("(").add(year, T.DATE).add("), ")
        year = None
    if record["type"] == "article-journal":
        quoted(b, rng, lang, record["title"], T.TITLE)
        b.add(", ").add(record["container-title"], T.CONTAINER).add(", ").add(F.volume(record, rng), T.VOLUME)
        if year:
            b.add(", ").add(year, T.DATE)
        b.add(", ").add(f"{'pp.' if lang == 'it' else 'p.'} {F.page_range(record, rng)}", T.PAGES)
        return b, False
    F.add_title(b, record["title"], then=", ")
    b.add(record["publisher-place"], T.PLACE)
    if rng.random() < 0.5:
        b.add(", ").add(record["publisher"], T.PUBLISHER)
        if year:
            b.add(", ").add(year, T.DATE)
    elif year:
        b.add(" " if lang == "it" or rng.random() < 0.3 else ", ").add(year, T.DATE)
    return b, False


# -- corporate authors ---------------------------------------------------------------------------

def corporate_name(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.45:
        return names.corporate_from_pattern(rng, lang)
    return rng.choice(entries("names", f"corporate-{lang}"))


def acronym(name: str) -> str:
    """ "Ministerio de Agricultura, Pesca y Alimentación" -> "MAPA"; an acronym stays itself."""
    if name.isupper():
        return name
    return "".join(word[0] for word in re.findall(r"[^\W\d_][\w'’-]*", name) if word[0].isupper())


def corporate_publisher(rng: random.Random, lang: str, author: str) -> str | None:
    roll = rng.random()
    short = acronym(author)
    if roll < 0.35 and len(short) >= 2:
        return short
    if roll < 0.65:
        return venues.official_publisher(rng, lang)
    if roll < 0.85:
        return venues.publisher_and_place(rng, lang)[0]
    return None


def corporate_entry(rng: random.Random, lang: str, note: bool = False) -> tuple[Builder, bool]:
    """ "Ministerio de Agricultura, Pesca y Alimentación (2007): Título, Madrid", "Consejo General del
    Poder Judicial (2004): Título. Madrid: CGPJ", "Provincia di Treviso, (1935), Titolo, Treviso, Tip. Longo",
    "Commissariat général du Plan (1995), Titre, Paris, La Documentation française", ABNT
    "COMISSÃO EUROPEIA. Título. Luxemburgo: ..., 2001"; notes "Istituto ..., Titolo, Roma 1999, p. 4"."""
    author = corporate_name(rng, lang)
    title = titles.title(rng, lang)
    year = str(records.year(rng)) if rng.random() < 0.9 else forms.year_text(rng, lang)
    place = venues.place(rng, lang)
    publisher = corporate_publisher(rng, lang, author)
    b = Builder()
    if note:
        b.add(author, T.AUTHOR).add(", ")
        F.add_title(b, title, then=", ")
        b.add(place, T.PLACE)
        if publisher and rng.random() < 0.5:
            b.add(", ").add(publisher, T.PUBLISHER)
        b.add(", " if publisher or rng.random() < 0.5 else " ").add(year, T.DATE)
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
        return b, True
    if lang == "pt" and rng.random() < 0.4:  # ABNT: "COMISSÃO EUROPEIA. Título. Lisboa: Editora, 2001."
        b.add(author.upper(), T.AUTHOR).add(". ")
        F.add_title(b, title)
        b.add(place, T.PLACE).add(": ").add(publisher or acronym(author) or author, T.PUBLISHER).add(", ").add(year, T.DATE)
        return b, False
    odd_comma = lang == "it" and rng.random() < 0.3  # "Provincia di Treviso, (1935), Titolo"
    b.add(author, T.AUTHOR).add(", (" if odd_comma else " (").add(year, T.DATE)
    b.add(rng.choice(("): ", "), ", "). ")) if lang in ("es", "pt") else rng.choice(("), ", "), ", "): ")))
    if rng.random() < 0.35:
        F.add_title(b, title)
        b.add(place, T.PLACE)
        if publisher:
            b.add(": ").add(publisher, T.PUBLISHER)
    else:
        F.add_title(b, title, then=", ")
        b.add(place, T.PLACE)
        if publisher:
            b.add(", ").add(publisher, T.PUBLISHER)
    return b, False
