"""converter.run.inputs: bytes -> page text, or one clear reason why the bytes are not a page."""

import builtins
import codecs
import io
import os
from pathlib import Path

import pytest
from testdata import deny_reading, zip_archive

from converter.errors import ConversionError
from converter.run.inputs import decode, read_input

EXAMPLE = Path(__file__).parents[2] / "examples" / "kraus1982-springer-chapter.txt"
TEXT = "Adoption of the Soviet Developmental Model\n\nChapter\n\nNote\n\n1. Schräm 1974, p. 81f. – “quoted”\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),  # with its BOM, in the machine's byte order
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("utf-32"), "utf-32"),
])
def test_unicode_encodings_are_read_without_a_warning(data, encoding):
    page = decode(data, "f.txt")
    assert page.text.lstrip("\ufeff") == TEXT
    assert page.encoding == encoding
    assert page.warning == ""


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised_and_said(codec):
    page = decode(TEXT.encode(codec), "f.txt")
    assert page.text == TEXT
    assert page.warning == f"f.txt: no byte-order mark; read as {codec.upper()}"


def test_windows_1252_is_decoded_with_a_warning():
    text = "Schräm 1974 – “quoted” … €"
    page = decode(text.encode("cp1252"), "f.txt")
    assert page.text == text
    assert page.encoding == "cp1252"
    assert page.warning == "f.txt: not UTF-8; read as Windows-1252 (cp1252)"


def test_latin1_bytes_that_cp1252_leaves_undefined_fall_back_to_latin1():
    data = "Schräm".encode("latin-1") + b" \x81\x8d"
    page = decode(data, "f.txt")
    assert page.encoding == "latin-1"
    assert page.text.startswith("Schräm")
    assert "Latin-1" in page.warning


@pytest.mark.parametrize("declared, codec", [("shift_jis", "shift_jis"), ("windows-1251", "cp1251"),
                                             ("ISO-8859-1", "cp1252")])
def test_a_saved_page_that_declares_its_charset_is_read_in_it(declared, codec):
    text = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}"></head>' \
           "<body>Адаптация 日本 Schräm “x”</body></html>"
    page = decode(text.encode(codec, errors="ignore"), "f.html")
    assert page.encoding == codecs.lookup(codec).name and page.html
    assert page.text == text.encode(codec, errors="ignore").decode(codec)
    assert page.warning == f"f.html: not UTF-8; read as {codecs.lookup(codec).name} (the charset the page declares)"


def test_mostly_utf8_keeps_utf8_and_counts_the_broken_bytes():
    data = "Schräm 1974, “quoted”, Müller".encode("utf-8") + b" \xff end"
    page = decode(data, "f.txt")
    assert page.encoding == "utf-8"
    assert "Schräm" in page.text and "Müller" in page.text and "\ufffd" in page.text
    assert page.warning == "f.txt: 1 byte that are not UTF-8 replaced by �"


@pytest.mark.parametrize("data, what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    (zip_archive(TEXT), "a ZIP archive (or an EPUB/DOCX/ODT document)"),
    (b"\x1f\x8b\x08\x00", "a gzip archive"),
    (b"{\\rtf1\\ansi Kraus", "an RTF document"),
])
def test_binary_formats_are_named(data, what):
    with pytest.raises(ConversionError) as error:
        decode(data, "f.bin")
    assert str(error.value) == f"f.bin: this is {what}, not a chapter page saved as text or HTML"


def test_unknown_binary_data_is_refused_for_its_nul_bytes():
    with pytest.raises(ConversionError, match=r"^f.bin: binary data \(NUL bytes\)"):
        decode(bytes(range(256)) * 4, "f.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff \n".encode("utf-8"), " \n".encode("utf-16")])
def test_empty_or_blank_input_is_refused(data):
    with pytest.raises(ConversionError, match=r"^f.txt: the file is empty"):
        decode(data, "f.txt")


def test_mhtml_archives_get_their_own_reason():
    data = b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://link.springer.com/x\r\n" \
           b"Subject: Adoption\r\nDate: Sat, 1 Jan 2022\r\nMIME-Version: 1.0\r\n\r\n"
    with pytest.raises(ConversionError, match=r"^f.mht: this is an MHTML web archive"):
        decode(data, "f.mht")


HTML_PAGES = [
    b"<!DOCTYPE html>\n<html lang='en'><head><title>x</title></head><body></body></html>",
    b"<!-- saved from url=(0045)https://link.springer.com/chapter/10.1007/x -->\n<html><body></body></html>",
    b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'x'><html/>",
    b"  <html>\n<head><meta charset='utf-8'></head></html>",
]


@pytest.mark.parametrize("data", HTML_PAGES)
def test_saved_html_is_marked_as_html(data):
    page = decode(data, "f.html")
    assert page.html


def test_text_that_merely_mentions_html_is_text():
    page = decode(b"Notes on <html> tags\n\nChapter\n", "f.txt")
    assert not page.html


# -- read_input: files ------------------------------------------------------------------------------

def test_the_example_page_reads_as_utf8():
    page = read_input(str(EXAMPLE))
    assert page.encoding == "utf-8" and page.warning == "" and "Kraus, W. (1982)" in page.text


def test_missing_file(tmp_path):
    path = str(tmp_path / "missing.txt")
    with pytest.raises(ConversionError) as error:
        read_input(path)
    assert str(error.value) == f"{path}: no such file"


@pytest.mark.parametrize("address, doi", [
    ("https://link.springer.com/chapter/10.1007/978-1-4612-5728-8_3", None),
    ("http://www.cambridge.org/core/journals/historical-journal/article/local-affairs", None),
    ("www.jstor.org/stable/2638518", None),
    ("10.1007/978-1-4612-5728-8_3", "10.1007/978-1-4612-5728-8_3"),
    ("doi:10.1017/S0018246X00008712", "10.1017/S0018246X00008712"),
    ("https://doi.org/10.1093/ehr/cez123", "10.1093/ehr/cez123"),
])
def test_a_web_address_or_doi_is_refused_without_network_access(address, doi, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("chap2bib opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    with pytest.raises(ConversionError) as error:
        read_input(address)
    message = str(error.value)
    assert message.startswith(f"{address}: is {'a DOI' if doi else 'a web address'}, not a file; chap2bib reads "
                              "pages saved or copied from a browser and fetches nothing: open ")
    assert "save it as 'Web page, HTML only'" in message and "\n" not in message
    if doi:
        assert f"open https://doi.org/{doi} in a browser" in message


def test_a_file_named_like_a_doi_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "10.1007").mkdir()
    (tmp_path / "10.1007" / "page.txt").write_text("A page", encoding="utf-8")
    assert read_input("10.1007/page.txt").text == "A page"


def test_directory(tmp_path):
    with pytest.raises(ConversionError) as error:
        read_input(str(tmp_path))
    assert str(error.value) == f"{tmp_path}: is a directory (use -r to read the pages in it)"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ConversionError) as error:
        read_input(str(path))
    assert str(error.value) == f"{path}: the file is empty"


def test_permission_denied_for_real_when_not_root(tmp_path):
    """chmod 000 blocks reading unless we are root (CI runs as root): then the test below covers
    the same code path by making open() raise what the kernel would."""
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        readable = os.access(path, os.R_OK)
        if readable:
            assert read_input(str(path)).text == TEXT  # root reads anyway; nothing to refuse
        else:
            with pytest.raises(ConversionError) as error:
                read_input(str(path))
            assert str(error.value) == f"{path}: permission denied (cannot read the file)"
    finally:
        path.chmod(0o644)


def test_permission_denied_path_through_open(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    deny_reading(monkeypatch, path)
    with pytest.raises(ConversionError) as error:
        read_input(str(path))
    assert str(error.value) == f"{path}: permission denied (cannot read the file)"


def test_other_read_errors_give_the_system_reason(tmp_path, monkeypatch):
    path = tmp_path / "io.txt"
    path.write_text(TEXT, encoding="utf-8")

    def broken(file, *args, **kwargs):
        raise OSError(5, "Input/output error", str(file))

    monkeypatch.setattr(builtins, "open", broken)
    with pytest.raises(ConversionError, match=r"io.txt: cannot read \(Input/output error\)$"):
        read_input(str(path))


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(ConversionError) as error:
        read_input(str(path))
    assert str(error.value) == (f"{path}: 100 MB is more than the 64 MB a chapter page can be "
                                "(raise the limit with --max-size)")


def test_size_limit_can_be_lifted(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ConversionError) as error:
        read_input(str(path), max_bytes=10)
    assert str(error.value) == (f"{path}: {len(TEXT.encode())} bytes is more than the 10 bytes a chapter page can be "
                                "(raise the limit with --max-size)")
    assert read_input(str(path), max_bytes=0).text == TEXT


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("cp1252", errors="replace"))))
    page = read_input("-")
    assert page.encoding == "cp1252" and page.warning.startswith("<stdin>: not UTF-8")


def test_the_command_line_says_it_in_one_line():
    from click.testing import CliRunner

    from converter.cli import main

    result = CliRunner().invoke(main, ["https://doi.org/10.1093/ehr/cez123", "-f", "ris", "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: https://doi.org/10.1093/ehr/cez123: is a DOI, not a file; chap2bib reads pages saved or copied from "
        "a browser and fetches nothing: open https://doi.org/10.1093/ehr/cez123 in a browser, save it as 'Web page, "
        "HTML only' (or select all, copy and paste it into a .txt file), and give that file"]
