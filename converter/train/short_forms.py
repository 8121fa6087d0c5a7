"""Short citations as notes print them, each into a Builder: author-year ("Müller 1990, S. 5",
"Müller (1990: 5)", "MENDONÇA, 2011, p. 73"), author-title ("Spence, Search, 520",
"Kuhn, “Taiping Rebellion,” 270"), back-references ("Ibid., p. 5", "Müller, a.a.O., S. 4",
"ders. 1992, S. 7", "Boito, cit., p. 5") and continuations ("Croizier 1965, pp. 15, 17; 1968,
p. 167ff.").

PLACE_NAMED_SHARE of the works cited short have a first author whose name is a place's too
("Paris 1990, S. 4", "London 2001: 12", "Toledo 1985, p. 7"): before the year it is the author.
German law cites a commentary's part by its author and the commentary ("Runge, in: Becker/Roth
2010, § 3 Rn. 12": COMMENTARY_SHARE). German locators are now and then two, joined by "bzw."
("S. 52–58, bzw. S. 117 f."): two locator spans, "bzw." is glue (BZW_SHARE)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from converter import lexicon as L
from converter.labeller import tokens as T
from converter.train import fields as F
from converter.train import forms, records, titles
from converter.train.builder import Builder
from converter.train.names import people as random_people
from converter.train.names import place_surname

COLON_LANGS = ("de", "en")
# How often a back-reference word is printed in lower case ("ibid.", "ders."), as after "; ".
LOWER_CASE_SHARE = 0.2
# How often the same-author word comes first ("Id., ibid."): a French and Portuguese habit, else
# one note in ten.
SAME_AUTHOR_FIRST = {"fr": 0.3, "pt": 0.3}
PLACE_NAMED_SHARE = 0.05
BZW_SHARE = 0.05
# German law cites a part of a commentary by its author, then the commentary's editors and year.
COMMENTARY_SHARE = 0.05


@dataclass
class Work:
    """A work as short notes cite it."""

    record: dict
    year: str
    short_title: str

    @property
    def people(self) -> list[dict]:
        return F.creators(self.record)[0]


def new_work(rng: random.Random, lang: str) -> Work:
    record = records.record(rng, lang)
    if not F.creators(record)[0]:
        record["author"] = random_people(rng, lang)
    if rng.random() < PLACE_NAMED_SHARE:  # "Paris 1990, S. 4"
        people = F.creators(record)[0]
        first = people[0]
        people[0] = {"family": place_surname(rng, lang), "given": first.get("given") or "A."}
    year = forms.year_text(rng, lang) if rng.random() < 0.3 else F.year(record, rng, lang)
    return Work(record, year, titles.short_title(record["title"], rng))


def creator_label(work: Work) -> str:
    return F.creators(work.record)[1]


def add_locator(b: Builder, rng: random.Random, lang: str, separator: str = ", ") -> None:
    b.add(separator).add(forms.locator(rng, lang), T.LOCATOR)
    if lang == "de":
        second_locator(b, rng, BZW_SHARE)


def second_locator(b: Builder, rng: random.Random, share: float) -> None:
    """ "S. 52–58, bzw. S. 117 f.": a second place cited, after "bzw." (glue)."""
    if rng.random() < share:
        b.add(rng.choice((", bzw. ", " bzw. "))).add(forms.locator(rng, "de"), T.LOCATOR)


def author_year(rng: random.Random, lang: str, work: Work) -> Builder:
    b = Builder()
    caps = lang == "pt" and rng.random() < 0.6
    names = forms.short_names(work.people, lang, rng, caps=caps)
    label = creator_label(work)
    if label == T.EDITOR and rng.random() < 0.5:
        names += " " + forms.editor_after(work.people, lang, rng)
    shape = rng.random()
    if lang == "de" and rng.random() < COMMENTARY_SHARE:
        return commentary(rng, lang, work, names, label)
    if caps:  # ABNT: "MENDONÇA, 2011, p. 73"
        b.add(names, label).add(", ").add(work.year, T.DATE)
        add_locator(b, rng, lang)
    elif shape < 0.55:
        b.add(names, label).add(" ").add(work.year, T.DATE)
        if rng.random() < 0.85:
            add_locator(b, rng, lang, ": " if lang in COLON_LANGS and rng.random() < 0.25 else ", ")
    elif shape < 0.75:
        b.add(names, label).add(" (").add(work.year, T.DATE)
        if rng.random() < 0.8:
            add_locator(b, rng, lang, rng.choice((": ", ", ")))
        b.add(")")
    elif shape < 0.85:  # "Brandauer, Lukas Anton, 1951/52, S. 112"
        b.add(forms.name_list(work.people, lang, rng, "inverted", max_names=2), label).add(", ")
        b.add(work.year, T.DATE)
        add_locator(b, rng, lang)
    else:
        b.add(names, label).add(", ").add(work.year, T.DATE)
        add_locator(b, rng, lang)
    return b


def commentary(rng: random.Random, lang: str, work: Work, names: str, label: str) -> Builder:
    """ "Runge, in: Becker/Roth 2010, § 3 Rn. 12": the author of a part of a commentary, then its
    editors and year (German law); the editors are the book's, the year the short form's."""
    b = Builder().add(names, label).add(", in: ")
    b.add(forms.short_names(random_people(rng, lang), lang, rng), T.EDITOR)
    b.add(rng.choice((" ", " ", ", "))).add(work.year, T.DATE)
    if rng.random() < 0.9:
        b.add(rng.choice((", ", ": ")))
        b.add(rng.choice((forms.locator(rng, lang), f"§ {rng.randint(1, 250)} Rn. {rng.randint(1, 80)}",
                          f"Art. {rng.randint(1, 146)} Rn. {rng.randint(1, 60)}")), T.LOCATOR)
    return b


def author_title(rng: random.Random, lang: str, work: Work) -> Builder:
    """ "Spence, Search, 520"; "Kuhn, “Taiping Rebellion,” 270"; Italian "Ferrante, Storia cit., p. 61"."""
    b = Builder()
    names = forms.short_names(work.people, lang, rng)
    if rng.random() < 0.15:
        names = forms.name_list(work.people, lang, rng, rng.choice(("initials-first", "natural")), max_names=2)
    b.add(names, creator_label(work)).add(", ")
    quoted = work.record["type"] in ("article-journal", "chapter") and rng.random() < 0.6
    if quoted and lang == "en" and rng.random() < 0.6:
        b.add("“").add(work.short_title, T.TITLE).add(",” ")
        b.add(forms.locator(rng, lang), T.LOCATOR)
        return b
    quotes = {"de": ("„", "“"), "fr": ("« ", " »"), "it": ("«", "»")}.get(lang, ("“", "”")) if quoted else ("", "")
    b.add(quotes[0]).add(work.short_title, T.TITLE).add(quotes[1])
    if lang in ("it", "fr", "es", "pt") and rng.random() < 0.3:
        b.add(" ").add(earlier_word(rng, lang), T.BACKREF)
    if rng.random() < 0.92:
        add_locator(b, rng, lang)
    return b


def cased(word: str, rng: random.Random) -> str:
    return word[0].lower() + word[1:] if rng.random() < LOWER_CASE_SHARE else word


def same_author_word(rng: random.Random, lang: str) -> str:
    return cased(forms.pick(rng, L.SAME_AUTHOR_BY_LANGUAGE[lang]), rng)


def earlier_word(rng: random.Random, lang: str) -> str:
    """ "op. cit.", "a.a.O." or "a. a. O.", "cit."."""
    word = forms.pick(rng, L.EARLIER_WORK_BY_LANGUAGE[lang])
    return forms.spaced(word) if lang == "de" and rng.random() < 0.5 else word


def same_work(rng: random.Random, lang: str) -> Builder:
    """ "Ibid., p. 5", "Ebd., S. 3", "Ivi, p. 4", "Id., ibid.", "Ibid."."""
    b = Builder()
    word = forms.pick(rng, L.SAME_WORK_BY_LANGUAGE[lang])
    if rng.random() < SAME_AUTHOR_FIRST.get(lang, 0.1):
        b.add(same_author_word(rng, lang), T.BACKREF).add(rng.choice((", ", " "))).add(word.lower(), T.BACKREF)
    else:
        b.add(cased(word, rng), T.BACKREF)
    # "Ivi" (the work cited last, another place in it) always has its locator
    if word == "Ivi" or rng.random() < 0.8:
        add_locator(b, rng, lang, rng.choice((", ", ", ", " ")) if lang == "it" else ", ")
    return b


def earlier_work(rng: random.Random, lang: str, work: Work) -> Builder:
    """ "Smith, op. cit., p. 4", "Müller, a.a.O., S. 4", "Boito, cit., p. 5", "Smith, loc. cit."."""
    b = Builder()
    b.add(forms.short_names(work.people, lang, rng), creator_label(work)).add(", ")
    word = earlier_word(rng, lang)
    b.add(word, T.BACKREF)
    if word != "loc. cit." and rng.random() < 0.9:
        add_locator(b, rng, lang)
    return b


def same_author(rng: random.Random, lang: str, work: Work) -> Builder:
    """ "ders. 1992, S. 7", "ders., Titel, S. 4", "Id., Title, p. 4"."""
    b = Builder()
    b.add(same_author_word(rng, lang), T.BACKREF)
    if rng.random() < 0.5:
        b.add(" ").add(work.year, T.DATE)
    else:
        b.add(", ").add(work.short_title, T.TITLE)
    add_locator(b, rng, lang)
    return b


def continuation(rng: random.Random, lang: str, work: Work) -> Builder:
    """One author, several years: "Croizier 1965, pp. 15, 17; 1968, p. 167ff."."""
    b = Builder()
    caps = lang == "pt" and rng.random() < 0.5
    b.add(forms.short_names(work.people, lang, rng, caps=caps), creator_label(work))
    b.add(", " if caps else " ").add(work.year, T.DATE)
    add_locator(b, rng, lang)
    for _ in range(rng.choice((1, 1, 2))):
        b.add(rng.choice(("; ", "; ", ", ")))
        b.add(forms.year_text(rng, lang), T.DATE)
        if rng.random() < 0.85:
            add_locator(b, rng, lang)
    return b
