"""The calendar page: which years have a holiday schedule, their days off and make-up days with
their names, importing a new year's schedule, and marking single days by hand (the holiday editor,
issue 16: a new version of the year's schedule, synced like an imported one)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from ui.ops import admin as admin_ops
from ui.widgets import guard_wheel, plain_box, plain_tip


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
        self.days.cellClicked.connect(self._day_clicked)
        # the holiday editor: one day at a time, checked by the core as an imported line is
        self.edit_box = QGroupBox()
        self.edit_box.setObjectName("calendarEditor")
        self.edit_day = QDateEdit()
        self.edit_day.setObjectName("calendarEditDay")
        self.edit_day.setCalendarPopup(True)
        self.edit_day.setDisplayFormat("yyyy-MM-dd")
        self.edit_day.setDate(QDate.currentDate())
        self.edit_day.dateChanged.connect(lambda _d: self._editor_state())
        self.edit_kind = QComboBox()
        self.edit_kind.setObjectName("calendarEditKind")
        for _ in range(3):
            self.edit_kind.addItem("")
        self.edit_name = QLineEdit()
        self.edit_name.setObjectName("calendarEditName")
        self.edit_name.setMaxLength(50)
        self.edit_complete = QCheckBox()
        self.edit_complete.setObjectName("calendarEditComplete")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("calendarEditApply")
        self.edit_button.clicked.connect(self.apply_edit)
        self.edit_message = QLabel()
        self.edit_message.setObjectName("calendarEditMessage")
        self.edit_message.setWordWrap(True)
        self.edit_message.setTextFormat(Qt.PlainText)
        ed = QVBoxLayout(self.edit_box)
        ed_row = QHBoxLayout()
        for w in (self.edit_day, self.edit_kind, self.edit_name):
            ed_row.addWidget(w)
        ed_row.addWidget(self.edit_button)
        ed.addLayout(ed_row)
        ed.addWidget(self.edit_complete)
        ed.addWidget(self.edit_message)
        guard_wheel(self.edit_box)
        row = QHBoxLayout()
        row.addWidget(self.years)
        right = QVBoxLayout()
        right.addWidget(self.year_note)
        right.addWidget(self.days, 1)
        right.addWidget(self.edit_box)
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
        self.edit_box.setTitle(self.tr("Mark a day by hand"))
        for i, text in enumerate((self.tr("Day off (holiday)"), self.tr("Make-up working day"),
                                  self.tr("Normal day (weekday rule)"))):
            self.edit_kind.setItemText(i, text)
            self.edit_kind.setItemData(i, ("holiday", "workday", "normal")[i])
        self.edit_name.setPlaceholderText(self.tr("Name, e.g. 春节"))
        self.edit_button.setText(self.tr("Mark"))
        self.edit_complete.setText(self.tr("The schedule of this year is now complete (stop counting weekends only)"))
        self._editor_state()
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
        if not getattr(self, "_editor_dated", False):  # the window's day, not the computer's
            day = self.window_.as_of
            self.edit_day.setDate(QDate(day.year, day.month, day.day))
            self._editor_dated = True
        self.window_.set_calendar_banner(data["missing_next_year"])
        self._render()
        meetings = getattr(self.window_, "meetings_page", None)
        if meetings is not None:  # the meeting calendar marks the holidays too
            meetings.holidays_changed()

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
        if source and source.startswith("edit v") and source[6:].isdigit():
            return self.tr("edited, version %1").replace("%1", source[6:])
        return {"chinese_calendar": self.tr("built in"), "import": self.tr("imported"), "sync": self.tr("from sync"),
                "manual": self.tr("edited")}.get(source or "", source or "")

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
        for i, (d, kind, name) in enumerate(days):
            kind_text = self.tr("Day off") if kind == "holiday" else self.tr("Make-up working day")
            tip = plain_tip(f"{d.isoformat()} {self._weekday(d)} — {kind_text}" + (f": {name}" if name else ""))
            for c, text in enumerate((d.isoformat() + " " + self._weekday(d), kind_text, name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, d.isoformat())
                item.setToolTip(tip)
                if kind == "workday":
                    item.setBackground(QBrush(QColor("#fde9b8")))
                self.days.setItem(i, c, item)
        self._editor_state()

    def _weekday(self, d: dt.date) -> str:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        return names[d.weekday()]

    def holiday_on(self, day: dt.date) -> tuple[str, str] | None:
        """(kind, name) of a day that differs from the weekday rule, from what this page loaded."""
        if not self.data:
            return None
        for d, kind, name in self.data["days"].get(day.year, []):
            if d == day:
                return kind, name
        return None

    def _year_covered(self, year: int) -> bool:
        return any(y["year"] == year and y["covered"] for y in (self.data or {}).get("years", []))

    def _editor_state(self) -> None:
        q = self.edit_day.date()
        year = q.year()
        self.edit_complete.setVisible(bool(self.data) and not self._year_covered(year))

    def _day_clicked(self, row: int, _col: int) -> None:
        item = self.days.item(row, 0)
        if item is None:
            return
        d = dt.date.fromisoformat(item.data(Qt.UserRole))
        self.edit_day.setDate(QDate(d.year, d.month, d.day))
        kind, name = self.holiday_on(d) or ("normal", "")
        self.edit_kind.setCurrentIndex(max(0, self.edit_kind.findData(kind)))
        self.edit_name.setText(name)

    def apply_edit(self):
        q = self.edit_day.date()
        day = dt.date(q.year(), q.month(), q.day())
        complete = day.year if self.edit_complete.isVisible() and self.edit_complete.isChecked() else None

        def done(out: dict) -> None:
            version = out["versions"].get(day.year)
            if version is None:
                text = self.tr("%1 marked. %2 still counts weekends only until its schedule is complete.")
            else:
                text = self.tr("%1 marked: version %3 of the %2 schedule. It is in force here now and travels with "
                               "the next sync package.").replace("%3", str(version))
            self.edit_message.setText(text.replace("%1", day.isoformat()).replace("%2", str(day.year)))
            self.edit_complete.setChecked(False)
            self.reload()
            self.window_.case_changed(Changes(calendar=True))  # every deadline may move: the hub refreshes

        def failed(message: str) -> None:
            self.edit_message.setText(message)

        self.edit_message.setText("")
        return self.window_.ops.read(admin_ops.edit_calendar_days, [(day, self.edit_kind.currentData(),
                                                                     self.edit_name.text())],
                                     complete, on_done=done, on_error=failed)

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
