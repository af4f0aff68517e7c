"""The 停电计划 page (issue 19): balance the month with a click, see the proposal, the meeting items
and the cases at risk; move an outage with the keyboard and by a drop on another day, checked again
at once; confirm it; the Today view lists the case at risk."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDateEdit

from tests.helpers import open_window, wait_idle

D = dt.date
AS_OF = D(2026, 12, 15)
SHOTS = Path(os.environ.get("ZAOSONG_SHOTS", "/work/notes/s6/shots-outage"))


def _setup(db_path):
    from app.services import cases, outage
    from app.store import Store

    st = Store.open(db_path)
    nos = []
    with st.session() as s:
        for name, acct in (("甲公司", "3300000001"), ("乙公司", "3300000002"), ("丙公司", "3300000003"),
                           ("丁公司", "3300000004")):
            no = cases.create_case(s, customer_name=name, account_no=acct, capacity_kva=400,
                                   applied_on="2026-10-08").case_no
            cases.finish_stage(s, no, "ACCEPT", "2026-10-09")
            cases.finish_stage(s, no, "SURVEY", "2026-10-12")
            nos.append(no)
        for no, ready, hours in zip(nos, ("2027-01-05", "2027-01-08", "2027-01-20"), (4, 3, 2)):
            outage.add_need(s, no, "10kV城东线", hours, ready, "2027-01-29", customers=12)
        outage.add_need(s, nos[0], "10kV城西线", 2, "2027-01-04", "2027-01-29", customers=3)
        # works done on 2026-12-16: 3 working days end on 12-21, but a notice given on 12-15 allows 12-22
        outage.add_need(s, nos[3], "10kV城北线", 2, "2026-12-16", "2027-01-08", customers=3)
        outage.add_window(s, "10kV城东线", "2027-01-13", 6)
    st.dispose()
    return nos


def _shot(widget, name):
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))
    except OSError:
        pass  # the screenshots folder is for the eye; a read-only one never fails the test


def test_balance_move_confirm_on_the_page(qtbot, app_zh, db_path):
    a, b, c, d = _setup(db_path)
    win = open_window(qtbot, db_path, AS_OF)
    win.resize(1400, 900)
    page = win.outage_page
    win.show_page("outage")
    wait_idle(qtbot, win)
    assert page.month_text == "2027-01"  # next month: the one being balanced
    qtbot.mouseClick(page.btn_balance, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.data is not None and bool(page.data["outages"]))
    feeders = page.data["feeders"]
    row = feeders.index("10kV城东线")
    cell = page.grid.item(row, 12)  # 2027-01-13, the maintenance day
    assert cell.text() == "2 检" and cell.data(Qt.UserRole + 1)
    assert page.conflicts_model.rowCount() == 1 and page.conflicts_model.row(0)["case_no"] == c
    assert "未按时就绪" in page.conflicts_model.text(0, 2)
    assert [r["case_no"] for r in page.data["at_risk"]] == [d, a]
    assert page.tabs.tabText(1).startswith("提交平衡会")
    _shot(win, "outage_page.png")

    # the keyboard moves the selected outage a day later; the checks run again
    page.grid.setFocus()
    page.grid.setCurrentCell(row, 12)
    qtbot.keyClick(page.grid, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.grid.item(row, 13) is not None and page.grid.item(row, 13).text() == "2")
    assert page.last_checks == [] and "无问题" in page.checks_label.text()

    # a drop on 2027-01-06: b's works are not done then, said at once
    page.grid.setCurrentCell(row, 13)
    mime = page.grid.model().mimeData([page.grid.model().index(row, 13)]) or QMimeData()
    rect = page.grid.visualItemRect(page.grid.item(row, 5))
    drop = QDropEvent(rect.center().toPointF() if hasattr(rect.center(), "toPointF") else QPoint(rect.center()),
                      Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    # offscreen Qt runs no drag loop: the drop is handed to the grid's handler as the drag would end
    page.grid.dropEvent(drop)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.last_checks != [])
    assert [ch["check"] for ch in page.last_checks] == ["not_ready"] and b in page.checks_label.text()
    moved = next(o for o in page.data["outages"] if o["on"] == "2027-01-06")
    assert (moved["maintenance"], moved["hours"]) == (False, 4.0)  # off the maintenance day: its own hours
    qtbot.waitUntil(lambda: page.grid.item(row, 5) is not None and page.grid.item(row, 5).text() == "2")
    _shot(win, "outage_page_moved.png")

    # back to the 13th by the keyboard is 7 steps: confirm where it is instead, with a lawful notice
    page.grid.setCurrentCell(row, 5)
    page.confirm_selected(D(2026, 12, 28))
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(o["status"] == "confirmed" for o in page.data["outages"]))
    # announced; then a drop on the 7th asks for the new notice's day before it moves
    page.grid.setCurrentCell(row, 5)
    page.announce_selected(AS_OF, "短信")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(o["status"] == "announced" for o in page.data["outages"]))

    def answer():
        dlg = page.date_dialog
        dlg.findChild(QDateEdit, "outageNoticeOn").setDate(D(2026, 12, 30))
        dlg.accept()

    page.grid.setCurrentCell(row, 5)
    QTimer.singleShot(0, answer)
    page.move_outage(page.selected_outage(), D(2027, 1, 7))
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(o["on"] == "2027-01-07" for o in page.data["outages"]))
    moved = next(o for o in page.data["outages"] if o["on"] == "2027-01-07")
    assert (moved["status"], moved["notice_on"]) == ("announced", "2026-12-30")
    # a notice 6 days ahead: refused, said, nothing changed
    west = page.data["feeders"].index("10kV城西线")
    west_o = next(o for o in page.data["outages"] if o["feeder"] == "10kV城西线")
    page.grid.setCurrentCell(west, dt.date.fromisoformat(west_o["on"]).day - 1)
    late = dt.date.fromisoformat(west_o["on"]) - dt.timedelta(days=6)
    page.confirm_selected(late)
    wait_idle(qtbot, win)
    assert "第二十八条" in win.last_error
    assert next(o for o in page.data["outages"] if o["id"] == west_o["id"])["status"] == "draft"

    # Today lists the case at risk
    win.show_page("today")
    win.refresh()
    wait_idle(qtbot, win)
    sec = win.today_page.outage_risks
    qtbot.waitUntil(lambda: sec.model.rowCount() == 1)
    assert sec.model.row(0)["case_no"] == d and sec.isVisibleTo(win)  # a's outage is now before its deadline
    _shot(win, "today_outage_risk.png")


def test_file_a_need_and_import_windows_on_the_page(qtbot, app_zh, db_path, tmp_path):
    import openpyxl

    from app.services import cases
    from app.store import Store

    st = Store.open(db_path)
    with st.session() as s:
        early = cases.create_case(s, customer_name="戊公司", account_no="3300000005", capacity_kva=400,
                                  applied_on="2026-10-08").case_no
        ready = cases.create_case(s, customer_name="己公司", account_no="3300000006", capacity_kva=400,
                                  applied_on="2026-10-08").case_no
        cases.finish_stage(s, ready, "ACCEPT", "2026-10-09")
        cases.finish_stage(s, ready, "SURVEY", "2026-10-12")
    st.dispose()
    win = open_window(qtbot, db_path, AS_OF)
    page = win.outage_page
    win.show_page("outage")
    wait_idle(qtbot, win)
    dlg = page.new_need()
    qtbot.keyClicks(dlg.case_no, early)
    dlg.feeder.setText("10kV城南线")  # QTest types Latin-1 only
    dlg.ready.setDate(D(2027, 1, 5))
    dlg.wanted.setDate(D(2027, 1, 29))
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.LeftButton)
    wait_idle(qtbot, win)
    assert "供电方案" in win.last_error and dlg.isVisible()  # refused: still open, nothing typed lost
    assert dlg.feeder.text() == "10kV城南线"
    dlg.case_no.clear()
    qtbot.keyClicks(dlg.case_no, ready)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wb = openpyxl.Workbook()
    wb.active.append(["线路", "日期", "时长", "备注"])
    wb.active.append(["10kV城南线", "2027-01-12", 6, "春检"])
    wb.save(tmp_path / "windows.xlsx")
    page.import_windows(str(tmp_path / "windows.xlsx"))
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.data is not None and bool(page.data["windows"]))
    qtbot.mouseClick(page.btn_balance, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(page.data["outages"]))
    (o,) = page.data["outages"]
    assert (o["on"], o["needs"], o["maintenance"]) == ("2027-01-12", [ready], True)
