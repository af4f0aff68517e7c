"""The monthly outage-plan balancing (月度停电计划平衡) as pure functions over plain data: no database,
no Qt. ``app.services.outage`` gathers the needs, windows and rules and stores what this proposes.

The rule (issue 19), deterministic and explained:
- needs are grouped by feeder and switch section;
- a need can be served on a working day of the month within [ready-from, wanted-by] whose public
  notice is still lawful: on or after ``as_of + notice_days`` (the notice goes out today at the
  earliest; 《电力供应与使用条例》第二十八条: seven days);
- in each group, repeatedly, a day is chosen: the feeder's maintenance days first (运检 has the
  feeder out anyway), then other working days; among those, the day serving the most works, then
  the one adding the fewest 时户数 (a maintenance day adds only the hours beyond its own), then the
  earliest;
- the group's first outage is its main one; a need served by another outage of the same feeder is an
  item for the balancing meeting with the reason it could not join (not ready in time / conflicting
  wanted-by dates), and a need no day can serve is one with its reason (not ready, notice too late,
  no window). Nothing is merged silently.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app import periods
from app.errors import Refused

REASONS = ("not_ready", "notice_too_late", "no_window", "wanted_conflict")


@dataclass(frozen=True)
class Rules:
    notice_days: int  # calendar days between the public notice and the outage, at least
    cutoff_day: int  # the day of the previous month by which a month's plan is balanced
    repeat_count: int  # this many outages of one feeder ...
    repeat_days: int  # ... within this many days warn of repeated outages

    @classmethod
    def of(cls, data: dict) -> Rules:
        return cls(int(data["notice_days"]), int(data["cutoff_day"]), int(data["repeat_count"]),
                   int(data["repeat_days"]))


@dataclass(frozen=True)
class Need:
    id: str
    case_no: str
    feeder: str
    section: str
    hours: float
    ready_from: dt.date
    wanted_by: dt.date
    customers: int

    @property
    def household_hours(self) -> float:
        return self.hours * self.customers


@dataclass(frozen=True)
class Window:
    feeder: str
    on: dt.date
    hours: float


@dataclass
class Proposal:
    feeder: str
    section: str
    on: dt.date
    hours: float
    needs: list[Need]
    maintenance: bool
    notice_by: dt.date
    household_hours: float  # what the outage adds (beyond a maintenance outage held anyway)
    saved: float  # 时户数 saved against one outage per work

    def to_json(self) -> dict:
        return {"feeder": self.feeder, "section": self.section, "on": self.on.isoformat(), "hours": self.hours,
                "needs": [n.case_no for n in self.needs], "need_ids": [n.id for n in self.needs],
                "maintenance": self.maintenance, "notice_by": self.notice_by.isoformat(),
                "household_hours": self.household_hours, "saved": self.saved}


@dataclass
class Conflict:
    need: Need
    reason: str  # one of REASONS
    outage_on: dt.date | None = None  # the day it was given instead, if any
    main_on: dt.date | None = None  # the day of its feeder's main outage, if any

    def to_json(self) -> dict:
        return {"case_no": self.need.case_no, "need_id": self.need.id, "feeder": self.need.feeder,
                "reason": self.reason, "outage_on": self.outage_on.isoformat() if self.outage_on else None,
                "main_on": self.main_on.isoformat() if self.main_on else None,
                "ready_from": self.need.ready_from.isoformat(), "wanted_by": self.need.wanted_by.isoformat()}


@dataclass
class Result:
    outages: list[Proposal] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)


def check_rules(data: dict, where: str) -> None:
    """The content of an ``outage_rules`` document (the data kind's check)."""
    bounds = {"notice_days": (0, 60), "cutoff_day": (1, 28), "repeat_count": (2, 50), "repeat_days": (1, 366)}
    for key, (lo, hi) in bounds.items():
        v = data.get(key)
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise Refused("doc_bad", where=f"{where}: {key} (a whole number from {lo} to {hi})")
    kinds = data.get("work_kinds")
    if not isinstance(kinds, list) or not kinds or not all(
            isinstance(k, dict) and isinstance(k.get("code"), str) and isinstance(k.get("name"), str) for k in kinds):
        raise Refused("doc_bad", where=f"{where}: work_kinds (a list of {{code, name}})")
    channels = data.get("channels")
    if not isinstance(channels, list) or not channels or not all(isinstance(c, str) and c for c in channels):
        raise Refused("doc_bad", where=f"{where}: channels")


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``YYYY-MM`` (refused otherwise)."""
    return periods.month_range(month)


def cutoff_of(month_start: dt.date, rules: Rules) -> dt.date:
    """The day of the previous month by which the month's plan is balanced."""
    prev = month_start - dt.timedelta(days=1)
    return prev.replace(day=min(rules.cutoff_day, prev.day))


def earliest_lawful(as_of: dt.date, rules: Rules) -> dt.date:
    """The first day an outage announced today may be held."""
    return as_of + dt.timedelta(days=rules.notice_days)


def notice_by(day: dt.date, rules: Rules) -> dt.date:
    return day - dt.timedelta(days=rules.notice_days)


def feasible_days(n: Need, first: dt.date, last: dt.date, lawful: dt.date,
                  is_workday: Callable[[dt.date], bool]) -> list[dt.date]:
    lo, hi = max(n.ready_from, first, lawful), min(n.wanted_by, last)
    out = []
    d = lo
    while d <= hi:
        if is_workday(d):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def reason_unplaced(n: Need, last: dt.date, lawful: dt.date) -> str:
    """Why no day of the month can serve ``n`` (it had no feasible day)."""
    if n.ready_from > n.wanted_by:
        return "not_ready"
    if min(n.wanted_by, last) < lawful:
        return "notice_too_late"
    return "no_window"


def in_month(n: Need, first: dt.date, last: dt.date) -> bool:
    """A need belongs to the month's balancing when its works can be ready by the month's end and it
    was not wanted so long ago that it belongs to an earlier month's plan (still listed if overdue)."""
    return n.ready_from <= last


def _extra(served: list[Need], window: Window | None) -> tuple[float, float]:
    hours = max(n.hours for n in served)
    customers = max(n.customers for n in served)
    if window is None:
        return hours, hours * customers
    total = max(hours, window.hours)
    return total, max(0.0, hours - window.hours) * customers


def balance(needs: Iterable[Need], windows: Iterable[Window], month: str, as_of: dt.date, rules: Rules,
            is_workday: Callable[[dt.date], bool], booked: dict[str, list[dt.date]] | None = None) -> Result:
    """The proposal for ``month``: outages, meeting items and warnings (see the module's rule).
    ``booked``: days other outages of a feeder are already planned on (repeated-outage warning)."""
    first, last = month_bounds(month)
    lawful = earliest_lawful(as_of, rules)
    win: dict[tuple[str, dt.date], Window] = {}
    for w in windows:
        if first <= w.on <= last:
            old = win.get((w.feeder, w.on))
            if old is None or w.hours > old.hours:
                win[(w.feeder, w.on)] = w
    groups: dict[tuple[str, str], list[Need]] = defaultdict(list)
    for n in needs:
        if in_month(n, first, last):
            groups[(n.feeder, n.section)].append(n)
    res = Result()
    for (feeder, section) in sorted(groups):
        group = sorted(groups[(feeder, section)], key=lambda n: (n.ready_from, n.wanted_by, n.case_no, n.id))
        days: dict[str, set[dt.date]] = {}
        remaining: list[Need] = []
        for n in group:
            f = feasible_days(n, first, last, lawful, is_workday)
            if f:
                days[n.id] = set(f)
                remaining.append(n)
            else:
                res.conflicts.append(Conflict(n, reason_unplaced(n, last, lawful)))
        main: Proposal | None = None
        while remaining:
            best = None
            for d in sorted(set().union(*(days[n.id] for n in remaining))):
                served = [n for n in remaining if d in days[n.id]]
                w = win.get((feeder, d))
                hours, extra = _extra(served, w)
                key = (w is None, -len(served), extra, d)
                if best is None or key < best[0]:
                    best = (key, d, served, w, hours, extra)
            _, d, served, w, hours, extra = best
            saved = sum(n.household_hours for n in served) - extra
            p = Proposal(feeder, section, d, hours, served, w is not None, notice_by(d, rules), extra, saved)
            res.outages.append(p)
            if main is None:
                main = p
            else:
                for n in served:
                    res.conflicts.append(Conflict(n, "not_ready" if n.ready_from > main.on else "wanted_conflict",
                                                  outage_on=d, main_on=main.on))
            ids = {n.id for n in served}
            remaining = [n for n in remaining if n.id not in ids]
    res.outages.sort(key=lambda p: (p.on, p.feeder, p.section))
    res.warnings = repeated(
        {f: (booked or {}).get(f, []) + [p.on for p in res.outages if p.feeder == f]
         for f in {p.feeder for p in res.outages}}, rules)
    if as_of > cutoff_of(first, rules):
        res.warnings.append({"kind": "after_cutoff", "cutoff": cutoff_of(first, rules).isoformat()})
    return res


def repeated(days_by_feeder: dict[str, list[dt.date]], rules: Rules) -> list[dict]:
    """Feeders with ``repeat_count`` outage days or more within ``repeat_days`` days."""
    out = []
    for feeder in sorted(days_by_feeder):
        days = sorted(days_by_feeder[feeder])  # two sections out on one day: two outages
        for i in range(len(days) - rules.repeat_count + 1):
            j = i + rules.repeat_count - 1
            if (days[j] - days[i]).days < rules.repeat_days:
                out.append({"kind": "repeated", "feeder": feeder, "count": rules.repeat_count,
                            "days": rules.repeat_days, "first": days[i].isoformat(), "last": days[j].isoformat()})
                break
    return out


def check_on(day: dt.date, needs: Iterable[Need], as_of: dt.date, rules: Rules,
             is_workday: Callable[[dt.date], bool], notice_on: dt.date | None = None) -> list[dict]:
    """What is wrong with holding an outage serving ``needs`` on ``day`` (the live re-check after a
    move): a need not ready by then, a wanted-by date passed, a notice too late, a day off."""
    out = []
    if not is_workday(day):
        out.append({"check": "not_workday", "on": day.isoformat()})
    latest_notice = notice_by(day, rules)
    if notice_on is None and earliest_lawful(as_of, rules) > day:
        out.append({"check": "notice_too_late", "on": day.isoformat(), "notice_by": latest_notice.isoformat()})
    if notice_on is not None and notice_on > latest_notice:
        out.append({"check": "notice_too_late", "on": day.isoformat(), "notice_by": latest_notice.isoformat(),
                    "notice_on": notice_on.isoformat()})
    for n in needs:
        if n.ready_from > day:
            out.append({"check": "not_ready", "case_no": n.case_no, "ready_from": n.ready_from.isoformat()})
        if n.wanted_by < day:
            out.append({"check": "after_wanted", "case_no": n.case_no, "wanted_by": n.wanted_by.isoformat()})
    return out
