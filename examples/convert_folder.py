"""Convert a folder of chapter pages from a script, with chap2bib's library API.

    python examples/convert_folder.py pages/ out/ --format ris
    python examples/convert_folder.py pages/ all.ris --format ris --combine

Two ways are shown. `one_by_one` is the loop a script writes when it wants each Document in hand
(to filter works, add fields, collect statistics). `as_the_cli_does` hands the folder to
`converter.convert_files`, which is `chap2bib pages/ -r -f ris -o out/` without the printing:
worker processes, atomic writes, same-name inputs told apart, a failing page reported and skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import converter
from converter.run.output import write_atomic


def one_by_one(folder: Path, output: Path, format_name: str) -> int:
    """Each page parsed and written in this process; returns the number of failed pages."""
    output.mkdir(parents=True, exist_ok=True)
    extension = converter.WRITERS[format_name].EXTENSION
    failed = 0
    for path in sorted(folder.rglob("*.txt")):
        try:
            document = converter.parse_file(str(path))  # decodes UTF-8/UTF-16/cp1252 as the CLI does
        except converter.ConversionError as error:  # "pages/x.txt: no chapter title found: ..."
            print(f"Error: {error}", file=sys.stderr)
            failed += 1
            continue
        for problem in document.problems:
            print(f"{path.name}: note {problem.note}: {problem.message}", file=sys.stderr)
        # part1/same.txt -> part1-same.ris: pages with one name in two folders stay apart
        name = "-".join(path.relative_to(folder).with_suffix("").parts)
        write_atomic(str(output / f"{name}.{extension}"), converter.write(document, format_name))
    return failed


def as_the_cli_does(folder: Path, output: Path, format_name: str, combine: bool) -> int:
    outcome = converter.convert_files([str(folder)], str(output), format_name, recursive=True, combine=combine)
    for failure in outcome.failures:
        print(f"Error: {failure}", file=sys.stderr)
    print(f"{outcome.pages} pages, {outcome.notes} notes, {outcome.works} works, {len(outcome.failures)} failed",
          file=sys.stderr)
    return outcome.exit_code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("output", type=Path, help="a directory (or one file with --combine)")
    parser.add_argument("-f", "--format", default="ris", choices=list(converter.WRITERS))
    parser.add_argument("--combine", action="store_true", help="one file, works merged across chapters")
    parser.add_argument("--one-by-one", action="store_true", help="the plain loop instead of convert_files")
    args = parser.parse_args(argv)
    if args.one_by_one:
        return 1 if one_by_one(args.folder, args.output, args.format) else 0
    return as_the_cli_does(args.folder, args.output, args.format, args.combine)


if __name__ == "__main__":
    sys.exit(main())
