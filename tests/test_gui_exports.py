"""导出 Excel of the lists that had none (issue 17, export of any list): the rectification items of a
case, a review meeting's agenda, the setting-sheet versions and the sync history (devices and
packages). Each is written to a real .xlsx and read back with openpyxl: the header is what the view
shows, one row a row of the view, the marked rows highlighted, the 说明 sheet says what it is."""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import Store
from app.sync.export import export_package
from tests.helpers import answer_box, ok, open_window, wait_idle

D = dt.date
MARK = "F4CCCC"  # the fill of a highlighted (overdue) row


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")


def _export(qtbot, owner, out):
    written: list[str] = []
    owner.export_excel(path=str(out), on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    assert written == [str(out)]
    return openpyxl.load_workbook(out)


def _shown(table) -> tuple[list[str], int]:
    """The header texts of a QTableWidget's visible columns in visual order, and its row count."""
    hh = table.horizontalHeader()
    cols = [hh.logicalIndex(v) for v in range(hh.count()) if not hh.isSectionHidden(hh.logicalIndex(v))]
    return [table.horizontalHeaderItem(c).text() for c in cols], table.rowCount()


def _marked(ws) -> list[int]:
    return [r for r in range(2, ws.max_row + 1) if (ws.cell(r, 1).fill.fgColor.rgb or "").endswith(MARK)]


def _detail(qtbot, win, no):
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None and d.field.overview is not None, timeout=20000)
    wait_idle(qtbot, win)
    return d


def _fill(db, ins, fail: str) -> None:
    for it in json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]:
        if it["code"] == fail:
            ok(db, "inspect", "set", ins, it["code"], "--result", "fail", "--note", "柜门未接地")
        elif it["kind"] == "measure":
            ok(db, "inspect", "set", ins, it["code"], "--value", "0.8" if it["limit"].get("min") else "2.1")
        else:
            ok(db, "inspect", "set", ins, it["code"], "--result", "pass")


def test_rectification_items_export_as_shown_with_the_late_ones_marked(qtbot, app_zh, case_at_mid, tmp_path):
    db, no = case_at_mid
    ins = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-20", "--inspectors", "张伟,李海燕")
    items = json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]
    fail = [it["code"] for it in items if it["kind"] != "measure"][:2]
    _fill(db, ins, fail[0])
    ok(db, "inspect", "set", ins, fail[1], "--result", "fail", "--note", "=SUM(A1)")  # formula-like: stays text
    assert ok(db, "inspect", "close", ins, "--on", "2026-10-20") == "rectify"
    rect = json.loads(ok(db, "rectify", "list", no, "--json"))
    ok(db, "rectify", "close", rect[0]["id"], "--on", "2026-10-22", "--by", "张伟")
    win = open_window(qtbot, db, D(2026, 12, 20))  # well past the deadlines: the open one is late
    d = _detail(qtbot, win, no)
    table = d.field.items
    assert table.rowCount() == 2 and d.field.btn_export.text() == "导出 Excel"
    wb = _export(qtbot, d.field, tmp_path / "整改项.xlsx")
    ws = wb["整改项"]
    header, rows = _shown(table)
    assert [c.value for c in ws[1]] == header == ["序号", "部位", "整改要求", "截止日期", "状态"]
    assert ws.max_row - 1 == rows == 2
    assert [ws.cell(r, 1).value for r in range(2, 4)] == [table.item(r, 0).text() for r in range(2)]
    still_open = {it["id"] for it in d.field.overview["rectification"] if it["open"]}
    late = [r for r in range(2) if table.item(r, 0).data(Qt.UserRole) in still_open]
    assert _marked(ws) == [r + 2 for r in late] and len(late) == 1  # the closed one is not marked
    assert any("=SUM(A1)" in str(ws.cell(r, 3).value) for r in range(2, 4))
    about = dict(wb["说明"].iter_rows(values_only=True))
    assert about["内容"] == "整改项" and about["筛选:工单号"] == no and about["截至日期"] == "2026-12-20"


def test_meeting_agenda_exports_as_shown(qtbot, app_zh, db_path, tmp_path):
    db = db_path
    no, other = (ok(db, "case", "new", "--customer", name, "--account", account, "--kva", "2000",
                    "--applied", "2026-09-01") for name, account in (("甲公司", "3300000001"), ("乙公司", "3300000002")))
    meeting = ok(db, "meeting", "new", "--on", "2026-09-15 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, no)
    ok(db, "meeting", "add", meeting, other)
    win = open_window(qtbot, db, D(2026, 9, 10))
    page = win.meetings_page
    win.show_page("meetings")
    page.show_month(2026, 9)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(m["id"] == meeting for m in page.meetings), timeout=10000)
    page.select_meeting(meeting)
    qtbot.waitUntil(lambda: page.current() is not None and page.current()["id"] == meeting, timeout=10000)
    assert page.agenda.rowCount() == 2 and page.btn_export.text() == "导出 Excel"
    wb = _export(qtbot, page, tmp_path / "议程.xlsx")
    ws = wb["议程"]
    header, rows = _shown(page.agenda)
    assert [c.value for c in ws[1]] == header and "工单号" in header
    assert ws.max_row - 1 == rows == 2
    col = header.index("工单号") + 1
    assert [ws.cell(r, col).value for r in (2, 3)] == [page.agenda.item(r, 1).text() for r in range(2)]
    about = dict(wb["说明"].iter_rows(values_only=True))
    assert about["内容"] == "评审会议程" and "三楼会议室" in about["筛选:会议"]


def test_setting_sheet_versions_export_as_listed(qtbot, app_zh, surveyed_case, tmp_path):
    db, no = surveyed_case
    win = open_window(qtbot, db, D(2026, 9, 10))
    d = _detail(qtbot, win, no)
    dlg = d.field.setting_sheet()
    dlg.save()
    qtbot.waitUntil(lambda: dlg.sheets.count() == 1, timeout=10000)
    dlg.uk.setValue(5.5)
    dlg.save()
    qtbot.waitUntil(lambda: dlg.sheets.count() == 2, timeout=10000)
    assert dlg.btn_export.text() == "导出 Excel"
    wb = _export(qtbot, dlg, tmp_path / "整定单.xlsx")
    ws = wb["整定单版本"]
    assert [c.value for c in ws[1]] == ["版本"]  # the list's label
    assert [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)] == [dlg.sheets.item(i).text() for i in range(2)]
    assert dict(wb["说明"].iter_rows(values_only=True))["筛选:工单号"] == no
    dlg.close()


def test_sync_history_exports_the_devices_with_the_untrusted_marked(qtbot, app_zh, tmp_path, db_path):
    other = Store.open(tmp_path / "other" / "zaosong.db", user="李海燕", device_name="李海燕的笔记本")
    package = tmp_path / "p1.zsync"
    export_package(other, package)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.sync_page
    win.show_page("sync")
    wait_idle(qtbot, win)
    page.preview(package)  # an unknown laptop: asked to trust it, cancelled, it waits for trust
    wait_idle(qtbot, win)
    answer_box(qtbot, page, "trustAndImport", QMessageBox.Cancel)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.device_table.rowCount() == 2, timeout=10000)
    assert page.btn_export_devices.text() == "导出 Excel"
    wb = _export(qtbot, page, tmp_path / "同步.xlsx")
    ws = wb["同步记录"]
    header, rows = _shown(page.device_table)
    assert [c.value for c in ws[1]] == header == ["设备", "状态", "指纹", "已收", "已发"]
    assert ws.max_row - 1 == rows == 2
    names = [ws.cell(r, 1).value for r in (2, 3)]
    assert names == [page.device_table.item(r, 0).text() for r in range(2)]
    assert _marked(ws) == [names.index("李海燕的笔记本") + 2]  # not trusted: its packages are not taken
    assert isinstance(ws.cell(2, 4).value, int)  # package counts are numbers

    # without on_done the user is told, in Chinese, and offered to open the file: the texts were
    # looked up under the page's class, so the count stayed English and 打开 read 在途 (the case state)
    seen: dict = {}

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_box)
            return
        seen.update(text=box.text(), buttons=[b.text() for b in box.buttons()])
        box.reject()

    QTimer.singleShot(50, read_box)
    page.export_excel(path=str(tmp_path / "again.xlsx"))
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen["text"] == f"已写入 2 行:{tmp_path / 'again.xlsx'}"
    assert "打开" in seen["buttons"] and "在途" not in seen["buttons"]
