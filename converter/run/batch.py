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

import time
from typing import Callable, TextIO

from converter.run.options import BatchOptions
from converter.run.output import write_atomic
from converter.run.plan import combined_targets, plan_batch
from converter.run.report import Report
from converter.run.results import Outcome
from converter.run.screen import progress_bar, summary_line, write_stdout
from converter.run.workers import convert_all

# -- the batch -------------------------------------------------------------------------------------


def run_batch(inputs: list[str], options: BatchOptions, stderr: TextIO | None = None,
              echo: Callable[[str], None] | None = None) -> Outcome:
    """Convert `inputs` as the CLI does. Messages go to `stderr` (none when None); text meant for
    standard output (no -o) goes to `echo`. Raises UsageError when the batch cannot start."""
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
        from converter.run.combine import Combiner

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
    if not options.quiet and (len(tasks) > 1 or directory or single_file or outcome.problems or outcome.failures):
        say(summary_line(outcome))
    return outcome


def write_combined_outputs(combined, targets: dict[str, str], options: BatchOptions, outcome: Outcome,
                           echo: Callable[[str], None] | None) -> None:
    from converter.run.combine import write_combined

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
