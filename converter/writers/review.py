"""The review page (`--format html`): one self-contained HTML file for a person to check what was read.

Top to bottom: the problems, counted by kind and listed with links to their notes; the chapter
record; every note as printed, each citation span a link to its work (signal words and the locator
marked inside it, back references and low-confidence readings flagged), the note's problems and its
unparsed text in place; every work with what the model holds and the notes that cite it, each a
link back. No scripts, fonts, images or style sheets from anywhere: links are in-page anchors, so
clicking a citation scrolls to its work in any browser, offline; a print style keeps it readable on
paper. Every text is escaped (html.escape) where it is put in.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from converter.model import PROBLEM_KINDS, Citation, Document, Name, Note, Problem, Work
from converter.writers.options import WriteOptions
from converter.writers.records import keys, kind, records, short_reference

EXTENSION = "html"
MEDIA_TYPE = "text/html"
LOW_CONFIDENCE = 0.5  # a reading below this is flagged (the model's "low-confidence" problems too)

# Model type -> what the page calls it.
TYPES: dict[str, str] = {
    "chapter": "chapter", "book": "book", "article-newspaper": "newspaper item", "article-magazine": "magazine item",
    "article-journal": "journal article", "paper-conference": "conference paper", "entry-encyclopedia": "encyclopedia entry",
    "thesis": "thesis", "report": "report", "document": "document", "preprint": "preprint",
}
PROBLEM_TITLES = {
    "unparsed": "text not read", "ibid-unresolved": "ibid. without a work before it", "merged": "printed forms merged",
    "near-miss": "look-alikes kept apart", "numbering": "note numbering", "header": "chapter fields missing",
    "resolved": "resolved from the bibliography", "ambiguous": "ambiguous short forms",
    "unresolved": "unresolved short forms", "low-confidence": "low-confidence readings",
}

STYLE = """
:root{--ink:#1b1b1b;--muted:#5b5b5b;--cite:#e8f0fe;--cite-line:#3367d6;--warn:#fff4d6;--warn-line:#b26a00;
--bad:#fde8e8;--bad-line:#b3261e;--signal:#6a1b9a;--locator:#00695c}
*{box-sizing:border-box}
body{color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
dl.record{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
dl.record dt{color:var(--muted)}dl.record dd{margin:0}
.summary{background:var(--warn);border-left:4px solid var(--warn-line);padding:.5rem 1rem;margin:1rem 0}
.summary.clean{background:#e6f4ea;border-color:#137333}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;list-style:none}
.counts li{background:#fff;border:1px solid #ddd;border-radius:1rem;padding:0 .6rem}
ol.notes,ol.works{padding-left:0;list-style:none}
li.note,li.work{border-bottom:1px solid #eee;padding:.5rem 0}
.number{display:inline-block;min-width:2.5rem;color:var(--muted);font-variant-numeric:tabular-nums}
a.cite{background:var(--cite);border-bottom:2px solid var(--cite-line);color:inherit;text-decoration:none;border-radius:2px}
a.cite:hover,a.cite:focus{outline:2px solid var(--cite-line)}
a.cite.back{border-bottom-style:dashed}a.cite.low{background:var(--warn);border-bottom-color:var(--warn-line)}
.signal{color:var(--signal);font-style:italic}.locator{color:var(--locator);font-weight:600}
.flag{display:inline-block;font-size:.75rem;border-radius:.3rem;padding:0 .35rem;margin-left:.3rem;background:var(--warn);color:var(--warn-line);border:1px solid var(--warn-line)}
.flag.bad{background:var(--bad);color:var(--bad-line);border-color:var(--bad-line)}
.unparsed{background:var(--bad);border-bottom:2px dotted var(--bad-line)}
ul.problems{margin:.3rem 0 0 2.5rem;padding:0;font-size:.9rem}ul.problems li{color:var(--warn-line)}
.work h3{font-size:1rem;margin:0}.key{font-family:ui-monospace,monospace;color:var(--muted);font-size:.85rem}
.cited-by{font-size:.9rem;color:var(--muted)}.cited-by a{color:var(--cite-line)}
:target{background:#fffbe6;outline:3px solid var(--cite-line);scroll-margin-top:1rem}
@media print{body{max-width:none;font-size:10.5pt}a{color:inherit;text-decoration:none}
a.cite{background:none;border-bottom:1px solid #000}li.note,li.work{break-inside:avoid}
.summary{border:1px solid #000;background:none}:target{outline:none;background:none}}
"""

_SPECIAL = re.compile(r"[&<>\"']")


def escape(text: str) -> str:
    """html.escape, skipped for the many texts with nothing to escape."""
    return html.escape(text) if _SPECIAL.search(text) else text


def names_text(names: tuple[Name, ...]) -> str:
    return "; ".join(n.display() for n in names)


def record_rows(work: Work, key: str) -> list[tuple[str, str]]:
    """(label, value) of what the model holds for a work, empty ones left out."""
    rows = [
        ("type", TYPES.get(kind(work), work.type)), ("key", key), ("title", work.title),
        ("authors", names_text(work.authors) + (" et al." if work.et_al else "")), ("editors", names_text(work.editors)),
        ("date", work.issued.iso() if work.issued else ""), ("in", work.container_title),
        ("abbreviation", work.container_title_short), ("series", " ".join(filter(None, (work.collection_title,
                                                                                   work.collection_number)))),
        ("volume", work.volume), ("issue", work.issue), ("pages", work.page), ("edition", work.edition),
        ("publisher", ", ".join(filter(None, (work.publisher_place, work.publisher)))), ("DOI", work.doi),
        ("ISBN", " ".join(work.isbns)), ("ISSN", work.issn), ("URL", work.url), ("language", work.language),
        ("note", work.note), ("printed as", "; ".join(f"“{form}”" for form in work.short_forms)),
    ]
    return [(label, value) for label, value in rows if value]


def record_list(work: Work, key: str, skip: tuple[str, ...] = ()) -> str:
    rows = "".join(f"<dt>{escape(label)}</dt><dd>{link_or_text(label, value)}</dd>"
                   for label, value in record_rows(work, key) if label not in skip)
    return f'<dl class="record">{rows}</dl>'


def link_or_text(label: str, value: str) -> str:
    if label == "URL" and value.startswith(("http://", "https://")):
        return f'<a href="{escape(value)}">{escape(value)}</a>'
    if label == "DOI":
        return f'<a href="https://doi.org/{escape(value)}">{escape(value)}</a>'
    return escape(value)


def flagged(citation: Citation) -> list[str]:
    flags = []
    if citation.ibid:
        flags.append("ibid.")
    if citation.continuation:
        flags.append("continued")
    if citation.confidence < LOW_CONFIDENCE:
        flags.append(f"low confidence {citation.confidence:.2f}")
    return flags


def citation_html(citation: Citation, key: str, work: Work) -> str:
    """The citation span as a link to its work, its locator marked inside it."""
    text, locator = citation.text, citation.locator.printed
    at = text.rfind(locator) if locator else -1
    inner = escape(text) if at < 0 else (
        escape(text[:at]) + f'<span class="locator">{escape(locator)}</span>' + escape(text[at + len(locator):]))
    classes = ["cite"] + (["back"] if citation.ibid or citation.continuation else []) + (
        ["low"] if citation.confidence < LOW_CONFIDENCE else [])
    title = short_reference(work) + (f" — {citation.locator.printed}" if locator else "")
    flags = "".join(f'<span class="flag">{escape(f)}</span>' for f in flagged(citation))
    return f'<a class="{" ".join(classes)}" href="#work-{escape(key)}" title="{escape(title)}">{inner}</a>{flags}'


def note_html(note: Note, document: Document, key_of: dict[str, str], problems: list[Problem]) -> str:
    """The note as printed, each citation span linked; the signal words before a span marked."""
    text, position, parts = note.text, 0, []
    for citation in note.citations:
        start = text.find(citation.text, position) if citation.text else -1
        if start < 0 or citation.work_id not in key_of:
            continue
        before = text[position:start]
        signal_at = before.rfind(citation.prefix) if citation.prefix else -1
        if signal_at >= 0:
            parts.append(escape(before[:signal_at]))
            parts.append(f'<span class="signal">{escape(citation.prefix)}</span>')
            parts.append(escape(before[signal_at + len(citation.prefix):]))
        else:
            parts.append(escape(before))
        parts.append(citation_html(citation, key_of[citation.work_id], document.work(citation.work_id)))
        position = start + len(citation.text)
    parts.append(escape(text[position:]))
    body = "".join(parts)
    extra = []
    if note.unparsed:
        extra.append(f'<li>not read: <span class="unparsed">{escape(note.unparsed)}</span></li>')
    extra += [f'<li><span class="flag">{escape(p.kind)}</span> {escape(p.message)}</li>' for p in problems]
    flag = '<span class="flag bad">check</span>' if extra else ""
    listing = f'<ul class="problems">{"".join(extra)}</ul>' if extra else ""
    return (f'<li class="note" id="note-{note.number}"><span class="number">{note.number}</span>{body}{flag}'
            f'{listing}</li>')


def work_html(work: Work, key: str, document: Document, chapter_id: str) -> str:
    citing = document.citations_of(work.id)
    links = ", ".join(
        f'<a href="#note-{note.number}">note {note.number}</a>'
        + (f" ({escape(c.locator.printed)})" if c.locator.printed else "") for note, c in citing)
    cited = f'<p class="cited-by">Cited in {links}.</p>' if links else (
        '<p class="cited-by">Not cited by a note.</p>' if work.id != chapter_id else "")
    heading = escape(short_reference(work) or work.id)
    return (f'<li class="work" id="work-{escape(key)}"><h3>{heading} <span class="key">{escape(key)}</span></h3>'
            f'{record_list(work, key, skip=("key",))}{cited}</li>')


def summary_html(document: Document) -> str:
    low = sum(1 for note in document.notes for c in note.citations if c.confidence < LOW_CONFIDENCE)
    counts = Counter(p.kind for p in document.problems)
    unparsed_notes = sum(1 for note in document.notes if note.unparsed)
    if unparsed_notes > counts["unparsed"]:
        counts["unparsed"] = unparsed_notes
    if low > counts["low-confidence"]:
        counts["low-confidence"] = low
    total = sum(counts.values())
    if not total:
        return '<section class="summary clean" id="problems"><strong>No problems found.</strong></section>'
    chips = "".join(f"<li>{escape(PROBLEM_TITLES.get(k, k))}: <strong>{counts[k]}</strong></li>"
                    for k in PROBLEM_KINDS if counts[k])
    items = "".join(
        f'<li><span class="flag">{escape(p.kind)}</span> '
        + (f'<a href="#note-{p.note}">note {p.note}</a>: ' if p.note is not None else "")
        + f"{escape(p.message)}</li>" for p in document.problems)
    return (f'<section class="summary" id="problems"><strong>{total} problem{"s" if total != 1 else ""} to check'
            f'</strong><ul class="counts">{chips}</ul><details><summary>every problem</summary><ul>{items}</ul>'
            "</details></section>")


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    works = records(document, WriteOptions(what="all", key_format=options.key_format))
    key_of = keys(works, options)
    by_note: dict[int, list[Problem]] = {}
    for problem in document.problems:
        if problem.note is not None:
            by_note.setdefault(problem.note, []).append(problem)
    chapter = document.chapter
    title = chapter.title or short_reference(chapter) or ("chapter" if document.has_chapter else "notes")
    chapter_section = (record_list(chapter, key_of[chapter.id]) if document.has_chapter
                       else "<p>No chapter header was found: these notes were read without their page.</p>")
    notes = "".join(note_html(n, document, key_of, by_note.get(n.number, [])) for n in document.notes)
    cited = "".join(work_html(w, key_of[w.id], document, chapter.id) for w in document.works)
    note_count, work_count = len(document.notes), len(document.works)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: {escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header><p class="key">chap2bib review page</p><h1>{escape(title)}</h1></header>
{summary_html(document)}
<section id="chapter"><h2>The chapter</h2>{chapter_section}</section>
<section id="notes"><h2>Notes ({note_count})</h2><ol class="notes">{notes}</ol></section>
<section id="works"><h2>Cited works ({work_count})</h2><ol class="works">{cited}</ol></section>
</body>
</html>
"""

