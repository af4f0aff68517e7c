"""First run: who is this, what is this laptop called, and would they like demo data."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app import fields
from app.errors import Refused
from app.store import _host_name
from ui.widgets import plain_text


class FirstRunDialog(QDialog):
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        plain_text(self)  # user text is shown literally (issue 15)
        super().showEvent(event)

    def __init__(self, db_path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Welcome to Zaosong"))
        intro = QLabel(self.tr("Zaosong keeps your cases on this laptop, in %1. Who will use it?")
                       .replace("%1", str(db_path)))
        intro.setWordWrap(True)
        self.user = QLineEdit()
        self.user.setObjectName("firstRunUser")
        self.user.setMaxLength(fields.USER.max_len)  # the one definition of a valid name (app.fields)
        self.device = QLineEdit(_host_name())
        self.device.setObjectName("firstRunDevice")
        self.device.setMaxLength(fields.DEVICE_NAME.max_len)
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.demo = QCheckBox(self.tr("Load demo data (300 cases of Xiangshan, to try things out)"))
        self.demo.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name (customer manager)"), self.user)
        form.addRow(self.tr("This laptop's name"), self.device)
        form.addRow("", self.demo)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check_then_accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _check_then_accept(self) -> None:
        """The names travel in every package: a name other laptops would refuse is refused here."""
        try:
            fields.USER.check(self.user.text())
            fields.DEVICE_NAME.check(self.device.text().strip() or _host_name())
        except Refused as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict:
        return {"user": self.user.text().strip(), "device_name": self.device.text().strip() or _host_name(),
                "demo": self.demo.isChecked()}
