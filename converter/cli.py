"""`chap2bib`: a thin command line over the library (converter.batch does the work).

Exit codes: 0 every input converted; 1 some inputs failed (the others were converted);
2 usage error (click's own code for bad options).
"""

from __future__ import annotations

import sys

import click

from .batch import BatchOptions, run_batch
from .writers import WRITERS
from .writers.options import WHAT_CHOICES, WriteOptions

FORMAT_CHOICES = [*WRITERS, "all"]
EXIT_SOME_FAILED = 1


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True)
@click.option("-f", "--format", "format_name", type=click.Choice(FORMAT_CHOICES), default="json", show_default=True,
              help="Output format; 'all' writes every format side by side (needs -o DIR).")
@click.option("-o", "--output", default=None,
              help="Output file, or a directory (one file per input). Default: standard output.")
@click.option("--what", type=click.Choice(WHAT_CHOICES), default="all", show_default=True,
              help="Records to write: the chapter, the works it cites, or both.")
@click.option("--no-citation-notes", is_flag=True, help="Leave out the 'Cited in ... note 7 (p. 41)' notes.")
@click.option("--ascii", "ascii_only", is_flag=True, help="BibTeX: LaTeX-escape everything outside ASCII.")
@click.option("-r", "--recursive", is_flag=True, help="Read directories given as inputs, recursively.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for many inputs. Default: the number of CPUs.")
@click.option("--report", "report_path", default=None, help="Write per-file problems and failures as JSON here.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on standard error.")
@click.version_option(package_name="chap2bib")
def main(inputs, format_name, output, what, no_citation_notes, ascii_only, recursive, jobs, report_path,
         quiet):
    """Convert SpringerLink chapter pages (text or saved HTML; '-' for stdin) into bibliographic records:
    the chapter, the works its notes cite, and where each is cited."""
    write_options = WriteOptions(what=what, citation_notes=not no_citation_notes, ascii=ascii_only)
    options = BatchOptions(
        format_name=format_name, output=output, write_options=write_options, recursive=recursive,
        jobs=jobs, report_path=report_path, quiet=quiet,
    )
    try:
        outcome = run_batch(list(inputs), options, stderr=click.get_text_stream("stderr"))
    except KeyboardInterrupt:
        click.echo("Error: interrupted", err=True)
        sys.exit(130)
    if outcome.failures:
        sys.exit(EXIT_SOME_FAILED)
