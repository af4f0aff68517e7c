"""At start, a damaged (or 0-byte) database: say what happened, offer the newest good backup with what
would be lost since, and on consent set the damaged file aside and put the backup in place."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import db_health
from app.errors import Refused
from ui.widgets import plain_message


class RecoveryDialog(QMessageBox):
    def __init__(self, db_path: Path, damaged: db_health.DamagedDatabase, parent=None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.offer = damaged.recovery
        self.outcome: dict | None = None  # set once the files were swapped (or the damaged one set aside)
        self.setObjectName("damagedDatabase")
        self.setIcon(QMessageBox.Critical)
        self.setWindowTitle(self.tr("Damaged database"))
        self.setTextFormat(Qt.PlainText)  # the file names are shown literally
        if self.offer is not None:
            p = self.offer.params()
            self.setText(self.tr(
                "The database file %1 is damaged (%2). Zaosong does not write into it.\n\n"
                "The newest good backup is %3, taken %4. The damaged file was last changed %5: what was "
                "entered between these two times will be lost.\n\n"
                "Restoring puts the backup in place; the damaged file is kept in the backups folder "
                "(renamed, never overwritten or deleted).")
                .replace("%1", str(self.db_path)).replace("%2", damaged.problem_text).replace("%3", p["backup"])
                .replace("%4", p["backup_time"]).replace("%5", p["damaged_time"]))
            self.recover_button = self.addButton(self.tr("Restore this backup"), QMessageBox.AcceptRole)
            self.recover_button.setObjectName("restoreLatest")
        else:
            self.setText(self.tr(
                "The database file %1 is damaged (%2), and there is no good backup.\n\n"
                "Set it aside (it is renamed into the backups folder, never deleted) and start a new, empty "
                "database? Or quit and hand the file to a technician.")
                .replace("%1", str(self.db_path)).replace("%2", damaged.problem_text))
            self.recover_button = self.addButton(self.tr("Set aside and start a new database"),
                                                 QMessageBox.AcceptRole)
            self.recover_button.setObjectName("setAsideNew")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.RejectRole)
        self.quit_button.setObjectName("recoveryQuit")
        self.setDefaultButton(self.quit_button)  # consent is a deliberate click
        # finished comes before the button's clicked: recover here, so that whoever listens to
        # finished (connected later) sees the outcome
        self.finished.connect(self._settle)

    def _settle(self, _result) -> None:
        if self.clickedButton() is self.recover_button and self.outcome is None:
            self._recover()

    def _recover(self) -> None:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if self.offer is not None:
                self.outcome = db_health.recover(self.db_path, self.offer.backup)
            else:
                self.outcome = {"damaged_kept_as": str(db_health.set_aside(self.db_path))}
        except (Refused, OSError) as exc:
            refusal = exc if isinstance(exc, Refused) else db_health.translate(exc, self.db_path)
            QApplication.restoreOverrideCursor()
            plain_message(QMessageBox.Critical, self, self.tr("Damaged database"), str(refusal or exc))
            return
        QApplication.restoreOverrideCursor()
