"""A reference-list entry read through the labeller: its tokens labelled in the "reference" context,
its labelled fields read into a Work (references/fields.py).

An entry without names continues the names of the entry before it, as lists print a second work of
one author ("—— (1885), Title", "(1887), Title", "———. 1990. Title"): `previous` gives them.
What cannot be read is never guessed: no title and no container gives no work and an "unparsed"
problem; a reading whose labels the labeller is unsure of is kept and reported ("low-confidence").
"""

from __future__ import annotations

from converter.labeller.journal_numbers import journal_after_in
from converter.labeller.name_ends import (
    family_in_lower_case_first,
    names_ending_at_a_given_name,
    title_inside_the_names,
    years_are_no_names,
)
from converter.labeller.parts import (
    article_number_pages,
    entry_parts,
    page_marked_dates,
    parts_of,
    quoted_titles_closed,
)
from converter.labeller.publisher_after_place import publisher_after_place
from converter.labeller.quote_marks import as_meant
from converter.labeller.title_quotes import title_goes_on_after_a_quote
from converter.labeller.tokens import PAGES, tokenize
from converter.model import Problem, Work
from converter.references.entry import ParsedReference
from converter.references.fields import SAME_AUTHOR_WORDS, fields_from_parts, work_of
from converter.text import squeeze

LOW_CONFIDENCE = 0.6  # below this mean probability of its labels, a reading is reported
REPEAT_MARKS = set("—–-_ ")  # "——— 1990" prints "the same author" with dashes


def read_entry(text: str, labeller, previous: Work | None = None) -> ParsedReference:
    """One entry as printed -> its Work (id left empty) and what a reader should check."""
    printed = squeeze(text)
    tokens = tokenize(as_meant(printed))  # offsets as printed: one character for one
    labels, confidences = labeller.label(tokens, "reference")
    labels = family_in_lower_case_first(tokens, years_are_no_names(tokens, labels))
    labels = names_ending_at_a_given_name(tokens, labels)
    labels = title_inside_the_names(tokens, title_goes_on_after_a_quote(tokens, labels))
    labels = publisher_after_place(tokens, journal_after_in(tokens, labels))
    parts = entry_parts(printed, parts_of(tokens, labels, confidences))
    parts = article_number_pages(printed, quoted_titles_closed(printed, page_marked_dates(printed, parts, PAGES)))
    work = work_of(fields_from_parts(printed, parts))
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    if work is None:
        return ParsedReference(None, printed, (Problem("unparsed", "reference entry could not be read", text=printed),))
    if not (work.authors or work.editors) and previous is not None and continues_names(printed):
        work = work.with_(authors=previous.authors, editors=previous.editors if not previous.authors else ())
    problems = ()
    if confidence < LOW_CONFIDENCE:
        problems = (Problem("low-confidence", f"reference entry read with low confidence "
                            f"({confidence:.2f}): check its fields", text=printed),)
    return ParsedReference(work, printed, problems)


def continues_names(text: str) -> bool:
    """Does the entry print no names of its own, but dashes, "Id." or its year first ("(1887), Title")?"""
    head = text.lstrip()
    first = head.split(" ", 1)[0].rstrip(",").lower()
    return head[:1] in "(—–_" or set(head[:3]) <= REPEAT_MARKS or first in SAME_AUTHOR_WORDS
