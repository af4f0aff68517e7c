"""The monthly analysis meeting (业扩报装月度分析会, issue 20): the agenda built for a month (the
month's figures, every case finished in it that missed a limit, every open case in warning or
overdue, every 时间偏差, every pause longer than the ``aftercare`` threshold, the measures of
earlier meetings still open), and what the meeting records: attendance, a conclusion per agenda
case and improvement measures (``Action`` rows, owner_kind ``analysis``), followed up next month.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import aftercare, fields, periods
from app.domain import PAUSE_REASONS, stage_name
from app.errors import Refused
from app.messages import language
from app.models import Action, AnalysisConclusion, AnalysisMeeting, Case, Pause, StageRound, natural_id
from app.services import followups
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import parse_date, today_of
from app.services.evaluation import late_stages
from app.services.query import case_clock, warnings
from app.store import store_of, utcnow


def month_range(month: str) -> tuple[dt.date, dt.date]:
    return periods.month_range(month)


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def _figures_and_late(s: Session, start: dt.date, end: dt.date) -> tuple[dict, list[dict]]:
    power = followups.energized_between(s, start, end)
    cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(list(power))))}
    per_rule: dict[str, dict] = {}
    per_stage: dict[tuple[str, str], dict] = {}
    per_manager: dict[str, dict] = {}
    late_cases = []
    total_wd = 0
    for cid in sorted(power, key=lambda c: cases[c].case_no):
        case = cases[cid]
        clock = case_clock(s, case, power[cid])
        total_wd += clock.supply_dept_wd
        for rv in clock.rules:
            r = per_rule.setdefault(rv.rule_set, {"rule_set": rv.rule_set, "name": rv.name, "name_en": rv.name_en,
                                                  "n": 0, "met": 0, "missed": 0})
            r["n"] += 1
            r["met"] += rv.verdict == "met"
            r["missed"] += rv.verdict == "missed"
            for it in rv.items:
                st = per_stage.setdefault((rv.rule_set, it.name), {"rule_set": rv.rule_set, "item": it.name,
                                                                   "item_en": it.name_en, "stages": list(it.stages),
                                                                   "n": 0, "met": 0, "missed": 0})
                st["n"] += 1
                st["met"] += it.status == "met"
                st["missed"] += it.status == "missed"
        late = late_stages(clock)
        m = per_manager.setdefault(case.manager, {"manager": case.manager, "finished": 0, "late": 0, "wd": 0})
        m["finished"] += 1
        m["wd"] += clock.supply_dept_wd
        if late:
            m["late"] += 1
            late_cases.append({"case_no": case.case_no, "customer_name": case.customer_name, "manager": case.manager,
                               "energized_on": power[cid].isoformat(), "supply_dept_wd": clock.supply_dept_wd,
                               "stages": [{"code": x["code"], "rule_set": x["rule_set"], "item": x["item"],
                                           "over_wd": x["over_wd"], "unit": x["unit"]} for x in late]})
    n = len(power)
    for r in per_rule.values():
        r["rate"] = _rate(r["met"], r["n"])
    for st in per_stage.values():
        st["rate"] = _rate(st["met"], st["n"])
    managers = []
    for m in sorted(per_manager.values(), key=lambda x: x["manager"]):
        managers.append({"manager": m["manager"], "finished": m["finished"], "late": m["late"],
                         "avg_supply_dept_wd": round(m["wd"] / m["finished"], 1)})
    figures = {"finished": n, "late": len(late_cases), "avg_supply_dept_wd": round(total_wd / n, 1) if n else None,
               "rule_sets": list(per_rule.values()), "items": list(per_stage.values()), "managers": managers}
    return figures, late_cases


def _long_pauses(s: Session, start: dt.date, end: dt.date, as_of: dt.date) -> list[dict]:
    store = store_of(s)
    cal = store.calendar
    limit = aftercare.settings(store.config(s))["long_pause_wd"]
    stop = min(end, as_of)
    q = (select(Pause, StageRound, Case).join(StageRound, StageRound.id == Pause.round_id)
         .join(Case, Case.id == StageRound.case_id)
         .where(Pause.deleted.is_(False), StageRound.deleted.is_(False), Case.deleted.is_(False),
                Pause.started_on <= stop, (Pause.ended_on.is_(None)) | (Pause.ended_on >= start)))
    out = []
    lang = 0 if language() == "zh" else 1
    for p, r, c in s.execute(q):
        until = min(p.ended_on, stop) if p.ended_on else stop
        wd = cal.workdays_between(p.started_on, until)
        if wd > limit:
            out.append({"case_no": c.case_no, "customer_name": c.customer_name, "manager": c.manager,
                        "stage": r.stage, "started_on": p.started_on.isoformat(), "ended_on":
                        p.ended_on.isoformat() if p.ended_on and p.ended_on <= stop else None,
                        "reason": p.reason, "reason_name": PAUSE_REASONS.get(p.reason, (p.reason, p.reason))[lang],
                        "note": p.note, "wd": wd, "limit_wd": limit})
    out.sort(key=lambda x: (-x["wd"], x["case_no"]))
    return out


def _meeting(s: Session, month: str) -> AnalysisMeeting | None:
    return s.scalar(select(AnalysisMeeting).where(AnalysisMeeting.month == month, AnalysisMeeting.deleted.is_(False)))


def agenda(s: Session, month: str, as_of: dt.date | None = None) -> dict:
    """The agenda of the month's analysis meeting (the ``analysis agenda --json`` contract):
    {month, figures, late_cases, deviations, overdue_open, long_pauses, open_actions, meeting}.
    ``overdue_open`` is as of the month's last day (or ``as_of`` when earlier)."""
    start, end = month_range(month)
    store = store_of(s)
    as_of = as_of or today_of(store)
    month = start.strftime("%Y-%m")
    figures, late = _figures_and_late(s, start, end)
    stop = min(end, as_of)
    lang = language()
    overdue = [{"case_no": w["case_no"], "customer_name": w["customer_name"], "manager": w["manager"],
                "stage": w["stage"], "stage_name": stage_name(w["stage"], lang), "status": w["status"],
                "deadline": w["deadline"], "remaining_wd": w["remaining_wd"]} for w in warnings(s, stop)]
    m = _meeting(s, month)
    # the follow-ups done in the month, and those of the month's cases done since (before the meeting)
    devs = followups.deviations(s, start, end)
    seen = {(d["followup_id"], d["field"]) for d in devs}
    devs += [d for d in followups.deviations_of_cases(s, followups.energized_between(s, start, end), as_of)
             if (d["followup_id"], d["field"]) not in seen]
    return {"month": month, "as_of": stop.isoformat(), "figures": figures, "late_cases": late,
            "deviations": devs, "overdue_open": overdue,
            "long_pauses": _long_pauses(s, start, end, as_of),
            # earlier meetings' measures and follow-up actions still open at the month's end
            "open_actions": [a for a in followups.open_actions(s, stop) if a["kind"] == "analysis"
                             and (m is None or a["owner_id"] != m.id)],
            "meeting": meeting_view(s, m) if m else None}


def meeting_view(s: Session, m: AnalysisMeeting) -> dict:
    cases = {}
    conclusions = []
    for c in s.scalars(select(AnalysisConclusion).where(AnalysisConclusion.meeting_id == m.id,
                                                        AnalysisConclusion.deleted.is_(False))):
        case = cases.get(c.case_id) or s.get(Case, c.case_id)
        conclusions.append({"case_no": case.case_no, "customer_name": case.customer_name, "text": c.text,
                            "recorded_by": c.recorded_by})
    conclusions.sort(key=lambda x: x["case_no"])
    measures = [followups.action_row(a, s.get(Case, a.case_id).case_no if a.case_id else None)
                for a in s.scalars(select(Action).where(Action.owner_kind == "analysis", Action.owner_id == m.id,
                                                        Action.deleted.is_(False)).order_by(Action.due_on))]
    return {"id": m.id, "month": m.month, "held_on": m.held_on.isoformat(), "place": m.place, "chair": m.chair,
            "attendance": json.loads(m.attendance or "[]"), "note": m.note, "conclusions": conclusions,
            "measures": measures}


def _names(text: str | list | None) -> list[str]:
    items = text if isinstance(text, list) else str(text or "").replace("，", ",").replace("、", ",").split(",")
    out = []
    for n in items:
        n = fields.ATTENDEE.check(n)
        if n and n not in out:
            out.append(n)
    return out


def hold(s: Session, month: str, on: dt.date | str, chair: str, attendance, place: str = "", note: str = "") -> Changes:
    """Record (or amend) the month's meeting: when, who chaired, who attended."""
    store = store_of(s)
    start, _end = month_range(month)
    month = start.strftime("%Y-%m")
    on = parse_date(on)
    store.calendar.require_covered(on)
    if on < start:
        raise Refused("after_meeting_before_month", on=on.isoformat(), month=month)
    today = today_of(store)
    if on > today:
        raise Refused("date_in_future", on=on.isoformat(), today=today.isoformat())
    chair = fields.MEETING_CHAIR.check(chair)
    names = _names(attendance)
    if not names:
        raise Refused("after_no_attendance")
    place = fields.MEETING_PLACE.check(place)
    note = fields.LONG_NOTE.check(note)
    m = _meeting(s, month)
    if m is None:
        m = AnalysisMeeting(id=natural_id("analysis_meeting", month), month=month, created_at=utcnow(),
                            hlc=store.hlc.now(), device_id=store.device_id, held_on=on)
        s.add(m)
    m.held_on, m.chair, m.place, m.note = on, chair, place, note
    m.attendance = json.dumps(names, ensure_ascii=False)
    s.flush()
    return Changes(created_id=m.id)


def _held(s: Session, month: str) -> AnalysisMeeting:
    start, _ = month_range(month)
    m = _meeting(s, start.strftime("%Y-%m"))
    if m is None:
        raise Refused("after_no_meeting", month=start.strftime("%Y-%m"))
    return m


def conclude(s: Session, month: str, case_no: str, text: str) -> Changes:
    """The meeting's conclusion on one case of its agenda (replaces an earlier one)."""
    store = store_of(s)
    m = _held(s, month)
    case = get_case(s, case_no)
    text = fields.ANALYSIS_TEXT.check(text)
    ag = agenda(s, m.month)
    on_agenda = ({x["case_no"] for x in ag["late_cases"]} | {x["case_no"] for x in ag["deviations"]}
                 | {x["case_no"] for x in ag["overdue_open"]} | {x["case_no"] for x in ag["long_pauses"]})
    if case.case_no not in on_agenda:
        raise Refused("after_not_on_agenda", case_no=case.case_no, month=m.month)
    cid = natural_id("analysis_conclusion", m.id, case.id)
    row = s.get(AnalysisConclusion, cid)
    if row is None:
        row = AnalysisConclusion(id=cid, meeting_id=m.id, case_id=case.id, text=text,
                                 hlc=store.hlc.now(), device_id=store.device_id)
        s.add(row)
    row.text, row.deleted, row.recorded_by = text, False, store.user
    s.flush()
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=row.id)


def add_measure(s: Session, month: str, text: str, owner: str, due: dt.date | str, case_no: str | None = None) -> Changes:
    """An improvement measure of the meeting (owner, due): an action followed up next month."""
    m = _held(s, month)
    case_id = get_case(s, case_no).id if case_no else None
    due = parse_date(due)
    if due < m.held_on:
        raise Refused("after_due_before_meeting", due=due.isoformat(), held=m.held_on.isoformat())
    return followups.add_action(s, "analysis", m.id, text, owner, due, case_id=case_id)


def minutes_data(s: Session, month: str, as_of: dt.date | None = None) -> dict:
    """What the minutes PDF prints (plain data for ``reports.analysis_minutes``)."""
    ag = agenda(s, month, as_of)
    if ag["meeting"] is None:
        raise Refused("after_no_meeting", month=ag["month"])
    ag["bureau"] = store_of(s).bureau_name
    # the minutes are a Chinese document whatever the user's language
    for lc in ag["late_cases"]:
        for st in lc["stages"]:
            st["name"] = stage_name(st["code"], "zh")
    for w in ag["overdue_open"]:
        w["stage_name"] = stage_name(w["stage"], "zh")
    for p in ag["long_pauses"]:
        p["reason_name"] = PAUSE_REASONS.get(p["reason"], (p["reason"],))[0]
    return ag
