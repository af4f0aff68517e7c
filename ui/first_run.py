"""First run: who is this, what is this laptop called, and what the papers they hand over say about
who issued them (the bureau, the supply station, the phone). Demo data is not offered here: it lives
in a separate practice database (演示库) opened from the main window, never in the real one (issue 16)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app import fields
from app.errors import Refused
from app.fields import check_text
from app.store import DEFAULT_BUREAU, _host_name
from ui.widgets import plain_text


class FirstRunDialog(QDialog):
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        plain_text(self)  # user text is shown literally (issue 15)
        super().showEvent(event)

    def __init__(self, db_path) -> None:
        super().__init__()
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome to Zaosong"))
        intro = QLabel(self.tr("Zaosong keeps your cases on this laptop, in %1. Who will use it?")
                       .replace("%1", str(db_path)))
        intro.setWordWrap(True)
        self.user = QLineEdit()
        self.user.setObjectName("firstRunUser")
        self.user.setMaxLength(fields.USER.max_len)  # the one definition of a valid name (app.fields)
        self.user.setPlaceholderText(self.tr("required"))
        self.bureau = QLineEdit(DEFAULT_BUREAU)
        self.bureau.setObjectName("firstRunBureau")
        self.bureau.setMaxLength(60)
        self.station = QLineEdit()
        self.station.setObjectName("firstRunStation")
        self.station.setMaxLength(60)
        self.station.setPlaceholderText(self.tr("e.g. 丹城供电所"))
        self.phone = QLineEdit()
        self.phone.setObjectName("firstRunPhone")
        self.phone.setMaxLength(30)
        self.device = QLineEdit(_host_name())
        self.device.setObjectName("firstRunDevice")
        self.device.setMaxLength(fields.DEVICE_NAME.max_len)
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b02a37;")
        self.error.hide()
        note = QLabel(self.tr("The bureau, station and phone are printed on the documents you hand customers; "
                              "you can change them later in Settings. To try Zaosong out with made-up cases, "
                              "open the practice database from the main window: it is a separate file."))
        note.setWordWrap(True)
        note.setObjectName("firstRunNote")
        form = QFormLayout()
        form.addRow(self.tr("Your name (customer manager) *"), self.user)
        form.addRow(self.tr("Bureau (printed on every document) *"), self.bureau)
        form.addRow(self.tr("Supply station"), self.station)
        form.addRow(self.tr("Phone printed on documents"), self.phone)
        form.addRow(self.tr("This laptop's name"), self.device)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check_then_accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _check_then_accept(self) -> None:
        """The names travel in every package: a name other laptops would refuse is refused here; a
        case entered without a name would be nobody's (or, before issue 16, the demo manager's)."""
        try:
            # USER allows an empty name (old events have none); a new user must give one
            check_text(self.user.text(), fields.USER.name, fields.USER.max_len, required=True)
            check_text(self.bureau.text(), "bureau_name", 60, required=True)
            check_text(self.station.text(), "station", 60)
            check_text(self.phone.text(), "phone", 30)
            fields.DEVICE_NAME.check(self.device.text().strip() or _host_name())
        except Refused as exc:
            self.error.setText(str(exc))
            self.error.show()
            if not self.user.text().strip():
                self.user.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        return {"user": self.user.text().strip(), "device_name": self.device.text().strip() or _host_name(),
                "bureau_name": self.bureau.text().strip(), "station": self.station.text().strip(),
                "phone": self.phone.text().strip()}
