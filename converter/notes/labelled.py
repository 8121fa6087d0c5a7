"""A note read through the labeller: the CRF says which words are authors, titles, dates, locators,
signals, back references and prose; rules say where one citation ends and what it points at.

1. Parts: runs of tokens with one label (labeller/parts.py), each with its mean confidence.
2. Groups: the parts cut into citations (notes/grouping.py).
3. Each group's parts are given the roles they have whatever the labeller said (notes/group_roles.py),
   then the group is read by what it holds (read_group): a back reference (ibid. -> the work cited last,
   ders./idem -> that author, op. cit. -> that author's last work); names with a title and an
   imprint or container -> a full reference (references/fields.py); names and a year -> a short
   form; names and a title -> a short title, looked up among the author's earlier works; a title
   alone -> a title work; a periodical issue ("CNA, No. 3 (Sept. 22, 1953)") by the periodical rule;
   a year alone after a citation with an author -> a continuation ("; 1968, p. 167ff.").
"""

from __future__ import annotations

import re
from dataclasses import replace

from converter.labeller import tokens as L
from converter.labeller.parts import following_pages_stops, page_marked_dates, parts_of
from converter.labeller.quote_marks import as_meant
from converter.labeller.tokens import tokenize
from converter.lexicon import OF_WORDS, SAME_AUTHOR, SAME_WORK
from converter.model import CHAPTER, Locator, Work
from converter.names.classify import classify_author_text
from converter.names.persons import parse_short_author
from converter.notes.author_scan import take_name_tokens
from converter.notes.candidates import periodicals
from converter.notes.group_locator import cites_a_place, locator_of
from converter.notes.group_roles import (
    as_short_form,
    locator_after_imprint,
    names_around_in,
    names_before_year_colon,
    no_name,
    without_no_names,
)
from converter.notes.grouping import NAME_LABELS, Group, groups_of, leftmost
from converter.notes.history import History
from converter.notes.locators import unbracket
from converter.notes.openers import ISSUE_CONTINUATION, ISSUE_MARK_BEFORE
from converter.notes.periodicals import match_periodical
from converter.notes.reference import CORPORATE, PERSON, TITLE, Found, Reference, periodical_reference
from converter.notes.signals import split_signal
from converter.notes.token_rules import corrected_labels
from converter.references.fields import SAME_AUTHOR_WORDS, date_of, fields_from_parts, tidy, work_of

# Fields that make names and a title a full reference rather than a short title.
IMPRINT = (L.CONTAINER, L.PUBLISHER, L.PLACE, L.VOLUME, L.ISSUE, L.PAGES, L.EDITION, L.COLLECTION, L.IDENTIFIER,
           L.GENRE, L.DATE)
SAME_WORK_WORDS = frozenset(SAME_WORK)
SPACED_SLASH = re.compile(r"\s*/\s*")


def signal_before(text: str, start: int, previous_end: int) -> str:
    """The signal words between the citation before and this one ("Cf. also", "Vgl.", "According to")."""
    return split_signal(text[previous_end:start])[0]


# -- reading one group ------------------------------------------------------------------------------


def fields_of(text: str, group: Group):
    """The group's fields; "ders. (Hrsg.)" in a chapter's book names the author as its editor."""
    return fields_from_parts(text, [p for p in group.parts if p.label != L.LOCATOR],
                             same_author_as=printed_span(text, group, L.AUTHOR))


def printed_span(text: str, group: Group, *labels: str) -> str:
    chosen = [p for p in group.parts if p.label in labels]
    return text[chosen[0].start:chosen[-1].end].strip(" ,;:") if chosen else ""


def read_backref(text: str, group: Group, history: History, last_in_note: Reference | None) -> Reference | None:
    words = [tidy(text[p.start:p.end]).lower().rstrip(".") for p in group.of(L.BACKREF)]
    names = printed_span(text, group, L.AUTHOR, L.EDITOR)
    if any(w in SAME_WORK_WORDS for w in words):
        return history.last
    if any(w + "." in SAME_AUTHOR_WORDS or w in SAME_AUTHOR_WORDS for w in words) and not names:
        earlier = history.same_author()
        if earlier is not None and group.has(L.DATE):
            date, suffix = date_of(printed_span(text, group, L.DATE))
            return replace(earlier, printed=f"{earlier.author_text} {printed_span(text, group, L.DATE)}",
                           date=date, year_suffix=suffix, title="", periodical=None, full=None)
        if earlier is not None and group.has(L.TITLE):
            title = tidy(printed_span(text, group, L.TITLE))
            return history.by_short_title(earlier.authors, title) or replace(
                earlier, printed=f"{earlier.author_text}, {title}", title=title, date=None, full=None, periodical=None)
        return earlier
    if names:  # "Smith, op. cit.", "Müller, a.a.O."
        return history.by_author_text(names)
    return history.last


def short_form(text: str, group: Group, names: str) -> Reference:
    """Names and a year: "Li Fu-dshun 1956", "Smith (ed.) 1970", "MENDONÇA, 2011"."""
    date_text = printed_span(text, group, L.DATE)
    date, suffix = date_of(date_text)
    printed = balanced(text, group.parts[0].start, group.of(L.DATE)[-1].end)
    names = SPACED_SLASH.sub("/", names)  # "Fues / Leininger": one list of two names
    kind = classify_author_text(names)
    tail = take_name_tokens(names.split(" "))
    if kind != TITLE and tail and len(tail) < len(names.split(" ")):  # "Art. 53, Constitution, in: Tomson/Su"
        names = " ".join(tail)
        printed = printed[max(SPACED_SLASH.sub("/", printed).rfind(names), 0):]
    if kind == TITLE:  # "Communist China 1955–1959": the years belong to the title
        return Reference(kind=TITLE, printed=printed, title=printed)
    editors_only = not group.has(L.AUTHOR) and group.has(L.EDITOR)
    authors, et_al = parse_short_author(names)
    return Reference(kind=CORPORATE if kind == CORPORATE else PERSON, printed=printed, authors=authors, et_al=et_al,
                     editors_only=editors_only, author_text=names, date=date, year_suffix=suffix)


def names_text(text: str, group: Group) -> str:
    """The names of a citation without role words ("Smith (ed.)" -> "Smith"); "" when the words are
    no names at all ("Arts.", "In")."""
    for label in (L.AUTHOR, L.EDITOR):
        named = [p for p in group.of(label) if not no_name(text[p.start:p.end])]
        if named:
            names = text[named[0].start:named[-1].end]
            return re.sub(r"\s*\((?:[^()]{1,12})\)\s*$", "", names).strip(" ,;:")
    return ""


def names_before_date(group: Group) -> bool:
    first_name = next(i for i, p in enumerate(group.parts) if p.label in NAME_LABELS)
    return any(p.label == L.DATE for p in group.parts[first_name:])


def read_periodical(text: str, group: Group) -> Found:
    """"CNA, No. 3 (Sept. 22, 1953), p. 2": the periodical rule read it, locator included."""
    issue = group.periodical
    return Found(periodical_reference(issue.periodical), issue.start, issue.start + issue.consumed,
                 unbracket(issue.periodical.locator))


def read_group(text: str, group: Group, history: History, last_in_note: Reference | None) -> Found | None:
    group = as_short_form(text, names_before_year_colon(text, group))
    group = without_no_names(text, group)
    group = names_around_in(text, group)
    group = locator_after_imprint(text, group)
    start, end = group.parts[0].start, group.parts[-1].end
    locator = locator_of(text, group)
    if group.has(L.BACKREF) and same_author_with_work(text, group):
        earlier = history.same_author()  # "ders., Title, Place 2003": another work of the author before
        if earlier is not None:
            found = full_reference(text, group, earlier.author_text, locator, authors=earlier.authors)
            if found is not None:
                return found
    if group.has(L.BACKREF):
        found = part_of_the_work_before(text, group, names_text(text, group), locator, history)
        if found is not None:
            return found
        reference = read_backref(text, group, history, last_in_note)
        ibid = any(tidy(text[p.start:p.end]).lower().rstrip(".") in SAME_WORK_WORDS for p in group.of(L.BACKREF))
        if reference is None:
            return Found(None, start, end, locator, ibid=ibid,
                         unresolved=f"“{text[start:end]}” with no earlier citation it can point at")
        return Found(reference, start, end, locator, ibid=ibid)
    mark = ISSUE_MARK_BEFORE.search(text, 0, start)
    issue_start = mark.start() if mark else start
    if last_in_note is not None and last_in_note.periodical and ISSUE_CONTINUATION.match(text, issue_start):
        matched = match_periodical(text[issue_start:], previous_title=last_in_note.periodical.title)
        if matched:  # "CNA, No. 227 (…); No. 161 (…)": another issue of the periodical before
            issue, consumed = matched
            reference = periodical_reference(issue)
            if not reference.printed.startswith(issue.title):
                reference = replace(reference, printed=f"{issue.title}, {reference.printed}")
            return Found(reference, issue_start, issue_start + consumed, unbracket(issue.locator), continuation=True)
    names = names_text(text, group)
    if names and classify_author_text(names) == TITLE and group.has(L.TITLE) and not group.has(L.DATE):
        names = ""  # "Eighth Congress" + "of the Communist Party": title words, not a name
        group = Group([replace(p, label=L.TITLE) if p.label in NAME_LABELS else p for p in group.parts])
    if names and group.has(L.TITLE) and group.has(*IMPRINT):
        return full_reference(text, group, names, locator)
    if names and group.has(L.DATE) and group.has(L.PLACE, L.PUBLISHER) and not group.has(L.CONTAINER):
        found = full_reference(text, group, names, locator)  # "Karl Muster, Alte Wege, Hamburg 1990"
        if found is not None and found.reference.title:
            return found
    if names and group.has(L.DATE) and names_before_date(group):
        if described(text, group) or dated_to_the_day(text, group):
            return None
        return Found(short_form(text, group, names), start, closed(text, start, end), locator)
    if names and group.has(L.TITLE) and locator:
        authors, et_al = parse_short_author(names)
        title = tidy(printed_span(text, group, L.TITLE))
        earlier = history.by_short_title(authors, title)
        if earlier:
            return Found(earlier, start, end, locator)
        printed = text[start:group.of(L.TITLE)[-1].end].strip(" ,;:")
        return Found(Reference(kind=PERSON, printed=printed, authors=authors, et_al=et_al, author_text=names,
                               title=title), start, end, locator)
    if group.has(L.TITLE):
        if lower_case_start(text, group):
            return None
        if group.has(*IMPRINT):
            return full_reference(text, group, "", locator)
        if not cites_a_place(text, group):
            return None  # a title alone, with nothing that cites it, is a phrase of the prose
        title = tidy(printed_span(text, group, L.TITLE))
        return Found(Reference(kind=TITLE, printed=title, title=title), start, end, locator)
    if group.parts[0].label == L.DATE and last_in_note is not None and last_in_note.authors \
            and continues(text, start):
        date_text = printed_span(text, group, L.DATE)
        date, suffix = date_of(date_text)
        reference = Reference(kind=last_in_note.kind, printed=f"{last_in_note.author_text} {date_text}",
                              authors=last_in_note.authors, et_al=last_in_note.et_al,
                              editors_only=last_in_note.editors_only, author_text=last_in_note.author_text,
                              date=date, year_suffix=suffix)
        return Found(reference, start, end, locator, continuation=True)
    if names and locator:  # "Müller, S. 5": the author's work cited before
        earlier = history.by_author_text(names)
        if earlier is not None:
            return Found(earlier, start, end, locator)
        if len(names.split()) >= 3 and not any(c in names for c in ",.&/"):
            # "Bol’šaja Sovetskaja Enciklopedija, Vol. XXI": three words and a page, no year, cited first
            # here: a person's full name alone cites nothing, a title does
            return Found(Reference(kind=TITLE, printed=names, title=names), start, end, locator)
        authors, et_al = parse_short_author(names)
        return Found(Reference(kind=PERSON, printed=names, authors=authors, et_al=et_al, author_text=names),
                     start, end, locator)
    if group.has(L.CONTAINER) and (locator or group.has(*IMPRINT)) and not lower_case_start(text, group):
        return full_reference(text, group, "", locator)
    return None


def lower_case_start(text: str, group: Group) -> bool:
    """A title or journal cited without names starts with a capital ("Eighth National Congress", "CNA");
    "the latter Appendix A" is prose that the labeller took for one."""
    first = next((p for p in group.parts if p.label in (L.TITLE, L.CONTAINER)), None)
    return first is not None and text[first.start].islower()


def described(text: str, group: Group) -> bool:
    """Names after "of" and a date after a comma, with no page cited ("shop book of Thomas Iveson,
    1712–19"): what an archival document is about and its date, no short form (those print the year
    right after the names: "the calculations of Yuan-li Wu 1965a, p. 91")."""
    before = text[:group.parts[0].start].split()
    if not before or before[-1].lower() not in OF_WORDS or cites_a_place(text, group):
        return False
    names = [p for p in group.parts if p.label in NAME_LABELS]
    date = group.of(L.DATE)[0]
    return bool(names) and "," in text[names[-1].end:date.start]


def dated_to_the_day(text: str, group: Group) -> bool:
    """Names and a day ("Dr. Heinemann …, 6.10.2006", "im Dokument vom 28. Juli 1942"): a short form
    cites a year, so a date to the day after names is a letter's or a document's, told in prose."""
    date, _ = date_of(printed_span(text, group, L.DATE))
    return date is not None and len(date.parts) == 3


def balanced(text: str, start: int, end: int) -> str:
    """text[start:end] as printed, with the closing bracket or quote of one it opened: "… (1929)"."""
    piece = text[start:end]
    for opening, closing in ("()", "[]", "“”", "«»"):
        if piece.count(opening) > piece.count(closing) and text.startswith(closing, end):
            piece += closing
    return piece.strip(" ,;:.")


def closed(text: str, start: int, end: int) -> int:
    """Where a citation ends, over the bracket that closes one it opened ("Lardy (1978, p. 45)")."""
    piece = text[start:end]
    if piece.count("(") > piece.count(")") and text.startswith(")", end):
        return end + 1
    return end


def continues(text: str, start: int) -> bool:
    """A year alone continues the citation before only right after its "," or ";" ("…; 1968, p. 167ff.")."""
    before = text[:start].rstrip()
    return before.endswith((";", ","))


def same_author_with_work(text: str, group: Group) -> bool:
    """"ders., Staat und Markt, Göttingen 1994": a same-author word, then a title and an imprint."""
    words = [tidy(text[p.start:p.end]).lower() for p in group.of(L.BACKREF)]
    return all(w in SAME_AUTHOR_WORDS for w in words) and group.has(L.TITLE) and group.has(*IMPRINT)


def part_of_the_work_before(text: str, group: Group, names: str, locator: Locator, history: History) -> Found | None:
    """"B. Orlow, Die Lehren …, ebd., S. 77-86": names and a title, then ibid.: a chapter or an
    article in the book or the journal (the same issue) of the full reference cited last."""
    marks, titles = group.of(L.BACKREF), group.of(L.TITLE)
    if not (marks and titles) or marks[0].start < titles[-1].end or history.last is None \
            or history.last.full is None:
        return None
    if not all(tidy(text[p.start:p.end]).lower().rstrip(".") in SAME_WORK_WORDS for p in marks):
        return None
    head = Group([p for p in group.parts if p.label not in (L.BACKREF, L.LOCATOR)], group.signal)
    work = work_of(fields_of(text, head))
    if work is None or not work.title:
        return None
    host = history.last.full
    shared = dict(editors=host.editors, issued=host.issued, year_suffix=host.year_suffix, publisher=host.publisher,
                  publisher_place=host.publisher_place, collection_title=host.collection_title,
                  collection_number=host.collection_number, language=work.language or host.language)
    if host.container_title:  # the same journal issue, or the same edited book
        shared.update(type=host.type, container_title=host.container_title,
                      container_title_short=host.container_title_short, volume=host.volume, issue=host.issue)
    else:  # the book cited last holds this chapter
        shared.update(type=CHAPTER, container_title=host.title, volume=host.volume)
    return found_of_work(text, group, work.with_(**shared), names, locator)


def full_reference(text: str, group: Group, names: str, locator: Locator, authors: tuple = ()) -> Found | None:
    """A full reference; `authors` stand for the group's names ("ders." after a citation)."""
    fields = fields_of(text, group)
    work = work_of(fields)
    if work is None:
        return None
    if authors:
        work = work.with_(authors=authors)
    return found_of_work(text, group, work, names, locator)


def found_of_work(text: str, group: Group, work: Work, names: str, locator: Locator) -> Found:
    start, end = group.parts[0].start, group.parts[-1].end
    if not locator and work.page:
        locator = Locator(printed=work.page, value=work.page, pages=(work.page,))  # the pages a note cites
    printed = balanced(text, start, max((p.end for p in group.parts if p.label != L.LOCATOR), default=end))
    authors = work.authors or work.editors
    reference = Reference(kind=PERSON if authors else TITLE, printed=printed, authors=authors, et_al=work.et_al,
                          editors_only=not work.authors and bool(work.editors), author_text=names,
                          date=work.issued, year_suffix=work.year_suffix, title=work.title, full=work)
    return Found(reference, start, end, locator)


# -- the note ---------------------------------------------------------------------------------------


def read_labelled_note(text: str, history: History, labeller) -> tuple[list[Found], str]:
    """The citations of one note (in order, `history` updated) and its unparsed text: what is neither
    a citation nor a signal."""
    tokens = tokenize(as_meant(text))  # offsets as printed: one character for one
    labels, confidences = labeller.label(tokens, "note")
    labels = corrected_labels(tokens, labels)
    parts = following_pages_stops(text, page_marked_dates(text, parts_of(tokens, labels, confidences), L.LOCATOR))
    parts = [replace(p, label=L.PROSE) if p.label == L.BACKREF and stop_missing(text[p.start:p.end]) else p
             for p in parts]
    groups = groups_of(text, parts, leftmost(periodicals(text)))
    found: list[Found] = []
    covered: list[tuple[int, int]] = []
    last_in_note: Reference | None = None
    previous_end = 0
    for group in groups:
        item = read_periodical(text, group) if group.periodical else read_group(text, group, history, last_in_note)
        if item is None:
            continue
        item.prefix = signal_before(text, item.start, previous_end)
        if item.prefix:
            covered.append((text.rfind(item.prefix, previous_end, item.start), item.start))
        previous_end = item.end
        item.confidence = (sum(p.confidence for p in group.parts) / len(group.parts)) if group.parts else 1.0
        found.append(item)
        covered.append((item.start, item.end))
        if item.reference is not None:
            history.record(item.reference)
            last_in_note = item.reference
    return found, leftover(text, covered)


SAME_AUTHOR_AS_PRINTED = frozenset(SAME_AUTHOR)


def stop_missing(word: str) -> bool:
    """ "id" is no back reference: the abbreviation is printed "id." (the lexicon lists the forms
    printed without a stop, "ders", "ibid")."""
    word = word.strip().lower()
    return not word.endswith(".") and f"{word}." in SAME_AUTHOR_AS_PRINTED and word not in SAME_AUTHOR_AS_PRINTED \
        and word not in SAME_WORK_WORDS


def leftover(text: str, covered: list[tuple[int, int]]) -> str:
    """The note without its citations and signal words: commentary, and what could not be read."""
    pieces, position = [], 0
    for start, end in sorted(covered):
        pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    kept = [p.strip().lstrip(".,;:").strip() for p in pieces if re.search(r"[^\W\d_]", p)]
    return " … ".join(p for p in kept if p)
