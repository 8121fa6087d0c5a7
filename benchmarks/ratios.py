"""The speed figures of the speed issue, each as a ratio to a yardstick measured in the same run.

    python benchmarks/ratios.py            # about two minutes on 2 cores

Absolute times depend on the machine and on what else it is doing; a ratio to a yardstick run
beside it much less. Printed for each figure: the absolute numbers, the yardstick's, the ratio and
the aim. Nothing here fails a build.

1. parse + RIS of the example page, in process (best of 20) / one `re.findall(r"\\w+|[^\\w\\s]", text)`
   pass over the same text (best of 200): aim <= 20x.
2. Cold `chap2bib example.txt -f ris` (median of 9) / `python -c "import click"` (median of 9):
   aim <= 3x.
3. `--bibliography` reading a 5,000-entry BibTeX file (our BibTeX writer's output) / citation-js
   reading the same file (node, from .ci/node): aim <= 1x. RIS and CSL-JSON files of the same
   works: aim >= 10,000 entries/s.
4. Each writer on a 20,000-work model, records/s / citation-js's BibTeX -> CSL-JSON records/s:
   aim >= 2x.
5. 200 pages, `--jobs 2` against `--jobs 1`: aim >= 1.6x.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import run as bench  # noqa: E402  (the corpus and the writer model are built the same way there)

NODE_FOLDER = HERE.parent / ".ci" / "node" / "node_modules" / "citation-js"
CITATION_JS = """
const Cite = require(process.argv[1]);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const started = process.hrtime.bigint();
const data = new Cite(text, {forceType: '@bibtex/text'}).data;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({records: data.length, seconds}));
"""


def median_of(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def row(figure: str, ours: str, yardstick: str, ratio: float, aim: str, met: bool) -> None:
    print(f"| {figure} | {ours} | {yardstick} | {ratio:.2f}x | {aim} | {'met' if met else 'missed'} |")


def parse_figure() -> None:
    from converter import parse
    from converter.writers import write

    text = bench.EXAMPLE.read_text(encoding="utf-8")
    write(parse(text), "ris")
    ours = bench.best_of(lambda: write(parse(text), "ris"), 20)
    tokenizer = re.compile(r"\w+|[^\w\s]")
    yardstick = bench.best_of(lambda: tokenizer.findall(text), 200)
    ratio = ours / yardstick
    row("parse + RIS, example page / tokenizer pass", f"{ours * 1000:.1f} ms", f"{yardstick * 1000:.2f} ms",
        ratio, "<= 20x", ratio <= 20)


def cold_start_figure() -> None:
    # As installed (pip compiles the package's bytecode; an editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module from source on every run).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "converter")], check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    command = bench.chap2bib_command() + [str(bench.EXAMPLE), "-f", "ris"]
    ours = median_of(lambda: subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                            check=True), 9)
    yardstick = median_of(lambda: subprocess.run([sys.executable, "-c", "import click"], check=True), 9)
    ratio = ours / yardstick
    row("cold `chap2bib example -f ris` / `python -c 'import click'`", f"{ours * 1000:.0f} ms",
        f"{yardstick * 1000:.0f} ms", ratio, "<= 3x", ratio <= 3)


def citation_js_bibtex(path: Path) -> tuple[int, float] | None:
    node = shutil.which("node")
    if node is None or not NODE_FOLDER.exists():
        print("  (no citation-js in .ci/node: run .ci/run once, or npm install --prefix .ci/node citation-js)")
        return None
    out = subprocess.run([node, "-e", CITATION_JS, str(NODE_FOLDER), str(path)], capture_output=True, text=True,
                         check=True)
    import json

    result = json.loads(out.stdout)
    return result["records"], result["seconds"]


def bibliography_figures(folder: Path) -> tuple[int, float] | None:
    from converter.sources.bibliography import load_bibliography
    from converter.writers import write

    document = bench.writer_model(5_000)
    files = {}
    for name, suffix in (("bibtex", ".bib"), ("ris", ".ris"), ("csl-json", ".json")):
        files[name] = folder / f"library{suffix}"
        files[name].write_text(write(document, name), encoding="utf-8")
    entries = len(document.works) + 1
    ours = bench.best_of(lambda: load_bibliography(files["bibtex"]), 1)
    yardstick = citation_js_bibtex(files["bibtex"])
    if yardstick:
        ratio = ours / yardstick[1]
        row("`--bibliography`, 5,000-entry BibTeX / citation-js, same file", f"{ours:.2f} s ({entries / ours:,.0f}/s)",
            f"{yardstick[1]:.2f} s ({yardstick[0]:,} records)", ratio, "<= 1x", ratio <= 1)
    for name in ("ris", "csl-json"):
        seconds = bench.best_of(lambda: load_bibliography(files[name]), 1)
        print(f"| `--bibliography`, 5,000-entry {name} | {seconds:.2f} s ({entries / seconds:,.0f} entries/s) | — | — "
              f"| >= 10,000/s | {'met' if entries / seconds >= 10_000 else 'missed'} |")
    big = folder / "big.bib"
    big.write_text(write(bench.writer_model(20_000), "bibtex"), encoding="utf-8")
    return citation_js_bibtex(big)


def writer_figures(citation_js: tuple[int, float] | None) -> None:
    if citation_js is None:
        return
    yardstick = citation_js[0] / citation_js[1]
    for name, seconds, per_second in bench.writer_speed(20_000):
        ratio = per_second / yardstick
        row(f"writer {name}, 20,000 works / citation-js BibTeX -> CSL-JSON", f"{per_second:,.0f} records/s",
            f"{yardstick:,.0f} records/s", ratio, ">= 2x", ratio >= 2)


def jobs_figure(folder: Path) -> None:
    paths, _ = bench.build_corpus(folder / "corpus", 200)
    times = {}
    for jobs in (1, 2):
        out = folder / f"out{jobs}"
        command = bench.chap2bib_command() + [str(folder / "corpus"), "-r", "-f", "ris", "-o", f"{out}/",
                                              "--jobs", str(jobs)]
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[jobs] = time.perf_counter() - started
    ratio = times[1] / times[2]
    row("200 pages, `--jobs 2` / `--jobs 1`", f"{times[2]:.1f} s", f"{times[1]:.1f} s", ratio, ">= 1.6x",
        ratio >= 1.6)


def main() -> int:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.2f}\n")
    print("| figure | chap2bib | yardstick | ratio | aim | |")
    print("|---|---|---|---|---|---|")
    parse_figure()
    cold_start_figure()
    with tempfile.TemporaryDirectory() as folder:
        citation_js = bibliography_figures(Path(folder))
        writer_figures(citation_js)
        jobs_figure(Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
