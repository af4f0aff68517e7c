"""The sync page through its widgets: trust a device, preview and apply an import, settle a conflict."""
from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import cases as svc
from app.store import Store
from app.sync.export import export_package
from app.sync.importer import import_package
from tests.helpers import answer_box, open_window, visible_box, wait_idle

D = dt.date


_visible_box = visible_box
_answer = answer_box


def test_trust_preview_apply_and_resolve_a_conflict(qtbot, app_zh, tmp_path, db_path):
    other = Store.open(tmp_path / "other" / "zaosong.db", user="李海燕", device_name="李海燕的笔记本")
    with other.session() as s:
        no = svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630,
                             applied_on=D(2026, 11, 2), manager="李海燕").case_no
    p1 = tmp_path / "p1.zsync"
    export_package(other, p1)

    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.sync_page
    win.show_page("sync")
    wait_idle(qtbot, win)
    # an unknown laptop: the import asks to trust it; cancelled, it waits for trust with its fingerprint
    page.preview(p1)
    wait_idle(qtbot, win)
    _answer(qtbot, page, "trustAndImport", QMessageBox.Cancel)
    wait_idle(qtbot, win)
    row = next(i for i, d in enumerate(page.devices) if d["id"] == other.device_id)
    assert page.device_table.item(row, 2).text() == page.devices[row]["fingerprint"]
    page.device_table.selectRow(row)
    page.trust_selected()
    _answer(qtbot, page, "trustConfirm")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(d["id"] == other.device_id and d["trusted"] for d in page.devices), timeout=10000)

    # preview shows what will change; nothing changes until the user agrees
    page.preview(p1)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: _visible_box(page, "importPreview") is not None, timeout=10000)
    assert page.last_summary["dry_run"] and page.last_summary["inserted"]["case"] == 1
    assert not any(r[1] == no for r in win.cases_page.model._rows)
    _answer(qtbot, page, "importPreview")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已导入" in page.status.text(), timeout=10000)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(r[1] == no for r in win.cases_page.model._rows), timeout=10000)

    # both sides change the contact; the package from the other laptop brings a conflict
    with win.store.session() as s:
        svc.edit_case(s, no, contact="王先生")
    time.sleep(0.01)
    with other.session() as s:
        svc.edit_case(s, no, contact="王太太")
    p2 = tmp_path / "p2.zsync"
    export_package(other, p2)
    page.preview(p2)
    wait_idle(qtbot, win)
    _answer(qtbot, page, "importPreview")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=10000)
    assert "(1)" in win.nav.item(win.PAGES.index("sync")).text()
    page.conflict_table.selectRow(0)
    assert page.side_by_side.item(0, 0).text() == "contact"
    assert {page.side_by_side.item(0, 1).text(), page.side_by_side.item(0, 2).text()} == {"王先生", "王太太"}
    mine_col = page.side_by_side.item(0, 1).text()
    qtbot.mouseClick(page.btn_mine, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 0, timeout=10000)
    from app.services.query import case_view

    with win.store.reader() as s:
        assert case_view(s, no)["contact"] == mine_col == "王先生"

    # export back: the other laptop takes the resolution
    page.peer.setCurrentIndex(page.peer.findData(other.device_id))
    out = tmp_path / "back.zsync"
    page.export_to(out)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    with other.session() as s:
        from app.models import Device

        if s.get(Device, win.store.device_id) is None:
            with win.store.reader() as ws:
                d = ws.get(Device, win.store.device_id)
                s.add(Device(id=d.id, name=d.name, public_key=d.public_key, trusted=True, is_local=False,
                             created_at=d.created_at))
    import_package(other, out)
    with other.reader() as s:
        assert case_view(s, no)["contact"] == "王先生"
    other.dispose()
