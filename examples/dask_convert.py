"""The chap2bib batch on Dask: a `dask.bag` over page files on a `LocalCluster`.

    pip install 'chap2bib[dask]'
    python examples/dask_convert.py pages/ out/ --format ris --workers 4

The planning is the CLI's own (converter.run.batch.plan_batch): the same output names, the same
refusal to overwrite an input, the same handling of inputs that share a name. Each page is then
converted by the CLI's own worker function (converter.run.batch.convert_task) on whichever Dask worker
gets it, and written atomically there; only its FileResult (counts, problems, error) travels back.
A failing page is a result with an error, never an exception that would stop the bag. The function
mapped is the installed library's, so workers need chap2bib installed but not this script.

To run on a real cluster, pass `--scheduler tcp://host:8786` instead of starting a LocalCluster;
the output directory must then be one all workers can write (a shared file system).
"""

from __future__ import annotations

import argparse
import sys

from converter.run.convert import convert_task
from converter.run.options import BatchOptions
from converter.run.plan import plan_batch
from converter.run.results import FileResult


def run(inputs: list[str], output: str, format_name: str = "ris", *, recursive: bool = True, workers: int = 2,
        processes: bool = True, scheduler: str | None = None, partitions: int | None = None) -> list[FileResult]:
    """Convert `inputs` (files, directories) into the directory `output`; one result per page, in order."""
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster
    except ImportError:  # the extra is not installed: say how to get it, not a traceback
        raise SystemExit("examples/dask_convert.py needs Dask: pip install 'chap2bib[dask]'") from None

    options = BatchOptions(format_name=format_name, output=output, recursive=recursive, jobs=1)
    tasks = plan_batch(inputs, options).tasks
    bag = db.from_sequence(tasks, npartitions=partitions or max(1, min(len(tasks), workers * 4)))
    if scheduler:
        with Client(scheduler):
            return bag.map(convert_task, options=options).compute()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None) as cluster:
        with Client(cluster):
            return bag.map(convert_task, options=options).compute()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="page files and directories (read recursively)")
    parser.add_argument("output", help="output directory")
    parser.add_argument("-f", "--format", default="ris")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", action="store_true", help="workers as threads in this process")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    args = parser.parse_args(argv)
    results = run(args.inputs, args.output, args.format, workers=args.workers, processes=not args.threads,
                  scheduler=args.scheduler)
    for result in results:
        for warning in result.warnings:
            print(f"Warning: {warning}", file=sys.stderr)
        if result.error:
            print(f"Error: {result.error}", file=sys.stderr)
    failed = sum(1 for r in results if r.error)
    print(f"{len(results)} pages, {sum(r.notes for r in results)} notes, {sum(r.works for r in results)} works, "
          f"{sum(len(r.problems) for r in results)} problems, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
