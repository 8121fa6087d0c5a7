"""What a batch run is asked to do: one frozen value, passed to every worker process."""

from __future__ import annotations

from dataclasses import dataclass

from converter.run.inputs import DEFAULT_MAX_BYTES
from converter.writers import FORMATTED, WRITERS
from converter.writers.options import WriteOptions


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
            return [f for f in WRITERS if f not in FORMATTED and not (self.combine and f in not_combinable())]
        return [self.format_name]


def not_combinable() -> tuple[str, ...]:
    from converter.run.combine import NOT_COMBINABLE

    return NOT_COMBINABLE
