"""The labeller's dictionaries: phrases, the case rule of state codes, and the held-out names."""

from __future__ import annotations

import pytest

from converter import lexicon
from converter.labeller.gazetteer import gazetteer, key_of
from converter.labeller.tokens import tokenize
from converter.train import dictionaries


def phrase_flags(text: str) -> list[list[str]]:
    tokens = tokenize(text)
    flags = gazetteer().phrase_flags([key_of(t.text, t.kind) for t in tokens])
    return flags or [[] for _ in tokens]


def test_phrases_of_several_tokens():
    assert phrase_flags("Frankfurt am Main") == [["place"], ["place+"], ["place+"]]
    assert set(phrase_flags("Oxford University Press.")[0]) == {"place", "publisher"}
    assert set(phrase_flags("Oxford University Press.")[2]) == {"publisher+", "publisher"}  # "Press" alone too
    assert phrase_flags("et al.") == [["etal"], ["etal+"]]
    assert phrase_flags("Smith, op. cit.")[2] == ["earlier"]
    assert phrase_flags("Main Frankfurt") == [[], ["place"]]


def test_state_codes_count_in_capitals_only():
    assert "state" in gazetteer().word_flags("MA", key_of("MA", "word"))
    assert "state" in gazetteer().word_flags("Mass.", key_of("Mass.", "word"))
    assert "state" not in gazetteer().word_flags("in", key_of("in", "word"))


def test_compound_endings_need_a_stem():
    assert "pubword" in gazetteer().word_flags("Universitätsverlag", key_of("Universitätsverlag", "word"))
    assert "journal" in gazetteer().word_flags("Vierteljahrszeitschrift", "vierteljahrszeitschrift")
    assert "pubword" not in gazetteer().word_flags("Verlag", "verlag")


def test_name_dictionaries_hold_out_a_fixed_share():
    for name in ("given_names", "surnames"):
        listed = lexicon.words(name)
        assert len(listed) > 1500
        assert not [word for word in listed if dictionaries.held_out(word)]


def test_name_dictionaries_are_what_the_script_writes(tmp_path):
    import faker

    header = (lexicon.DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()[1]
    if f"Faker {faker.VERSION}'s" not in header:
        pytest.skip(f"the name files were written with another Faker than {faker.VERSION}: {header}")
    dictionaries.write(tmp_path)
    for name in ("given_names.txt", "surnames.txt"):
        assert (tmp_path / name).read_bytes() == (lexicon.DATA / name).read_bytes()


def test_keys_are_folded_words_without_their_stop():
    for text in ("Press.", "O'Brien", "Hrsg.", "Müller", "ÉDITIONS", "l’Harmattan", "d`Arc", "a.", "Straße", "."):
        assert key_of(text, "word") == lexicon.fold(text[:-1] if text.endswith(".") and len(text) > 1 else text)
