"""The linear-time check itself: it lets a linear reader through and stops a quadratic one."""

from __future__ import annotations

import linear
from linear import GROWTH_LIMIT, growth


def linear_reader(text: str) -> int:
    return sum(1 for char in text if char == "a")


def quadratic_reader(text: str) -> int:
    # Looks back over every earlier character from each one: a fixed cost per pair, as a reader
    # that rescans from the start of a note for each token.
    pairs = 0
    for end in range(len(text)):
        for _ in range(end):
            pairs += 1
    return pairs


def test_a_linear_reader_grows_about_as_its_input():
    assert growth(linear_reader, lambda n: "ab" * n, 1000) < GROWTH_LIMIT


def test_a_quadratic_reader_is_caught(monkeypatch):
    monkeypatch.setattr(linear, "MIN_SECONDS", 0.002)  # the same comparison, at a tenth of the cost
    assert growth(quadratic_reader, lambda n: "ab" * n, 100) > GROWTH_LIMIT


def test_a_reader_too_fast_to_time_passes():
    assert growth(len, lambda n: "ab" * n, 1000) == 1.0


def test_one_slow_run_of_an_untimeably_fast_reader_is_not_growth(monkeypatch):
    # Every size takes 1 ms except one preempted run of the large size (30 ms): noise, not growth.
    def timed(run, value, repeat):
        return 0.030 if len(value) > linear.MAX_SIZE else 0.001

    monkeypatch.setattr(linear, "fastest", timed)
    assert growth(len, lambda n: "ab" * n, 1000) < GROWTH_LIMIT
