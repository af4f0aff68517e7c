"""Dialogs are given the operations, the day and callbacks, not the main window (issue 14 §3): built
here from exactly those, their writes still reach the change hub and every page refreshes."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tests.helpers import ok_button, open_window, wait_idle

D = dt.date


def test_new_case_dialog_from_ops_and_callbacks(qtbot, app_zh, db_path):
    from ui.case_dialogs import NewCaseDialog

    win = open_window(qtbot, db_path, D(2026, 11, 20))
    created: list[tuple[str, str]] = []
    dlg = NewCaseDialog(win.ops, D(2026, 11, 18), "李经理", lambda no, msg: created.append((no, msg)),
                        win.cases_page.model.open_case_of)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.manager.text() == "李经理" and dlg.applied.date() == QDate(2026, 11, 18)
    assert dlg.applied.maximumDate() == QDate(2026, 11, 18)  # the day given, not the window's
    dlg.customer.insert("和泰电器有限公司")
    qtbot.keyClicks(dlg.account, "3300000123")
    dlg.kva.setValue(630)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(created), timeout=10000)
    no, message = created[0]
    assert no == dlg.result_change.case_no and no in message
    assert no not in win._detail_windows  # opening it is the caller's business, here not done
    # the write went through the hub: the case list has it without anyone calling case_changed
    model = win.cases_page.model
    qtbot.waitUntil(lambda: model.open_case_of("3300000123") == no, timeout=10000)
    assert model.open_case_of("3300000123", besides=no) is None
    again = NewCaseDialog(win.ops, D(2026, 11, 18), "李经理", lambda *_a: None, model.open_case_of)
    qtbot.addWidget(again)
    qtbot.keyClicks(again.account, "3300000123")
    assert again.duplicate_of() == no
    assert not again.hint.isHidden() and no in again.hint.text()  # said while typing
    # without a lookup the dialog warns of nothing and still works
    lone = NewCaseDialog(win.ops, D(2026, 11, 18), "李经理", lambda *_a: None)
    qtbot.addWidget(lone)
    qtbot.keyClicks(lone.account, "3300000123")
    assert lone.duplicate_of() is None


def test_fee_dialogs_from_ops_record_on_the_day_given(qtbot, app_zh, surveyed_case):
    from ui.papers_panel import FeeDialog, WithdrawFeeDialog

    db, no = surveyed_case
    win = open_window(qtbot, db, D(2026, 9, 10))
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None and detail.papers.data is not None, timeout=10000)
    dlg = FeeDialog(win.ops, D(2026, 9, 8), no, detail.papers.data["items"])
    qtbot.addWidget(dlg)
    assert dlg.on.date() == QDate(2026, 9, 8)
    qtbot.keyClicks(dlg.amount, "12000")
    ok_button(dlg).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    # the case window learns of it from the hub
    qtbot.waitUntil(lambda: "12,000.00" in detail.papers.fees_label.text(), timeout=10000)
    live = [f for f in detail.papers.data["fees"] if f["in_force"]]
    assert [f["recorded_on"] for f in live] == ["2026-09-08"]
    w = WithdrawFeeDialog(win.ops, D(2026, 9, 9), live)
    qtbot.addWidget(w)
    w.reason.insert("误录")
    ok_button(w).click()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: not any(f["in_force"] for f in detail.papers.data["fees"]), timeout=10000)
