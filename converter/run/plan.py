"""Everything decided before converting: inputs expanded (directories with -r), repeats dropped, the output
directory or file chosen and checked, each output named, outputs that would replace an input refused."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterator

from converter.errors import UsageError
from converter.run.options import BatchOptions, not_combinable
from converter.run.output import create_temporary, remove_stale_temporaries
from converter.writers import WRITERS

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm")
COMBINED_STEM = "combined"


@dataclass
class Task:
    path: str
    targets: dict[str, str] = field(default_factory=dict)  # format -> output file (directory or file mode)
    error: str = ""  # known before converting: a directory without -r, an output that is an input
    warnings: list[str] = field(default_factory=list)


def expand_inputs(inputs: list[str], recursive: bool) -> Iterator[Task]:
    """Files as given; directories (with -r) walked in sorted order for deterministic batches.

    Hidden files and folders are skipped, and so is a browser's `<page>_files` folder that sits
    next to `<page>.html` (its scripts and frames are not pages).
    """
    for path in inputs:
        if path != "-" and os.path.isdir(path):
            if not recursive:  # nothing is converted: the user meant -r, or named the wrong path
                raise UsageError(f"{path} is a directory: add -r (--recursive) to read the pages in it")
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
        raise UsageError("--format json describes one chapter and its notes; --combine needs "
                              f"one of {', '.join(f for f in WRITERS if f not in not_combinable())} (or all)")
    many = (max(len(tasks), given or 0) > 1 and not options.combine) or options.format_name == "all"
    is_directory = output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))
    if output is None or output == "-":
        if many and options.combine:
            raise UsageError("--format all --combine needs -o DIR (one combined.<ext> per format)")
        if many:
            what = "--format all needs" if options.format_name == "all" else "several inputs need"
            raise UsageError(f"{what} -o DIR (one file per input and format), or --combine to write one file")
        return None, None
    if is_directory or many:
        if not is_directory and os.path.exists(output):
            raise UsageError(f"-o {output} is a file; several inputs need a directory"
                                  + ("" if options.combine else " (or --combine to write one file)"))
        if not is_directory and output.lower().endswith(tuple("." + w.EXTENSION for w in WRITERS.values())):
            raise UsageError(f"-o {output} looks like a file name, but several inputs write one file each: "
                                  "give a directory (ending in /), or add --combine to write one file")
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot create output directory {output}: {error.strerror or error}") from None
        check_writable(output, f"output directory {output}")
        return output, None
    folder = os.path.dirname(output) or "."
    if not os.path.isdir(folder):
        raise UsageError(f"cannot write {output}: no directory {folder}")
    check_writable(folder, f"directory {folder} (for {output})")
    return None, output


def check_writable(folder: str, what: str) -> None:
    """Try it: os.access says yes to root on a read-only mount and cannot see ACLs."""
    try:
        handle, probe = create_temporary(folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise UsageError(f"cannot write to {what}: {error.strerror or error}") from None


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
            raise UsageError(f"the combined output {target} would overwrite an input")
    return targets


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
    clear stale temporary files. Raises UsageError when the batch cannot start."""
    if options.report_path and options.report_path != "-":
        check_report_path(options.report_path)
    tasks = list(expand_inputs(inputs, options.recursive))
    if not tasks:
        raise UsageError("no inputs")
    given = len(tasks)  # before repeats are dropped: two inputs given make -o a directory
    tasks, repeats = unique_tasks(tasks)
    directory, single_file = plan_output(tasks, options, given)
    if options.report_path == "-" and not (directory or single_file):
        raise UsageError("--report - writes the report to standard output, which already carries the records: "
                         "add -o, or give the report a file")
    assign_targets(tasks, directory, single_file, options)
    for folder in {directory, os.path.dirname(os.path.abspath(single_file)) if single_file else None} - {None}:
        remove_stale_temporaries(folder)
    return Plan(tasks, directory, single_file, repeats)


def check_report_path(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise UsageError(f"--report {path} is a directory; give a file name")
    if not os.path.isdir(folder):
        raise UsageError(f"cannot write the report {path}: no directory {folder}")
    check_writable(folder, f"directory {folder} (for the report)")
