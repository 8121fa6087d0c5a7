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

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from converter.errors import ConversionError
from converter.model import Citation, Date, Document, Locator, Name, Note, Problem, Work
from converter.writers import WRITERS, write
from converter.writers.options import WriteOptions

if TYPE_CHECKING:
    from converter.run.combine import Combined
    from converter.run.results import Outcome

def __getattr__(name: str) -> str:
    # The version on first use: importlib.metadata costs a cold start about as much as click does.
    if name != "__version__":
        raise AttributeError(f"module 'converter' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("chap2bib")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0.0.0"


def parse(text: str, *, abbreviations: Mapping[str, str] | None = None,
          bibliography: Sequence[Work] | None = None) -> Document:
    """Read a chapter page (copied text or saved HTML) into a Document.

    Never raises on odd text, only on no page at all (ConversionError); what it cannot read becomes
    a Problem on the Document. `abbreviations`: siglum -> full title ("CNA" -> "China News
    Analysis"), added to and overriding the page's own list. `bibliography`: full works (e.g.
    `converter.sources.bibliography.load_bibliography(path)`) to resolve short forms against when
    the page has no reference list; a resolved work keeps the user's citation key.
    `parse(None)` or bytes raise a ConversionError that says to pass text (or use parse_file).
    """
    from converter.reader import parse_page

    if not isinstance(text, str):
        what = "bytes (decode them first, or use parse_file)" if isinstance(text, (bytes, bytearray)) else (
            type(text).__name__)
        raise ConversionError(f"parse() takes the page as text (str), not {what}")
    return parse_page(text, abbreviations=abbreviations, bibliography=bibliography)


def convert(text: str, format_name: str, options: WriteOptions = WriteOptions(), *,
            abbreviations: Mapping[str, str] | None = None, bibliography: Sequence[Work] | None = None) -> str:
    """parse() then write(): the page as one format. `format_name`: any name of WRITERS, in any case,
    or an alias such as pandoc's "csljson". `options` (WriteOptions): `what` ("all", "chapter",
    "works"), `citation_notes`, `print_citation_notes` (BibTeX note / biblatex addendum instead of
    annote), `ascii` (BibTeX), `key_format` ("id", "author-year", "author-year-title" or a formula
    such as "[auth:lower][year]"), `style` (the CSL style of "text" and "bibliography-html").
    `abbreviations` and `bibliography` are parse()'s."""
    return write(parse(text, abbreviations=abbreviations, bibliography=bibliography), format_name, options)


def parse_file(path: str, max_bytes: int | None = None, *, abbreviations: Mapping[str, str] | None = None,
               bibliography: Sequence[Work] | None = None) -> Document:
    """A page file (text or saved HTML, any of the encodings the CLI reads) -> Document.
    `max_bytes`: refuse larger files (default 64 MB; 0: no limit); `abbreviations`, `bibliography`:
    parse()'s. Raises ConversionError with the path and the reason, as the CLI's `Error:` lines say it."""
    from converter.run.inputs import DEFAULT_MAX_BYTES, read_input

    page = read_input(path, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    try:
        return parse(page.text, abbreviations=abbreviations, bibliography=bibliography)
    except ConversionError as error:
        raise error.with_source(path) from None


def convert_file(path: str, format_name: str, options: WriteOptions = WriteOptions(), *,
                 abbreviations: Mapping[str, str] | None = None, bibliography: Sequence[Work] | None = None) -> str:
    """parse_file() then write(); `format_name` and `options` as in convert()."""
    document = parse_file(path, abbreviations=abbreviations, bibliography=bibliography)
    return write(document, format_name, options)


def convert_files(inputs: Iterable[str], output: str, format_name: str = "json", *, recursive: bool = False,
                  jobs: int | None = None, combine: bool = False, report: str | None = None,
                  options: WriteOptions = WriteOptions()) -> Outcome:
    """The CLI's batch as a function: convert `inputs` (files, and directories with `recursive`)
    into `output` (a directory, or one file with `combine=True`), in `jobs` worker processes,
    with a JSON `report` file. `format_name` and `options` as in convert(). Returns
    run.results.Outcome (counts, `failures`, `written`, `exit_code`); prints nothing. Raises
    UsageError (a ConversionError) if it cannot start."""
    from converter.run.batch import run_batch
    from converter.run.options import BatchOptions

    batch = BatchOptions(format_name=format_name, output=output, write_options=options, recursive=recursive,
                         jobs=jobs, report_path=report, quiet=True, combine=combine, progress=False)
    return run_batch(list(inputs), batch, stderr=None)


def combine_documents(documents: Iterable[Document]) -> Combined:
    """Several chapters' Documents -> one combine.Combined (works deduplicated across chapters).
    (Not `combine`: that name is the submodule converter/combine.py.)"""
    from converter.run.combine import combine

    return combine(documents)


def write_combined(combined: Combined, format_name: str, options: WriteOptions = WriteOptions()) -> str:
    """The combined records in one format (not "json" or "html": those describe one chapter)."""
    from converter.run.combine import write_combined as write_records

    return write_records(combined, format_name, options)


__all__ = [
    "Citation", "ConversionError", "Date", "Document", "Locator", "Name", "Note", "Problem", "Work",
    "WRITERS", "WriteOptions", "__version__", "combine_documents", "convert", "convert_file", "convert_files", "parse", "parse_file",
    "write", "write_combined",
]
