"""The --report FILE: one JSON entry per input, streamed as inputs finish, renamed into place at the end."""

from __future__ import annotations

import io
import json
import os

from converter.run.output import create_temporary
from converter.run.results import FileResult, Outcome

STDOUT = "-"


class Report:
    """--report FILE, streamed: one entry per input as it finishes, renamed into place at the end."""

    def __init__(self, path: str):
        """`path` "-": the report goes to standard output once the batch is done."""
        self.path = path
        if path == STDOUT:
            self.temporary, self.stream = "", io.StringIO()
        else:
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
        if self.path == STDOUT:
            from converter.run.screen import write_stdout

            write_stdout(self.stream.getvalue())
            return
        self.stream.close()
        os.replace(self.temporary, self.path)

    def abort(self) -> None:
        self.stream.close()
        if self.path == STDOUT:
            return
        try:
            os.unlink(self.temporary)
        except FileNotFoundError:
            pass
