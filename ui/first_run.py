"""First run: who is this, what is this laptop called, and would they like demo data."""
from __future__ import annotations

import socket

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout


class FirstRunDialog(QDialog):
    def __init__(self, db_path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Welcome to Zaosong"))
        intro = QLabel(self.tr("Zaosong keeps your cases on this laptop, in %1. Who will use it?")
                       .replace("%1", str(db_path)))
        intro.setWordWrap(True)
        self.user = QLineEdit()
        self.user.setObjectName("firstRunUser")
        self.device = QLineEdit(socket.gethostname())
        self.demo = QCheckBox(self.tr("Load demo data (300 cases of Xiangshan, to try things out)"))
        self.demo.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name (customer manager)"), self.user)
        form.addRow(self.tr("This laptop's name"), self.device)
        form.addRow("", self.demo)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def values(self) -> dict:
        return {"user": self.user.text().strip(), "device_name": self.device.text().strip() or socket.gethostname(),
                "demo": self.demo.isChecked()}
