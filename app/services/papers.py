"""The papers a manager hands the customer besides the notice and the handbook (issue 16), as plain
dicts for ``reports.papers``:

- ``accept-receipt``     受理回执: the application received, and the time limits the bureau promises;
- ``plan-reply``         供电方案答复单: connection point, capacity, source, metering from the survey
                         and the review meeting's decision (when the case needs one);
- ``fee-notice``         业务收费通知单: the fees in force (``app.services.fees``) with their basis;
- ``acceptance-opinion`` 竣工验收意见书: the completion inspection that passed;
- ``power-on``           送电单: what is energised, with the customer's signature block.

Each is built from the case's own data; when data a paper needs is missing it is refused with a
catalogue message naming what is missing (``papers_of_case`` lists which are available and why not).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import BUSINESS_TYPES, STAGES, stage_name
from app.errors import Refused
from app.messages import language
from app.models import (
    Case,
    CaseFee,
    Inspection,
    InspectionResult,
    RectificationItem,
    SettingSheet,
    StageRound,
)
from app.services.cases import case_data, get_case
from app.services.fees import list_fees, yuan
from app.services.field import survey_view
from app.services.gates import (
    approving_decision,
    decisions_of,
    in_force,
    meeting_required,
)
from app.store import store_of

# kind -> (Chinese title, English title, number prefix); the order is the order of the business
PAPERS = {
    "accept-receipt": ("受理回执", "Acceptance receipt", "SL"),
    "plan-reply": ("供电方案答复单", "Supply plan reply", "FA"),
    "fee-notice": ("业务收费通知单", "Fee notice", "SF"),
    "acceptance-opinion": ("竣工验收意见书", "Completion acceptance opinion", "YS"),
    "power-on": ("送电单", "Power-on record", "SD"),
}
TRANSFORMER_TYPES = {"oil": "油浸式", "dry": "干式"}
DECISIONS = {"approve": "同意", "approve_with_changes": "修改后同意", "reject": "不同意"}
PLAN_VALID_MONTHS = 12  # 高压供电方案有效期一年 (供电营业规则): printed, so the customer knows


def paper_title(kind: str) -> str:
    titles = PAPERS.get(kind)
    if titles is None:
        raise Refused("paper_bad_kind", value=kind, known=", ".join(PAPERS))
    return titles[0] if language() == "zh" else titles[1]


def _fmt(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:g}"


def _common(s: Session, case: Case, kind: str, as_of: dt.date) -> dict:
    store = store_of(s)
    return {
        "kind": kind,
        "title": PAPERS[kind][0],
        "paper_no": f"{PAPERS[kind][2]}-{case.case_no}",
        "bureau": store.bureau_name,
        "issued_on": as_of.isoformat(),
        "case_no": case.case_no,
        "customer_name": case.customer_name,
        "account_no": case.account_no,
        "address": case.address,
        "contact": case.contact,
        "township": case.township,
        "business_type": BUSINESS_TYPES.get(case.business_type, (case.business_type,))[0],
        "capacity_kva": case.capacity_kva,
        "supply_kv": case.supply_kv,
        "applied_on": case.applied_on.isoformat(),
        "manager": case.manager,
        "manager_phone": store.setting("phone", ""),
    }


def _needs_survey(s: Session, case: Case, kind: str) -> dict:
    survey = survey_view(s, case.case_no)
    if survey is None:
        raise Refused("paper_needs_survey", case_no=case.case_no, paper=paper_title(kind))
    return survey


def _transformers(survey: dict) -> list[dict]:
    return [{"count": t.get("count", 1), "type": TRANSFORMER_TYPES.get(t.get("type"), str(t.get("type") or "")),
             "kva": t.get("kva")} for t in survey.get("transformers", [])]


def _metering(survey: dict) -> dict:
    hv = survey.get("metering") == "HV"
    return {"mode": "高压计量" if hv else "低压计量", "ct_ratio": survey.get("ct_ratio") or "",
            "vt_ratio": (survey.get("vt_ratio") or "") if hv else ""}


def _passed_completion(s: Session, case: Case, kind: str) -> Inspection:
    rows = s.scalars(select(Inspection).where(Inspection.case_id == case.id, Inspection.kind == "completion",
                                              Inspection.deleted.is_(False)).order_by(Inspection.round)).all()
    passed = [i for i in rows if i.closed_on is not None and i.outcome == "pass"]
    if not passed:
        last = rows[-1] if rows else None
        state = ("未进行" if language() == "zh" else "not held") if last is None else (
            ("尚未结束" if language() == "zh" else "still open") if last.closed_on is None else
            ("需整改" if language() == "zh" else "found defects"))
        raise Refused("paper_needs_acceptance", case_no=case.case_no, paper=paper_title(kind), state=state)
    return passed[-1]


# --- the five papers ---------------------------------------------------------------------------
def _accept_receipt(s: Session, case: Case, as_of: dt.date) -> dict:
    store = store_of(s)
    data = _common(s, case, "accept-receipt", as_of)
    primary = next((rs for rs in store.config(s).active_rule_sets() if rs.primary), None)
    facts = case_data(case).facts
    limits = []
    for stage in STAGES:
        limit = primary.stage_limit(stage, facts) if primary else None
        if limit is not None:
            limits.append({"stage": stage_name(stage, "zh"), "limit_wd": limit})
    accepted = next((r for r in case.rounds if r.stage == "ACCEPT" and not r.deleted), None)
    accepted_on = (accepted.finished_on or accepted.started_on) if accepted else case.applied_on
    data.update(
        issued_on=accepted_on.isoformat(),
        accepted_on=accepted_on.isoformat(),
        limits=limits,
        rule_set=f"{primary.name}(第 {primary.version} 版)" if primary else "",
    )
    return data


def _plan_reply(s: Session, case: Case, as_of: dt.date) -> dict:
    survey = _needs_survey(s, case, "plan-reply")
    decision = None
    if meeting_required(s, case, in_force(s)):
        decided = [(mc, m) for mc, m in decisions_of(s, case) if mc.decision is not None]
        if not decided:
            raise Refused("paper_needs_decision", case_no=case.case_no, paper=paper_title("plan-reply"),
                          kva=_fmt(case.capacity_kva))
        mc = approving_decision(s, case)
        if mc is None:
            raise Refused("paper_plan_rejected", case_no=case.case_no, paper=paper_title("plan-reply"),
                          when=decided[-1][1].held_at.strftime("%Y-%m-%d"))
        m = next(m for x, m in decided if x.id == mc.id)
        decision = {"held_on": m.held_at.strftime("%Y-%m-%d"), "decision": DECISIONS.get(mc.decision, mc.decision),
                    "note": mc.note}
    data = _common(s, case, "plan-reply", as_of)
    plan = next((r for r in sorted(case.rounds, key=lambda r: r.seq, reverse=True)
                 if r.stage == "PLAN" and not r.deleted and r.finished_on), None)
    if plan is not None:  # replied: the paper carries the reply's date, however often reprinted
        data["issued_on"] = plan.finished_on.isoformat()
    point = "".join(x for x in (survey["substation"], survey["feeder"], survey["pole"]) if x)
    data.update(
        surveyed_on=survey["surveyed_on"],
        substation=survey["substation"], feeder=survey["feeder"], pole=survey["pole"],
        connection_point=point,
        plan_kv=survey["supply_kv"],
        source="双电源" if survey["dual_source"] else "单电源",
        metering=_metering(survey),
        transformers=_transformers(survey),
        findings=survey["findings"],
        decision=decision,
        valid_months=PLAN_VALID_MONTHS,
    )
    return data


def _fee_notice(s: Session, case: Case, as_of: dt.date) -> dict:

    fees = list_fees(s, case.id, in_force_only=True)
    if not fees:
        raise Refused("paper_needs_fees", case_no=case.case_no, paper=paper_title("fee-notice"))
    data = _common(s, case, "fee-notice", as_of)
    total = sum(f["amount_fen"] for f in fees)
    data["issued_on"] = max(f["recorded_on"] for f in fees)
    data.update(fees=[{"item": f["item"], "amount": f["amount"], "basis": f["basis"]} for f in fees],
                total=yuan(total), total_fen=total)
    return data


def _acceptance_opinion(s: Session, case: Case, as_of: dt.date) -> dict:
    insp = _passed_completion(s, case, "acceptance-opinion")
    # a re-inspection checks only what was still open: the items and their standing come from every
    # round up to the one that passed, the latest result of each item counting
    rounds = s.scalars(select(Inspection).where(Inspection.case_id == case.id, Inspection.kind == "completion",
                                                Inspection.deleted.is_(False), Inspection.round <= insp.round)
                       .order_by(Inspection.round)).all()
    latest: dict[str, str] = {}
    for rnd in rounds:
        for r in s.scalars(select(InspectionResult).where(InspectionResult.inspection_id == rnd.id,
                                                          InspectionResult.deleted.is_(False))):
            latest[r.item_code] = r.result
    counts = {"pass": 0, "fail": 0, "na": 0}
    for result in latest.values():
        counts[result] = counts.get(result, 0) + 1
    items = s.scalars(select(RectificationItem).join(Inspection, RectificationItem.inspection_id == Inspection.id)
                      .where(RectificationItem.case_id == case.id, RectificationItem.deleted.is_(False),
                             Inspection.kind == "completion").order_by(RectificationItem.number)).all()
    survey = survey_view(s, case.case_no)
    data = _common(s, case, "acceptance-opinion", as_of)
    data["issued_on"] = insp.closed_on.isoformat()
    data.update(
        inspected_on=insp.closed_on.isoformat(),
        round=insp.round,
        inspectors=[p.strip() for p in insp.inspectors.split(",") if p.strip()],
        checked=len(latest),
        passed=counts["pass"], not_applicable=counts["na"],
        fixed=counts["fail"],  # failed in an earlier round, fixed and passed by the round that passed
        rectified=[{"no": i.number, "location": i.location, "requirement": i.requirement,
                    "closed_on": i.closed_on.isoformat() if i.closed_on else ""} for i in items],
        transformers=_transformers(survey) if survey else [],
        conclusion="经竣工检验，该受电工程符合国家和电力行业有关标准、规程规范及供电方案要求，竣工验收合格，"
                   "具备装表接电条件。",
    )
    return data


def _power_on(s: Session, case: Case, as_of: dt.date) -> dict:
    insp = _passed_completion(s, case, "power-on")
    survey = _needs_survey(s, case, "power-on")
    energise = next((r for r in sorted(case.rounds, key=lambda r: r.seq, reverse=True)
                     if r.stage == "ENERGIZE" and not r.deleted), None)
    sheet = s.scalar(select(SettingSheet).where(SettingSheet.case_id == case.id, SettingSheet.deleted.is_(False),
                                                SettingSheet.status.in_(("issued", "executed")))
                     .order_by(SettingSheet.version.desc()))
    data = _common(s, case, "power-on", as_of)
    if energise and energise.finished_on:
        data["issued_on"] = energise.finished_on.isoformat()
    data.update(
        accepted_on=insp.closed_on.isoformat(),
        energised_on=energise.finished_on.isoformat() if energise and energise.finished_on else "",
        connection_point="".join(x for x in (survey["substation"], survey["feeder"], survey["pole"]) if x),
        source="双电源" if survey["dual_source"] else "单电源",
        metering=_metering(survey),
        transformers=_transformers(survey),
        setting_sheet=(f"{sheet.sheet_no}(第 {sheet.version} 版，"
                       f"{'已执行' if sheet.status == 'executed' else '已下达'})") if sheet else "",
        checks=["竣工验收合格，整改项已全部闭环", "供用电合同（协议）已签订",
                "电能计量装置已安装、接线正确并加封", "继电保护定值已按定值单整定并校验",
                "客户受电设备已具备送电条件，现场安全措施已拆除，人员已撤离"],
    )
    return data


_BUILDERS = {"accept-receipt": _accept_receipt, "plan-reply": _plan_reply, "fee-notice": _fee_notice,
             "acceptance-opinion": _acceptance_opinion, "power-on": _power_on}


def paper_data(s: Session, ref: str, kind: str, as_of: dt.date | None = None) -> dict:
    """The data of one paper of a case; refused (naming what is missing) when it cannot be made."""
    paper_title(kind)  # an unknown kind is refused before the case is looked up
    case = get_case(s, ref)
    return _BUILDERS[kind](s, case, as_of or dt.date.today())


def papers_of_case(s: Session, ref: str, as_of: dt.date | None = None) -> list[dict]:
    """Every paper of a case: available or refused, and why (the message the paper would give)."""
    out = []
    for kind in PAPERS:
        try:
            paper_data(s, ref, kind, as_of)
        except Refused as exc:
            if exc.code == "no_case":
                raise
            out.append({"kind": kind, "title": paper_title(kind), "available": False, "reason": str(exc),
                        "code": exc.code})
        else:
            out.append({"kind": kind, "title": paper_title(kind), "available": True, "reason": "", "code": ""})
    return out


# --- the papers of a day (issue 16: "print several documents of a case or a day at once") ----------
def _day_candidates(s: Session, day: dt.date, manager: str | None) -> set[tuple[str, str]]:
    """(case id, kind) of the events of ``day`` that a paper answers: the application accepted, the
    plan replied, a fee recorded, the completion inspection passed, the power switched on."""
    def of(q):
        q = q.where(Case.deleted.is_(False))
        return s.execute(q.where(Case.manager == manager) if manager else q).all()

    rnd = select(StageRound.case_id, StageRound.stage).join(Case, Case.id == StageRound.case_id).where(
        StageRound.deleted.is_(False))
    out = {(cid, "accept-receipt") for (cid,) in of(select(Case.id).where(Case.applied_on == day))}
    for cid, stage in of(rnd.where(StageRound.stage.in_(("ACCEPT", "PLAN", "ENERGIZE")),
                                   (StageRound.finished_on == day) | (StageRound.started_on == day))):
        out.add((cid, {"ACCEPT": "accept-receipt", "PLAN": "plan-reply", "ENERGIZE": "power-on"}[stage]))
    for (cid,) in of(select(CaseFee.case_id).join(Case, Case.id == CaseFee.case_id).where(
            CaseFee.deleted.is_(False), CaseFee.recorded_on == day)):
        out.add((cid, "fee-notice"))
    for (cid,) in of(select(Inspection.case_id).join(Case, Case.id == Inspection.case_id).where(
            Inspection.deleted.is_(False), Inspection.kind == "completion", Inspection.closed_on == day,
            Inspection.outcome == "pass")):
        out.add((cid, "acceptance-opinion"))
    return out


def day_paper_datas(s: Session, day: dt.date, manager: str | None = None) -> list[dict]:
    """The data of the papers of ``day`` (see ``papers_of_day``), in the order they are handed over."""
    cands = _day_candidates(s, day, manager)
    nos = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_({c for c, _ in cands}))).all())
    order = list(PAPERS)
    out = []
    for cid, kind in sorted(cands, key=lambda ck: (nos[ck[0]], order.index(ck[1]))):
        try:
            data = paper_data(s, nos[cid], kind, day)
        except Refused:
            continue  # e.g. the plan replied but the survey since withdrawn: the case window says why
        # a paper belongs to the day it is dated: a fee notice to its last fee's day, a receipt to
        # the acceptance (not to a re-opened ACCEPT round's start when it was accepted later)
        if data["issued_on"] == day.isoformat():
            out.append(data)
    return out


def papers_of_day(s: Session, day: dt.date, manager: str | None = None) -> list[tuple[str, str]]:
    """The papers a day's work produced, as (case number, kind), by case then in business order.

    For day D (and the cases of ``manager``, or everyone's): the 受理回执 of the cases accepted on D,
    the 供电方案答复单 of the cases whose plan was replied (PLAN finished) on D, the 业务收费通知单 of
    the cases whose last fee in force was recorded on D, the 竣工验收意见书 of the completion
    inspections passed on D and the 送电单 of the cases energised on D. Each is the paper dated D,
    so the list is the same however late it is asked for; papers that cannot be made are left out."""
    return [(d["case_no"], d["kind"]) for d in day_paper_datas(s, day, manager)]
