"""Outage-plan operations for the database worker (issue 19): the page's reads and writes."""
from __future__ import annotations

from pathlib import Path

from app.services import outage as svc


def plan(store, month: str, as_of) -> dict:
    with store.reader() as s:
        return svc.plan_view(s, month, as_of)


def balance(store, month: str, as_of):
    with store.session() as s:
        return svc.balance(s, month, as_of)


def move(store, outage_id: str, day, as_of, notice_on=None):
    with store.session() as s:
        return svc.move(s, outage_id, day, notice_on=notice_on, as_of=as_of)


def add_need(store, case_no: str, feeder: str, hours, ready, wanted, **kw):
    with store.session() as s:
        return svc.add_need(s, case_no, feeder, hours, ready, wanted, **kw)


def import_windows(store, path: str):
    with store.session() as s:
        return svc.import_windows(s, Path(path))


def confirm(store, outage_id: str, notice_on):
    with store.session() as s:
        return svc.confirm(s, outage_id, notice_on)


def announce(store, outage_id: str, on, channel: str):
    with store.session() as s:
        return svc.announce(s, outage_id, on, channel)


def execute(store, outage_id: str):
    with store.session() as s:
        return svc.execute(s, outage_id)


def finish(store, outage_id: str):
    with store.session() as s:
        return svc.finish(s, outage_id)


def cancel(store, outage_id: str, reason: str):
    with store.session() as s:
        return svc.cancel(s, outage_id, reason)


def at_risk(store, as_of) -> list[dict]:
    from app.services.agenda import outage_at_risk

    with store.reader() as s:
        return outage_at_risk(s, as_of)


def export_plan(store, month: str, as_of, path: str) -> str:
    """The 月度停电计划平衡表 as .xlsx or PDF (by the file's suffix)."""
    with store.reader() as s:
        data = svc.plan_document(s, month, as_of)
    if Path(path).suffix.lower() == ".xlsx":
        return str(svc.write_plan_xlsx(data, Path(path)))
    from reports.commands import render_outage_plan

    return str(render_outage_plan(data, Path(path)))
