"""Convert many pages: expand inputs, convert each in a worker, write outputs atomically, report.

What a batch promises:
- One failing page is one `Error: <file>: <reason>` line; the batch goes on.
- Outputs are written atomically (output.write_atomic); an interrupted batch leaves complete
  files only. Ctrl-C finishes the pages being written (at most a few chunks) and stops.
- Output names: `<DIR>/<input stem>.<format extension>`, never outside DIR. Inputs that share a
  stem (`a/ch1.txt`, `b/ch1.txt`) are told apart by order: the first keeps `ch1.ris`, the next
  gets `ch1-2.ris` (and a warning). An output that would replace one of the inputs is refused.
- A worker process that dies (out of memory, a crash in a C library) loses no other page: the
  pages it had in hand are run again one at a time, and only the page that kills a worker
  again is reported as failed.
- Results stream back one chunk at a time, in input order, so memory stays flat in the number
  of pages; the --report file is streamed too.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, TextIO

from converter.errors import ConversionError
from converter.run.inputs import DEFAULT_MAX_BYTES, read_input
from converter.run.output import create_temporary, remove_stale_temporaries, write_atomic
from converter.writers import WRITERS, write
from converter.writers.options import WriteOptions

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm")
COMBINED_STEM = "combined"
MIN_PARALLEL = 8  # fewer pages than this run in one process: starting workers costs more
MAX_CHUNK = 4  # pages per task sent to a worker; small, so Ctrl-C stops within a few pages


class BatchUsageError(ConversionError):
    """The batch cannot start (bad combination of options, output not writable): exit code 2."""


@dataclass(frozen=True)
class BatchOptions:
    format_name: str = "json"
    output: str | None = None
    write_options: WriteOptions = WriteOptions()
    recursive: bool = False
    jobs: int | None = None  # None: the number of CPUs this process may use
    report_path: str | None = None
    quiet: bool = False
    combine: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES  # 0: no limit
    progress: bool | None = None  # None: when stderr is a terminal
    abbreviations: tuple[tuple[str, str], ...] = ()  # siglum -> title pairs (--abbreviations FILE)
    bibliography: str | None = None  # --bibliography FILE: loaded once per process, not sent with tasks

    @property
    def formats(self) -> list[str]:
        if self.format_name == "all":
            return [f for f in WRITERS if not (self.combine and f in not_combinable())]
        return [self.format_name]


def not_combinable() -> tuple[str, ...]:
    from converter.resolve.combine import NOT_COMBINABLE

    return NOT_COMBINABLE


@dataclass
class Task:
    path: str
    targets: dict[str, str] = field(default_factory=dict)  # format -> output file (directory or file mode)
    error: str = ""  # known before converting: a directory without -r, an output that is an input
    warnings: list[str] = field(default_factory=list)


@dataclass
class FileResult:
    path: str
    outputs: dict[str, str] = field(default_factory=dict)  # format -> text (only when printing to stdout)
    written: list[str] = field(default_factory=list)
    notes: int = 0
    works: int = 0
    problems: list[dict] = field(default_factory=list)
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    document: object = None  # the Document, only for --combine


@dataclass
class Outcome:
    pages: int = 0
    notes: int = 0
    works: int = 0
    problems: int = 0
    warnings: int = 0
    failures: list[str] = field(default_factory=list)  # one "path: reason" per failed input
    written: list[str] = field(default_factory=list)  # output files (directory/file mode only)
    combined_records: int | None = None
    seconds: float = 0.0

    def add(self, result: FileResult) -> None:
        self.pages += 1
        self.notes += result.notes
        self.works += result.works
        self.problems += len(result.problems)
        self.warnings += len(result.warnings)
        if result.error:
            self.failures.append(result.error)
        self.written.extend(result.written)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


# -- planning (parent process) --------------------------------------------------------------------

def expand_inputs(inputs: list[str], recursive: bool) -> Iterator[Task]:
    """Files as given; directories (with -r) walked in sorted order for deterministic batches.

    Hidden files and folders are skipped, and so is a browser's `<page>_files` folder that sits
    next to `<page>.html` (its scripts and frames are not pages).
    """
    for path in inputs:
        if path != "-" and os.path.isdir(path):
            if not recursive:
                yield Task(path, error=f"{path}: is a directory (use -r to read the pages in it)")
                continue
            found = False
            for folder, subfolders, files in os.walk(path):
                names = set(files)
                subfolders[:] = sorted(
                    d for d in subfolders
                    if not d.startswith(".") and not (d.endswith("_files") and {d[:-6] + ".html", d[:-6] + ".htm"} & names)
                )
                for name in sorted(files):
                    if name.lower().endswith(INPUT_SUFFIXES) and not name.startswith("."):
                        found = True
                        yield Task(os.path.join(folder, name))
            if not found:
                yield Task(path, error=f"{path}: no pages in this directory (looked for {', '.join(INPUT_SUFFIXES)})")
        else:
            yield Task(path)


def unique_tasks(tasks: list[Task]) -> tuple[list[Task], list[str]]:
    """Each file once (`chap2bib a.txt a.txt`, or a file inside a folder also given with -r)."""
    seen: dict[tuple, str] = {}
    kept, repeats = [], []
    for task in tasks:
        key = (file_id(task.path) if task.path != "-" and not task.error else None) or ("path", task.path)
        if key in seen:
            repeats.append(f"{task.path}: given more than once (as {seen[key]}); converted once")
            continue
        seen[key] = task.path
        kept.append(task)
    return kept, repeats


def stem_of(path: str) -> str:
    return "stdin" if path == "-" else os.path.splitext(os.path.basename(os.path.normpath(path)))[0] or "page"


def file_id(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def plan_output(tasks: list[Task], options: BatchOptions, given: int | None = None) -> tuple[str | None, str | None]:
    """(directory, single file) for the outputs; (None, None) means standard output.
    `given`: how many inputs were named (a file given twice still asks for a directory)."""
    output = options.output
    if options.combine and options.format_name == "json":
        raise BatchUsageError("--format json describes one chapter and its notes; --combine needs "
                              f"one of {', '.join(f for f in WRITERS if f not in not_combinable())} (or all)")
    many = (max(len(tasks), given or 0) > 1 and not options.combine) or options.format_name == "all"
    is_directory = output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))
    if output is None or output == "-":
        if many and options.combine:
            raise BatchUsageError("--format all --combine needs -o DIR (one combined.<ext> per format)")
        if many:
            what = "--format all needs" if options.format_name == "all" else "several inputs need"
            raise BatchUsageError(f"{what} -o DIR (one file per input and format), or --combine to write one file")
        return None, None
    if is_directory or many:
        if not is_directory and os.path.exists(output):
            raise BatchUsageError(f"-o {output} is a file; several inputs need a directory"
                                  + ("" if options.combine else " (or --combine to write one file)"))
        if not is_directory and output.lower().endswith(tuple("." + w.EXTENSION for w in WRITERS.values())):
            raise BatchUsageError(f"-o {output} looks like a file name, but several inputs write one file each: "
                                  "give a directory (ending in /), or add --combine to write one file")
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as error:
            raise BatchUsageError(f"cannot create output directory {output}: {error.strerror or error}") from None
        check_writable(output, f"output directory {output}")
        return output, None
    folder = os.path.dirname(output) or "."
    if not os.path.isdir(folder):
        raise BatchUsageError(f"cannot write {output}: no directory {folder}")
    check_writable(folder, f"directory {folder} (for {output})")
    return None, output


def check_writable(folder: str, what: str) -> None:
    """Try it: os.access says yes to root on a read-only mount and cannot see ACLs."""
    try:
        handle, probe = create_temporary(folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise BatchUsageError(f"cannot write to {what}: {error.strerror or error}") from None


def assign_targets(tasks: list[Task], directory: str | None, single_file: str | None, options: BatchOptions) -> None:
    """Give each task its output files; refuse outputs that would replace an input."""
    inputs = {fid: task.path for task in tasks if task.path != "-" and (fid := file_id(task.path))}
    if options.combine:
        return
    taken: dict[str, str] = {}  # output file name, case-folded -> the input it belongs to
    for task in tasks:
        if task.error:
            continue
        if single_file is not None:
            task.targets = {options.formats[0]: single_file}
        elif directory is not None:
            stem = stem_of(task.path)
            name, n = stem, 2
            while any(f"{name}.{WRITERS[f].EXTENSION}".casefold() in taken for f in options.formats):
                name, n = f"{stem}-{n}", n + 1
            files = {f: f"{name}.{WRITERS[f].EXTENSION}" for f in options.formats}
            if name != stem:
                first = taken[next(v for v in (f"{stem}.{WRITERS[f].EXTENSION}".casefold() for f in options.formats)
                                   if v in taken)]
                task.warnings.append(f"{task.path}: same name as {first}; written as {name}.*")
            for file_name in files.values():
                taken[file_name.casefold()] = task.path
            task.targets = {f: os.path.join(directory, file_name) for f, file_name in files.items()}
        for target in task.targets.values():
            source = inputs.get(file_id(target))
            if source is not None:
                task.error = f"{task.path}: its output {target} would overwrite the input {source}"
                task.targets = {}
                break


def combined_targets(directory: str | None, single_file: str | None, options: BatchOptions,
                     tasks: list[Task]) -> dict[str, str]:
    if single_file is not None:
        targets = {options.formats[0]: single_file}
    elif directory is not None:
        targets = {f: os.path.join(directory, f"{COMBINED_STEM}.{WRITERS[f].EXTENSION}") for f in options.formats}
    else:
        return {}
    inputs = {fid for task in tasks if task.path != "-" and (fid := file_id(task.path))}
    for target in targets.values():
        if file_id(target) in inputs:
            raise BatchUsageError(f"the combined output {target} would overwrite an input")
    return targets


# -- converting (worker processes, or this one) ----------------------------------------------------

def parse_document(text: str, abbreviations: tuple[tuple[str, str], ...] = (), bibliography: str | None = None):
    from converter.reader import parse_page  # lazy: keeps `chap2bib --help` fast

    works = loaded_bibliography(bibliography) if bibliography else None
    return parse_page(text, dict(abbreviations) or None, works)


@lru_cache(maxsize=2)
def loaded_bibliography(path: str):
    """A bibliography file's works, read once per process (a worker converts many pages)."""
    from converter.sources.bibliography import load_bibliography

    return tuple(load_bibliography(path))


def convert_task(task: Task, options: BatchOptions) -> FileResult:
    """One input -> its outputs. Never raises for a bad page: the error is in the result."""
    result = FileResult(task.path, warnings=list(task.warnings))
    if task.error:
        result.error = task.error
        return result
    try:
        page = read_input(task.path, options.max_bytes)
        if page.warning:
            result.warnings.append(page.warning)
        document = parse_document(page.text, options.abbreviations, options.bibliography)
        result.notes, result.works = len(document.notes), len(document.works)
        result.problems = [{"kind": p.kind, "note": p.note, "message": p.message, "text": p.text}
                           for p in document.problems]
        if options.combine:
            result.document = document
            return result
        for format_name in options.formats:
            text = write(document, format_name, options.write_options)
            target = task.targets.get(format_name)
            if target is None:
                result.outputs[format_name] = text
            else:
                write_atomic(target, text)
                result.written.append(target)
    except ConversionError as error:
        result.error = str(error) if str(error).startswith(task.path) else f"{task.path}: {error}"
    except OSError as error:
        where = f" {error.filename}" if getattr(error, "filename", None) else ""
        result.error = f"{task.path}: cannot write output{where} ({error.strerror or error})"
    except MemoryError:
        result.error = f"{task.path}: out of memory while converting this page"
    except RecursionError:
        result.error = f"{task.path}: internal error (too deeply nested); please report this page"
    except Exception as error:  # a parser bug must not stop the batch; report it as such
        result.error = f"{task.path}: internal error ({type(error).__name__}: {error}); please report this page"
    return result


def convert_chunk(tasks: list[Task], options: BatchOptions) -> list[FileResult]:
    return [convert_task(task, options) for task in tasks]


def worker_init() -> None:
    """Workers leave Ctrl-C to the parent (which lets them finish the page in hand, so no file is
    cut short) and turn SIGTERM into an exception, so a temporary file is removed on the way out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, raise_system_exit)


def raise_system_exit(signum, frame):
    raise SystemExit(128 + signum)


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def convert_all(tasks: list[Task], options: BatchOptions) -> Iterator[FileResult]:
    """Results in input order, converted here or in `--jobs` worker processes."""
    jobs = min(options.jobs or cpu_count(), len(tasks))
    if jobs <= 1 or len(tasks) < MIN_PARALLEL or any(task.path == "-" for task in tasks):
        for task in tasks:
            yield convert_task(task, options)
        return
    yield from convert_parallel(tasks, options, jobs)


def convert_parallel(tasks: list[Task], options: BatchOptions, jobs: int) -> Iterator[FileResult]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(MAX_CHUNK, len(tasks) // (jobs * 4)))
    todo = deque(tasks[i:i + size] for i in range(0, len(tasks), size))
    window = jobs * 3  # chunks in flight: enough to keep every worker busy, few to cancel on Ctrl-C
    careful: deque[Task] = deque()  # after a worker died: its pages, one at a time
    while todo or careful:
        pool = ProcessPoolExecutor(max_workers=1 if careful else jobs, initializer=worker_init)
        in_flight: deque = deque()
        try:
            if careful:
                task = careful.popleft()
                try:
                    yield from pool.submit(convert_chunk, [task], options).result()
                except BrokenProcessPool:
                    yield FileResult(task.path, error=f"{task.path}: the process converting this page died "
                                                      "(out of memory, or a crash); the other pages are not affected")
                continue
            while todo or in_flight:
                while todo and len(in_flight) < window:
                    chunk = todo.popleft()
                    in_flight.append((chunk, pool.submit(convert_chunk, chunk, options)))
                chunk, future = in_flight[0]
                try:
                    results = future.result()
                except BrokenProcessPool:
                    careful.extend(task for chunk, _ in in_flight for task in chunk)
                    break
                in_flight.popleft()
                yield from results
        except BaseException:
            for _, future in in_flight:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)


# -- the batch -------------------------------------------------------------------------------------

@dataclass
class Plan:
    tasks: list[Task]  # each with its output files; convert_task(task, options) does the rest
    directory: str | None  # output directory, or None
    single_file: str | None  # one output file, or None (neither: standard output)
    repeats: list[str]  # warnings for inputs given more than once


def plan_batch(inputs: list[str], options: BatchOptions) -> Plan:
    """Everything decided before converting, in one place, so that other schedulers (Dask, a job
    queue) name and place outputs exactly as the CLI does: expand directories, drop repeats,
    choose the output directory or file, name each output, refuse outputs that are inputs, and
    clear stale temporary files. Raises BatchUsageError when the batch cannot start."""
    if options.report_path:
        check_report_path(options.report_path)
    tasks = list(expand_inputs(inputs, options.recursive))
    if not tasks:
        raise BatchUsageError("no inputs")
    given = len(tasks)  # before repeats are dropped: two inputs given make -o a directory
    tasks, repeats = unique_tasks(tasks)
    directory, single_file = plan_output(tasks, options, given)
    assign_targets(tasks, directory, single_file, options)
    for folder in {directory, os.path.dirname(os.path.abspath(single_file)) if single_file else None} - {None}:
        remove_stale_temporaries(folder)
    return Plan(tasks, directory, single_file, repeats)


class Report:
    """--report FILE, streamed: one entry per input as it finishes, renamed into place at the end."""

    def __init__(self, path: str):
        self.path = path
        handle, self.temporary = create_temporary(os.path.dirname(os.path.abspath(path)))
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        self.stream.write('{\n  "files": [')
        self.first = True

    def add(self, result: FileResult) -> None:
        entry = {
            "path": result.path, "status": "failed" if result.error else "converted", "error": result.error or None,
            "warnings": result.warnings, "notes": result.notes, "works": result.works, "outputs": result.written,
            "problems": result.problems,
        }
        self.stream.write(("\n    " if self.first else ",\n    ") + json.dumps(entry, ensure_ascii=False))
        self.first = False

    def finish(self, outcome: Outcome) -> None:
        summary = {
            "pages": outcome.pages, "notes": outcome.notes, "works": outcome.works, "problems": outcome.problems,
            "warnings": outcome.warnings, "failed": len(outcome.failures), "seconds": round(outcome.seconds, 3),
            "exit_code": outcome.exit_code,
        }
        if outcome.combined_records is not None:
            summary["combined_records"] = outcome.combined_records
        self.stream.write(("\n  " if not self.first else "") + '],\n  "summary": ' + json.dumps(summary) + "\n}\n")
        self.stream.close()
        os.replace(self.temporary, self.path)

    def abort(self) -> None:
        self.stream.close()
        try:
            os.unlink(self.temporary)
        except FileNotFoundError:
            pass


def check_report_path(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise BatchUsageError(f"--report {path} is a directory; give a file name")
    if not os.path.isdir(folder):
        raise BatchUsageError(f"cannot write the report {path}: no directory {folder}")
    check_writable(folder, f"directory {folder} (for the report)")


def run_batch(inputs: list[str], options: BatchOptions, stderr: TextIO | None = None,
              echo: Callable[[str], None] | None = None) -> Outcome:
    """Convert `inputs` as the CLI does. Messages go to `stderr` (none when None); text meant for
    standard output (no -o) goes to `echo`. Raises BatchUsageError when the batch cannot start."""
    import click

    started = time.perf_counter()
    plan = plan_batch(inputs, options)
    tasks, directory, single_file = plan.tasks, plan.directory, plan.single_file
    combined_to = combined_targets(directory, single_file, options, tasks) if options.combine else {}

    def say(line: str) -> None:
        if stderr is not None:
            click.echo(line, file=stderr)

    for repeat in plan.repeats:
        say(f"Warning: {repeat}")
    outcome = Outcome(warnings=len(plan.repeats))
    report = Report(options.report_path) if options.report_path else None
    combiner = None
    if options.combine:
        from converter.resolve.combine import Combiner

        combiner = Combiner()
    show_progress = options.progress if options.progress is not None else bool(
        stderr is not None and len(tasks) > 1 and stderr.isatty())
    try:
        with progress_bar(len(tasks), stderr, show_progress) as bar:
            for result in convert_all(tasks, options):
                if bar is not None and (result.warnings or result.error) and stderr.isatty():
                    stderr.write("\r\033[K")  # the bar redraws itself below the message
                for warning in result.warnings:
                    say(f"Warning: {warning}")
                if result.error:
                    say(f"Error: {result.error}")
                for text in result.outputs.values():
                    (echo or write_stdout)(text)
                if combiner is not None and result.document is not None:
                    warning = combiner.add(result.document, result.path)
                    if warning:
                        result.warnings.append(warning)
                        say(f"Warning: {warning}")
                result.outputs, result.document = {}, None  # do not keep pages in memory
                outcome.add(result)
                if report:
                    report.add(result)
                if bar is not None:
                    bar.update(1)
        if combiner is not None:
            write_combined_outputs(combiner.result(), combined_to, options, outcome, echo)
        outcome.seconds = time.perf_counter() - started
        if report:
            report.finish(outcome)
            report = None
    finally:
        if report:
            report.abort()
    if not options.quiet and (len(tasks) > 1 or directory or single_file):
        say(summary_line(outcome))
    return outcome


def write_combined_outputs(combined, targets: dict[str, str], options: BatchOptions, outcome: Outcome,
                           echo: Callable[[str], None] | None) -> None:
    from converter.resolve.combine import write_combined

    outcome.combined_records = len(combined.entries)
    for format_name in options.formats:
        text = write_combined(combined, format_name, options.write_options)
        if format_name in targets:
            try:
                write_atomic(targets[format_name], text)
            except OSError as error:
                outcome.failures.append(f"{targets[format_name]}: cannot write ({error.strerror or error})")
                continue
            outcome.written.append(targets[format_name])
        else:
            (echo or write_stdout)(text)


def write_stdout(text: str) -> None:
    """The output exactly as written (UTF-8, CRLF kept), whatever the locale of the terminal."""
    import sys

    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        stream.write(text.encode("utf-8"))
    sys.stdout.flush()


class progress_bar:
    """click.progressbar on stderr, or nothing."""

    def __init__(self, length: int, stderr: TextIO | None, enabled: bool):
        self.bar = None
        if enabled and stderr is not None:
            import click

            self.bar = click.progressbar(length=length, file=stderr, label="Converting", show_pos=True,
                                         show_eta=True, width=24)

    def __enter__(self):
        return self.bar.__enter__() if self.bar is not None else None

    def __exit__(self, *exc):
        if self.bar is not None:
            return self.bar.__exit__(*exc)
        return False


def summary_line(outcome: Outcome) -> str:
    line = (
        f"{outcome.pages} page{'s' if outcome.pages != 1 else ''}, {outcome.notes} notes, {outcome.works} works, "
        f"{outcome.problems} problems, {len(outcome.failures)} failed, {outcome.seconds:.2f} s"
    )
    if outcome.combined_records is not None:
        line += f"; combined into {outcome.combined_records} records"
    return line

