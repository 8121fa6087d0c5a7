"""The writer registry is the one list of formats: every format has goldens (test_goldens.py), a CLI
choice, and a line in the README's CLI reference and format guide."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from testdata import ROOT

from converter.cli import main
from converter.writers import WRITERS

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("format_name", WRITERS)
def test_every_format_is_documented(format_name):
    cli_row = next(line for line in README.splitlines() if line.startswith("| `-f, --format F`"))
    assert f"`{format_name}`" in cli_row
    guide = README[README.index("## Which format to choose"):README.index("## Library API")]
    assert re.search(rf"`{re.escape(format_name)}`", guide), f"{format_name} is missing from the format guide"


@pytest.mark.parametrize("format_name", WRITERS)
def test_every_format_is_a_cli_choice(format_name):
    help_text = CliRunner().invoke(main, ["--help"]).output
    assert format_name in help_text


@pytest.mark.parametrize("format_name", WRITERS)
def test_every_writer_has_the_module_interface(format_name):
    writer = WRITERS[format_name]
    assert callable(writer.write) and writer.EXTENSION and writer.MEDIA_TYPE
