"""The command line, through click's CliRunner: exit codes, exact messages, no tracebacks, and every
kind of bad input from the batch issue (each gets one `Error: <file>: <reason>` line or a warning
and a best-effort result)."""

import json
import os
import re
from pathlib import Path

import bibtexparser
import pytest
import rispy
from case_files import page_of
from click.testing import CliRunner
from lxml import etree
from testdata import deny_reading, zip_archive

from converter.cli import main
from converter.run import inputs
from converter.writers import WRITERS

EXAMPLE = Path(__file__).parents[2] / "examples" / "kraus1982-springer-chapter.txt"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
OTHER = EXAMPLE.parent / "meyer1985-german-chapter.txt"  # a second page, for runs that need two inputs
TITLE = "Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957"
NOT_A_PAGE = "no chapter title found: this does not look like a chapter page"
NO_EVIDENCE = "not a chapter page: no notes, references, DOI, ISBN or 'Cite this chapter' line"


def with_notes(notes: list[tuple[int, str]], text: str = EXAMPLE_TEXT) -> str:
    """The example page with its notes list replaced by `notes` (number, text)."""
    start = text.index("\nNote\n") + len("\nNote\n")
    end = text.index("Download references")
    body = "".join(f"\n  {number}. {note}\n\n    Google Scholar \n" for number, note in notes)
    return text[:start] + body + "\n" + text[end:]


def run(args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def write(tmp_path, name, content) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- the ordinary runs ----------------------------------------------------------------------------------

def test_one_page_to_standard_output_exits_0_with_a_summary_of_its_problems():
    result = run([EXAMPLE, "-f", "ris"])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"TY  - CHAP\r\nID  - kraus1982adoption\r\n")  # exactly as written
    assert result.stdout_bytes.endswith(b"ER  - \r\n")
    assert re.fullmatch(r"1 page, 153 notes, 143 works, \d+ problems, 0 failed, [\d.]+ s\n", result.stderr)


@pytest.mark.parametrize("format_name", list(WRITERS))
def test_every_format_is_a_choice(format_name):
    # A page of 11 notes: the formatted bibliographies of the 143-work example take citeproc seconds.
    result = run([EXAMPLE.with_name("tanaka2016-chicago-notes.txt"), "-f", format_name])
    assert result.exit_code == 0 and result.stdout


def test_help_lists_every_format_and_the_exit_codes():
    result = run(["--help"])
    assert result.exit_code == 0
    for name in [*WRITERS, "all"]:
        assert name in result.stdout
    for code in ("0 every input converted", "1 some inputs failed", "2 usage error", "3 --strict", "130 interrupted",
                 "143 stopped by SIGTERM"):
        assert code in " ".join(result.stdout.split())


def test_standard_input():
    result = run(["-", "-f", "csl-json"], input=EXAMPLE_TEXT)
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "kraus1982adoption"


def test_one_page_to_a_file(tmp_path):
    result = run([EXAMPLE, "-f", "bibtex", "-o", tmp_path / "kraus.bib"])
    assert result.exit_code == 0
    assert (tmp_path / "kraus.bib").read_text(encoding="utf-8").startswith("@incollection{kraus1982adoption,")
    assert re.fullmatch(r"1 page, 153 notes, \d+ works, \d+ problems, 0 failed, [\d.]+ s\n", result.stderr)


# -- exit codes: 2 for usage errors, 1 when some inputs failed ---------------------------------------------

def test_unknown_format_is_a_usage_error():
    result = run([EXAMPLE, "-f", "endnote"])
    assert result.exit_code == 2
    assert "Invalid value for '-f' / '--format': unknown format 'endnote'; choose one of" in result.stderr
    assert result.stdout == ""


def test_no_input_is_a_usage_error():
    assert run([]).exit_code == 2


def test_several_inputs_need_an_output_directory(tmp_path):
    result = run([EXAMPLE, OTHER])
    assert result.exit_code == 2
    assert result.stderr == "Error: several inputs need -o DIR (one file per input and format), or --combine to write one file\n"


def test_format_all_needs_an_output_directory():
    result = run([EXAMPLE, "-f", "all"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --format all needs -o DIR")


def test_an_output_directory_that_cannot_be_created(tmp_path):
    blocker = write(tmp_path, "file", "x")  # a file where a folder should be: fails for root too
    result = run([EXAMPLE, OTHER, "-o", blocker / "out"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: cannot create output directory {blocker / 'out'}: Not a directory\n"


def test_an_output_directory_that_cannot_be_written(tmp_path, monkeypatch):
    """A read-only folder (chmod 555) cannot stop root, so the write probe itself is made to fail
    when we are root; as another user the folder's own permissions do it."""
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        if os.access(out, os.W_OK):  # root
            import converter.run.plan as plan

            def denied(folder):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(plan, "create_temporary", denied)
        result = run([EXAMPLE, OTHER, "-o", f"{out}/"])
    finally:
        out.chmod(0o755)
    assert result.exit_code == 2
    assert result.stderr == f"Error: cannot write to output directory {out}/: Permission denied\n"
    assert list(out.iterdir()) == []


def test_a_file_name_with_several_inputs_suggests_combine(tmp_path):
    result = run([EXAMPLE, OTHER, "-o", tmp_path / "all.ris", "-f", "ris"])
    assert result.exit_code == 2
    assert "add --combine to write one file" in result.stderr
    assert not (tmp_path / "all.ris").exists()


def test_json_has_no_combined_form():
    result = run([EXAMPLE, "--combine", "-f", "json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --format json describes one chapter")


def test_a_bad_abbreviations_file_is_a_usage_error(tmp_path):
    result = run([EXAMPLE, "--abbreviations", tmp_path / "none.tsv"])
    assert result.exit_code == 2 and error_lines(result)


def test_some_failed_exits_1_and_the_rest_is_converted(tmp_path):
    bad = write(tmp_path, "bad.txt", "hello\n")
    result = run([bad, EXAMPLE, "-f", "ris", "-o", tmp_path / "out/"])
    assert result.exit_code == 1
    assert error_lines(result) == [f"Error: {bad}: {NOT_A_PAGE}"]
    assert (tmp_path / "out" / "kraus1982-springer-chapter.ris").exists()
    assert not (tmp_path / "out" / "bad.ris").exists()


# -- bad input: one line each, no traceback --------------------------------------------------------------

def single_error(tmp_path, path, *options) -> str:
    """Run one bad input next to a good one: exit 1, one Error line, the good one converted."""
    out = tmp_path / "out"
    result = run([path, EXAMPLE, "-o", f"{out}/", *options])
    assert result.exit_code == 1, result.output
    assert (out / "kraus1982-springer-chapter.json").exists()
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_missing_file(tmp_path):
    path = tmp_path / "missing.txt"
    assert single_error(tmp_path, path) == f"Error: {path}: no such file"


def test_directory_without_r(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder, "page.txt", EXAMPLE_TEXT)
    result = run([str(folder)])
    assert result.exit_code == 2  # a usage error: nothing is converted, and it names -r
    assert result.stderr == f"Error: {folder} is a directory: add -r (--recursive) to read the pages in it\n"


def test_unreadable_file(tmp_path, monkeypatch):
    """chmod 000 when that blocks us; as root (CI), open() is made to fail the way the kernel would,
    so the same code path runs either way."""
    path = write(tmp_path, "locked.txt", EXAMPLE_TEXT)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root
            deny_reading(monkeypatch, path)
        line = single_error(tmp_path, path, "--jobs", "1")
    finally:
        path.chmod(0o644)
    assert line == f"Error: {path}: permission denied (cannot read the file)"


def test_empty_file(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    assert single_error(tmp_path, path) == f"Error: {path}: the file is empty"


@pytest.mark.parametrize("name, data, what", [
    ("chapter.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
    ("cover.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "a PNG image"),
    ("pages.zip", zip_archive(EXAMPLE_TEXT), "a ZIP archive (or an EPUB/DOCX/ODT document)"),
])
def test_binary_files(tmp_path, name, data, what):
    path = write(tmp_path, name, data)
    assert single_error(tmp_path, path) == f"Error: {path}: this is {what}, not a chapter page saved as text or HTML"


def test_utf16_with_bom_converts_like_utf8(tmp_path):
    path = write(tmp_path, "utf16.txt", EXAMPLE_TEXT.encode("utf-16"))
    result = run([path, "-f", "json"])
    assert result.exit_code == 0 and "Warning" not in result.stderr and "Error" not in result.stderr
    assert result.stdout == run([EXAMPLE, "-f", "json"]).stdout


def test_cp1252_converts_with_a_warning(tmp_path):
    text = with_notes([(1, "Schräm 1974, p. 81f."), (2, "Müller 1960 – Kapitel, S. 3.")])
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252", errors="replace"))
    result = run([path, "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {path}: not UTF-8; read as Windows-1252 (cp1252)\n"
    model = json.loads(result.stdout)
    assert [note["text"] for note in model["notes"]] == ["Schräm 1974, p. 81f.", "Müller 1960 – Kapitel, S. 3."]


def test_latin1_converts_with_a_warning(tmp_path):
    text = with_notes([(1, "Schräm 1974, p. 81f.")]).replace("’", "'").replace("–", "-").replace("•", "*")
    path = write(tmp_path, "latin1.txt", text.encode("latin-1", errors="replace") + b"\x81")
    result = run([path, "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {path}: not UTF-8; read as Latin-1 (ISO 8859-1)\n"
    assert json.loads(result.stdout)["notes"][0]["text"] == "Schräm 1974, p. 81f."


SAVED_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Adoption of the Soviet Developmental Model | SpringerLink</title>
<meta name="citation_title" content="Adoption of the Soviet Developmental Model">
<meta name="citation_author" content="Kraus, W."></head>
<body><h1 class="c-article-title">Adoption of the Soviet Developmental Model</h1>
<ol><li>CNA, No. 3 (Sept. 22, 1953), p. 2.</li></ol></body></html>
"""


def test_saved_html_page_is_converted(tmp_path):
    path = write(tmp_path, "page.html", SAVED_HTML)
    result = run([path, "-f", "ris", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    records = rispy.loads(result.stdout)
    assert [r["type_of_reference"] for r in records] == ["CHAP"]  # a bare <ol> under no Notes heading is no notes list
    assert records[0]["title"] == "Adoption of the Soviet Developmental Model"


@pytest.mark.parametrize("content", [
    "Dear all,\nthe meeting is moved to Tuesday.\n\nRegards\n",
    "name,year\nKraus,1982\n",
    "x" * 5000,
    "1. 2. 3. 4.\n" * 50,
    "Shopping list\n\nChapter\n\nmilk\n",  # a title alone does not make a chapter page
])
def test_a_text_that_is_not_a_chapter_page(tmp_path, content):
    path = write(tmp_path, "f.txt", content)
    message = NOT_A_PAGE if "Chapter" not in content else NO_EVIDENCE
    assert single_error(tmp_path, path) == f"Error: {path}: {message}"


def test_notes_that_skip_and_repeat_numbers_are_converted_and_reported(tmp_path):
    path = write(tmp_path, "numbers.txt", with_notes([
        (1, "Grossmann 1960, p. 3."), (2, "Ibid., p. 4."), (2, "Kirby 1956–1968, Vol. III, p. 207."),
        (5, "Choh-Ming Li 1959, p. 46f."), (4, "Emerson 1961."),
    ]))
    report = tmp_path / "report.json"
    result = run([path, "-f", "json", "--report", report])
    assert result.exit_code == 0
    model = json.loads(result.stdout)
    assert [note["number"] for note in model["notes"]] == [1, 2, 2, 5, 4]
    numbering = [p["message"] for p in model["problems"] if p["kind"] == "numbering"]
    assert numbering == ["note number 2 is repeated", "note numbers skip 3–4", "note 4 follows note 5 (out of order)"]
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert [p["message"] for p in entry["problems"] if p["kind"] == "numbering"] == numbering


def test_a_note_of_100000_characters(tmp_path):
    long_note = "Grossmann 1960, p. 3; " + ("commentary without any citation at all " * 2600)[:100_000]
    path = write(tmp_path, "long.txt", with_notes([(1, long_note), (2, "Ibid., p. 4.")]))
    result = run([path, "-f", "json"])
    assert result.exit_code == 0
    model = json.loads(result.stdout)
    assert len(model["notes"][0]["text"]) >= 100_000
    assert model["notes"][1]["citations"][0]["id"] == model["works"][0]["id"]


def test_a_50_mb_input_converts_and_a_lower_limit_refuses_it_before_reading(tmp_path):
    """50 MB: the example page, then 50 MB of page footer lines. Refused under a 10 MB limit (before
    it is read), converted with the default 64 MB limit."""
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(EXAMPLE_TEXT)
        line = "Footer text repeated by a broken save of the page. " * 19 + "\n"
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    size = path.stat().st_size
    assert size > 50 * 1024 * 1024
    refused = run([path, "-f", "ris", "--max-size", "10"])
    assert refused.exit_code == 1
    assert error_lines(refused) == [f"Error: {path}: {inputs.megabytes(size)} is more than the 10 MB a chapter page "
                                    "can be (raise the limit with --max-size)"]
    converted = run([path, "-f", "ris", "-o", tmp_path / "big.ris"])
    assert converted.exit_code == 0, converted.stderr
    assert "1 page, 153 notes," in converted.stderr


def test_max_size_zero_means_no_limit(tmp_path):
    result = run([EXAMPLE, "-f", "ris", "--max-size", "0"])
    assert result.exit_code == 0


# -- security: a value never escapes its field ---------------------------------------------------------

HOSTILE_TITLE = r"}@comment{\input{/etc/passwd}"


def hostile_page() -> str:
    text = with_notes([
        (1, "Grossmann 1960, p. 3.\nER  - \nTY  - JOUR\nTI  - injected"),
        (2, r"Ibid., p. 4 }@comment{ \input{/etc/passwd} ER  - "),
        (3, "Kirby 1956–1968, Vol. III, p. 207. </rdf:RDF><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;"),
        (4, 'Emerson 1961. "}], "id": "x'),
    ])
    text = text.replace(TITLE, HOSTILE_TITLE + " ER  - TY  - JOUR")
    return text.replace("On December 24, 1952,", "ER  - \nTY  - BOOK\n@comment{\\input{/etc/passwd}}\nOn December 24, 1952,")


def test_hostile_values_stay_in_their_fields_in_every_format(tmp_path):
    path = write(tmp_path, "hostile.txt", hostile_page())
    out = tmp_path / "out"
    result = run([path, "-f", "all", "-o", f"{out}/"])
    assert result.exit_code == 0, result.stderr
    model = json.loads((out / "hostile.json").read_text(encoding="utf-8"))
    assert model["chapter"]["title"] == HOSTILE_TITLE + " ER - TY - JOUR"
    assert model["notes"][0]["text"].startswith("Grossmann 1960, p. 3. ER - TY - JOUR")
    records = 1 + len(model["works"])
    # the chapter, Grossmann 1960 (notes 1 and 2), Kirby 1956–1968; note 4's payload may hide Emerson 1961
    # from the labeller, but its text is kept
    assert {"grossmann1960", "kirby1956"} <= {work["id"] for work in model["works"]}
    assert model["notes"][3]["text"] == 'Emerson 1961. "}], "id": "x'

    ris = rispy.loads((out / "hostile.ris").read_text(encoding="utf-8"))
    assert len(ris) == records
    assert ris[0]["title"] == model["chapter"]["title"]

    library = bibtexparser.parse_string((out / "hostile.bib").read_text(encoding="utf-8"))
    assert len(library.entries) == records
    assert not library.comments and not library.failed_blocks and not library.strings
    biblatex = bibtexparser.parse_string((out / "hostile.biblatex.bib").read_text(encoding="utf-8"))
    assert len(biblatex.entries) == records and not biblatex.comments and not biblatex.failed_blocks

    csl = json.loads((out / "hostile.csl.json").read_text(encoding="utf-8"))
    assert len(csl) == records and csl[0]["title"] == model["chapter"]["title"]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    rdf = etree.fromstring((out / "hostile.rdf").read_bytes(), parser)
    items = [child for child in rdf if not child.tag.endswith("}Memo")]
    assert len(items) == records
    assert rdf.getroottree().docinfo.internalDTD is None


# -- --bibliography ---------------------------------------------------------------------------------

BIBLIOGRAPHIES = Path(__file__).parents[1] / "bibliographies"
AUTHOR_DATE_PAGE = page_of("whitfield2014-author-date")


def test_bibliography_resolves_short_forms(tmp_path):
    text = AUTHOR_DATE_PAGE.read_text(encoding="utf-8")
    page = tmp_path / "page.txt"  # the page without its own list, so the file is what resolves
    page.write_text(text[:text.index("\nReferences\n")] + text[text.index("\nDownload references"):], "utf-8")
    result = run([page, "-f", "json", "--bibliography", BIBLIOGRAPHIES / "indian-ocean.json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    titles = {w["id"]: w.get("title", "") for w in document["works"]}
    assert titles["smith1990"] == "Country Traders of the Bay of Bengal"
    assert any(p["kind"] == "resolved" for p in document["problems"])


def test_unreadable_bibliography_is_a_usage_error(tmp_path):
    result = run([EXAMPLE, "--bibliography", tmp_path / "missing.bib"])
    assert result.exit_code == 2
    assert "missing.bib" in result.stderr and "Traceback" not in result.output
