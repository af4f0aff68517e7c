"""Design review (审图) and non-technical risks (政策处理).

A design review *is* the DESIGN_REVIEW stage round: the customer's drawing submission starts it
(``open_review`` calls ``cases.start_stage``, or takes over a round already started), closing it
finishes the round with ``pass`` (approved) or ``rectify`` (returned for revision).

While the primary rule set's joint-review lock is on (the seed's rule: 1000 kVA and above, typical
designs excepted), participants of its departments (生产 production, 营销 marketing, 供电所 the local
station) must be recorded before the round can pass: the lock is ``gates.joint_review``, consulted
by ``cases.finish_stage``.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import fields as F
from app.errors import Refused
from app.models import Case, DesignReview, PolicyRisk, ReviewOpinion, natural_id
from app.services import cases as case_svc
from app.services import gates
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.store import store_of

STAGE = "DESIGN_REVIEW"
REVIEW_OUTCOMES = {"approved": "pass", "returned": "rectify"}  # the review's word -> the stage outcome (domain.STAGE_OUTCOMES)
CATEGORIES = ("technical", "metering", "protection", "civil", "other")
CATEGORY_NAMES = {"technical": "电气技术", "metering": "计量", "protection": "继电保护", "civil": "土建",
                  "other": "其他"}
OUTCOME_NAMES = {"approved": "审查通过", "returned": "退回修改", None: "审查中"}
RISK_KINDS = {
    "RIGHT_OF_WAY": ("线路通道", "Right of way"),
    "PERMIT": ("行政审批", "Permits"),
    "ACCESS": ("施工条件", "Construction access"),
    "NEIGHBOUR": ("邻里纠纷", "Neighbours"),
    "OTHER": ("其他", "Other"),
}
MAX_PARTICIPANTS = 30


# --- lookup -----------------------------------------------------------------------------------------
def _open_round(case: Case):
    r = case_svc.open_round(case)
    return r if r is not None and r.stage == STAGE else None


def current_review(s: Session, case: Case, open_only: bool = True) -> DesignReview | None:
    rnd = _open_round(case)
    if rnd is not None:
        return s.scalar(select(DesignReview).where(DesignReview.round_id == rnd.id, DesignReview.deleted.is_(False)))
    if open_only:
        return None
    return s.scalar(select(DesignReview).where(DesignReview.case_id == case.id, DesignReview.deleted.is_(False))
                    .order_by(DesignReview.round.desc()).limit(1))


def _require_open(s: Session, case: Case) -> DesignReview:
    rv = current_review(s, case)
    if rv is None:
        raise Refused("no_review", case_no=case.case_no)
    return rv


# --- reviews ----------------------------------------------------------------------------------------
def open_review(s: Session, ref: str, on: dt.date | str, institute: str = "", drawings: str = "") -> Changes:
    store = store_of(s)
    on = parse_date(on)
    institute = check_text(institute, "institute", F.INSTITUTE.max_len)
    drawings = check_text(drawings.replace("\n", "；") if drawings else "", "drawings", F.DRAWINGS.max_len)
    case = get_case(s, ref)
    rnd = _open_round(case)
    if rnd is not None:
        if current_review(s, case) is not None:
            raise Refused("stage_already_open", stage=STAGE)
        if on < rnd.started_on:
            raise Refused("start_before_previous", stage=STAGE, on=on.isoformat(), floor=rnd.started_on.isoformat())
    else:
        case_svc.start_stage(s, case.id, STAGE, on)
        s.flush()
        rnd = _open_round(case)
    rv = DesignReview(id=natural_id("design_review", rnd.id), case_id=case.id, round_id=rnd.id, round=rnd.round,
                      opened_on=on, institute=institute, drawings=drawings, participants="[]",
                      hlc=store.hlc.now(), device_id=store.device_id)
    s.add(rv)
    s.flush()
    store.record_event(s, case, "REVIEW_OPENED", {"review": rv.id, "round": rnd.round, "institute": institute}, on)
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=rv.id)


def add_opinion(s: Session, ref: str, text: str, must_fix: bool = False, category: str = "technical",
                clause: str = "") -> Changes:
    """Add an opinion to the open review round; ``clause`` is what it rests on (依据条款)."""
    store = store_of(s)
    text = check_text(text, "opinion", F.OPINION.max_len, required=True)
    clause = check_text(clause, "clause", F.CLAUSE.max_len)
    category = (category or "technical").strip().lower()
    if category not in CATEGORIES:
        raise Refused("bad_category", value=category, known=", ".join(CATEGORIES))
    case = get_case(s, ref)
    rv = _require_open(s, case)
    number = (s.scalar(select(func.max(ReviewOpinion.number)).where(ReviewOpinion.review_id == rv.id)) or 0) + 1
    op = ReviewOpinion(id=natural_id("review_opinion", rv.id, number), review_id=rv.id, number=number, text=text,
                       category=category, must_fix=bool(must_fix), clause=clause, hlc=store.hlc.now(),
                       device_id=store.device_id)
    s.add(op)
    s.flush()
    payload = {"review": rv.id, "number": number, "must_fix": bool(must_fix)}
    if clause:
        payload["clause"] = clause
    store.record_event(s, case, "REVIEW_OPINION", payload, today_of(store))
    return Changes.of_cases([case.id], case_no=case.case_no, number=number)


def parse_participants(names: str) -> list[dict]:
    """'张伟:生产,李海燕:营销' -> [{name, dept}]."""
    out = []
    for part in [p.strip() for p in (names or "").replace("，", ",").split(",")]:
        if not part:
            continue
        name, sep, dept = part.replace("：", ":").partition(":")
        if not sep:
            raise Refused("bad_participant", value=part)
        out.append({"name": check_text(name, "participant", F.PARTICIPANT.max_len, required=True),
                    "dept": check_text(dept, "dept", F.DEPT.max_len, required=True)})
    if not out:
        raise Refused("required", what="participant")
    if len(out) > MAX_PARTICIPANTS:
        raise Refused("too_long", what="participant", max=MAX_PARTICIPANTS)
    return out


def set_participants(s: Session, ref: str, names: str) -> Changes:
    store = store_of(s)
    people = parse_participants(names)
    case = get_case(s, ref)
    rv = _require_open(s, case)
    rv.participants = json.dumps(people, ensure_ascii=False)
    store.record_event(s, case, "REVIEW_PARTICIPANTS", {"review": rv.id, "participants": people}, today_of(store))
    return Changes.of_cases([case.id], case_no=case.case_no)


def close_review(s: Session, ref: str, on: dt.date | str, outcome: str) -> Changes:
    store = store_of(s)
    on = parse_date(on)
    outcome = (outcome or "").strip().lower()
    if outcome not in REVIEW_OUTCOMES:
        raise Refused("bad_review_outcome", value=outcome)
    case = get_case(s, ref)
    rv = _require_open(s, case)
    case_svc.finish_stage(s, case.id, STAGE, on, REVIEW_OUTCOMES[outcome])  # the gates are checked there
    rv.closed_on, rv.outcome = on, outcome
    store.record_event(s, case, "REVIEW_CLOSED", {"review": rv.id, "outcome": outcome}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def review_view(s: Session, ref: str) -> list[dict]:
    case = get_case(s, ref)
    rows = s.scalars(select(DesignReview).where(DesignReview.case_id == case.id, DesignReview.deleted.is_(False))
                     .order_by(DesignReview.round))
    joint = gates.joint_review_required(s, case)
    out = []
    for rv in rows:
        ops = s.scalars(select(ReviewOpinion).where(ReviewOpinion.review_id == rv.id, ReviewOpinion.deleted.is_(False))
                        .order_by(ReviewOpinion.number))
        out.append({
            "id": rv.id, "round": rv.round, "opened_on": rv.opened_on.isoformat(),
            "closed_on": rv.closed_on.isoformat() if rv.closed_on else None, "institute": rv.institute,
            "drawings": rv.drawings, "participants": json.loads(rv.participants), "outcome": rv.outcome,
            "joint_required": joint,
            "opinions": [{"number": o.number, "text": o.text, "category": o.category, "must_fix": o.must_fix,
                          "clause": o.clause} for o in ops],
        })
    return out


def _drawing_list(drawings: str) -> list[str]:
    parts = drawings.replace(";", "；").replace("\n", "；").split("；")
    return [p.strip() for p in parts if p.strip()]


def letter_data(s: Session, ref: str, round: int | None = None) -> dict:
    """Plain data of the review opinion letter (审图意见书) of a case's latest review round (or of
    round ``round``), for ``reports.review_letter``. A round still open gives a draft (outcome None).

        {"letter_no": "ST-YK2600001-R1", "bureau", "issued_on", "draft": bool,
         "case_no", "customer_name", "account_no", "address", "capacity_kva", "supply_kv",
         "business_type", "manager", "manager_phone",
         "institute", "drawings": [str], "round", "opened_on", "closed_on",
         "joint_required", "review_mode": "联合审查" | "客户经理审查", "participants": [{name, dept}],
         "outcome": "approved" | "returned" | None, "outcome_name",
         "opinions": [{"number", "text", "category", "category_name", "must_fix", "kind_name", "clause"}],
         "must_fix_count", "advisory_count"}
    """
    store = store_of(s)
    case = get_case(s, ref)
    q = select(DesignReview).where(DesignReview.case_id == case.id, DesignReview.deleted.is_(False))
    if round is not None:
        rv = s.scalar(q.where(DesignReview.round == int(round)))
        if rv is None:
            raise Refused("no_review_round", case_no=case.case_no, round=round)
    else:
        rv = s.scalar(q.order_by(DesignReview.round.desc()).limit(1))
        if rv is None:
            raise Refused("no_review_yet", case_no=case.case_no)
    ops = s.scalars(select(ReviewOpinion).where(ReviewOpinion.review_id == rv.id, ReviewOpinion.deleted.is_(False))
                    .order_by(ReviewOpinion.number)).all()
    lf = gates.in_force(s)
    joint = gates.joint_review_required(s, case, lf)
    participants = json.loads(rv.participants or "[]")
    return {
        "letter_no": f"ST-{case.case_no}-R{rv.round}",
        "bureau": store.bureau_name,
        "issued_on": (rv.closed_on or today_of(store)).isoformat(),
        "draft": rv.closed_on is None,
        "case_no": case.case_no,
        "customer_name": case.customer_name,
        "account_no": case.account_no,
        "address": case.address,
        "capacity_kva": case.capacity_kva,
        "supply_kv": case.supply_kv,
        "business_type": case.business_type,
        "manager": case.manager,
        "manager_phone": store.setting("phone", ""),
        "institute": rv.institute,
        "drawings": _drawing_list(rv.drawings or ""),
        "round": rv.round,
        "opened_on": rv.opened_on.isoformat(),
        "closed_on": rv.closed_on.isoformat() if rv.closed_on else None,
        "joint_required": joint,
        "review_mode": "联合审查" if joint or set(lf.locks.joint_review.departments) <= {p.get("dept") for p in participants}
                       else "客户经理审查",
        "participants": participants,
        "outcome": rv.outcome,
        "outcome_name": OUTCOME_NAMES.get(rv.outcome, rv.outcome or ""),
        "opinions": [{"number": o.number, "text": o.text, "category": o.category,
                      "category_name": CATEGORY_NAMES.get(o.category, o.category), "must_fix": o.must_fix,
                      "kind_name": "必须整改" if o.must_fix else "建议", "clause": o.clause} for o in ops],
        "must_fix_count": sum(1 for o in ops if o.must_fix),
        "advisory_count": sum(1 for o in ops if not o.must_fix),
    }


# --- risks ------------------------------------------------------------------------------------------
def add_risk(s: Session, ref: str, kind: str, text: str, owner: str = "", due: dt.date | str | None = None,
             on: dt.date | str | None = None) -> Changes:
    store = store_of(s)
    kind = (kind or "").strip().upper()
    if kind not in RISK_KINDS:
        raise Refused("bad_risk_kind", value=kind, known=", ".join(RISK_KINDS))
    text = check_text(text, "risk", F.RISK.max_len, required=True)
    owner = check_text(owner, "owner", F.OWNER.max_len)
    # the window's day when set (training): the close dialog may no longer clamp to a later raise date
    raised = parse_date(on) if on else today_of(store)
    due_on = parse_date(due) if due else None
    case = get_case(s, ref)
    store.calendar.require_covered(raised)
    if due_on is not None:
        store.calendar.require_covered(due_on)
        if due_on < case.applied_on:
            raise Refused("before_application", on=due_on.isoformat(), applied=case.applied_on.isoformat())
    risk = PolicyRisk(case_id=case.id, kind=kind, text=text, owner=owner, due_on=due_on, status="open",
                      raised_on=raised, hlc=store.hlc.now(), device_id=store.device_id)
    s.add(risk)
    s.flush()
    store.record_event(s, case, "RISK_ADDED", {"risk": risk.id, "kind": kind, "text": text, "owner": owner,
                                               "due": due_on.isoformat() if due_on else None}, raised)
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=risk.id, risks=True)


def close_risk(s: Session, risk_id: str, on: dt.date | str) -> Changes:
    store = store_of(s)
    on = parse_date(on)
    risk = s.get(PolicyRisk, (risk_id or "").strip())
    if risk is None or risk.deleted:
        raise Refused("no_risk", ref=risk_id)
    if risk.status == "closed":
        raise Refused("risk_closed", ref=risk_id)
    store.calendar.require_covered(on)
    if on < risk.raised_on:
        raise Refused("close_before_raised", on=on.isoformat(), raised=risk.raised_on.isoformat())
    risk.status, risk.closed_on = "closed", on
    case = s.get(Case, risk.case_id)
    store.record_event(s, case, "RISK_CLOSED", {"risk": risk.id}, on)
    return Changes.of_cases([case.id], case_no=case.case_no, risks=True)


def list_risks(s: Session, ref: str | None = None, open_only: bool = False) -> list[dict]:
    q = select(PolicyRisk, Case.case_no, Case.manager).join(Case, PolicyRisk.case_id == Case.id).where(
        PolicyRisk.deleted.is_(False))
    if ref:
        q = q.where(PolicyRisk.case_id == get_case(s, ref).id)
    if open_only:
        q = q.where(PolicyRisk.status == "open")
    rows = s.execute(q.order_by(Case.case_no, PolicyRisk.raised_on)).all()
    return [{"id": r.id, "case_no": no, "manager": manager, "kind": r.kind, "kind_name": RISK_KINDS[r.kind][0], "text": r.text,
             "owner": r.owner, "due_on": r.due_on.isoformat() if r.due_on else None, "status": r.status,
             "raised_on": r.raised_on.isoformat(), "closed_on": r.closed_on.isoformat() if r.closed_on else None}
            for r, no, manager in rows]
