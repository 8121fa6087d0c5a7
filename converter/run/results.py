"""What a conversion hands back: one FileResult per input, and the Outcome of the whole batch."""

from __future__ import annotations

from dataclasses import dataclass, field


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
