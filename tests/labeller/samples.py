"""A small stand-in for converter.train.dataset: labelled citation strings of a dozen fixed
shapes, from Faker names and lorem titles and the labeller's own word lists. The tests need data
that is quick to make and independent of the real generator; it also serves `--data` while the
real generator is being written (`python -m tests.labeller.samples 2000 > sample.jsonl`).
"""

from __future__ import annotations

import json
import random
import sys
from functools import cache

from faker import Faker

from converter import lexicon
from converter.labeller import tokens as T

LOCALES = ("en_US", "de_DE", "fr_FR", "it_IT", "es_ES", "pt_BR")


@cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


@cache
def _entries(name: str) -> tuple[str, ...]:
    """The entries of data/<name>.txt as printed (places and publishers hold one a line)."""
    whole_lines = name in ("places", "publishers")
    found: list[str] = []
    for line in (lexicon.DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "-")):
            found.extend([line] if whole_lines else line.split())
    return tuple(found)


class Builder:
    """Pieces of (text, label) joined into one example, with the spans where they landed."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[list] = []

    def add(self, text: str, label: str = T.OTHER) -> Builder:
        if label != T.OTHER:
            self.spans.append([len(self.text), len(self.text) + len(text), label])
        self.text += text
        return self

    def example(self, context: str, lang: str) -> dict:
        return {"text": self.text, "spans": self.spans, "context": context, "lang": lang,
                "source": "tests.labeller.samples"}


def _pieces(rng: random.Random, locale: str) -> dict[str, str]:
    fake = _faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    given, family = fake.first_name(), fake.last_name()
    title = fake.sentence(nb_words=rng.randint(3, 9)).rstrip(".")
    journal_word = rng.choice(_entries("journal_words")).capitalize()
    first = rng.randint(1, 400)
    return {
        "family": family, "given": given, "initials": given[0] + ".", "title": title,
        "journal": f"{journal_word} {fake.word().capitalize()}", "year": str(rng.randint(1850, 2023)),
        "place": rng.choice(_entries("places")), "publisher": rng.choice(_entries("publishers")),
        "volume": str(rng.randint(1, 80)), "issue": str(rng.randint(1, 12)),
        "pages": f"{first}–{first + rng.randint(5, 40)}", "page": str(rng.randint(1, 500)),
        "signal": rng.choice(lexicon.SIGNALS).capitalize(),
        "backref": rng.choice(lexicon.SAME_WORK).capitalize() + ".",
        "label": rng.choice([label for label, kind in lexicon.LOCATOR_LABELS.items() if kind == "page"]),
    }


def _note(rng: random.Random, p: dict[str, str]) -> Builder:
    b = Builder()
    shape = rng.randrange(4)
    if shape == 0:  # Vgl. Müller 1990, S. 5.
        b.add(p["signal"], T.SIGNAL).add(" ").add(p["family"], T.AUTHOR).add(" ").add(p["year"], T.DATE)
        b.add(", ").add(f"{p['label']} {p['page']}", T.LOCATOR).add(".")
    elif shape == 1:  # Ibid., p. 20.
        b.add(p["backref"], T.BACKREF).add(", ").add(f"{p['label']} {p['page']}", T.LOCATOR).add(".")
    elif shape == 2:  # J. Smith, Title (London: Macmillan, 1970), 12.
        b.add(f"{p['initials']} {p['family']}", T.AUTHOR).add(", ").add(p["title"], T.TITLE).add(" (")
        b.add(p["place"], T.PLACE).add(": ").add(p["publisher"], T.PUBLISHER).add(", ").add(p["year"], T.DATE)
        b.add("), ").add(p["page"], T.LOCATOR).add(".")
    else:  # Müller, Hans: Title. Berlin 1990, S. 5.
        b.add(f"{p['family']}, {p['given']}", T.AUTHOR).add(": ").add(p["title"], T.TITLE).add(". ")
        b.add(p["place"], T.PLACE).add(" ").add(p["year"], T.DATE).add(", ")
        b.add(f"{p['label']} {p['page']}", T.LOCATOR).add(".")
    return b


def _reference(rng: random.Random, p: dict[str, str]) -> Builder:
    b = Builder()
    b.add(f"{p['family']}, {p['initials']}", T.AUTHOR).add(" (").add(p["year"], T.DATE).add("). ")
    b.add(p["title"], T.TITLE).add(". ")
    if rng.random() < 0.5:  # Smith, J. (1990). Title. Journal, 12(3), 45–67.
        b.add(p["journal"], T.CONTAINER).add(", ").add(p["volume"], T.VOLUME).add("(")
        b.add(p["issue"], T.ISSUE).add("), ").add(p["pages"], T.PAGES).add(".")
    else:  # Smith, J. (1990). Title. London: Macmillan.
        b.add(p["place"], T.PLACE).add(": ").add(p["publisher"], T.PUBLISHER).add(".")
    return b


def make_examples(seed: int, size: int) -> list[dict]:
    rng = random.Random(seed)
    examples = []
    for _ in range(size):
        locale = rng.choice(LOCALES)
        pieces = _pieces(rng, locale)
        context = rng.choice(("note", "reference"))
        builder = _note(rng, pieces) if context == "note" else _reference(rng, pieces)
        examples.append(builder.example(context, locale[:2]))
    return examples


if __name__ == "__main__":
    for example in make_examples(int(sys.argv[2]) if len(sys.argv) > 2 else 0, int(sys.argv[1])):
        print(json.dumps(example, ensure_ascii=False))
