"""The manager's agenda (issue 16): a month of deadlines and appointments as a calendar page, and what
the manager is waiting for from customers.

- ``month_overview``: every day of a month with its kind (working day, weekend, holiday, make-up
  working day, and the holiday's name) and its entries: the deadlines of open stages (the clock's,
  as the case list shows them), review meetings, inspections held or begun, joint surveys, the
  customers' rectification deadlines and the follow-ups of policy risks due that day.
- ``waiting_for_customers``: open rectification items with their deadlines, and cases whose fees
  are settled but whose design drawings have not been submitted (the design review not started).
"""
from __future__ import annotations

import calendar as _calendar
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import stage_name
from app.messages import language
from app.models import (
    CalendarDay,
    Case,
    Inspection,
    MeetingCase,
    PolicyRisk,
    RectificationItem,
    ReviewMeeting,
    StageRound,
    Survey,
)
from app.services import config_docs, design_review, followups, metering, outage, visits
from app.services.escalation import escalations
from app.services.outage import at_risk
from app.services.query import open_clocks
from app.store import store_of
from app.townships import station_of

ENTRY_KINDS = ("deadline", "meeting", "inspection", "survey", "customer", "follow_up")


def _lang() -> int:
    return 0 if language() == "zh" else 1


def _cases(s: Session, manager: str | None) -> dict[str, Case]:
    q = select(Case).where(Case.deleted.is_(False))
    if manager:
        q = q.where(Case.manager == manager)
    return {c.id: c for c in s.scalars(q)}


def waiting_for_customers(s: Session, as_of: dt.date, manager: str | None = None) -> list[dict]:
    """What the customers owe the manager: open rectification items (by deadline, overdue first) and
    drawings not yet submitted (longest waiting first)."""
    store = store_of(s)
    cal = store.calendar
    cases = _cases(s, manager)
    out: list[dict] = []
    items = s.scalars(select(RectificationItem).where(RectificationItem.deleted.is_(False),
                                                      RectificationItem.closed_on.is_(None))
                      .order_by(RectificationItem.deadline, RectificationItem.number))
    for it in items:
        case = cases.get(it.case_id)
        if case is None or case.status != "open":
            continue
        out.append({"kind": "rectification", "case_no": case.case_no, "customer_name": case.customer_name,
                    "manager": case.manager, "what": f"#{it.number} {it.location}: {it.requirement}",
                    "since": None, "deadline": it.deadline.isoformat(), "overdue": it.deadline < as_of,
                    "item_id": it.id})
    drawings = []
    rounds: dict[str, list[StageRound]] = {}
    for r in s.scalars(select(StageRound).where(StageRound.deleted.is_(False))):
        rounds.setdefault(r.case_id, []).append(r)
    for cid, case in cases.items():
        if case.status != "open":
            continue
        rs = rounds.get(cid, [])
        fees = [r for r in rs if r.stage == "FEES" and r.finished_on is not None and r.finished_on <= as_of]
        if fees and not any(r.stage == "DESIGN_REVIEW" and r.started_on <= as_of for r in rs):
            since = max(r.finished_on for r in fees)
            drawings.append({"kind": "drawings", "case_no": case.case_no, "customer_name": case.customer_name,
                             "manager": case.manager,
                             "what": "设计图纸未报审" if _lang() == 0 else "design drawings not submitted",
                             "since": since.isoformat(), "deadline": None, "overdue": False,
                             "waiting_wd": cal.workdays_between(since, as_of)})
    drawings.sort(key=lambda d: (d["since"], d["case_no"]))
    return out + drawings


def _names(s: Session, ids, manager: str | None) -> dict[str, tuple[str, str]]:
    """case id -> (case number, customer name) of the live cases among ``ids`` (the manager's only
    when one is named), in chunks: a PostgreSQL statement takes at most 65,535 parameters."""
    ids = list(ids)
    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(ids), 5000):
        q = select(Case.id, Case.case_no, Case.customer_name).where(Case.id.in_(ids[i:i + 5000]),
                                                                    Case.deleted.is_(False))
        if manager:
            q = q.where(Case.manager == manager)
        out.update((cid, (no, name)) for cid, no, name in s.execute(q))
    return out


def _of_live_cases(q, model, manager: str | None):
    """``q`` restricted to rows of live cases (the manager's when one is named), by a join: a city's
    database has a million cases, too many to hold or to pass as ids."""
    q = q.select_from(model).join(Case, Case.id == model.case_id).where(Case.deleted.is_(False))
    return q.where(Case.manager == manager) if manager else q


def month_overview(s: Session, year: int, month: int, as_of: dt.date, manager: str | None = None) -> dict:
    store = store_of(s)
    cal = store.calendar
    first = dt.date(year, month, 1)
    last = dt.date(year, month, _calendar.monthrange(year, month)[1])
    cal.require_covered(first)
    cal.require_covered(last)
    i = _lang()
    entries: dict[dt.date, list[dict]] = {}

    # only what falls in the month is read (each query filters by its date), and only those cases'
    # numbers and names: the whole case table is never loaded (a city's million cases took 70 s)
    def add(day: dt.date | None, kind: str, case: tuple[str, str] | None, text: str, time: str = "") -> None:
        if day is None or not first <= day <= last:
            return
        entries.setdefault(day, []).append({"kind": kind, "case_no": case[0] if case else "",
                                            "customer_name": case[1] if case else "",
                                            "text": text, "time": time})

    due = {cid: c for cid, (c, _years) in open_clocks(s, as_of, manager=manager).items()
           if c.deadline is not None and first <= c.deadline <= last}
    cases = _names(s, due, manager)
    for cid, c in due.items():
        case = cases.get(cid)
        if case is not None:
            add(c.deadline, "deadline", case, (f"{stage_name(c.code, 'zh')}期限" if i == 0 else
                                               f"{stage_name(c.code, 'en')} due"))
    start = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last, dt.time.max)
    for m in s.scalars(select(ReviewMeeting).where(ReviewMeeting.deleted.is_(False), ReviewMeeting.status == "scheduled",
                                                   ReviewMeeting.held_at >= start, ReviewMeeting.held_at <= end)):
        ids = [mc.case_id for mc in s.scalars(select(MeetingCase).where(
            MeetingCase.meeting_id == m.id, MeetingCase.deleted.is_(False)))]
        live = _names(s, set(ids), manager)
        on_agenda = [live[cid] for cid in ids if cid in live]
        if manager and not on_agenda:
            continue
        names = "、".join(no for no, _name in on_agenda)
        add(m.held_at.date(), "meeting", None, (f"业扩会审 {m.place}" if i == 0 else f"Review meeting, {m.place}")
            + (f"({names})" if names else ""), m.held_at.strftime("%H:%M"))
    kinds = {"mid": ("中间检查", "Mid inspection"), "completion": ("竣工检验", "Completion inspection")}
    for no, name, kind, rnd, on in s.execute(_of_live_cases(
            select(Case.case_no, Case.customer_name, Inspection.kind, Inspection.round, Inspection.started_on)
            .where(Inspection.deleted.is_(False), Inspection.started_on >= first, Inspection.started_on <= last),
            Inspection, manager)):
        label = kinds.get(kind, (kind, kind))[i]
        add(on, "inspection", (no, name), f"{label}(第 {rnd} 次)" if i == 0 else f"{label} #{rnd}")
    for no, name, on in s.execute(_of_live_cases(
            select(Case.case_no, Case.customer_name, Survey.surveyed_on)
            .where(Survey.deleted.is_(False), Survey.surveyed_on >= first, Survey.surveyed_on <= last),
            Survey, manager)):
        add(on, "survey", (no, name), "联合查勘" if i == 0 else "Joint survey")
    for no, name, number, location, on in s.execute(_of_live_cases(
            select(Case.case_no, Case.customer_name, RectificationItem.number, RectificationItem.location,
                   RectificationItem.deadline)
            .where(RectificationItem.deleted.is_(False), RectificationItem.closed_on.is_(None),
                   RectificationItem.deadline >= first, RectificationItem.deadline <= last),
            RectificationItem, manager)):
        add(on, "customer", (no, name),
            f"客户整改期限 #{number} {location}" if i == 0 else f"Customer's rectification #{number} due")
    for no, name, what, on in s.execute(_of_live_cases(
            select(Case.case_no, Case.customer_name, PolicyRisk.text, PolicyRisk.due_on)
            .where(PolicyRisk.deleted.is_(False), PolicyRisk.status == "open",
                   PolicyRisk.due_on >= first, PolicyRisk.due_on <= last),
            PolicyRisk, manager)):
        add(on, "follow_up", (no, name), f"跟进:{what}" if i == 0 else f"Follow up: {what}")
    names = {d.day: d.name for d in s.scalars(select(CalendarDay).where(
        CalendarDay.deleted.is_(False), CalendarDay.day >= first, CalendarDay.day <= last))}
    order = {k: n for n, k in enumerate(ENTRY_KINDS)}
    days = []
    d = first
    while d <= last:
        kind = cal.kind_of(d)  # normal | holiday | workday (make-up)
        days.append({"date": d.isoformat(), "workday": cal.is_workday(d), "kind": kind,
                     "weekend": d.weekday() >= 5, "holiday_name": names.get(d, ""),
                     "entries": sorted(entries.get(d, []), key=lambda e: (order[e["kind"]], e["time"], e["case_no"]))})
        d += dt.timedelta(days=1)
    return {"year": year, "month": month, "manager": manager, "as_of": as_of.isoformat(),
            "assumed": cal.is_assumed(year), "days": days,
            "counts": {k: sum(1 for x in days for e in x["entries"] if e["kind"] == k) for k in ENTRY_KINDS}}


# --- issue 19, outage half: the Today view's cases at risk of missing ENERGIZE for want of an outage
def outage_at_risk(s: Session, as_of: dt.date) -> list[dict]:
    """Cases whose ENERGIZE deadline (any rule set, from the expected completion) falls before the
    earliest lawful outage, with the day by which the outage must be announced and the manager."""
    rows = at_risk(s, as_of)
    managers = dict(s.execute(select(Case.id, Case.manager).where(Case.id.in_([r["case_id"] for r in rows]))).all()) \
        if rows else {}
    return [{**r, "manager": managers.get(r["case_id"], "")} for r in rows]
# --- issue 21: three-level monitoring in the Today view --------------------------------------------


def monitoring(s: Session, as_of: dt.date, user: str) -> dict:
    """What the Today view needs for its view per level (客户经理 / 供电所 / 客户服务中心 / 营销部专职):
    the supply station of each open case (the townships document), and the escalations told to
    ``user`` as a manager that are not yet acknowledged."""
    cfg = config_docs.config(s)
    stations: dict[str, str] = {}
    case_stations = {}
    for no, town in s.execute(select(Case.case_no, Case.township).where(Case.deleted.is_(False),
                                                                       Case.status == "open")):
        if town not in stations:
            stations[town] = station_of(cfg, town) if town else ""
        case_stations[no] = stations[town]
    mine = [e for e in escalations(s, as_of, told_role="manager") if e["manager"] == user and not e["acknowledged_by"]]
    return {"stations": sorted(set(stations.values()) - {""}), "case_stations": case_stations,
            "my_escalations": len(mine)}


# --- the Today view's sections, read as one (one session, one as-of) -------------------------------
# A full refresh reads every section in one job (ui/ops/today.py: one session, one as-of); a write
# that names some sections re-reads only those. A new section: a function ``(s, as_of, user) ->
# data`` and one line in TODAY_SECTIONS, and on the screen one line in
# ui/today_page.TodayPage.section_receivers.
def _open_risks(s: Session, as_of: dt.date, user: str) -> list:
    return design_review.list_risks(s, open_only=True)


def _unreserved(s: Session, as_of: dt.date, user: str) -> list[dict]:
    return metering.unreserved_in_energize(s, as_of)


def _after(s: Session, as_of: dt.date, user: str) -> dict:
    return followups.today_items(s, as_of, None)


def _outage(s: Session, as_of: dt.date, user: str) -> dict:
    # the cases with an open outage need: the section re-reads only when one of them moves
    return {"rows": outage_at_risk(s, as_of), "need_cases": outage.cases_with_needs(s)}


def _visits_due(s: Session, as_of: dt.date, user: str) -> list:
    return visits.due_items(s, as_of)


TODAY_SECTIONS = {
    "risks": _open_risks,  # open policy risks (issue 15)
    "waiting": lambda s, as_of, user: waiting_for_customers(s, as_of),  # what customers owe (issue 16)
    "metering": _unreserved,  # ENERGIZE without reserved equipment (issue 19)
    "after": _after,  # follow-ups due, actions overdue (issue 20)
    "outage": _outage,  # an outage too late for ENERGIZE (issue 19)
    "visits": _visits_due,  # visit actions past due (issue 18)
    "monitoring": monitoring,  # stations, my escalations (issue 21)
}
# the sections a work-item write (visit, action, follow-up, outage, metering) re-reads
WORK_ITEM_SECTIONS = ("metering", "after", "outage", "visits")
