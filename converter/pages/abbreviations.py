"""A page's own list of abbreviations (under "Abbreviations", "Abkürzungen", ...): lines such as
"CNA = China News Analysis", "CNA: China News Analysis", "CNA<TAB>China News Analysis" -> siglum -> title."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "CNA<TAB>China News Analysis", "CNA = China News Analysis", "CNA: China News Analysis",
# "CNA – China News Analysis", "CNA    China News Analysis".
LINE = re.compile(r"^\s*(?P<abbrev>[^\s=:]{1,15})\s*(?:\t+|\s=\s|:\s|\s[–—-]\s|\s{2,})\s*(?P<full>\S.*?)\s*$")


def parse_abbreviation_lines(lines: Iterable[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in lines:
        line = line.strip().lstrip("•").strip()
        if not line or line.startswith("#"):
            continue
        match = LINE.match(line)
        if match and any(c.isupper() for c in match["abbrev"]) and len(match["full"]) > len(match["abbrev"]):
            table.setdefault(match["abbrev"].rstrip("."), match["full"])
    return table
