"""Input that cannot deceive (issue 15): the wheel over a result combo does not change it, and
"All others pass" fills only the items not yet judged."""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.helpers import cli, ok, open_window, wait_idle

D = dt.date


def _wheel(widget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget``, as the window system sends it."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    ev = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * steps), Qt.NoButton,
                     Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)


def _items(db, inspection) -> dict[str, str | None]:
    view = json.loads(ok(db, "inspect", "items", inspection, "--json"))
    return {it["code"]: it["result"] for it in view["items"]}


def _inspection_dialog(qtbot, case_at_mid):
    from ui.field_dialogs import InspectionDialog

    db, no = case_at_mid
    insp = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12", "--inspectors", "张伟")
    win = open_window(qtbot, db, D(2026, 10, 20))
    dlg = InspectionDialog(win.ops, win.as_of, insp, win.open_document, win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.data is not None, timeout=10000)
    return win, dlg, db, insp


def test_wheel_over_an_unfocused_result_combo_changes_nothing(qtbot, app_zh, case_at_mid):
    win, dlg, db, insp = _inspection_dialog(qtbot, case_at_mid)
    code = next(it["code"] for it in dlg.data["items"] if it["kind"] != "measure")
    row = dlg._row_of(code)
    dlg.set_item(code, "pass")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: _items(db, insp)[code] == "pass", timeout=10000)
    combo = dlg.table.cellWidget(row, 3)
    assert combo.currentData() == "pass" and not combo.hasFocus()
    for _ in range(3):
        _wheel(combo, -1)  # scrolling down the checklist over this combo
    wait_idle(qtbot, win)
    assert combo.currentData() == "pass"
    assert _items(db, insp)[code] == "pass"  # nothing saved either
    # once the person has chosen the field, the wheel is theirs (so the test above can fail)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=5000)
    _wheel(combo, -1)
    assert combo.currentData() != "pass"


def test_all_others_pass_keeps_a_recorded_fail_and_leaves_measured_items(qtbot, app_zh, case_at_mid):
    win, dlg, db, insp = _inspection_dialog(qtbot, case_at_mid)
    items = dlg.data["items"]
    checked = [it["code"] for it in items if it["kind"] != "measure"]
    measured = [it["code"] for it in items if it["kind"] == "measure"]
    assert measured, "the checklist should have measured items for this test"
    failed = checked[1]
    dlg.set_item(failed, "fail", note="槽钢未接地")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: _items(db, insp)[failed] == "fail", timeout=10000)
    assert dlg.btn_pass_rest.isEnabled()
    qtbot.mouseClick(dlg.btn_pass_rest, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: all(_items(db, insp)[c] for c in checked), timeout=10000)
    results = _items(db, insp)
    assert results[failed] == "fail"
    assert all(results[c] == "pass" for c in checked if c != failed)
    assert all(results[c] is None for c in measured)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=5000)
    assert measured[0] in dlg.error.text()
    qtbot.waitUntil(lambda: not dlg.btn_pass_rest.isEnabled(), timeout=5000)


def test_pass_rest_from_the_cli(case_at_mid):
    db, no = case_at_mid
    insp = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12")
    before = _items(db, insp)
    first = next(iter(before))
    ok(db, "inspect", "set", insp, first, "--result", "na")
    out = json.loads(ok(db, "inspect", "pass-rest", insp, "--json"))
    after = _items(db, insp)
    assert after[first] == "na" and first not in out["passed"]
    assert set(out["passed"]) == {c for c, r in after.items() if r == "pass"}
    assert all(after[c] is None for c in out["measured_left"])
    assert json.loads(ok(db, "inspect", "pass-rest", insp, "--json"))["passed"] == []  # nothing left to pass
    r = cli(db, "inspect", "pass-rest", "no-such-inspection")
    assert r.returncode != 0 and "Traceback" not in r.stderr
