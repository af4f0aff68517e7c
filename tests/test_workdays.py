"""The working-day calendar against chinese_calendar, and the conventions of DESIGN.md §1."""
import datetime as dt

import chinese_calendar as cc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.workdays import WorkCalendar, from_chinese_calendar

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    kinds, _names, covered = from_chinese_calendar()
    return WorkCalendar(kinds, frozenset(covered))


def test_every_day_2004_2026_agrees_with_chinese_calendar(cal):
    d = D(2004, 1, 1)
    mismatches = []
    while d <= D(2026, 12, 31):
        if cal.is_workday(d) != cc.is_workday(d):
            mismatches.append(d)
        d += dt.timedelta(days=1)
    assert mismatches == []
    assert set(range(2004, 2027)) <= cal.covered_years


def _naive_between(a, b):
    return sum(1 for i in range(1, (b - a).days + 1) if cc.is_workday(a + dt.timedelta(days=i)))


def _naive_add(a, n):
    d = a
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


dates = st.dates(min_value=D(2004, 1, 1), max_value=D(2026, 10, 31))


@settings(max_examples=400, deadline=None)
@given(a=dates, span=st.integers(0, 60))
def test_workdays_between_matches_naive_count(cal, a, span):
    b = a + dt.timedelta(days=span)
    assert cal.workdays_between(a, b) == _naive_between(a, b)
    assert cal.workdays_between(b, a) == -cal.workdays_between(a, b)


@settings(max_examples=400, deadline=None)
@given(a=dates, n=st.integers(1, 30))
def test_add_workdays_matches_naive_and_inverts(cal, a, n):
    d = cal.add_workdays(a, n)
    assert d == _naive_add(a, n)
    assert cal.is_workday(d)
    assert cal.workdays_between(a, d) == n


def test_conventions_same_day_start_excluded_end_included(cal):
    mon, tue = D(2026, 11, 23), D(2026, 11, 24)
    assert cal.workdays_between(mon, mon) == 0
    assert cal.workdays_between(mon, tue) == 1  # Monday excluded, Tuesday included
    fri, sat, sun, nmon = D(2026, 11, 20), D(2026, 11, 21), D(2026, 11, 22), D(2026, 11, 23)
    assert cal.workdays_between(fri, sun) == 0
    assert cal.workdays_between(sat, nmon) == 1
    assert cal.add_workdays(fri, 1) == nmon
    assert cal.add_workdays(sat, 1) == nmon
    assert cal.add_workdays(mon, 0) == mon


def test_national_day_and_make_up_saturday(cal):
    # 2026: 1-7 October off, Saturday 10 October is a make-up working day
    assert cal.workdays_between(D(2026, 9, 30), D(2026, 10, 7)) == 0
    assert cal.is_workday(D(2026, 10, 10))
    assert cal.add_workdays(D(2026, 9, 30), 1) == D(2026, 10, 8)
    assert cal.add_workdays(D(2026, 10, 9), 1) == D(2026, 10, 10)


def test_2027_falls_back_to_weekends_and_is_flagged(cal):
    # chinese_calendar itself raises for 2027; we must not.
    with pytest.raises(NotImplementedError):
        cc.is_workday(D(2027, 1, 1))
    assert cal.is_workday(D(2027, 1, 1))  # a Friday: weekends only
    assert not cal.is_workday(D(2027, 1, 2))
    assert cal.workdays_between(D(2026, 12, 31), D(2027, 1, 8)) == 6
    assert cal.is_assumed(2027) and not cal.is_assumed(2026)
    assert cal.assumed_years(D(2026, 12, 1), D(2027, 2, 1)) == [2027]
    assert cal.assumed_years(D(2026, 1, 1), D(2026, 12, 31)) == []


def test_negative_and_out_of_range(cal):
    assert cal.add_workdays(D(2026, 10, 8), -1) == D(2026, 9, 30)
    assert cal.add_workdays(D(2026, 10, 10), -1) == D(2026, 10, 9)
    with pytest.raises(ValueError):
        cal.is_workday(D(1999, 12, 31))
