"""Linear-time checks that hold on a busy machine: no wall-clock limit, two sizes compared.

A reader that is linear takes about 8 times as long on an input 8 times larger; a quadratic one about
64 times. `assert_linear` times the same reader at a size and at 8 times that size and fails when the
ratio is over GROWTH_LIMIT, which leaves room for noise without letting quadratic behaviour through.
Other processes only ever add time, so each size counts its fastest of a few runs, after a warm-up
run (imports, caches). The small size is doubled until one run takes at least MIN_SECONDS, so that
the timer's resolution and start-up costs do not decide the ratio; a reader that stays that fast even
on the largest input reads a bounded part of it, which passes (its ratio is taken against
MIN_SECONDS, not against a time too short to measure).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

FACTOR = 8
GROWTH_LIMIT = 24  # linear: about 8; quadratic: about 64
MIN_SECONDS = 0.02
MAX_SIZE = 1 << 20


def fastest(run: Callable[[Any], Any], value: Any, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run(value)
        best = min(best, time.perf_counter() - started)
    return best


def growth(run: Callable[[Any], Any], make: Callable[[int], Any], size: int) -> float:
    """How much longer `run(make(FACTOR * n))` takes than `run(make(n))`, n at least `size`."""
    run(make(size))  # warm-up
    small = fastest(run, make(size), 3)
    while small < MIN_SECONDS and size * FACTOR * 2 <= MAX_SIZE:
        size *= 2
        small = fastest(run, make(size), 3)
    large = fastest(run, make(size * FACTOR), 3)
    if large < MIN_SECONDS:
        return 1.0  # fast at every size: the reader reads a bounded part of its input
    # A small size still under MIN_SECONDS at MAX_SIZE is too fast to time: compare against
    # MIN_SECONDS instead, so that one preempted run of the large size is not read as growth.
    return large / max(small, MIN_SECONDS)


def assert_linear(run: Callable[[Any], Any], make: Callable[[int], Any], size: int = 1000) -> None:
    ratio = growth(run, make, size)
    assert ratio < GROWTH_LIMIT, f"{FACTOR}x the input took {ratio:.1f}x the time (linear: about {FACTOR}x)"
