"""Dates as printed in the notes of the example chapter, and the ways other notes print them."""


import pytest
from hypothesis import given
from hypothesis import strategies as st
from linear import assert_linear

from converter.model import Date
from converter.values.dates import MONTHS, match_date, match_month_day

# text -> (date-parts, end date-parts, characters consumed)
DATES = [
    ("Sept. 22, 1953", (1953, 9, 22), (), 14),
    ("Aug. 12, 1955", (1955, 8, 12), (), 13),
    ("June 19, 1957", (1957, 6, 19), (), 13),
    ("22 Sept. 1953", (1953, 9, 22), (), 13),
    ("22. September 1953", (1953, 9, 22), (), 18),
    ("1956", (1956,), (), 4),
    ("1968", (1968,), (), 4),
    ("July-Sept. 1956", (1956, 7), (1956, 9), 15),
    ("Oct.-Dec. 1956", (1956, 10), (1956, 12), 14),
    ("July-Dec. 1954", (1954, 7), (1954, 12), 14),
    ("Sept. 16, 1955-Jan. 2, 1956", (1955, 9, 16), (1956, 1, 2), 27),
    ("1959–1960", (1959,), (1960,), 9),
    ("1959-1960", (1959,), (1960,), 9),
    ("1964–1977", (1964,), (1977,), 9),
    # Not in the example, printed elsewhere.
    ("March 1955", (1955, 3), (), 10),
    ("3 March 1970", (1970, 3, 3), (), 12),
    ("Sept 22, 1953", (1953, 9, 22), (), 13),  # dot dropped
    ("Sept. 22nd, 1953", (1953, 9, 22), (), 16),
    ("Oct. 1 1956", (1956, 10, 1), (), 11),
    ("Januar 1956", (1956, 1), (), 11),
    ("Mai 1968", (1968, 5), (), 8),
    ("12. Okt. 1957", (1957, 10, 12), (), 13),
    ("24. Dez. 1957", (1957, 12, 24), (), 13),
    ("5. März 1953", (1953, 3, 5), (), 12),
    ("1er mars 1956", (1956, 3, 1), (), 13),
    ("14 juillet 1789", (1789, 7, 14), (), 15),
    ("15 août 1945", (1945, 8, 15), (), 12),
    ("Mars 1956", (1956, 3), (), 9),  # French month capitalized at a sentence start
    ("3 déc. 1956", (1956, 12, 3), (), 11),
    ("juin 1940", (1940, 6), (), 9),
    ("janvier 1960", (1960, 1), (), 12),
    ("Feb. 29, 1956", (1956, 2, 29), (), 13),  # leap year
    ("1953-09-22", (1953, 9, 22), (), 10),
    ("1959–60", (1959,), (1960,), 7),
    ("Sept. 22–24, 1953", (1953, 9, 22), (1953, 9, 24), 17),
    ("22–24 Sept. 1953", (1953, 9, 22), (1953, 9, 24), 16),
    ("Dec. 1956-Jan. 1957", (1956, 12), (1957, 1), 19),
    ("Dec.-Feb. 1957", (1956, 12), (1957, 2), 14),  # over New Year: the start is the year before
    ("Sept. 1953 – Jan. 1954", (1953, 9), (1954, 1), 22),
    ("27.10.1995", (1995, 10, 27), (), 10),  # all in digits, day first
    ("3. 5. 1996, S. 71", (1996, 5, 3), (), 10),
    ("13.9. 1994", (1994, 9, 13), (), 10),
    # What follows the date is left to the caller.
    ("Sept. 22, 1953), p. 2", (1953, 9, 22), (), 14),
    ("1954, No. 7 (April 1)", (1954,), (), 4),
    ("1954 (p. 260)", (1954,), (), 4),
    ("1956-p. 4", (1956,), (), 4),
]


@pytest.mark.parametrize("text, parts, end, consumed", DATES)
def test_match_date(text, parts, end, consumed):
    assert match_date(text) == (Date(parts, end), consumed)


NOT_DATES = [
    "April 1",  # no year: see match_month_day
    "Oct. 1",
    "July",
    "Feb. 30, 1956",  # impossible
    "Feb. 29, 1957",  # not a leap year
    "April 31, 1956",
    "1953-13-01",
    "1960-1959",  # ends before it starts
    "Sept. 16, 1956-Jan. 2, 1956",
    "1974a",  # a short form's year with its suffix
    "19745",
    "may 1968",  # English "may" in lower case is a verb
    "Mainz 1968",
    "Li Fu-dshun 1956",
    "p. 41",
    "",
    "the tables",
    "0956",
    "31.2.1990",  # impossible, in digits
    "12.13.1990",
    "1.1990",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert match_date(text) is None


MONTH_DAYS = [
    ("April 1", (4, 1), 7),
    ("Oct. 1", (10, 1), 6),
    ("Jan. 21", (1, 21), 7),
    ("April 16), Supplement", (4, 16), 8),
    ("July 1", (7, 1), 6),
    ("1 April", (4, 1), 7),
    ("1. April", (4, 1), 8),
    ("Feb. 29", (2, 29), 7),  # the year decides later whether it exists
    ("April 1, 1954", (4, 1), 7),  # the year is left to the caller
]


@pytest.mark.parametrize("text, month_day, consumed", MONTH_DAYS)
def test_match_month_day(text, month_day, consumed):
    assert match_month_day(text) == (month_day, consumed)


@pytest.mark.parametrize("text", ["Feb. 30", "April 31", "April", "1956", "No. 7", "April 100", ""])
def test_not_a_month_day(text):
    assert match_month_day(text) is None


@pytest.mark.parametrize(
    "spelling, number",
    [("Jan.", 1), ("January", 1), ("Feb.", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6),
     ("July", 7), ("Aug.", 8), ("Sept.", 9), ("Sep.", 9), ("Oct.", 10), ("Nov.", 11), ("Dec.", 12),
     ("Januar", 1), ("Mai", 5), ("Juni", 6), ("Okt.", 10), ("Dez.", 12), ("März", 3),
     ("janvier", 1), ("mars", 3), ("juin", 6), ("juillet", 7), ("août", 8), ("déc.", 12)],
)
def test_months_table(spelling, number):
    assert MONTHS[spelling] == number
    assert match_date(f"{spelling} 1956") == (Date((1956, number)), len(spelling) + 5)
    if spelling.endswith("."):  # the dot is optional
        assert match_date(f"{spelling[:-1]} 1956") == (Date((1956, number)), len(spelling) + 4)


@given(st.text())
def test_match_date_never_raises(text):
    found = match_date(text)
    if found is not None:
        date, consumed = found
        assert 0 < consumed <= len(text)
        assert date.parts


@given(st.text())
def test_match_month_day_never_raises(text):
    found = match_month_day(text)
    if found is not None:
        assert 0 < found[1] <= len(text)


# Inputs of any length made of one shape repeated.
ADVERSARIAL = ["1", "Sept. ", "1956-", "22 ", "Jan.-", "1 "]


def read_both_ways(text):
    match_date(text)
    match_month_day(text)


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_long_input_is_read_in_linear_time(unit):
    assert_linear(read_both_ways, lambda n: unit * n)
