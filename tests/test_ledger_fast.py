"""The ledger's fast path (app/ledger/fast.py): new cases written in batches must be exactly what the
services write for the same ledger, their events a valid hash chain, and a laptop that imported by
the fast path must export a package another laptop accepts."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.errors import Refused
from app.ledger.importer import import_table
from app.ledger.sheet import read_table
from app.models import Case, CaseEvent, StageRound
from app.services import cases as svc
from app.services.audit import check_database, verify_chains
from app.store import Store
from app.sync.export import export_package
from app.sync.importer import import_package
from app.sync.peers import trust_device

AS_OF = dt.date(2026, 11, 30)
HEADER = ["户名", "户号", "容量(kVA)", "申请日期", "客户经理", "乡镇", "业务受理完成", "现场查勘开始", "现场查勘完成",
          "供电方案答复完成", "业务收费开始", "备注"]


def ledger(path: Path, n: int = 40) -> Path:
    """Every kind of row: new cases at every early stage, a re-dated survey start, a survey start
    only, notes, a blank manager, 2×630; a row matching a case already in the file; rows the
    services refuse (finish before start, a date after the as-of day, a stage before the
    application); new cases after each of those."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年 业扩跟踪台账"])
    ws.append(HEADER)
    for i in range(n):
        applied = dt.date(2026, 9, 1) + dt.timedelta(days=i)
        def d(k, applied=applied):
            return applied + dt.timedelta(days=k)
        row = [f"象山测试客户{i:03d}", f"33{i:08d}", ["630", "2×630", "800kVA", 400][i % 4], applied,
               "" if i % 5 == 0 else "李明", "石浦镇", None, None, None, None, None, f"备注{i}" if i % 3 == 0 else None]
        kind = i % 8
        if kind == 1:
            row[6] = d(1)
        elif kind == 2:
            row[6], row[8] = d(1), d(3)
        elif kind == 3:
            row[6], row[8], row[9] = d(1), d(3), d(8)
        elif kind == 4:
            row[6], row[7], row[8] = d(1), d(2), d(4)  # survey began a day after acceptance: re-dated
        elif kind == 5:
            row[7] = d(2)  # only the survey's start: acceptance finished then
        elif kind == 6:
            row[6], row[8], row[9], row[10] = d(1), d(3), d(8), d(9)
        ws.append(row)
    # refused by the services, not by the reading: they go to the service path and come back refused
    ws.append(["晚到客户", "3390000001", "400", dt.date(2026, 11, 20), "李明", "石浦镇", dt.date(2026, 12, 15)])
    ws.append(["倒序客户", "3390000002", "400", dt.date(2026, 11, 2), "李明", "石浦镇", dt.date(2026, 11, 3), None,
               None, None, dt.date(2026, 11, 1)])
    ws.append(["已有客户", "3390000003", "500", dt.date(2026, 10, 8), None, "丹东街道", dt.date(2026, 10, 9)])
    ws.append(["其后客户", "3390000004", "500", dt.date(2026, 10, 9), "张华", "西周镇", dt.date(2026, 10, 9),
               None, dt.date(2026, 10, 12)])
    wb.save(path)
    return path


def _open(template: Path, path: Path) -> Store:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    st = Store.open(path)
    st.training_day = AS_OF  # "today" for the rules, so the test does not depend on the date
    with st.session() as s:  # a case the ledger matches (row 43): the service path, between fast rows
        svc.create_case(s, customer_name="已有客户", account_no="3390000003", capacity_kva=500,
                        applied_on=dt.date(2026, 10, 8))
    return st


def _content(st: Store) -> dict:
    """Everything the import wrote, without what differs by nature (ids, clock stamps, times)."""
    with st.reader() as s:
        cases = s.scalars(select(Case).order_by(Case.case_no)).all()
        no = {c.id: c.case_no for c in cases}
        skip = {"id", "hlc", "lseq", "created_at", "vv"}
        out = {
            "cases": [{k: v for k, v in vars(c).items() if not k.startswith("_") and k not in skip} for c in cases],
            "rounds": sorted((no[r.case_id], r.seq, r.stage, r.round, r.started_on, r.finished_on, r.outcome,
                              r.auto_started, r.deleted, r.device_id, r.id == svc.natural_id("stage_round", r.case_id,
                                                                                              r.stage, r.round))
                             for r in s.scalars(select(StageRound))),
            "events": [(no[e.case_id], e.kind, json.loads(e.payload), e.effective_on, e.actor, e.device_id,
                        e.device_seq) for e in s.scalars(select(CaseEvent).order_by(CaseEvent.device_seq))],
            # every row stamped as a local write: this device in its version vector, a change number
            "stamps": sorted({(type(o).__name__, tuple(json.loads(o.vv)), o.device_id == st.device_id, o.lseq > 0)
                              for o in [*cases, *s.scalars(select(StageRound))]}),
        }
        # stored as the ORM stores them: the same SQLite type and text length in every column
        raw = s.connection().exec_driver_sql
        out["formats"] = {
            (table, col): sorted(set(raw(f'SELECT typeof("{col}"), length("{col}") FROM "{table}"').all()))
            for table, cols in (("case", ("applied_on", "created_at", "dual_source", "capacity_kva", "supply_kv",
                                          "predecessor_id", "temp_advice")),
                                ("stage_round", ("started_on", "finished_on", "auto_started", "outcome", "deleted")),
                                ("case_event", ("effective_on", "recorded_at", "device_seq", "lseq")))
            for col in cols
        }
        for c in out["cases"]:
            c.pop("rounds", None)
        lseqs = [o.lseq for o in [*cases, *s.scalars(select(StageRound)), *s.scalars(select(CaseEvent))]]
        assert len(set(lseqs)) == len(lseqs)  # change numbers never repeat
    return out


def _rows(report) -> list:
    return [(r.row, r.action, r.case_no, r.codes, r.differences, r.note) for r in report.rows]


def test_fast_path_writes_what_the_services_write(tmp_path, template_db):
    book = ledger(tmp_path / "台账.xlsx")
    table = read_table(book)
    slow, fast = _open(template_db, tmp_path / "slow" / "z.db"), _open(template_db, tmp_path / "fast" / "z.db")
    by_services = import_table(slow, table, fast=False)
    by_fast = import_table(fast, table)
    assert by_fast.created == by_services.created == 41 and by_fast.matched == 1
    assert sorted(r.row for r in by_fast.refused) == [43, 44]
    assert _rows(by_fast) == _rows(by_services)
    assert any(r.differences for r in by_fast.rows if r.action == "create")  # the survey-start-only rows
    a, b = _content(slow), _content(fast)
    for key in ("cases", "rounds", "events", "stamps", "formats"):
        assert a[key] == b[key], key
    kinds = {e[1] for e in b["events"]}
    assert {"CASE_CREATED", "STAGE_STARTED", "STAGE_FINISHED", "LEDGER_IMPORTED"} <= kinds
    assert any(e[2].get("redated") for e in b["events"])
    # the chain is whole and the file passes `zaosong check`
    assert verify_chains(fast) == [] and check_database(fast)["ok"]
    # the same file again changes nothing, by either path
    again = import_table(fast, table)
    assert again.created == 0 and _content(fast) == b
    slow.dispose()
    fast.dispose()


def test_preview_by_fast_path_writes_nothing(tmp_path, template_db):
    from tests.helpers import db_digest

    book = ledger(tmp_path / "台账.xlsx")
    st = _open(template_db, tmp_path / "p" / "z.db")
    before = db_digest(st.path)
    report = import_table(st, read_table(book), dry_run=True)
    assert report.created == 41
    assert db_digest(st.path) == before
    # and apply afterwards issues the numbers the preview showed
    applied = import_table(st, read_table(book))
    assert _rows(applied) == _rows(report)
    st.dispose()


def test_a_fast_imported_laptop_syncs(tmp_path, template_db):
    book = ledger(tmp_path / "台账.xlsx")
    a = _open(template_db, tmp_path / "a" / "zaosong.db")
    import_table(a, read_table(book))
    b = Store.open(tmp_path / "b" / "zaosong.db", user="李海燕")
    out = tmp_path / "a.zsync"
    export_package(a, out)
    with pytest.raises(Refused):  # a new laptop: known, not trusted, until a person checks it
        import_package(b, out)
    trust_device(b, a.device_id[:8])
    result = import_package(b, out)
    assert result["inserted"]["case"] == 42
    assert verify_chains(b) == []
    with a.reader() as s:
        ours = sorted((e.device_seq, e.hash) for e in s.scalars(select(CaseEvent)))
    with b.reader() as s:
        theirs = sorted((e.device_seq, e.hash) for e in s.scalars(select(CaseEvent).where(CaseEvent.device_id == a.device_id)))
    assert theirs == ours
    a.dispose()
    b.dispose()


def test_statements_per_row(tmp_path, template_db):
    """The service path no longer re-selects the device at every event (the session held it weakly)
    nor the new case after create_case; the fast path writes a batch in a few statements."""
    from sqlalchemy import event

    book = ledger(tmp_path / "台账.xlsx")
    table = read_table(book)
    counts = {}
    for fast in (False, True):
        st = _open(template_db, tmp_path / f"n{fast}" / "z.db")
        seen: list[str] = []
        event.listen(st.engine, "before_cursor_execute",
                     lambda c, cur, stmt, *a, seen=seen: seen.append(" ".join(stmt.split())))
        import_table(st, table, dry_run=True, fast=fast)
        counts[fast] = seen
        st.dispose()
    slow, fast = counts[False], counts[True]
    # once, and again after each refused row rolled its savepoint back (was once per event)
    assert sum(s.startswith("SELECT device.") for s in slow) <= 3
    assert not any(s.startswith('SELECT "case".case_no, "case".customer_name') and "case_no = ?" in s for s in slow)
    assert len(slow) <= 14 * 44  # was 22 a row
    assert len(fast) <= 60  # 44 rows: inserts per batch, the matched and refused rows by the services
