"""Field work through the real widgets: survey with a dropped photo, an inspection with two
failures, the notice PDF, the closed loop, the handbook and the batch print."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.helpers import answer_box, hold_meeting, ok_button, open_window, pdf_text, wait_idle

D = dt.date


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")


@pytest.fixture
def case_ready_for_mid(db_path):
    from app.services import cases as svc
    from app.store import Store

    store = Store.open(db_path)
    with store.session() as s:
        no = svc.create_case(s, customer_name="象山宏远船舶修造有限公司", account_no="3300000007", capacity_kva=1250,
                             dual_source=True, applied_on=D(2026, 9, 1)).case_no
    for stage, day in (("ACCEPT", D(2026, 9, 2)), ("SURVEY", D(2026, 9, 4)), ("PLAN", D(2026, 9, 8)), ("FEES", D(2026, 9, 9))):
        with store.session() as s:
            if stage == "PLAN":
                hold_meeting(s, no, day)  # 1250 kVA: the review meeting approves the plan first
            svc.finish_stage(s, no, stage, day)
    from app.services import design_review

    with store.session() as s:  # 1250 kVA, not a typical design: a joint review
        design_review.open_review(s, no, D(2026, 10, 8))
        design_review.set_participants(s, no, "张伟:生产,李海燕:营销,王强:供电所")
    with store.session() as s:
        design_review.close_review(s, no, D(2026, 10, 9), "approved")
    store.dispose()
    return db_path, no


def _detail(qtbot, win, no):
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None and d.field.overview is not None, timeout=10000)
    wait_idle(qtbot, win)
    return d


def test_survey_dialog_with_dropped_photo(qtbot, app_zh, case_ready_for_mid, tmp_path):
    from PIL import Image

    db, no = case_ready_for_mid
    win = open_window(qtbot, db, D(2026, 10, 12))
    d = _detail(qtbot, win, no)
    dlg = d.field.edit_survey()
    dlg.substation.insert("丹城变")
    dlg.feeder.insert("丹城线")
    dlg.pole.insert("12号杆")
    dlg.metering.setCurrentIndex(dlg.metering.findData("HV"))
    qtbot.keyClicks(dlg.ct, "100/5")
    dlg._add_transformer(2, "oil", 630)
    photo = tmp_path / "杆位.png"
    Image.new("RGB", (300, 200), (10, 120, 200)).save(photo)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    dlg.dropEvent(drop)  # Qt delivers OS drops only during a real drag; the handler gets the same event
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: dlg.photos.count() == 1 or dlg.error.isVisible(), timeout=10000)
    assert dlg.photos.count() == 1, dlg.error.text()
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(d.field.overview and d.field.overview["survey"]), timeout=10000)
    sv = d.field.overview["survey"]
    assert sv["metering"] == "HV" and sv["transformers"] == [{"count": 2, "type": "oil", "kva": 630.0}]
    assert "丹城变" in d.field.survey_label.text()


def test_inspection_two_failures_notice_and_closed_loop(qtbot, app_zh, case_ready_for_mid):
    from ui.field_dialogs import InspectionDialog

    db, no = case_ready_for_mid
    win = open_window(qtbot, db, D(2026, 10, 20))
    d = _detail(qtbot, win, no)
    assert "中间检查" in d.btn_next.text()
    start = d._next()
    start.inspectors.setText("张伟,陈工")
    qtbot.mouseClick(ok_button(start), Qt.LeftButton)
    qtbot.waitUntil(lambda: not start.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    insp = next(w for w in QApplication.topLevelWidgets() if isinstance(w, InspectionDialog) and w.isVisible())
    qtbot.waitUntil(lambda: insp.data is not None, timeout=10000)
    for it in insp.data["items"]:
        if it["code"] == "M-GND-05":
            insp.set_item("M-GND-05", value="6.2")
        elif it["code"] == "M-CIV-03":
            insp.set_item("M-CIV-03", "fail", note="槽钢未接地")
        elif it["kind"] == "measure":
            insp.set_item(it["code"], value="0.8")
        else:
            insp.set_item(it["code"], "pass")
        wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: all(i["result"] for i in insp.data["items"]), timeout=10000)
    gnd = next(i for i in insp.data["items"] if i["code"] == "M-GND-05")
    assert gnd["result"] == "fail"  # judged from the measured value against ≤ 4 Ω
    win.set_as_of(D(2026, 10, 21))  # closed the next day: a date after the window's day is refused (issue 15)
    wait_idle(qtbot, win)
    insp.close_on.setDate(QDate(2026, 10, 21))
    qtbot.mouseClick(insp.btn_close, Qt.LeftButton)
    answer_box(qtbot, insp, "confirmCloseInspection")  # closing asks first (issue 15)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: insp.data["closed_on"] == "2026-10-21", timeout=10000)
    assert insp.btn_notice.isEnabled()
    qtbot.mouseClick(insp.btn_notice, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(getattr(win, "last_document", None)), timeout=20000)
    pdf = Path(win.last_document)
    text = pdf_text(pdf)
    assert "槽钢未接地" in text and "6.2" in text and "象山宏远船舶修造有限公司" in text
    insp.close()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: len(d.field.overview["rectification"]) == 2, timeout=10000)
    assert d.field.items.rowCount() == 2

    # the stage cannot pass while the items are open, and the dialog says which
    win.set_as_of(D(2026, 10, 26))
    wait_idle(qtbot, win)
    from app.services import cases as svc
    from ui.case_dialogs import StageActionDialog

    with win.store.session() as s:  # the customer asks for re-inspection: round 2 starts
        svc.start_stage(s, no, "MID_INSPECTION", D(2026, 10, 26))
    d.reload()
    wait_idle(qtbot, win)
    dlg = StageActionDialog(win.ops, win.as_of, d.view, "finish", "MID_INSPECTION", parent=win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10000)
    assert "整改项" in dlg.error.text() and "#1" in dlg.error.text() and "#2" in dlg.error.text()
    dlg.close()
    # close both items through the panel, then the stage passes
    for _ in range(2):
        d.field.items.setCurrentCell(0, 0)
        c = d.field._close_item()
        c.on.setDate(QDate(2026, 10, 26))
        qtbot.mouseClick(ok_button(c), Qt.LeftButton)
        qtbot.waitUntil(lambda: not c.isVisible(), timeout=10000)
        wait_idle(qtbot, win)
        d.field.reload()
        wait_idle(qtbot, win)
    assert not any(i["open"] for i in d.field.overview["rectification"])
    dlg = StageActionDialog(win.ops, win.as_of, d.view, "finish", "MID_INSPECTION", parent=win)
    qtbot.addWidget(dlg)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: d.view["current_stage"] in (None, "COMPLETION_INSPECTION") or "竣工" in d.btn_next.text(),
                    timeout=10000)

    # handbook and the batch print of open notices
    qtbot.mouseClick(d.field.btn_handbook, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "验收手册" in str(getattr(win, "last_document", "")), timeout=20000)
    assert Path(win.last_document).exists()


def test_batch_print_reports_nothing_to_print(qtbot, app_zh, db_path):
    win = open_window(qtbot, db_path, D(2026, 10, 20))
    win.print_open_notices()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(getattr(win, "last_error", None)), timeout=10000)
    assert "整改" in win.last_error


__all__ = ["QDialogButtonBox", "os"]
