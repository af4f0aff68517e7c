"""Bulletin and escalation operations for the database worker (issue 21): the live figures of a
period for one level's view, issuing, acknowledging an escalation, writing the PDF or workbook."""
from __future__ import annotations

from app.services import bulletins, escalation
from app.services.changes import Changes


def live(store, kind: str, period: str, as_of, level: str, scope: str) -> dict:
    """The bulletin as it stands (the current figures), with its issued version if any, the
    escalations of the level and the managers and stations one can choose."""
    with store.reader() as s:
        built = bulletins.build(s, kind, period, as_of=as_of, level=level, scope=scope)
        b = bulletins.public(built)
        b["issued"] = bulletins.rerun(s, kind, period, level=level, scope=scope, current=built)
        b["escalation_rows"] = (b["escalations"]["rows"] if "escalations" in b else
                                escalation.escalations(s, as_of, level=b["level"], scope=b["scope"]))
        b["choices"] = bulletins.scope_choices(s)
        return b


def issue(store, kind: str, period: str, level: str, scope: str) -> dict:
    with store.session() as s:
        out = bulletins.issue(s, kind, period, level=level, scope=scope)
    return {**out, "changes": Changes()}


def acknowledge(store, escalation_id: str, as_of) -> Changes:
    with store.session() as s:
        return escalation.acknowledge(s, escalation_id, as_of)


def write_file(store, data: dict, path: str, fmt: str) -> str:
    """The bulletin shown, as PDF or workbook (drawn here: one bulletin, quickly)."""
    if fmt == "pdf":
        from reports.bulletin import render_bulletin

        render_bulletin(data, path)
    else:
        from app.bulletin_xlsx import write_workbook

        write_workbook(data, path)
    return path
