"""Irreversible steps ask first (issue 15): closing an inspection, issuing a protection-setting sheet and
deciding a case at a meeting show a box that says what becomes fixed; "No" changes nothing (the
database file unchanged), "Yes" runs the step."""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers import (
    answer_box,
    cli,
    db_digest,
    ok,
    ok_button,
    open_window,
    pdf_text,
    surveyed,
    visible_box,
    wait_idle,
)
from tests.helpers import flat as flat_text

D = dt.date
CALC = ["--sk-max", "300", "--sk-min", "200", "--kva", "1000", "--uk", "4.5", "--ct", "100/5",
        "--feeder-inst", "2400", "--feeder-oc", "600", "--feeder-oc-time", "0.6"]


def _box_text(qtbot, parent, name: str) -> str:
    qtbot.waitUntil(lambda: visible_box(parent, name) is not None, timeout=10000)
    box = visible_box(parent, name)
    return box.text() + "|" + box.button(QMessageBox.Yes).text() + "|" + box.button(QMessageBox.No).text()


def _plain_buttons(qtbot, parent, name: str) -> bool:
    """Whether the box still has the bare Yes/No words (the steps name their action instead)."""
    box = visible_box(parent, name)
    words = {box.button(b).text().replace("&", "") for b in (QMessageBox.Yes, QMessageBox.No)}
    return bool(words & {"Yes", "No", "是(Y)", "否(N)", "是", "否"})


def test_closing_an_inspection_asks_first_and_no_changes_nothing(qtbot, app_zh, case_at_mid):
    from ui.field_dialogs import InspectionDialog

    db, no = case_at_mid
    ins = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-20", "--inspectors", "张伟")
    for it in json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]:
        if it["kind"] == "measure":
            ok(db, "inspect", "set", ins, it["code"], "--value", "0.8" if it["limit"].get("min") else "2.1")
        else:
            ok(db, "inspect", "set", ins, it["code"], "--result", "fail" if it["code"] == "M-CIV-03" else "pass")
    win = open_window(qtbot, db, D(2026, 10, 21))
    insp = InspectionDialog(win.ops, win.as_of, ins, win.open_document, win)
    qtbot.addWidget(insp)
    insp.show()
    qtbot.waitUntil(lambda: insp.data is not None, timeout=10000)
    wait_idle(qtbot, win)
    insp.close_on.setDate(QDate(2026, 10, 21))
    before = db_digest(db)

    qtbot.mouseClick(insp.btn_close, Qt.LeftButton)
    text = _box_text(qtbot, insp, "confirmCloseInspection")
    # what becomes fixed (a correction, 更正, in either language), on which day; buttons in words, not Yes/No
    assert "更正" in text and "2026-10-21" in text and not _plain_buttons(qtbot, insp, "confirmCloseInspection")
    answer_box(qtbot, insp, "confirmCloseInspection", QMessageBox.No)
    wait_idle(qtbot, win)
    assert visible_box(insp, "confirmCloseInspection") is None
    assert db_digest(db) == before and insp.data["closed_on"] is None

    qtbot.mouseClick(insp.btn_close, Qt.LeftButton)
    answer_box(qtbot, insp, "confirmCloseInspection")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: insp.data["closed_on"] == "2026-10-21", timeout=10000)
    assert insp.data["outcome"] == "rectify"
    insp.close()
    win.close()


def test_issuing_a_setting_sheet_asks_first_and_no_changes_nothing(qtbot, app_zh, db_path):
    no = ok(db_path, "case", "new", "--customer", "甲", "--account", "3300000001", "--kva", "1000",
            "--applied", "2026-11-02")
    sid = cli(db_path, "settings", "sheet", "new", no, *CALC, "--by", "张伟").stdout.strip()
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None, timeout=10000)
    dlg = d.field.setting_sheet()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.sheets.count() == 1, timeout=10000)
    wait_idle(qtbot, win)
    before = db_digest(db_path)

    qtbot.mouseClick(dlg.btn_issue, Qt.LeftButton)
    text = _box_text(qtbot, dlg, "confirmIssueSheet")
    assert "2026-11-20" in text and " v1" in text and not _plain_buttons(qtbot, dlg, "confirmIssueSheet")
    answer_box(qtbot, dlg, "confirmIssueSheet", QMessageBox.No)
    wait_idle(qtbot, win)
    assert db_digest(db_path) == before
    assert json.loads(cli(db_path, "settings", "sheet", "list", no).stdout)[0]["status"] == "draft"

    qtbot.mouseClick(dlg.btn_issue, Qt.LeftButton)
    answer_box(qtbot, dlg, "confirmIssueSheet")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "v1" in dlg.sheets.item(0).text() and "已签发" in dlg.sheets.item(0).text(), timeout=10000)
    listed = json.loads(cli(db_path, "settings", "sheet", "list", no).stdout)
    assert listed[0]["id"] == sid and listed[0]["status"] == "issued" and listed[0]["issued_on"] == "2026-11-20"
    dlg.close()
    win.close()


def test_deciding_at_a_meeting_asks_first_and_no_changes_nothing(qtbot, app_zh, db_path):
    no = surveyed(db_path, "和泰电器有限公司", "3300000001", 1250)
    meeting = ok(db_path, "meeting", "new", "--on", "2026-09-10 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db_path, "meeting", "add", meeting, no)
    win = open_window(qtbot, db_path, D(2026, 9, 15))
    win.show_page("meetings")
    page = win.meetings_page
    page.show_month(2026, 9)
    qtbot.waitUntil(lambda: page.month == "2026-09" and bool(page.meetings), timeout=10000)
    page.select_meeting(meeting)
    qtbot.waitUntil(lambda: page.current() is not None and bool(page.current()["agenda"]), timeout=10000)
    page.select_case(no)
    dec = page.decide()
    dec.decision.setCurrentIndex(dec.decision.findData("approve"))
    wait_idle(qtbot, win)
    before = db_digest(db_path)

    qtbot.mouseClick(ok_button(dec), Qt.LeftButton)
    text = _box_text(qtbot, dec, "confirmDecision")
    assert no in text and "2026-09-10" in text and "更正" in text and "同意" in text  # the decision as chosen
    assert not _plain_buttons(qtbot, dec, "confirmDecision")
    answer_box(qtbot, dec, "confirmDecision", QMessageBox.No)
    wait_idle(qtbot, win)
    assert dec.isVisible()  # back in the dialog, nothing recorded
    assert db_digest(db_path) == before and page.current()["agenda"][0]["decision"] is None

    qtbot.mouseClick(ok_button(dec), Qt.LeftButton)
    answer_box(qtbot, dec, "confirmDecision")
    qtbot.waitUntil(lambda: not dec.isVisible() or dec.error.isVisible(), timeout=10000)
    assert not dec.isVisible(), dec.error.text()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.current()["agenda"][0]["decision"] == "approve", timeout=10000)
    win.close()


# --- the acceptance handbook's timeline (issue 15) -------------------------------------------------------


def _at_completion(db, customer: str, account: str) -> str:
    """A 400 kVA case through its mid inspection (2026-10-13), ready for the completion inspection."""
    no = ok(db, "case", "new", "--customer", customer, "--account", account, "--kva", "400", "--applied", "2026-09-01")
    for stage, day in (("ACCEPT", "2026-09-02"), ("SURVEY", "2026-09-03"), ("PLAN", "2026-09-04"), ("FEES", "2026-09-07")):
        ok(db, "stage", "finish", no, stage, "--on", day)
    for stage, start, end in (("DESIGN_REVIEW", "2026-09-21", "2026-09-22"), ("MID_INSPECTION", "2026-10-12", "2026-10-13")):
        ok(db, "stage", "start", no, stage, "--on", start)
        ok(db, "stage", "finish", no, stage, "--on", end)
    return no


def _stages(db, no: str, as_of: str) -> dict:
    """The case window's numbers (case_view stages), the last round of each stage."""
    view = json.loads(ok(db, "case", "show", no, "--json", "--as-of", as_of))
    return {r["code"]: r for r in view["stages"]}


def _timeline(db, no: str, as_of: str, tmp_path) -> str:
    pdf = tmp_path / f"{no}.pdf"
    ok(db, "handbook", "pdf", no, "--out", str(pdf), "--as-of", as_of)
    text = flat_text(pdf_text(pdf))
    return text[text.index("二、时间安排", text.index("二、时间安排") + 1):text.rindex("三、验收要求")]


def test_handbook_after_the_completion_inspection_shows_its_recorded_dates(db_path, tmp_path):
    no = _at_completion(db_path, "和泰电器有限公司", "3300000001")
    ok(db_path, "stage", "start", no, "COMPLETION_INSPECTION", "--on", "2026-11-02")
    ok(db_path, "stage", "finish", no, "COMPLETION_INSPECTION", "--on", "2026-11-03")
    stages = _stages(db_path, no, "2026-11-20")
    line = _timeline(db_path, no, "2026-11-20", tmp_path)
    # requested and inspected on the recorded days, energised by the case's own deadline
    assert "竣工报验申请2026-11-02" in line and "竣工检验2026-11-03" in line, line
    assert stages["ENERGIZE"]["deadline"] and f"(送电){stages['ENERGIZE']['deadline']}" in line, line
    # not the plan from the printing day (request 2026-11-23, inspection 2026-11-25, energising 2026-11-30),
    # nor a self-check after the request
    assert "2026-11-2" not in line and "2026-11-30" not in line and "(实际日期)" in line


def test_handbook_before_the_inspection_passed_uses_the_case_deadlines(db_path, tmp_path):
    no = _at_completion(db_path, "和泰电器有限公司", "3300000001")
    ok(db_path, "stage", "start", no, "COMPLETION_INSPECTION", "--on", "2026-11-16")
    deadline = _stages(db_path, no, "2026-11-17")["COMPLETION_INSPECTION"]["deadline"]
    assert deadline
    line = _timeline(db_path, no, "2026-11-17", tmp_path)
    assert "竣工报验申请2026-11-16" in line and f"竣工检验{deadline}" in line and "按工单期限" in line, line


def test_handbook_before_the_request_plans_from_the_printing_day(db_path, tmp_path):
    no = _at_completion(db_path, "和泰电器有限公司", "3300000001")
    line = _timeline(db_path, no, "2026-11-20", tmp_path)  # a Friday: request Monday, inspect +2 wd, energise +3
    assert "自查清单”逐项检查" in line and "竣工报验申请2026-11-23" in line and "竣工检验2026-11-25" in line, line
    assert "(送电)2026-11-30" in line and "(实际日期)" not in line
