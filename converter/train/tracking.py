"""CSL style elements that mark where each field lands in citeproc-py's output.

A style is parsed with these subclasses in place of citeproc-py's own Text, Number, Name, Label
and Date elements. Each wraps the value it renders in private-use sentinel characters, after the
style's own text-case and formatting and before its quotes and affixes, so the sentinels hold
exactly the field as printed (initialized names, reformatted page ranges, localized dates).
`spans.py` reads the sentinels back into offsets. Nothing of citeproc-py is patched: only styles
parsed by `parse_style` use these classes.
"""

from __future__ import annotations

from citeproc import model
from citeproc.frontend import CitationStylesStyle
from citeproc.string import String, normalize_seam
from lxml import etree

from converter import lexicon as L
from converter.labeller import tokens as T

CSL_NS = "http://purl.org/net/xbiblio/csl"
DROP = "drop"  # citation numbers and labels: removed from the text with their brackets
KINDS = T.LABELS + (DROP,)
STRONG_BASE, WEAK_BASE, CLOSE = 0xE000, 0xE040, "\ue0ff"
SENTINELS = frozenset(chr(STRONG_BASE + i) for i in range(len(KINDS))) | frozenset(
    chr(WEAK_BASE + i) for i in range(len(KINDS))) | {CLOSE}

# CSL variable -> label of its value. Variables not listed are left as "other".
VARIABLE_LABELS = {
    "author": T.AUTHOR, "editor": T.EDITOR, "translator": T.TRANSLATOR,
    "title": T.TITLE, "title-short": T.TITLE, "container-title": T.CONTAINER,
    "container-title-short": T.CONTAINER, "event": T.CONTAINER, "collection-title": T.COLLECTION,
    "collection-number": T.COLLECTION, "volume": T.VOLUME, "issue": T.ISSUE, "number": T.ISSUE,
    "page": T.PAGES, "page-first": T.PAGES, "locator": T.LOCATOR, "issued": T.DATE,
    "accessed": T.NOTE, "original-date": T.NOTE, "edition": T.EDITION, "publisher": T.PUBLISHER,
    "publisher-place": T.PLACE, "event-place": T.PLACE, "DOI": T.IDENTIFIER, "URL": T.IDENTIFIER,
    "ISBN": T.IDENTIFIER, "ISSN": T.IDENTIFIER, "genre": T.GENRE, "note": T.NOTE, "medium": T.NOTE,
    "citation-number": DROP, "citation-label": DROP,
    # a locator's label names the kind of place cited ("p.", "S.", "vol.")
    "page-label": T.LOCATOR, "chapter": T.LOCATOR, "folio": T.LOCATOR, "section": T.LOCATOR,
    "paragraph": T.LOCATOR, "column": T.LOCATOR, "line": T.LOCATOR, "note-label": T.LOCATOR,
}
# Terms printed next to a field that belong to it ("2nd ed.", "accessed 3 May 2020"); they become
# weak spans, kept only when they touch a field of the same label.
TERM_LABELS = {
    "edition": T.EDITION, "accessed": T.NOTE, "volume": T.VOLUME,
    "issue": T.ISSUE, "page": T.PAGES, "editor": T.EDITOR, "editortranslator": T.EDITOR,
    "translator": T.TRANSLATOR, "original-work-published": T.NOTE, "reprint": T.NOTE,
    # records have no interviewers: a style printing this role's term printed it for nothing,
    # and a translator-kind weak piece left alone makes `render` drop the output
    "interviewer": T.TRANSLATOR,
}
# Terms that are a field on their own.
STANDALONE_TERMS = {"no date": T.DATE, "no-date": T.DATE, "in press": T.DATE, "forthcoming": T.DATE}


def _locator_labels(kind: str) -> set[str]:
    return {label for label, csl in L.LOCATOR_LABELS.items() if csl == kind}


def _capitalized(labels) -> set[str]:
    return {cased for label in labels for cased in (label, label[:1].upper() + label[1:])}


def _spellings(labels) -> set[str]:
    """Labels as the lexicon prints them, capitalized, and without their full stop ("Vol", "pp")."""
    return {form for label in _capitalized(labels) for form in (label, label.rstrip("."))}


# Literal label texts some styles print instead of terms ("p. " before the pages); weak. They are
# the lexicon's labels as printed (a style's own literal is no term a locale would translate).
PAGE_LABELS = _locator_labels("page") | {"s."} | {label.rstrip(".") for label in _locator_labels("page")
                                                  if label.islower()}
# The lexicon's serial marks do not tell an issue from a volume: the issue labels are listed here.
ISSUE_LABELS = ("no.", "No.", "n.", "Nr.", "H.", "nº", "n°")
# A bare "ed." is an edition, "(ed.)" an editor; "Hrsg." and "dir." are editors bare too.
EDITION_LABELS = {label for label in _capitalized(L.EDITION_WORDS) if label.endswith(".")}
EDITOR_LABELS = {f"({mark})" for mark in _capitalized(L.EDITOR_MARKS_AFTER)} | {
    mark for marks in L.EDITOR_MARKS_AFTER_BY_LANGUAGE.values() for mark in marks
    if mark.endswith(".") and mark.lower() not in L.EDITION_WORDS}
VALUE_LABELS = {
    **dict.fromkeys(PAGE_LABELS, T.PAGES), **dict.fromkeys(_locator_labels("volume"), T.VOLUME),
    **dict.fromkeys(ISSUE_LABELS, T.ISSUE), **dict.fromkeys(EDITION_LABELS, T.EDITION),
    **dict.fromkeys(EDITOR_LABELS, T.EDITOR),
}


# Kinds whose label a style may print as the variable's prefix ("p. " + page, "v. " + volume);
# such a prefix belongs to the field's span: any label of the lexicon's, and words it lacks.
LABELLED_KINDS = (T.PAGES, T.VOLUME, T.ISSUE, T.LOCATOR, T.COLLECTION, T.EDITION)
PREFIX_LABELS = frozenset(VALUE_LABELS) | _spellings([*L.LOCATOR_LABELS, *L.SERIAL_MARKS]) | {
    "Number", "Page", "Pages", "Seite", "Seiten"}


def with_label_prefix(element, value, kind: str, weak: bool = False):
    """Mark `value` and add the element's affixes; a prefix that is the field's own label
    ("p. ") goes inside the mark."""
    prefix = element.get("prefix", "")
    if kind in LABELLED_KINDS and prefix.strip() and prefix.strip() in PREFIX_LABELS:
        text = mark(prefix + str(value), kind, weak)
        suffix = element.get("suffix", "")
        return text + normalize_seam(text, suffix) if suffix else text
    return element.wrap(mark(value, kind, weak))


def opener(kind: str, weak: bool = False) -> str:
    return chr((WEAK_BASE if weak else STRONG_BASE) + KINDS.index(kind))


def kind_of(char: str) -> tuple[str, bool]:
    """(kind, weak) of an opening sentinel."""
    code = ord(char)
    if code >= WEAK_BASE:
        return KINDS[code - WEAK_BASE], True
    return KINDS[code - STRONG_BASE], False


class Marked(String):
    """A rendered value with its sentinels. Case changes of an enclosing macro skip the sentinels,
    so "capitalize-first" still reaches the value's first letter."""

    def capitalize_first(self):
        for index, char in enumerate(self):
            if char not in SENTINELS:
                return self.__class__(self[:index] + char.upper() + self[index + 1:])
        return self


def mark(text, kind: str | None, weak: bool = False):
    if not text or kind is None or isinstance(text, int):
        return text
    return Marked(opener(kind, weak) + str(text) + CLOSE)


def variable_kind(variable: str | None) -> str | None:
    return VARIABLE_LABELS.get(variable) if variable else None


class Text(model.Text):
    def markup(self, text, language):
        variable, term = self.get("variable"), self.get("term")
        kind, weak = variable_kind(variable), False
        if kind is None and term is not None:
            kind, weak = STANDALONE_TERMS.get(term), False
            if kind is None:
                kind, weak = TERM_LABELS.get(term), True
        elif kind is None and self.get("value") is not None:
            kind, weak = VALUE_LABELS.get(self.get("value").strip()), True
        if not text or kind is None:
            return super().markup(text, language)
        value = self.format(self.case(self.strip_periods(text), language))
        if self.get("quotes", "false").lower() == "true":
            return self.wrap(self.quote(mark(value, kind, weak)))
        return with_label_prefix(self, value, kind, weak)


class Number(model.Number):
    def markup(self, text):
        kind = variable_kind(self.get("variable"))
        if not text or kind is None:
            return super().markup(text)
        return with_label_prefix(self, self.format(self.case(self.strip_periods(text))), kind)


class Name(model.Name):
    def render(self, item, variable, context=None, sort_options=None, **kwargs):
        text = self.process(item, variable, context=context, sort_options=sort_options, **kwargs)
        text = self.markup(text)
        return text if sort_options else mark(text, variable_kind(variable))

    def initialize(self, given, mark_, context):
        """citeproc-py takes a lower-case part after a hyphen for a particle ("Chung-li" ->
        "C.-. li ."); initialize each hyphen part instead ("C.-l.")."""
        parts = given.split("-")
        if len(parts) > 1 and " " not in given and all(parts) and any(p[0].islower() for p in parts[1:]):
            joiner = "-" if self.get_option("initialize-with-hyphen", context) else ""
            return joiner.join(part[0] + mark_.rstrip() for part in parts)
        return super().initialize(given, mark_, context)


class Label(model.Label):
    def render(self, item, variable=None, plural=None, context=None, **kwargs):
        text = self.process(item, variable, plural, context=context, **kwargs)
        variable = variable or self.get("variable")
        if variable == "locator" and item.has_locator:
            variable = "locator"
        if not text:
            return None
        value = self.format(self.case(self.strip_periods(text)))
        return self.wrap(mark(value, variable_kind(variable), weak=True))


class Date(model.Date):
    def wrap(self, string):
        """citeproc-py adds a date's affixes through the style's date element even when a locale
        date renders it: marking here keeps "(" and ")" outside the mark. An access date keeps
        the words of its prefix ("[Zugriff am 3.5.2020]": the note is "Zugriff am 3.5.2020")."""
        if string is None or self.is_locale_date():
            return super().wrap(string)
        variable = self.get("variable")
        prefix = self.get("prefix", "")
        if variable == "accessed" and prefix.strip(" ,.;:([") and len(prefix) < 30:
            words = prefix.lstrip(" ,.;:([")
            marked = mark(words + str(string), variable_kind(variable))
            text = prefix[:len(prefix) - len(words)] + marked
            suffix = self.get("suffix", "")
            return text + normalize_seam(text, suffix) if suffix else text
        return super().wrap(mark(string, variable_kind(variable)))


TRACKED = {"text": Text, "number": Number, "label": Label, "name": Name, "date": Date}


def give_names_a_name(root) -> None:
    """A cs:names without a cs:name makes citeproc-py insert its own (untracked) Name element;
    insert a tracked one first. Names inside cs:substitute stay bare: they borrow their
    parent's cs:name."""
    for names in root.iter(f"{{{CSL_NS}}}names"):
        if names.find(f"{{{CSL_NS}}}name") is None and names.getparent().tag != f"{{{CSL_NS}}}substitute":
            names.insert(0, names.makeelement(f"{{{CSL_NS}}}name", {}))


class TrackedStyle(CitationStylesStyle):
    """A CSL style parsed with the tracking elements (no schema validation: it is slow, and
    citeproc-py only warns on failure anyway)."""

    def __init__(self, path: str, locale: str | None = None):
        lookup = etree.ElementNamespaceClassLookup()
        namespace = lookup.get_namespace(CSL_NS)
        namespace[None] = model.CitationStylesElement
        namespace.update({cls.__name__.replace("_", "-").lower(): cls
                          for cls in model.CitationStylesElement.__subclasses__()})
        namespace.update(TRACKED)
        parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
        parser.set_element_class_lookup(lookup)
        self.xml = etree.parse(path, parser)
        self.root = self.xml.getroot()
        give_names_a_name(self.root)
        if locale is None:
            locale = self.root.get("default-locale", "en-US")
        self.root.set_locale_list(locale, validate=False)
