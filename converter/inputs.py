"""Read an input file (or stdin) into text, and refuse what is not a text page with one clear reason."""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass

from .errors import ConversionError

# Magic numbers of files people drop into a folder of pages by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an EPUB/DOCX)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass
class InputText:
    text: str
    encoding: str
    warning: str = ""  # e.g. the file was not UTF-8 and was read as cp1252


def decode(data: bytes, name: str) -> InputText:
    for signature, what in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ConversionError(f"{name}: this is {what}, not a chapter page saved as text or HTML")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return InputText(data.decode(encoding), encoding)
    if b"\x00" in data[:4096]:
        raise ConversionError(f"{name}: binary data (NUL bytes), not a chapter page saved as text or HTML")
    try:
        return InputText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        # Pages saved by older Windows browsers; cp1252 decodes every byte but five.
        text = data.decode("cp1252", errors="replace")
        return InputText(text, "cp1252", f"{name}: not UTF-8; read as Windows-1252 (cp1252)")


def read_input(path: str) -> InputText:
    """`path` or "-" for stdin; errors become ConversionError with the path and the reason."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    if os.path.isdir(path):
        raise ConversionError(f"{path}: is a directory (use -r to read the pages in it)")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise ConversionError(f"{path}: no such file") from None
    except PermissionError:
        raise ConversionError(f"{path}: permission denied") from None
    except OSError as error:
        raise ConversionError(f"{path}: cannot read ({error.strerror or error})") from None
    if not data.strip():
        raise ConversionError(f"{path}: the file is empty")
    return decode(data, path)
