"""How well chap2bib reads real text: the corpus of real notes and reference lists in ../shared/corpus
(both of its scorers), and the project's own example pages against their reviewed goldens.

    python benchmarks/accuracy.py [--chap2bib .venv/bin/chap2bib] [--corpus ../shared/corpus]

Prints one Markdown table per part, the tables the README shows. The corpus is third-party text kept
outside the project for measuring only: this script reads it where it lies and copies nothing of it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SUMMARY = re.compile(r"f1=(?P<f1>[\d.]+) \(tp=(?P<tp>\d+) fp=(?P<fp>\d+) fn=(?P<fn>\d+)\)"
                     r"(?: locator=(?P<locator>\d+/\d+))?.*?names=(?P<names>\d+/\d+).*?chapter=(?P<chapter>\d+/\d+)"
                     r" fields=(?P<fields>\d+/\d+)")


def corpus_tables(chap2bib: str, corpus: Path, results: Path) -> str:
    """score.py over the three datasets: its own table, as it prints it."""
    run = subprocess.run([sys.executable, str(corpus / "score.py"), "--run", "--chap2bib", chap2bib,
                          "--results", str(results)], capture_output=True, text=True, check=True)
    return "\n".join(line for line in run.stdout.splitlines() if line.startswith("|"))


def page_rows(chap2bib: str, corpus: Path, scratch: Path) -> list[str]:
    """score_pages.py for every saved page that has a gold file."""
    rows = ["| page | citation F1 (tp/fp/fn) | locators | names | full-reference fields | chapter fields |",
            "|---|---|---|---|---|---|"]
    for gold in sorted((corpus / "pages").glob("*_gold.py")):
        stem = gold.name[: -len("_gold.py")]
        page = next((p for p in (corpus / "pages").glob(f"{stem}.*") if p.suffix in (".txt", ".html")), None)
        if page is None:
            continue
        model = scratch / f"{stem}.json"
        subprocess.run([chap2bib, str(page), "-f", "json", "-o", str(model), "-q"], capture_output=True, check=False)
        scored = subprocess.run([sys.executable, str(corpus / "score_pages.py"), str(model), str(gold), "--summary"],
                                capture_output=True, text=True)
        match = SUMMARY.search(scored.stdout)
        if not match:
            rows.append(f"| {stem} | not scored: {scored.stdout.strip() or scored.stderr.strip()[:80]} | | | | |")
            continue
        rows.append(f"| {stem} | {float(match['f1']):.2f} ({match['tp']}/{match['fp']}/{match['fn']}) | "
                    f"{match['locator'] or '–'} | {match['names']} | {match['fields']} | {match['chapter']} |")
    return rows


def own_rows() -> list[str]:
    """The project's own pages: how many citations read as their reviewed golden says."""
    from case_files import PAGE_CASES, page_of

    from converter import parse
    from converter.writers import json_model

    rows = ["| page | notes | works | citations as in the reviewed golden |", "|---|---|---|---|"]
    for case in PAGE_CASES:
        golden = json_model.read((case / "model.json").read_text(encoding="utf-8"))
        document = parse(page_of(case).read_text(encoding="utf-8"))

        def cited(doc):
            return [(n.number, doc.work(c.work_id).short_forms[:1] or (doc.work(c.work_id).title,),
                     c.locator.printed, c.ibid) for n in doc.notes for c in n.citations]

        expected, found = cited(golden), cited(document)
        same = sum(1 for a, b in zip(expected, found) if a == b) if len(expected) == len(found) else sum(
            1 for item in expected if item in found)
        share = f"{same}/{len(expected)}" if expected else "–"
        rows.append(f"| {case.name} | {len(document.notes)} | {len(document.works)} | {share} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chap2bib", default=str(ROOT / ".venv" / "bin" / "chap2bib"))
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        print("## Real notes and reference lists (../shared/corpus/score.py)\n")
        print(corpus_tables(args.chap2bib, args.corpus, scratch / "results"))
        print("\n## Real saved pages with gold (../shared/corpus/score_pages.py)\n")
        print("\n".join(page_rows(args.chap2bib, args.corpus, scratch)))
        print("\n## The project's own pages (tests/cases)\n")
        print("\n".join(own_rows()))
        examples = scratch / "results" / "examples.json"
        if examples.exists():
            print(f"\n(miss samples: {len(json.loads(examples.read_text()))} kinds in {examples})", file=sys.stderr)


if __name__ == "__main__":
    main()
