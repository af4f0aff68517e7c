"""The 计量器具 page and the Today warning (issue 19), clicked and typed on the real window."""
import datetime as dt
import json
import os
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tests.helpers import ok, open_window, wait_idle

AS_OF = dt.date(2026, 11, 20)
SHOTS = Path(os.environ.get("ZAOSONG_METERING_SHOTS", "")) if os.environ.get("ZAOSONG_METERING_SHOTS") else None


def _case_in_energize(db, tmp_path, account, name):
    no = ok(db, "case", "new", "--customer", name, "--account", account, "--kva", "400", "--applied", "2026-09-01")
    p = tmp_path / f"{no}.json"
    p.write_text(json.dumps({"surveyed_on": "2026-09-03", "metering": "LV", "ct_ratio": "800/5"}), encoding="utf-8")
    ok(db, "survey", "set", no, "--json", str(p))
    days = iter(["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10",
                 "2026-11-11", "2026-11-12", "2026-11-13"])
    for action, stage in (("finish", "ACCEPT"), ("finish", "SURVEY"), ("finish", "PLAN"), ("finish", "FEES"),
                          ("start", "DESIGN_REVIEW"), ("finish", "DESIGN_REVIEW"), ("start", "MID_INSPECTION"),
                          ("finish", "MID_INSPECTION"), ("start", "COMPLETION_INSPECTION"),
                          ("finish", "COMPLETION_INSPECTION")):
        ok(db, "stage", action, no, stage, "--on", next(days))
    return no


def test_metering_page_demand_stock_entry_by_keyboard_and_export(qtbot, app_zh, db_path, tmp_path):
    a = _case_in_energize(db_path, tmp_path, "3300000001", "甲公司")
    b = _case_in_energize(db_path, tmp_path, "3300000002", "乙公司")
    win = open_window(qtbot, db_path, AS_OF)
    win.resize(1366, 800)  # a laptop screen, as tests/screenshots.py
    # Today: both cases are in ENERGIZE without reserved equipment
    sec = win.today_page.metering
    qtbot.waitUntil(lambda: len(sec.rows) == 2, timeout=10000)
    assert "2" in sec.label.text()
    sec.table.setCurrentIndex(sec.model.index(0, 0))
    qtbot.mouseClick(sec.btn_reserve, Qt.LeftButton)
    qtbot.waitUntil(lambda: [r["case_no"] for r in sec.rows] == [b], timeout=10000)
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(SHOTS / "today_metering_zh.png"))

    win.show_page("metering")
    page = win.metering_page
    assert page.current_month() == "2026-12"  # next month first
    page.month.setCurrentIndex(page.month.findText("2026-11"))
    qtbot.waitUntil(lambda: page.data is not None and page.data["plan"]["month"] == "2026-11", timeout=10000)
    wait_idle(qtbot, win)
    assert [c["case_no"] for c in page.cases_model.rows] == [a, b]
    ct = next(r for r in page.lines_model.rows if r["type_code"] == "CT-800/5-0.5")
    assert (ct["need"], ct["net"]) == (6, 6)
    col = 6  # net demand: a shortfall shows red
    idx = page.lines_model.index(page.lines_model.rows.index(ct), col)
    assert page.lines_model.data(idx, Qt.BackgroundRole) is not None
    assert page.lines_model.headerData(col, Qt.Horizontal) == "净需求"

    # the stock count, typed from the keyboard only: type code, Tab to the figures
    page.code.setFocus()
    qtbot.keyClicks(page.code, "CT-800/5-0.5")
    qtbot.keyClick(page.code, Qt.Key_Tab)  # to the name
    qtbot.keyClick(page.name, Qt.Key_Tab)  # to qualified in stock
    assert page.focusWidget() is page.spins["qualified"] or page.spins["qualified"].hasFocus()
    page.spins["qualified"].lineEdit().selectAll()
    qtbot.keyClicks(page.spins["qualified"], "9")
    page.spins["safety"].setValue(2)
    qtbot.keyClick(page.btn_save_stock, Qt.Key_Space)
    qtbot.waitUntil(lambda: any(r["type_code"] == "CT-800/5-0.5" for r in page.data["stock"]), timeout=10000)
    wait_idle(qtbot, win)
    ct = next(r for r in page.lines_model.rows if r["type_code"] == "CT-800/5-0.5")
    assert (ct["available"], ct["net"]) == (7, 0)
    if SHOTS:
        win.grab().save(str(SHOTS / "metering_page_zh.png"))

    xlsx = tmp_path / "plan.xlsx"
    got = []
    page.export(pdf=False, path=str(xlsx), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=15000)
    assert got[0]["version"] == 1 and xlsx.exists()
    rows = list(load_workbook(xlsx)["需求计划"].iter_rows(values_only=True))
    assert next(r for r in rows if r and r[1] == "合计")[10] == got[0]["totals"]["net"]
    wait_idle(qtbot, win)
