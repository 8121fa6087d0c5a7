"""Whole notes (context "note"): what reference lists lack.

A note is one of: a full first citation (a CSL note style's, or a hand template's), possibly
after a signal; one or more short citations and back-references joined by "; " or ". ";
citations inside prose sentences; or prose alone (with years, names and numbers that are no
citation). `note_example` draws one.

Shapes added for what the model misread (each a few percent of the notes of its languages):
- German notes go on with the same author's next work in full after a full citation: "...;
  ders., Titel, Ort Jahr" / ". Dies., Titel. In: Zeitschrift 12 (1990), S. 4–9" (SAME_AUTHOR_FULL,
  the same-author word a back reference), and a few start so ("Ders., Titel, ...");
- prose before a citation: "Hierzu", "Dazu ausführlich" (leads in data/notes.txt);
- prose sentences with places, dates with months, numbers and quotes (prose.py);
- prose around short citations and back references ("Compare the tables ibid., p. 13, with the
  table in Smith 1974b, p. 117f., and the notes ibid."): MIXED_INLINE_SHARE of inline notes, the
  words between are prose, "ibid." a back reference, "Smith" author, "1974b" date, "p. 13" locator;
- short citations whose author's name is a place's ("Paris 1990, S. 4"): short_forms.py.
"""

from __future__ import annotations

import random
import re

from converter import lexicon
from converter.labeller import tokens as T
from converter.train import forms, prose, records, render, styles, templates
from converter.train import short_forms as S
from converter.train import templates_de as DE
from converter.train.builder import Builder, strip_final_stop
from converter.train.cited_lists import cited_list
from converter.train.wordlists import entries

LANG_WEIGHTS = {"en": 25, "de": 25, "fr": 13, "it": 13, "es": 10, "pt": 14}
CSL_LOCATOR_LABELS = (("page", 80), ("chapter", 4), ("column", 3), ("folio", 2), ("note", 4),
                      ("section", 2), ("volume", 3), ("line", 1), ("paragraph", 1))
KINDS = (("full-csl", 26), ("full-template", 20), ("short", 24), ("backref", 10),
         ("prose-lead", 10), ("inline", 5), ("prose", 6))
# German: how often a full citation is followed by the same author's next work in full ("; ders.,
# Titel, Ort Jahr"), and how often a templated note starts with it ("Ders., Titel, ...").
SAME_AUTHOR_FULL = {"after": 0.12, "first": 0.05}
MIXED_INLINE_SHARE = 0.45
# How often a signal word is followed by a colon ("Vgl.: Deutscher Bundestag (2001): …").
COLON_AFTER_SIGNAL = {"de": 0.12}
# How often an inline note cites several works in a row ("vgl. Huber (1992), Krause (1994) und Lang
# (1991)"); the rest cite one.
INLINE_LIST_SHARE = 0.35


def pick_lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]


def signal(rng: random.Random, lang: str, inside: bool = False) -> str:
    """A signal word as the lexicon has it (inside a sentence), capitalized at a note's start."""
    word = forms.pick(rng, lexicon.SIGNALS_BY_LANGUAGE[lang])
    return word if inside else forms.capitalized(word)


def add_signal(b: Builder, rng: random.Random, lang: str, inside: bool = False) -> None:
    word = signal(rng, lang, inside)
    b.add(word, T.SIGNAL).add(": " if rng.random() < COLON_AFTER_SIGNAL.get(lang, 0.03) else " ")


def full_csl(rng: random.Random, lang: str) -> tuple[Builder, str] | None:
    """A note style's first citation of a random record, citing a locator."""
    style = styles.pick(rng, styles.note_styles())
    locale = rng.choice(styles.LOCALES[lang])
    record = records.record(rng, lang)
    label = rng.choices([l for l, _ in CSL_LOCATOR_LABELS], [w for _, w in CSL_LOCATOR_LABELS])[0]
    value = forms.page_value(rng, lang) if label == "page" else str(rng.randint(1, 40))
    try:
        text, spans = render.first_note(styles.load(style.name, locale), record, label, value)
    except (render.RenderError, RecursionError):
        return None
    if not any(label in (T.TITLE, T.CONTAINER) for _, _, label in spans):
        return None  # a style that printed only a URL or a date for this record
    text, spans = strip_final_stop(text, spans)
    return Builder().extend(text, spans), style.name


def full_template(rng: random.Random, lang: str) -> tuple[Builder, str]:
    if lang == "de" and rng.random() < SAME_AUTHOR_FULL["first"]:
        return same_author_full(rng, capitalized=True), "de-full-note-same-author"
    template = templates.pick(rng, templates.NOTE_TEMPLATES, lang)
    builder, _ = template.make(rng)
    return builder, template.name


def same_author_full(rng: random.Random, capitalized: bool) -> Builder:
    """ "ders., Titel, Ort Jahr, S. 5" / "Dies., Titel. In: ...": German, the author's next work."""
    word = forms.pick(rng, lexicon.SAME_AUTHOR_BY_LANGUAGE["de"])
    word = word if capitalized else word[0].lower() + word[1:]
    builder, _ = DE.full_note(rng, lead=(word, T.BACKREF))
    return builder


def short_citation(rng: random.Random, lang: str, work: S.Work) -> Builder:
    roll = rng.random()
    if roll < 0.5:
        return S.author_year(rng, lang, work)
    if roll < 0.85:
        return S.author_title(rng, lang, work)
    return S.continuation(rng, lang, work)


def backref(rng: random.Random, lang: str, work: S.Work | None) -> Builder:
    roll = rng.random()
    if work is None or roll < 0.55:
        return S.same_work(rng, lang)
    if roll < 0.8:
        return S.earlier_work(rng, lang, work)
    return S.same_author(rng, lang, work)


def joined_citations(rng: random.Random, lang: str, first_kind: str) -> tuple[Builder, str]:
    """One to four citations joined as notes join them, the first after an optional signal."""
    b = Builder()
    if rng.random() < 0.35:
        add_signal(b, rng, lang)
    source = first_kind
    work = S.new_work(rng, lang)
    if first_kind == "backref":
        piece = backref(rng, lang, work if rng.random() < 0.5 else None)
    elif first_kind == "full-csl":
        made = full_csl(rng, lang)
        piece, source = made if made else full_template(rng, lang)
    elif first_kind == "full-template":
        piece, source = full_template(rng, lang)
    else:
        piece = short_citation(rng, lang, work)
    append(b, piece)
    if lang == "de" and first_kind.startswith("full") and rng.random() < SAME_AUTHOR_FULL["after"]:
        after_stop = rng.random() < 0.4
        b.add(" " if after_stop and b.ends_with(".") else ". " if after_stop else "; ")
        append(b, same_author_full(rng, capitalized=after_stop))
    count = rng.choices((1, 2, 3, 4), (60, 25, 10, 5))[0]
    for _ in range(count - 1):
        joiner = rng.choice(entries("notes", f"joiner-{lang}")) + " "
        after_stop = joiner.strip() == "."
        if after_stop and b.ends_with("."):
            joiner = " "  # "loc. cit." already ends the sentence
        b.add(joiner)
        if rng.random() < 0.2:
            add_signal(b, rng, lang, inside=not after_stop)
        if rng.random() < 0.2:
            append(b, S.same_author(rng, lang, S.Work(work.record, S.new_work(rng, lang).year, work.short_title)))
        else:
            work = S.new_work(rng, lang)
            append(b, short_citation(rng, lang, work) if rng.random() < 0.85 else backref(rng, lang, work))
    return b, source


def append(b: Builder, piece: Builder) -> None:
    text, spans = strip_final_stop(piece.text(), piece.spans)
    b.extend(text, spans)


def prose_lead(rng: random.Random, lang: str) -> tuple[Builder, str]:
    """ "For a discussion of the wider context, see X." / "Zu diesem Ergebnis kommt auch X." and
    prose sentences before a citation: "Die Zahlen für 1958 sind geschätzt. Vgl. X."."""
    b = Builder()
    if rng.random() < 0.3:
        b.add(prose.prose_sentences(rng, lang, 1)[0], T.PROSE).add(" ")
        citations, source = joined_citations(rng, lang, rng.choice(("short", "short", "full-template", "backref")))
        b.extend(citations.text(), citations.spans)
        return b, source
    lead, signal_word, tail = rng.choice(entries("notes", f"lead-{lang}")).split("|")
    b.add(lead, T.PROSE).add(" ")
    if signal_word:
        b.add(signal_word, T.SIGNAL).add(" ")
    kind = rng.choice(("short", "short", "full-template", "full-csl"))
    piece = full_csl(rng, lang) if kind == "full-csl" else None
    if piece is None:
        short = (short_citation(rng, lang, S.new_work(rng, lang)), "short")
        piece = full_template(rng, lang) if kind != "short" else short
    append(b, piece[0])
    if tail:
        b.add(tail[:2] if tail.startswith(", ") else "").add(tail.removeprefix(", "), T.PROSE)
    return b, f"prose-lead+{piece[1]}"


INLINE = re.compile(r"\{([AYLBSV])\}")
GLUE = " (),:;."


def inline(rng: random.Random, lang: str) -> tuple[Builder, str]:
    """ "As Smith (1990: 45) has shown, the reform failed."; and prose around short citations and
    back references: "Compare the tables ibid., p. 13, with the table in Smith 1974b, p. 117f."."""
    work = S.new_work(rng, lang)
    roll = rng.random()
    mixed, listed = roll < MIXED_INLINE_SHARE, roll > 1 - INLINE_LIST_SHARE
    section = "inline-mixed" if mixed else "inline-list" if listed else "inline"
    pattern = rng.choice(entries("notes", f"{section}-{lang}"))
    b = Builder()
    position = 0
    for match in INLINE.finditer(pattern):
        b.add(pattern[position:match.start()], T.PROSE if pattern[position:match.start()].strip(GLUE) else None)
        key = match.group(1)
        if key == "A":
            b.add(forms.short_names(work.people, lang, rng), S.creator_label(work))
        elif key == "Y":
            b.add(work.year, T.DATE)
        elif key == "B":
            b.add(forms.pick(rng, lexicon.SAME_WORK_BY_LANGUAGE[lang]).lower(), T.BACKREF)
        elif key == "S":
            before = pattern[:match.start()]
            listed_citations = cited_list(rng, lang, bracketed=before.count("(") > before.count(")"))
            b.extend(listed_citations.text(), listed_citations.spans)
        elif key == "V":
            b.add(signal(rng, lang, inside=match.start() > 0), T.SIGNAL)
        else:
            b.add(forms.locator(rng, lang), T.LOCATOR)
        position = match.end()
    tail = pattern[position:]
    if tail.startswith(".") and b.ends_with("."):  # "... and the notes ibid."
        tail = tail[1:]
    b.add(tail, T.PROSE if tail.strip(GLUE) else None)
    return b, section


def prose_spans(b: Builder) -> Builder:
    """Prose pieces of an inline pattern hold their own brackets and commas: keep the words
    prose and the glue other (as the span conventions want)."""
    fixed = Builder()
    text = b.text()
    for start, end, label in b.spans:
        if label == T.PROSE:
            segment = text[start:end]
            inner = segment.strip(" (),:;.")
            offset = segment.find(inner)
            start, end = start + offset, start + offset + len(inner)
        fixed.spans.append([start, end, label])
    fixed.parts, fixed.length = b.parts, b.length
    return fixed


def prose_only(rng: random.Random, lang: str) -> tuple[Builder, str]:
    b = Builder()
    sentences = prose.prose_sentences(rng, lang, rng.choices((1, 2), (75, 25))[0])
    for index, sentence in enumerate(sentences):
        b.add(" " if index else "").add(sentence, T.PROSE)
    return b, "prose"


def note_example(rng: random.Random, lang: str | None = None) -> dict:
    lang = lang or pick_lang(rng)
    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    if kind == "prose":
        b, source = prose_only(rng, lang)
    elif kind == "prose-lead":
        b, source = prose_lead(rng, lang)
    elif kind == "inline":
        b, source = inline(rng, lang)
        b = prose_spans(b)
    else:
        b, source = joined_citations(rng, lang, kind)
    if kind not in ("prose", "inline") and rng.random() < 0.92:
        b.close()
    return b.example("note", lang, source)
