"""chap2bib: a chapter page's header and short-form notes -> one Document -> BibTeX, RIS, CSL-JSON, Zotero RDF.

Library API for scripts:

    from converter import parse, write, convert
    document = parse(page_text)
    ris = write(document, "ris")

Files and batches (what the CLI does, without the printing):

    from converter import parse_file, convert_file, convert_files, combine_documents, write_combined
    document = parse_file("pages/kraus.txt")            # bytes decoded as the CLI does
    ris = convert_file("pages/kraus.txt", "ris")
    outcome = convert_files(["pages/"], "out/", "ris", recursive=True)   # -> batch.Outcome
    ris = write_combined(combine_documents(parse_file(p) for p in paths), "ris")
"""

from converter.errors import ConversionError
from converter.model import Citation, Date, Document, Locator, Name, Note, Problem, Work
from converter.writers import WRITERS, write
from converter.writers.options import WriteOptions


def parse(text: str, **options):
    """Read a chapter page (text or HTML) into a Document; never raises on odd text, only on no
    page at all (ConversionError). Options are parse_page's: `abbreviations` (siglum -> title)."""
    from converter.reader import parse_page

    if not isinstance(text, str):
        what = "bytes (decode them first, or use parse_file)" if isinstance(text, (bytes, bytearray)) else (
            type(text).__name__)
        raise ConversionError(f"parse() takes the page as text (str), not {what}")
    return parse_page(text, **options)


def convert(text: str, format_name: str) -> str:
    return write(parse(text), format_name)


def parse_file(path: str, max_bytes: int | None = None, **options):
    """A page file (text or saved HTML, any of the encodings the CLI reads) -> Document.
    Raises ConversionError with the path and the reason, as the CLI's `Error:` lines say it."""
    from converter.run.inputs import DEFAULT_MAX_BYTES, read_input

    page = read_input(path, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    try:
        return parse(page.text, **options)
    except ConversionError as error:
        raise error.with_source(path) from None


def convert_file(path: str, format_name: str, options: WriteOptions = WriteOptions(), **parse_options) -> str:
    return write(parse_file(path, **parse_options), format_name, options)


def convert_files(inputs, output: str, format_name: str = "json", *, recursive: bool = False, jobs: int | None = None,
                  combine: bool = False, report: str | None = None, options: WriteOptions = WriteOptions()):
    """The CLI's batch as a function: convert `inputs` (files and directories) into `output` (a
    directory, or one file with `combine=True`). Returns batch.Outcome (counts, `failures`,
    `written`, `exit_code`); prints nothing. Raises batch.UsageError if it cannot start."""
    from converter.run.batch import run_batch
    from converter.run.options import BatchOptions

    batch = BatchOptions(format_name=format_name, output=output, write_options=options, recursive=recursive,
                         jobs=jobs, report_path=report, quiet=True, combine=combine, progress=False)
    return run_batch(list(inputs), batch, stderr=None)


def combine_documents(documents):
    """Several chapters' Documents -> one combine.Combined (works deduplicated across chapters).
    (Not `combine`: that name is the submodule converter/combine.py.)"""
    from converter.run.combine import combine

    return combine(documents)


def write_combined(combined, format_name: str, options: WriteOptions = WriteOptions()) -> str:
    from converter.run.combine import write_combined as write_records

    return write_records(combined, format_name, options)


__all__ = [
    "Citation", "ConversionError", "Date", "Document", "Locator", "Name", "Note", "Problem", "Work",
    "WRITERS", "WriteOptions", "combine_documents", "convert", "convert_file", "convert_files", "parse", "parse_file",
    "write", "write_combined",
]
