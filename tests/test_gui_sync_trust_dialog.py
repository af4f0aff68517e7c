"""Issue 15: sync in the GUI — the first package from a new laptop asks to trust it, with its
fingerprint, and goes on importing; 取消 changes nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.services import cases as svc
from app.store import Store
from app.sync import package as pkg
from tests.helpers import answer_box, content, open_window, visible_box, wait_idle

D = dt.date


def _new_laptop(tmp_path):
    other = Store.open(tmp_path / "other" / "zaosong.db", user="李海燕", device_name="李海燕的笔记本")
    with other.session() as s:
        no = svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630,
                             applied_on=D(2026, 11, 2), manager="李海燕").case_no
    p1 = tmp_path / "p1.zsync"
    pkg.export_package(other, p1)
    from app.models import Device
    from app.sync.keys import fingerprint

    with other.reader() as s:
        fp = fingerprint(s.get(Device, other.device_id).public_key)
    return other, no, p1, fp


def test_a_new_laptop_is_trusted_from_the_import_and_its_case_arrives(qtbot, app_zh, tmp_path, db_path):
    other, no, p1, fp = _new_laptop(tmp_path)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.sync_page
    win.show_page("sync")
    wait_idle(qtbot, win)

    page.preview(p1)
    qtbot.waitUntil(lambda: visible_box(page, "trustAndImport") is not None, timeout=10000)
    box = visible_box(page, "trustAndImport")
    text = box.text()
    assert "李海燕的笔记本" in text and other.device_id in text
    # every group of the fingerprint, numbered and spaced for reading aloud
    for n, group in enumerate(fp.split(), 1):
        assert f"{n}. {' '.join(group)}" in text
    assert box.button(QMessageBox.Yes).text() == "信任并导入" or box.button(QMessageBox.Yes).text() == "Trust and import"
    # no command line, no error box, and the device waits in the list at once (no restart)
    assert "sync trust" not in text
    wait_idle(qtbot, win)
    assert any(d["id"] == other.device_id and d.get("pending") for d in page.devices)
    assert not any(r[1] == no for r in win.cases_page.model._rows)

    answer_box(qtbot, page, "trustAndImport")  # 信任并导入
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: visible_box(page, "importPreview") is not None, timeout=10000)
    assert any(d["id"] == other.device_id and d["trusted"] for d in page.devices)
    assert page.last_summary["dry_run"] and page.last_summary["inserted"]["case"] == 1
    answer_box(qtbot, page, "importPreview")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已导入" in page.status.text(), timeout=10000)
    qtbot.waitUntil(lambda: any(r[1] == no for r in win.cases_page.model._rows), timeout=10000)
    row = next(i for i, d in enumerate(page.devices) if d["id"] == other.device_id)
    assert page.device_table.item(row, 2).text() == fp
    other.dispose()


def test_cancel_trusts_nothing_and_imports_nothing(qtbot, app_zh, tmp_path, db_path):
    other, no, p1, fp = _new_laptop(tmp_path)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.sync_page
    win.show_page("sync")
    wait_idle(qtbot, win)
    before = content(db_path)

    page.preview(p1)
    answer_box(qtbot, page, "trustAndImport", QMessageBox.Cancel)
    wait_idle(qtbot, win)
    assert visible_box(page, "importPreview") is None
    assert content(db_path) == before
    with win.store.reader() as s:
        from app.models import Device

        assert s.get(Device, other.device_id) is None
    assert not any(r[1] == no for r in win.cases_page.model._rows)
    # still waiting for trust in the list, with its fingerprint, to trust later
    d = next(d for d in page.devices if d["id"] == other.device_id)
    assert not d["trusted"] and d["fingerprint"] == fp
    other.dispose()


# --- 2. photos synced to a colleague arrive with their thumbnails ---


def test_a_photo_attached_on_one_laptop_arrives_with_its_thumbnail(trio, tmp_path):
    from PIL import Image

    from app.services import attachments as att
    from tests.helpers import new_case

    a, b, _sup = trio
    no = new_case(a, "和泰电器有限公司", "3300000001")
    photo = tmp_path / "现场照片.jpg"
    Image.new("RGB", (1200, 900), (30, 120, 200)).save(photo, "JPEG")
    a.do(att.add_attachment, no, photo)
    (mine,) = a.do(att.list_attachments, no)
    assert mine["thumbnail"] and Path(mine["thumbnail"]).is_file()

    summary = b.receive(a.send(full=True))
    assert summary["inserted"]["attachment"] == 1
    (theirs,) = b.do(att.list_attachments, no)
    thumb = att.thumb_path(b.store, theirs["sha256"])
    assert theirs["thumbnail"] == str(thumb) and thumb.is_file()
    assert summary["thumbnails_made"] == 1
    with Image.open(thumb) as im:
        assert max(im.size) == att.THUMB_PX
    # a preview (dry run) applies nothing and makes no thumbnail
    thumb.unlink()
    b.receive(a.send(full=True), dry_run=True)
    assert not thumb.exists()
