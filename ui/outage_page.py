"""The 停电计划 page (issue 19): the month's outage plan as a feeder x day calendar (maintenance
windows shaded, outages marked with their works and state), the proposal, the items for the
balancing meeting with their reasons, the cases at risk and the warnings. An outage is moved by
dragging it to another day of its feeder (or Ctrl+Shift+Left/Right on the keyboard); the checks run
again at once and are shown. Every write goes through ``ui.ops.outage`` on the database worker."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.messages import language
from ui.ops import outage as outage_ops
from ui.row_model import Column, RowTableModel

WINDOW_BG = QColor("#e3ecfb")  # a maintenance window of the feeder
WEEKEND_BG = QColor("#f0f0f0")
OUTAGE_BG = {"draft": QColor("#fff3cd"), "confirmed": QColor("#d1e7dd"), "announced": QColor("#badbcc"),
             "executed": QColor("#cfe2ff"), "done": QColor("#e2e3e5"), "cancelled": QColor("#f8d7da")}
PROBLEM_BG = QColor("#f5c2c7")
OUTAGE_ROLE = Qt.UserRole + 1


class PlanGrid(QTableWidget):
    """Feeders down, days across; an outage cell can be dragged to another day of its row."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("outageGrid")
        self.setEditTriggers(QTableWidget.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        source = self.currentItem()
        target = self.indexAt(event.position().toPoint())
        event.setDropAction(Qt.IgnoreAction)
        event.accept()  # the grid is redrawn from the database, never by moving items here
        if source is None or not target.isValid():
            return
        oid = source.data(OUTAGE_ROLE)
        if oid and target.row() == source.row() and target.column() != source.column():
            self.page.move_outage(oid, self.page.day_of(target.column()))


class OutagePage(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: dict | None = None
        self.last_checks: list[dict] = []
        as_of = ctx.as_of or dt.date.today()
        nxt = (as_of.replace(day=1) + dt.timedelta(days=32)).replace(day=1)  # balancing is for next month
        self.year, self.month = nxt.year, nxt.month
        self.title = QLabel()
        self.title.setObjectName("outageTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.prev = QPushButton("◀")
        self.prev.setObjectName("outagePrev")
        self.next = QPushButton("▶")
        self.next.setObjectName("outageNext")
        self.prev.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.btn_balance = QPushButton()
        self.btn_balance.setObjectName("outageBalance")
        self.btn_balance.clicked.connect(self.balance)
        self.btn_confirm = QPushButton()
        self.btn_confirm.setObjectName("outageConfirm")
        self.btn_confirm.clicked.connect(lambda: self.confirm_selected())
        self.btn_announce = QPushButton()
        self.btn_announce.setObjectName("outageAnnounce")
        self.btn_announce.clicked.connect(lambda: self.announce_selected())
        self.btn_executed = QPushButton()
        self.btn_executed.setObjectName("outageExecuted")
        self.btn_executed.clicked.connect(lambda: self.step_selected("execute"))
        self.btn_done = QPushButton()
        self.btn_done.setObjectName("outageDone")
        self.btn_done.clicked.connect(lambda: self.step_selected("finish"))
        self.btn_cancel = QPushButton()
        self.btn_cancel.setObjectName("outageCancel")
        self.btn_cancel.clicked.connect(lambda: self.cancel_selected())
        self.btn_need = QPushButton()
        self.btn_need.setObjectName("outageNewNeed")
        self.btn_need.clicked.connect(lambda: self.new_need())
        self.btn_windows = QPushButton()
        self.btn_windows.setObjectName("outageImportWindows")
        self.btn_windows.clicked.connect(lambda: self.import_windows())
        self.btn_export = QPushButton()
        self.btn_export.setObjectName("outageExport")
        self.btn_export.clicked.connect(lambda: self.export())
        self.grid = PlanGrid(self)
        self.grid.currentCellChanged.connect(lambda *_a: self._selection_changed())
        self.checks_label = QLabel()
        self.checks_label.setObjectName("outageChecks")
        self.checks_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("outageWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color:#842029;")

        self.outages_model = RowTableModel([
            Column(lambda o: o["on"]), Column(lambda o: f"{o['feeder']} {o['section']}".strip()),
            Column(lambda o: f"{o['start']}–{o['end']}"), Column(lambda o: self._yes(o["maintenance"])),
            Column(lambda o: "、".join(o["needs"])), Column(lambda o: f"{o['saved']:g}"),
            Column(lambda o: o["notice_by"]), Column(lambda o: self.status_name(o["status"])),
            Column(lambda o: "；".join(c["message"] for c in o["checks"]),
                   lambda o: PROBLEM_BG if o["checks"] else None)], key=lambda o: o["id"], parent=self)
        self.conflicts_model = RowTableModel([
            Column(lambda c: c["case_no"]), Column(lambda c: c["feeder"]), Column(lambda c: self.reason_name(c["reason"])),
            Column(lambda c: c["message"])], key=lambda c: c["case_no"], parent=self)
        self.risk_model = RowTableModel([
            Column(lambda r: r["case_no"]), Column(lambda r: r["customer_name"]), Column(lambda r: r["feeder"]),
            Column(lambda r: r["energize_deadline"]), Column(lambda r: r["earliest_outage"]),
            Column(lambda r: r["announce_by"])], key=lambda r: r["case_no"], parent=self)
        self.outages_table = self._table("outageList", self.outages_model, 8)
        self.outages_table.selectionModel().currentRowChanged.connect(lambda *_a: self._list_selected())
        self.conflicts_table = self._table("outageConflicts", self.conflicts_model, 3)
        self.risk_table = self._table("outageAtRisk", self.risk_model, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outageTabs")
        self.tabs.addTab(self.outages_table, "")
        self.tabs.addTab(self.conflicts_table, "")
        self.tabs.addTab(self.risk_table, "")

        top = QHBoxLayout()
        top.addWidget(self.prev)
        top.addWidget(self.title)
        top.addWidget(self.next)
        top.addStretch(1)
        for b in (self.btn_need, self.btn_windows, self.btn_balance, self.btn_export):
            top.addWidget(b)
        # the selected outage's steps on a row of their own: the page fits a 1280-pixel screen
        steps = QHBoxLayout()
        steps.addStretch(1)
        for b in (self.btn_confirm, self.btn_announce, self.btn_executed, self.btn_done, self.btn_cancel):
            steps.addWidget(b)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.checks_label)
        ll.addWidget(self.warnings_label)
        ll.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.grid)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(steps)
        lay.addWidget(split, 1)
        # keyboard: move the selected outage a day earlier / later (the drag's equivalent)
        for keys, step in (("Ctrl+Shift+Left", -1), ("Ctrl+Shift+Right", 1)):
            sc = QShortcut(QKeySequence(keys), self.grid)
            sc.activated.connect(lambda step=step: self.move_selected(step))
        self.retranslate()

    def _table(self, name: str, model, stretch: int) -> QTableView:
        t = QTableView()
        t.setObjectName(name)
        t.setModel(model)
        t.verticalHeader().hide()
        t.setEditTriggers(QAbstractItemView.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectRows)
        t.setSelectionMode(QAbstractItemView.SingleSelection)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
        return t

    # --- words ------------------------------------------------------------------------------------
    def _yes(self, flag: bool) -> str:
        return self.tr("yes") if flag else ""

    def status_name(self, status: str) -> str:
        return {"draft": self.tr("draft"), "confirmed": self.tr("confirmed"), "announced": self.tr("announced"),
                "executed": self.tr("executed"), "done": self.tr("done"),
                "cancelled": self.tr("cancelled")}.get(status, status)

    def reason_name(self, reason: str) -> str:
        return {"not_ready": self.tr("not ready in time"), "notice_too_late": self.tr("notice too late"),
                "no_window": self.tr("no window"),
                "wanted_conflict": self.tr("conflicting wanted-by dates")}.get(reason, reason)

    def retranslate(self) -> None:
        self.btn_need.setText(self.tr("New outage need…"))
        self.btn_windows.setText(self.tr("Import maintenance windows…"))
        self.btn_windows.setToolTip(self.tr("An .xlsx sheet from 运检 whose first row names the columns 线路, 日期, "
                                            "时长 (and 备注)"))
        self.btn_balance.setText(self.tr("Balance the month"))
        self.btn_balance.setToolTip(self.tr("Propose the month's outages from the needs and the maintenance "
                                            "windows (the drafts are replaced; confirmed outages are kept)"))
        self.btn_confirm.setText(self.tr("Confirm…"))
        self.btn_announce.setText(self.tr("Announced…"))
        self.btn_executed.setText(self.tr("Executed"))
        self.btn_done.setText(self.tr("Done"))
        self.btn_cancel.setText(self.tr("Cancel outage…"))
        self.btn_export.setText(self.tr("Export plan…"))
        self.grid.setToolTip(self.tr("Drag an outage to another day of its feeder, or select it and press "
                                     "Ctrl+Shift+Left / Right: the checks run again at once"))
        self.outages_model.set_headers([self.tr("Date"), self.tr("Feeder"), self.tr("Time"), self.tr("Maintenance"),
                                        self.tr("Cases"), self.tr("Household-hours saved"), self.tr("Notice by"),
                                        self.tr("State"), self.tr("Checks")])
        self.conflicts_model.set_headers([self.tr("Case no."), self.tr("Feeder"), self.tr("Reason"),
                                          self.tr("Explanation")])
        self.risk_model.set_headers([self.tr("Case no."), self.tr("Customer"), self.tr("Feeder"),
                                     self.tr("Energise deadline"), self.tr("Earliest lawful outage"),
                                     self.tr("Announce by")])
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------------
    @property
    def month_text(self) -> str:
        return f"{self.year}-{self.month:02d}"

    def as_of(self) -> dt.date:
        return self.ctx.as_of or dt.date.today()

    def go(self, step: int) -> None:
        m = self.month - 1 + step
        self.year, self.month = self.year + m // 12, m % 12 + 1
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(outage_ops.plan, self.month_text, self.as_of(), on_done=self._loaded,
                          on_error=self.ctx.show_error)

    def _loaded(self, data: dict) -> None:
        if data["month"] != self.month_text:
            return  # an older answer arriving after the user moved on
        self.data = data
        self._render()

    def day_of(self, column: int) -> dt.date:
        return dt.date(self.year, self.month, column + 1)

    def _days(self) -> list[dt.date]:
        first = dt.date(self.year, self.month, 1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return [first + dt.timedelta(days=i) for i in range((nxt - first).days)]

    def _render(self) -> None:
        self.title.setText(self.tr("Outage plan %1").replace("%1", self.month_text))
        data = self.data
        if data is None or data["month"] != self.month_text:
            return
        days = self._days()
        feeders = data["feeders"]
        selected = self.selected_outage()
        self.grid.clear()
        self.grid.setRowCount(len(feeders))
        self.grid.setColumnCount(len(days))
        self.grid.setHorizontalHeaderLabels([str(d.day) for d in days])
        self.grid.setVerticalHeaderLabels(feeders)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        windows = {(w["feeder"], w["on"]): w for w in data["windows"]}
        for r, feeder in enumerate(feeders):
            for c, d in enumerate(days):
                w = windows.get((feeder, d.isoformat()))
                item = QTableWidgetItem(self.tr("M") if w else "")
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDropEnabled)
                if w:
                    item.setBackground(QBrush(WINDOW_BG))
                    item.setToolTip(self.tr("Maintenance window: %1 h").replace("%1", f"{w['hours']:g}"))
                elif d.weekday() >= 5:
                    item.setBackground(QBrush(WEEKEND_BG))
                self.grid.setItem(r, c, item)
        for o in data["outages"]:
            if o["status"] == "cancelled" or o["feeder"] not in feeders:
                continue
            r, c = feeders.index(o["feeder"]), dt.date.fromisoformat(o["on"]).day - 1
            item = self.grid.item(r, c)
            item.setText(f"{len(o['needs'])}" + (" " + self.tr("M") if o["maintenance"] else ""))
            item.setData(OUTAGE_ROLE, o["id"])
            item.setFlags(item.flags() | Qt.ItemIsDragEnabled)
            item.setBackground(QBrush(PROBLEM_BG if o["checks"] else OUTAGE_BG.get(o["status"], WINDOW_BG)))
            item.setToolTip("\n".join([f"{o['on']} {o['start']}–{o['end']}  {self.status_name(o['status'])}",
                                       "、".join(o["needs"]), self.tr("Notice by %1").replace("%1", o["notice_by"]),
                                       *[c["message"] for c in o["checks"]]]))
            if o["id"] == selected:
                self.grid.setCurrentItem(item)
        live = [o for o in data["outages"] if o["status"] != "cancelled"]
        self.outages_model.set_rows(live)
        self.conflicts_model.set_rows(data["conflicts"])
        self.risk_model.set_rows(data["at_risk"])
        self.tabs.setTabText(0, self.tr("Outages (%1)").replace("%1", str(len(live))))
        self.tabs.setTabText(1, self.tr("For the balancing meeting (%1)").replace("%1", str(len(data["conflicts"]))))
        self.tabs.setTabText(2, self.tr("At risk (%1)").replace("%1", str(len(data["at_risk"]))))
        self.warnings_label.setText("\n".join(w["message"] for w in data["warnings"]))
        self.warnings_label.setVisible(bool(data["warnings"]))

    # --- selection --------------------------------------------------------------------------------
    def selected_outage(self) -> str | None:
        item = self.grid.currentItem()
        oid = item.data(OUTAGE_ROLE) if item else None
        if oid:
            return oid
        idx = self.outages_table.currentIndex() if hasattr(self, "outages_table") else None
        if idx is not None and idx.isValid():
            return self.outages_model.row(idx.row())["id"]
        return None

    def _outage(self, oid: str | None) -> dict | None:
        return next((o for o in (self.data or {}).get("outages", []) if o["id"] == oid), None)

    def _selection_changed(self) -> None:
        o = self._outage(self.selected_outage())
        self.btn_confirm.setEnabled(o is None or o["status"] == "draft")

    def _list_selected(self) -> None:
        idx = self.outages_table.currentIndex()
        if not idx.isValid() or self.data is None:
            return
        o = self.outages_model.row(idx.row())
        if o["feeder"] in self.data["feeders"]:
            self.grid.setCurrentCell(self.data["feeders"].index(o["feeder"]), dt.date.fromisoformat(o["on"]).day - 1)

    # --- writes -----------------------------------------------------------------------------------
    def balance(self) -> None:
        self.ctx.ops.write(outage_ops.balance, self.month_text, self.as_of(),
                           on_done=lambda r: self._loaded(r[1]), on_error=self.ctx.show_error)

    def move_outage(self, oid: str, day: dt.date, notice_on: dt.date | None = None) -> None:
        o = self._outage(oid)
        if o is not None and o["status"] == "announced" and notice_on is None:
            # an announced outage moves only with a new notice: ask for its day first
            notice_on = self._ask_date(self.tr("New notice for %1").replace("%1", day.isoformat()),
                                       self.tr("Notice on (at least %1 days before)").replace(
                                           "%1", str(self.data["notice_days"])),
                                       day - dt.timedelta(days=self.data["notice_days"]))
            if notice_on is None:
                return
        self.ctx.ops.write(outage_ops.move, oid, day, self.as_of(), notice_on, on_done=self._moved,
                           on_error=self.ctx.show_error)

    def _ask_date(self, title: str, label: str, default: dt.date) -> dt.date | None:
        dlg = QDialog(self)
        dlg.setObjectName("outageDateDialog")
        dlg.setWindowTitle(title)
        form = QFormLayout(dlg)
        date = QDateEdit()
        date.setObjectName("outageNoticeOn")
        date.setCalendarPopup(True)
        date.setDisplayFormat("yyyy-MM-dd")
        date.setDate(default)
        form.addRow(label, date)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        self.date_dialog = dlg
        return date.date().toPython() if dlg.exec() == QDialog.Accepted else None

    def move_selected(self, step: int) -> None:
        o = self._outage(self.selected_outage())
        if o is None:
            return
        day = dt.date.fromisoformat(o["on"]) + dt.timedelta(days=step)
        if (day.year, day.month) == (self.year, self.month):
            self.move_outage(o["id"], day)

    def _moved(self, result) -> None:
        _changes, checks = result
        self.last_checks = checks
        self.checks_label.setText(self.tr("Checked again: %1").replace(
            "%1", "；".join(c["message"] for c in checks) if checks else self.tr("no problem")))
        self.reload()

    def confirm_selected(self, notice_on: dt.date | None = None) -> None:
        o = self._outage(self.selected_outage())
        if o is None or o["status"] != "draft":
            self.ctx.show_error(self.tr("Select a draft outage first."))
            return
        if notice_on is None:
            notice_on = self._ask_date(
                self.tr("Confirm the outage of %1 on %2").replace("%1", o["feeder"]).replace("%2", o["on"]),
                self.tr("Notice on (at least %1 days before)").replace("%1", str(self.data["notice_days"])),
                dt.date.fromisoformat(o["notice_by"]))
            if notice_on is None:
                return
        self.ctx.ops.write(outage_ops.confirm, o["id"], notice_on, on_done=lambda _r: self.reload(),
                           on_error=self.ctx.show_error)

    def announce_selected(self, on: dt.date | None = None, channel: str | None = None) -> None:
        o = self._outage(self.selected_outage())
        if o is None:
            self.ctx.show_error(self.tr("Select an outage first."))
            return
        if on is None:
            on = self._ask_date(self.tr("Notice of the outage of %1 on %2").replace("%1", o["feeder"]).replace(
                "%2", o["on"]), self.tr("Notice given on"), self.as_of())
            if on is None:
                return
        if channel is None:
            channel, ok = QInputDialog.getItem(self, self.tr("Notice channel"), self.tr("Channel:"),
                                               self.data["channels"], 0, True)
            if not ok:
                return
        self.ctx.ops.write(outage_ops.announce, o["id"], on, channel, on_done=lambda _r: self.reload(),
                           on_error=self.ctx.show_error)

    def step_selected(self, step: str) -> None:
        o = self._outage(self.selected_outage())
        if o is None:
            self.ctx.show_error(self.tr("Select an outage first."))
            return
        self.ctx.ops.write(getattr(outage_ops, step), o["id"], on_done=lambda _r: self.reload(),
                           on_error=self.ctx.show_error)

    def cancel_selected(self, reason: str | None = None) -> None:
        o = self._outage(self.selected_outage())
        if o is None:
            self.ctx.show_error(self.tr("Select an outage first."))
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel outage"), self.tr("Reason:"))
            if not ok:
                return
        self.ctx.ops.write(outage_ops.cancel, o["id"], reason, on_done=lambda _r: self.reload(),
                           on_error=self.ctx.show_error)

    def export(self, path: str | None = None, on_done=None) -> None:
        if path is None:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export plan"),
                                                   f"月度停电计划平衡表-{self.month_text}.pdf",
                                                   self.tr("PDF (*.pdf);;Excel (*.xlsx)"))
            if not path:
                return

        def done(out: str) -> None:
            self.ctx.status(self.tr("Written: %1").replace("%1", out), 8000)
            if on_done:
                on_done(out)

        self.ctx.ops.read(outage_ops.export_plan, self.month_text, self.as_of(), path, on_done=done,
                          on_error=self.ctx.show_error)

    def new_need(self) -> NeedDialog:
        """The dialog filing a case's outage need (open, not modal: the page stays usable)."""
        kinds = (self.data or {}).get("work_kinds") or [{"code": "OTHER", "name": "其他", "name_en": "other"}]
        self.need_dialog = NeedDialog(self, kinds, self.as_of())
        self.need_dialog.open()
        return self.need_dialog

    def submit_need(self, dlg: NeedDialog) -> None:
        v = dlg.values()
        # the dialog closes only once the need is stored: a refusal leaves every field as typed
        self.ctx.ops.write(outage_ops.add_need, v.pop("case_no"), v.pop("feeder"), v.pop("hours"), v.pop("ready"),
                           v.pop("wanted"), **v, on_done=lambda _r: (dlg.accept(), self.reload()),
                           on_error=self.ctx.show_error)

    def import_windows(self, path: str | None = None) -> None:
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import maintenance windows"), "",
                                                   self.tr("Excel (*.xlsx)"))
            if not path:
                return

        def done(result: dict) -> None:
            self.ctx.status(self.tr("Maintenance windows imported: %1").replace(
                "%1", str(result["imported"])), 8000)
            self.reload()

        self.ctx.ops.write(outage_ops.import_windows, path, on_done=done, on_error=self.ctx.show_error)


class NeedDialog(QDialog):
    """A case's outage need: where, what work, how long, from when to when, whom it cuts off."""

    def __init__(self, page: OutagePage, kinds: list[dict], as_of: dt.date) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("outageNeedDialog")
        self.setWindowTitle(self.tr("New outage need"))
        self.case_no = QLineEdit()
        self.case_no.setObjectName("needCase")
        self.feeder = QLineEdit()
        self.feeder.setObjectName("needFeeder")
        self.feeder.setMaxLength(60)
        self.substation = QLineEdit()
        self.substation.setMaxLength(60)
        self.section = QLineEdit()
        self.section.setMaxLength(60)
        self.work = QComboBox()
        self.work.setObjectName("needWork")
        for k in kinds:
            self.work.addItem(k["name"] if language() == "zh" else k.get("name_en") or k["name"], k["code"])
        self.live_line = QCheckBox(self.tr("Live-line work could do it instead"))
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("needHours")
        self.hours.setRange(0.5, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(4)
        self.ready = QDateEdit()
        self.ready.setObjectName("needReady")
        self.wanted = QDateEdit()
        self.wanted.setObjectName("needWanted")
        for d, day in ((self.ready, as_of + dt.timedelta(days=14)), (self.wanted, as_of + dt.timedelta(days=30))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setDate(day)
        self.customers = QSpinBox()
        self.customers.setObjectName("needCustomers")
        self.customers.setRange(0, 100_000)
        self.customers.setValue(1)
        self.important = QSpinBox()
        self.important.setRange(0, 100_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Case no."), self.case_no)
        form.addRow(self.tr("Feeder"), self.feeder)
        form.addRow(self.tr("Substation"), self.substation)
        form.addRow(self.tr("Switch section"), self.section)
        form.addRow(self.tr("Work"), self.work)
        form.addRow("", self.live_line)
        form.addRow(self.tr("Hours"), self.hours)
        form.addRow(self.tr("Customer's works done (ready from)"), self.ready)
        form.addRow(self.tr("Power wanted by"), self.wanted)
        form.addRow(self.tr("Customers cut off"), self.customers)
        form.addRow(self.tr("Important customers among them"), self.important)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(lambda: page.submit_need(self))
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def values(self) -> dict:
        return {"case_no": self.case_no.text().strip(), "feeder": self.feeder.text(), "hours": self.hours.value(),
                "ready": self.ready.date().toPython(), "wanted": self.wanted.date().toPython(),
                "customers": self.customers.value(), "important": self.important.value(),
                "substation": self.substation.text(), "section": self.section.text(),
                "work": self.work.currentData(), "live_line": self.live_line.isChecked()}
