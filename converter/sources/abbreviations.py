"""`--abbreviations FILE`: a TSV file of `abbrev<TAB>full title` lines (`#` comments) -> siglum -> title."""

from __future__ import annotations

from converter.errors import ConversionError


def load_abbreviations(path: str) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConversionError(f"cannot read the abbreviations file ({error})", source=path) from None
    table = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        abbrev, tab, full = line.partition("\t")
        if not tab or not abbrev.strip() or not full.strip():
            raise ConversionError("expected 'abbreviation<TAB>full title'", source=f"{path}:{number}")
        table[abbrev.strip()] = full.strip()
    return table
