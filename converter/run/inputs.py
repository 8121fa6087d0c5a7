"""Read an input file (or stdin) into text, and refuse what is not a text page with one clear reason.

Decoding, in order: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; known binary formats (PDF,
images, archives, Office files) and NUL bytes are refused; UTF-16 without a BOM is recognised by
its NUL bytes; then UTF-8; then, for text that is not UTF-8, either UTF-8 with the few broken
bytes replaced (when the rest is clearly UTF-8) or Windows-1252, each with a warning.

A file over `max_bytes` is refused before it is read (a chapter page is well under 1 MB; the
limit keeps one stray 2 GB log file from stalling a batch).
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass

from converter.errors import ConversionError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Magic numbers of files people drop into a folder of pages by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF file (WebP image, WAV or AVI)",
    b"PK\x03\x04": "a ZIP archive (or an EPUB/DOCX/ODT document)",
    b"PK\x05\x06": "an empty ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x7fELF": "a program (ELF executable)",
    b"{\\rtf": "an RTF document",
    b"SQLite format 3\x00": "an SQLite database",
}
# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE | re.DOTALL
)
HTML_PROBE = 2048
MHTML_START = re.compile(rb"^\s*(?:From:[^\n]*\n\s*)?(?:[\w-]+:[^\n]*\n){0,8}MIME-Version:", re.IGNORECASE)
META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]{2,40})", re.IGNORECASE)
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

HOW_TO_SAVE = "open the chapter page in a browser, select all, copy and paste it into a .txt file"
# A web address or a DOI given where a file is expected (and no such file exists).
WEB_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|doi:\s*10\.|10\.\d{4,9}/)\S*$", re.IGNORECASE)
DOI_INPUT = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
NOT_FETCHED = ("chap2bib reads pages saved or copied from a browser and fetches nothing: open {address} in a "
               "browser, save it as 'Web page, HTML only' (or select all, copy and paste it into a .txt file), "
               "and give that file")


@dataclass
class InputText:
    text: str
    encoding: str
    warning: str = ""  # e.g. the file was not UTF-8 and was read as cp1252
    html: bool = False  # the text is a saved HTML page


def decode(data: bytes, name: str) -> InputText:
    """Bytes -> text, or ConversionError naming `name` and why the bytes are not a page."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return checked(InputText(data.decode(encoding), encoding), name, data)
            except UnicodeDecodeError as error:
                raise ConversionError(f"starts with a {encoding.upper()} byte-order mark but is not "
                                      f"valid {encoding.upper()} (byte {error.start})", source=name) from None
    for signature, what in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ConversionError(f"this is {what}, not a chapter page saved as text or HTML", source=name)
    head = data[:4096]
    if b"\x00" in head:
        utf16 = utf16_without_bom(head)
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                pass
            else:
                return checked(InputText(text, utf16, f"{name}: no byte-order mark; read as {utf16.upper()}"),
                               name, data)
        raise ConversionError("binary data (NUL bytes), not a chapter page saved as text or HTML", source=name)
    try:
        return checked(InputText(data.decode("utf-8"), "utf-8"), name, data)
    except UnicodeDecodeError:
        pass
    return checked(not_utf8(data, name), name, data)


def utf16_without_bom(head: bytes) -> str:
    """"utf-16-le"/"utf-16-be" when every other byte is NUL (ASCII-heavy UTF-16 text), else ""."""
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return ""


def not_utf8(data: bytes, name: str) -> InputText:
    """A saved HTML page's declared charset; else mostly-UTF-8 with a few broken bytes stays UTF-8;
    anything else is read as Windows-1252."""
    declared = declared_charset(data)
    if declared:
        return InputText(data.decode(declared, errors="replace"), declared,
                         f"{name}: not UTF-8; read as {declared} (the charset the page declares)")
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    if len(UTF8_SEQUENCE.findall(data, 0, 1 << 20)) > broken:
        return InputText(text, "utf-8",
                         f"{name}: {broken} byte{'s' if broken != 1 else ''} that are not UTF-8 replaced by �")
    try:
        return InputText(data.decode("cp1252"), "cp1252", f"{name}: not UTF-8; read as Windows-1252 (cp1252)")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: Latin-1 decodes every byte
        return InputText(data.decode("latin-1"), "latin-1", f"{name}: not UTF-8; read as Latin-1 (ISO 8859-1)")


def declared_charset(data: bytes) -> str:
    """`<meta charset="...">` (or http-equiv) in the first 4 KB, as a Python codec name; "" if none
    or unknown. UTF-8 declarations are ignored here: the bytes already failed as UTF-8. As in
    browsers (WHATWG Encoding), a page that says ISO-8859-1 is read as Windows-1252."""
    match = META_CHARSET.search(data, 0, 4096)
    if not match:
        return ""
    try:
        name = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return ""
    return "" if name in ("utf-8", "utf-16", "utf-32") else ("cp1252" if name in ("latin-1", "iso8859-1") else name)


def checked(decoded: InputText, name: str, data: bytes) -> InputText:
    """Refuse decoded text that is no page at all; mark saved HTML."""
    if not decoded.text.strip():
        raise ConversionError("the file is empty (only white space)", source=name)
    probe = decoded.text[:HTML_PROBE].lstrip("\ufeff").encode("utf-8", errors="replace")
    if MHTML_START.match(probe):
        raise ConversionError(f"this is an MHTML web archive (.mht); save the page as "
                              f"'Web page, HTML only' or {HOW_TO_SAVE}", source=name)
    decoded.html = bool(HTML_START.match(probe))
    return decoded


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> InputText:
    """`path` or "-" for stdin; errors become ConversionError with the path and the reason.

    `max_bytes` (0: no limit) is checked on the file's size before anything is read.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes else -1)
        if max_bytes and len(data) > max_bytes:
            raise ConversionError(f"more than {megabytes(max_bytes)} (the --max-size limit)", source="<stdin>")
        if not data.strip():
            raise ConversionError("no input (empty)", source="<stdin>")
        return decode(data, "<stdin>")
    if os.path.isdir(path):
        raise ConversionError("is a directory (use -r to read the pages in it)", source=path)
    if WEB_ADDRESS.match(path) and not os.path.exists(path):
        raise ConversionError(not_fetched(path), source=path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if max_bytes and size > max_bytes:
                raise ConversionError(f"{megabytes(size)} is more than the {megabytes(max_bytes)} a "
                                      "chapter page can be (raise the limit with --max-size)", source=path)
            data = handle.read(max_bytes + 1 if max_bytes else -1)
    except FileNotFoundError:
        raise ConversionError("no such file", source=path) from None
    except PermissionError:
        raise ConversionError("permission denied (cannot read the file)", source=path) from None
    except IsADirectoryError:
        raise ConversionError("is a directory (use -r to read the pages in it)", source=path) from None
    except OSError as error:
        raise ConversionError(f"cannot read ({error.strerror or error})", source=path) from None
    if max_bytes and len(data) > max_bytes:  # a file that grew while we read it, or a pipe
        raise ConversionError(f"more than {megabytes(max_bytes)} (raise the limit with --max-size)", source=path)
    if not data.strip():
        raise ConversionError("the file is empty", source=path)
    return decode(data, path)


def not_fetched(address: str) -> str:
    """The one line for a URL or DOI given as input: what to do instead (no network access is made)."""
    doi = DOI_INPUT.match(address)
    if doi:
        return f"is a DOI, not a file; {NOT_FETCHED.format(address='https://doi.org/' + doi[1])}"
    return f"is a web address, not a file; {NOT_FETCHED.format(address='it')}"


def megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size} bytes" if size < 1024 else f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB" if size % (1024 * 1024) else f"{size // (1024 * 1024)} MB"
