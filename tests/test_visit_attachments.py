"""Attachments on visits (issue 18: "attachments (photos, scanned lists) as for cases"): added
through the CLI, listed with the visit, named in the 走访记录 PDF, carried by sync; hostile files
refused with nothing changed."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.services import visits as vs
from app.store import Store
from tests.helpers import db_digest, ok, pdf_text, refused

AS_OF = "2026-11-20"


def _photo(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (320, 240), (30, 120, 200)).save(path, "JPEG")
    return path


def _visit(db: Path) -> str:
    return ok(db, "visit", "add", "--on", "2026-11-02", "--party", "招商局", "--township", "西周镇",
              "--topic", "招商引资项目", "--findings", "一家船舶企业有意落户", "--no-action")


def _stored_files(db: Path) -> set[Path]:
    folder = db.parent / "attachments"
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_a_visit_photo_lists_prints_and_survives_a_sync_round_trip(trio, tmp_path):
    a, b, _sup = trio
    a.store.dispose()  # the CLI writes a's file: a's store re-reads it after
    v = _visit(a.path)
    photo = _photo(tmp_path / "走访现场.jpg")
    att = ok(a.path, "visit", "attach", v, str(photo))
    rows = json.loads(ok(a.path, "visit", "list", "--as-of", AS_OF, "--json"))
    files = rows[0]["attachments"]
    assert [(f["id"], f["file_name"], f["media_type"], f["owner_kind"], f["owner_ref"]) for f in files] == [
        (att, "走访现场.jpg", "image/jpeg", "visit", v)]
    assert Path(files[0]["path"]).exists() and "走访现场" not in files[0]["path"]
    assert files[0]["thumbnail"] and Path(files[0]["thumbnail"]).exists()
    pdf = tmp_path / "visit.pdf"
    ok(a.path, "visit", "pdf", v, "--as-of", AS_OF, "--out", str(pdf))
    assert "附件" in pdf_text(pdf) and "走访现场.jpg" in pdf_text(pdf)
    a.store = Store.open(a.path)
    b.receive(a.send(b))
    with a.store.reader() as sa, b.store.reader() as sb:
        here, there = vs.list_visits(sa, dt.date(2026, 11, 20)), vs.list_visits(sb, dt.date(2026, 11, 20))
    strip = [{k: f[k] for k in f if k not in ("path", "thumbnail")} for f in there[0]["attachments"]]
    assert strip == [{k: f[k] for k in f if k not in ("path", "thumbnail")} for f in here[0]["attachments"]]
    got = Path(there[0]["attachments"][0]["path"])
    assert got.exists() and got.parent.parent == b.path.parent / "attachments"
    assert got.read_bytes() == photo.read_bytes()


def test_a_hostile_or_unknown_file_is_refused_and_nothing_changes(db_path, tmp_path):
    db = db_path
    v = _visit(db)
    notes = tmp_path / "清单.jpg"
    notes.write_text("not a photo at all", encoding="utf-8")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50)
    link = tmp_path / "link.jpg"
    link.symlink_to(_photo(tmp_path / "real.jpg"))
    before, stored = db_digest(db), _stored_files(db)
    assert "JPEG" in refused(db, "visit", "attach", v, str(notes))
    refused(db, "visit", "attach", v, str(broken))
    refused(db, "visit", "attach", v, str(link))
    refused(db, "visit", "attach", v, str(tmp_path / "missing.jpg"))
    refused(db, "visit", "attach", "no-such-visit", str(tmp_path / "real.jpg"))
    assert db_digest(db) == before and _stored_files(db) == stored
    assert json.loads(ok(db, "visit", "list", "--as-of", AS_OF, "--json"))[0]["attachments"] == []


def test_the_visits_tab_attaches_a_file_to_the_selected_visit(qtbot, db_path, app_zh, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from tests.helpers import open_window, wait_idle

    v = _visit(db_path)
    photo = _photo(tmp_path / "签到表.jpg")
    win = open_window(qtbot, db_path, dt.date(2026, 11, 20))
    win.show_page("before")
    page = win.before_page
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.visits_model.rowCount() == 1, timeout=20000)
    assert not page.btn_visit_attach.isEnabled() and page.btn_visit_attach.text() == "添加附件…"
    page.visits_table.selectRow(0)
    assert page.btn_visit_attach.isEnabled()
    # the file dialog is Qt's (modal, native): it answers with the photo
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    qtbot.mouseClick(page.btn_visit_attach, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(page.data["visits"][0]["attachments"]), timeout=10000)
    page.visits_table.selectRow(0)
    assert "签到表.jpg" in page.visit_detail.text()
    with win.store.reader() as s:
        assert [a["file_name"] for a in vs.list_visits(s, dt.date(2026, 11, 20))[0]["attachments"]] == ["签到表.jpg"]
        assert vs.list_visits(s, dt.date(2026, 11, 20))[0]["id"] == v
