"""One lexicon: no module but converter/lexicon.py spells a year pattern or one of the shared word lists.

A reader that needs editor marks, "et al.", same-author or back-reference words, signals, locator
labels, months, link words, particles or page headings builds its pattern from the lexicon, so
that adding a language is one edit there. The check reads every module's source: a string with a
year pattern, or a literal collection or regex alternation holding two or more words of one of the
lexicon's lists, is a list of its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import converter
from converter import lexicon

PACKAGE = Path(converter.__file__).parent
YEAR_PATTERN = re.compile(r"1\[5-9\]|20\\d\\d|\(\?:19\|20\)")


def normal(word: str) -> str:
    word = re.sub(r"\\(.)", r"\1", word)
    return re.sub(r"[()\[\]^$?*+:]", "", word).strip().rstrip(".").lower()


GUARDED = {
    "editor marks": {*lexicon.EDITOR_MARKS_AFTER, *lexicon.EDITOR_MARKS_BEFORE},
    "translator marks": set(lexicon.TRANSLATOR_MARKS),
    "et al.": {" ".join(words) for words in lexicon.ET_AL},
    "same-author words": set(lexicon.SAME_AUTHOR),
    "back-reference words": {*lexicon.SAME_WORK, *lexicon.EARLIER_WORK},
    "signals": set(lexicon.SIGNALS),
    # printed labels, not CSL's names for them ("note", "table" are CSL's vocabulary in model.py)
    "locator labels": {normal(w) for w in lexicon.LOCATOR_LABELS if len(w.rstrip(".")) > 2}
    - set(lexicon.LOCATOR_LABELS.values()),
    "months": {m for m in lexicon.MONTHS if len(m.rstrip(".")) > 3},
    "link words": set(lexicon.LINK_WORDS),
    "particles": {p for p in lexicon.PARTICLES if len(p) > 2},
    "headings": {*lexicon.NOTES_HEADINGS, *lexicon.REFERENCES_HEADINGS, *lexicon.ABBREVIATION_HEADINGS,
                 *(h for h in lexicon.TAIL_HEADINGS if " " in h), *lexicon.CITE_HEADINGS},
}
GUARDED = {name: {normal(w) for w in words} - {""} for name, words in GUARDED.items()}


def modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if p != Path(lexicon.__file__))


def strings_of(node) -> list[str]:
    return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def own_lists(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        groups: list[list[str]] = []
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            groups.append(strings_of(node))
        elif isinstance(node, ast.Dict):
            groups.append([k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if YEAR_PATTERN.search(node.value):
                found.append(f"line {node.lineno}: a year pattern of its own")
            groups.append(re.split(r"\||\(\?:", node.value))
        for group in groups:
            words = {normal(w) for w in group} - {""}
            for name, listed in GUARDED.items():
                shared = sorted(words & listed)
                if len(shared) >= 2:
                    found.append(f"line {node.lineno}: {name} of its own ({', '.join(shared[:4])})")
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_keeps_a_word_list_of_its_own(path):
    assert not own_lists(path)


def test_the_check_finds_a_list_of_its_own(tmp_path):
    """The check itself: a module that spells its own editor marks or year pattern is caught."""
    module = tmp_path / "reader.py"
    module.write_text('MARKS = {"(eds.)", "Hrsg."}\nYEAR = r"(1[5-9]\\d\\d)"\nIBID = r"(?:ibid|ebd)\\."\n')
    problems = own_lists(module)
    assert len(problems) == 3, problems
