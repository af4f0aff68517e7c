"""pg_sync (issue 22): the sync page on a server database, through its widgets: a refused laptop
waits for trust in the database, is trusted from the page, its package previewed and applied, and
the page's export writes a package the laptop takes (the GUI's export is the CLI's)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from app.models import Device
from app.services import cases as svc
from app.store import Store
from app.sync.export import export_package
from app.sync.importer import import_package
from tests.helpers import answer_box, open_window, visible_box, wait_idle

D = dt.date


def test_the_sync_page_on_a_server_trusts_imports_and_exports(qtbot, app_zh, tmp_path, pg_url, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    other = Store.open(tmp_path / "lap" / "zaosong.db", user="李海燕", device_name="李海燕的笔记本")
    try:
        with other.session() as s:
            no = svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630,
                                 applied_on=D(2026, 11, 2), manager="李海燕").case_no
        p1 = tmp_path / "p1.zsync"
        export_package(other, p1)
        win = open_window(qtbot, pg_url, D(2026, 11, 20))
        page = win.sync_page
        win.show_page("sync")
        wait_idle(qtbot, win)
        page.preview(p1)
        wait_idle(qtbot, win)
        answer_box(qtbot, page, "trustAndImport", QMessageBox.Cancel)
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: any(d["id"] == other.device_id and d.get("pending") for d in page.devices),
                        timeout=10000)
        row = next(i for i, d in enumerate(page.devices) if d["id"] == other.device_id)
        page.device_table.selectRow(row)
        page.trust_selected()
        answer_box(qtbot, page, "trustConfirm")
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: any(d["id"] == other.device_id and d["trusted"] for d in page.devices),
                        timeout=10000)
        page.preview(p1)
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: visible_box(page, "importPreview") is not None, timeout=10000)
        answer_box(qtbot, page, "importPreview")
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: "已导入" in page.status.text(), timeout=10000)
        # the server edits the case and sends it back from the page
        with win.store.session() as s:
            svc.edit_case(s, no, contact="市局王先生")
        page.peer.setCurrentIndex(page.peer.findData(other.device_id))
        out = tmp_path / "back.zsync"
        page.export_to(out)
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
        assert out.exists() and page.last_export["counts"]["case"] == 1
        with win.store.reader() as ws, other.session() as s:
            d = ws.get(Device, win.store.device_id)
            s.add(Device(id=d.id, name=d.name, public_key=d.public_key, trusted=True, is_local=False,
                         created_at=d.created_at))
        assert import_package(other, out)["updated"]["case"] == 1
        from app.services.query import case_view

        with other.reader() as s:
            assert case_view(s, no)["contact"] == "市局王先生"
    finally:
        other.dispose()
