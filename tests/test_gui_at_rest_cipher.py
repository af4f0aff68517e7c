"""The recovery key in the workbench (issue 13 §4): shown until the user confirms having written it
down, and asked for when the database's key is not on this computer."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app import keyed
from app.store import Store


def test_the_recovery_key_dialog_confirms_only_when_ticked(qtbot, app_zh, tmp_path):
    from ui.recovery_key import RecoveryKeyDialog

    db = tmp_path / "zaosong.db"
    Store.open(db, user="张伟").dispose()
    key = keyed.pending_recovery(db)
    assert key
    dlg = RecoveryKeyDialog(db, key)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.key.text() == key and dlg.windowTitle() == "恢复密钥"
    done = dlg.buttons.button(QDialogButtonBox.Ok)
    assert not done.isEnabled()  # no confirming without the tick
    dlg.buttons.button(QDialogButtonBox.Cancel).click()
    assert keyed.pending_recovery(db) == key  # "later": shown again at the next start
    dlg = RecoveryKeyDialog(db, key)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.written.setChecked(True)
    dlg.buttons.button(QDialogButtonBox.Ok).click()
    assert keyed.pending_recovery(db) is None
    # and no longer anywhere on this computer
    for p in Path(os.environ["ZAOSONG_KEY_DIR"]).glob("*"):
        assert key.encode() not in p.read_bytes()


def test_the_unlock_dialog_says_a_wrong_key_and_opens_with_the_right_one(qtbot, app_zh, tmp_path, monkeypatch):
    from ui.recovery_key import UnlockDialog

    db = tmp_path / "zaosong.db"
    Store.open(db, user="张伟").dispose()
    key = keyed.pending_recovery(db)
    salt = keyed.salt_of(db)
    # another computer: a key folder without this database's key (and a new process: no cache)
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "other-keys"))
    monkeypatch.setattr(keyed, "_cache", {})
    assert keyed.held_key(salt) is None
    dlg = UnlockDialog(db, "key missing")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.entry.setText(keyed.format_recovery(bytes(20)))
    dlg.buttons.button(QDialogButtonBox.Ok).click()
    assert dlg.error.isVisible() and "恢复密钥打不开" in dlg.error.text() and not dlg.result()
    assert keyed.held_key(salt) is None  # nothing stored
    dlg.entry.setText(key)
    dlg.buttons.button(QDialogButtonBox.Ok).click()
    assert dlg.result() and keyed.held_key(salt)
    Store.open(db).dispose()
