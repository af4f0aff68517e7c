"""Corrections of figures already reported (issue 15): "Corrections that change a figure of an
issued period (a time-limit verdict) are listed as such, so a supervisor sees them". A period is a
month; `case issue-period YYYY-MM` records that its figures were reported; a correction recorded
afterwards that changes a verdict of that month (a round finished in it, or a case energised in it)
is flagged ``issued_periods`` in `case corrections` (`--issued-period` lists only those), in the
history and in the case window. Real files, the real CLI in process, real sync between laptops."""
from __future__ import annotations

import datetime as dt
import json

from app.services import cases as case_svc
from app.services import corrections as corr
from tests.helpers import db_digest, ok, open_window, refused, wait_idle


def _corrections(db, *flags):
    return json.loads(ok(db, "case", "corrections", "--json", *flags))


def test_a_correction_of_an_issued_month_is_flagged_everywhere(surveyed_case):
    db, no = surveyed_case  # ACCEPT finished 2026-09-02 (on time), SURVEY 2026-09-04
    # corrected before September was issued: the report already held the corrected figure
    ok(db, "case", "correct", no, "--stage", "ACCEPT", "--finished", "2026-09-01", "--reason", "录入错误")
    issued = json.loads(ok(db, "case", "issue-period", "2026-09", "--json"))
    assert issued["period"] == "2026-09"
    assert [p["period"] for p in json.loads(ok(db, "case", "issued-periods", "--json"))] == ["2026-09"]
    assert _corrections(db, "--issued-period") == []
    # SURVEY (finished in September) made late after September was issued: flagged
    ok(db, "case", "correct", no, "--stage", "SURVEY", "--finished", "2026-09-15", "--reason", "录入错误")
    flagged = _corrections(db, "--issued-period")
    assert len(flagged) == 1 and flagged[0]["issued_periods"] == ["2026-09"]
    assert flagged[0]["payload"]["target"]["stage"] == "SURVEY" and flagged[0]["payload"]["periods"] == ["2026-09"]
    every = _corrections(db)
    assert [e["issued_periods"] for e in every] == [[], ["2026-09"]]
    text = ok(db, "case", "corrections")
    assert text.count("已上报期: 2026-09") == 1
    history = json.loads(ok(db, "case", "history", no, "--json"))
    assert [c["issued_periods"] for c in history["corrections"]] == [[], ["2026-09"]]
    view = json.loads(ok(db, "case", "show", no, "--json"))
    struck = next(e for e in view["events"] if e["kind"] == "STAGE_FINISHED" and e["payload"]["stage"] == "SURVEY")
    assert struck["struck"] and struck["correction"]["issued_periods"] == ["2026-09"]


def test_corrections_that_change_no_verdict_or_another_month_are_not_flagged(surveyed_case):
    db, no = surveyed_case
    ok(db, "case", "issue-period", "2026-09")
    # the same verdict (ACCEPT stays on time): nothing to report again
    ok(db, "case", "correct", no, "--stage", "ACCEPT", "--finished", "2026-09-01", "--reason", "录入错误")
    # PLAN finished in October, a month not issued
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-10-09")
    ok(db, "case", "correct", no, "--stage", "PLAN", "--finished", "2026-10-30", "--reason", "录入错误")
    got = _corrections(db)
    assert len(got) == 2 and all(e["issued_periods"] == [] for e in got)
    assert got[0]["payload"]["changes_verdict"] is False and "periods" not in got[0]["payload"]
    assert _corrections(db, "--issued-period") == []


def test_issuing_a_period_refuses_bad_months_and_changes_nothing(db_path, store):
    before = db_digest(db_path)
    assert "不是统计期" in refused(db_path, "case", "issue-period", "2026-13")
    assert "not a period" in refused(db_path, "case", "issue-period", "2026/09", env={"ZAOSONG_LANG": "en"})
    assert db_digest(db_path) == before
    ok(db_path, "case", "issue-period", "2026-09")
    once = db_digest(db_path)
    assert "已于" in refused(db_path, "case", "issue-period", "2026-09")
    assert db_digest(db_path) == once
    # training: a month after the as-of day has not begun
    store.training_day = dt.date(2012, 6, 20)
    with store.session() as s:
        try:
            corr.issue_period(s, "2012-07")
        except case_svc.Refused as exc:
            assert exc.code == "period_not_begun" and "2012-06-20" in str(exc)
        else:
            raise AssertionError("a month not begun was issued")
    with store.session() as s:
        assert corr.issue_period(s, "2012-06")["period"] == "2012-06"


def test_a_correction_made_on_a_laptop_is_flagged_at_the_supervisor_who_issued(trio):
    a, _b, sup = trio
    no = a.do(case_svc.create_case, customer_name="丙公司", account_no="3300000003", capacity_kva=400,
              applied_on="2026-09-01").case_no
    a.do(case_svc.finish_stage, no, "ACCEPT", "2026-09-02")
    a.do(case_svc.finish_stage, no, "SURVEY", "2026-09-04")
    sup.receive(a.send(sup))
    sup.do(corr.issue_period, "2026-09")  # the supervisor reports September
    a.do(corr.correct_stage, no, "SURVEY", finished_on="2026-09-15", reason="ENTRY_ERROR")
    sup.receive(a.send(sup))
    with sup.store.reader() as s:
        assert [e["issued_periods"] for e in corr.list_corrections(s, issued_period_only=True)] == [["2026-09"]]
    with a.store.reader() as s:  # the manager's laptop issued nothing
        assert corr.list_corrections(s, issued_period_only=True) == []


def test_the_case_window_history_says_a_correction_changes_issued_figures(qtbot, app_zh, surveyed_case):
    db, no = surveyed_case
    ok(db, "case", "issue-period", "2026-09")
    ok(db, "case", "correct", no, "--stage", "SURVEY", "--finished", "2026-09-15", "--reason", "录入错误")
    win = open_window(qtbot, db, dt.date(2026, 9, 30))
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    wait_idle(qtbot, win)
    m = detail.events_model
    rows = [m.row(r) for r in range(m.rowCount())]
    top = next(k for k, e in enumerate(rows) if e["kind"] == "CORRECTED")
    assert "已上报" in m.text(top, 2) and "2026-09" in m.text(top, 2)
    struck = next(k for k, e in enumerate(rows) if e["kind"] == "STAGE_FINISHED" and e["payload"]["stage"] == "SURVEY")
    assert "2026-09" in m.text(struck, 3) and "已上报" in m.text(struck, 3)
    other = next(k for k, e in enumerate(rows) if e["kind"] == "STAGE_FINISHED" and e["payload"]["stage"] == "ACCEPT")
    assert "已上报" not in m.text(other, 2) + m.text(other, 3)
