"""Locators as printed after the short forms of the example chapter's notes, and in other styles."""


import pytest
from hypothesis import given
from hypothesis import strategies as st
from linear import assert_linear

from converter.notes.locators import LABEL_WORDS, match_locator

# text -> (consumed text, label, value, volume, pages, note, section)
LOCATORS = [
    # Pages.
    ("p. 41", "p. 41", "page", "41", "", ("41",), "", ""),
    ("pp. 81, 86", "pp. 81, 86", "page", "81, 86", "", ("81", "86"), "", ""),
    ("pp. 3–7", "pp. 3–7", "page", "3–7", "", ("3–7",), "", ""),
    ("pp. 173–177", "pp. 173–177", "page", "173–177", "", ("173–177",), "", ""),
    ("p. 738f.", "p. 738f.", "page", "738f.", "", ("738f.",), "", ""),
    ("p. 63ff.", "p. 63ff.", "page", "63ff.", "", ("63ff.",), "", ""),
    ("61 ff.", "61 ff.", "page", "61ff.", "", ("61ff.",), "", ""),  # value normalized, printed kept
    ("102f.", "102f.", "page", "102f.", "", ("102f.",), "", ""),  # "Hooton 1956, 102f.": no "p."
    ("passim", "passim", "page", "passim", "", (), "", ""),
    ("pp. 21, 26f., 35, 48, 50", "pp. 21, 26f., 35, 48, 50", "page", "21, 26f., 35, 48, 50", "",
     ("21", "26f.", "35", "48", "50"), "", ""),
    ("pp. 36f., 46f.", "pp. 36f., 46f.", "page", "36f., 46f.", "", ("36f.", "46f."), "", ""),
    ("pp. 55f., 59, 63, 66f.", "pp. 55f., 59, 63, 66f.", "page", "55f., 59, 63, 66f.", "",
     ("55f.", "59", "63", "66f."), "", ""),
    ("pp. 193ff., 75", "pp. 193ff., 75", "page", "193ff., 75", "", ("193ff.", "75"), "", ""),
    ("p. 65ft.", "p. 65ft.", "page", "65ff.", "", ("65ff.",), "", ""),  # OCR slip for "65ff."
    ("pp. 90, 22f.", "pp. 90, 22f.", "page", "90, 22f.", "", ("90", "22f."), "", ""),
    ("pp. 9f., 61 ff.", "pp. 9f., 61 ff.", "page", "9f., 61ff.", "", ("9f.", "61ff."), "", ""),
    ("pp. 5, 9ff.", "pp. 5, 9ff.", "page", "5, 9ff.", "", ("5", "9ff."), "", ""),
    ("(p. 260)", "(p. 260)", "page", "260", "", ("260",), "", ""),
    ("(p. 235); S. H. Chen", "(p. 235)", "page", "235", "", ("235",), "", ""),
    # Notes inside a page.
    ("p. 17, Fn. 1", "p. 17, Fn. 1", "page", "17", "", ("17",), "1", ""),
    ("pp. 248, 255, Fn. 43", "pp. 248, 255, Fn. 43", "page", "248, 255", "", ("248", "255"), "43", ""),
    ("pp. 59, 231, Fn. 34; Gittings", "pp. 59, 231, Fn. 34", "page", "59, 231", "", ("59", "231"), "34", ""),
    ("p. 16, Fn. 2; Simonis", "p. 16, Fn. 2", "page", "16", "", ("16",), "2", ""),
    # Volumes.
    ("Vol. 2, pp. 129, 135", "Vol. 2, pp. 129, 135", "page", "129, 135", "2", ("129", "135"), "", ""),
    ("V, pp. 432, 433", "V, pp. 432, 433", "page", "432, 433", "V", ("432", "433"), "", ""),
    ("V, p. 420.", "V, p. 420", "page", "420", "V", ("420",), "", ""),
    ("Vol. XXI, p. 260", "Vol. XXI, p. 260", "page", "260", "XXI", ("260",), "", ""),
    ("Vol. III, p. 206f.", "Vol. III, p. 206f.", "page", "206f.", "III", ("206f.",), "", ""),
    ("Vol. I, pp. 192, 200", "Vol. I, pp. 192, 200", "page", "192, 200", "I", ("192", "200"), "", ""),
    ("Vol. II, p. 164ff.", "Vol. II, p. 164ff.", "page", "164ff.", "II", ("164ff.",), "", ""),
    ("Vol. 2", "Vol. 2", "volume", "2", "2", (), "", ""),
    # Sections of an issue.
    ("Supplement, p. 11", "Supplement, p. 11", "page", "11", "", ("11",), "", "Supplement"),
    ("Supplement, p. 4f.; Domes", "Supplement, p. 4f.", "page", "4f.", "", ("4f.",), "", "Supplement"),
    ("p. 3, Supplement, p. 2ff.", "p. 3, Supplement, p. 2ff.", "page", "3, 2ff.", "", ("3", "2ff."), "",
     "Supplement"),
    ("Appendix A, p. 3", "Appendix A, p. 3", "page", "3", "", ("3",), "", "Appendix A"),
    # It stops before prose.
    ("p. 24f., considers the official figures obsolete.", "p. 24f.", "page", "24f.", "", ("24f.",), "", ""),
    ("p. 91, this only rose from 94.6 yüan (1952)", "p. 91", "page", "91", "", ("91",), "", ""),
    ("p. 71 (altered in the official version of 1977).", "p. 71", "page", "71", "", ("71",), "", ""),
    ("pp. 21, 47ff.; K. C. Yeh 1965", "pp. 21, 47ff.", "page", "21, 47ff.", "", ("21", "47ff."), "", ""),
    ("p. 458. The coastal provinces", "p. 458", "page", "458", "", ("458",), "", ""),
    ("p. 41, 1957, p. 3", "p. 41", "page", "41", "", ("41",), "", ""),  # a bare number after "p." is not a page
    ("p. 5 for the", "p. 5", "page", "5", "", ("5",), "", ""),
    ("Vol. 2, No. 3", "Vol. 2", "volume", "2", "2", (), "", ""),
    # Other styles.
    ("S. 45", "S. 45", "page", "45", "", ("45",), "", ""),
    ("S. 45 f.", "S. 45 f.", "page", "45f.", "", ("45f.",), "", ""),
    ("S. 45, 47 ff.", "S. 45, 47 ff.", "page", "45, 47ff.", "", ("45", "47ff."), "", ""),
    ("Bd. 2, S. 10", "Bd. 2, S. 10", "page", "10", "2", ("10",), "", ""),
    ("p. xiv", "p. xiv", "page", "xiv", "", ("xiv",), "", ""),
    ("pp. xi–xiv", "pp. xi–xiv", "page", "xi–xiv", "", ("xi–xiv",), "", ""),
    ("p.41", "p.41", "page", "41", "", ("41",), "", ""),  # OCR lost the space
    ("p.\u00a041", "p.\u00a041", "page", "41", "", ("41",), "", ""),
    ("chap. 3", "chap. 3", "chapter", "3", "", (), "", ""),
    ("Kap. IV", "Kap. IV", "chapter", "IV", "", (), "", ""),
    ("table 4", "table 4", "table", "4", "", (), "", ""),
    ("Tab. 12", "Tab. 12", "table", "12", "", (), "", ""),
    ("fig. 2", "fig. 2", "figure", "2", "", (), "", ""),
    ("Abb. 7", "Abb. 7", "figure", "7", "", (), "", ""),
    ("n. 3", "n. 3", "note", "3", "", (), "3", ""),
    ("Anm. 4", "Anm. 4", "note", "4", "", (), "4", ""),
    ("p. 5, n. 3", "p. 5, n. 3", "page", "5", "", ("5",), "3", ""),
    ("Vol. 2, Pt. 1, p. 7", "Vol. 2, Pt. 1, p. 7", "page", "7", "2", ("7",), "", "Pt. 1"),
    ("chap. 3, p. 5", "chap. 3, p. 5", "page", "5", "", ("5",), "", "chap. 3"),
    ("Pt. 2", "Pt. 2", "part", "2", "", (), "", ""),
    ("Vol. 2, chap. 3", "Vol. 2, chap. 3", "chapter", "3", "2", (), "", ""),
    ("col. 5", "col. 5", "column", "5", "", (), "", ""),
    ("Sp. 12, 14", "Sp. 12, 14", "column", "12, 14", "", (), "", ""),
    ("§ 5", "§ 5", "section", "5", "", (), "", ""),
]


@pytest.mark.parametrize("text, printed, label, value, volume, pages, note, section", LOCATORS)
def test_match_locator(text, printed, label, value, volume, pages, note, section):
    locator, consumed = match_locator(text)
    assert consumed == len(printed)
    assert locator.printed == printed == text[:consumed]
    assert (locator.label, locator.value, locator.volume, locator.pages, locator.note, locator.section) == (
        label, value, volume, pages, note, section,
    )


NOT_LOCATORS = [
    "the tables",
    "Sept. 9, 1965",
    "1977",
    "Arts. 62–66",
    "Art. 60",
    "considers",
    "S. C. Chen",  # an initial, not "Seite"
    "S. H. Chen 1973",
    "I think",
    "V",  # a roman volume needs its pages
    "Supplement",  # a section needs its pages
    "Supplement on the plan",
    "(p. 260 and passim)",  # a parenthesis holding more than a locator is prose
    "(p. 260",
    "p. ",
    "p. cf.",
    "pp. 1111111",
    "",
    "Li Fu-dshun 1956, p. 41",
    "ibid., p. 458",
]


@pytest.mark.parametrize("text", NOT_LOCATORS)
def test_not_a_locator(text):
    assert match_locator(text) is None


@pytest.mark.parametrize("printed, label", [("p.", "page"), ("pp.", "page"), ("S.", "page"), ("Vol.", "volume"),
                                            ("Bd.", "volume"), ("chap.", "chapter"), ("Kap.", "chapter"),
                                            ("n.", "note"), ("Fn.", "note"), ("Anm.", "note"), ("table", "table"),
                                            ("Tab.", "table"), ("fig.", "figure"), ("Abb.", "figure"),
                                            ("col.", "column"), ("Sp.", "column")])
def test_label_words(printed, label):
    assert LABEL_WORDS[printed] == label
    locator, consumed = match_locator(f"{printed} 3")
    assert consumed == len(printed) + 2
    assert locator.volume == "3" if label == "volume" else locator.label == label


@given(st.text())
def test_match_locator_never_raises(text):
    found = match_locator(text)
    if found is not None:
        locator, consumed = found
        assert 0 < consumed <= len(text)
        assert locator.printed == text[:consumed]
        assert locator


@given(st.lists(st.sampled_from(["p. ", "pp. ", "12", "f.", "ff.", ", ", "Vol. ", "V", "Fn. ", "Supplement",
                                 "(", ")", " ", "passim", "–", "n. ", "S. ", "ft."]), max_size=12))
def test_match_locator_on_locator_like_text(pieces):
    text = "".join(pieces)
    found = match_locator(text)
    if found is not None:
        assert found[0].printed == text[: found[1]]


# (prefix, unit): inputs of any length made of one shape repeated.
ADVERSARIAL = [("", "p. 1, "), ("", "pp. 1, "), ("", "No. "), ("", "1"), ("pp. ", "1"), ("", "Vol. I, "),
               ("", "Supplement, "), ("", "pp. 1f., "), ("", "("), ("", "p. ")]


@pytest.mark.parametrize("shape", ADVERSARIAL, ids=lambda s: repr("".join(s)[:8]))
def test_long_input_is_read_in_linear_time(shape):
    prefix, unit = shape
    assert_linear(match_locator, lambda n: prefix + unit * n)
