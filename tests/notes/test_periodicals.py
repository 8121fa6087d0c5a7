"""Periodical references as printed in the example chapter's notes, and in other styles."""


import pytest
from hypothesis import given
from hypothesis import strategies as st
from linear import assert_linear

from converter.model import JOURNAL_ARTICLE, MAGAZINE_ARTICLE, NEWSPAPER_ARTICLE
from converter.notes.periodicals import PeriodicalRef, match_periodical

MAG, NEWS, LAW = MAGAZINE_ARTICLE, NEWSPAPER_ARTICLE, JOURNAL_ARTICLE

# (text, previous title) -> title, volume, issue, ISO date, printed, locator printed, pages,
# locator section, kind, text left over
PERIODICALS = [
    ("CNA, No. 3 (Sept. 22, 1953), p. 2.", "",
     "CNA", "", "3", "1953-09-22", "CNA, No. 3 (Sept. 22, 1953)", "p. 2", ("2",), "", MAG, "."),
    ("JMJP, Aug. 12, 1955", "",
     "JMJP", "", "", "1955-08-12", "JMJP, Aug. 12, 1955", "", (), "", NEWS, ""),
    ("KMJP, Aug. 12, 1955.", "",
     "KMJP", "", "", "1955-08-12", "KMJP, Aug. 12, 1955", "", (), "", NEWS, "."),
    ("JMJP, Dec. 20, 1955; Rifkin 1973, p. 145.", "",
     "JMJP", "", "", "1955-12-20", "JMJP, Dec. 20, 1955", "", (), "", NEWS, "; Rifkin 1973, p. 145."),
    ("NCNA, Sept. 24, 1954 (p. 260); Li Fu-dshun 1956", "",
     "NCNA", "", "", "1954-09-24", "NCNA, Sept. 24, 1954", "(p. 260)", ("260",), "", NEWS, "; Li Fu-dshun 1956"),
    ("NCNA, June 19, 1954; CNA", "",
     "NCNA", "", "", "1954-06-19", "NCNA, June 19, 1954", "", (), "", NEWS, "; CNA"),
    ("People’s China, 1954, No. 7 (April 1), Supplement, p. 11; Li", "",
     "People’s China", "", "7", "1954-04-01", "People’s China, 1954, No. 7 (April 1)", "Supplement, p. 11",
     ("11",), "Supplement", MAG, "; Li"),
    ("People’s China, 1953, No. 13 (July 1), p. 3, Supplement, p. 2ff.; Cheng", "",
     "People’s China", "", "13", "1953-07-01", "People’s China, 1953, No. 13 (July 1)",
     "p. 3, Supplement, p. 2ff.", ("3", "2ff."), "Supplement", MAG, "; Cheng"),
    ("People’s China, 1953, No. 17 (Sept. 1), p. 7f.", "",
     "People’s China", "", "17", "1953-09-01", "People’s China, 1953, No. 17 (Sept. 1)", "p. 7f.", ("7f.",),
     "", MAG, ""),
    ("URS, Vol. 4 (July-Sept. 1956), pp. 173–177.", "",
     "URS", "4", "", "1956-07/1956-09", "URS, Vol. 4 (July-Sept. 1956)", "pp. 173–177", ("173–177",), "", MAG, "."),
    ("URS, Vol. 1 (Sept. 16, 1955-Jan. 2, 1956), No. 3 (Sept. 23, 1955); Chao", "",
     "URS", "1", "3", "1955-09-23", "URS, Vol. 1 (Sept. 16, 1955-Jan. 2, 1956), No. 3 (Sept. 23, 1955)", "", (),
     "", MAG, "; Chao"),
    ("URS, Vol. 49 (Oct.-Dec. 1967), p. 52;", "",
     "URS", "49", "", "1967-10/1967-12", "URS, Vol. 49 (Oct.-Dec. 1967)", "p. 52", ("52",), "", MAG, ";"),
    ("CS, Vol. VI (1968), No. 17 (Oct. 1), p. 1ff.; Kang Chao", "",
     "CS", "VI", "17", "1968-10-01", "CS, Vol. VI (1968), No. 17 (Oct. 1)", "p. 1ff.", ("1ff.",), "", MAG, "; Kang Chao"),
    ("SCMP, No. 1553, June 19, 1957, pp. 3–7; Mao", "",
     "SCMP", "", "1553", "1957-06-19", "SCMP, No. 1553, June 19, 1957", "pp. 3–7", ("3–7",), "", MAG, "; Mao"),
    ("SCMP, No. 1605 (Sept. 6, 1957), p. 11ff.", "",
     "SCMP", "", "1605", "1957-09-06", "SCMP, No. 1605 (Sept. 6, 1957)", "p. 11ff.", ("11ff.",), "", MAG, ""),
    ("ECMM, No. 66 (Jan. 21, 1957), p. 7; Communist", "",
     "ECMM", "", "66", "1957-01-21", "ECMM, No. 66 (Jan. 21, 1957)", "p. 7", ("7",), "", MAG, "; Communist"),
    ("FEER, Vol. XVII (July-Dec. 1954), p. 101.", "",
     "FEER", "XVII", "", "1954-07/1954-12", "FEER, Vol. XVII (July-Dec. 1954)", "p. 101", ("101",), "", MAG, "."),
    ("CNA, No. 1 (Aug. 25, 1953), p. 2ff.; Tang", "",
     "CNA", "", "1", "1953-08-25", "CNA, No. 1 (Aug. 25, 1953)", "p. 2ff.", ("2ff.",), "", MAG, "; Tang"),
    ("CNA, No. 227 (May 9, 1958), p. 1; No. 161", "",
     "CNA", "", "227", "1958-05-09", "CNA, No. 227 (May 9, 1958)", "p. 1", ("1",), "", MAG, "; No. 161"),
    # A continuation: the title is the one cited just before.
    ("No. 161 (Dec. 14, 1956), p. 1f.", "CNA",
     "CNA", "", "161", "1956-12-14", "No. 161 (Dec. 14, 1956)", "p. 1f.", ("1f.",), "", MAG, ""),
    ("1955, No. 8 (April 16), p. 4f.", "People’s China",
     "People’s China", "", "8", "1955-04-16", "1955, No. 8 (April 16)", "p. 4f.", ("4f.",), "", MAG, ""),
    # A title of its own wins over the previous one.
    ("ECMM, No. 66 (Jan. 21, 1957)", "CNA",
     "ECMM", "", "66", "1957-01-21", "ECMM, No. 66 (Jan. 21, 1957)", "", (), "", MAG, ""),
    # Other styles.
    ("The Times, 3 March 1970, p. 5", "",
     "The Times", "", "", "1970-03-03", "The Times, 3 March 1970", "p. 5", ("5",), "", NEWS, ""),
    ("Der Spiegel, Nr. 12 (1965), S. 40", "",
     "Der Spiegel", "", "12", "1965", "Der Spiegel, Nr. 12 (1965)", "S. 40", ("40",), "", MAG, ""),
    ("Peking Review, 1966, No. 33, p. 6", "",
     "Peking Review", "", "33", "1966", "Peking Review, 1966, No. 33", "p. 6", ("6",), "", MAG, ""),
    ("Far Eastern Economic Review, March 1955, p. 3", "",
     "Far Eastern Economic Review", "", "", "1955-03", "Far Eastern Economic Review, March 1955", "p. 3", ("3",),
     "", MAG, ""),
    ("Neue Zürcher Zeitung, 12. Okt. 1957", "",
     "Neue Zürcher Zeitung", "", "", "1957-10-12", "Neue Zürcher Zeitung, 12. Okt. 1957", "", (), "", NEWS, ""),
    ("Le Monde, 3 déc. 1956, p. 2", "",
     "Le Monde", "", "", "1956-12-03", "Le Monde, 3 déc. 1956", "p. 2", ("2",), "", NEWS, ""),
    ("Neue Presse vom 28. 10. 1995, S. 2.", "",  # German: the day after "vom"
     "Neue Presse", "", "", "1995-10-28", "Neue Presse vom 28. 10. 1995", "S. 2", ("2",), "", NEWS, "."),
    ("TAGESBLATT vom 3.5.1996; Lenz 1990", "",
     "TAGESBLATT", "", "", "1996-05-03", "TAGESBLATT vom 3.5.1996", "", (), "", NEWS, "; Lenz 1990"),
    ("CNA, No. 3 (see above)", "",
     "CNA", "", "3", None, "CNA, No. 3", "", (), "", MAG, " (see above)"),
    ("Peking Review, No. 5 (Feb. 1), p. 3", "",  # no year printed: read, but the issue stays undated
     "Peking Review", "", "5", None, "Peking Review, No. 5 (Feb. 1)", "p. 3", ("3",), "", MAG, ""),
    ("URS, Vol. 1 (Sept. 16, 1955-Jan. 2, 1956), No. 20 (Jan. 1)", "",  # the year inside the volume's range
     "URS", "1", "20", "1956-01-01", "URS, Vol. 1 (Sept. 16, 1955-Jan. 2, 1956), No. 20 (Jan. 1)", "", (), "", MAG, ""),
    # court decisions by the law report they are printed in: court, report, year or volume, first page, (page cited)
    ("BGH, NJW 1991, 2955 (2957); weiter", "", "NJW", "", "", "1991", "BGH, NJW 1991, 2955", "2957", ("2957",), "",
     LAW, "; weiter"),
    ("OLG Köln, MDR 1997, 81 (82 f.).", "", "MDR", "", "", "1997", "OLG Köln, MDR 1997, 81", "82 f.", ("82f.",), "",
     LAW, "."),
    ("BVerwGE 87, 332 (341).", "", "BVerwGE", "87", "", None, "BVerwGE 87, 332", "341", ("341",), "", LAW, "."),
    ("BVerfGE 12, 205; ebenso", "", "BVerfGE", "12", "", None, "BVerfGE 12, 205", "", (), "", LAW, "; ebenso"),
    ("ZfBR 2004, 44 (47)", "", "ZfBR", "", "", "2004", "ZfBR 2004, 44", "47", ("47",), "", LAW, ""),
]


@pytest.mark.parametrize(
    "text, previous, title, volume, issue, iso, printed, locator, pages, section, kind, rest", PERIODICALS
)
def test_match_periodical(text, previous, title, volume, issue, iso, printed, locator, pages, section, kind, rest):
    ref, consumed = match_periodical(text, previous)
    assert isinstance(ref, PeriodicalRef)
    assert (ref.title, ref.volume, ref.issue, ref.kind) == (title, volume, issue, kind)
    assert (ref.date.iso() if ref.date else None) == iso
    assert ref.printed == printed
    assert (ref.locator.printed, ref.locator.pages, ref.locator.section) == (locator, pages, section)
    assert text[consumed:] == rest


NOT_PERIODICALS = [
    ("Li Fu-dshun 1956, p. 41", ""),
    ("Kirby 1957, p. 738f.", ""),
    ("Communist China 1955–1959, p. 45", ""),
    ("Eighth National Congress of the Communist Party of China, Vol. I, p. 116f.", ""),
    ("Art. 60", ""),
    ("Art. 60, cited according to Tomson/Su 1972", ""),
    ("Sept. 9, 1965", ""),
    ("Sept. 9, 1965", "JMJP"),  # a bare date is prose even after a periodical
    ("Bol’šaja Sovetskaja Enciklopedija, Vol. XXI, p. 260", ""),
    ("Rostow et al., 1957, p. 402", ""),
    ("Mao 1964–1977, V, pp. 432, 433", ""),
    ("Chao Kuo-chün 1959–1960, Vol. 2, pp. 129, 135", ""),
    ("Industrialisierung und Kollektivierung im neuen China, p. 35", ""),
    ("No. 161 (Dec. 14, 1956), p. 1f.", ""),  # a continuation needs a title before it
    ("Ibid., No. 5 (May 1, 1957)", ""),
    ("Cf. NCNA, June 19, 1954", ""),  # signal words are the caller's
    ("Selected Works, 1965, p. 3", ""),  # a title and a bare year are a book
    ("CNA, Vol. 3, p. 2", ""),  # a volume with neither date nor issue
    ("CNA", ""),
    ("Die Sitzung vom 12. 3. 1990 war kurz", ""),  # prose goes on after the day
    ("Neue Presse vom März 1990", ""),  # "vom" needs a day
    ("", ""),
    ("", "CNA"),
    ("OECD 2005, 12", ""),  # a year and a page with no court or page in brackets: an author-year short form
    ("Meyer 2005, 12 (13)", ""),  # a name is no report's siglum
    ("McDonald 2005, 12 (13)", ""),
]


def test_a_decision_keeps_its_first_page():
    ref, _ = match_periodical("VG Halle, LKV 1999, 310 (311)")
    assert ref.page == "310"


@pytest.mark.parametrize("text, previous", NOT_PERIODICALS)
def test_not_a_periodical(text, previous):
    assert match_periodical(text, previous) is None


@given(st.text(), st.sampled_from(["", "CNA"]))
def test_match_periodical_never_raises(text, previous):
    found = match_periodical(text, previous)
    if found is not None:
        ref, consumed = found
        assert 0 < consumed <= len(text)
        assert text.startswith(ref.printed)


@given(st.lists(st.sampled_from(["CNA", ", ", "No. ", "Vol. ", "VI", "3", " (", ")", "Sept. 22", "1953", "April 1",
                                 "-", "p. 2", "Supplement", "People’s China"]), max_size=12),
       st.sampled_from(["", "CNA"]))
def test_match_periodical_on_reference_like_text(pieces, previous):
    text = "".join(pieces)
    found = match_periodical(text, previous)
    if found is not None:
        assert 0 < found[1] <= len(text)


# (prefix, unit, suffix): inputs of any length made of one shape repeated.
ADVERSARIAL = [("", "No. ", ""), ("", "p. 1, ", ""), ("", "1", ""), ("", "CNA, ", ""), ("", "CNA, No. 1 (", ""),
               ("", "A ", ","), ("", "CNA, Vol. 1 (1956), ", ""), ("", "No. 1, ", "")]


def read_both_ways(text):
    match_periodical(text)
    match_periodical(text, "CNA")


@pytest.mark.parametrize("shape", ADVERSARIAL, ids=lambda s: repr("".join(s)[:8]))
def test_long_input_is_read_in_linear_time(shape):
    prefix, unit, suffix = shape
    assert_linear(read_both_ways, lambda n: prefix + unit * n + suffix)
