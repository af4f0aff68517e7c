"""The data of printed documents, as plain dicts for reports/ (which never sees the database).

- ``notice_data``: the rectification notice (整改通知书) of a closed inspection round;
- ``handbook_data``: the acceptance handbook (验收手册) of a case.
Issuing a notice records its number and a checksum of its content (printed in its QR code), so a
paper notice can be matched to the record; its delivery (to whom, when) is recorded too.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields as F
from app.errors import Refused
from app.models import Case, Inspection, Notice, RectificationItem, natural_id
from app.services import field
from app.services.attachments import list_attachments
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.services.config_docs import template_for
from app.services.field import KIND_NAMES, equipment, item_view, open_items, survey_view
from app.services.query import case_clock
from app.store import canonical_json, store_of


def _notice_items(s: Session, insp: Inspection) -> list[RectificationItem]:
    """The items this round leaves open: raised or failed again in it."""
    rows = s.scalars(select(RectificationItem).where(
        RectificationItem.inspection_id == insp.id, RectificationItem.deleted.is_(False))
        .order_by(RectificationItem.number))
    return [r for r in rows if r.closed_on is None or (insp.closed_on and r.closed_on > insp.closed_on)]


def notice_data(s: Session, inspection_id: str, photos: bool = True) -> dict:
    store = store_of(s)
    insp = field.get_inspection(s, inspection_id)
    if insp.closed_on is None or insp.outcome != "rectify":
        raise Refused("no_notice", ref=inspection_id)
    case = s.get(Case, insp.case_id)
    items = _notice_items(s, insp)
    thumbs = {}
    if photos:
        for a in list_attachments(s, case.id, owner_kind="item"):
            code = a["owner_ref"].split(":", 1)[-1]
            if a["owner_ref"].startswith(insp.id) and a["thumbnail"]:
                thumbs.setdefault(code, a["thumbnail"])
    content = {
        "case_no": case.case_no, "customer_name": case.customer_name, "account_no": case.account_no,
        "kind": insp.kind, "round": insp.round, "inspected_on": insp.closed_on.isoformat(),
        "items": [[i.number, i.location, i.requirement, i.finding, i.clause, i.deadline.isoformat()] for i in items],
    }
    checksum = hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()[:16]
    notice = s.scalar(select(Notice).where(Notice.inspection_id == insp.id))
    notice_no = notice.notice_no if notice else f"ZG-{case.case_no}-{insp.kind[0].upper()}{insp.round}"
    return {
        "notice_no": notice_no,
        "bureau": store.bureau_name,
        "issued_on": (notice.issued_on if notice else insp.closed_on).isoformat(),
        "customer_name": case.customer_name,
        "account_no": case.account_no,
        "case_no": case.case_no,
        "address": case.address,
        "capacity_kva": case.capacity_kva,
        "supply_kv": case.supply_kv,
        "inspection_kind": insp.kind,
        "inspection_kind_name": KIND_NAMES[insp.kind],
        "inspected_on": insp.closed_on.isoformat(),
        "round": insp.round,
        "inspectors": [p.strip() for p in insp.inspectors.split(",") if p.strip()],
        "manager": case.manager,
        "manager_phone": store.setting("phone", ""),
        "items": [
            {"no": i.number, "code": i.item_code, "location": i.location, "requirement": i.requirement,
             "finding": i.finding, "clause": i.clause, "deadline": i.deadline.isoformat(),
             "photo": thumbs.get(i.item_code)}
            for i in items
        ],
        "checksum": checksum,
        "qr_payload": f"ZAOSONG|{notice_no}|{case.case_no}|{checksum}",
        "delivered_to": notice.delivered_to if notice else "",
        "delivered_on": notice.delivered_on.isoformat() if notice and notice.delivered_on else None,
    }


def issue_notice(s: Session, inspection_id: str) -> dict:
    """Record the notice (number, checksum) the first time it is printed; return its data."""
    store = store_of(s)
    data = notice_data(s, inspection_id)
    insp = field.get_inspection(s, inspection_id)
    notice = s.scalar(select(Notice).where(Notice.inspection_id == insp.id))
    if notice is None:
        notice = Notice(id=natural_id("notice", insp.id), inspection_id=insp.id, notice_no=data["notice_no"], issued_on=insp.closed_on,
                        checksum=data["checksum"], hlc=store.hlc.now(), device_id=store.device_id)
        s.add(notice)
        store.record_event(s, s.get(Case, insp.case_id), "NOTICE_ISSUED",
                           {"notice": data["notice_no"], "checksum": data["checksum"]}, insp.closed_on)
    elif notice.checksum != data["checksum"]:
        notice.checksum = data["checksum"]
        notice.hlc, notice.device_id = store.hlc.now(), store.device_id
    return data


def deliver_notice(s: Session, inspection_id: str, to: str, on: dt.date | str) -> Changes:
    store = store_of(s)
    to = check_text(to, "delivered_to", F.DELIVERED_TO.max_len, required=True)
    on = parse_date(on)
    issue_notice(s, inspection_id)
    insp = field.get_inspection(s, inspection_id)
    if on < insp.closed_on:
        raise Refused("close_before_raised", on=on.isoformat(), raised=insp.closed_on.isoformat())
    notice = s.scalar(select(Notice).where(Notice.inspection_id == insp.id))
    notice.delivered_to, notice.delivered_on = to, on
    notice.hlc, notice.device_id = store.hlc.now(), store.device_id
    case = s.get(Case, insp.case_id)
    store.record_event(s, case, "NOTICE_DELIVERED", {"notice": notice.notice_no, "to": to}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def open_notices(s: Session, manager: str | None = None) -> list[str]:
    """Inspections whose notice still has open items (for a batch print), newest first."""
    q = (select(Inspection.id, RectificationItem.id)
         .join(RectificationItem, RectificationItem.inspection_id == Inspection.id)
         .join(Case, Case.id == Inspection.case_id)
         .where(RectificationItem.closed_on.is_(None), RectificationItem.deleted.is_(False), Case.deleted.is_(False),
                Inspection.outcome == "rectify"))
    if manager:
        q = q.where(Case.manager == manager)
    seen: dict[str, None] = {}
    for iid, _ in s.execute(q.order_by(Inspection.closed_on.desc())):
        seen.setdefault(iid, None)
    return list(seen)


def _step_date(rounds: list, planned, plan_note: str) -> tuple[dt.date, str]:
    """A timeline step's date: the day its stage passed, else the deadline of its round under way (as
    the case window shows it), else ``planned()`` (the stage not reached yet, or waiting after a
    rectification for its next round)."""
    last = rounds[-1] if rounds else None
    if last is not None and last.finished_on is not None and last.outcome != "rectify":
        return last.finished_on, "已完成(实际日期)"
    if last is not None and last.finished_on is None and last.deadline is not None:
        return last.deadline, "按工单期限"
    return planned(), plan_note


def handbook_data(s: Session, ref: str, as_of: dt.date | None = None) -> dict:
    """The acceptance handbook of a case: requirements filtered by its equipment, documents,
    self-check list, open items and a timeline of target dates from the working-day calendar."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    case = get_case(s, ref)
    eq = equipment(s, case)
    survey = survey_view(s, case.case_no)
    template = template_for(s, "completion")
    applicable = template.for_case(eq)
    sections: dict[str, list] = {}
    for it in applicable:
        if not it.document:
            sections.setdefault(it.section, []).append(
                {"code": it.code, "text": it.requirement(), "clause": it.clause})
    cal = store.calendar
    # The timeline (issue 15): the dates the case recorded where they exist, its own deadlines (the
    # case window's numbers, query.case_clock) for a stage under way, and only for a stage not yet
    # reached the plan: the customer asks for acceptance, we inspect within 2 wd, energise within 3 wd more.
    rounds = case_clock(s, case, as_of).rounds
    insp_rounds = [r for r in rounds if r.code == "COMPLETION_INSPECTION"]
    energise_rounds = [r for r in rounds if r.code == "ENERGIZE"]
    if insp_rounds:
        request, request_note = insp_rounds[0].started_on, "已提出(实际日期)"
    else:
        request = cal.next_workday_on_or_after(as_of + dt.timedelta(days=1))
        request_note = "资料齐全后提出"
    inspect, inspect_note = _step_date(insp_rounds, lambda: cal.add_workdays(request, 2), "受理报验后2个工作日内")
    energise, energise_note = _step_date(energise_rounds, lambda: cal.add_workdays(inspect, 3), "验收合格后3个工作日内")
    if insp_rounds:  # the request was made: self-check and preview came before it
        before = [{"step": "客户自查、整理竣工资料", "target": "—", "note": "已在提交竣工报验申请前完成"},
                  {"step": "初验(资料预审)", "target": "—", "note": "已在提交竣工报验申请前完成"}]
    else:
        before = [{"step": "客户自查、整理竣工资料", "target": as_of.isoformat(), "note": "按本手册“自查清单”逐项检查"},
                  {"step": "初验(资料预审)", "target": cal.add_workdays(as_of, 1).isoformat(), "note": "客户经理预审资料"}]
    timeline = [
        *before,
        {"step": "提交竣工报验申请", "target": request.isoformat(), "note": request_note},
        {"step": "竣工检验", "target": inspect.isoformat(), "note": inspect_note},
        {"step": "装表接电(送电)", "target": energise.isoformat(), "note": energise_note},
    ]
    kinds = {i.id: i.kind for i in s.scalars(select(Inspection).where(Inspection.case_id == case.id))}
    open_list = [item_view(i, kinds.get(i.inspection_id)) for i in open_items(s, case.id)]
    transformers = survey["transformers"] if survey else []
    return {
        "case_no": case.case_no,
        "customer_name": case.customer_name,
        "account_no": case.account_no,
        "address": case.address,
        "capacity_kva": case.capacity_kva,
        "supply_kv": case.supply_kv,
        "dual_source": eq.dual_source,
        "metering": "高压计量" if eq.metering == "HV" else "低压计量",
        "transformers": [{"count": t["count"], "type": "油浸式" if t["type"] == "oil" else "干式", "kva": t["kva"]}
                         for t in transformers],
        "bureau": store.bureau_name,
        "issued_on": as_of.isoformat(),
        "manager": {"name": case.manager, "phone": store.setting("phone", "")},
        "timeline": timeline,
        "requirements": [{"section": k, "items": v} for k, v in sections.items()],
        "documents": [it.text for it in applicable if it.document],
        "self_check": [{"code": it.code, "text": it.text} for it in applicable if not it.document],
        "open_items": [{"code": i["code"], "location": i["location"], "requirement": i["requirement"],
                        "deadline": i["deadline"]} for i in open_list],
        "assumed_calendar_years": cal.assumed_years(as_of, energise),
        "template_version": template.version,
    }


__all__ = ["notice_data", "issue_notice", "deliver_notice", "handbook_data", "open_notices", "json"]
