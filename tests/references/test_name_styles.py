"""Names after a first author written with initials have initials too (references/name_styles.py)."""

import pytest

from converter.labeller import tokens as L
from converter.references.field_set import Fields
from converter.references.name_styles import title_after_initials_names


def corrected(names: str, title: str = "") -> list[tuple[str, str]]:
    fields = Fields()
    fields.add(L.AUTHOR, names)
    if title:
        fields.add(L.TITLE, title)
    title_after_initials_names(fields)
    return fields.sequence


@pytest.mark.parametrize("names, kept, moved", [
    ("Moretti G., Un Doge e il suo porto", "Moretti G.", "Un Doge e il suo porto"),
    ("L. Berti, Andrea Galli", "L. Berti", "Andrea Galli"),
    ("Moretti, G., Paolo Rossi", "Moretti, G.", "Paolo Rossi"),
    ("Galli R. e W. Lind; Venezia", "Galli R. e W. Lind", "Venezia"),
])
def test_a_piece_not_in_the_first_names_style_is_the_title(names, kept, moved):
    assert corrected(names) == [(L.AUTHOR, kept), (L.TITLE, moved)]


@pytest.mark.parametrize("names", [
    "Renou S, Berg T, Flament M, Mouren-Simeoni MC, Lind Y",  # Vancouver; "Y" is an initial, not "and"
    "Rosado LEFPL, Sousa RCN da, vd Berg JG",
    "Lin, N., Cook, K., & Burt, R. S.",
    "GERST Detlef, HARDT Thomas",  # no initials: the rule says nothing
    "Karl Lind, Eva Roth",
])
def test_names_in_one_style_stay_names(names):
    assert corrected(names, "A Title") == [(L.AUTHOR, names), (L.TITLE, "A Title")]
