"""The case clock: elapsed supply-department time per stage round, deadlines, statuses, and the
verdict of every active rule set. Pure functions over plain data (no database, no Qt).

An event dated d takes effect at the end of day d (DESIGN.md §1), hence
``elapsed = workdays_between(start, end or as_of) - Σ workdays_between(pause_start, pause_end or as_of)``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.rules import CaseFacts, RuleSet, resolve_limit
from app.workdays import WorkCalendar

DEFAULT_WARN_WD = 1


@dataclass
class PauseSpan:
    started_on: dt.date
    ended_on: dt.date | None
    reason: str
    note: str = ""


@dataclass
class RoundData:
    stage: str
    round: int
    started_on: dt.date
    finished_on: dt.date | None
    outcome: str | None
    pauses: list[PauseSpan] = field(default_factory=list)


@dataclass
class CaseData:
    applied_on: dt.date
    capacity_kva: float
    dual_source: bool
    business_type: str
    rounds: list[RoundData]

    @property
    def facts(self) -> CaseFacts:
        return CaseFacts(self.capacity_kva, self.dual_source, self.business_type)


@dataclass
class RoundClock:
    code: str
    round: int
    started_on: dt.date
    finished_on: dt.date | None
    outcome: str | None
    limit_wd: int | None
    elapsed_wd: int
    paused_wd: int
    deadline: dt.date | None
    remaining_wd: int | None
    status: str
    paused: bool
    pause_reason: str | None
    pauses: list[PauseSpan]

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "round": self.round,
            "started_on": _iso(self.started_on),
            "finished_on": _iso(self.finished_on),
            "outcome": self.outcome,
            "limit_wd": self.limit_wd,
            "elapsed_wd": self.elapsed_wd,
            "paused_wd": self.paused_wd,
            "deadline": _iso(self.deadline),
            "remaining_wd": self.remaining_wd,
            "status": self.status,
            "paused": self.paused,
            "pauses": [
                {"started_on": _iso(p.started_on), "ended_on": _iso(p.ended_on), "reason": p.reason, "note": p.note}
                for p in self.pauses
            ],
        }


@dataclass
class ItemVerdict:
    name: str
    name_en: str
    stages: list[str]
    limit_wd: int
    unit: str
    used_wd: int
    status: str  # met | missed | pending

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "name_en": self.name_en,
            "stages": self.stages,
            "limit_wd": self.limit_wd,
            "unit": self.unit,
            "used_wd": self.used_wd,
            "status": self.status,
        }


@dataclass
class RuleVerdict:
    rule_set: str
    version: int
    name: str
    name_en: str
    verdict: str
    items: list[ItemVerdict]

    def to_json(self) -> dict:
        return {
            "rule_set": self.rule_set,
            "version": self.version,
            "name": self.name,
            "name_en": self.name_en,
            "verdict": self.verdict,
            "items": [i.to_json() for i in self.items],
        }


@dataclass
class CaseClock:
    rounds: list[RoundClock]
    supply_dept_wd: int
    rules: list[RuleVerdict]
    assumed_calendar_years: list[int]
    finished: bool

    @property
    def current(self) -> RoundClock | None:
        for r in reversed(self.rounds):
            if r.finished_on is None:
                return r
        return None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _clip_to(data: CaseData, as_of: dt.date) -> list[RoundData]:
    """What was known at the end of ``as_of``: later starts dropped, later finishes reopened."""
    out = []
    for r in data.rounds:
        if r.started_on > as_of:
            continue
        finished = r.finished_on if r.finished_on and r.finished_on <= as_of else None
        pauses = []
        for p in r.pauses:
            if p.started_on > as_of:
                continue
            ended = p.ended_on if p.ended_on and p.ended_on <= as_of else None
            pauses.append(PauseSpan(p.started_on, ended, p.reason, p.note))
        out.append(RoundData(r.stage, r.round, r.started_on, finished, r.outcome if finished else None, pauses))
    return out


def _span(cal: WorkCalendar, unit: str, a: dt.date, b: dt.date) -> int:
    if b <= a:
        return 0
    return cal.workdays_between(a, b) if unit == "wd" else (b - a).days


def round_elapsed(cal: WorkCalendar, r: RoundData, as_of: dt.date, unit: str = "wd") -> tuple[int, int]:
    """(elapsed supply-department time, paused time) of one round, in the unit given."""
    end = r.finished_on or as_of
    gross = _span(cal, unit, r.started_on, end)
    paused = 0
    for p in r.pauses:
        ps = max(p.started_on, r.started_on)
        pe = min(p.ended_on or end, end)
        paused += _span(cal, unit, ps, pe)
    return gross - paused, paused


def clock_round(
    cal: WorkCalendar,
    primary: RuleSet | None,
    facts: CaseFacts,
    r: RoundData,
    as_of: dt.date,
    warn_wd: int = DEFAULT_WARN_WD,
) -> RoundClock:
    """The clock of one round as of the end of ``as_of`` (the round is already clipped to it)."""
    elapsed, paused = round_elapsed(cal, r, as_of)
    limit = primary.stage_limit(r.stage, facts) if primary else None
    deadline = remaining = None
    if limit is not None:
        deadline = cal.add_workdays(r.started_on, limit + paused)
        remaining = limit - elapsed
    open_pause = next((p for p in r.pauses if p.ended_on is None), None)
    if r.finished_on is not None:
        status = "on_time" if remaining is None or remaining >= 0 else "late"
    elif remaining is None:
        status = "normal"
    elif remaining < 0:
        status = "overdue"
    elif remaining <= warn_wd:
        status = "warning"
    else:
        status = "normal"
    return RoundClock(
        code=r.stage,
        round=r.round,
        started_on=r.started_on,
        finished_on=r.finished_on,
        outcome=r.outcome,
        limit_wd=limit,
        elapsed_wd=elapsed,
        paused_wd=paused,
        deadline=deadline,
        remaining_wd=remaining,
        status=status,
        paused=open_pause is not None,
        pause_reason=open_pause.reason if open_pause else None,
        pauses=r.pauses,
    )


def evaluate(
    data: CaseData,
    cal: WorkCalendar,
    rule_sets: list[RuleSet],
    as_of: dt.date,
    warn_wd: int = DEFAULT_WARN_WD,
) -> CaseClock:
    primary = next((rs for rs in rule_sets if rs.primary), None)
    facts = data.facts
    rounds = _clip_to(data, as_of)
    clocks: list[RoundClock] = []
    touched: list[dt.date] = [data.applied_on]
    for r in rounds:
        c = clock_round(cal, primary, facts, r, as_of, warn_wd)
        clocks.append(c)
        if r.finished_on is not None:
            touched.append(r.finished_on)
        else:
            touched.append(as_of)
            if c.deadline:
                touched.append(c.deadline)
    complete = _complete_stages(rounds)
    finished = "ENERGIZE" in complete
    spans: dict = {}  # (round index, unit) -> elapsed: every item of every rule set reads the same rounds
    verdicts = [_judge(rs, rounds, complete, cal, as_of, facts, spans) for rs in rule_sets]
    return CaseClock(
        rounds=clocks,
        supply_dept_wd=sum(c.elapsed_wd for c in clocks),
        rules=verdicts,
        assumed_calendar_years=cal.assumed_years(*touched),
        finished=finished,
    )


def judge(data: CaseData, cal: WorkCalendar, rule_sets: list[RuleSet], as_of: dt.date
          ) -> tuple[list[RoundData], list[int], list[RuleVerdict]]:
    """What ``evaluate`` says of the time used, without the deadlines and statuses of each round: the
    rounds known at ``as_of``, the supply-department time of each (working days) and the verdict of
    each rule set. The bulletins judge tens of thousands of finished cases with it."""
    rounds = _clip_to(data, as_of)
    complete = _complete_stages(rounds)
    spans: dict = {}
    elapsed = []
    for i, r in enumerate(rounds):
        spans[(i, "wd")] = e = round_elapsed(cal, r, as_of)[0]
        elapsed.append(e)
    return rounds, elapsed, [_judge(rs, rounds, complete, cal, as_of, data.facts, spans) for rs in rule_sets]


def _complete_stages(rounds: list[RoundData]) -> set[str]:
    """Stages whose last round finished with a pass."""
    last: dict[str, RoundData] = {}
    for r in rounds:
        last[r.stage] = r
    return {s for s, r in last.items() if r.finished_on is not None and r.outcome != "rectify"}


def _judge(
    rs: RuleSet, rounds: list[RoundData], complete: set[str], cal: WorkCalendar, as_of: dt.date, facts: CaseFacts,
    cache: dict | None = None,
) -> RuleVerdict:
    cache = {} if cache is None else cache
    by_stage = cache.get("by_stage")
    if by_stage is None:  # the rounds of each stage, in order: every item reads only its own
        by_stage = cache["by_stage"] = {}
        for i, r in enumerate(rounds):
            by_stage.setdefault(r.stage, []).append(i)
    items = []
    for item in rs.items:
        limit = resolve_limit(item.limit, facts)
        mine = [i for s in item.stages for i in by_stage.get(s, ())] if len(item.stages) == 1 else sorted(
            i for s in item.stages for i in by_stage.get(s, ()))
        spans = []
        for i in mine:
            key = (i, item.unit)
            if key not in cache:
                cache[key] = round_elapsed(cal, rounds[i], as_of, item.unit)[0]
            spans.append(cache[key])
        used = (max(spans) if spans else 0) if item.per_round else sum(spans)
        if used > limit:
            status = "missed"
        elif all(s in complete for s in item.stages):
            status = "met"
        else:
            status = "pending"
        items.append(ItemVerdict(item.name, item.name_en, list(item.stages), limit, item.unit, used, status))
    if any(i.status == "missed" for i in items):
        verdict = "missed"
    elif all(i.status == "met" for i in items):
        verdict = "met"
    else:
        verdict = "pending"
    return RuleVerdict(rs.id, rs.version, rs.name, rs.name_en, verdict, items)
