"""The work after power on in the workbench (issue 20), by clicks on the real window: the Today
section, the evaluation and the follow-up form in the case window, the 月度分析 page with the
meeting, a conclusion and the minutes PDF."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.models import FollowUp
from app.store import Store
from tests.helpers import flat, ok_button, open_window, pdf_text, wait_idle

AS_OF = dt.date(2026, 4, 8)


def _shot(widget, name: str) -> None:
    """ZAOSONG_SHOTS=DIR: the view as a PNG there (to look at; tests/screenshots.py does the same)."""
    folder = os.environ.get("ZAOSONG_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_evaluation_follow_up_and_monthly_analysis_by_clicks(qtbot, app_zh, march_cases, monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")
    db, late, on_time = march_cases
    win = open_window(qtbot, db, AS_OF)
    win.resize(1366, 800)
    # Today: both follow-ups are due by 04-08 (planned 03-27 and 04-03)
    section = win.today_page.after
    qtbot.waitUntil(lambda: bool(section.items["due"]), timeout=30000)
    assert section.rows == []  # mine: the callback desk manages no case
    scope = win.today_page.scope
    scope.setCurrentIndex(scope.findData("all"))
    qtbot.waitUntil(lambda: {r["case_no"] for r in section.rows} == {late, on_time}, timeout=30000)
    assert section.model.text(0, 0) == "回访到期"
    _shot(win, "today-after")

    # the case window: the evaluation is open until the late stage has a cause
    win.open_case(late)
    detail = win._detail_windows[late]
    panel = detail.evaluation
    qtbot.waitUntil(lambda: panel.data is not None, timeout=30000)
    assert panel.isVisible() and "评价未完成" in panel.state.text() and "供电方案确定及答复" in panel.state.text()
    panel.cause.setCurrentIndex(panel.cause.findData("GRID"))
    panel.note.setText("丹城变间隔不足")
    qtbot.mouseClick(panel.btn_cause, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.data["evaluation"]["complete"], timeout=30000)
    assert "评价已完成" in panel.state.text()

    # the follow-up form: one question answered, the others stay unanswered
    qtbot.mouseClick(panel.btn_followup, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.last_dialog is not None and panel.last_dialog.isVisible(), timeout=30000)
    dlg = panel.last_dialog
    dlg.by.setText("回访员王芳")
    dlg.answers["OVERALL"].setCurrentIndex(dlg.answers["OVERALL"].findData(5))
    dlg.has_applied.setChecked(True)
    dlg.applied.setDate(dt.date(2026, 2, 27))
    _shot(dlg, "followup-dialog")
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=30000)
    qtbot.waitUntil(lambda: bool(panel.data["followups"]), timeout=30000)
    _shot(panel, "case-evaluation")
    store = Store.open(db)
    with store.reader() as s:
        fu = s.query(FollowUp).one()
        assert json.loads(fu.answers) == {"OVERALL": 5} and not fu.self_reported
    store.dispose()
    detail.close()

    # the 月度分析 page: March, the month just ended
    win.show_page("after")
    page = win.after_page
    qtbot.waitUntil(lambda: page.data is not None and bool(page.rows), timeout=30000)
    assert page.month == "2026-03"
    kinds = {(r["kind"], r["case_no"]) for r in page.rows}
    assert ("未达时限", late) in kinds and ("时间偏差", late) in kinds
    assert [d["case_no"] for d in page.data["due"]] == [on_time]  # late was followed up
    page.chair.setText("王主任")
    page.attendance.setText("张伟,李海燕,王强")
    page.held_on.setDate(dt.date(2026, 4, 7))
    qtbot.mouseClick(page.btn_hold, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.data["agenda"]["meeting"] is not None, timeout=30000)
    page.agenda.selectRow(next(i for i, r in enumerate(page.rows) if r["case_no"] == late))
    page.conclusion.setText("提前与发展策划部会商间隔")
    qtbot.mouseClick(page.btn_conclude, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(r["conclusion"] == "提前与发展策划部会商间隔" for r in page.rows), timeout=30000)
    _shot(win, "monthly-analysis")
    page.minutes()
    qtbot.waitUntil(lambda: page.written is not None, timeout=20000)
    wait_idle(qtbot, win)
    assert "提前与发展策划部会商间隔" in flat(pdf_text(page.written))


def test_a_refused_score_is_said_in_the_form_and_nothing_is_saved(qtbot, app_zh, march_cases):
    db, late, on_time = march_cases
    win = open_window(qtbot, db, AS_OF)
    win.open_case(late)
    panel = win._detail_windows[late].evaluation
    qtbot.waitUntil(lambda: panel.data is not None, timeout=30000)
    qtbot.mouseClick(panel.btn_followup, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.last_dialog is not None and panel.last_dialog.isVisible(), timeout=30000)
    dlg = panel.last_dialog
    dlg.by.setText("回访员王芳")
    dlg.on.setDate(dt.date(2026, 3, 20))  # before power on (03-27)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30000)
    assert "早于送电日期" in dlg.error.text() and dlg.isVisible()
    store = Store.open(db)
    with store.reader() as s:
        assert s.query(FollowUp).count() == 0
    store.dispose()
