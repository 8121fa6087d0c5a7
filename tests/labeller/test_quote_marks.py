"""Quote marks as meant (labeller/quote_marks.py): a low mark glued to the word before it closes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from converter.labeller.quote_marks import as_meant


@pytest.mark.parametrize("printed, meant", [
    ("Zum „Titel„ vgl. Roth (1990).", "Zum „Titel“ vgl. Roth (1990)."),
    ("die „Skizze„, Ort", "die „Skizze“, Ort"),
    ("„Frage?„ und ‚Wort‚ hier", "„Frage?“ und ‚Wort‘ hier"),
    ("„Titel“ bleibt", "„Titel“ bleibt"),  # marks that pair stay
    ("ein „neuer„Anfang", "ein „neuer„Anfang"),  # glued on both sides: no telling, left as printed
    ("no quotes at all", "no quotes at all"),
])
def test_a_low_mark_glued_to_the_word_before_is_the_closing_mark(printed, meant):
    assert as_meant(printed) == meant


@given(st.text(alphabet="„‚“”' aB.,(?)1"))
def test_offsets_stay_as_printed(text):
    assert len(as_meant(text)) == len(text)
