"""Running tasks in worker processes: chunks sent in input order, results streamed back in that order, a
worker that dies costing only the page that killed it, Ctrl-C and SIGTERM finishing the pages in hand."""

from __future__ import annotations

import os
import signal
from collections import deque
from typing import Iterator

from converter.run.convert import convert_chunk, convert_task
from converter.run.options import BatchOptions
from converter.run.plan import Task
from converter.run.results import FileResult

MIN_PARALLEL = 8  # fewer pages than this run in one process: starting workers costs more
MAX_CHUNK = 4  # pages per task sent to a worker; small, so Ctrl-C stops within a few pages


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
            else:
                while todo or in_flight:
                    try:
                        while todo and len(in_flight) < window:
                            in_flight.append((todo[0], pool.submit(convert_chunk, todo[0], options)))
                            todo.popleft()
                        results = in_flight[0][1].result()
                    except BrokenProcessPool:
                        # A worker died, seen while waiting for a result or when sending the next chunk
                        # (which then stays first in `todo`): the chunks in flight are retried page by page.
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
