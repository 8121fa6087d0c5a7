"""`python -m converter.train`: generate labelled citations, train the CRF labeller on them, print
its held-out scores, and write converter/labeller/model.crfsuite and model.json."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from converter.labeller.crf import MODEL_PATH
from converter.train.fit import TrainerParameters, fit

DEFAULT_SIZE = 30_000  # with the held-out tenth: about 9 minutes on 2 cores
DEFAULT_SEED = 1
HELDOUT_SHARE = 10  # one example in ten is held out when the data come from a file


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def generated(seed: int, size: int, workers: int) -> list[dict]:
    try:
        from converter.train.dataset import build_dataset
    except ImportError as error:
        sys.exit(f"converter.train.dataset is not importable ({error}); pass --data FILE.jsonl instead")
    return build_dataset(seed=seed, size=size, workers=workers)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m converter.train", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="training examples to generate")
    parser.add_argument("--heldout-size", type=int, default=None,
                        help="held-out examples to generate (default: a tenth of --size)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="seed of the training set; the held-out set uses another, derived from it")
    parser.add_argument("--workers", type=int, default=2, help="processes that generate examples")
    parser.add_argument("--out", type=Path, default=MODEL_PATH.parent,
                        help="folder for model.crfsuite and model.json (default: converter/labeller)")
    parser.add_argument("--data", type=Path, help="read examples from this JSON-lines file instead "
                        f"of generating them (one in {HELDOUT_SHARE} held out)")
    defaults = TrainerParameters()
    parser.add_argument("--c1", type=float, default=defaults.c1)
    parser.add_argument("--c2", type=float, default=defaults.c2)
    parser.add_argument("--max-iterations", type=int, default=defaults.max_iterations)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    started = time.perf_counter()
    if args.data:
        examples = read_jsonl(args.data)
        heldout = examples[::HELDOUT_SHARE]
        training = [example for index, example in enumerate(examples) if index % HELDOUT_SHARE]
        source, seed = f"file {args.data.name}", None
    else:
        heldout_size = args.heldout_size if args.heldout_size is not None else max(1, args.size // 10)
        training = generated(args.seed, args.size, args.workers)
        # A seed far from the training seed, so the two sets share no generator stream.
        heldout = generated(args.seed + 1_000_003, heldout_size, args.workers)
        source, seed = "converter.train.dataset.build_dataset", args.seed
    data_seconds = time.perf_counter() - started
    print(f"{len(training)} training and {len(heldout)} held-out examples in {data_seconds:.0f} s", flush=True)
    parameters = TrainerParameters(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations)
    report = fit(training, heldout, args.out, seed=seed, parameters=parameters, data_seconds=data_seconds,
                 source=source)
    meta = report.metadata
    print(report.table)
    print(f"token accuracy {meta['heldout'].get('token_accuracy')}; model {meta['model_bytes'] / 1e6:.1f} MB; "
          f"features {meta['seconds']['features']} s, training {meta['seconds']['training']} s, "
          f"total {time.perf_counter() - started:.0f} s")
    print(f"wrote {report.model_path} and {report.model_path.with_suffix('.json').name}")


if __name__ == "__main__":
    main()
