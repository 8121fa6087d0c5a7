"""Italian, French, Portuguese (ABNT) and Spanish hand templates, notes and reference entries.

An Italian book's "Luogo Anno" imprint now and then glues its superscript edition number to the
year ("Torino 19733", the 3rd edition of 1973): the whole "19733" is the date span."""

from __future__ import annotations

import random

from converter.labeller import tokens as T
from converter.train import fields as F
from converter.train import forms
from converter.train.builder import Builder

ITALIAN_QUOTES = (("«", "»"), ("“", "”"), ("\"", "\""))
FRENCH_QUOTES = (("« ", " »"), ("«", "»"), ("“", "”"))
GLUED_EDITION_SHARE = 0.12  # of "Luogo Anno" imprints of Italian books


def italian_reference(rng: random.Random) -> tuple[Builder, bool]:
    """ "Cognome N., Titolo, Luogo Anno" and "N. Cognome, «Titolo», Rivista, vol. VI, pp. 701-721"."""
    lang = "it"
    record = F.new_record(rng, rng.choice((lang, lang, "en", "fr")), ("book", "article-journal", "chapter"),
                          (40, 40, 20))
    people, label = F.creators(record)
    b = Builder()
    form = rng.choice(("family-initials", "initials-first", "caps-inverted", "natural"))
    text = forms.name_list(people, lang, rng, form, connector=rng.choice((" e ", ", ", " - ")))
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, lang, rng)
    b.add(text, label).add(", ")
    kind = record["type"]
    quotes = rng.choice(ITALIAN_QUOTES) if kind != "book" else None
    F.add_title(b, record["title"], quotes=quotes, then=", ")
    if kind == "book":
        separator = rng.choice((" ", ", "))
        b.add(record["publisher-place"], T.PLACE).add(separator)
        year = F.year(record, rng, lang)
        if rng.random() < 0.4:
            b.add(record["publisher"], T.PUBLISHER).add(", ")
        elif separator == " " and year.isdigit() and rng.random() < GLUED_EDITION_SHARE:
            year += str(rng.randint(2, 9))  # "Torino 19733": the 3rd edition of 1973, all of it the date
        b.add(year, T.DATE)
    elif kind == "chapter":
        b.add("in ")
        if record.get("editor"):
            editors = forms.name_list(record["editor"], lang, rng, "initials-first", connector=" e ")
            b.add(editors + " (a cura di)", T.EDITOR)
            b.add(", ")
        F.add_title(b, record["container-title"], T.CONTAINER, then=", ")
        b.add(record["publisher-place"], T.PLACE).add(" ").add(F.year(record, rng, lang), T.DATE)
        b.add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    else:
        b.add(record["container-title"], T.CONTAINER).add(", ")
        volume = rng.choice(forms.ROMAN) if rng.random() < 0.5 else F.volume(record, rng)
        b.add(f"vol. {volume}" if rng.random() < 0.6 else volume, T.VOLUME)
        if rng.random() < 0.6:
            b.add(", ").add(F.year(record, rng, lang), T.DATE) if rng.random() < 0.5 else \
                b.add(" (").add(F.year(record, rng, lang), T.DATE).add(")")
        if record.get("issue") and rng.random() < 0.4:
            b.add(", ").add(f"n. {record['issue']}", T.ISSUE)
        b.add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    has_locator = rng.random() < 0.4
    if has_locator:
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
    return b, has_locator


def italian_continuation(rng: random.Random) -> tuple[Builder, bool]:
    """Entries under an author already named: "(1885), «Titolo», Rivista, VI, pp. 701-721"."""
    lang = "it"
    record = F.new_record(rng, lang, ("article-journal", "book"), (60, 40))
    b = Builder()
    b.add("(").add(F.year(record, rng, lang), T.DATE).add("), ")
    if record["type"] == "book":
        F.add_title(b, record["title"], then=", ")
        b.add(record["publisher-place"], T.PLACE)
        if rng.random() < 0.5:
            b.add(", ").add(record["publisher"], T.PUBLISHER)
    else:
        F.add_title(b, record["title"], quotes=rng.choice(ITALIAN_QUOTES), then=", ")
        b.add(record["container-title"], T.CONTAINER)
        if rng.random() < 0.7:
            b.add(", ").add(rng.choice(forms.ROMAN), T.VOLUME)
            b.add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    return b, False


def french_note(rng: random.Random) -> tuple[Builder, bool]:
    """ "Prénom NOM, Titre, Lieu, Éditeur, année, p. x" and the article form
    "Prénom NOM, « Titre », Revue, vol. 12, no 3, 1990, p. 45-67"."""
    lang = "fr"
    record = F.new_record(rng, rng.choice((lang, lang, "en")), ("book", "article-journal", "chapter"), (45, 35, 20))
    people, label = F.creators(record)
    b = Builder()
    text = forms.name_list(people, lang, rng, rng.choice(("natural-caps", "natural-caps", "natural", "initials-first")))
    if label == T.EDITOR:
        text += " " + forms.editor_after(people, lang, rng)
    b.add(text, label).add(", ")
    kind = record["type"]
    quotes = rng.choice(FRENCH_QUOTES) if kind != "book" else None
    F.add_title(b, record["title"], quotes=quotes, then=", ")
    if kind == "book":
        if rng.random() < 0.08:
            b.add(forms.translator_phrase(record.get("translator") or people[:1], lang, rng), T.TRANSLATOR).add(", ")
        b.add(record["publisher-place"], T.PLACE).add(", ").add(record["publisher"], T.PUBLISHER).add(", ")
        if record.get("collection-title") and rng.random() < 0.5:
            b.add("coll. « ").add(record["collection-title"], T.COLLECTION).add(" », ")
        b.add(F.year(record, rng, lang), T.DATE)
    elif kind == "chapter":
        b.add("in ")
        if record.get("editor"):
            editors = forms.name_list(record["editor"], lang, rng, "natural")
            b.add(editors + " " + forms.editor_after(record["editor"], lang, rng), T.EDITOR)
            b.add(", ")
        F.add_title(b, record["container-title"], T.CONTAINER, then=", ")
        b.add(record["publisher-place"], T.PLACE).add(", ").add(record["publisher"], T.PUBLISHER).add(", ")
        b.add(F.year(record, rng, lang), T.DATE).add(", ").add(f"p. {F.page_range(record, rng)}", T.PAGES)
    else:
        b.add(record["container-title"], T.CONTAINER).add(", ")
        b.add(f"vol. {F.volume(record, rng)}", T.VOLUME)
        if record.get("issue"):
            b.add(", ").add(f"{rng.choice(('no', 'n°', 'no.'))} {record['issue']}", T.ISSUE)
        b.add(", ").add(F.year(record, rng, lang), T.DATE).add(", ").add(f"p. {F.page_range(record, rng)}", T.PAGES)
    has_locator = rng.random() < 0.6
    if has_locator:
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
    return b, has_locator


def abnt_reference(rng: random.Random) -> tuple[Builder, bool]:
    """ "SOBRENOME, Nome. Título. Local: Editora, ano." and the article and thesis forms."""
    lang = "pt"
    record = F.new_record(rng, rng.choice((lang, lang, lang, "en", "es")),
                          ("book", "article-journal", "chapter", "thesis"),
                          (40, 35, 15, 10))
    people, label = F.creators(record)
    b = Builder()
    names = forms.name_list(people, lang, rng, "caps-inverted", max_names=3, connector="; ")
    if label == T.EDITOR:
        names += " " + forms.editor_after(people, lang, rng)
    b.add(names, label).add(" " if names.endswith(".") else ". ")
    F.add_title(b, record["title"])
    kind = record["type"]
    if kind == "article-journal":
        b.add(record["container-title"], T.CONTAINER).add(", ")
        b.add(f"v. {F.volume(record, rng)}", T.VOLUME)
        if record.get("issue"):
            b.add(", ").add(f"n. {record['issue']}", T.ISSUE)
        b.add(", ").add(f"p. {F.page_range(record, rng)}", T.PAGES).add(", ").add(F.year(record, rng, lang), T.DATE)
    elif kind == "thesis":
        b.add(F.year(record, rng, lang), T.DATE).add(". ")
        b.add(rng.choice(("Tese (Doutorado em História)", "Dissertação (Mestrado)", "Tese (Doutorado)")), T.GENRE)
        b.add(" – ").add(record.get("publisher", "Universidade de São Paulo"), T.PUBLISHER)
        b.add(", ").add(record.get("publisher-place") or "São Paulo", T.PLACE)
        b.add(", ").add(F.year(record, rng, lang), T.DATE)
    else:
        if kind == "chapter":
            b.add("In: ")
            editors = record.get("editor") or people
            b.add(forms.name_list(editors, lang, rng, "caps-inverted", connector="; ") + " (org.)", T.EDITOR).add(". ")
            F.add_title(b, record["container-title"], T.CONTAINER)
        if record.get("edition", "").isdigit():
            b.add(f"{record['edition']}. ed.", T.EDITION).add(" ")
        b.add(record["publisher-place"], T.PLACE).add(": ").add(record["publisher"], T.PUBLISHER).add(", ")
        b.add(F.year(record, rng, lang), T.DATE)
        if kind == "chapter":
            b.add(". ").add(f"p. {F.page_range(record, rng)}", T.PAGES)
    return b, False


def spanish_note(rng: random.Random) -> tuple[Builder, bool]:
    """ "Nombre Apellido, Título, Lugar, Editorial, año, p. x" and
    "Apellido, N., «Título», Revista, 12 (3), 1990, pp. 45-67"."""
    lang = "es"
    record = F.new_record(rng, rng.choice((lang, lang, "en")), ("book", "article-journal"), (55, 45))
    people, label = F.creators(record)
    b = Builder()
    b.add(forms.name_list(people, lang, rng, rng.choice(("natural", "inverted-initials", "caps-inverted"))), label)
    if label == T.EDITOR:
        b.add(" (ed.)", T.EDITOR)
    b.add(", ")
    if record["type"] == "book":
        F.add_title(b, record["title"], then=", ")
        b.add(record["publisher-place"], T.PLACE).add(", ").add(record["publisher"], T.PUBLISHER).add(", ")
        b.add(F.year(record, rng, lang), T.DATE)
    else:
        F.add_title(b, record["title"], quotes=rng.choice(ITALIAN_QUOTES), then=", ")
        b.add(record["container-title"], T.CONTAINER).add(", ").add(F.volume(record, rng), T.VOLUME)
        if record.get("issue"):
            b.add(" (").add(record["issue"], T.ISSUE).add(")")
        b.add(", ").add(F.year(record, rng, lang), T.DATE).add(", ").add(f"pp. {F.page_range(record, rng)}", T.PAGES)
    has_locator = rng.random() < 0.6
    if has_locator:
        b.add(", ").add(forms.locator(rng, lang), T.LOCATOR)
    return b, has_locator
