"""A work's title and its one date from a citation's labelled fields: the title's pieces joined,
a year printed inside the title kept there, a title run after the imprint left out.
"""

from __future__ import annotations

import re

from converter.labeller import tokens as labels
from converter.lexicon import YEAR
from converter.references.field_set import Fields, tidy

# What may stand right before the year of a work's imprint ("Bonn 1998", "Springer (2005)", "12 (1990)").
IMPRINT_BEFORE_DATE = {labels.PLACE, labels.PUBLISHER, labels.VOLUME, labels.ISSUE, labels.CONTAINER, labels.EDITION,
                       labels.COLLECTION, labels.AUTHOR, labels.EDITOR}
# What ends a title for good: a title run after these is prose or a mislabelled field, not more title.
IMPRINT_AFTER_TITLE = {labels.PLACE, labels.PUBLISHER, labels.PAGES, labels.LOCATOR}
YEAR_IN_NUMBER = re.compile(rf"(?:/|\(|\s)(?P<year>{YEAR})\)?$")


def title_and_date(fields: Fields) -> tuple[str, str]:
    """(title, date text): a work has one date; a year printed right after the title, while another
    year follows in the imprint ("… im Rheinland 1815–1871, Köln 2004"), belongs to the title."""
    dates = [i for i, (label, _) in enumerate(fields.sequence) if label == labels.DATE]
    title_years = set()
    if len(dates) > 1:
        for i in dates:
            before = fields.sequence[i - 1][0] if i else None
            if before == labels.TITLE and any(j > i and fields.sequence[j - 1][0] in IMPRINT_BEFORE_DATE
                                              for j in dates):
                title_years.add(i)
    imprint_dates = [fields.sequence[i][1] for i in dates if i not in title_years]
    # "luglio - ottobre, 1939": the months are one date piece, the year another; the year dates the work
    chosen = next((text for text in imprint_dates if re.search(YEAR, text)), imprint_dates[0] if imprint_dates else "")
    pieces, previous, imprint_after_title = [], None, False
    for i, (label, text) in enumerate(fields.sequence):
        if label in IMPRINT_AFTER_TITLE and pieces:
            imprint_after_title = True
        if imprint_after_title and label == labels.TITLE:
            continue  # "…, Berlin 1995, S. 10. Die Briefe …": prose after the citation, not its title
        if label == labels.TITLE or i in title_years:
            value = text.strip() if i in title_years else tidy(text)
            if pieces and (previous == labels.TITLE or i in title_years or previous in title_years):
                joiner = " " if i in title_years or previous in title_years else ". "
                pieces[-1] = f"{pieces[-1]}{joiner}{value}"
            elif value:
                pieces.append(value)
            previous = i if i in title_years else label
        elif label != labels.OTHER:
            previous = label
    title = ". ".join(p.strip(" ,;:") for p in pieces if p.strip(" ,;:"))
    if not chosen:  # "Merkur, Nr. 4/2003", "52 (2004)": the year in the issue or volume
        for label in (labels.ISSUE, labels.VOLUME):
            year = next((m for m in (YEAR_IN_NUMBER.search(tidy(t) + ")") for t in fields.texts.get(label, ())) if m),
                        None)
            if year:
                chosen = year["year"]
                break
    return title, chosen
