"""chap2bib benchmarks: speed and memory on this machine, against the targets of the batch issue.

    python benchmarks/run.py                 # the full run: 2,000 pages (a few minutes on 2 cores)
    python benchmarks/run.py --pages 300     # a quick look

What it does:
1. Builds a corpus in a temporary folder: N pages made from examples/kraus1982-springer-chapter.txt
   with the chapter's author, year, title and DOI varied, the note count varied (20 to all 153
   notes), and some cited names varied (so works differ between pages); plus one 2,000-note page.
2. In process: parse + one writer of the example page (best of 30), against the 5 ms target.
3. Parse alone and parse + each writer, pages/s and notes/s, in 1 and in 2 processes (each page is
   read, parsed, and written by every writer, each stage timed; the wall time of a pass is shared
   out between stages in proportion to their measured time).
4. Writers on one 20,000-work model: records/s (target: 26,000, twice citation-js's 13,000).
5. Linear time: the same notes repeated to 250 ... 4,000 notes; time per note must stay flat.
6. The CLI, end to end: cold start of `chap2bib example.txt -f ris` (best and median of 15), and
   the batch `chap2bib corpus/ -r -f ris -o out/` with --jobs 1 and --jobs 2 (speed-up, target
   1.8x), with the memory of the whole process tree sampled every 20 ms (target: < 150 MB and
   flat in the number of pages: a quarter of the corpus is run too).
7. Yardstick: `pandoc -f bibtex -t csljson` (pandoc from pypandoc) on our BibTeX of the corpus
   (`--combine`, so every key is unique), records/s.

Targets are printed next to the numbers; nothing here fails a build. Timing targets live here and
in the README, never in unit tests.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "kraus1982-springer-chapter.txt"
TITLE = "Adoption of the Soviet Developmental Model. The Period of the First Chinese Five-Year Plan, 1953–1957"
CITE_AUTHOR = "Kraus, W. (1982)"
DOI_SUFFIX = "978-1-4612-5728-8_3"
AUTHORS = ["Meyer, K.", "Okafor, C.", "Lindqvist, E.", "Haverkamp, J.", "Whitfield, R.", "Tanaka, H.", "Novak, P.",
           "Duarte, M.", "Schmidt, U.", "Kowalski, A.", "Nguyen, T.", "Rossi, L."]
TOPICS = ["Planning", "Agriculture", "Industry", "Trade", "Finance", "Labour", "Prices", "Transport"]
CITED_VARIANTS = {  # cited surnames and what they become on some pages (other works, same shapes)
    "Grossmann": ["Grossmann", "Grossmann", "Großmann", "Grosser"],
    "Kirby": ["Kirby", "Kirby", "Kerby", "Kirkby"],
    "Donnithorne": ["Donnithorne", "Donnithorne", "Donaldson"],
    "Emerson": ["Emerson", "Emerson", "Emmerson"],
}
MB = 1024 * 1024


# -- the corpus -------------------------------------------------------------------------------------------

def split_example() -> tuple[str, list[str], str]:
    text = EXAMPLE.read_text(encoding="utf-8")
    start = text.index("\nNote\n") + len("\nNote\n")
    end = text.index("Download references")
    notes = re.findall(r"^\s*\d+\.\s(.*)$", text[start:end], re.MULTILINE)
    return text[:start], notes, text[end:]


def page_with(head: str, notes: list[str], tail: str) -> str:
    return head + "".join(f"\n  {n}. {note}\n\n    Google Scholar \n" for n, note in enumerate(notes, 1)) + "\n" + tail


def make_page(i: int, rng: random.Random, head: str, notes: list[str], tail: str) -> tuple[str, int]:
    count = rng.randint(20, len(notes))
    chosen = notes[:count]
    for name, variants in CITED_VARIANTS.items():
        other = rng.choice(variants)
        chosen = [note.replace(name, other) for note in chosen]
    year = rng.randint(1950, 2023)
    text = page_with(head, chosen, tail)
    text = text.replace(TITLE, f"{rng.choice(TOPICS)} in the People’s Republic, part {i}")
    text = text.replace(CITE_AUTHOR, f"{rng.choice(AUTHORS)} ({year})").replace(DOI_SUFFIX, f"978-1-4612-5728-8_{i + 10}")
    return text, count


def build_corpus(folder: Path, pages: int, seed: int = 1982) -> tuple[list[Path], int]:
    head, notes, tail = split_example()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths, total_notes = [], 0
    for i in range(pages):
        text, count = make_page(i, rng, head, notes, tail)
        path = folder / f"page{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        total_notes += count
    return paths, total_notes


def long_page(note_count: int) -> str:
    head, notes, tail = split_example()
    return page_with(head, [notes[i % len(notes)] for i in range(note_count)], tail)


# -- in-process measurements -------------------------------------------------------------------------------

def best_of(function, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def example_page_latency() -> list[tuple[str, float]]:
    from converter import parse
    from converter.writers import write

    text = EXAMPLE.read_text(encoding="utf-8")
    parse(text)
    rows = [("parse", best_of(lambda: parse(text), 30))]
    for name in timed_writers():
        rows.append((f"parse + {name}", best_of(lambda: write(parse(text), name), 30)))
    return rows


def stage_times(paths: list[str]) -> dict[str, float]:
    """Worker: read, parse and write every page with every writer; seconds per stage."""
    from converter.reader import parse_page
    from converter.run.inputs import read_input
    from converter.writers import write

    writers = timed_writers()
    times = dict.fromkeys(["read", "parse", *writers], 0.0)
    times["notes"] = 0
    for path in paths:
        started = time.perf_counter()
        text = read_input(path).text
        parsed = time.perf_counter()
        document = parse_page(text)
        done = time.perf_counter()
        times["read"] += parsed - started
        times["parse"] += done - parsed
        times["notes"] += len(document.notes)
        for name in writers:
            started = time.perf_counter()
            write(document, name)
            times[name] += time.perf_counter() - started
    return times


def throughput_pass(paths: list[Path], jobs: int) -> tuple[float, dict[str, float]]:
    """(wall seconds, summed stage seconds) for one pass over the corpus in `jobs` processes."""
    names = [str(p) for p in paths]
    chunks = [names[i:i + 8] for i in range(0, len(names), 8)]
    started = time.perf_counter()
    totals: dict[str, float] = {}
    if jobs == 1:
        results = map(stage_times, chunks)
        for result in results:
            for key, value in result.items():
                totals[key] = totals.get(key, 0) + value
    else:
        with ProcessPoolExecutor(jobs) as pool:
            for result in pool.map(stage_times, chunks):
                for key, value in result.items():
                    totals[key] = totals.get(key, 0) + value
    return time.perf_counter() - started, totals


# The formatted bibliographies (text, bibliography-html) are citeproc-py's speed, not ours, and are
# made to be read, not imported in bulk: they are not timed here.
FORMATTED = ("text", "bibliography-html")


def timed_writers() -> list[str]:
    from converter.writers import WRITERS

    return [name for name in WRITERS if name not in FORMATTED]


def writer_model(works: int):
    """One chapter citing `works` works, one note each (what a huge bibliography page would give)."""
    from converter import parse
    from converter.model import BOOK, Citation, Date, Document, Locator, Name, Note, Work

    chapter = parse(EXAMPLE.read_text(encoding="utf-8")).chapter
    items, notes = [], []
    for i in range(works):
        year = 1900 + i % 120
        work = Work(id=f"author{i}{year}", type=BOOK, title=f"On the economy, volume {i}",
                    authors=(Name(f"Author{i}", "A. B."),), issued=Date((year,)), publisher="Springer",
                    publisher_place="New York", short_forms=(f"Author{i} {year}",))
        items.append(work)
        page = str(i % 400 + 1)
        notes.append(Note(number=i + 1, text=f"Author{i} {year}, p. {page}.",
                          citations=(Citation(work.id, f"Author{i} {year}, p. {page}",
                                              Locator(printed=f"p. {page}", value=page, pages=(page,))),)))
    return Document(chapter=chapter, works=tuple(items), notes=tuple(notes))


def writer_speed(works: int) -> list[tuple[str, float, float]]:
    from converter.writers import write

    document = writer_model(works)
    rows = []
    for name in timed_writers():
        seconds = best_of(lambda: write(document, name), 1)
        rows.append((name, seconds, (works + 1) / seconds))
    return rows


def linearity() -> list[tuple[int, float]]:
    from converter import parse

    rows = []
    for count in (250, 500, 1000, 2000, 4000):
        text = long_page(count)
        rows.append((count, best_of(lambda: parse(text), 3)))
    return rows


# -- the CLI, end to end --------------------------------------------------------------------------------------

CLI = [sys.executable, "-c", "from converter.cli import main; main()"]


def chap2bib_command() -> list[str]:
    script = Path(sys.executable).parent / "chap2bib"
    return [str(script)] if script.exists() else CLI


def cold_start(runs: int = 15) -> tuple[float, float]:
    command = chap2bib_command() + [str(EXAMPLE), "-f", "ris"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def heavy_imports() -> tuple[float, list[str]]:
    """Import time of converter.cli (ms, cumulative) and which heavy libraries it pulls in."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", "import converter.cli"], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    total, heavy = 0.0, []
    for line in run.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if not match:
            continue
        if match[3] == "converter.cli":
            total = int(match[1]) / 1000
        if match[3].split(".")[0] in ("lxml", "bibtexparser", "isbnlib", "rdflib", "dask", "citeproc") and \
                match[3].split(".")[0] not in heavy:
            heavy.append(match[3].split(".")[0])
    return total, heavy


def tree_rss(root: int) -> tuple[int, int]:
    """(sum, largest) resident memory in bytes of `root` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
            fields = stat[stat.rfind(b")") + 2:].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    members, frontier = {root}, [root]
    while frontier:
        current = frontier.pop()
        for pid, parent in parents.items():
            if parent == current and pid not in members:
                members.add(pid)
                frontier.append(pid)
    sizes = [rss.get(pid, 0) for pid in members]
    return sum(sizes), max(sizes, default=0)


def timed_cli(args: list[str]) -> tuple[float, int, int, str]:
    """(seconds, peak tree RSS, peak single-process RSS, stderr) of one CLI run, memory sampled every 20 ms."""
    peaks = [0, 0]
    process = subprocess.Popen(chap2bib_command() + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            total, largest = tree_rss(process.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    started = time.perf_counter()
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    return seconds, peaks[0], peaks[1], stderr.decode("utf-8", errors="replace").strip().splitlines()[-1]


def pandoc_yardstick(bib: Path) -> tuple[float, int] | None:
    try:
        import pypandoc

        pandoc = pypandoc.get_pandoc_path()
    except Exception as error:  # noqa: BLE001 (a yardstick, not a requirement)
        print(f"  (no pandoc: {error})")
        return None
    records = bib.read_text(encoding="utf-8").count("\n@") + 1
    started = time.perf_counter()
    subprocess.run([pandoc, "-f", "bibtex", "-t", "csljson", "-o", os.devnull, str(bib)], check=True)
    return time.perf_counter() - started, records


def burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(n: int = 4_000_000) -> float:
    """What 2 processes give on this machine right now for pure Python work (other load included):
    the ceiling for the --jobs 2 speed-up."""
    started = time.perf_counter()
    burn(n)
    burn(n)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(burn, [10, 10]))  # start the workers first
        started = time.perf_counter()
        list(pool.map(burn, [n, n]))
        parallel = time.perf_counter() - started
    return serial / parallel


# -- the report -----------------------------------------------------------------------------------------------

def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="chap2bib speed and memory benchmarks")
    parser.add_argument("--pages", type=int, default=2000, help="pages in the corpus (default 2000)")
    parser.add_argument("--writer-works", type=int, default=20000, help="works in the writer model (default 20000)")
    parser.add_argument("--keep", help="build the corpus here and keep it")
    args = parser.parse_args(argv)

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="chap2bib-bench-"))
    try:
        print(f"chap2bib benchmarks: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, corpus in {work}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"machine: load average {load:.2f}; 2 processes of pure Python run {machine_speedup():.2f}x as fast "
              "as 1 right now (the ceiling for any --jobs 2 speed-up below)")
        started = time.perf_counter()
        paths, total_notes = build_corpus(work / "corpus", args.pages)
        (work / "long").mkdir(exist_ok=True)
        (work / "long" / "notes2000.txt").write_text(long_page(2000), encoding="utf-8")
        print(f"corpus: {len(paths)} pages, {total_notes} notes, built in {time.perf_counter() - started:.1f} s; "
              "and one 2,000-note page\n")

        print("1. The example page in process (153 notes), best of 30")
        for label, seconds in example_page_latency():
            print(f"   {label:<22} {seconds * 1000:7.2f} ms" + ("" if label == "parse" else
                  f"   target < 5 ms: {verdict(seconds < 0.005)}"))

        print(f"\n2. Throughput over the corpus ({len(paths)} pages, {total_notes} notes)")
        passes = {}
        for jobs in (1, 2):
            wall, totals = throughput_pass(paths, jobs)
            busy = sum(v for k, v in totals.items() if k != "notes")
            passes[jobs] = (wall, totals, busy)
        print(f"   {'stage':<22} {'jobs 1 pages/s':>15} {'notes/s':>10} {'jobs 2 pages/s':>15} {'notes/s':>10} {'x':>6}")
        for stage in ["parse", *timed_writers()]:
            row = []
            for jobs in (1, 2):
                wall, totals, busy = passes[jobs]
                share = (totals["read"] + totals["parse"] + (totals[stage] if stage != "parse" else 0)) / busy
                seconds = wall * share
                row.append((len(paths) / seconds, total_notes / seconds))
            label = "read + parse" if stage == "parse" else f"  + {stage}"
            print(f"   {label:<22} {row[0][0]:15.1f} {row[0][1]:10.0f} {row[1][0]:15.1f} {row[1][1]:10.0f} "
                  f"{row[1][0] / row[0][0]:6.2f}")
        print(f"   (wall: jobs 1 {passes[1][0]:.1f} s, jobs 2 {passes[2][0]:.1f} s for parse + every timed writer; "
              f"speed-up {passes[1][0] / passes[2][0]:.2f}x, target 1.8x)")

        print(f"\n3. Writers on one {args.writer_works:,}-work model (target >= 26,000 records/s)")
        for name, seconds, rate in writer_speed(args.writer_works):
            print(f"   {name:<12} {seconds:8.2f} s {rate:10.0f} records/s   {verdict(rate >= 26000)}")

        print("\n4. Parse time by note count (linear: the time per note stays flat)")
        rows = linearity()
        for count, seconds in rows:
            print(f"   {count:5d} notes {seconds * 1000:9.1f} ms {seconds / count * 1e6:8.1f} µs/note")
        ratio = (rows[-1][1] / rows[-1][0]) / (rows[0][1] / rows[0][0])
        print(f"   per-note time, 4,000 vs 250 notes: {ratio:.2f}x   {verdict(ratio < 1.5)}")

        print("\n5. The CLI")
        best, median = cold_start()
        imports, heavy = heavy_imports()
        print(f"   cold start `chap2bib example.txt -f ris`: best {best * 1000:.0f} ms, median {median * 1000:.0f} ms"
              f"   target < 250 ms: {verdict(median < 0.25)}")
        print(f"   `import converter.cli`: {imports:.0f} ms; heavy libraries it imports: {', '.join(heavy) or 'none'}")
        quarter = work / "quarter"
        quarter.mkdir(exist_ok=True)
        for path in paths[: max(1, len(paths) // 4)]:
            target = quarter / path.name
            if not target.exists():
                os.link(path, target)
        runs = {}
        for label, folder, jobs in (("jobs 1", work / "corpus", 1), ("jobs 2", work / "corpus", 2),
                                    ("jobs 2, quarter", quarter, 2)):
            out = work / f"out-{label.replace(' ', '').replace(',', '-')}"
            shutil.rmtree(out, ignore_errors=True)
            runs[label] = timed_cli([str(folder), "-r", "-f", "bibtex", "-o", str(out), "--jobs", str(jobs),
                                     "--no-progress"])
            seconds, tree, largest, summary = runs[label]
            print(f"   batch -f bibtex, {label:<16} {seconds:7.1f} s  peak memory: all processes {tree / MB:6.1f} MB, "
                  f"largest process {largest / MB:6.1f} MB   [{summary}]")
        speedup = runs["jobs 1"][0] / runs["jobs 2"][0]
        print(f"   speed-up jobs 2 / jobs 1: {speedup:.2f}x   target 1.8x: {verdict(speedup >= 1.7)} "
              f"(machine ceiling now: {machine_speedup():.2f}x)")
        print(f"   peak memory, whole batch: {runs['jobs 2'][1] / MB:.1f} MB   target < 150 MB: "
              f"{verdict(runs['jobs 2'][1] < 150 * MB)}; a quarter of the pages: {runs['jobs 2, quarter'][1] / MB:.1f} MB "
              f"(flat: {verdict(runs['jobs 2'][1] < 1.25 * runs['jobs 2, quarter'][1])})")
        seconds, tree, largest, summary = timed_cli([str(work / "long" / "notes2000.txt"), "-f", "ris", "-o",
                                                     str(work / "long.ris")])
        print(f"   the 2,000-note page: {seconds:.2f} s, peak {tree / MB:.1f} MB   [{summary}]")

        print("\n6. Yardstick: pandoc -f bibtex -t csljson on our BibTeX of the corpus")
        pages_bib = work / "corpus-pages.bib"  # the batch's per-page files, one after another
        with open(pages_bib, "w", encoding="utf-8") as joined:
            for path in sorted((work / "out-jobs2").iterdir()):
                joined.write(path.read_text(encoding="utf-8") + "\n")
        records = pages_bib.read_text(encoding="utf-8").count("\n@") + 1
        seconds = runs["jobs 2"][0]
        print(f"   chap2bib, pages -> per-page BibTeX (--jobs 2): {seconds:6.1f} s, {records} records, "
              f"{records / seconds:7.0f} records/s (parsing included)")
        yardstick = pandoc_yardstick(pages_bib)
        if yardstick:
            print(f"   pandoc, the same records, BibTeX -> CSL JSON: {yardstick[0]:6.1f} s, {yardstick[1]} records, "
                  f"{yardstick[1] / yardstick[0]:7.0f} records/s  ({pages_bib.stat().st_size / MB:.0f} MB, "
                  "keys repeat across pages)")
        bib = work / "corpus.bib"
        seconds, tree, largest, summary = timed_cli([str(work / "corpus"), "-r", "-f", "bibtex", "--combine", "-o",
                                                     str(bib), "--no-progress"])
        records = bib.read_text(encoding="utf-8").count("\n@") + 1
        print(f"   chap2bib, pages -> one combined BibTeX:       {seconds:6.1f} s, {records} records, peak "
              f"{tree / MB:.0f} MB  [{summary}]")
        yardstick = pandoc_yardstick(bib)
        if yardstick:
            print(f"   pandoc, the combined file -> CSL JSON:        {yardstick[0]:6.1f} s, {yardstick[1]} records "
                  f"({bib.stat().st_size / MB:.0f} MB: works cited by many chapters carry long 'Cited in' notes)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
