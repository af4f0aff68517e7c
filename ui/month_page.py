"""The month overview (issue 16): the manager's deadlines and appointments of a month as a calendar
page — surveys, inspections, review meetings, the customers' rectification deadlines and follow-ups —
with working days, weekends, statutory holidays (named) and make-up working days marked."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

HOLIDAY_BG = QColor("#fbe3e3")
WEEKEND_BG = QColor("#f0f0f0")
MAKEUP_BG = QColor("#e3ecfb")
TODAY_BG = QColor("#fff3cd")


def day_papers_job(store, day, manager) -> list[dict]:
    """The papers of ``day`` (app.services.papers.papers_of_day), as data for the printer."""
    from app.services.papers import day_paper_datas

    with store.reader() as s:
        return day_paper_datas(s, day, manager)


def month_job(store, year: int, month: int, as_of, manager):
    from app.services.agenda import month_overview

    with store.reader() as s:
        return month_overview(s, year, month, as_of, manager)


class MonthPage(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: dict | None = None
        as_of = ctx.as_of or dt.date.today()
        self.year, self.month = as_of.year, as_of.month
        self.title = QLabel()
        self.title.setObjectName("monthTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.prev = QPushButton("◀")
        self.prev.setObjectName("monthPrev")
        self.next = QPushButton("▶")
        self.next.setObjectName("monthNext")
        self.this = QPushButton()
        self.this.setObjectName("monthThis")
        self.everyone = QCheckBox()
        self.everyone.setObjectName("monthEveryone")
        self.prev.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.this.clicked.connect(self.go_today)
        self.everyone.toggled.connect(lambda _on: self.reload())
        self.print_day = QPushButton()
        self.print_day.setObjectName("monthPrintDay")
        self.print_day.clicked.connect(lambda: self.print_papers_of_day())
        self.printed: list[tuple[str, str]] = []  # (case, kind) of the last print job (tests, status line)
        self.grid = QTableWidget(6, 7)
        self.grid.setObjectName("monthGrid")
        self.grid.setEditTriggers(QTableWidget.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.cellDoubleClicked.connect(self._open)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.prev)
        top.addWidget(self.title)
        top.addWidget(self.next)
        top.addWidget(self.this)
        top.addStretch(1)
        top.addWidget(self.everyone)
        top.addWidget(self.print_day)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.legend)
        self.retranslate()

    def marks(self) -> dict[str, str]:
        # words, not emoji: the bundled CJK font has no emoji, and they showed as boxes
        return {"deadline": self.tr("[Due]"), "meeting": self.tr("[Meeting]"), "inspection": self.tr("[Inspection]"),
                "survey": self.tr("[Survey]"), "customer": self.tr("[Customer]"), "follow_up": self.tr("[Follow-up]")}

    def retranslate(self) -> None:
        self.this.setText(self.tr("This month"))
        self.everyone.setText(self.tr("All managers"))
        self.print_day.setText(self.tr("Print the day's papers…"))
        self.print_day.setToolTip(self.tr("The papers dated the selected day (today if none): receipts of the "
                                          "cases accepted, plan replies, fee notices, acceptance opinions and "
                                          "power-on records of that day — mine, or all managers'"))
        self.grid.setHorizontalHeaderLabels([self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                                             self.tr("Fri"), self.tr("Sat"), self.tr("Sun")])
        self.legend.setText(self.tr("[Due] stage deadline  [Meeting] review meeting  [Inspection] inspection  "
                                    "[Survey] joint survey  [Customer] customer's rectification due  [Follow-up] "
                                    "policy-risk follow-up.  Red: statutory holiday; grey: weekend; blue 班: make-up "
                                    "working day. Double-click a day to open its first case."))
        if self.data is not None:
            self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def go(self, step: int) -> None:
        m = self.month - 1 + step
        self.year, self.month = self.year + m // 12, m % 12 + 1
        self.reload()

    def go_today(self) -> None:
        as_of = self.ctx.as_of or dt.date.today()
        self.year, self.month = as_of.year, as_of.month
        self.reload()

    def reload(self) -> None:
        manager = None if self.everyone.isChecked() else (self.ctx.store.user or None)
        self.ctx.worker.submit(month_job, self.year, self.month, self.ctx.as_of or dt.date.today(), manager,
                               on_done=self._loaded, on_error=self.ctx.show_error)

    def cell_of(self, day: dt.date) -> tuple[int, int]:
        first = dt.date(day.year, day.month, 1)
        return (first.weekday() + day.day - 1) // 7, day.weekday()

    def _loaded(self, data: dict) -> None:
        if (data["year"], data["month"]) != (self.year, self.month):
            return  # an older answer arriving after the user moved on
        self.data = data
        self.title.setText(f"{data['year']}-{data['month']:02d}"
                           + ("  " + self.tr("(no holiday schedule: weekends only)") if data["assumed"] else ""))
        self.grid.clearContents()
        today = (self.ctx.as_of or dt.date.today()).isoformat()
        for d in data["days"]:
            day = dt.date.fromisoformat(d["date"])
            row, col = self.cell_of(day)
            head = str(day.day)
            if d["kind"] == "holiday":
                head += "  " + (d["holiday_name"] or self.tr("holiday"))
            elif d["kind"] == "workday":
                head += "  " + self.tr("班") + (f" {d['holiday_name']}" if d["holiday_name"] else "")
            marks = self.marks()
            lines = [head] + [f"{marks[e['kind']]} {e['time'] + ' ' if e['time'] else ''}{e['case_no']} {e['text']}".strip()
                              for e in d["entries"]]
            item = QTableWidgetItem("\n".join(lines))
            item.setData(Qt.UserRole, d)
            item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
            item.setToolTip("\n".join([d["date"] + ("  " + self.tr("working day") if d["workday"] else
                                                    "  " + self.tr("day off")), *lines[1:]]))
            bg = (TODAY_BG if d["date"] == today else HOLIDAY_BG if d["kind"] == "holiday" else
                  MAKEUP_BG if d["kind"] == "workday" else WEEKEND_BG if not d["workday"] else None)
            if bg is not None:
                item.setBackground(QBrush(bg))
            self.grid.setItem(row, col, item)

    def selected_day(self) -> dt.date:
        item = self.grid.currentItem()
        d = item.data(Qt.UserRole) if item else None
        return dt.date.fromisoformat(d["date"]) if d else (self.ctx.as_of or dt.date.today())

    def print_papers_of_day(self, day: dt.date | None = None, printer=None) -> None:
        """Print the papers of ``day`` (the selected day) of mine or of all managers, as the case
        window prints several papers: gathered on the worker, then the system print dialog.
        ``printer``: a printer already set up (tests print to a PDF file), no dialog."""
        day = day or self.selected_day()
        manager = None if self.everyone.isChecked() else (self.ctx.store.user or None)
        self.ctx.worker.submit(day_papers_job, day, manager,
                               on_done=lambda datas: self._print_now(day, datas, printer),
                               on_error=self.ctx.show_error)

    def _print_now(self, day: dt.date, datas: list[dict], printer=None) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from app.errors import Refused
        from ui.paper_print import print_papers

        if not datas:
            self.ctx.show_error(self.tr("No papers are dated %1.").replace("%1", day.isoformat()))
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dlg = QPrintDialog(printer, self)
            dlg.setWindowTitle(self.tr("Print the papers of %1").replace("%1", day.isoformat()))
            if dlg.exec() != QPrintDialog.DialogCode.Accepted:
                return
        try:
            print_papers(printer, datas)
        except Exception as exc:  # a printer gone or out of paper: said, and the papers stay printable
            self.ctx.show_error(str(Refused("print_failed", problem=str(exc))))
            return
        self.printed = [(d["case_no"], d["kind"]) for d in datas]
        self.ctx.status(self.tr("Sent to the printer: %1 papers of %2").replace(
            "%1", str(len(datas))).replace("%2", day.isoformat()), 8000)

    def _open(self, row: int, col: int) -> None:
        item = self.grid.item(row, col)
        d = item.data(Qt.UserRole) if item else None
        first = next((e["case_no"] for e in (d or {}).get("entries", []) if e["case_no"]), None)
        if first:
            self.ctx.open_case(first)
