"""Features: deterministic, the cached path equal to the uncached one, cheap, and fingerprinted."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from converter import lexicon
from converter.labeller import features as F
from converter.labeller import gazetteer, token_types
from converter.labeller.tokens import tokenize

from .samples import make_examples

TEXTS = [
    ("Vgl. Müller, H. (Hrsg.): „Die Geschichte“, Frankfurt a. M.: Suhrkamp 1990, S. 45–67.", "note"),
    ("Ibid., p. 20.", "note"),
    ("J. Smith, The Title (London: Macmillan, 1970), 12.", "note"),
    ("Smith, J. (1990). Title. Journal, 12(3), 45–67. https://doi.org/10.1000/xyz", "reference"),
    ("Rossi, M., a cura di, Storia d'Italia, Torino, Einaudi, 1974a, vol. XII, pp. 3-5", "reference"),
]


def features_of(text: str, context: str) -> list[list[str]]:
    return F.sequence_features(tokenize(text), context)


def test_features_are_deterministic_and_cached_equals_uncached():
    first = [features_of(text, context) for text, context in TEXTS]
    F.token_type.cache_clear()
    uncached = [features_of(text, context) for text, context in TEXTS]
    cached = [features_of(text, context) for text, context in TEXTS]
    assert first == uncached == cached
    for text, _ in TEXTS:
        for token in tokenize(text):
            assert F.token_type(token.text, token.kind) == F.token_type.__wrapped__(token.text, token.kind)


def test_one_feature_list_per_token_with_the_sequence_context():
    for text, context in TEXTS:
        sequence = features_of(text, context)
        assert len(sequence) == len(tokenize(text))
        assert all(any(f.startswith(f"ctx={context}|pos=") for f in features) for features in sequence)
        assert "first" in sequence[0] and "last" in sequence[-1]


def test_context_must_be_note_or_reference():
    with pytest.raises(ValueError, match="context"):
        features_of("Ibid.", "footnote")


def by_token(text: str, context: str = "note") -> dict[str, list[str]]:
    return {token.text: features for token, features in zip(tokenize(text), features_of(text, context))}


def test_what_the_features_see():
    found = by_token(TEXTS[0][0])
    assert {"ph:signal", "first", "cap", "stop"} <= set(found["Vgl."])
    assert "surname" in found["Müller"] and "-1:ph:signal" in found["Müller"]
    assert "ph:edafter" in found["Hrsg."] and "in-brackets" in found["Hrsg."]
    assert "quote-open" in found["„"] and "in-quotes" in found["Geschichte"]
    assert "ph:place" in found["Frankfurt"] and "ph:place+" in found["M."]
    assert "ph:publisher" in found["Suhrkamp"] and "year" in found["1990"]
    assert "locator" in found["S."] and "range-start" in found["45"] and "range-end" in found["67"]
    found = by_token(TEXTS[4][0], "reference")
    assert "ph:edbefore" in found["a"] and "ph:edbefore+" in found["di"]
    assert "year-letter" in found["1974a"] and "roman" in found["XII"] and "ph:publisher" in found["Einaudi"]
    found = by_token("Cambridge, MA: MIT Press. In: Ders., Werke, IN")
    assert "state" in found["MA"] and "state" not in found["In"] and "sameauthor" in found["Ders."]


def test_what_a_token_is_by_itself_is_computed_once_per_distinct_token():
    """The per-token features are cached by (text, kind): a second pass over the same texts computes
    none again (speed itself is measured in benchmarks/, not asserted here)."""
    sequences = [(tokenize(example["text"]), example["context"]) for example in make_examples(3, 200)]
    for tokens, context in sequences:
        F.sequence_features(tokens, context)
    before = token_types.token_type.cache_info()
    for tokens, context in sequences:
        F.sequence_features(tokens, context)
    after = token_types.token_type.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_fingerprint_covers_the_data_files(tmp_path, monkeypatch):
    fingerprint = F.feature_fingerprint()
    assert len(fingerprint) == 64 and fingerprint == F.feature_fingerprint.__wrapped__()
    copy = tmp_path / "data"
    shutil.copytree(lexicon.DATA, copy)
    with (copy / "places.txt").open("a", encoding="utf-8") as places:
        places.write("Nowhere\n")
    monkeypatch.setattr(lexicon, "DATA", copy)
    assert F.feature_fingerprint.__wrapped__() != fingerprint


def test_fingerprint_covers_the_lexicon(monkeypatch):
    fingerprint = F.feature_fingerprint.__wrapped__()
    monkeypatch.setattr(lexicon, "SIGNALS", lexicon.SIGNALS + ("nowhere",))
    assert F.feature_fingerprint.__wrapped__() != fingerprint


def test_fingerprint_lists_every_lexicon_constant_the_features_read():
    read = set()
    for module in (F, token_types, gazetteer):
        read |= set(re.findall(r"lexicon\.([A-Z][A-Z_]+)", Path(module.__file__).read_text(encoding="utf-8")))
    assert read - {"DATA"} <= set(gazetteer.LEXICON_NAMES)
