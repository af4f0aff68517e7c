"""The recovery key of the encrypted database (issue 13 §4): shown at first run or after the
encryption of an older file, until the user confirms having written it down; and asked for when
the database (or a backup put in its place) was made on another computer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app import keyed
from app.errors import Refused
from ui.widgets import plain_text


class RecoveryKeyDialog(QDialog):
    """The key, and a box to tick: only then is it removed from this computer's keyring. Closed
    without the tick, it is shown again at the next start."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        plain_text(self)
        super().showEvent(event)

    def __init__(self, db_path: Path, key: str, parent=None, reissued: bool = False) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Recovery key"))
        self.setObjectName("recoveryKeyDialog")
        if reissued:  # the same confirmation as at the first run, for the key that replaced a lost one
            intro = QLabel(self.tr("This is the new recovery key of your database and its backups; the old one no "
                                   "longer opens them. If this laptop dies or its keyring is lost, it is the only "
                                   "way to open them on another computer. Write it on paper and keep it apart "
                                   "from the laptop."))
        else:
            intro = QLabel(self.tr("Your database and its backups are encrypted. If this laptop dies or its keyring "
                                   "is lost, this recovery key is the only way to open them on another computer. "
                                   "Write it on paper and keep it apart from the laptop."))
        intro.setWordWrap(True)
        self.key = QLabel(key)
        self.key.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(font.pointSize() + 4)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.written = QCheckBox(self.tr("I have written the recovery key down and keep it apart from the laptop"))
        self.written.setObjectName("recoveryWritten")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Done"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Later"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.written.toggled.connect(self.buttons.button(QDialogButtonBox.Ok).setEnabled)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.key)
        lay.addWidget(self.written)
        lay.addWidget(self.buttons)

    def _confirm(self) -> None:
        keyed.confirm_recovery(self.db_path)
        self.accept()


class UnlockDialog(QDialog):
    """The database's key is not on this computer: the recovery key written down opens it."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        plain_text(self)
        super().showEvent(event)

    def __init__(self, db_path: Path, problem: str, parent=None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Open with the recovery key"))
        intro = QLabel(problem)
        intro.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("recoveryKeyEntry")
        self.entry.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.error = QLabel()
        self.error.setObjectName("recoveryKeyError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Open the database"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(QLabel(self.tr("Recovery key")))
        lay.addWidget(self.entry)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def _unlock(self) -> None:
        try:
            keyed.unlock(self.db_path, self.entry.text())
        except Refused as exc:  # malformed or wrong: said here, nothing stored, the dialog stays
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


def show_pending(db_path: Path, parent=None) -> bool:
    """The recovery key dialog when a key waits to be confirmed; False when there is none."""
    try:
        key = keyed.pending_recovery(db_path)
    except Refused:
        return False
    if not key:
        return False
    RecoveryKeyDialog(db_path, key, parent).exec()
    return True
