"""The ledger in the workbench (issue 17): 导入台账… previewed, mapping changed, applied; 导出 Excel."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.models import Case
from app.store import Store
from tests.helpers import open_window, wait_idle
from tests.test_ledger import chinese_ledger

AS_OF = dt.date(2026, 11, 30)
SHOTS = os.environ.get("ZAOSONG_SHOTS")  # a folder: screenshots of the dialog are saved there


def _preview_shown(dialog) -> bool:
    return not dialog.busy() and dialog.report is not None


def test_import_dialog_preview_mapping_apply(qtbot, app_zh, db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    book = chinese_ledger(tmp_path / "台账.xlsx")
    win = open_window(qtbot, db_path, AS_OF)
    win.show_page("cases")
    page = win.cases_page
    assert page.import_button.text() == "导入台账…"
    dialog = page.import_ledger(str(book))
    qtbot.waitUntil(lambda: _preview_shown(dialog), timeout=20000)
    assert "预览" in dialog.counts.text() and "3" in dialog.counts.text()
    assert dialog.rows.rowCount() == 8  # every data row, blank rows aside
    results = {dialog.rows.item(r, 0).text(): dialog.rows.item(r, 1).text() for r in range(dialog.rows.rowCount())}
    assert results["7"] == "未导入" and results["4"] == "新建"
    kva = next(dialog.rows.item(r, 4).text() for r in range(dialog.rows.rowCount()) if dialog.rows.item(r, 0).text() == "4")
    assert kva == "2×630 → 1260"  # summed, and shown as written
    assert "前导零" in next(dialog.rows.item(r, 5).text() for r in range(dialog.rows.rowCount())
                           if dialog.rows.item(r, 0).text() == "7")
    # the 备注 column becomes the contact: the preview runs again with that mapping
    note_row = next(r for r in range(dialog.mapping.rowCount()) if dialog.mapping.item(r, 0).text() == "备注")
    combo = dialog.mapping.cellWidget(note_row, 1)
    before = dialog.report
    combo.setCurrentIndex(combo.findData("contact"))
    qtbot.waitUntil(lambda: _preview_shown(dialog) and dialog.report is not before, timeout=20000)
    assert dialog.report.unmapped_columns == []
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / "ledger_import_zh.png"))
    with Store.open(db_path).reader() as s:  # the preview wrote nothing
        assert s.scalars(select(Case)).all() == []
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: _preview_shown(dialog) and not dialog.report.dry_run, timeout=20000)
    assert "已导入" in dialog.counts.text()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=20000)
    st = Store.open(db_path)
    with st.reader() as s:
        case = s.scalars(select(Case).where(Case.account_no == "3302001001")).one()
        assert case.contact == "客户催办"
    st.dispose()
    errors = dialog.save_errors(str(tmp_path / "错误行.xlsx"))
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0][-1] == "错误原因" and len(rows) == 6
    # the same mapping is remembered for a file with the same headers
    again = page.import_ledger(str(book))
    qtbot.waitUntil(lambda: _preview_shown(again), timeout=20000)
    qtbot.waitUntil(lambda: again.report.unmapped_columns == [], timeout=20000)
    assert again.report.created == 0 and again.report.matched == 3
    again.close()
    dialog.close()




def test_export_cases_and_today(qtbot, app_zh, db_path, tmp_path):
    book = chinese_ledger(tmp_path / "台账.xlsx")
    from tests.helpers import ok

    ok(db_path, "ledger", "import", str(book))
    win = open_window(qtbot, db_path, AS_OF)
    page = win.cases_page
    page.state.setCurrentIndex(page.state.findData(None))  # open and energised: everything
    page.scope.setCurrentIndex(page.scope.findData(None))  # all managers
    wait_idle(qtbot, win)
    written: list[str] = []
    out = tmp_path / "cases.xlsx"
    page.export_excel(path=str(out), on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    wb = openpyxl.load_workbook(out)
    ws = wb["工单"]
    header = [c.value for c in ws[1]]
    shown = [str(page.model.headerData(c, Qt.Horizontal, Qt.DisplayRole)) for c in range(page.model.columnCount())]
    assert header == shown  # the columns the list shows, in its order
    assert ws.max_row - 1 == page.model.rowCount() == 3
    overdue = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).fill.fgColor.rgb.endswith("F4CCCC")]
    assert overdue  # applied 2026-11-02..12 and not moved since: some are overdue on 11-30
    about = dict(wb["说明"].iter_rows(values_only=True))
    assert about["截至日期"] == "2026-11-30" and "规则" in about
    today_out = tmp_path / "today.xlsx"
    win.show_page("today")
    done: list[str] = []
    win.today_page.export_excel(path=str(today_out), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    ws = openpyxl.load_workbook(today_out)["今日预警"]
    assert ws.cell(1, 1).value == "分组" and ws.max_row >= 2
