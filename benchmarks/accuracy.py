"""How well chap2bib reads real text: the corpus of real notes and reference lists in ../shared/corpus,
with both of its scorers, and how much of the project's own example pages it reads without doubt (their
reviewed readings are checked field by field by the tests; here: what is left unread or read with low
confidence).

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


def own_rows(chap2bib: str, scratch: Path) -> list[str]:
    """The example pages: notes, citations and works read, and what the reader reports it could not read
    or read with low confidence."""
    rows = ["| example page | notes | citations | works | unparsed | low-confidence |", "|---|---|---|---|---|---|"]
    for page in sorted((ROOT / "examples").glob("*.txt")):
        model = scratch / f"{page.stem}.json"
        subprocess.run([chap2bib, str(page), "-f", "json", "-o", str(model), "-q"], capture_output=True, check=False)
        document = json.loads(model.read_text(encoding="utf-8"))
        citations = sum(len(note["citations"]) for note in document["notes"])
        kinds = [problem["kind"] for problem in document["problems"]]
        rows.append(f"| {page.name} | {len(document['notes'])} | {citations} | {len(document['works'])} | "
                    f"{kinds.count('unparsed')} | {kinds.count('low-confidence')} |")
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
        print("\n## The project's own example pages\n")
        print("\n".join(own_rows(args.chap2bib, scratch)))
        examples = scratch / "results" / "examples.json"
        if examples.exists():
            print(f"\n(miss samples: {len(json.loads(examples.read_text()))} kinds in {examples})", file=sys.stderr)


if __name__ == "__main__":
    main()
