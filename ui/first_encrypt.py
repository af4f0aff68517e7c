"""The first encryption of an old plain database (issue 13 §4, left over): off the GUI thread, with
its progress and a Cancel that is safe at every moment (app.rekey.encrypt_first: until the encrypted
copy replaces the file, the plain file is as it was; after, each backup is whole, and the next start
does the rest). Shown at start, before the database is opened."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from app import keyed
from ui.widgets import plain_text

# each step's share of the bar (the export and the check read and write the whole file; the
# pre-encryption backup copies it once more; the backups are usually few)
WEIGHTS = {"encrypt": 0.5, "check": 0.25, "backup": 0.15, "backups": 0.10}


class EncryptThread(QThread):
    progressed = Signal(str, float)

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.cancel = threading.Event()
        self.recovery: str | None = None
        self.error: Exception | None = None
        self.cancelled = False

    def run(self) -> None:  # the worker thread: no widget is touched here
        from app import rekey

        try:
            self.recovery = rekey.encrypt_first(self.db_path, report=self.progressed.emit, cancel=self.cancel)
        except keyed.Cancelled:
            self.cancelled = True
        except Exception as exc:  # said by Store.open afterwards, which meets the same file
            self.error = exc


class FirstEncryptionDialog(QDialog):
    """Progress of the first encryption; ``outcome`` is "done", "cancelled" or "failed" once finished."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        plain_text(self)
        super().showEvent(event)

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstEncryption")
        self.setWindowTitle(self.tr("Encrypting the database"))
        self.outcome: str | None = None
        self.shares: list[float] = []  # every value the bar took (what a test looks at)
        intro = QLabel(self.tr("Zaosong encrypts your database and its backups, once: anyone who copies the file "
                               "then reads nothing without its key. A large file takes a few minutes. Cancel "
                               "leaves the file as it is; Zaosong then closes and asks again at the next start."))
        intro.setWordWrap(True)
        self.step = QLabel()
        self.step.setObjectName("encryptStep")
        self.bar = QProgressBar()
        self.bar.setObjectName("encryptProgress")
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("encryptCancel")
        self.cancel_button.clicked.connect(self.request_cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.step)
        lay.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        self.thread_ = EncryptThread(db_path, self)
        self.thread_.progressed.connect(self._progressed)
        self.thread_.finished.connect(self._finished)
        self._step_text = {
            "encrypt": self.tr("Encrypting the database…"),
            "check": self.tr("Checking the encrypted copy…"),
            "backup": self.tr("Writing the pre-encryption backup…"),
            "backups": self.tr("Encrypting the backups…"),
        }

    def start(self) -> None:
        self.step.setText(self._step_text["encrypt"])
        self.thread_.start()

    def _progressed(self, step: str, share: float) -> None:
        if self.thread_.cancel.is_set():
            return
        base = sum(w for s, w in WEIGHTS.items() if list(WEIGHTS).index(s) < list(WEIGHTS).index(step)) \
            if step in WEIGHTS else 0.0
        overall = base + WEIGHTS.get(step, 0.0) * max(0.0, min(1.0, share))
        self.shares.append(overall)
        self.bar.setValue(int(overall * 1000))
        self.step.setText(self._step_text.get(step, ""))

    def request_cancel(self) -> None:
        self.thread_.cancel.set()
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Stopping…"))

    def reject(self) -> None:  # Esc or the window's close button: a cancel, once the thread has stopped
        if self.outcome is None:
            self.request_cancel()
            return
        super().reject()

    def _finished(self) -> None:
        t = self.thread_
        self.outcome = "cancelled" if t.cancelled else "failed" if t.error is not None else "done"
        self.done(QDialog.Accepted if self.outcome == "done" else QDialog.Rejected)

    @property
    def recovery(self) -> str | None:
        return self.thread_.recovery


def run_first_encryption(db_path: Path, parent=None) -> str:
    """The dialog, modal, until the encryption ended: its outcome."""
    dlg = FirstEncryptionDialog(db_path, parent)
    dlg.start()
    dlg.exec()
    dlg.thread_.wait()
    return dlg.outcome or "failed"
