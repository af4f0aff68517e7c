"""Length limits (issue 15): every text a person types has one limit, in app.fields; the services
check it and the GUI's fields stop at it (ui.widgets.limit). The GUI limit is a convenience: the
service still refuses an over-long value with the catalogue message. Real windows on real
database files, the real CLI in process."""
from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

from app import fields
from tests.helpers import db_digest, ok, open_window, refused, wait_idle

ROOT = Path(__file__).resolve().parent.parent
D = dt.date


def test_no_service_invents_its_own_limit():
    """check_text's limit is always a definition of app.fields, never a number written in place."""
    written = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name == "fields.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "check_text":
                if len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                    written.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not written, written


def test_over_long_values_are_refused_by_the_services_with_the_catalogue_message(case_at_mid):
    db, no = case_at_mid
    before = db_digest(db)
    err = refused(db, "case", "new", "--customer", "和" * (fields.CUSTOMER_NAME.max_len + 1),
                  "--account", "3300000099", "--kva", "400")
    assert f"户名过长(最多 {fields.CUSTOMER_NAME.max_len} 个字符)" in err
    meeting = json.loads(ok(db, "meeting", "list", "--json"))[0]["id"]
    err = refused(db, "meeting", "decide", meeting, no, "--decision", "approve_with_changes",
                  "--note", "改" * (fields.DECISION_NOTE.max_len + 1))
    assert f"最多 {fields.DECISION_NOTE.max_len} 个字符" in err
    err = refused(db, "case", "correct", no, "--stage", "ACCEPT", "--finished", "2026-09-01", "--reason", "录入错误",
                  "--note", "错" * (fields.CORRECTION_NOTE.max_len + 1))
    assert f"最多 {fields.CORRECTION_NOTE.max_len} 个字符" in err
    insp = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12", "--inspectors", "张伟")
    item = json.loads(ok(db, "inspect", "items", insp, "--json"))["items"][0]["code"]
    after_new = db_digest(db)
    err = refused(db, "inspect", "set", insp, item, "--result", "na", "--note", "注" * (fields.ITEM_NOTE.max_len + 1),
                  env={"ZAOSONG_LANG": "en"})
    assert f"at most {fields.ITEM_NOTE.max_len} characters" in err
    assert db_digest(db) == after_new and before != after_new  # only the inspection was written


def _plain_stops_at(qtbot, edit, n):
    """A QPlainTextEdit pasted past its limit keeps what fits, where it was pasted; typing at the
    limit adds nothing; the text already there is kept."""
    edit.setFocus()
    edit.clear()
    edit.insertPlainText("头" + "中" * (n + 50) + "尾")
    assert len(edit.toPlainText()) == n and edit.toPlainText().startswith("头中")
    edit.clear()
    edit.insertPlainText("甲" * (n - 2) + "尾")  # one short of the limit
    cursor = edit.textCursor()
    cursor.setPosition(1)
    edit.setTextCursor(cursor)
    edit.insertPlainText("XYZ")  # pasted in the middle: only what fits goes in, the end stays
    text = edit.toPlainText()
    assert len(text) == n and text[:2] == "甲X" and text.endswith("甲尾") and "Y" not in text
    qtbot.keyClicks(edit, "abc")
    assert edit.toPlainText() == text


def test_gui_fields_stop_at_the_limits_of_app_fields(qtbot, app_zh, case_at_mid):
    from app.services import meetings
    from app.services.query import case_view
    from app.store import Store
    from ui.case_dialogs import EditCaseDialog
    from ui.correction_dialogs import CorrectionDialog
    from ui.field_dialogs import InspectionDialog
    from ui.meetings_page import DecideDialog

    db, no = case_at_mid
    insp = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12", "--inspectors", "张伟")
    win = open_window(qtbot, db, D(2026, 10, 20))
    before = db_digest(db)

    new = win.new_case_dialog()
    qtbot.addWidget(new)
    qtbot.keyClicks(new.customer, "H" * (fields.CUSTOMER_NAME.max_len + 20))  # keyClicks types ASCII only
    assert new.customer.text() == "H" * fields.CUSTOMER_NAME.max_len
    qtbot.keyClicks(new.account, "330000000123")
    assert new.account.text() == "3300000001"
    new.address.insert("路" * 500)
    assert len(new.address.text()) == fields.ADDRESS.max_len

    st = Store.open(db)
    with st.reader() as s:
        view = case_view(s, no, D(2026, 10, 20))
        m = meetings.list_meetings(s)[0]
    st.dispose()
    edit = EditCaseDialog(win.ops, view)
    qtbot.addWidget(edit)
    edit.customer.setFocus()
    edit.customer.end(False)
    qtbot.keyClicks(edit.customer, "g" * fields.CUSTOMER_NAME.max_len)
    assert len(edit.customer.text()) == fields.CUSTOMER_NAME.max_len and edit.customer.text().startswith(
        view["customer_name"])
    edit.township.lineEdit().insert("镇" * 100)
    assert len(edit.township.currentText()) == fields.TOWNSHIP.max_len

    dlg = InspectionDialog(win.ops, win.as_of, insp, win.open_document, win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.data is not None, timeout=10000)
    note = dlg.table.cellWidget(0, 5)
    note.insert("注" * (fields.ITEM_NOTE.max_len + 5))
    assert len(note.text()) == fields.ITEM_NOTE.max_len

    decide = DecideDialog(win.ops, m, m["agenda"][0], win)
    qtbot.addWidget(decide)
    _plain_stops_at(qtbot, decide.note, fields.DECISION_NOTE.max_len)

    corr = CorrectionDialog(win.ops, view, None)
    qtbot.addWidget(corr)
    _plain_stops_at(qtbot, corr.note, fields.CORRECTION_NOTE.max_len)

    wait_idle(qtbot, win)
    assert db_digest(db) == before  # typing saves nothing


def test_a_note_typed_on_two_lines_is_recorded_not_refused(qtbot, app_zh, surveyed_case):
    """The services keep a note on one line (a line break is a control character to them and to
    sync); a several-line box in the GUI hands its lines joined by '；' instead of a refusal."""
    from PySide6.QtCore import Qt

    from tests.helpers import ok_button

    db, no = surveyed_case
    win = open_window(qtbot, db, D(2026, 9, 30))
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    qtbot.mouseClick(detail.btn_correct, Qt.LeftButton)
    c = detail.last_dialog
    i = next(k for k in range(c.entry.count()) if tuple(c.entry.itemData(k)) == ("stage", "ACCEPT", 1, "finished_on"))
    c.entry.setCurrentIndex(i)
    c.value.setText("2026-09-01")
    c.reason.setCurrentIndex(c.reason.findData("ENTRY_ERROR"))
    c.note.setPlainText("客户来电核实\n\n受理单日期写错  ")
    qtbot.mouseClick(ok_button(c), Qt.LeftButton)
    qtbot.waitUntil(lambda: not c.isVisible() or c.error.isVisible(), timeout=10000)
    assert not c.isVisible(), c.error.text()
    wait_idle(qtbot, win)
    history = json.loads(ok(db, "case", "history", no, "--json"))
    assert [x["note"] for x in history["corrections"]] == ["客户来电核实；受理单日期写错"]
