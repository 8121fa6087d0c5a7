"""Works and names <-> CSL-JSON items, the one mapping shared by the model dump and the CSL writer.

What CSL has no variable for (the short forms as printed, the "et al." flag, the copyright line)
is returned separately as an annotation, so that every item stays valid against csl-data.json.
"""

from __future__ import annotations

from typing import Any

from converter.model import Date, Name, Work

# Work attribute -> CSL variable, for the plain string variables.
STRING_VARIABLES: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("title_short", "title-short"),
    ("year_suffix", "year-suffix"),
    ("container_title", "container-title"),
    ("container_title_short", "container-title-short"),
    ("collection_title", "collection-title"),
    ("collection_number", "collection-number"),
    ("event_title", "event-title"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("page", "page"),
    ("chapter_number", "chapter-number"),
    ("edition", "edition"),
    ("genre", "genre"),
    ("publisher", "publisher"),
    ("publisher_place", "publisher-place"),
    ("doi", "DOI"),
    ("issn", "ISSN"),
    ("url", "URL"),
    ("abstract", "abstract"),
    ("language", "language"),
    ("note", "note"),
    ("citation_key", "citation-key"),
)

# Work attribute -> annotation key, for what CSL cannot hold.
ANNOTATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("short_forms", "short_forms"),
    ("et_al", "et_al"),
    ("copyright", "copyright"),
    ("collection_title_short", "collection_title_short"),
)

ISBN_SEPARATOR = " "  # Zotero's ISBN field takes several ISBNs separated by spaces
KEYWORD_SEPARATOR = ", "  # CSL's keyword variable is one string


def name_to_csl(name: Name) -> dict[str, Any]:
    if name.literal:
        return {"literal": name.literal}
    item: dict[str, Any] = {"family": name.family}
    if name.given:
        item["given"] = name.given
    if name.particle:
        item["non-dropping-particle"] = name.particle
    if name.suffix:
        item["suffix"] = name.suffix
    if name.family_first:
        item["static-ordering"] = True
    return item


def name_from_csl(item: dict[str, Any]) -> Name:
    if "literal" in item:
        return Name(literal=item["literal"])
    return Name(
        family=item.get("family", ""),
        given=item.get("given", ""),
        particle=item.get("non-dropping-particle", ""),
        suffix=item.get("suffix", ""),
        family_first=bool(item.get("static-ordering", False)),
    )


def date_to_csl(date: Date) -> dict[str, Any]:
    parts = [list(date.parts)]
    if date.end:
        parts.append(list(date.end))
    return {"date-parts": parts}


def date_from_csl(item: dict[str, Any]) -> Date:
    parts = item["date-parts"]
    start = tuple(int(p) for p in parts[0])
    end = tuple(int(p) for p in parts[1]) if len(parts) > 1 else ()
    return Date(start, end)


def work_to_csl(work: Work) -> tuple[dict[str, Any], dict[str, Any]]:
    """(CSL-JSON item, annotation) for one work; empty values are left out."""
    item: dict[str, Any] = {"id": work.id, "type": work.type}
    if work.authors:
        item["author"] = [name_to_csl(n) for n in work.authors]
    if work.editors:
        item["editor"] = [name_to_csl(n) for n in work.editors]
    if work.translators:
        item["translator"] = [name_to_csl(n) for n in work.translators]
    if work.issued:
        item["issued"] = date_to_csl(work.issued)
    for attribute, variable in STRING_VARIABLES:
        value = getattr(work, attribute)
        if value:
            item[variable] = value
    if work.isbns:
        item["ISBN"] = ISBN_SEPARATOR.join(work.isbns)
    if work.keywords:
        item["keyword"] = KEYWORD_SEPARATOR.join(work.keywords)
    annotation: dict[str, Any] = {}
    for attribute, key in ANNOTATION_FIELDS:
        value = getattr(work, attribute)
        if value:
            annotation[key] = list(value) if isinstance(value, tuple) else value
    return item, annotation


def work_from_csl(item: dict[str, Any], annotation: dict[str, Any] | None = None) -> Work:
    annotation = annotation or {}
    values: dict[str, Any] = {"id": str(item["id"]), "type": item["type"]}
    values["authors"] = tuple(name_from_csl(n) for n in item.get("author", ()))
    values["editors"] = tuple(name_from_csl(n) for n in item.get("editor", ()))
    values["translators"] = tuple(name_from_csl(n) for n in item.get("translator", ()))
    if "issued" in item:
        values["issued"] = date_from_csl(item["issued"])
    for attribute, variable in STRING_VARIABLES:
        if variable in item:
            values[attribute] = str(item[variable])
    if "ISBN" in item:
        values["isbns"] = tuple(item["ISBN"].split(ISBN_SEPARATOR))
    if "keyword" in item:
        values["keywords"] = tuple(item["keyword"].split(KEYWORD_SEPARATOR))
    for attribute, key in ANNOTATION_FIELDS:
        if key in annotation:
            value = annotation[key]
            values[attribute] = tuple(value) if isinstance(value, list) else value
    return Work(**values)
