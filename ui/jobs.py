"""Jobs for the database worker: plain functions (store, ...) -> plain data, calling app services."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services import cases as case_svc
from app.services import calendar as cal_svc
from app.services import query
from app.services import settings as settings_svc


@dataclass
class Snapshot:
    """What the workbench shows on start: rows of the case list and the day's warnings."""

    as_of: dt.date
    rows: list
    warnings: list
    complete: bool  # False: only open cases so far; the full list follows
    assumed_years: set  # years of shown deadlines that have no holiday schedule (marked *)
    # the warning threshold of the settings (working days left <= it): the clock's "warning" status,
    # the Cases filter and Today's "due within N working days" group all use this one (issue 15)
    warn_wd: int = 1


def _assumed(store, rows) -> set:
    cal = store.calendar
    return {y for y in {int(r.deadline[:4]) for r in rows if r.deadline} if cal.is_assumed(y)}


def load_open(store, as_of: dt.date) -> Snapshot:
    with store.reader() as s:
        clocks = query.open_clocks(s, as_of)
        rows = query.list_cases(s, as_of=as_of, open_only=True, clocks=clocks)
        warns = query.warnings(s, as_of=as_of, clocks=clocks)  # warning or overdue, by the settings' threshold
    return Snapshot(as_of, rows, warns, False, _assumed(store, rows), store.warn_wd)


def load_all(store, as_of: dt.date) -> Snapshot:
    with store.reader() as s:
        clocks = query.open_clocks(s, as_of)
        rows = query.list_cases(s, as_of=as_of, clocks=clocks)
        warns = query.warnings(s, as_of=as_of, clocks=clocks)
    return Snapshot(as_of, rows, warns, True, _assumed(store, rows), store.warn_wd)


def case_view(store, ref: str, as_of: dt.date) -> dict:
    with store.reader() as s:
        return query.case_view(s, ref, as_of)


def create_case(store, **fields):
    with store.session() as s:
        return case_svc.create_case(s, **fields)


def record_temp_advice(store, ref: str, room: str, transformer: str, switchgear: str, note: str, on):
    from app.services import temp_supply

    with store.session() as s:
        return temp_supply.record_temp_advice(s, ref, room=room, transformer=transformer, switchgear=switchgear,
                                              note=note, on=on)


def formal_candidates(store) -> list:
    """TEMPORARY cases without a formal successor (the new-case form's source choice)."""
    from app.services import temp_supply

    with store.reader() as s:
        return temp_supply.formal_candidates(s)


def formal_defaults(store, temp_ref: str) -> dict:
    """What a formal case made from ``temp_ref`` starts from (refused as creating it would be),
    with the source case's application date for the form's earliest date."""
    from app.services import temp_supply

    with store.reader() as s:
        out = temp_supply.formal_defaults(s, temp_ref)
        out["source_applied_on"] = case_svc.get_case(s, temp_ref).applied_on
    return out


def edit_case(store, ref: str, **fields):
    with store.session() as s:
        return case_svc.edit_case(s, ref, **fields)


def stage_action(store, action: str, ref: str, **kw):
    fn = {
        "start": case_svc.start_stage,
        "finish": case_svc.finish_stage,
        "pause": case_svc.pause_stage,
        "resume": case_svc.resume_stage,
    }[action]
    with store.session() as s:
        return fn(s, ref, **kw)


def calendar_overview(store, as_of: dt.date | None = None) -> dict:
    with store.reader() as s:
        years = cal_svc.calendar_years(s)
        missing = cal_svc.missing_next_year(s, as_of)  # the window's day, so the banner follows its clock
    cal = store.calendar
    days = {}
    for y in years:  # (date, kind, name): the names (元旦, 春节…) are shown (issue 16)
        days[y["year"]] = [(d, k, cal.name_of(d)) for d, k in cal.days_of_year(y["year"])]
    return {"years": years, "missing_next_year": missing, "days": days}


def edit_calendar_days(store, days: list, complete_year: int | None = None) -> dict:
    with store.session() as s:
        return cal_svc.edit_days(s, days, complete_year=complete_year)


def import_calendar(store, path):
    with store.session() as s:
        return cal_svc.import_calendar(s, path)


def update_settings(store, **kw):
    with store.session() as s:
        return settings_svc.update_settings(s, **kw)


def identity(store) -> dict:
    with store.reader() as s:
        return {"user": store.user, "device_name": settings_svc.device_name(s), "device_id": store.device_id,
                "warn_wd": store.warn_wd, "db": str(store.path), "phone": store.setting("phone", ""),
                "bureau_name": settings_svc.bureau_name(store), "station": store.setting("station", "")}


def build_demo(store, cases: int, as_of: dt.date, progress=None) -> dict:
    from app.demo import build_demo as _build

    return _build(store, cases, seed=1, as_of=as_of, progress=progress)


def backup_now(store) -> str:
    from app.services.backup import backup_now as _b

    return str(_b(store.path))


# --- field work ---------------------------------------------------------------------------------
def documents_dir(store, case_no: str):
    d = store.path.parent / "documents" / case_no
    d.mkdir(parents=True, exist_ok=True)
    return d


def field_overview(store, ref: str) -> dict:
    from app.services import attachments, field

    from app.services import temp_supply

    with store.reader() as s:
        survey = field.survey_view(s, ref)
        return {
            "survey": survey,
            # no survey yet on a formal case: its form starts from the temporary case's survey
            "survey_prefill": None if survey is not None else temp_supply.survey_prefill(s, ref),
            "inspections": field.inspections_of(s, ref),
            "rectification": field.list_rectification(s, ref),
            "attachments": attachments.list_attachments(s, ref),
        }


def set_survey(store, ref: str, data: dict):
    from app.services import field

    with store.session() as s:
        return field.set_survey(s, ref, data)


def start_inspection(store, ref: str, kind: str, on, inspectors: str):
    from app.services import field

    with store.session() as s:
        return field.start_inspection(s, ref, kind, on, inspectors)


def inspection_items(store, inspection_id: str) -> dict:
    from app.services import field

    with store.reader() as s:
        return field.inspection_items(s, inspection_id)


def set_result(store, inspection_id: str, code: str, result, value, note: str):
    from app.services import field

    with store.session() as s:
        return field.set_result(s, inspection_id, code, result, value, note)


def pass_unjudged(store, inspection_id: str):
    from app.services import field

    with store.session() as s:
        return field.pass_unjudged(s, inspection_id)


def close_inspection(store, inspection_id: str, on):
    from app.services import field

    with store.session() as s:
        return field.close_inspection(s, inspection_id, on)


def close_rectification(store, item_id: str, on, by: str):
    from app.services import field

    with store.session() as s:
        return field.close_rectification(s, item_id, on, by)


def add_attachment(store, ref: str, path, owner_kind: str = "case", owner_ref: str = ""):
    from app.services import attachments

    with store.session() as s:
        return attachments.add_attachment(s, ref, path, owner_kind, owner_ref)


def notice_pdf(store, inspection_id: str) -> str:
    from app.services import documents
    from reports.rectification_notice import render_notice

    with store.session() as s:
        data = documents.issue_notice(s, inspection_id)
    out = documents_dir(store, data["case_no"]) / f"整改通知书-{data['notice_no']}.pdf"
    render_notice(data, out)
    return str(out)


def deliver_notice(store, inspection_id: str, to: str, on):
    from app.services import documents

    with store.session() as s:
        return documents.deliver_notice(s, inspection_id, to, on)


def handbook_pdf(store, ref: str, as_of) -> str:
    from app.services import documents
    from reports.acceptance_handbook import render_handbook

    with store.reader() as s:
        data = documents.handbook_data(s, ref, as_of)
    out = documents_dir(store, data["case_no"]) / f"验收手册-{data['case_no']}.pdf"
    render_handbook(data, out)
    return str(out)


def batch_notices(store, manager: str | None, progress=None) -> str:
    """All open notices of a manager in one PDF; cancellable between notices."""
    from app.services import documents
    from reports.batch import render_notices_batch

    with store.session() as s:
        datas = [documents.issue_notice(s, iid) for iid in documents.open_notices(s, manager)]
    if not datas:
        from app.errors import Refused

        raise Refused("no_notice", ref=manager or "*")
    out = store.path.parent / "documents" / f"整改通知书-批量-{manager or '全部'}.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    render_notices_batch(datas, out, progress=progress)
    return str(out)


# --- sync -------------------------------------------------------------------------------------------
def sync_overview(store) -> dict:
    from app.models import Device
    from app.sync import package as pkg
    from app.sync.keys import fingerprint

    with store.reader() as s:
        d = s.get(Device, store.device_id)
        me = {"id": d.id, "name": d.name, "fingerprint": fingerprint(d.public_key)}
    return {"me": me, "devices": pkg.list_devices(store), "conflicts": pkg.list_conflicts(store)}


def sync_export(store, path, peer, passphrase, progress=None) -> dict:
    from app.sync import package as pkg

    return pkg.export_package(store, path, peer=peer, passphrase=passphrase, progress=progress)


def sync_import(store, path, passphrase, dry_run: bool, progress=None) -> dict:
    from app.sync import package as pkg

    from app.errors import Refused

    # the preview keeps what it checked: applying the same file next does not check it again
    try:
        return pkg.import_package(store, path, passphrase=passphrase, dry_run=dry_run, progress=progress,
                                  keep_preview=dry_run)
    except Refused as exc:
        if exc.code != "sync_untrusted":
            raise
        # a device seen for the first time: the GUI asks a person to compare its fingerprint and trust
        # it there and then (the core has put it among the devices waiting for trust)
        return {"untrusted": {"device": exc.params["device"], "device_id": exc.params["device_id"],
                              "fingerprint": exc.params["fingerprint"]}}


def sync_resolve(store, conflict_id: str, keep: str) -> dict:
    from app.sync import package as pkg

    return pkg.resolve_conflict(store, conflict_id, keep)


def sync_trust(store, device_id: str, supervisor: bool | None = None) -> dict:
    from app.sync import package as pkg

    return pkg.trust_device(store, device_id, supervisor=supervisor)


def verify_database(store):
    """quick_check of the file at start (after the first loads, so the window is ready meanwhile);
    returns the DamagedDatabase found, or None."""
    from app.db_health import DamagedDatabase

    try:
        store.verify()
    except DamagedDatabase as exc:
        return exc
    return None


def restore_backup(store, path: str) -> str:
    """Check a backup, then put it in place of the database with every connection closed; returns
    where the previous file was kept. A backup that fails the check changes nothing."""
    from pathlib import Path

    from app.services.backup import check_backup, restore

    check_backup(Path(path))
    store.dispose()
    return str(restore(store.path, Path(path), checked=True))


def check_database(store) -> dict:
    from app.services.audit import check_database as _check

    return _check(store)


# --- protection-setting sheets ---------------------------------------------------------------------
def sheets_of(store, ref: str) -> list:
    from app.services import setting_sheets as sv

    with store.reader() as s:
        return sv.sheets_of(s, ref)


def new_sheet(store, ref: str, values: dict):
    from app.services import setting_sheets as sv

    with store.session() as s:
        return sv.new_sheet(s, ref, values)


def issue_sheet(store, sheet_id: str, on):
    from app.services import setting_sheets as sv

    with store.session() as s:
        return sv.issue_sheet(s, sheet_id, on)


def sheet_pdf(store, sheet_id: str) -> str:
    from app.services import setting_sheets as sv
    from reports.setting_sheet import render_setting_sheet

    with store.reader() as s:
        data = sv.sheet_data(s, sheet_id)
    out = documents_dir(store, data["case_no"]) / f"定值单-{data['sheet_no']}-v{data['version']}.pdf"
    render_setting_sheet(data, out)
    return str(out)


# --- review meetings, design review, policy risks ------------------------------------------------
def meetings_of_month(store, month: str) -> list:
    from app.services import meetings

    with store.reader() as s:
        return meetings.list_meetings(s, month)


def locks_in_force(store) -> dict:
    """The stage locks of the rule set in force (gates.describe): which are on, from what capacity."""
    from app.services import gates

    with store.reader() as s:
        return gates.describe(s)


def new_meeting(store, on: str, place: str, chair: str, departments):
    from app.services import meetings

    with store.session() as s:
        change = meetings.new_meeting(s, on, place, chair, departments)
    change.held_at = on  # the page follows the meeting to its month
    return change


def edit_meeting(store, ref: str, place: str, chair: str, departments):
    from app.services import meetings

    with store.session() as s:
        return meetings.edit_meeting(s, ref, place, chair, departments)


def postpone_meeting(store, ref: str, to: str, reason: str):
    from app.services import meetings

    with store.session() as s:
        change = meetings.postpone_meeting(s, ref, to, reason)
    change.held_at = to
    return change


def cancel_meeting(store, ref: str, reason: str):
    from app.services import meetings

    with store.session() as s:
        return meetings.cancel_meeting(s, ref, reason)


def propose_meeting(store, ref: str) -> dict:
    """The cases the proposal added (with their PLAN-deadline warnings) and the change."""
    from app.services import meetings

    with store.session() as s:
        change, added = meetings.propose(s, ref)
    return {"change": change, "added": added}


def add_to_agenda(store, ref: str, case_ref: str, representative: str):
    from app.services import meetings

    with store.session() as s:
        return meetings.add_case(s, ref, case_ref, representative)


def drop_from_agenda(store, ref: str, case_ref: str):
    from app.services import meetings

    with store.session() as s:
        return meetings.drop_case(s, ref, case_ref)


def set_minutes(store, ref: str, text: str):
    from app.services import meetings

    with store.session() as s:
        return meetings.set_minutes(s, ref, text)


def decide(store, ref: str, case_ref: str, decision: str, note: str):
    from app.services import meetings

    with store.session() as s:
        return meetings.decide(s, ref, case_ref, decision, note)


def meeting_pdf(store, ref: str, kind: str, case_ref: str | None = None) -> str:
    """The notice (whole meeting, or one customer's) or the minutes, written by the same plug-in
    renderer the CLI's `meeting pdf` uses."""
    from app.services import meetings
    from reports import commands

    with store.reader() as s:
        data = meetings.document_data(s, ref, kind, case_ref)
    day = data["held_at"][:10]
    if kind == "minutes":
        name, title = "render_meeting_minutes", f"业扩会审会议纪要-{day}"
    else:
        name, title = "render_meeting_notice", f"业扩会审通知-{day}" + (f"-{data['for_case']}" if data["for_case"] else "")
    out = store.path.parent / "documents" / "会审" / f"{title}-{data['id'][:8]}.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    getattr(commands, name)(data, out)
    return str(out)


def review_overview(store, ref: str) -> dict:
    """Design review rounds and policy risks of a case, and whether the opinion letter can be printed."""
    from app.services import design_review as dr

    with store.reader() as s:
        reviews = dr.review_view(s, ref)
        risks = dr.list_risks(s, ref)
    return {"reviews": reviews, "risks": risks}


def review_letter_pdf(store, ref: str, round_no: int | None = None) -> str:
    from app.services import design_review as dr
    from reports import commands

    with store.reader() as s:
        data = dr.letter_data(s, ref, round_no) if round_no is not None else dr.letter_data(s, ref)
    case_no = data.get("case_no") or ref
    rnd = data.get("round")
    out = documents_dir(store, case_no) / (f"审图意见书-{case_no}" + (f"-第{rnd}轮" if rnd else "") + ".pdf")
    commands.render_review_letter(data, out)
    return str(out)


def open_review(store, ref: str, on, institute: str, drawings: str):
    from app.services import design_review as dr

    with store.session() as s:
        return dr.open_review(s, ref, on, institute, drawings)


def add_opinion(store, ref: str, text: str, must_fix: bool, category: str, clause: str = ""):
    from app.services import design_review as dr

    kw = {"clause": clause} if clause else {}
    with store.session() as s:
        return dr.add_opinion(s, ref, text, must_fix, category, **kw)


def set_participants(store, ref: str, people: list):
    from app.services import design_review as dr

    names = ",".join(f"{p['name']}:{p['dept']}" for p in people)
    with store.session() as s:
        return dr.set_participants(s, ref, names)


def close_review(store, ref: str, on, outcome: str):
    from app.services import design_review as dr

    with store.session() as s:
        return dr.close_review(s, ref, on, outcome)


def add_risk(store, ref: str, kind: str, text: str, owner: str, due):
    from app.services import design_review as dr

    with store.session() as s:
        return dr.add_risk(s, ref, kind, text, owner, due)


def close_risk(store, risk_id: str, on):
    from app.services import design_review as dr

    with store.session() as s:
        return dr.close_risk(s, risk_id, on)


def open_risks(store) -> list:
    from app.services import design_review as dr

    with store.reader() as s:
        return dr.list_risks(s, open_only=True)


def config_docs(store) -> list:
    """Rule sets and checklist templates: bundled and published versions, which are in force."""
    from app.services import config_docs as cfg

    with store.reader() as s:
        return cfg.list_docs(s)


def publish_config(store, kind: str, path: str) -> dict:
    from app.services import config_docs as cfg

    with store.session() as s:
        return cfg.publish(s, kind, path)
