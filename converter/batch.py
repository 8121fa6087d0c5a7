"""Convert many pages: expand inputs, convert each in a worker, write outputs atomically, report.

A failing page is reported with its path and reason and the batch goes on. Results stream
back one page at a time, so memory stays flat in the number of pages.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Iterator, TextIO

import click

from .errors import ConversionError
from .inputs import read_input
from .output import write_atomic
from .writers import WRITERS, write
from .writers.options import WriteOptions

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm")


@dataclass(frozen=True)
class BatchOptions:
    format_name: str = "json"
    output: str | None = None
    write_options: WriteOptions = WriteOptions()
    recursive: bool = False
    jobs: int | None = None
    report_path: str | None = None
    quiet: bool = False

    @property
    def formats(self) -> list[str]:
        return list(WRITERS) if self.format_name == "all" else [self.format_name]


@dataclass
class FileResult:
    path: str
    outputs: dict[str, str] = field(default_factory=dict)  # format -> text (only when printing to stdout)
    written: list[str] = field(default_factory=list)
    notes: int = 0
    works: int = 0
    problems: list[dict] = field(default_factory=list)
    error: str = ""
    warning: str = ""


@dataclass
class Outcome:
    results: list[FileResult]
    seconds: float

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.error]


def expand_inputs(inputs: list[str], recursive: bool) -> Iterator[str]:
    """Files as given; directories (with -r) walked in sorted order for deterministic batches."""
    for path in inputs:
        if path != "-" and os.path.isdir(path) and recursive:
            for folder, subfolders, files in os.walk(path):
                subfolders.sort()
                for name in sorted(files):
                    if name.lower().endswith(INPUT_SUFFIXES) and not name.startswith("."):
                        yield os.path.join(folder, name)
        else:
            yield path


def output_path(directory: str, input_path: str, format_name: str) -> str:
    stem = "stdin" if input_path == "-" else os.path.splitext(os.path.basename(input_path))[0]
    return os.path.join(directory, f"{stem}.{WRITERS[format_name].EXTENSION}")


def convert_file(path: str, options: BatchOptions, directory: str | None, single_file: str | None) -> FileResult:
    """One input -> its outputs. Never raises for a bad page: the error is in the result."""
    from .parse import parse_page  # lazy: keeps `chap2bib --help` fast

    result = FileResult(path)
    try:
        page = read_input(path)
        result.warning = page.warning
        document = parse_page(page.text)
        result.notes, result.works = len(document.notes), len(document.works)
        result.problems = [{"kind": p.kind, "note": p.note, "message": p.message, "text": p.text}
                           for p in document.problems]
        for format_name in options.formats:
            text = write(document, format_name, options.write_options)
            if directory is not None:
                target = output_path(directory, path, format_name)
                check_not_input(target, path)
                write_atomic(target, text)
                result.written.append(target)
            elif single_file is not None:
                check_not_input(single_file, path)
                write_atomic(single_file, text)
                result.written.append(single_file)
            else:
                result.outputs[format_name] = text
    except ConversionError as error:
        result.error = str(error) if str(error).startswith(path) else f"{path}: {error}"
    except OSError as error:
        result.error = f"{path}: cannot write output ({error.strerror or error})"
    except Exception as error:  # a parser bug must not stop the batch; report it as such
        result.error = f"{path}: internal error ({type(error).__name__}: {error}); please report this page"
    return result


def check_not_input(target: str, source: str) -> None:
    if source != "-" and os.path.exists(target) and os.path.samefile(target, source):
        raise ConversionError(f"{source}: the output would overwrite the input")


def plan_output(inputs: list[str], options: BatchOptions) -> tuple[str | None, str | None]:
    """(directory, single file) for the outputs; (None, None) means standard output."""
    output = options.output
    many = len(inputs) > 1 or options.format_name == "all"
    if output is None:
        if many:
            raise click.UsageError("several inputs or --format all need -o DIR")
        return None, None
    if output.endswith(("/", os.sep)) or os.path.isdir(output) or many:
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as error:
            raise click.UsageError(f"cannot create output directory {output}: {error.strerror or error}")
        if not os.access(output, os.W_OK):
            raise click.UsageError(f"output directory {output} is not writable")
        return output, None
    return None, output


def run_batch(inputs: list[str], options: BatchOptions, stderr: TextIO) -> Outcome:
    started = time.perf_counter()
    paths = list(expand_inputs(inputs, options.recursive))
    if not paths:
        raise click.UsageError("no input pages found")
    directory, single_file = plan_output(paths, options)
    results = []
    for result in convert_all(paths, options, directory, single_file):
        for text in result.outputs.values():
            click.echo(text, nl=False)
        if result.warning:
            click.echo(f"Warning: {result.warning}", err=True, file=stderr)
        if result.error:
            click.echo(f"Error: {result.error}", err=True, file=stderr)
        result.outputs = {}  # written already; do not keep every page's output in memory
        results.append(result)
    outcome = Outcome(results, time.perf_counter() - started)
    if options.report_path:
        write_atomic(options.report_path, report_json(outcome))
    if not options.quiet and (len(paths) > 1 or directory or single_file):
        click.echo(summary_line(outcome), err=True, file=stderr)
    return outcome


def convert_all(paths: list[str], options: BatchOptions, directory, single_file) -> Iterable[FileResult]:
    jobs = options.jobs or os.cpu_count() or 1
    if jobs == 1 or len(paths) == 1 or "-" in paths:
        for path in paths:
            yield convert_file(path, options, directory, single_file)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        # map() keeps input order and yields as results arrive; chunks amortize process overhead.
        yield from pool.map(convert_file, paths, [options] * len(paths), [directory] * len(paths),
                            [single_file] * len(paths), chunksize=max(1, min(32, len(paths) // (jobs * 4))))


def summary_line(outcome: Outcome) -> str:
    results = outcome.results
    return (
        f"{len(results)} page{'s' if len(results) != 1 else ''}, {sum(r.notes for r in results)} notes, "
        f"{sum(r.works for r in results)} works, {sum(len(r.problems) for r in results)} problems, "
        f"{len(outcome.failures)} failed, {outcome.seconds:.2f} s"
    )


def report_json(outcome: Outcome) -> str:
    files = [
        {"path": r.path, "error": r.error or None, "warning": r.warning or None, "notes": r.notes, "works": r.works,
         "outputs": r.written, "problems": r.problems}
        for r in outcome.results
    ]
    return json.dumps({"files": files, "failed": len(outcome.failures), "seconds": round(outcome.seconds, 3)},
                      ensure_ascii=False, indent=2) + "\n"
