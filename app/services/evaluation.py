"""The evaluation of a finished case (业扩项目评价, issue 20): derived from the history each time it is
asked (the clock of every active rule set, rounds, pauses, documents, follow-ups), completed by a
person who gives a cause for every stage that missed a limit. A late stage without a cause keeps
the evaluation open (``complete`` false, the stage in ``missing``).

A rule set's item may cover several stages (受理至收费, the whole process); when such an item is
missed, the over-run is put on the stage of the item that took the longest, so that a cause is
asked for one stage a person can answer for.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import aftercare, fields
from app.domain import PAUSE_REASONS, ROUND_STAGES, STAGES, stage_name
from app.errors import Refused
from app.messages import language
from app.models import CaseEvaluation, DesignReview, FollowUp, Inspection, Notice, SettingSheet, Survey, natural_id
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import today_of
from app.services.followups import energized_on
from app.services.query import case_clock
from app.store import store_of, utcnow


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def late_stages(clock) -> list[dict]:
    """Every (stage, rule set) that missed a limit: [{code, rule_set, version, item, limit, used,
    unit, over_wd}], in stage order."""
    elapsed: dict[str, int] = {}
    for r in clock.rounds:
        elapsed[r.code] = elapsed.get(r.code, 0) + r.elapsed_wd
    out = []
    for rv in clock.rules:
        for it in rv.items:
            if it.status != "missed":
                continue
            present = [st for st in it.stages if st in elapsed] or list(it.stages)
            # several stages: the one that took the longest answers for the item
            code = max(present, key=lambda st: (elapsed.get(st, 0), -STAGES.index(st) if st in STAGES else 0))
            out.append({"code": code, "rule_set": rv.rule_set, "version": rv.version, "item": it.name,
                        "item_en": it.name_en, "limit": it.limit_wd, "used": it.used_wd, "unit": it.unit,
                        "over_wd": it.used_wd - it.limit_wd})
    order = {st: n for n, st in enumerate(STAGES)}
    out.sort(key=lambda x: (order.get(x["code"], 99), x["rule_set"]))
    return out


def _stages(clock) -> list[dict]:
    by: dict[str, dict] = {}
    for r in clock.rounds:
        st = by.setdefault(r.code, {"code": r.code, "name": stage_name(r.code, language()), "rounds": 0,
                                    "first_pass": None, "elapsed_wd": 0, "paused_wd": 0, "compliance": {}})
        st["rounds"] += 1
        st["elapsed_wd"] += r.elapsed_wd
        st["paused_wd"] += r.paused_wd
        if r.round == 1 and r.finished_on is not None:
            st["first_pass"] = r.outcome != "rectify"
    for rv in clock.rules:
        for it in rv.items:
            if len(it.stages) == 1 and it.stages[0] in by:
                by[it.stages[0]]["compliance"][rv.rule_set] = {
                    "status": it.status, "limit": it.limit_wd, "used": it.used_wd, "unit": it.unit,
                    "over_wd": max(0, it.used_wd - it.limit_wd)}
    order = {st: n for n, st in enumerate(STAGES)}
    return sorted(by.values(), key=lambda x: order.get(x["code"], 99))


def _documents(s: Session, case) -> dict:
    inspections = s.scalars(select(Inspection.id).where(Inspection.case_id == case.id,
                                                        Inspection.deleted.is_(False))).all()
    notices = s.scalars(select(Notice).where(Notice.inspection_id.in_(inspections), Notice.deleted.is_(False))).all() \
        if inspections else []
    sheets = s.scalars(select(SettingSheet.status).where(SettingSheet.case_id == case.id,
                                                         SettingSheet.deleted.is_(False))).all()
    return {
        "notices_issued": len(notices),
        "notices_receipted": sum(1 for n in notices if n.delivered_on is not None),
        "setting_sheet_issued": any(st in ("issued", "executed") for st in sheets),
        "survey_recorded": s.scalar(select(Survey.id).where(Survey.case_id == case.id,
                                                            Survey.deleted.is_(False))) is not None,
        "review_recorded": s.scalar(select(DesignReview.id).where(DesignReview.case_id == case.id,
                                                                  DesignReview.deleted.is_(False))) is not None,
        "inspections_recorded": len(inspections),
        # the acceptance handbook is printed, not recorded: Zaosong cannot tell whether it was handed over
        "handbook_issued": None,
    }


def _followups(s: Session, case) -> dict:
    rows = s.scalars(select(FollowUp).where(FollowUp.case_id == case.id, FollowUp.deleted.is_(False),
                                            FollowUp.done_on.is_not(None))).all()
    counted = [f for f in rows if not f.self_reported]
    scores = [v for f in counted for v in json.loads(f.answers or "{}").values() if isinstance(v, int)]
    return {"done": len(rows), "counted": len(counted), "answers": len(scores),
            "score": round(sum(scores) / len(scores), 2) if scores else None}


def _row(s: Session, case_id: str) -> CaseEvaluation | None:
    return s.scalar(select(CaseEvaluation).where(CaseEvaluation.case_id == case_id, CaseEvaluation.deleted.is_(False)))


def evaluate(s: Session, case_no: str) -> dict:
    """The evaluation of a finished case: derived figures, the causes given, ``missing`` (a stage
    that missed a limit and has no cause: "cause:STAGE") and ``complete``."""
    case = get_case(s, case_no)
    power = energized_on(s, case.id)
    if case.status != "finished" or power is None:
        raise Refused("after_not_finished", case_no=case.case_no)
    clock = case_clock(s, case, power)
    late = late_stages(clock)
    row = _row(s, case.id)
    given = json.loads(row.causes) if row else {}
    names = {c["code"]: c for c in aftercare.causes(store_of(s).config(s))}
    lang = language()
    causes = {st: {"code": v.get("code"), "note": v.get("note", ""),
                   "name": (names.get(v.get("code"), {}).get("name" if lang == "zh" else "name_en") or v.get("code"))}
              for st, v in given.items()}
    late_codes = list(dict.fromkeys(x["code"] for x in late))
    missing = [f"cause:{st}" for st in late_codes if st not in given]
    rounds_stages = [st for st in _stages(clock) if st["code"] in ROUND_STAGES and st["first_pass"] is not None]
    pauses = []
    for r in clock.rounds:
        for p in r.pauses:
            end = p.ended_on or power
            pauses.append({"stage": r.code, "round": r.round, "started_on": _iso(p.started_on),
                           "ended_on": _iso(p.ended_on), "reason": p.reason,
                           "reason_name": PAUSE_REASONS.get(p.reason, (p.reason, p.reason))[0 if lang == "zh" else 1],
                           "note": p.note, "wd": store_of(s).calendar.workdays_between(p.started_on, end)})
    return {
        "case_no": case.case_no, "customer_name": case.customer_name, "manager": case.manager,
        "capacity_kva": case.capacity_kva, "applied_on": case.applied_on.isoformat(), "energized_on": power.isoformat(),
        "supply_dept_wd": clock.supply_dept_wd,
        "rule_sets": [{"rule_set": v.rule_set, "version": v.version, "name": v.name if lang == "zh" else v.name_en,
                       "verdict": v.verdict, "items": [i.to_json() for i in v.items]} for v in clock.rules],
        "stages": _stages(clock),
        "late": late,
        "first_pass_rate": (round(sum(1 for st in rounds_stages if st["first_pass"]) / len(rounds_stages), 4)
                            if rounds_stages else None),
        "pauses": pauses,
        "documents": _documents(s, case),
        "followup": _followups(s, case),
        "causes": causes,
        "missing": missing,
        "complete": not missing,
        "completed_on": _iso(row.completed_on) if row else (None if missing else power.isoformat()),
        "completed_by": row.completed_by if row else "",
        "note": row.note if row else "",
    }


def set_cause(s: Session, case_no: str, stage: str, code: str, note: str = "") -> Changes:
    """Give the cause (a code of the ``late_causes`` document in force) of a stage that missed a
    limit in at least one rule set. A stage that was on time everywhere is refused."""
    store = store_of(s)
    ev = evaluate(s, case_no)
    case = get_case(s, case_no)
    stage = (stage or "").strip().upper()
    late_codes = {x["code"] for x in ev["late"]}
    if stage not in late_codes:
        raise Refused("after_stage_on_time", stage=stage, case_no=case.case_no,
                      late="、".join(sorted(late_codes)) or "-")
    code = (code or "").strip().upper()
    known = [c["code"] for c in aftercare.causes(store.config(s))]
    if code not in known:
        raise Refused("after_bad_cause", value=code, known=", ".join(known))
    note = fields.SHORT_NOTE.check(note)
    row = _row(s, case.id)
    if row is None:
        row = CaseEvaluation(id=natural_id("case_evaluation", case.id), case_id=case.id, causes="{}",
                             created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id)
        s.add(row)
    causes = json.loads(row.causes or "{}")
    causes[stage] = {"code": code, "note": note}
    row.causes = json.dumps(causes, ensure_ascii=False, sort_keys=True)
    if late_codes <= set(causes):
        row.completed_on = row.completed_on or today_of(store)
        row.completed_by = row.completed_by or store.user
    s.flush()
    return Changes.of_cases([case.id], case_no=case.case_no)
