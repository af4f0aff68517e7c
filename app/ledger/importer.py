"""Bringing a manager's ledger in: preview, then apply, in one transaction.

Each row is read (``cells``), checked, and then run through the same services a person uses
(``create_case``, ``start_stage``, ``finish_stage``, ``edit_case``) inside a savepoint: a row the
services refuse is rolled back alone and reported with its reason, the others stay. A preview is the
same run rolled back at the end, so what the preview says is what apply does. Rows that create a
case, the bulk of a first import, take ``app.ledger.fast`` instead: planned with the same checks and
written in batches, the same rows the services write (a row it is not sure of goes to the services).

- A row whose account and application date match a case is *matched*: empty fields of the case are
  filled, nothing is overwritten; the differences are listed. Stages the case has not reached yet
  are recorded from the ledger; those it has are compared.
- Stage dates become rounds and events recorded now with their effective dates, so the history marks
  them 补录 (late entries) and the clock judges them like any other case. They carry
  ``"source": "ledger"``: a stage lock of Zaosong (a review meeting, a joint review) cannot have been
  recorded for work done before Zaosong, so it is not asked for.
- Columns not mapped to a field are kept on the case (a ``LEDGER_IMPORTED`` event) and reported.
- The same file twice changes nothing the second time.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.domain import CHAINED_FROM, STAGES, stage_name
from app.errors import Refused
from app.fields import (
    ADDRESS,
    CONTACT,
    CUSTOMER_NAME,
    MANAGER,
    TOWNSHIP,
    check_account,
    check_capacity,
    check_kv,
)
from app.ledger.cells import (
    read_account,
    read_business_type,
    read_date,
    read_kv,
    read_kva,
    text,
)
from app.ledger.export import write_rows
from app.ledger.fast import BATCH as FAST_BATCH
from app.ledger.fast import FastCreator
from app.ledger.sheet import NOTE, Table, stage_key
from app.messages import language, render
from app.models import Case, CaseEvent
from app.services import cases as case_svc
from app.store import store_of

TEXT_FIELDS = {"manager": MANAGER, "township": TOWNSHIP, "contact": CONTACT, "address": ADDRESS}
COMPARED = ("customer_name", "capacity_kva", "supply_kv", "business_type", "manager", "township", "contact", "address")


class Cancelled(Exception):
    """The user cancelled: the whole import was rolled back."""


class _DryRun(Exception):
    pass


@dataclass
class RowResult:
    row: int
    action: str  # create | match | refuse
    customer_name: str = ""
    account_no: str = ""
    case_no: str | None = None
    kva: float | None = None
    kva_text: str = ""  # as written, when it was not a plain number (2×630)
    reasons: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    differences: list[dict] = field(default_factory=list)  # {field, ledger, case}
    updated: list[str] = field(default_factory=list)  # fields or stages filled on a matched case
    note: dict[str, str] = field(default_factory=dict)  # the unmapped columns' values


@dataclass
class LedgerReport:
    file: str
    sheet: str
    sheets: list[str]
    header_row: int
    mapping: list[dict]  # {column, header, field}
    unmapped_columns: list[str]
    rows: list[RowResult]
    dry_run: bool

    @property
    def created(self) -> int:
        return sum(r.action == "create" for r in self.rows)

    @property
    def matched(self) -> int:
        return sum(r.action == "match" for r in self.rows)

    @property
    def updated(self) -> int:
        return sum(r.action == "match" and bool(r.updated) for r in self.rows)

    @property
    def refused(self) -> list[RowResult]:
        return [r for r in self.rows if r.action == "refuse"]

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "dry_run": self.dry_run,
            "created": self.created,
            "matched": self.matched,
            "updated": self.updated,
            "refused": [{"row": r.row, "reasons": r.reasons} for r in self.refused],
            "unmapped_columns": self.unmapped_columns,
            "mapping": self.mapping,
            "rows": [asdict(r) for r in self.rows],
        }


@dataclass
class _Parsed:
    values: dict[str, object]
    stages: dict[str, tuple[dt.date | None, dt.date | None]]
    problems: list[tuple[str, dict]]
    note: dict[str, str]
    kva_text: str


# --- reading a row -----------------------------------------------------------------------------------
def _parse(table: Table, cells: list[object]) -> _Parsed:
    columns: dict[str, int] = {}  # Table.column_of for every key at once (it was ~30 scans a row)
    for i, k in table.mapping.items():
        columns.setdefault(k, i)

    def cell(key: str) -> object:
        i = columns.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    problems: list[tuple[str, dict]] = []

    def take(reader, key):
        value, problem = reader(cell(key))
        if problem:
            code, params = problem
            problems.append((code, {"field": key, **params}))
        return value

    values: dict[str, object] = {
        "customer_name": text(cell("customer_name")),
        "account_no": take(read_account, "account_no"),
        "capacity_kva": take(read_kva, "capacity_kva"),
        "applied_on": take(read_date, "applied_on"),
        "supply_kv": take(read_kv, "supply_kv"),
        "business_type": take(read_business_type, "business_type"),
    }
    for key in TEXT_FIELDS:
        values[key] = text(cell(key))
    raw_kva = cell("capacity_kva")
    kva_text = text(raw_kva) if isinstance(raw_kva, str) and values["capacity_kva"] is not None else ""
    stages = {st: (take(read_date, stage_key(st, "started")), take(read_date, stage_key(st, "finished")))
              for st in STAGES}
    note = {table.headers[i]: text(cells[i]) for i, k in sorted(table.mapping.items())
            if k in (NOTE, "case_no") and i < len(cells) and text(cells[i])}
    return _Parsed(values, stages, problems, note, kva_text)


def _raw(table: Table, cells: list[object], key: str) -> str:
    i = table.column_of(key)
    return text(cells[i]) if i is not None and i < len(cells) else ""


def _check(p: _Parsed) -> None:
    """What can be judged without the database; appended to ``p.problems``."""
    v = p.values
    for key in ("customer_name", "account_no", "capacity_kva", "applied_on"):
        if v[key] in (None, "") and not any(prob[1].get("field") == key for prob in p.problems):
            p.problems.append(("ledger_missing_value", {"field": key}))
    checks = [
        ("customer_name", lambda: CUSTOMER_NAME.check(v["customer_name"])),
        ("account_no", lambda: check_account(v["account_no"])),
        ("supply_kv", lambda: check_kv(v["supply_kv"])),
        ("capacity_kva", lambda: check_capacity(v["capacity_kva"], v["supply_kv"] or 10.0)),
    ] + [(k, lambda d=d, k=k: d.check(v[k])) for k, d in TEXT_FIELDS.items()]
    for key, check in checks:
        if v.get(key) in (None, ""):
            continue  # missing: said above when the field is required
        try:
            check()
        except Refused as exc:
            p.problems.append((exc.code, exc.params | {"_text": str(exc)}))
    if v["business_type"] == "TEMP_TO_FORMAL":
        p.problems.append(("ledger_temp_to_formal", {}))
    # A chained stage starts when the one before finishes (DESIGN.md §1): a ledger giving only the
    # start of 现场查勘 says when 业务受理 finished.
    for st, prev in CHAINED_FROM.items():
        if p.stages[st][0] and not p.stages[prev][1]:
            p.stages[prev] = (p.stages[prev][0], p.stages[st][0])
    # the stages with dates must be a prefix of the process, each later stage only after the earlier
    reached = [st for st in STAGES if any(p.stages[st])]
    if reached:
        last = STAGES.index(reached[-1])
        gaps = [st for st in STAGES[:last] if not p.stages[st][1]]
        if gaps:
            p.problems.append(("ledger_stage_gap", {"stage": gaps[0], "later": reached[-1]}))
    for st in STAGES[1:]:
        started, finished = p.stages[st]
        if finished and not started and st not in CHAINED_FROM:
            p.problems.append(("ledger_stage_no_start", {"stage": st}))
    a_start = p.stages["ACCEPT"][0]
    if a_start and v["applied_on"] and a_start != v["applied_on"]:
        p.problems.append(("ledger_accept_start", {"on": a_start.isoformat(), "applied": v["applied_on"].isoformat()}))


def _message(code: str, params: dict) -> str:
    if "_text" in params:
        return params["_text"]
    params = dict(params)
    if "field" in params:
        params["field"] = render("ledger_field_" + params["field"]) if "." not in params["field"] else _stage_field(params["field"])
    for k in ("stage", "later"):
        if k in params:
            params[k] = _stage_label(params[k])
    return render(code, **params)


def _stage_label(stage: str) -> str:
    return stage_name(stage, language())


def _stage_field(key: str) -> str:
    stage, end = key.split(".")
    return render("ledger_stage_" + end, stage=_stage_label(stage))


# --- writing a row -----------------------------------------------------------------------------------
def _record_stages(s, case: Case, stages: dict, result: RowResult) -> None:
    """Record the ledger's stage dates the case has not reached yet; compare those it has."""
    for st in STAGES:
        started, finished = stages[st]
        if not started and not finished:
            break
        last = case_svc.last_round(case, st)
        if last is not None and (last.finished_on is not None or not finished):
            # the case has this stage: compare, never overwrite
            if started and st != "ACCEPT" and last.started_on != started:
                result.differences.append({"field": stage_key(st, "started"), "ledger": started.isoformat(),
                                           "case": last.started_on.isoformat()})
            if finished and last.finished_on is not None and last.finished_on != finished:
                result.differences.append({"field": stage_key(st, "finished"), "ledger": finished.isoformat(),
                                           "case": last.finished_on.isoformat()})
            if last.finished_on is None:
                break
            continue
        if started and st != "ACCEPT" and (last is None or last.started_on != started):
            case_svc.start_stage(s, case, st, started, source="ledger")
            result.updated.append(stage_key(st, "started"))
        if finished:
            case_svc.finish_stage(s, case, st, finished, source="ledger")
            result.updated.append(stage_key(st, "finished"))
        else:
            break


def _find(s, account: str, applied: dt.date) -> Case | None:
    return s.scalars(
        select(Case).where(Case.account_no == account, Case.applied_on == applied, Case.deleted.is_(False))
    ).first()


def _existing_keys(s, table: Table) -> set[tuple[str, dt.date]]:
    """(account, application date) of the live cases the file's accounts already have: one query per
    500 accounts instead of one per row (the import holds the write lock, so this stays true)."""
    i = table.column_of("account_no")
    accounts = sorted({a for a in (read_account(cells[i] if i is not None and i < len(cells) else None)[0]
                                   for _, cells in table.rows) if a})
    keys: set[tuple[str, dt.date]] = set()
    for k in range(0, len(accounts), 500):
        keys.update((a, d) for a, d in s.execute(select(Case.account_no, Case.applied_on).where(
            Case.account_no.in_(accounts[k:k + 500]), Case.deleted.is_(False))))
    return keys


def _note_event(s, case: Case, table: Table, row: int, note: dict[str, str]) -> bool:
    """Keep the unmapped columns' values on the case, once. True if recorded now."""
    if not note:
        return False
    seen = s.scalars(select(CaseEvent.payload).where(CaseEvent.case_id == case.id,
                                                     CaseEvent.kind == "LEDGER_IMPORTED")).all()
    if any(json.loads(p).get("note") == note for p in seen):
        return False
    store = store_of(s)
    store.record_event(s, case, "LEDGER_IMPORTED",
                       {"file": table.path.name, "sha256": table.sha256, "row": row, "note": note},
                       case_svc.today_of(store))
    return True


def _apply_row(s, table: Table, row: int, p: _Parsed, result: RowResult) -> None:
    v = p.values
    case = _find(s, v["account_no"], v["applied_on"])
    if case is None:
        ch = case_svc.create_case(
            s,
            customer_name=v["customer_name"],
            account_no=v["account_no"],
            capacity_kva=v["capacity_kva"],
            supply_kv=v["supply_kv"] or 10.0,
            business_type=v["business_type"] or "NEW",
            manager=v["manager"] or None,
            township=v["township"] or None,
            contact=v["contact"] or None,
            address=v["address"] or None,
            applied_on=v["applied_on"],
        )
        case = s.get(Case, ch.created_id)  # the new case, still in the session: no re-select
        result.action = "create"
        result.case_no = case.case_no
        _record_stages(s, case, p.stages, result)
        result.updated = []
        _note_event(s, case, table, row, p.note)
        return
    result.action = "match"
    result.case_no = case.case_no
    fill = {}
    for key in COMPARED:
        ours, theirs = getattr(case, key), v.get(key)
        if theirs in (None, ""):
            continue
        if ours in (None, "") and key in TEXT_FIELDS:
            fill[key] = theirs
        elif ours != theirs:
            result.differences.append({"field": key, "ledger": str(theirs), "case": str(ours)})
    if fill:
        case_svc.edit_case(s, case, **fill)  # the case itself: get_case takes it as it is
        result.updated.extend(sorted(fill))
    _record_stages(s, case, p.stages, result)
    if _note_event(s, case, table, row, p.note):
        result.updated.append(NOTE)


# --- the run -----------------------------------------------------------------------------------------
def import_table(
    store,
    table: Table,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    fast: bool = True,
) -> LedgerReport:
    """Run the ledger through the services; commit unless ``dry_run``. ``progress(done, total)`` is
    called as rows go; ``cancelled()`` returning True rolls everything back (``Cancelled``).
    ``fast``: rows that create a case are written in batches by ``app.ledger.fast`` (the same rows
    the services would write); ``fast=False`` runs every row through the services."""
    report = LedgerReport(
        file=table.path.name, sheet=table.sheet, sheets=table.sheets, header_row=table.header_row,
        mapping=[{"column": i + 1, "header": table.headers[i], "field": k} for i, k in sorted(table.mapping.items())],
        unmapped_columns=table.unmapped(), rows=[], dry_run=dry_run,
    )
    seen: dict[tuple, int] = {}
    total = len(table.rows)
    try:
        with store.session() as s:
            # The sqlite3 driver begins a transaction only at the first write; a SAVEPOINT before
            # that would be the outermost transaction and its RELEASE a commit (a preview that
            # writes). Taking the write lock opens the one transaction the rows nest in.
            case_svc.take_write_lock(s)
            creator = FastCreator(s, store) if fast else None
            existing = _existing_keys(s, table) if fast else set()
            for done, (row, cells) in enumerate(table.rows):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None and done % 100 == 0:
                    progress(done, total)
                p = _parse(table, cells)
                _check(p)
                result = RowResult(row=row, action="refuse", customer_name=p.values["customer_name"],
                                   account_no=p.values["account_no"] or _raw(table, cells, "account_no"),
                                   kva=p.values["capacity_kva"],
                                   kva_text=p.kva_text, note=p.note)
                key = (p.values["account_no"], p.values["applied_on"])
                if not p.problems and key in seen:
                    p.problems.append(("ledger_duplicate", {"first": seen[key]}))
                if p.problems:
                    result.codes = [c for c, _ in p.problems]
                    result.reasons = [_message(c, prm) for c, prm in p.problems]
                    report.rows.append(result)
                    continue
                seen[key] = row
                if creator is not None:
                    if key not in existing:
                        note = ({"file": table.path.name, "sha256": table.sha256, "row": row, "note": p.note}
                                if p.note else None)
                        plan = creator.plan(p.values, p.stages, note)
                        if plan is not None:
                            result.action, result.case_no = "create", plan.case["case_no"]
                            result.differences = plan.differences
                            report.rows.append(result)
                            if creator.pending() >= FAST_BATCH:
                                creator.flush()
                            continue
                    creator.flush()  # the services read case numbers and the chain head from the file
                try:
                    with s.begin_nested():
                        _apply_row(s, table, row, p, result)
                except Refused as exc:
                    result.action, result.case_no = "refuse", None
                    result.updated, result.differences = [], []
                    result.codes, result.reasons = [exc.code], [str(exc)]
                report.rows.append(result)
            if creator is not None:
                creator.flush()
            if progress is not None:
                progress(total, total)
            if dry_run or not any(r.action == "create" or r.updated for r in report.rows):
                raise _DryRun()  # a preview, or nothing new: the file stays exactly as it was
    except _DryRun:
        pass
    return report


def write_errors(table: Table, report: LedgerReport, out: Path | str) -> Path:
    """The refused rows as a workbook: the ledger's header, the rows as they were, and a 错误原因
    column, so the manager fixes them in Excel and imports this file again."""

    by_row = {r.row: r for r in report.refused}
    rows = [list(cells) + ["；".join(by_row[n].reasons)] for n, cells in table.rows if n in by_row]
    return write_rows(out, table.sheet or "台账", list(table.headers) + ["错误原因"], rows, about=None)
