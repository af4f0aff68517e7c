"""Stage locks: what must hold before a stage round may pass, as read-only queries over models.

``cases.finish_stage`` calls ``check(s, case, stage, on)`` before it records a pass; ``GATES`` says
which locks each stage has. A lock reads rows only (rectification items, meeting decisions, design
reviews) and raises ``Refused`` when it does not hold, so this module imports no other service and
every feature's lock is visible in one table.

Whether the review-meeting (业扩会审) and joint-review (联合审图) locks are on, and from what
capacity, is data of the primary rule set in force (its ``locks``, see ``app.rules``): bundled, or a
version the supervisor published, spread by sync. They hold from a database's first case on; a
bureau that does not hold meetings publishes a version with the lock off. Locks are checked when a
stage finishes, so nothing already finished is ever looked at again.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import APPROVING, KIND_STAGE
from app.errors import Refused
from app.messages import language, render
from app.models import (
    Case,
    DesignReview,
    Inspection,
    MeetingCase,
    RectificationItem,
    ReviewMeeting,
)
from app.rules import Locks, RuleSet, bundled_locks
from app.store import store_of

STAGE_KIND = {stage: kind for kind, stage in KIND_STAGE.items()}


@dataclass(frozen=True)
class LocksInForce:
    """The locks of the primary rule set in force, and that set (named in refusals)."""

    rule_set: RuleSet
    locks: Locks
    inherited: bool  # the set in force has no ``locks``: those of the bundled primary set apply

    def label(self) -> str:
        name = self.rule_set.name if language() == "zh" else self.rule_set.name_en
        return render("gate_rule_set", name=name, id=self.rule_set.id, version=self.rule_set.version)


def in_force(s: Session) -> LocksInForce:
    rs = store_of(s).config(s).primary_rule_set()
    if rs.locks is not None:
        return LocksInForce(rs, rs.locks, False)
    return LocksInForce(rs, bundled_locks()[1], True)


def _kva(value: float) -> str:
    return f"{value:g}"


# --- reads -------------------------------------------------------------------------------------
def open_items(s: Session, case_id: str, kind: str | None = None) -> list[RectificationItem]:
    """Open rectification items of a case (of inspections of ``kind``), by number."""
    q = select(RectificationItem).where(
        RectificationItem.case_id == case_id, RectificationItem.closed_on.is_(None),
        RectificationItem.deleted.is_(False),
    ).order_by(RectificationItem.number)
    items = list(s.scalars(q))
    if kind is None:
        return items
    kinds = {i.id: i.kind for i in s.scalars(select(Inspection).where(Inspection.case_id == case_id))}
    return [it for it in items if kinds.get(it.inspection_id) == kind]


def decisions_of(s: Session, case: Case) -> list[tuple[MeetingCase, ReviewMeeting]]:
    """The case's agenda items at meetings not cancelled, oldest meeting first."""
    rows = s.execute(select(MeetingCase, ReviewMeeting).join(ReviewMeeting, MeetingCase.meeting_id == ReviewMeeting.id)
                     .where(MeetingCase.case_id == case.id, MeetingCase.deleted.is_(False),
                            ReviewMeeting.deleted.is_(False), ReviewMeeting.status == "scheduled")
                     .order_by(ReviewMeeting.held_at)).all()
    return [(mc, m) for mc, m in rows]


def approving_decision(s: Session, case: Case) -> MeetingCase | None:
    decided = [mc for mc, _m in decisions_of(s, case) if mc.decision is not None]
    if not decided:
        return None
    last = decided[-1]  # the latest meeting's word counts
    return last if last.decision in APPROVING else None


def meeting_required(s: Session, case: Case, lf: LocksInForce | None = None) -> bool:
    return (lf or in_force(s)).locks.meeting.applies(case.capacity_kva)


def joint_review_required(s: Session, case: Case, lf: LocksInForce | None = None) -> bool:
    return (lf or in_force(s)).locks.joint_review.applies(case.capacity_kva, case.typical_design)


def _open_review(s: Session, case: Case) -> DesignReview | None:
    rnd = next((r for r in sorted(case.rounds, key=lambda r: r.seq)
                if not r.deleted and r.finished_on is None), None)
    if rnd is None or rnd.stage != "DESIGN_REVIEW":
        return None
    return s.scalar(select(DesignReview).where(DesignReview.round_id == rnd.id, DesignReview.deleted.is_(False)))


# --- locks -------------------------------------------------------------------------------------
def rectification_closed(s: Session, case: Case, stage: str, on: dt.date, lf: LocksInForce) -> None:
    """An inspection stage cannot pass while one of its rectification items is open (闭环)."""
    items = open_items(s, case.id, STAGE_KIND[stage])
    if items:
        raise Refused("items_open", stage=stage,
                      items="; ".join(f"#{i.number} {i.location} {i.requirement}" for i in items[:10]))


def meeting_decision(s: Session, case: Case, stage: str, on: dt.date, lf: LocksInForce) -> None:
    """PLAN of a case at or above the meeting threshold needs an approving decision of the latest
    meeting that decided on it, taken no later than the plan's date."""
    lock = lf.locks.meeting
    if not lock.applies(case.capacity_kva):
        return
    agenda = decisions_of(s, case)
    decided = [(mc, m) for mc, m in agenda if mc.decision is not None]
    rule = {"rules": lf.label(), "threshold": _kva(lock.capacity_kva_gte)}
    if not decided:
        where = agenda[-1][1].held_at.strftime("%Y-%m-%d %H:%M") if agenda else "—"
        raise Refused("gate_meeting_required", case_no=case.case_no, kva=_kva(case.capacity_kva), meeting=where,
                      **rule)
    mc, m = decided[-1]
    if mc.decision not in APPROVING:
        raise Refused("gate_meeting_rejected", case_no=case.case_no, when=m.held_at.strftime("%Y-%m-%d"), **rule)
    if mc.decided_on and on < mc.decided_on:
        raise Refused("plan_before_meeting", on=on.isoformat(), decided=mc.decided_on.isoformat())


def joint_review(s: Session, case: Case, stage: str, on: dt.date, lf: LocksInForce) -> None:
    """DESIGN_REVIEW of a joint-review case needs participants of every joint department."""
    lock = lf.locks.joint_review
    if not lock.applies(case.capacity_kva, case.typical_design):
        return
    rv = _open_review(s, case)
    present = {p.get("dept") for p in json.loads(rv.participants or "[]")} if rv is not None else set()
    missing = [d for d in lock.departments if d not in present]
    if missing:
        raise Refused("gate_joint_review_required", case_no=case.case_no, kva=_kva(case.capacity_kva),
                      missing="、".join(missing), rules=lf.label(), threshold=_kva(lock.capacity_kva_gte),
                      scope=render("gate_scope_typical_excepted") if lock.except_typical_design else "")


Lock = Callable[[Session, Case, str, dt.date, LocksInForce], None]
GATES: dict[str, tuple[Lock, ...]] = {
    "PLAN": (meeting_decision,),
    "DESIGN_REVIEW": (joint_review,),
    "MID_INSPECTION": (rectification_closed,),
    "COMPLETION_INSPECTION": (rectification_closed,),
}


def check(s: Session, case: Case, stage: str, on: dt.date) -> None:
    """Refuse to let ``stage`` of ``case`` pass on ``on`` while one of its locks does not hold."""
    locks = GATES.get(stage, ())
    if not locks:
        return
    lf = in_force(s)
    for lock in locks:
        lock(s, case, stage, on, lf)


def describe(s: Session) -> dict:
    """The locks in force, for Settings, ``rules list`` and case views: plain data and a line each."""
    lf = in_force(s)
    m, j = lf.locks.meeting, lf.locks.joint_review
    state = {True: render("gate_on"), False: render("gate_off")}
    lines = [
        render("gate_line_meeting", state=state[m.on], threshold=_kva(m.capacity_kva_gte), rules=lf.label()),
        render("gate_line_joint", state=state[j.on], threshold=_kva(j.capacity_kva_gte),
               scope=render("gate_scope_typical_excepted") if j.except_typical_design else "",
               departments="、".join(j.departments), rules=lf.label()),
        render("gate_line_rectification", state=state[True]),
    ]
    if lf.inherited:
        bundled = LocksInForce(bundled_locks()[0], lf.locks, False)
        lines.append(render("gate_line_inherited", rules=bundled.label()))
    return {"rule_set": lf.rule_set.id, "version": lf.rule_set.version, "name": lf.rule_set.name,
            "label": lf.label(), "inherited": lf.inherited, **lf.locks.to_json(), "lines": lines}


def case_locks(s: Session, case: Case) -> dict:
    """Which locks a case meets, for its views (the GUI reads these instead of thresholds of its own)."""
    lf = in_force(s)
    return {
        "rule_set": lf.label(),
        "meeting": {"on": lf.locks.meeting.on, "capacity_kva_gte": lf.locks.meeting.capacity_kva_gte,
                    "required": meeting_required(s, case, lf)},
        "joint_review": {"on": lf.locks.joint_review.on,
                         "capacity_kva_gte": lf.locks.joint_review.capacity_kva_gte,
                         "except_typical_design": lf.locks.joint_review.except_typical_design,
                         "departments": list(lf.locks.joint_review.departments),
                         "required": joint_review_required(s, case, lf)},
    }
