"""The training set: reference entries and notes mixed, deterministic for a seed.

Example i of seed s depends only on (s, i): it draws from `random.Random(f"{s}:{i}")`. So the
same seed gives the same list, with one worker or several (workers build contiguous index
ranges and the ranges are concatenated in order).

    python -m converter.train.dataset --size 40000 --workers 2 -o train.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from converter.train import annotated, checks, notes, records, render, styles, templates

DEFAULT_SIZE = 40000
# Shares of the mix: 45% reference entries, 55% notes.
MIX = (("reference-csl", 25), ("reference-template", 18), ("reference-annotated", 2),
       ("note", 53), ("note-annotated", 2))
ATTEMPTS = 6  # a style that cannot render the record: draw another style and record


def reference_from_csl(rng: random.Random) -> dict | None:
    for _ in range(ATTEMPTS):
        style = styles.pick(rng, styles.reference_styles())
        locale = styles.pick_locale(rng, style)
        record = records.record(rng, locale[:2])
        try:
            text, spans = render.entry(styles.load(style.name, locale), record)
        except (render.RenderError, RecursionError):
            continue
        return {"text": text, "spans": spans, "context": "reference", "lang": locale[:2],
                "source": style.name}
    return None


def annotated_example(rng: random.Random, context: str) -> dict:
    pool = [e for e in annotated.examples() if e["context"] == context]
    chosen = rng.choice(pool)
    return {**chosen, "spans": [list(span) for span in chosen["spans"]]}


def make(rng: random.Random, kind: str) -> dict | None:
    if kind == "reference-csl":
        return reference_from_csl(rng)
    if kind == "reference-template":
        return templates.reference_example(rng)
    if kind == "reference-annotated":
        return annotated_example(rng, "reference")
    if kind == "note-annotated":
        return annotated_example(rng, "note")
    return notes.note_example(rng)


def example_at(seed: int, index: int) -> dict:
    """Example `index` of `seed`; redrawn (from the same generator) until it passes the checks."""
    rng = random.Random(f"{seed}:{index}")
    while True:
        kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
        example = make(rng, kind)
        if example is not None and not checks.span_problems(example) and not checks.token_problems(example):
            return example


def _build_range(arguments: tuple[int, int, int]) -> list[dict]:
    seed, start, stop = arguments
    return [example_at(seed, index) for index in range(start, stop)]


def build_dataset(seed: int = 0, size: int = DEFAULT_SIZE, workers: int = 1) -> list[dict]:
    if workers <= 1 or size < 200:
        return _build_range((seed, 0, size))
    chunks = workers * 8
    bounds = [size * k // chunks for k in range(chunks + 1)]
    ranges = [(seed, bounds[k], bounds[k + 1]) for k in range(chunks)]
    with ProcessPoolExecutor(workers) as pool:
        parts = list(pool.map(_build_range, ranges))
    return [example for part in parts for example in part]


def write_jsonl(examples: list[dict], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(example, ensure_ascii=False) + "\n" for example in examples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write chap2bib's generated training set as JSON lines.")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    examples = build_dataset(args.seed, args.size, args.workers)
    write_jsonl(examples, args.output)
    elapsed = time.perf_counter() - started
    print(f"{len(examples)} examples in {elapsed:.1f} s ({len(examples) / elapsed:.0f}/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
