"""Working-day arithmetic (DESIGN.md §1).

A working day is a weekday that is not a statutory holiday, or a make-up working day (调休上班).
Conventions, fixed:
- ``workdays_between(a, b)`` counts working days d with a < d <= b; same day gives 0; for b < a
  it is the negative of ``workdays_between(b, a)``.
- ``add_workdays(a, n)`` is the n-th working day after a (n >= 1); n == 0 gives a itself.

Both are O(1): the calendar is turned once into a cumulative count per day and a list of
working-day ordinals. A year without a known schedule is counted as weekends only; callers ask
``assumed_years(...)`` to say so wherever a date from such a year is used.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

HOLIDAY = "holiday"  # a day off (statutory holiday or a weekend day of a holiday run)
WORKDAY = "workday"  # a make-up working day (调休上班)
NORMAL = "normal"  # used only in imports: reset a date to the plain weekday/weekend rule
KINDS = (HOLIDAY, WORKDAY, NORMAL)

FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)


class CalendarRangeError(ValueError):
    pass


@dataclass
class WorkCalendar:
    """An immutable, indexed working-day calendar."""

    overrides: Mapping[dt.date, str] = field(default_factory=dict)
    covered_years: frozenset[int] = frozenset()
    names: Mapping[dt.date, str] = field(default_factory=dict)  # 元旦, 春节… (shown, never counted)

    def __post_init__(self) -> None:
        base = FIRST_DAY.toordinal()
        ndays = LAST_DAY.toordinal() - base + 1
        # weekday of FIRST_DAY; 0 = Monday
        wd0 = FIRST_DAY.weekday()
        flags = bytearray(ndays)
        for i in range(ndays):
            flags[i] = 1 if (wd0 + i) % 7 < 5 else 0
        for day, kind in self.overrides.items():
            i = day.toordinal() - base
            if 0 <= i < ndays:
                if kind == HOLIDAY:
                    flags[i] = 0
                elif kind == WORKDAY:
                    flags[i] = 1
        # cum[i] = number of working days in [FIRST_DAY, FIRST_DAY + i]
        cum = [0] * ndays
        ords: list[int] = []
        running = 0
        for i in range(ndays):
            if flags[i]:
                running += 1
                ords.append(base + i)
            cum[i] = running
        self._base = base
        self._flags = bytes(flags)
        self._cum = cum
        self._ords = ords
        self.covered_years = frozenset(self.covered_years)

    # --- index helpers -------------------------------------------------------------------
    def _idx(self, d: dt.date) -> int:
        i = d.toordinal() - self._base
        if i < 0 or i >= len(self._cum):
            raise CalendarRangeError(
                f"日期 {d.isoformat()} 超出日历支持范围 ({FIRST_DAY.isoformat()} 至 {LAST_DAY.isoformat()})"
            )
        return i

    # --- public API ----------------------------------------------------------------------
    def require_covered(self, d: dt.date) -> None:
        """Refuse (``CalendarRangeError``) a date outside the calendar's range, before anything is written."""
        self._idx(d)

    def is_workday(self, d: dt.date) -> bool:
        return bool(self._flags[self._idx(d)])

    def workdays_between(self, a: dt.date, b: dt.date) -> int:
        return self._cum[self._idx(b)] - self._cum[self._idx(a)]

    def add_workdays(self, a: dt.date, n: int) -> dt.date:
        if n == 0:
            return a
        pos = self._cum[self._idx(a)]
        if n > 0:
            k = pos + n - 1
        else:  # the |n|-th working day before a
            k = pos - self._flags[self._idx(a)] + n
        if k < 0 or k >= len(self._ords):
            raise CalendarRangeError(f"日期 {a.isoformat()} 加 {n} 个工作日超出日历支持范围")
        return dt.date.fromordinal(self._ords[k])

    def next_workday_on_or_after(self, d: dt.date) -> dt.date:
        i = self._idx(d)
        if self._flags[i]:
            return d
        return dt.date.fromordinal(self._ords[self._cum[i]])

    def is_assumed(self, year: int) -> bool:
        """True when the year's schedule is unknown and only weekends are counted."""
        return year not in self.covered_years

    def assumed_years(self, *dates: dt.date | None) -> list[int]:
        """The years, among those touched by the dates' span, that are counted as weekends only."""
        ds = [d for d in dates if d is not None]
        if not ds:
            return []
        lo, hi = min(ds).year, max(ds).year
        return [y for y in range(lo, hi + 1) if y not in self.covered_years]

    def kind_of(self, d: dt.date) -> str:
        return self.overrides.get(d, NORMAL)

    def name_of(self, d: dt.date) -> str:
        """The holiday's (or make-up day's) name, "" for a plain day or one without a name."""
        return self.names.get(d, "") if d in self.overrides else ""

    def days_of_year(self, year: int) -> list[tuple[dt.date, str]]:
        return sorted((d, k) for d, k in self.overrides.items() if d.year == year)


def weekends_only() -> WorkCalendar:
    return WorkCalendar({}, frozenset())


def from_chinese_calendar(years: Iterable[int] | None = None) -> tuple[dict[dt.date, str], dict[dt.date, str], set[int]]:
    """Read the ``chinese_calendar`` package: (kinds by date, names by date, years covered)."""
    import chinese_calendar as cc  # imported lazily: only seeding needs it

    kinds: dict[dt.date, str] = {}
    names: dict[dt.date, str] = {}
    for d, name in cc.holidays.items():
        kinds[d] = HOLIDAY
        names[d] = str(name)
    for d, name in cc.workdays.items():
        kinds[d] = WORKDAY
        names[d] = str(name)
    covered = {d.year for d, k in kinds.items() if k == HOLIDAY}
    if years is not None:
        wanted = set(years)
        kinds = {d: k for d, k in kinds.items() if d.year in wanted}
        names = {d: n for d, n in names.items() if d in kinds}
        covered &= wanted
    # chinese_calendar's weekend days inside holiday runs are listed too; weekday holidays and
    # make-up days are what differ from the plain rule. Keep them all: they document the run.
    return kinds, names, covered
