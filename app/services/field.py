"""Field work: joint surveys, inspection rounds with checklist results, rectification items.

An inspection *is* the stage round of the clock: starting one starts (or takes over) the open
MID_INSPECTION / COMPLETION_INSPECTION round, closing one finishes that round with outcome
``pass`` or ``rectify``. Failed items become rectification items; a stage cannot pass while one is
open (the lock ``gates.rectification_closed``, consulted by ``cases.finish_stage``).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields as F
from app.checklists import CaseEquipment
from app.domain import KIND_STAGE
from app.errors import Refused
from app.messages import render
from app.models import (
    Case,
    Inspection,
    InspectionResult,
    RectificationItem,
    StageRound,
    Survey,
    natural_id,
)
from app.services import cases as case_svc
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_kv, check_text, parse_date
from app.services.config_docs import template_for
from app.services.gates import open_items
from app.store import store_of, utcnow

KIND_NAMES = {"mid": "中间检查", "completion": "竣工检验"}
RECTIFY_WD = 5  # working days the customer gets for a rectification item, by default
DEPARTMENTS = ("客户经理", "配电运检中心", "供电营业所", "客户", "发展策划部", "调度")
RATIO_RE = re.compile(r"^\d{1,6}/\d{1,4}$")

SURVEY_KEYS = {
    "surveyed_on", "participants", "findings", "substation", "feeder", "pole", "supply_kv", "dual_source",
    "metering", "ct_ratio", "vt_ratio", "transformers",
}


# --- joint survey ---------------------------------------------------------------------------------
def set_survey(s: Session, ref: str, data: dict) -> Changes:
    """Record (or replace) the joint survey of a case. The whole record is checked first."""
    store = store_of(s)
    case = get_case(s, ref)
    if not isinstance(data, dict):
        raise Refused("survey_bad", problem=render("survey_not_object"))
    unknown = set(data) - SURVEY_KEYS
    if unknown:
        raise Refused("survey_bad", problem=render("survey_unknown_fields", fields=", ".join(sorted(unknown))))
    if "surveyed_on" not in data:
        raise Refused("survey_bad", problem=render("survey_no_date"))
    on = parse_date(data["surveyed_on"])
    if on < case.applied_on:
        raise Refused("before_application", on=on.isoformat(), applied=case.applied_on.isoformat())
    participants = data.get("participants", [])
    if not isinstance(participants, list) or len(participants) > 30:
        raise Refused("survey_bad", problem="participants")
    clean_participants = []
    for p in participants:
        if not isinstance(p, dict) or set(p) - {"name", "dept"}:
            raise Refused("survey_bad", problem="participants: {name, dept}")
        clean_participants.append({"name": check_text(p.get("name"), "participant", F.PARTICIPANT.max_len, required=True),
                                   "dept": check_text(p.get("dept"), "dept", F.DEPT.max_len)})
    metering = data.get("metering", "LV")
    if metering not in ("HV", "LV"):
        raise Refused("survey_bad", problem="metering: HV | LV")
    for key in ("ct_ratio", "vt_ratio"):
        v = data.get(key, "")
        if v and (not isinstance(v, str) or not RATIO_RE.match(v)):
            raise Refused("survey_bad", problem=render("survey_ratio", key=key))
    transformers = data.get("transformers", [])
    if not isinstance(transformers, list) or len(transformers) > 10:
        raise Refused("survey_bad", problem="transformers")
    clean_tx = []
    for t in transformers:
        if not isinstance(t, dict) or set(t) - {"count", "type", "kva"}:
            raise Refused("survey_bad", problem="transformers: {count, type, kva}")
        count, ttype, kva = t.get("count", 1), t.get("type"), t.get("kva")
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 10:
            raise Refused("survey_bad", problem="transformers.count 1..10")
        if ttype not in ("oil", "dry"):
            raise Refused("survey_bad", problem="transformers.type: oil | dry")
        if isinstance(kva, bool) or not isinstance(kva, (int, float)) or not math.isfinite(kva) or not 0 < kva <= 40000:
            raise Refused("survey_bad", problem="transformers.kva")
        clean_tx.append({"count": count, "type": ttype, "kva": float(kva)})
    dual = data.get("dual_source", case.dual_source)
    if not isinstance(dual, bool):
        raise Refused("survey_bad", problem="dual_source: true | false")
    fields = dict(
        surveyed_on=on,
        participants=json.dumps(clean_participants, ensure_ascii=False),
        findings=check_text(data.get("findings", ""), "note", F.SURVEY_FINDINGS.max_len),
        substation=check_text(data.get("substation", ""), "substation", F.SUBSTATION.max_len),
        feeder=check_text(data.get("feeder", ""), "feeder", F.FEEDER.max_len),
        pole=check_text(data.get("pole", ""), "pole", F.POLE.max_len),
        supply_kv=check_kv(data.get("supply_kv", case.supply_kv)),
        dual_source=dual,
        metering=metering,
        ct_ratio=data.get("ct_ratio", ""),
        vt_ratio=data.get("vt_ratio", ""),
        transformers=json.dumps(clean_tx, ensure_ascii=False),
    )
    row = s.scalar(select(Survey).where(Survey.case_id == case.id))
    if row is None:
        row = Survey(id=natural_id("survey", case.id), case_id=case.id, hlc=store.hlc.now(), device_id=store.device_id, **fields)
        s.add(row)
    else:
        for k, v in fields.items():
            setattr(row, k, v)
        row.hlc, row.device_id, row.deleted = store.hlc.now(), store.device_id, False
    payload = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in fields.items()}
    store.record_event(s, case, "SURVEY_RECORDED", payload, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def survey_view(s: Session, ref: str) -> dict | None:
    case = get_case(s, ref)
    row = s.scalar(select(Survey).where(Survey.case_id == case.id, Survey.deleted.is_(False)))
    if row is None:
        return None
    return {
        "id": row.id,
        "surveyed_on": row.surveyed_on.isoformat(),
        "participants": json.loads(row.participants),
        "findings": row.findings,
        "substation": row.substation,
        "feeder": row.feeder,
        "pole": row.pole,
        "supply_kv": row.supply_kv,
        "dual_source": row.dual_source,
        "metering": row.metering,
        "ct_ratio": row.ct_ratio,
        "vt_ratio": row.vt_ratio,
        "transformers": json.loads(row.transformers),
    }


def equipment(s: Session, case: Case) -> CaseEquipment:
    row = s.scalar(select(Survey).where(Survey.case_id == case.id, Survey.deleted.is_(False)))
    if row is None:
        return CaseEquipment(case.capacity_kva, case.dual_source)
    types = frozenset(t["type"] for t in json.loads(row.transformers))
    return CaseEquipment(case.capacity_kva, row.dual_source, row.metering, types)


# --- inspections ----------------------------------------------------------------------------------
def get_inspection(s: Session, inspection_id: str) -> Inspection:
    insp = s.get(Inspection, inspection_id)
    if insp is None or insp.deleted:
        raise Refused("no_inspection", ref=inspection_id)
    return insp


def start_inspection(s: Session, ref: str, kind: str, on: dt.date | str, inspectors: str = "") -> Changes:
    store = store_of(s)
    if kind not in KIND_STAGE:
        raise Refused("bad_kind", value=kind)
    stage = KIND_STAGE[kind]
    on = parse_date(on)
    inspectors = check_text(inspectors, "inspectors", F.INSPECTORS.max_len)
    case = get_case(s, ref)
    open_r = next((r for r in case_svc.live_rounds(case) if r.finished_on is None), None)
    taken = {i.round_id for i in s.scalars(select(Inspection).where(Inspection.case_id == case.id))}
    if open_r is not None and open_r.stage == stage and open_r.id not in taken:
        rnd = open_r  # the customer's request already started the clock: this inspection is that round
        if on < rnd.started_on:
            raise Refused("start_before_previous", stage=stage, on=on.isoformat(), floor=rnd.started_on.isoformat())
    else:
        case_svc.start_stage(s, ref, stage, on)
        s.flush()
        rnd = next(r for r in case_svc.live_rounds(case) if r.finished_on is None)
    template = template_for(s, kind)
    if rnd.round == 1:
        codes = [it.code for it in template.for_case(equipment(s, case))]
    else:  # a re-inspection checks what is still open
        codes = sorted({it.item_code for it in open_items(s, case.id, kind)})
    insp = Inspection(
        case_id=case.id, round_id=rnd.id, kind=kind, round=rnd.round, template_id=template.id,
        template_version=template.version, started_on=on, inspectors=inspectors,
        item_codes=json.dumps(codes), hlc=store.hlc.now(), device_id=store.device_id,
    )
    s.add(insp)
    s.flush()
    store.record_event(s, case, "INSPECTION_STARTED", {"inspection": insp.id, "kind": kind, "round": rnd.round,
                                                       "template": template.id, "version": template.version}, on)
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=insp.id)


def inspection_items(s: Session, inspection_id: str) -> dict:
    insp = get_inspection(s, inspection_id)
    case = s.get(Case, insp.case_id)
    template = template_for(s, insp.kind, insp.template_id, insp.template_version)
    results = {r.item_code: r for r in s.scalars(
        select(InspectionResult).where(InspectionResult.inspection_id == insp.id, InspectionResult.deleted.is_(False)))}
    open_by_code = {i.item_code: i for i in open_items(s, case.id, insp.kind)}
    items = []
    for code in json.loads(insp.item_codes):
        it = template.item(code)
        r = results.get(code)
        oi = open_by_code.get(code)
        items.append({
            "code": code, "section": it.section, "text": it.text, "clause": it.clause, "kind": it.kind,
            "limit": it.limit, "result": r.result if r else None, "value": r.value if r else None,
            "note": r.note if r else "", "open_item": oi.number if oi else None,
        })
    return {
        "id": insp.id, "case_no": case.case_no, "kind": insp.kind, "round": insp.round,
        "template": insp.template_id, "template_version": insp.template_version,
        "started_on": insp.started_on.isoformat(), "closed_on": insp.closed_on.isoformat() if insp.closed_on else None,
        "inspectors": insp.inspectors, "outcome": insp.outcome, "items": items,
    }


def measured_value(value: object, default: float | None = None) -> float | None:
    """A measured value as typed (None or "" for none given): a finite number of sensible size."""
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise Refused("bad_value", value=value) from None
    if not math.isfinite(number) or abs(number) > 1e6:
        raise Refused("bad_value", value=value)
    return number


def set_result(s: Session, inspection_id: str, code: str, result: str | None, value: object = None,
               note: str = "") -> Changes:
    store = store_of(s)
    insp = get_inspection(s, inspection_id)
    if insp.closed_on is not None:
        raise Refused("inspection_closed", ref=inspection_id)
    if code not in json.loads(insp.item_codes):
        raise Refused("no_item", code=code)
    item = template_for(s, insp.kind, insp.template_id, insp.template_version).item(code)
    note = check_text(note, "note", F.ITEM_NOTE.max_len)
    if result is not None and result not in ("pass", "fail", "na"):
        raise Refused("bad_result", value=result)
    number = measured_value(value)
    if item.kind == "measure" and result != "na":
        if number is None:
            raise Refused("value_required", code=code, unit=(item.limit or {}).get("unit", ""))
        judged = "pass" if item.judge(number) else "fail"
        if result is not None and result != judged:
            raise Refused("value_contradicts", code=code, value=number, judged=judged)
        result = judged
    if result is None:
        raise Refused("bad_result", value="")
    row = s.scalar(select(InspectionResult).where(InspectionResult.inspection_id == insp.id,
                                                  InspectionResult.item_code == code))
    if row is None:
        row = InspectionResult(id=natural_id("inspection_result", insp.id, code), inspection_id=insp.id, item_code=code, result=result, value=number, note=note,
                               recorded_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id)
        s.add(row)
    else:
        row.result, row.value, row.note, row.recorded_at = result, number, note, utcnow()
        row.hlc, row.device_id, row.deleted = store.hlc.now(), store.device_id, False
    return Changes.of_cases([insp.case_id])


def pass_unjudged(s: Session, inspection_id: str) -> tuple[Changes, list[str], list[str]]:
    """Record "pass" for every checked item that has no result yet (the seed's case took 66 clicks on
    33 combos). A recorded result, a fail above all, is never overwritten; an item judged by a measured
    value is left for its value. Returns the change, the codes passed and the measured codes left."""
    insp = get_inspection(s, inspection_id)
    if insp.closed_on is not None:
        raise Refused("inspection_closed", ref=inspection_id)
    template = template_for(s, insp.kind, insp.template_id, insp.template_version)
    judged = {r.item_code for r in s.scalars(
        select(InspectionResult).where(InspectionResult.inspection_id == insp.id, InspectionResult.deleted.is_(False)))}
    passed, measured = [], []
    for code in json.loads(insp.item_codes):
        if code in judged:
            continue
        if template.item(code).kind == "measure":
            measured.append(code)
            continue
        set_result(s, inspection_id, code, "pass")
        passed.append(code)
    return Changes.of_cases([insp.case_id]), passed, measured


def close_inspection(s: Session, inspection_id: str, on: dt.date | str, rectify_wd: int = RECTIFY_WD) -> Changes:
    """Close the round: failures become rectification items, passes close open ones, and the stage
    round finishes with ``rectify`` or ``pass``."""
    store = store_of(s)
    insp = get_inspection(s, inspection_id)
    on = parse_date(on)
    if insp.closed_on is not None:
        raise Refused("inspection_closed", ref=inspection_id)
    if on < insp.started_on:
        raise Refused("finish_before_start", stage=KIND_STAGE[insp.kind], on=on.isoformat(),
                      start=insp.started_on.isoformat())
    case = s.get(Case, insp.case_id)
    codes = json.loads(insp.item_codes)
    results = {r.item_code: r for r in s.scalars(
        select(InspectionResult).where(InspectionResult.inspection_id == insp.id, InspectionResult.deleted.is_(False)))}
    missing = [c for c in codes if c not in results]
    if missing:
        raise Refused("results_missing", codes=", ".join(missing))
    template = template_for(s, insp.kind, insp.template_id, insp.template_version)
    existing = {i.item_code: i for i in open_items(s, case.id, insp.kind)}
    number = max((i.number for i in s.scalars(select(RectificationItem).where(RectificationItem.case_id == case.id))),
                 default=0)
    who = (insp.inspectors.split(",")[0].strip() if insp.inspectors else "") or store.user
    deadline = store.calendar.add_workdays(on, rectify_wd)
    failed = 0
    for code in codes:
        r = results[code]
        it = template.item(code)
        open_item = existing.get(code)
        if r.result == "fail":
            failed += 1
            finding = r.note or ""
            if r.value is not None:
                finding = (f"实测 {r.value:g} {(it.limit or {}).get('unit', '')} " + finding).strip()
            if open_item is not None:  # failed again: same item, new finding and deadline
                open_item.finding, open_item.deadline, open_item.inspection_id = finding, deadline, insp.id
                open_item.hlc, open_item.device_id = store.hlc.now(), store.device_id
            else:
                number += 1
                s.add(RectificationItem(
                    case_id=case.id, inspection_id=insp.id, number=number, item_code=code, location=it.section,
                    requirement=it.requirement(), finding=finding, clause=it.clause, deadline=deadline,
                    hlc=store.hlc.now(), device_id=store.device_id,
                ))
        elif open_item is not None:  # seen fixed at re-inspection
            open_item.closed_on, open_item.closed_by = on, who
            open_item.hlc, open_item.device_id = store.hlc.now(), store.device_id
    s.flush()
    still_open = open_items(s, case.id, insp.kind)
    outcome = "rectify" if failed or still_open else "pass"
    insp.closed_on, insp.outcome = on, outcome
    insp.hlc, insp.device_id = store.hlc.now(), store.device_id
    store.record_event(s, case, "INSPECTION_CLOSED", {"inspection": insp.id, "kind": insp.kind, "round": insp.round,
                                                      "outcome": outcome, "failed": failed}, on)
    case_svc.finish_stage(s, case.case_no, KIND_STAGE[insp.kind], on, outcome)
    return Changes.of_cases([case.id], case_no=case.case_no, outcome=outcome)


def inspections_of(s: Session, ref: str) -> list[dict]:
    case = get_case(s, ref)
    rows = s.scalars(select(Inspection).where(Inspection.case_id == case.id, Inspection.deleted.is_(False))
                     .order_by(Inspection.started_on, Inspection.round))
    return [{"id": i.id, "kind": i.kind, "round": i.round, "started_on": i.started_on.isoformat(),
             "closed_on": i.closed_on.isoformat() if i.closed_on else None, "outcome": i.outcome,
             "inspectors": i.inspectors} for i in rows]


# --- rectification items -------------------------------------------------------------------------------
def item_view(i: RectificationItem, kind: str | None = None) -> dict:
    return {
        "id": i.id, "number": i.number, "code": i.item_code, "kind": kind, "location": i.location,
        "requirement": i.requirement, "finding": i.finding, "clause": i.clause, "deadline": i.deadline.isoformat(),
        "closed_on": i.closed_on.isoformat() if i.closed_on else None, "closed_by": i.closed_by,
        "open": i.closed_on is None,
    }


def list_rectification(s: Session, ref: str) -> list[dict]:
    case = get_case(s, ref)
    kinds = {i.id: i.kind for i in s.scalars(select(Inspection).where(Inspection.case_id == case.id))}
    rows = s.scalars(select(RectificationItem).where(RectificationItem.case_id == case.id,
                                                     RectificationItem.deleted.is_(False))
                     .order_by(RectificationItem.number))
    return [item_view(i, kinds.get(i.inspection_id)) for i in rows]


def close_rectification(s: Session, item_id: str, on: dt.date | str, by: str) -> Changes:
    store = store_of(s)
    on = parse_date(on)
    by = check_text(by, "closed_by", F.CLOSED_BY.max_len, required=True)
    item = s.get(RectificationItem, item_id)
    if item is None or item.deleted:
        raise Refused("no_item", code=item_id)
    if item.closed_on is not None:
        raise Refused("item_closed", number=item.number)
    raised = s.get(Inspection, item.inspection_id)
    if raised.closed_on and on < raised.closed_on:
        raise Refused("close_before_raised", on=on.isoformat(), raised=raised.closed_on.isoformat())
    item.closed_on, item.closed_by = on, by
    item.hlc, item.device_id = store.hlc.now(), store.device_id
    case = s.get(Case, item.case_id)
    store.record_event(s, case, "RECTIFICATION_CLOSED", {"item": item.id, "number": item.number, "by": by}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def first_pass_rate(s: Session) -> dict:
    """Share of cases whose first round of each inspection kind passed (一次性通过率)."""
    out = {}
    for kind in KIND_STAGE:
        firsts = list(s.scalars(select(Inspection.outcome).where(
            Inspection.kind == kind, Inspection.round == 1, Inspection.closed_on.is_not(None),
            Inspection.deleted.is_(False))))
        passed = sum(1 for o in firsts if o == "pass")
        out[kind] = {"inspected": len(firsts), "passed_first_time": passed,
                     "rate": round(passed / len(firsts), 4) if firsts else None}
    return out


__all__ = ["StageRound"]
