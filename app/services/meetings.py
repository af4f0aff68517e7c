"""Review meetings (业扩会审) for cases at or above the meeting threshold of the rule set in force.

A meeting has a time, a place, a chair and the departments invited; its agenda lists cases
(``MeetingCase``), each with a decision (approve / approve_with_changes / reject), a note and the
customer's representative. While the primary rule set's meeting lock is on (the seed's rule: 500
kVA and above), such a case cannot finish PLAN without an approving decision: the lock is
``gates.meeting_decision``, consulted by ``cases.finish_stage``.

Like every service: everything is checked first, a refusal changes nothing, a write returns a Changes.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields as F
from app import periods
from app.errors import Refused
from app.messages import render
from app.models import Case, MeetingCase, ReviewMeeting, natural_id
from app.services import cases as case_svc
from app.services import gates
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_text, today_of
from app.services.gates import approving_decision, decisions_of
from app.services.query import case_view
from app.store import store_of

DECISIONS = {
    "approve": ("同意", "approved"),
    "approve_with_changes": ("修改后同意", "approved with changes"),
    "reject": ("不同意", "rejected"),
}
STATUSES = ("scheduled", "cancelled")
WHEN_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\Z")
MAX_DEPARTMENTS = 20
MINUTES_MAX = F.MINUTES.max_len  # characters of the minutes text (会议纪要正文)


# --- checks ----------------------------------------------------------------------------------------
def parse_when(text: object) -> dt.datetime:
    value = str(text or "").strip()
    if not WHEN_RE.match(value):
        raise Refused("bad_when", value=text)
    try:
        when = dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
    except ValueError:
        raise Refused("bad_when", value=text) from None
    return when


def _check_departments(departments: object) -> list[str]:
    if departments is None or departments == "":
        return []
    if isinstance(departments, str):
        parts = [p.strip() for p in re.split(r"[,，、]", departments)]
    else:
        parts = [str(p).strip() for p in departments]
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        p = check_text(p, "dept", F.DEPT.max_len, required=True)
        if p not in out:
            out.append(p)
    if len(out) > MAX_DEPARTMENTS:
        raise Refused("too_long", what="dept", max=MAX_DEPARTMENTS)
    return out


def get_meeting(s: Session, ref: str) -> ReviewMeeting:
    ref = (ref or "").strip()
    m = s.get(ReviewMeeting, ref) if ref else None
    if m is None or m.deleted:
        raise Refused("no_meeting", ref=ref)
    return m


def _scheduled(m: ReviewMeeting) -> None:
    if m.status != "scheduled":
        raise Refused("meeting_cancelled", when=m.held_at.strftime("%Y-%m-%d %H:%M"))


def _agenda(s: Session, m: ReviewMeeting) -> list[MeetingCase]:
    return list(s.scalars(select(MeetingCase).where(MeetingCase.meeting_id == m.id, MeetingCase.deleted.is_(False))
                          .order_by(MeetingCase.position)))


def _history(m: ReviewMeeting) -> list[dict]:
    return json.loads(m.history or "[]")


# --- meetings --------------------------------------------------------------------------------------
def new_meeting(s: Session, on: object, place: str, chair: str, departments: object = None) -> Changes:
    store = store_of(s)
    when = parse_when(on)
    store.calendar.require_covered(when.date())  # range check with a clear message
    place = check_text(place, "place", F.PLACE.max_len, required=True)
    chair = check_text(chair, "chair", F.CHAIR.max_len, required=True)
    depts = _check_departments(departments)
    m = ReviewMeeting(held_at=when, place=place, chair=chair, departments=json.dumps(depts, ensure_ascii=False),
                      status="scheduled", history="[]", hlc=store.hlc.now(), device_id=store.device_id)
    s.add(m)
    s.flush()
    return Changes(meetings=frozenset({m.id}), created_id=m.id, held_at=when.isoformat(sep=" ", timespec="minutes"))


def postpone_meeting(s: Session, ref: str, to: object, reason: str) -> Changes:
    store = store_of(s)
    m = get_meeting(s, ref)
    when = parse_when(to)
    store.calendar.require_covered(when.date())
    reason = check_text(reason, "reason", F.MEETING_REASON.max_len, required=True)
    _scheduled(m)
    agenda = _agenda(s, m)
    if any(mc.decision for mc in agenda):
        raise Refused("meeting_decided")
    if when <= m.held_at:
        raise Refused("postpone_earlier", to=when.strftime("%Y-%m-%d %H:%M"), was=m.held_at.strftime("%Y-%m-%d %H:%M"))
    hist = _history(m) + [{"kind": "postponed", "from": m.held_at.strftime("%Y-%m-%d %H:%M"),
                           "to": when.strftime("%Y-%m-%d %H:%M"), "reason": reason}]
    m.held_at = when
    m.history = json.dumps(hist, ensure_ascii=False)
    ch = Changes.of_cases([mc.case_id for mc in agenda], meetings=frozenset({m.id}),
                          held_at=when.isoformat(sep=" ", timespec="minutes"))
    for mc in agenda:
        store.record_event(s, s.get(Case, mc.case_id), "MEETING_POSTPONED",
                           {"meeting": m.id, "to": hist[-1]["to"], "reason": reason}, today_of(store))
    return ch


def cancel_meeting(s: Session, ref: str, reason: str) -> Changes:
    store = store_of(s)
    m = get_meeting(s, ref)
    reason = check_text(reason, "reason", F.MEETING_REASON.max_len, required=True)
    _scheduled(m)
    agenda = _agenda(s, m)
    if any(mc.decision for mc in agenda):
        raise Refused("meeting_decided")
    m.status = "cancelled"
    m.history = json.dumps(_history(m) + [{"kind": "cancelled", "reason": reason}], ensure_ascii=False)
    for mc in agenda:
        store.record_event(s, s.get(Case, mc.case_id), "MEETING_CANCELLED", {"meeting": m.id, "reason": reason},
                           today_of(store))
    ch = Changes.of_cases([mc.case_id for mc in agenda], meetings=frozenset({m.id}))
    return ch


def edit_meeting(s: Session, ref: str, place: str | None = None, chair: str | None = None,
                 departments: object = None) -> Changes:
    """Change the place, chair or departments of a scheduled meeting (the time moves by ``postpone``)."""
    m = get_meeting(s, ref)
    new_place = check_text(place, "place", F.PLACE.max_len, required=True) if place is not None else m.place
    new_chair = check_text(chair, "chair", F.CHAIR.max_len, required=True) if chair is not None else m.chair
    depts = _check_departments(departments) if departments is not None else json.loads(m.departments or "[]")
    _scheduled(m)
    m.place, m.chair, m.departments = new_place, new_chair, json.dumps(depts, ensure_ascii=False)
    return Changes.of_cases([mc.case_id for mc in _agenda(s, m)], meetings=frozenset({m.id}))


def drop_case(s: Session, ref: str, case_ref: str) -> Changes:
    """Take an undecided case off a meeting's agenda (a decided one stays: it is in the minutes)."""
    store = store_of(s)
    m = get_meeting(s, ref)
    case = get_case(s, case_ref)
    _scheduled(m)
    mc = s.scalar(select(MeetingCase).where(MeetingCase.meeting_id == m.id, MeetingCase.case_id == case.id,
                                            MeetingCase.deleted.is_(False)))
    if mc is None:
        raise Refused("not_on_agenda", case_no=case.case_no)
    if mc.decision is not None:
        raise Refused("agenda_item_decided", case_no=case.case_no)
    mc.deleted = True
    store.record_event(s, case, "MEETING_DROPPED", {"meeting": m.id}, today_of(store))
    return Changes.of_cases([case.id], case_no=case.case_no, meetings=frozenset({m.id}))


def _plan_deadline(s: Session, case: Case, as_of: dt.date) -> dt.date | None:
    view = case_view(s, case.id, as_of)
    plans = [st for st in view["stages"] if st["code"] == "PLAN"]
    if not plans or not plans[-1]["deadline"]:
        return None
    return dt.date.fromisoformat(plans[-1]["deadline"])


def _item_view(s: Session, mc: MeetingCase, m: ReviewMeeting) -> dict:
    case = s.get(Case, mc.case_id)
    out = {
        "case_no": case.case_no, "case_id": case.id, "customer_name": case.customer_name,
        "capacity_kva": case.capacity_kva, "supply_kv": case.supply_kv, "address": case.address,
        "manager": case.manager, "position": mc.position, "decision": mc.decision,
        "decision_name": DECISIONS[mc.decision][0] if mc.decision in DECISIONS else "",
        "note": mc.note, "representative": mc.representative,
        "decided_on": mc.decided_on.isoformat() if mc.decided_on else None,
    }
    deadline = _plan_deadline(s, case, m.held_at.date()) if not case_svc.stage_complete(case, "PLAN") else None
    out["plan_deadline"] = deadline.isoformat() if deadline else None
    late = deadline is not None and deadline < m.held_at.date()
    out["warning"] = None
    out["latest_meeting_date"] = deadline.isoformat() if deadline else None
    if late:
        out["warning"] = render("meeting_after_deadline", case_no=case.case_no, deadline=deadline.isoformat(),
                                when=m.held_at.strftime("%Y-%m-%d"))
    return out


def _check_case_for_agenda(s: Session, m: ReviewMeeting, case: Case) -> None:
    if case.status == "finished":
        raise Refused("case_finished", case_no=case.case_no)
    if case_svc.stage_complete(case, "PLAN"):
        raise Refused("plan_already_decided", case_no=case.case_no)
    for mc, other in decisions_of(s, case):
        if other.id == m.id:
            raise Refused("already_on_agenda", case_no=case.case_no)
        if mc.decision is None:
            raise Refused("on_other_agenda", case_no=case.case_no, when=other.held_at.strftime("%Y-%m-%d %H:%M"))
    if approving_decision(s, case) is not None:
        raise Refused("plan_already_decided", case_no=case.case_no)


def _add(s: Session, m: ReviewMeeting, case: Case, representative: str = "") -> MeetingCase:
    store = store_of(s)
    position = max((mc.position for mc in _agenda(s, m)), default=0) + 1
    mc = s.get(MeetingCase, natural_id("meeting_case", m.id, case.id))
    if mc is None:
        mc = MeetingCase(id=natural_id("meeting_case", m.id, case.id), meeting_id=m.id, case_id=case.id,
                         position=position, representative=representative, hlc=store.hlc.now(),
                         device_id=store.device_id)
        s.add(mc)
    else:  # withdrawn earlier: back on the agenda
        mc.deleted, mc.position, mc.representative, mc.decision, mc.decided_on = False, position, representative, None, None
    s.flush()
    store.record_event(s, case, "MEETING_AGENDA", {"meeting": m.id, "held_at": m.held_at.strftime("%Y-%m-%d %H:%M")},
                       today_of(store))
    return mc


def candidates(s: Session, m: ReviewMeeting) -> list[Case]:
    """Open cases at or above the meeting threshold of the rule set in force whose survey is done
    and whose plan is not yet decided."""
    threshold = gates.in_force(s).locks.meeting.capacity_kva_gte
    rows = s.scalars(select(Case).where(Case.deleted.is_(False), Case.status == "open",
                                        Case.capacity_kva >= threshold).order_by(Case.case_no))
    out = []
    for c in rows:
        case = get_case(s, c.id)
        if not case_svc.stage_complete(case, "SURVEY") or case_svc.stage_complete(case, "PLAN"):
            continue
        try:
            _check_case_for_agenda(s, m, case)
        except Refused:
            continue
        out.append(case)
    return out


def propose(s: Session, ref: str) -> tuple[Changes, list[dict]]:
    m = get_meeting(s, ref)
    _scheduled(m)
    added = []
    for case in candidates(s, m):
        mc = _add(s, m, case)
        added.append(_item_view(s, mc, m))
    ch = Changes.of_cases([a["case_id"] for a in added], warnings=tuple(a["warning"] for a in added if a["warning"]),
                          meetings=frozenset({m.id}))
    return ch, added


def add_case(s: Session, ref: str, case_ref: str, representative: str = "") -> Changes:
    m = get_meeting(s, ref)
    case = get_case(s, case_ref)
    representative = check_text(representative, "representative", F.REPRESENTATIVE.max_len)
    _scheduled(m)
    _check_case_for_agenda(s, m, case)
    mc = _add(s, m, case, representative)
    view = _item_view(s, mc, m)
    return Changes.of_cases([case.id], case_no=case.case_no, warnings=(view["warning"],) if view["warning"] else (),
                            meetings=frozenset({m.id}))


def decide(s: Session, ref: str, case_ref: str, decision: str, note: str = "") -> Changes:
    store = store_of(s)
    m = get_meeting(s, ref)
    case = get_case(s, case_ref)
    decision = (decision or "").strip().lower()
    if decision not in DECISIONS:
        raise Refused("bad_decision", value=decision)
    note = check_text(note, "note", F.DECISION_NOTE.max_len)
    _scheduled(m)
    mc = s.scalar(select(MeetingCase).where(MeetingCase.meeting_id == m.id, MeetingCase.case_id == case.id,
                                            MeetingCase.deleted.is_(False)))
    if mc is None:
        raise Refused("not_on_agenda", case_no=case.case_no)
    if m.held_at.date() > today_of(store_of(s)):
        raise Refused("meeting_not_held", when=m.held_at.strftime("%Y-%m-%d %H:%M"))
    if decision == "approve_with_changes" and not note:
        raise Refused("required", what="note")
    mc.decision, mc.note, mc.decided_on = decision, note, m.held_at.date()
    store.record_event(s, case, "MEETING_DECIDED", {"meeting": m.id, "decision": decision, "note": note},
                       m.held_at.date())
    return Changes.of_cases([case.id], case_no=case.case_no, meetings=frozenset({m.id}))


def check_minutes(text: object) -> str:
    """The minutes text as stored: line breaks normalised, trailing blanks of each line and blank
    lines at either end removed; refused when not text, too long, or holding control characters
    other than line breaks and tabs."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise Refused("minutes_not_text")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        if any((ord(ch) < 32 and ch != "\t") or ch == "\x7f" for ch in line):
            raise Refused("minutes_control_chars", line=number)
    value = "\n".join(line.rstrip() for line in lines).strip("\n")
    if len(value) > MINUTES_MAX:
        raise Refused("minutes_too_long", length=len(value), max=MINUTES_MAX)
    return value


def set_minutes(s: Session, ref: str, text: object) -> Changes:
    """Write (or replace; '' clears) the minutes text of a meeting (会议纪要正文): what was discussed
    beyond the per-case decisions. Refused for a cancelled meeting and before the meeting is held."""
    m = get_meeting(s, ref)
    value = check_minutes(text)
    _scheduled(m)
    if m.held_at.date() > today_of(store_of(s)):
        raise Refused("minutes_not_held", when=m.held_at.strftime("%Y-%m-%d %H:%M"))
    if value != m.minutes:
        m.minutes = value
    return Changes(meetings=frozenset({m.id}))


def meeting_view(s: Session, m: ReviewMeeting) -> dict:
    return {
        "id": m.id, "held_at": m.held_at.strftime("%Y-%m-%d %H:%M"), "place": m.place, "chair": m.chair,
        "departments": json.loads(m.departments or "[]"), "status": m.status, "history": _history(m),
        "minutes": m.minutes or "",
        "agenda": [_item_view(s, mc, m) for mc in _agenda(s, m)],
    }


def list_meetings(s: Session, month: str | None = None) -> list[dict]:
    q = select(ReviewMeeting).where(ReviewMeeting.deleted.is_(False)).order_by(ReviewMeeting.held_at)
    if month:
        first, last = periods.month_range(month)
        start = dt.datetime.combine(first, dt.time())
        q = q.where(ReviewMeeting.held_at >= start, ReviewMeeting.held_at < start + dt.timedelta(days=(last - first).days + 1))
    return [meeting_view(s, m) for m in s.scalars(q)]


# --- documents -------------------------------------------------------------------------------------
def document_data(s: Session, ref: str, kind: str, case_ref: str | None = None) -> dict:
    """Plain data of the meeting notice (``notice``) or minutes (``minutes``) for reports/."""
    store = store_of(s)
    m = get_meeting(s, ref)
    view = meeting_view(s, m)
    if kind == "minutes":
        if m.status != "scheduled":
            raise Refused("meeting_cancelled", when=view["held_at"])
        if not view["agenda"] or any(a["decision"] is None for a in view["agenda"]):
            raise Refused("minutes_undecided")
    if case_ref:
        case = get_case(s, case_ref)
        view["agenda"] = [a for a in view["agenda"] if a["case_id"] == case.id]
        if not view["agenda"]:
            raise Refused("not_on_agenda", case_no=case.case_no)
    if not view["agenda"]:
        raise Refused("agenda_empty")
    view["bureau"] = store.bureau_name
    view["kind"] = kind
    view["for_case"] = view["agenda"][0]["case_no"] if case_ref else None
    view["recorder"] = store.user
    return view
