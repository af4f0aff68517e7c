"""Issue 15: sync in the GUI — the first package from a new laptop asks to trust it, with its
fingerprint, and goes on importing; 取消 changes nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.services import cases as svc
from app.store import Store
from app.sync.export import export_package
from tests.helpers import answer_box, content, open_window, visible_box, wait_idle

D = dt.date


def _new_laptop(tmp_path):
    other = Store.open(tmp_path / "other" / "zaosong.db", user="李海燕", device_name="李海燕的笔记本")
    with other.session() as s:
        no = svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630,
                             applied_on=D(2026, 11, 2), manager="李海燕").case_no
    p1 = tmp_path / "p1.zsync"
    export_package(other, p1)
    from app.device_keys import fingerprint
    from app.models import Device

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

    from app import blobs
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
    thumb = blobs.thumb_path(b.store, theirs["sha256"])
    assert theirs["thumbnail"] == str(thumb) and thumb.is_file()
    assert summary["thumbnails_made"] == 1
    with Image.open(thumb) as im:
        assert max(im.size) == blobs.THUMB_PX
    # a preview (dry run) applies nothing and makes no thumbnail
    thumb.unlink()
    b.receive(a.send(full=True), dry_run=True)
    assert not thumb.exists()


# --- 3. the survey form offers to finish SURVEY on the survey date ---


def _case_at_survey(db_path):
    store = Store.open(db_path)
    with store.session() as s:
        no = svc.create_case(s, customer_name="象山宏远船舶修造有限公司", account_no="3300000007", capacity_kva=630,
                             applied_on=D(2026, 9, 1)).case_no
    with store.session() as s:
        svc.finish_stage(s, no, "ACCEPT", D(2026, 9, 2))  # SURVEY starts by itself
    store.dispose()
    return no


def _survey_dialog(qtbot, win, no):
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None and d.field.overview is not None, timeout=10000)
    wait_idle(qtbot, win)
    return d, d.field.edit_survey()


def _survey_round(win, no):
    from app.services.field import survey_view
    from app.services.query import case_view

    with win.store.reader() as s:
        view = case_view(s, no)
        survey = survey_view(s, no)
    return next(r for r in view["stages"] if r["code"] == "SURVEY"), view, survey


def test_saving_the_survey_finishes_survey_on_the_survey_date(qtbot, app_zh, db_path):
    from PySide6.QtCore import QDate, Qt

    from tests.helpers import ok_button

    no = _case_at_survey(db_path)
    win = open_window(qtbot, db_path, D(2026, 9, 10))
    d, dlg = _survey_dialog(qtbot, win, no)
    box = dlg.finish_survey
    assert box is not None and box.isVisible() and box.isChecked()
    assert box.text() in ("同时完成现场查勘环节(查勘日期)", "Also finish the site survey stage (on the survey date)")
    dlg.on.setDate(QDate(2026, 9, 4))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    rnd, view, survey = _survey_round(win, no)
    assert survey["surveyed_on"] == "2026-09-04"
    assert rnd["finished_on"] == "2026-09-04" and rnd["outcome"] == "pass"
    assert view["current_stage"] == "PLAN"
    qtbot.waitUntil(lambda: d.view["current_stage"] == "PLAN", timeout=10000)
    # SURVEY done: the form no longer offers it
    _d, again = _survey_dialog(qtbot, win, no)
    assert again.finish_survey is None
    again.reject()


def test_a_stage_that_cannot_finish_leaves_the_survey_saved_with_the_reason(qtbot, app_zh, db_path):
    from PySide6.QtCore import QDate, Qt

    from tests.helpers import ok_button

    no = _case_at_survey(db_path)
    win = open_window(qtbot, db_path, D(2026, 9, 10))
    _d, dlg = _survey_dialog(qtbot, win, no)
    dlg.on.setDate(QDate(2026, 9, 11))  # after the window's today: the stage refuses, the survey does not
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in win.findChildren(QMessageBox, "surveyStageNotFinished")),
                    timeout=10000)
    box = next(b for b in win.findChildren(QMessageBox, "surveyStageNotFinished") if b.isVisible())
    assert "2026-09-11" in box.text() and dlg.stage_refusal in box.text()
    assert not dlg.isVisible()
    rnd, view, survey = _survey_round(win, no)
    assert survey["surveyed_on"] == "2026-09-11"
    assert rnd["finished_on"] is None and view["current_stage"] == "SURVEY"
    box.close()

    # unticked: only the survey is saved
    _d, dlg = _survey_dialog(qtbot, win, no)
    dlg.finish_survey.setChecked(False)
    dlg.on.setDate(QDate(2026, 9, 5))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, win)
    rnd, view, survey = _survey_round(win, no)
    assert survey["surveyed_on"] == "2026-09-05" and rnd["finished_on"] is None
    assert not any(b.isVisible() for b in win.findChildren(QMessageBox, "surveyStageNotFinished"))
