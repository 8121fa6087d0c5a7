"""The model itself as JSON (`--format json`): versioned, documented in the README, round-trippable.

`chapter` and each of `works` are CSL-JSON items; what CSL has no variable for sits in
`annotations`, keyed by work id. `read(write(doc)) == doc` holds for every document.
"""

from __future__ import annotations

import json
from typing import Any

from converter.csl import work_from_csl, work_to_csl
from converter.errors import ConversionError, ModelVersionError
from converter.model import MODEL_VERSION, Citation, Document, Locator, Note, Problem
from converter.writers.options import WriteOptions

EXTENSION = "json"
MEDIA_TYPE = "application/json"


def locator_to_json(locator: Locator) -> dict[str, Any]:
    parts: dict[str, Any] = {}
    for key in ("printed", "volume", "note", "section"):
        if getattr(locator, key):
            parts[key] = getattr(locator, key)
    if locator.pages:
        parts["pages"] = list(locator.pages)
    return parts


def citation_to_json(citation: Citation) -> dict[str, Any]:
    item: dict[str, Any] = {"id": citation.work_id}
    if citation.locator.value:
        item["locator"] = citation.locator.value
        item["label"] = citation.locator.label
    parts = locator_to_json(citation.locator)
    if parts:
        item["locator_parts"] = parts
    if citation.prefix:
        item["prefix"] = citation.prefix
    if citation.suffix:
        item["suffix"] = citation.suffix
    item["ibid"] = citation.ibid
    if citation.continuation:
        item["continuation"] = True
    if citation.confidence < 1:
        item["confidence"] = round(citation.confidence, 3)
    item["text"] = citation.text
    return item


def citation_from_json(item: dict[str, Any]) -> Citation:
    parts = item.get("locator_parts", {})
    locator = Locator(
        printed=parts.get("printed", ""),
        label=item.get("label", "page"),
        value=item.get("locator", ""),
        volume=parts.get("volume", ""),
        pages=tuple(parts.get("pages", ())),
        note=parts.get("note", ""),
        section=parts.get("section", ""),
    )
    return Citation(
        work_id=item["id"],
        text=item["text"],
        locator=locator,
        prefix=item.get("prefix", ""),
        suffix=item.get("suffix", ""),
        ibid=item.get("ibid", False),
        continuation=item.get("continuation", False),
        confidence=item.get("confidence", 1.0),
    )


def problem_to_json(problem: Problem) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": problem.kind, "message": problem.message}
    if problem.note is not None:
        item["note"] = problem.note
    if problem.text:
        item["text"] = problem.text
    return item


def cited_in(document: Document, work_id: str) -> list[dict[str, Any]]:
    """Derived, not stored: the notes citing a work and their locators."""
    places = []
    for note, citation in document.citations_of(work_id):
        place: dict[str, Any] = {"note": note.number}
        if citation.locator.printed:
            place["locator"] = citation.locator.printed
        places.append(place)
    return places


def to_json_object(document: Document) -> dict[str, Any]:
    chapter, chapter_annotation = work_to_csl(document.chapter)
    annotations: dict[str, Any] = {}
    if chapter_annotation:
        annotations[document.chapter.id] = chapter_annotation
    works = []
    for work in document.works:
        item, annotation = work_to_csl(work)
        works.append(item)
        annotation["cited_in"] = cited_in(document, work.id)
        annotations[work.id] = annotation
    notes = [
        {
            "number": note.number,
            "text": note.text,
            "citations": [citation_to_json(c) for c in note.citations],
            "unparsed": note.unparsed,
        }
        for note in document.notes
    ]
    return {
        "version": MODEL_VERSION,
        "chapter": chapter,
        "works": works,
        "notes": notes,
        "problems": [problem_to_json(p) for p in document.problems],
        "annotations": annotations,
    }


def write(document: Document, options: WriteOptions = WriteOptions()) -> str:
    """The whole model; the model dump ignores `options` (it is the document itself)."""
    return dump_by_record(to_json_object(document))


# One encoder for every record: json.dumps with arguments builds a new one per call.
compact = json.JSONEncoder(ensure_ascii=False).encode


def dump_by_record(data: dict[str, Any]) -> str:
    """JSON with one record per line (each chapter field, work, note, problem, annotation): easy to
    read and to diff, and fast, since json's C encoder only runs without `indent`."""
    lines = ["{"]
    for position, (key, value) in enumerate(data.items()):
        comma = "," if position < len(data) - 1 else ""
        if isinstance(value, (list, dict)) and value:
            opening, closing = ("[", "]") if isinstance(value, list) else ("{", "}")
            entries = value if isinstance(value, list) else [f"{compact(k)}: {compact(v)}" for k, v in value.items()]
            if isinstance(value, list):
                entries = [compact(entry) for entry in entries]
            lines.append(f"  {compact(key)}: {opening}")
            lines += [f"    {entry}{',' if i < len(entries) - 1 else ''}" for i, entry in enumerate(entries)]
            lines.append(f"  {closing}{comma}")
        else:
            lines.append(f"  {compact(key)}: {compact(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def read(text: str) -> Document:
    """The inverse of `write`: a Document from its JSON dump. ConversionError for what is no model dump
    (ModelVersionError for a dump of another version)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConversionError(f"not a model dump: invalid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(data, dict):
        raise ConversionError("not a model dump: the JSON is not an object")
    if data.get("version") != MODEL_VERSION:
        raise ModelVersionError(f"unsupported model version {data.get('version')!r} (this release reads "
                                f"version {MODEL_VERSION})")
    try:
        return document_from(data)
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise ConversionError(f"not a model dump: {type(error).__name__}: {error}") from None


def document_from(data: dict[str, Any]) -> Document:
    annotations = data.get("annotations", {})
    chapter = work_from_csl(data["chapter"], annotations.get(data["chapter"]["id"]))
    works = tuple(work_from_csl(w, annotations.get(w["id"])) for w in data["works"])
    notes = tuple(
        Note(
            number=n["number"],
            text=n["text"],
            citations=tuple(citation_from_json(c) for c in n["citations"]),
            unparsed=n.get("unparsed", ""),
        )
        for n in data["notes"]
    )
    problems = tuple(
        Problem(kind=p["kind"], message=p["message"], note=p.get("note"), text=p.get("text", ""))
        for p in data["problems"]
    )
    return Document(chapter=chapter, works=works, notes=notes, problems=problems)
