"""What the batch shows a person: the outputs on standard output, a progress bar and the summary line."""

from __future__ import annotations

from typing import TextIO

from converter.run.results import Outcome


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
