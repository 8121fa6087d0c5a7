"""What a library caller catches: ConversionError and its subclasses, with the source kept apart."""

from __future__ import annotations

import pytest
from testdata import EXAMPLE

from converter import ConversionError, convert_files, parse, parse_file, write
from converter.errors import ModelVersionError, UnknownFormatError, UsageError
from converter.run.combine import combine, write_combined
from converter.writers import json_model


@pytest.fixture(scope="module")
def document():
    return parse(EXAMPLE.read_text(encoding="utf-8"))


def test_an_unknown_format_is_a_usage_error(document):
    with pytest.raises(UnknownFormatError, match="unknown format 'endnote'; choose one of json, bibtex"):
        write(document, "endnote")
    assert issubclass(UnknownFormatError, UsageError) and issubclass(UsageError, ConversionError)


def test_a_model_dump_of_another_version(document):
    text = json_model.write(document).replace('"version": 1', '"version": 99', 1)
    with pytest.raises(ModelVersionError, match="unsupported model version 99"):
        json_model.read(text)


@pytest.mark.parametrize("text", ["", "[1, 2]", '{"version": 1}', "{not json"])
def test_what_is_no_model_dump(text):
    with pytest.raises(ConversionError):
        json_model.read(text)


def test_the_model_dump_has_no_combined_form(document):
    with pytest.raises(UsageError, match="--format json describes one chapter"):
        write_combined(combine([document]), "json")


@pytest.mark.parametrize("value", [None, b"Notes\n1. Smith 1990, p. 4.", 42])
def test_parse_takes_text_only(value):
    with pytest.raises(ConversionError, match=r"parse\(\) takes the page as text"):
        parse(value)


def test_an_error_names_its_source_apart_from_the_message(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(ConversionError) as caught:
        parse_file(str(missing))
    assert (caught.value.source, caught.value.message) == (str(missing), "no such file")
    assert str(caught.value) == f"{missing}: no such file"


def test_the_batch_reports_the_source_once(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Shopping list\n\n  • Chapter\n\nmilk\n", encoding="utf-8")
    outcome = convert_files([str(page), str(tmp_path / "gone.txt")], str(tmp_path / "out"), "ris")
    assert outcome.failures == [
        f"{page}: not a chapter page: no notes, references, DOI, ISBN or 'Cite this chapter' line",
        f"{tmp_path / 'gone.txt'}: no such file",
    ]
