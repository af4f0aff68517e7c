"""Protection-setting sheets (定值单) of a case: versions, status, sign-off and execution receipt.

The arithmetic lives in ``app.protection``; a sheet stores its inputs and the result, so a printed
sheet can always be reproduced and checked. A new version voids every earlier one that is not
void already; only a draft can be issued, and only an issued sheet can be recorded as executed.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import fields as F
from app.errors import Refused
from app.models import Case, SettingSheet, natural_id
from app.protection import SettingInputs, calculate
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.services.field import survey_view
from app.store import canonical_json, store_of

STATUSES = ("draft", "issued", "executed", "void")


def inputs_from(values: dict) -> SettingInputs:
    names = {f.name for f in dataclasses.fields(SettingInputs)}
    unknown = set(values) - names
    if unknown:
        raise Refused("bad_field", value=", ".join(sorted(unknown)))
    try:
        return SettingInputs(**values)
    except TypeError as exc:
        raise Refused("bad_field", value=str(exc)) from None


def _from_survey(s: Session, case) -> dict:
    """What the sheet takes from the joint survey unless the values say otherwise (issue 16): the
    incoming CT ratio and the transformer type (whose typical losses apply)."""

    sv = survey_view(s, case.case_no)
    if sv is None:
        return {}
    out = {}
    if sv.get("ct_ratio"):
        out["ct"] = sv["ct_ratio"]
    types = {t.get("type") for t in sv.get("transformers", [])}
    if len(types) == 1 and types <= {"oil", "dry"}:
        out["tr_type"] = types.pop()
    return out


def new_sheet(s: Session, ref: str, values: dict, by: str = "", on: dt.date | None = None) -> Changes:
    store = store_of(s)
    case = get_case(s, ref)
    values = {"applied_kva": case.capacity_kva, **_from_survey(s, case), **values}
    inp = inputs_from(values)
    result = calculate(inp)  # refuses bad input before anything is written
    by = check_text(by or store.user, "manager", F.MANAGER.max_len)
    version = (s.scalar(select(func.max(SettingSheet.version)).where(SettingSheet.case_id == case.id)) or 0) + 1
    for old in s.scalars(select(SettingSheet).where(SettingSheet.case_id == case.id, SettingSheet.status != "void")):
        old.status = "void"
    sheet = SettingSheet(
        id=natural_id("setting_sheet", case.id, version), case_id=case.id, sheet_no=f"DZ-{case.case_no}",
        version=version, status="draft", inputs=canonical_json(dataclasses.asdict(inp)), result=canonical_json(result),
        set_by=by, created_on=on or today_of(store), hlc=store.hlc.now(), device_id=store.device_id,
    )
    s.add(sheet)
    s.flush()
    store.record_event(s, case, "SETTING_SHEET", {"sheet": sheet.id, "version": version, "status": "draft"},
                       sheet.created_on)
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=sheet.id)


def _sheet(s: Session, ref: str) -> SettingSheet:
    sheet = s.get(SettingSheet, ref)
    if sheet is None:
        matches = list(s.scalars(select(SettingSheet).where(SettingSheet.id.like(f"{ref}%")).limit(2))) if len(ref) >= 6 else []
        sheet = matches[0] if len(matches) == 1 else None
    if sheet is None or sheet.deleted:
        raise Refused("no_sheet", ref=ref)
    return sheet


def issue_sheet(s: Session, ref: str, on: dt.date | str | None = None, checked_by: str = "", approved_by: str = "") -> Changes:
    store = store_of(s)
    sheet = _sheet(s, ref)
    if sheet.status != "draft":
        raise Refused("sheet_state", status=sheet.status, want="draft")
    sheet.status = "issued"
    sheet.issued_on = parse_date(on) if on else today_of(store)
    sheet.checked_by = check_text(checked_by, "manager", F.MANAGER.max_len) or sheet.checked_by
    sheet.approved_by = check_text(approved_by, "manager", F.MANAGER.max_len) or sheet.approved_by
    case = s.get(Case, sheet.case_id)
    store.record_event(s, case, "SETTING_SHEET", {"sheet": sheet.id, "version": sheet.version, "status": "issued"},
                       sheet.issued_on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def record_execution(s: Session, ref: str, issued_to: str, executed_by: str, returned_on: dt.date | str) -> Changes:
    store = store_of(s)
    sheet = _sheet(s, ref)
    if sheet.status != "issued":
        raise Refused("sheet_state", status=sheet.status, want="issued")
    returned = parse_date(returned_on)
    if sheet.issued_on and returned < sheet.issued_on:
        raise Refused("close_before_raised", on=returned.isoformat(), raised=sheet.issued_on.isoformat())
    sheet.issued_to = check_text(issued_to, "delivered_to", F.DELIVERED_TO.max_len, required=True)
    sheet.executed_by = check_text(executed_by, "delivered_to", F.DELIVERED_TO.max_len, required=True)
    sheet.returned_on, sheet.status = returned, "executed"
    case = s.get(Case, sheet.case_id)
    store.record_event(s, case, "SETTING_SHEET", {"sheet": sheet.id, "version": sheet.version, "status": "executed"},
                       returned)
    return Changes.of_cases([case.id], case_no=case.case_no)


def sheets_of(s: Session, ref: str) -> list[dict]:
    case = get_case(s, ref)
    return [{"id": x.id, "sheet_no": x.sheet_no, "version": x.version, "status": x.status,
             "created_on": x.created_on.isoformat(), "issued_on": x.issued_on.isoformat() if x.issued_on else None,
             "all_ok": json.loads(x.result).get("all_ok")}
            for x in s.scalars(select(SettingSheet).where(SettingSheet.case_id == case.id, SettingSheet.deleted.is_(False))
                               .order_by(SettingSheet.version))]


def sheet_data(s: Session, ref: str) -> dict:
    """The sheet as reports.setting_sheet.render_setting_sheet wants it."""

    store = store_of(s)
    sheet = _sheet(s, ref)
    case = s.get(Case, sheet.case_id)
    return {
        "sheet_no": sheet.sheet_no, "version": sheet.version, "status": sheet.status,
        "bureau": store.bureau_name, "case_no": case.case_no,
        "customer_name": case.customer_name, "account_no": case.account_no, "address": case.address,
        "issued_on": (sheet.issued_on or sheet.created_on).isoformat(), "result": json.loads(sheet.result),
        "inputs": json.loads(sheet.inputs),
        "sign_off": {"set_by": sheet.set_by, "checked_by": sheet.checked_by, "approved_by": sheet.approved_by},
        "receipt": {"issued_to": sheet.issued_to, "executed_by": sheet.executed_by,
                    "returned_on": sheet.returned_on.isoformat() if sheet.returned_on else ""},
    }
