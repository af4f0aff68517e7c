"""The workbench's side of the keys (issue 13 §4, left over): the first encryption of a large old
plain file runs off the GUI thread behind a progress window (and Cancel leaves the file as it was);
Settings reissues a lost recovery key and shows the new one with the first run's confirmation."""
from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app import keyed
from app.store import Store
from tests.helpers import open_window, plain_padded_db, raw_connect, wait_idle

PAD_MB = 24  # large enough that the copy takes a moment, small enough for the suite's budget


def _large_plain(template_db: Path, dest: Path, mb: int = PAD_MB) -> dict:
    return plain_padded_db(template_db, dest, mb)


def _counts(path: Path) -> dict:
    con = raw_connect(path)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("calendar_day", "meta", "pad_notes")}
    finally:
        con.close()


def test_the_first_encryption_shows_its_progress_and_the_window_stays_responsive(qtbot, app_zh, tmp_path,
                                                                                  template_db):
    from ui.first_encrypt import FirstEncryptionDialog

    db = tmp_path / "old" / "zaosong.db"
    want = _large_plain(template_db, db)
    dlg = FirstEncryptionDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "加密数据库"
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    seen_visible, steps = [], []
    dlg.thread_.progressed.connect(lambda *_: seen_visible.append(dlg.isVisible() and dlg.bar.value()))
    dlg.thread_.progressed.connect(lambda step, share: steps.append((step, share)))
    t0 = time.monotonic()
    dlg.start()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=180000)
    took = time.monotonic() - t0
    timer.stop()
    assert dlg.outcome == "done", dlg.thread_.error
    # the GUI thread kept turning while the file was copied: its timer fired throughout
    during = [t for t in ticks if t - t0 < took]
    assert len(during) >= 5 and max(b - a for a, b in zip([t0, *during], during, strict=False)) < max(2.0, took / 2)
    # the progress rose step by step to the end, with the window shown
    assert any(v for v in seen_visible) and dlg.shares == sorted(dlg.shares) and len(set(dlg.shares)) >= 4
    assert dlg.shares[-1] == 1.0 and dlg.bar.value() == 1000
    # the copy itself reports as it grows (sqlcipher_export alone said nothing until it ended)
    assert len({share for step, share in steps if step == "encrypt" and 0 < share < 1}) >= 1, steps
    assert not keyed.is_plain(db) and _counts(db) == want
    assert dlg.recovery and keyed.pending_recovery(db) == dlg.recovery  # shown once the window opens
    assert not list(db.parent.glob("*.part"))


def test_cancel_during_the_first_encryption_leaves_the_plain_file_as_it_was(qtbot, app_zh, tmp_path, template_db):
    from ui.first_encrypt import FirstEncryptionDialog

    db = tmp_path / "old" / "zaosong.db"
    _large_plain(template_db, db)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    dlg = FirstEncryptionDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    at = []

    def cancel_midway(step: str, share: float) -> None:
        if step == "encrypt" and share > 0 and dlg.cancel_button.isEnabled():  # while the copy is written
            at.append(step)
            dlg.cancel_button.click()

    dlg.thread_.progressed.connect(cancel_midway)
    dlg.start()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=180000)
    assert at == ["encrypt"] and dlg.outcome == "cancelled" and dlg.step.text() == "正在停止…"
    assert keyed.is_plain(db) and hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert not list(db.parent.rglob("*.part")) and not list(db.parent.rglob("pre-encrypt-*"))
    Store.open(db).dispose()  # the next start encrypts it after all
    assert not keyed.is_plain(db)


def _answer_yes(seen: dict) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, lambda: _answer_yes(seen))
        return
    seen["text"] = box.text()
    box.button(QMessageBox.Yes).click()


def test_settings_reissue_a_lost_recovery_key(qtbot, app_zh, tmp_path):
    from app.services import cases as svc

    db = tmp_path / "data" / "zaosong.db"
    Store.open(db, user="张伟").dispose()
    old = keyed.pending_recovery(db)
    keyed.confirm_recovery(db)  # written down, then lost
    win = open_window(qtbot, db, dt.date(2026, 11, 27))
    page = win.settings_page
    assert page.reissue_button.text() == "重新签发恢复密钥…" and page.reissue_button.isVisibleTo(page)
    seen: dict = {}
    QTimer.singleShot(50, lambda: _answer_yes(seen))
    page.reissue_button.click()
    assert "旧恢复密钥将不再能打开" in seen["text"]
    qtbot.waitUntil(lambda: page.reissue_dialog is not None, timeout=60000)
    assert page.reissue_progress.objectName() == "reissueProgress"
    dlg = page.reissue_dialog
    new = dlg.key.text()
    assert new != old and keyed.pending_recovery(db) == new and "旧的恢复密钥已不能" in dlg.findChildren(
        type(dlg.key))[0].text()
    assert "已签发新的恢复密钥" in page.message.text()
    done = dlg.buttons.button(QDialogButtonBox.Ok)
    assert not done.isEnabled()
    dlg.written.setChecked(True)
    done.click()
    assert keyed.pending_recovery(db) is None
    salt = keyed.salt_of(db)
    for key, opens in ((new, True), (old, False)):
        assert keyed.opens(db, keyed.literal(keyed.derive_key(keyed.parse_recovery(key), salt), salt)) is opens
    # the window goes on writing, into the new file with the new key
    wait_idle(qtbot, win)
    with win.store.session() as s:
        svc.create_case(s, customer_name="丹城机械厂", account_no="3900000001", capacity_kva=630,
                        applied_on=dt.date(2026, 11, 2))
    win.store.dispose()
    con = raw_connect(db)
    try:
        assert con.execute('SELECT count(*) FROM "case"').fetchone()[0] == 1
    finally:
        con.close()


def test_the_workbench_encrypts_an_old_plain_file_at_start(tmp_path, template_db):
    """The real program (`zaosong-gui --exit-when-ready`) on an old plain file: encrypted behind the
    progress window, then opened."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    db = tmp_path / "old" / "zaosong.db"
    want = _large_plain(template_db, db, mb=4)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZAOSONG_HOME": str(db.parent),
           "ZAOSONG_LOG_DIR": str(db.parent / "logs")}
    r = subprocess.run([sys.executable, "-m", "ui", "--db", str(db), "--exit-when-ready"], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=180)
    assert r.returncode == 0, r.stderr
    assert "ready_ms=" in r.stdout and "Traceback" not in r.stderr
    assert not keyed.is_plain(db) and _counts(db) == want
    assert keyed.pending_recovery(db)  # shown to be written down when the window opens
