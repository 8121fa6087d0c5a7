"""Locators: where in a cited work a note points ("p. 41", "Vol. 2, pp. 129, 135", "S. 45 f.").

`match_locator` reads a locator at the START of the text that follows a work's short form and
its ", ", and says how many characters it took, so that the caller keeps the prose after it
("p. 24f., considers the official figures obsolete" -> "p. 24f." only).

A locator is read as a short sequence of comma-separated segments ("Vol. 2", "pp. 129", "135",
"Supplement", "Fn. 43") through a small state machine (`_NEXT`); reading stops at the first
segment that cannot follow, and the locator ends after the last segment at which it was complete.

Decisions (CSL gives a locator one label and one value string):
- `value` is built from the structured parts, not copied: pages are joined with ", " after
  normalizing "61 ff." to "61ff." and the OCR slip "65ft." to "65ff."; `printed` keeps the text
  exactly as printed. A citation processor prints `value` verbatim, so slips must not reach it.
- A footnote inside a cited page ("p. 17, Fn. 1") keeps label "page" and value "17"; the note
  number goes to `note` ("1"). A note cited alone ("n. 3") has label "note", value "3", note "3".
- Structured fields are always filled: "Vol. 2" alone is label "volume", value "2", volume "2".
- Parts, chapters and sections that precede the pages ("Vol. 2, Pt. 1, p. 7", "Supplement,
  p. 11") go to `section` as printed ("Pt. 1", "Supplement"); the pages stay the value.
- Two places in one issue ("p. 3, Supplement, p. 2ff.") keep all pages (("3", "2ff.")) and the
  section ("Supplement"); which page lies in the supplement is left to `printed`.
- A parenthesized locator ("(p. 260)") is read with its parentheses, and `printed` includes
  them: `printed` is always exactly the characters consumed.

All regexes are anchored and use bounded quantifiers only, never nested, so a 100,000-character
note cannot make them backtrack catastrophically; the state machine is linear in the segments.
"""

from __future__ import annotations

import re
from dataclasses import replace

from converter.lexicon import LOCATOR_LABELS, LOCATOR_LIST_LABELS, SECTION_WORDS, YEAR
from converter.model import Locator

LABEL_WORDS = LOCATOR_LABELS  # printed label -> CSL locator label

# Labels followed by a list of values ("pp. 81, 86"). After a singular "p." a bare number is not
# read as another page: in "p. 41, 1957, p. 3" the "1957" starts the next citation.
LIST_LABELS = frozenset(LOCATOR_LIST_LABELS)

# Labels whose values are pages (arabic numbers with "f."/"ff.", ranges, lower-case roman).
_PAGE_LABELS = frozenset({"page", "column"})
# Lower-case roman pages only after "p."/"pp.": after "S." a roman letter is an initial
# ("S. C. Chen").
_ROMAN_PAGE_LABELS = frozenset({"p.", "pp."})


_SP = r"[ \u00a0]"  # Springer pages put no-break spaces after labels
_END = r"(?![^\W_])"  # not followed by a letter or digit
_SEPARATOR = re.compile(r",[ \u00a0]?")


def _label_pattern() -> str:
    dotted = sorted((w for w in LABEL_WORDS if not w[-1].isalpha()), key=len, reverse=True)
    words = sorted((w for w in LABEL_WORDS if w[-1].isalpha()), key=len, reverse=True)
    # "p.41" (OCR) has lost its space; a word label ("table 4") always has one.
    return (
        r"(?:(?P<label>" + "|".join(map(re.escape, dotted)) + rf"){_SP}?"
        r"|(?P<word>" + "|".join(map(re.escape, words)) + rf"){_SP})"
    )


_LABEL = re.compile(_label_pattern())
# A page: "41", "3–7", "738f.", "63ff.", "61 ff.", "65ft." (OCR for "ff."), "738f".
_ARABIC_PAGE = re.compile(
    rf"(?P<number>\d{{1,6}}(?:[-–]\d{{1,6}})?)(?:{_SP}?(?P<suffix>ff|ft(?=\.)|f)\.?)?{_END}"
)
_ROMAN_PAGE = re.compile(rf"[ivxlcdm]{{1,8}}(?:[-–][ivxlcdm]{{1,8}})?{_END}")
# Other values: "3", "12a", "XXI", "2–3", a single capital ("Appendix A", "table B").
_VALUE = re.compile(rf"(?:\d{{1,5}}[a-z]?|[IVXLCDM]{{1,7}}|[A-Z])(?:[-–](?:\d{{1,5}}[a-z]?|[IVXLCDM]{{1,7}}))?{_END}")
_ROMAN_VOLUME = re.compile(rf"[IVXLCDM]{{1,7}}{_END}")  # "V, pp. 432, 433"
# A section word, optionally with its designation: "Supplement", "Suppl.", "Appendix A".
_SECTION = re.compile(
    r"(?:" + "|".join(re.escape(w) + ("" if w.endswith(".") else _END) for w in SECTION_WORDS) + r")"
    + rf"(?:{_SP}(?:[IVX]{{1,4}}|\d{{1,2}}|[A-Z]){_END})?"
)
_PASSIM = re.compile(rf"passim{_END}")
# "f."/"ff." as printed -> as stored; "ft." is how OCR reads "ff." ("p. 65ft.").
_SUFFIXES = {"f": "f.", "ff": "ff.", "ft": "ff."}


def _page(label: str, text: str, pos: int, needs_suffix: bool = False) -> tuple[str, int] | None:
    """One page or range at `pos`, normalized ("61 ff." -> "61ff."), and where it ends."""
    found = _ARABIC_PAGE.match(text, pos)
    if found:
        suffix = found["suffix"]
        if needs_suffix and not suffix:
            return None
        page = found["number"] + (_SUFFIXES[suffix] if suffix else "")
        return page, found.end()
    if label in _ROMAN_PAGE_LABELS and not needs_suffix:
        found = _ROMAN_PAGE.match(text, pos)
        if found:
            return found.group(), found.end()
    return None


# Tokens: (kind, csl label, printed label, value, end).
_Token = tuple[str, str, str, str, int]


def _token(text: str, pos: int, state: str) -> _Token | None:
    """The segment at `pos`, read as what may follow in `state`."""
    found = _LABEL.match(text, pos)
    if found:
        printed_label = found["label"] or found["word"]
        csl = LABEL_WORDS[printed_label]
        if csl in _PAGE_LABELS:
            page = _page(printed_label, text, found.end())
            if page:
                return ("label", csl, printed_label, page[0], page[1])
        else:
            value = _VALUE.match(text, found.end())
            if value:
                return ("label", csl, printed_label, value.group(), value.end())
    found = _SECTION.match(text, pos)
    if found:
        return ("section", "section", "", found.group(), found.end())
    if state == "start":
        found = _PASSIM.match(text, pos)
        if found:
            return ("passim", "page", "", "passim", found.end())
        found = _ROMAN_VOLUME.match(text, pos)
        if found:
            return ("roman", "volume", "", found.group(), found.end())
    return None


def _bare_page(text: str, pos: int, state: str, list_label: bool) -> _Token | None:
    """A page without a label: continuing a list ("pp. 81, 86") or alone with "f."/"ff." ("102f.")."""
    if state == "pages" and list_label:
        page = _page("", text, pos)
    elif state == "start":
        page = _page("", text, pos, needs_suffix=True)
    else:
        return None
    return ("bare", "page", "", page[0], page[1]) if page else None


# state -> {token kind (or "label:<csl label>") -> next state}. Accepting states are those a
# locator may end in; "roman" and "section" only announce what follows them.
_PLACE_AFTER = {
    "label:page": "pages", "label:column": "pages", "label:note": "note", "label:other": "other",
    "section": "section",
}
_NEXT: dict[str, dict[str, str]] = {
    "start": {**_PLACE_AFTER, "label:volume": "volume", "roman": "roman", "passim": "done", "bare": "done"},
    "volume": _PLACE_AFTER,
    "roman": _PLACE_AFTER,
    "section": _PLACE_AFTER,
    "other": _PLACE_AFTER,
    "pages": {"bare": "pages", "label:note": "note", "section": "later-section"},
    "note": {"section": "later-section"},
    "later-section": {"label:page": "pages", "label:column": "pages"},
    "done": {},
}
_ACCEPTING = frozenset({"volume", "other", "pages", "note", "done"})


def _kind(token: _Token) -> str:
    kind, csl = token[0], token[1]
    if kind != "label":
        return kind
    return f"label:{csl}" if csl in ("page", "column", "note", "volume") else "label:other"


class _Reading:
    """What has been read so far; lists only grow, so a complete state is remembered by counts."""

    def __init__(self) -> None:
        self.volume = ""
        self.sections: list[str] = []
        self.label = "page"
        self.items: list[str] = []
        self.note = ""
        self.pending = ("", "", "")  # a part/chapter/table read last: (csl label, value, printed)
        self.list_label = False

    def take(self, token: _Token, state: str, printed: str) -> None:
        kind, csl, printed_label, value, _end = token
        if state == "other":  # the part read before is a section of what follows
            self.sections.append(self.pending[2])
        if kind in ("label", "roman") and csl == "volume":
            self.volume = value
        elif kind == "section":
            self.sections.append(value)
        elif kind == "label" and csl == "note":
            self.note = value
        elif kind == "label" and csl in _PAGE_LABELS:
            self.label = csl
            self.items.append(value)
            self.list_label = printed_label in LIST_LABELS
        elif kind == "label":
            self.pending = (csl, value, printed)
        else:  # a bare page or "passim"
            self.items.append(value)

    def snapshot(self, state: str, end: int) -> tuple:
        return (state, end, self.volume, len(self.sections), self.label, len(self.items), self.note, self.pending)

    def locator(self, snapshot: tuple, printed: str) -> Locator:
        state, _end, volume, n_sections, label, n_items, note, pending = snapshot
        items = tuple(self.items[:n_items])
        section = ", ".join(self.sections[:n_sections])
        common = {"printed": printed, "volume": volume, "note": note, "section": section}
        if state == "volume":
            return Locator(label="volume", value=volume, **common)
        if state == "other":
            return Locator(label=pending[0], value=pending[1], **common)
        if items == ("passim",):
            return Locator(label="page", value="passim", **common)
        if not items:  # a note cited alone
            return Locator(label="note", value=note, **common)
        pages = items if label == "page" else ()
        return Locator(label=label, value=", ".join(items), pages=pages, **common)


def _read(text: str, pos: int) -> tuple[_Reading, tuple] | None:
    """Read segments from `pos`; the reading and the snapshot of its last complete state."""
    reading, state, best = _Reading(), "start", None
    while True:
        token = _token(text, pos, state) or _bare_page(text, pos, state, reading.list_label)
        next_state = _NEXT[state].get(_kind(token)) if token else None
        if next_state is None:
            return (reading, best) if best else None
        reading.take(token, state, text[pos : token[4]])
        state, pos = next_state, token[4]
        if state in _ACCEPTING:
            best = reading.snapshot(state, pos)
        separator = _SEPARATOR.match(text, pos)
        if not separator:
            return (reading, best) if best else None
        pos = separator.end()


def match_locator(text: str) -> tuple[Locator, int] | None:
    """The locator at the start of `text` and the number of characters it takes, or None.

    "pp. 81, 86; KMJP" -> (Locator(printed="pp. 81, 86", value="81, 86", pages=("81", "86")), 10).
    """
    opened = text.startswith("(")
    found = _read(text, 1 if opened else 0)
    if found is None:
        return None
    reading, best = found
    end = best[1]
    if opened:
        if not text.startswith(")", end):
            return None  # a parenthesis holding more than a locator is prose
        end += 1
    return reading.locator(best, text[:end]), end


# Pages printed without a label, as Chicago notes print them after a full citation, a short
# title, ibid. or an author-date short form: "512–15", "45–47, 50", "99f.". A lone four-digit
# number that could be a year ("1968") is not taken for a page.
BARE_PAGE = r"\d{1,5}(?:\s?[–-]\s?\d{1,5})?(?:\s?f{1,2}\.)?"
BARE_PAGES = re.compile(rf"(?P<pages>{BARE_PAGE}(?:,\s?{BARE_PAGE})*)(?=$|[.;:)\]]|,\s)")
YEAR_LIKE = re.compile(rf"^(?:{YEAR})$")


def match_bare_pages(text: str) -> tuple[Locator, int] | None:
    """Unlabelled pages at the start of `text`: "512–15." -> Locator(value="512–15", pages=("512–15",))."""
    match = BARE_PAGES.match(text)
    if not match or YEAR_LIKE.match(re.split(r"[\s,–-]", match["pages"])[0]):
        return None
    pages = tuple(re.sub(r"\s+(?=f)", "", page.strip()) for page in match["pages"].split(","))
    printed = match["pages"]
    return Locator(printed=printed, label="page", value=", ".join(pages), pages=pages), match.end()


# Longer than any printed locator ("S. 12, 14, 17–19, 23 f., 31, Anm. 4"): where one is looked for.
LOCATOR_WINDOW = 400


def read_locator(printed: str) -> Locator | None:
    """The whole of `printed` as the locator grammar reads it ("p. 41", "S. 12 f.", "V, pp. 432,
    433"), or None."""
    matched = match_locator(printed) or match_bare_pages(printed)
    if matched and matched[1] >= len(printed.rstrip(".")) - 1:
        return unbracket(matched[0])
    return None


def read_locator_after(clause: str, position: int) -> tuple[int, Locator]:
    """A locator right after a short form (", p. 41", " (p. 260)", or Chicago's bare ", 512–15" and
    ": 363–81"); its end and value."""
    rest = clause[position:position + LOCATOR_WINDOW]  # a window, not the rest: a long note stays linear
    for opener in (", ", " ", ": "):
        if rest.startswith(opener):
            matched = match_locator(rest[len(opener):])
            if not matched and opener != " ":
                matched = match_bare_pages(rest[len(opener):])
            if matched:
                locator, consumed = matched
                return position + len(opener) + consumed, unbracket(locator)
    return position, Locator()


def unbracket(locator: Locator) -> Locator:
    """"NCNA, Sept. 24, 1954 (p. 260)": the brackets belong to the note, not to the locator."""
    if locator.printed.startswith("(") and locator.printed.endswith(")"):
        return replace(locator, printed=locator.printed[1:-1])
    return locator
