"""Operations on cases for the database worker: the lists, a case's window, creating and editing a
case, and its stages. Each is a plain function (store, ...) -> plain data calling app services; a
write returns the services' ``Changes`` (ui/ops/runner.py hands it to the change hub)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services import cases as case_svc
from app.services import design_review as dr
from app.services import query, temp_supply
from ui.ops import after as after_ops
from ui.ops import field as field_ops
from ui.ops import papers as paper_ops


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


@dataclass
class RowUpdate:
    """Fresh rows and warnings of some cases only (after a write that named them)."""

    as_of: dt.date
    case_ids: frozenset
    rows: list  # CaseRow of each case still listed as of ``as_of``
    warnings: list  # their warnings (warning or overdue)
    assumed_years: set


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


def case_rows(store, case_ids, as_of: dt.date) -> RowUpdate:
    """The list rows and warnings of the named cases: the clocks of these cases only."""
    ids = list(case_ids)
    with store.reader() as s:
        clocks = query.open_clocks(s, as_of, case_ids=ids)
        rows = query.list_cases(s, as_of=as_of, clocks=clocks, case_ids=ids)
        warns = query.warnings(s, as_of=as_of, clocks=clocks)
    return RowUpdate(as_of, frozenset(ids), rows, warns, _assumed(store, rows))


def case_view(store, ref: str, as_of: dt.date) -> dict:
    with store.reader() as s:
        return query.case_view(s, ref, as_of)


def case_window(store, ref: str, as_of: dt.date) -> dict:
    """Everything a case window shows, in one read: the case, its field work, its design review, its
    papers and fees."""
    with store.reader() as s:
        view = query.case_view(s, ref, as_of)
        return {"view": view, "field": field_ops.overview_of(s, ref),
                "review": {"reviews": dr.review_view(s, ref), "risks": dr.list_risks(s, ref)},
                "papers": paper_ops.overview_of(s, ref, as_of),
                # after power on: the evaluation and follow-ups (issue 20), in the same read
                "after": after_ops.case_after_of(s, view["case_no"]) if view["status"] == "finished" else None}


def create_case(store, from_case: str | None = None, **fields):
    with store.session() as s:
        if from_case is not None or fields.get("business_type") == temp_supply.FORMAL:  # after a temporary case
            return temp_supply.create_formal_case(s, from_case, **fields)
        return case_svc.create_case(s, **fields)


def record_temp_advice(store, ref: str, room: str, transformer: str, switchgear: str, note: str, on):
    with store.session() as s:
        return temp_supply.record_temp_advice(s, ref, room=room, transformer=transformer, switchgear=switchgear,
                                              note=note, on=on)


def formal_candidates(store) -> list:
    """TEMPORARY cases without a formal successor (the new-case form's source choice)."""
    with store.reader() as s:
        return temp_supply.formal_candidates(s)


def formal_defaults(store, temp_ref: str) -> dict:
    """What a formal case made from ``temp_ref`` starts from (refused as creating it would be),
    with the source case's application date for the form's earliest date."""
    with store.reader() as s:
        out = temp_supply.formal_defaults(s, temp_ref)
        out["source_applied_on"] = case_svc.get_case(s, temp_ref).applied_on
    return out


def edit_case(store, ref: str, **fields):
    with store.session() as s:
        return case_svc.edit_case(s, ref, **fields)


# --- stages: one operation each, so a reader (and a call graph) sees which service runs -------------
def start_stage(store, ref: str, stage: str, on):
    with store.session() as s:
        return case_svc.start_stage(s, ref, stage, on)


def finish_stage(store, ref: str, stage: str, on, outcome: str = "pass"):
    with store.session() as s:
        return case_svc.finish_stage(s, ref, stage, on, outcome)


def pause_stage(store, ref: str, on, reason: str, note: str = ""):
    with store.session() as s:
        return case_svc.pause_stage(s, ref, on, reason, note)


def resume_stage(store, ref: str, on):
    with store.session() as s:
        return case_svc.resume_stage(s, ref, on)
