"""The calendar page: which years have a holiday schedule, their days off and make-up days, and
importing a new year's schedule."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.ops import admin as admin_ops
from ui.widgets import plain_box


class CalendarPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        window.hub.changes_applied.connect(self._changes_applied)
        self.data: dict | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.years = QListWidget()
        self.years.setObjectName("calendarYears")
        self.years.setMaximumWidth(260)
        self.years.currentRowChanged.connect(self._show_year)
        self.days = QTableWidget(0, 3)
        self.days.setObjectName("calendarDays")
        self.days.verticalHeader().hide()
        self.days.setEditTriggers(QTableWidget.NoEditTriggers)
        self.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.days.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("calendarImport")
        self.import_button.clicked.connect(self.choose_file)
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.years)
        right = QVBoxLayout()
        right.addWidget(self.year_note)
        right.addWidget(self.days, 1)
        row.addLayout(right, 1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.import_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.help)
        lay.addLayout(row, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Working-day calendar"))
        self.help.setText(self.tr(
            "A working day is a weekday that is not a statutory holiday, or a make-up working day. The State "
            "Council publishes next year's schedule each autumn: import it as a CSV file (date,kind,name; kind is "
            "holiday or workday). A year without a schedule counts weekends only, and deadlines in it are marked *."))
        self.import_button.setText(self.tr("Import a year's schedule…"))
        self.days.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Name")])
        if self.data:
            self._render()

    def _changes_applied(self, changes) -> None:
        if changes.calendar:
            self.reload()

    def reload(self) -> None:
        self.window_.ops.read(admin_ops.calendar_overview, self.window_.as_of, on_done=self._loaded,
                                   on_error=self.window_.show_error)

    def _loaded(self, data: dict) -> None:
        self.data = data
        self.window_.set_calendar_banner(data["missing_next_year"])
        self._render()

    def _render(self) -> None:
        current = self.years.currentRow()
        self.years.blockSignals(True)
        self.years.clear()
        for y in reversed(self.data["years"]):
            if y["covered"]:
                text = self.tr("%1 — schedule loaded (%2)").replace("%1", str(y["year"])).replace(
                    "%2", self._source(y["source"]))
            else:
                text = self.tr("%1 — no schedule: weekends only").replace("%1", str(y["year"]))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, y["year"])
            if not y["covered"]:
                item.setForeground(QBrush(QColor("#b02a37")))
            self.years.addItem(item)
        self.years.blockSignals(False)
        self.years.setCurrentRow(current if 0 <= current < self.years.count() else 0)

    def _source(self, source: str | None) -> str:
        return {"chinese_calendar": self.tr("built in"), "import": self.tr("imported"), "sync": self.tr("from sync")}.get(
            source or "", source or "")

    def _show_year(self, row: int) -> None:
        if row < 0 or not self.data:
            return
        year = self.years.item(row).data(Qt.UserRole)
        info = next(y for y in self.data["years"] if y["year"] == year)
        days = self.data["days"].get(year, [])
        if info["covered"]:
            self.year_note.setText(self.tr("%1: %2 days off, %3 make-up working days.")
                                   .replace("%1", str(year)).replace("%2", str(info["holidays"]))
                                   .replace("%3", str(info["make_up_workdays"])))
        else:
            self.year_note.setText(self.tr("%1 has no holiday schedule: only weekends are days off. "
                                           "Deadlines in %1 may be wrong until the schedule is imported.")
                                   .replace("%1", str(year)))
        self.days.setRowCount(len(days))
        for i, (d, kind) in enumerate(days):
            kind_text = self.tr("Day off") if kind == "holiday" else self.tr("Make-up working day")
            for c, text in enumerate((d.isoformat() + " " + self._weekday(d), kind_text, "")):
                item = QTableWidgetItem(text)
                if kind == "workday":
                    item.setBackground(QBrush(QColor("#fde9b8")))
                self.days.setItem(i, c, item)

    def _weekday(self, d: dt.date) -> str:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        return names[d.weekday()]

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import holiday schedule"), "",
                                              self.tr("Calendar files (*.csv *.txt)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        def done(_change) -> None:
            # this page and the lists follow the change set (calendar=True) through the hub
            self.window_.statusBar().showMessage(self.tr("Imported %1").replace("%1", path.name), 8000)

        def failed(message: str) -> None:
            self.last_error = message
            box = QMessageBox(QMessageBox.Warning, self.tr("Import refused"), message, QMessageBox.Ok, self)
            plain_box(box).setObjectName("importRefused")
            box.open()  # window-modal, never blocks the event loop

        self.last_error = None
        self.window_.ops.write(admin_ops.import_calendar, path, on_done=done, on_error=failed)
