"""A page's reference list -> one Work per entry, in the styles Springer prints.

An entry is read in three steps that every style shares:

1. identifiers: DOI, URL (with "Retrieved from", "Accessed ..."), ISBN are taken out first;
2. the head: authors (or editors) and year, found where each style puts them --
   "Smith, J. A. (1990)." (APA), "Smith JA (1990)" (Springer basic), "Smith, J.: ... (1990)" (LNCS,
   year at the end), "Smith, J. 1990." (humanities author-date);
3. the body: the title (quoted, or up to the first sentence end that is not an abbreviation),
   then what follows it -- "In: ..." (a chapter or a conference paper, with editors, book title,
   series, pages), a journal tail ("Journal 12(3):45–67", "Journal, 12(3), 45–67", "Journal 12 (3):
   45–67"), a thesis or report, or a book tail (edition, series, volume, "Publisher, Place" or
   "Place: Publisher").

What cannot be read is never guessed: an entry without author-year head or title gives no work
and an "unparsed" Problem with its text; a piece of an entry that no rule reads is reported the same
way. Regexes are anchored or bounded and never nest quantifiers, so an entry of any length is read
in linear time.
"""

from __future__ import annotations

from dataclasses import dataclass

from converter.model import BOOK, Problem, Work
from converter.names.lists import parse_name_list, strip_editor_mark
from converter.references.containers import read_body
from converter.references.head import find_head, issued
from converter.references.identifiers import take_identifiers
from converter.references.tails import Reading
from converter.text import squeeze
from converter.values.language import guess_language


@dataclass(frozen=True)
class ParsedReference:
    """One entry: its work (None when it could not be read), its text as printed, what went wrong."""

    work: Work | None
    text: str
    problems: tuple[Problem, ...] = ()


# -- identifiers -----------------------------------------------------------------------------------


# -- the body: title, then container ---------------------------------------------------------------


def parse_reference(text: str) -> ParsedReference:
    """One entry as printed -> its Work (id left empty) and what could not be read."""
    printed = squeeze(text)
    rest, identifiers = take_identifiers(printed)
    head = find_head(rest)
    if head is None or not head.rest.strip(" ."):
        return ParsedReference(None, printed, (Problem("unparsed", "reference entry could not be read", text=printed),))
    reading = Reading()
    reading.set(doi=identifiers.doi, url=identifiers.url, isbns=identifiers.isbns)
    reading.set(publisher=head.imprint[0], publisher_place=head.imprint[1], page=head.imprint[2])
    names_text, editors_only = strip_editor_mark(head.authors_text)
    names, et_al = parse_name_list(names_text)
    date = issued(head)
    work_type = read_body(head.rest.strip(), reading, date)
    values = reading.values
    if not values.get("title"):
        return ParsedReference(None, printed, (Problem("unparsed", "reference entry has no title", text=printed),))
    if editors_only and work_type == BOOK:
        values["editors"] = names
    else:
        values["authors"] = names
    work = Work(id="", type=work_type, et_al=et_al, issued=date, year_suffix=head.suffix,
                language=guess_language(values["title"]), **values)
    problems = tuple(
        Problem("unparsed", f"part of a reference entry was not read: “{leftover}”", text=printed)
        for leftover in reading.leftovers
    )
    return ParsedReference(work, printed, problems)
