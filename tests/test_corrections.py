"""Corrections (issue 15): future dates refused, corrections as events the clock follows, undo,
withdrawal, and corrections through sync. Through the real CLI in process and the services."""
from __future__ import annotations

import datetime as dt
import json

from app.services import cases as case_svc
from app.services import corrections as corr
from app.services.query import case_view
from app.sync.peers import list_conflicts
from tests.helpers import db_digest, ok, refused


def _view(db, no):
    return json.loads(ok(db, "case", "show", no, "--json"))


def _stage(view, code, rnd=1):
    return next(s for s in view["stages"] if s["code"] == code and s["round"] == rnd)


def _history(db, no):
    return json.loads(ok(db, "case", "history", no, "--json"))


def _replays(db, no) -> bool:
    """The rows the clock reads equal the case's events replayed, corrections and undos applied."""
    from app.store import Store

    st = Store.open(db)
    try:
        with st.reader() as s:
            return corr.replay_matches(s, no)
    finally:
        st.dispose()


# --- (1) dates ---------------------------------------------------------------------------------
def test_future_date_is_refused_with_the_reason_and_changes_nothing(surveyed_case_any):
    db, no = surveyed_case_any
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    before = db_digest(db)
    for args in (("stage", "finish", no, "PLAN", "--on", tomorrow),
                 ("stage", "pause", no, "--on", tomorrow, "--reason", "CUSTOMER_REQUEST"),
                 ("stage", "start", no, "PLAN", "--on", tomorrow)):
        err = refused(db, *args)
        assert tomorrow in err and "晚于今天" in err
    assert db_digest(db) == before
    err = refused(db, "stage", "finish", no, "PLAN", "--on", tomorrow, env={"ZAOSONG_LANG": "en"})
    assert "after today" in err
    # the stage is still open and can be finished today
    assert _view(db, no)["current_stage"] == "PLAN"
    ok(db, "stage", "finish", no, "PLAN", "--on", dt.date.today().isoformat())


def test_date_before_the_application_is_refused_not_replaced(surveyed_case):
    db, no = surveyed_case
    err = refused(db, "stage", "finish", no, "PLAN", "--on", "2026-08-10")
    assert "早于申请日期" in err and "2026-08-10" in err
    err = refused(db, "stage", "finish", no, "PLAN", "--on", "2026-09-03")  # PLAN started 09-04
    assert "早于开始日期" in err


def test_training_day_is_today_for_the_rules(store):
    with store.session() as s:
        no = case_svc.create_case(s, customer_name="甲", account_no="3300000009", capacity_kva=400,
                                  applied_on="2026-11-02").case_no
    store.training_day = dt.date(2026, 11, 10)
    with store.session() as s:
        try:
            case_svc.finish_stage(s, no, "ACCEPT", "2026-11-11")
        except case_svc.Refused as exc:
            assert exc.code == "date_after_training_day" and "2026-11-10" in str(exc)
        else:
            raise AssertionError("a date after the training day was accepted")
    with store.session() as s:
        case_svc.finish_stage(s, no, "ACCEPT", "2026-11-10")


# --- (2) stage corrections ---------------------------------------------------------------------
def test_correcting_a_finish_changes_the_verdict_keeps_the_original_and_passes_check(surveyed_case_any):
    db, no = surveyed_case_any
    # SURVEY was finished 2026-09-04 (ACCEPT 09-02): 2 working days, on time; typed late as 09-10
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-08")
    assert _stage(_view(db, no), "PLAN")["status"] == "on_time"
    ok(db, "case", "correct", no, "--stage", "PLAN", "--finished", "2026-09-15", "--reason", "录入错误",
       "--note", "答复单日期为 9 月 15 日")
    v = _view(db, no)
    plan = _stage(v, "PLAN")
    assert plan["finished_on"] == "2026-09-15" and plan["status"] == "late"
    assert _stage(v, "FEES")["started_on"] == "2026-09-15"  # the chained clock followed
    h = _history(db, no)
    orig = next(e for e in h["events"] if e["kind"] == "STAGE_FINISHED" and e["payload"]["stage"] == "PLAN")
    assert orig["effective_on"] == "2026-09-08" and orig["struck"]
    c = h["corrections"][0]
    assert (c["old"], c["new"], c["reason"], c["reason_zh"]) == ("2026-09-08", "2026-09-15", "ENTRY_ERROR", "录入错误")
    assert c["target"] == {"stage": "PLAN", "round": 1, "field": "finished_on"} and c["corrects"] == orig["id"]
    assert c["changes_verdict"] and orig["corrected_by"] == [c["id"]] and _replays(db, no)
    listed = json.loads(ok(db, "case", "corrections", "--changed-verdicts", "--json"))
    assert [e["case_no"] for e in listed] == [no]
    assert json.loads(ok(db, "check", "--json"))["ok"]


def test_a_correction_out_of_order_is_refused_naming_the_entry(surveyed_case_any):
    db, no = surveyed_case_any
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-08")
    ok(db, "stage", "finish", no, "FEES", "--on", "2026-09-09")
    ok(db, "stage", "start", no, "DESIGN_REVIEW", "--on", "2026-09-20")
    before = db_digest(db)
    err = refused(db, "case", "correct", no, "--stage", "FEES", "--finished", "2026-09-22", "--reason", "ENTRY_ERROR")
    assert "设计图纸审查第 1 轮开始" in err and "2026-09-20" in err
    # PLAN finish later than FEES' own finish: FEES follows PLAN, but not past its finish
    err = refused(db, "case", "correct", no, "--stage", "PLAN", "--finished", "2026-09-10", "--reason", "ENTRY_ERROR")
    assert "业务收费第 1 轮完成" in err
    err = refused(db, "case", "correct", no, "--stage", "SURVEY", "--started", "2026-08-30", "--reason", "ENTRY_ERROR")
    assert "早于申请日期" in err
    err = refused(db, "case", "correct", no, "--stage", "FEES", "--finished", "2026-09-09", "--reason", "ENTRY_ERROR")
    assert "无需更正" in err
    err = refused(db, "case", "correct", no, "--stage", "FEES", "--finished", "2026-09-10", "--reason", "乱写")
    assert "录入错误" in err and "乱写" in err
    err = refused(db, "case", "correct", no, "--stage", "FEES", "--finished", "2026-09-10", "--reason", "重复受理")
    assert "不能用于更正" in err
    assert db_digest(db) == before


def test_outcome_and_start_corrections_and_the_replay_agrees(case_at_mid):
    db, no = case_at_mid
    ok(db, "stage", "start", no, "MID_INSPECTION", "--on", "2026-10-12")
    ok(db, "stage", "finish", no, "MID_INSPECTION", "--on", "2026-10-13")
    ok(db, "case", "correct", no, "--stage", "MID_INSPECTION", "--outcome", "rectify", "--reason", "ENTRY_ERROR")
    v = _view(db, no)
    assert _stage(v, "MID_INSPECTION")["outcome"] == "rectify" and v["current_stage"] == "MID_INSPECTION"
    ok(db, "case", "correct", no, "--stage", "DESIGN_REVIEW", "--started", "2026-10-07", "--reason", "LATE_EVIDENCE")
    assert _stage(_view(db, no), "DESIGN_REVIEW")["started_on"] == "2026-10-07"
    refused(db, "case", "correct", no, "--stage", "ACCEPT", "--outcome", "rectify", "--reason", "ENTRY_ERROR")
    assert _replays(db, no)
    ok(db, "case", "undo", no)  # the start correction
    ok(db, "case", "undo", no)  # the outcome correction: the pass again
    assert _stage(_view(db, no), "MID_INSPECTION")["outcome"] == "pass"
    assert _replays(db, no)


# --- (3) case fields ---------------------------------------------------------------------------
def test_correcting_case_fields(surveyed_case_any):
    db, no = surveyed_case_any
    ok(db, "case", "correct", no, "--field", "account_no", "--value", "3300000077", "--reason", "ENTRY_ERROR")
    ok(db, "case", "correct", no, "--field", "capacity_kva", "--value", "630", "--reason", "录入错误")
    ok(db, "case", "correct", no, "--field", "applied_on", "--value", "2026-08-31", "--reason", "录入错误")
    v = _view(db, no)
    assert (v["account_no"], v["capacity_kva"], v["applied_on"]) == ("3300000077", 630.0, "2026-08-31")
    assert _stage(v, "ACCEPT")["started_on"] == "2026-08-31"  # the acceptance clock starts on application
    err = refused(db, "case", "correct", no, "--field", "applied_on", "--value", "2026-09-05", "--reason", "ENTRY_ERROR")
    assert "业务受理第 1 轮完成" in err
    refused(db, "case", "correct", no, "--field", "account_no", "--value", "12", "--reason", "ENTRY_ERROR")
    refused(db, "case", "correct", no, "--field", "supply_kv", "--value", "15", "--reason", "ENTRY_ERROR")
    h = _history(db, no)
    acct = next(c for c in h["corrections"] if c["target"] == {"field": "account_no"})
    assert (acct["old"], acct["new"]) == ("3300000001", "3300000077")
    created = next(e for e in h["events"] if e["kind"] == "CASE_CREATED")
    assert created["struck"] and created["payload"]["account_no"] == "3300000001"  # the original stays
    assert json.loads(ok(db, "check", "--json"))["ok"] and _replays(db, no)


# --- (4) undo, (5) withdraw --------------------------------------------------------------------
def test_undo_the_last_step_walks_back(surveyed_case_any):
    db, no = surveyed_case_any
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-08")
    ok(db, "case", "undo", no, "--reason", "误操作")
    v = _view(db, no)
    assert _stage(v, "PLAN")["finished_on"] is None and v["current_stage"] == "PLAN"
    assert not [s for s in v["stages"] if s["code"] == "FEES"]
    ok(db, "stage", "pause", no, "--on", "2026-09-07", "--reason", "CUSTOMER_DOCUMENTS")
    ok(db, "case", "undo", no)
    assert not _view(db, no)["paused"]
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-09")  # the same step again, after an undo
    assert _stage(_view(db, no), "FEES")["started_on"] == "2026-09-09"
    h = _history(db, no)
    undone = [e for e in h["events"] if e["struck"]]
    assert [e["kind"] for e in undone] == ["STAGE_FINISHED", "PAUSED"]
    assert [c["kind"] for c in h["corrections"]] == ["undo", "undo"]
    refused(db, "case", "undo", no, "--reason", "客户撤销")
    # a correction made by mistake is a step too: undone, the value and the clock that followed it return
    ok(db, "case", "correct", no, "--stage", "PLAN", "--finished", "2026-09-10", "--reason", "ENTRY_ERROR")
    assert _stage(_view(db, no), "FEES")["started_on"] == "2026-09-10"
    ok(db, "case", "undo", no)
    v = _view(db, no)
    assert _stage(v, "PLAN")["finished_on"] == _stage(v, "FEES")["started_on"] == "2026-09-09"
    assert _history(db, no)["events"][-2]["struck"]  # the correction, struck; the undo beside it
    assert _replays(db, no)
    assert json.loads(ok(db, "check", "--json"))["ok"]


def test_undo_refuses_what_it_cannot_undo(db_path):
    no = ok(db_path, "case", "new", "--customer", "乙", "--account", "3300000002", "--kva", "400",
            "--applied", "2026-09-01")
    err = refused(db_path, "case", "undo", no)
    assert "CASE_CREATED" in err and "case withdraw" in err


def test_withdraw_leaves_every_list_but_the_audit_view(surveyed_case_any):
    db, no = surveyed_case_any
    ok(db, "case", "withdraw", no, "--reason", "客户撤销", "--note", "客户来电取消")
    assert no not in ok(db, "case", "list")
    assert no not in ok(db, "warnings", "--as-of", "2026-09-30")
    refused(db, "case", "show", no)
    w = json.loads(ok(db, "case", "withdrawn", "--json"))
    assert w["count"] == 1 and w["cases"][0]["case_no"] == no and w["cases"][0]["reason"] == "CUSTOMER_CANCELLED"
    h = _history(db, no)
    assert h["withdrawn"] and h["events"][-1]["kind"] == "CASE_WITHDRAWN"
    refused(db, "case", "withdraw", no, "--reason", "CUSTOMER_CANCELLED")
    assert json.loads(ok(db, "check", "--json"))["ok"]


# --- (6) sync ------------------------------------------------------------------------------------
def test_corrections_undo_and_withdraw_sync(trio):
    a, b, _sup = trio
    no = a.do(case_svc.create_case, customer_name="丙公司", account_no="3300000003", capacity_kva=400,
              applied_on="2026-09-01").case_no
    other = a.do(case_svc.create_case, customer_name="丁公司", account_no="3300000004", capacity_kva=400,
                 applied_on="2026-09-01").case_no
    a.do(case_svc.finish_stage, no, "ACCEPT", "2026-09-02")
    a.do(case_svc.finish_stage, no, "SURVEY", "2026-09-04")
    a.do(corr.correct_stage, no, "ACCEPT", finished_on="2026-09-03", reason="ENTRY_ERROR")
    a.do(case_svc.finish_stage, no, "PLAN", "2026-09-08")
    a.do(corr.undo_last, no, reason="误操作")
    a.do(corr.withdraw_case, other, reason="DUPLICATE")
    b.receive(a.send(b))
    with a.store.reader() as sa, b.store.reader() as sb:
        va, vb = case_view(sa, no, dt.date(2026, 9, 30)), case_view(sb, no, dt.date(2026, 9, 30))
        assert va["stages"] == vb["stages"] and va["current_stage"] == vb["current_stage"] == "PLAN"
        assert _stage(vb, "ACCEPT")["finished_on"] == "2026-09-03"
        assert corr.case_history(sb, no)["corrections"] == corr.case_history(sa, no)["corrections"]
        assert corr.withdrawals(sb)["count"] == 1
        assert corr.replay_matches(sb, no)


def test_two_laptops_correcting_the_same_entry_differently_is_a_conflict(trio):
    a, b, _sup = trio
    no = a.do(case_svc.create_case, customer_name="戊公司", account_no="3300000005", capacity_kva=400,
              applied_on="2026-09-01").case_no
    a.do(case_svc.finish_stage, no, "ACCEPT", "2026-09-02")
    a.do(case_svc.finish_stage, no, "SURVEY", "2026-09-07")
    b.receive(a.send(b))
    a.do(corr.correct_stage, no, "SURVEY", finished_on="2026-09-04", reason="ENTRY_ERROR")
    b.do(corr.correct_stage, no, "SURVEY", finished_on="2026-09-03", reason="ENTRY_ERROR")
    summary = b.receive(a.send(b))
    assert summary["conflicts"].get("stage_round")
    rows = [c for c in list_conflicts(b.store) if c["table"] == "stage_round"]
    # the survey's finish, and the plan's clock that followed it: each a conflict for a person
    assert sorted(f for c in rows for f in c["fields"]) == ["finished_on", "started_on"]
    assert {c["mine"]["finished_on"] for c in rows if c["fields"] == ["finished_on"]} == {"2026-09-03"}
    # both corrections stay in the history, for the person who resolves the conflict
    with b.store.reader() as s:
        values = sorted(c["new"] for c in corr.case_history(s, no)["corrections"])
    assert values == ["2026-09-03", "2026-09-04"]


# --- (7) the case window ---------------------------------------------------------------------------
def test_case_window_corrects_and_shows_the_original_struck_with_the_correction_beside(qtbot, app_zh, surveyed_case):
    from PySide6.QtCore import QModelIndex, Qt

    from tests.helpers import ok_button, open_window, wait_idle

    db, no = surveyed_case
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-08")
    win = open_window(qtbot, db, dt.date(2026, 9, 30))
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    # a date after the window's day (training) is refused by the core, the dialog stays
    dlg = detail._stage_dialog("finish", "FEES")
    from PySide6.QtCore import QDate

    dlg.on.setDate(QDate(2026, 10, 9))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10000)
    assert "2026-09-30" in dlg.error.text() and dlg.isVisible()
    dlg.reject()
    # correct PLAN's finish through the dialog
    qtbot.mouseClick(detail.btn_correct, Qt.LeftButton)
    c = detail.last_dialog
    i = next(k for k in range(c.entry.count()) if tuple(c.entry.itemData(k)) == ("stage", "PLAN", 1, "finished_on"))
    c.entry.setCurrentIndex(i)
    assert c.value.text() == "2026-09-08"
    c.value.setText("2026-09-15")
    c.reason.setCurrentIndex(c.reason.findData("ENTRY_ERROR"))
    before = detail.view
    qtbot.mouseClick(ok_button(c), Qt.LeftButton)
    qtbot.waitUntil(lambda: detail.view is not before and not c.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    m = detail.events_model
    rows = [m.row(r) for r in range(m.rowCount())]
    r = next(k for k, e in enumerate(rows) if e["kind"] == "STAGE_FINISHED" and e["payload"]["stage"] == "PLAN")
    font = m.data(m.index(r, 2, QModelIndex()), Qt.FontRole)
    assert font is not None and font.strikeOut()
    assert "2026-09-15" in m.text(r, 3) and "录入错误" in m.text(r, 3)
    top = next(k for k, e in enumerate(rows) if e["kind"] == "CORRECTED")
    assert "2026-09-08" in m.text(top, 2) and "2026-09-15" in m.text(top, 2)
    assert detail.view["stages"][2]["finished_on"] == "2026-09-15"


def test_correcting_a_pause(surveyed_case_any):
    db, no = surveyed_case_any
    ok(db, "stage", "pause", no, "--on", "2026-09-07", "--reason", "CUSTOMER_DOCUMENTS")
    ok(db, "stage", "resume", no, "--on", "2026-09-10")
    ok(db, "case", "correct", no, "--stage", "PLAN", "--pause", "1", "--finished", "2026-09-08", "--reason", "录入错误")
    p = _stage(_view(db, no), "PLAN")["pauses"][0]
    assert (p["started_on"], p["ended_on"]) == ("2026-09-07", "2026-09-08")
    err = refused(db, "case", "correct", no, "--stage", "PLAN", "--pause", "1", "--started", "2026-09-03",
                  "--reason", "ENTRY_ERROR")
    assert "供电方案确定及答复第 1 轮开始" in err
    refused(db, "case", "correct", no, "--stage", "PLAN", "--pause", "2", "--started", "2026-09-08", "--reason", "ENTRY_ERROR")
    h = _history(db, no)
    resumed = next(e for e in h["events"] if e["kind"] == "RESUMED")
    assert resumed["struck"] and h["corrections"][0]["target"]["pause"] == 1
    assert _replays(db, no)
    ok(db, "case", "undo", no)
    assert _stage(_view(db, no), "PLAN")["pauses"][0]["ended_on"] == "2026-09-10"


def test_case_window_undo_and_withdraw(qtbot, app_zh, surveyed_case):
    from PySide6.QtCore import Qt

    from tests.helpers import ok_button, open_window, wait_idle

    db, no = surveyed_case
    win = open_window(qtbot, db, dt.date(2026, 9, 30))
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    qtbot.mouseClick(detail.btn_undo, Qt.LeftButton)
    u = detail.last_dialog
    assert u.reason.currentData() == "MISOPERATION" and "删除线" in u.fixed.text()
    before = detail.view
    qtbot.mouseClick(ok_button(u), Qt.LeftButton)
    qtbot.waitUntil(lambda: detail.view is not before, timeout=10000)
    assert detail.view["current_stage"] == "SURVEY"  # the survey's finish undone
    m = detail.events_model
    assert any("已撤回" in m.text(r, 3) for r in range(m.rowCount()))
    qtbot.mouseClick(detail.btn_withdraw, Qt.LeftButton)
    w = detail.last_dialog
    assert "不能恢复" in w.fixed.text()
    w.reason.setCurrentIndex(w.reason.findData("DUPLICATE"))
    qtbot.mouseClick(ok_button(w), Qt.LeftButton)
    qtbot.waitUntil(lambda: w.result_change is not None, timeout=10000)
    wait_idle(qtbot, win)
    assert not detail.isVisible()
    assert json.loads(ok(db, "case", "withdrawn", "--json"))["count"] == 1
    assert no not in ok(db, "case", "list")


def test_correcting_a_meeting_decision(db_path):
    from tests.helpers import surveyed

    db = db_path
    big = surveyed(db, "和泰电器有限公司", "3300000001", 630)
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼会议室", "--chair", "王主任",
                 "--departments", "发展策划部,运维检修部,营销部")
    ok(db, "meeting", "propose", meeting)
    err = refused(db, "case", "correct", big, "--meeting", meeting, "--decision", "reject", "--reason", "ENTRY_ERROR")
    assert "尚未" in err  # deciding is not a correction
    ok(db, "meeting", "decide", meeting, big, "--decision", "reject", "--note", "线路容量不足")
    ok(db, "case", "correct", big, "--meeting", meeting, "--decision", "approve", "--decision-note", "同意T接",
       "--reason", "录入错误", "--note", "会议纪要为同意")
    listed = json.loads(ok(db, "meeting", "list", "--month", "2026-09", "--json"))
    assert listed[0]["agenda"][0]["decision"] == "approve"
    ok(db, "stage", "finish", big, "PLAN", "--on", "2026-09-04")  # the gate sees the corrected decision
    err = refused(db, "case", "correct", big, "--meeting", meeting, "--decision", "reject", "--reason", "ENTRY_ERROR")
    assert "供电方案确定及答复第 1 轮完成" in err
    h = _history(db, big)
    decided = next(e for e in h["events"] if e["kind"] == "MEETING_DECIDED")
    c = h["corrections"][0]
    assert decided["struck"] and c["old"]["decision"] == "reject" and c["new"]["decision"] == "approve"
    assert json.loads(ok(db, "check", "--json"))["ok"]


def test_correcting_a_closed_inspection_result(case_at_mid):
    db, no = case_at_mid
    ins = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-20", "--inspectors", "张伟,陈工")
    items = json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]
    measure = next(it for it in items if it["kind"] == "measure" and not it["limit"].get("min"))
    check = next(it for it in items if it["kind"] != "measure")
    for it in items:
        if it["kind"] == "measure":
            ok(db, "inspect", "set", ins, it["code"], "--value", "0.8" if it["limit"].get("min") else "2.1")
        else:
            ok(db, "inspect", "set", ins, it["code"], "--result", "pass")
    err = refused(db, "case", "correct", no, "--inspection", ins, "--item", check["code"], "--item-note", "x",
                  "--reason", "ENTRY_ERROR")
    assert "尚未结束" in err
    assert ok(db, "inspect", "close", ins, "--on", "2026-10-21") == "pass"
    ok(db, "case", "correct", no, "--inspection", ins, "--item", measure["code"], "--item-value", "1.9",
       "--reason", "录入错误", "--note", "记录表为 1.9")
    err = refused(db, "case", "correct", no, "--inspection", ins, "--item", check["code"], "--result", "fail",
                  "--reason", "ENTRY_ERROR")
    assert "中间检查第 1 轮" in err and check["code"] in err
    h = _history(db, no)
    c = h["corrections"][0]
    assert (c["old"]["value"], c["new"]["value"], c["new"]["result"]) == (2.1, 1.9, "pass")
    assert next(e for e in h["events"] if e["kind"] == "INSPECTION_CLOSED")["struck"]
    ok(db, "case", "undo", no)
    assert _history(db, no)["corrections"][-1]["kind"] == "undo"
    assert json.loads(ok(db, "check", "--json"))["ok"]


def test_correcting_a_design_review_opinion(surveyed_case):
    db, no = surveyed_case
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-08")
    ok(db, "stage", "finish", no, "FEES", "--on", "2026-09-09")
    ok(db, "review", "open", no, "--on", "2026-09-21", "--institute", "宁波电力设计院")
    ok(db, "review", "opinion", no, "--text", "接地网布置图缺少接地电阻计算", "--must-fix")
    ok(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "returned")
    ok(db, "case", "correct", no, "--opinion", "1", "--clause", "GB 50065-2011 第4.2条", "--opinion-text",
       "接地装置图缺少接地电阻计算书", "--reason", "录入错误")
    op = json.loads(ok(db, "review", "show", no, "--json"))[0]["opinions"][0]
    assert op["text"] == "接地装置图缺少接地电阻计算书" and op["clause"] == "GB 50065-2011 第4.2条"
    err = refused(db, "case", "correct", no, "--opinion", "1", "--must-fix", "no", "--reason", "ENTRY_ERROR")
    assert "设计图纸审查第 1 轮" in err
    refused(db, "case", "correct", no, "--opinion", "2", "--clause", "x", "--reason", "ENTRY_ERROR")
    h = _history(db, no)
    assert next(e for e in h["events"] if e["kind"] == "REVIEW_OPINION")["struck"]
    assert h["corrections"][0]["old"]["text"] == "接地网布置图缺少接地电阻计算"
    ok(db, "case", "undo", no)
    op = json.loads(ok(db, "review", "show", no, "--json"))[0]["opinions"][0]
    assert op["text"] == "接地网布置图缺少接地电阻计算" and op["clause"] == ""


def test_a_rectify_outcome_corrected_to_pass_still_needs_its_items_closed(case_at_mid):
    """A pass by correction goes through the same stage locks as a pass recorded at the time."""
    db, no = case_at_mid
    insp = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12")
    left = json.loads(ok(db, "inspect", "pass-rest", insp, "--json"))
    for code in left["measured_left"]:
        ok(db, "inspect", "set", insp, code, "--value", "0.8")
    failed = json.loads(ok(db, "inspect", "pass-rest", insp, "--json"))
    assert failed["passed"] == []
    first = next(it["code"] for it in json.loads(ok(db, "inspect", "items", insp, "--json"))["items"]
                 if it["kind"] != "measure")
    ok(db, "inspect", "set", insp, first, "--result", "fail", "--note", "槽钢未接地")
    assert ok(db, "inspect", "close", insp, "--on", "2026-10-13") == "rectify"
    before = db_digest(db)
    msg = refused(db, "case", "correct", no, "--stage", "MID_INSPECTION", "--outcome", "pass", "--reason", "录入错误")
    assert "整改" in msg, msg
    assert db_digest(db) == before
