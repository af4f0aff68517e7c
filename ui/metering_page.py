"""The 计量器具 page (issue 19): next month's metering-equipment demand by type with the cases behind
each line, shortfalls (net demand above 0) in red, the stock entry of the metering-asset staff (typed
or imported from .xlsx), and the plan kept for the month (generate a new version, PDF, Excel).
Also ``UnreservedSection``, the Today view's warning of cases in ENERGIZE without reserved equipment.

Everything runs on the database worker through ``ui/ops/metering.py``; the page only shows data."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import fields as F
from ui.case_model import STATUS_COLORS
from ui.ops import metering as ops
from ui.row_model import RIGHT, Column, RowTableModel
from ui.widgets import limit_length, plain_text

STOCK_SPINS = ("qualified", "awaiting_test", "issued", "safety", "on_order")


def next_month(day: dt.date) -> str:
    return f"{day.year + day.month // 12}-{day.month % 12 + 1:02d}"


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setTabKeyNavigation(False)  # Tab leaves the table: the page is used from the keyboard
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MeteringPage(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: dict | None = None
        self.title = QLabel()
        self.title.setObjectName("meteringTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.month = QComboBox()
        self.month.setObjectName("meteringMonth")
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        self.btn_generate = QPushButton()
        self.btn_generate.setObjectName("meteringGenerate")
        self.btn_generate.clicked.connect(lambda: self.generate())
        self.btn_pdf = QPushButton()
        self.btn_pdf.setObjectName("meteringPdf")
        self.btn_pdf.clicked.connect(lambda: self.export(pdf=True))
        self.btn_xlsx = QPushButton()
        self.btn_xlsx.setObjectName("meteringXlsx")
        self.btn_xlsx.clicked.connect(lambda: self.export(pdf=False))
        self.summary = QLabel()
        self.summary.setObjectName("meteringSummary")
        self.summary.setWordWrap(True)

        self.lines_model = RowTableModel(self._line_columns(), key=lambda ln: ln["type_code"], parent=self)
        self.lines = _table(self.lines_model, "meteringLines")
        self.cases_model = RowTableModel(self._case_columns(), key=lambda c: c["case_no"], parent=self)
        self.cases = _table(self.cases_model, "meteringCases")
        self.cases.activated.connect(self._open_case)
        self.lines_label, self.cases_label = QLabel(), QLabel()

        # stock entry (库存录入)
        self.stock_box = QGroupBox()
        form = QFormLayout(self.stock_box)
        self.code = QLineEdit()
        self.code.setObjectName("stockCode")
        limit_length(self.code, F.STOCK_CODE)
        self.name = QLineEdit()
        self.name.setObjectName("stockName")
        limit_length(self.name, F.STOCK_NAME)
        self.spins: dict[str, QSpinBox] = {}
        self.form_labels: dict[str, QLabel] = {}
        for key, widget in (("code", self.code), ("name", self.name)):
            self.form_labels[key] = QLabel()
            self.form_labels[key].setBuddy(widget)
            form.addRow(self.form_labels[key], widget)
        for key in STOCK_SPINS:
            sp = QSpinBox()
            sp.setObjectName(f"stock_{key}")
            sp.setRange(0, 1_000_000)
            self.spins[key] = sp
            self.form_labels[key] = QLabel()
            self.form_labels[key].setBuddy(sp)
            form.addRow(self.form_labels[key], sp)
        self.counted_on = QDateEdit()
        self.counted_on.setObjectName("stockDate")
        self.counted_on.setCalendarPopup(True)
        self.counted_on.setDisplayFormat("yyyy-MM-dd")
        self.form_labels["counted_on"] = QLabel()
        self.form_labels["counted_on"].setBuddy(self.counted_on)
        form.addRow(self.form_labels["counted_on"], self.counted_on)
        self.btn_save_stock = QPushButton()
        self.btn_save_stock.setObjectName("stockSave")
        self.btn_save_stock.clicked.connect(lambda: self.save_stock())
        self.btn_import = QPushButton()
        self.btn_import.setObjectName("stockImport")
        self.btn_import.clicked.connect(lambda: self.import_stock())
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_save_stock)
        buttons.addWidget(self.btn_import)
        form.addRow(buttons)
        self.stock_model = RowTableModel(self._stock_columns(), key=lambda r: r["type_code"], parent=self)
        self.stock_table = _table(self.stock_model, "stockTable")
        self.stock_table.activated.connect(self._stock_picked)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.btn_generate)
        top.addWidget(self.btn_pdf)
        top.addWidget(self.btn_xlsx)
        self.lines_label.setWordWrap(True)
        # the demand above, the cases and the stock side by side below: fits a 1366-pixel laptop screen
        split = QSplitter(Qt.Vertical)
        demand = QWidget()
        dl = QVBoxLayout(demand)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.lines_label)
        dl.addWidget(self.lines)
        split.addWidget(demand)
        bottom = QSplitter()
        cases = QWidget()
        cl = QVBoxLayout(cases)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.cases_label)
        cl.addWidget(self.cases)
        bottom.addWidget(cases)
        stock = QWidget()
        sl = QHBoxLayout(stock)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.stock_box)
        sl.addWidget(self.stock_table, 1)
        bottom.addWidget(stock)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        self._fill_months()
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate()

    # --- columns ------------------------------------------------------------------------------------
    def _line_columns(self) -> list[Column]:
        def red(ln):
            return STATUS_COLORS["overdue"] if ln["net"] > 0 else None

        def refs(ln):
            return "、".join(f"{c['case_no']}×{c['count']}" for c in ln["cases"])

        return [Column(lambda ln: ln["type_code"]), Column(lambda ln: ln["name"]),
                *[Column(lambda ln, k=k: str(ln[k]), align=RIGHT) for k in
                  ("need", "available", "awaiting_test", "on_order")],
                Column(lambda ln: str(ln["net"]), align=RIGHT, background=red),
                Column(refs, tooltip=refs)]

    def _case_columns(self) -> list[Column]:
        return [Column(lambda c: c["case_no"]), Column(lambda c: c["customer_name"]),
                Column(lambda c: f"{c['capacity_kva']:g}", align=RIGHT),
                Column(lambda c: (self.tr("HV metering") if c["method"] == "HV" else self.tr("LV metering"))
                       + f" / {c['class']}"),
                Column(lambda c: c["forecast_on"]),
                Column(lambda c: c["reserved_on"] or self.tr("not reserved"),
                       background=lambda c: None if c["reserved_on"] else STATUS_COLORS["warning"])]

    def _stock_columns(self) -> list[Column]:
        return [Column(lambda r: r["type_code"]),
                *[Column(lambda r, k=k: str(r[k]), align=RIGHT) for k in STOCK_SPINS],
                Column(lambda r: r["counted_on"])]

    # --- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Metering equipment"))
        self.month_label.setText(self.tr("&Month:"))
        self.btn_generate.setText(self.tr("&Generate plan"))
        self.btn_generate.setToolTip(self.tr("Keep this month's plan: a new version when anything changed"))
        self.btn_pdf.setText(self.tr("Plan as &PDF…"))
        self.btn_xlsx.setText(self.tr("Plan as E&xcel…"))
        self.lines_label.setText(self.tr("Demand by type — net demand = need − max(0, qualified − issued − "
                                         "safety) − awaiting test − on order; red: shortfall"))
        self.cases_label.setText(self.tr("Cases forecast to be energised in the month — Enter opens the case"))
        self.lines_model.set_headers([self.tr("Type code"), self.tr("Name"), self.tr("Need"), self.tr("Available"),
                                      self.tr("Awaiting test"), self.tr("On order"), self.tr("Net demand"),
                                      self.tr("Cases")])
        self.cases_model.set_headers([self.tr("Case no."), self.tr("Customer"), self.tr("kVA"),
                                      self.tr("Metering / class"), self.tr("Forecast power-on"),
                                      self.tr("Reserved")])
        self.stock_box.setTitle(self.tr("Stock count"))
        for key, text in (("code", self.tr("T&ype code:")), ("name", self.tr("Na&me:")),
                          ("qualified", self.tr("&Qualified in stock:")), ("awaiting_test", self.tr("A&waiting test:")),
                          ("issued", self.tr("&Issued, not installed:")), ("safety", self.tr("Sa&fety stock:")),
                          ("on_order", self.tr("On or&der:")), ("counted_on", self.tr("Co&unt date:"))):
            self.form_labels[key].setText(text)
        self.btn_save_stock.setText(self.tr("&Save count"))
        self.btn_import.setText(self.tr("Import from Excel…"))
        self.stock_model.set_headers([self.tr("Type code"), self.tr("Qualified"), self.tr("Awaiting test"),
                                      self.tr("Issued"), self.tr("Safety"), self.tr("On order"), self.tr("Counted")])
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------------------
    def _as_of(self) -> dt.date:
        return self.ctx.as_of or dt.date.today()

    def _fill_months(self) -> None:
        as_of = self._as_of()
        self.month.blockSignals(True)
        self.month.clear()
        y, m = as_of.year, as_of.month
        for i in range(-1, 5):
            k = m - 1 + i
            self.month.addItem(f"{y + k // 12}-{k % 12 + 1:02d}")
        self.month.setCurrentIndex(2)  # next month: what the plan is made for
        self.month.blockSignals(False)
        self.counted_on.setDate(QDate(as_of.year, as_of.month, as_of.day))

    def current_month(self) -> str:
        return self.month.currentText()

    def reload(self) -> None:
        self.ctx.ops.read(ops.page_data, self.current_month(), self._as_of(), on_done=self._loaded,
                          on_error=self.ctx.show_error)

    def _loaded(self, data: dict) -> None:
        if data["plan"]["month"] != self.current_month():
            return  # an older answer arriving after the user moved on
        self.data = data
        self._render()

    def _render(self) -> None:
        plain_text(self)
        if self.data is None:
            self.summary.setText(self.tr("Loading…"))
            return
        plan, kept = self.data["plan"], self.data["kept"]
        short = [ln for ln in plan["lines"] if ln["net"] > 0]
        text = (self.tr("%1: %2 cases forecast to be energised, %3 equipment types, %4 short (net demand %5).")
                .replace("%1", plan["month"]).replace("%2", str(len(plan["cases"])))
                .replace("%3", str(len(plan["lines"]))).replace("%4", str(len(short)))
                .replace("%5", str(plan["totals"]["net"])))
        if plan["unconfigured"]:
            text += " " + self.tr("Not counted (no metering configuration): %1.").replace(
                "%1", "、".join(u["case_no"] for u in plan["unconfigured"]))
        text += " " + (self.tr("Plan kept: version %1 of %2.").replace("%1", str(kept["version"]))
                       .replace("%2", kept["as_of"]) if kept else self.tr("No plan kept for this month yet."))
        self.summary.setText(text)
        self.lines_model.set_rows(plan["lines"])
        self.cases_model.set_rows(plan["cases"])
        self.stock_model.set_rows(self.data["stock"])

    # --- actions ------------------------------------------------------------------------------------
    def generate(self) -> None:
        self.ctx.ops.read(ops.generate_plan, self.current_month(), self._as_of(), on_done=self._generated,
                          on_error=self.ctx.show_error)

    def _generated(self, plan: dict) -> None:
        self.ctx.status(
            self.tr("Metering plan %1, version %2: %3 changes from the previous version.")
            .replace("%1", plan["month"]).replace("%2", str(plan["version"])).replace("%3", str(len(plan["diff"]))),
            8000)
        self.reload()

    def export(self, pdf: bool, path: str | None = None, on_done=None) -> None:
        """The kept plan (brought up to date) to a PDF or .xlsx file; ``path`` skips the file dialog."""
        if path is None:
            suffix = "pdf" if pdf else "xlsx"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the metering plan"),
                                                   f"计量器具需求计划-{self.current_month()}.{suffix}",
                                                   "PDF (*.pdf)" if pdf else "Excel (*.xlsx)")
            if not path:
                return

        def done(plan: dict) -> None:
            self.ctx.status(self.tr("Saved: %1").replace("%1", path), 8000)
            self.reload()
            if on_done:
                on_done(plan)

        self.ctx.ops.read(ops.plan_files, self.current_month(), self._as_of(), path if pdf else None,
                          None if pdf else path, on_done=done, on_error=self.ctx.show_error)

    def stock_row(self) -> dict:
        d = self.counted_on.date()
        return {"type_code": self.code.text(), "name": self.name.text(),
                **{k: sp.value() for k, sp in self.spins.items()},
                "counted_on": dt.date(d.year(), d.month(), d.day())}

    def save_stock(self) -> None:
        self.ctx.ops.write(ops.record_stock, self.stock_row(), on_done=lambda _ch: self._stock_saved(),
                           on_error=self.ctx.show_error)

    def _stock_saved(self) -> None:
        self.ctx.status(self.tr("Stock count saved: %1").replace("%1", self.code.text()), 8000)
        self.reload()

    def import_stock(self, path: str | None = None) -> None:
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import stock counts"), "", "Excel (*.xlsx)")
            if not path:
                return
        self.ctx.ops.read(ops.import_stock, path, on_done=lambda r: self._imported(r),
                          on_error=self.ctx.show_error)

    def _imported(self, result: dict) -> None:
        self.ctx.status(self.tr("Imported %1 stock rows.").replace("%1", str(result["count"])),
                        8000)
        self.reload()

    def _stock_picked(self, index) -> None:
        """Enter on a stock row: its figures into the form, to be counted again."""
        row = self.stock_model.rows[index.row()]
        self.code.setText(row["type_code"])
        self.name.setText(row.get("name", ""))
        for k, sp in self.spins.items():
            sp.setValue(int(row[k]))
        self.spins["qualified"].setFocus()

    def _open_case(self, index) -> None:
        no = index.data(Qt.UserRole)
        if no:
            self.ctx.open_case(no)


class UnreservedSection(QWidget):
    """The Today view's metering warning: cases in ENERGIZE whose equipment is not reserved; the
    button reserves the selected case's (as configured)."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[dict] = []
        self.label = QLabel()
        self.label.setObjectName("todayMeteringLabel")
        self.model = RowTableModel([
            Column(lambda r: r["case_no"], background=lambda _r: STATUS_COLORS["warning"]),
            Column(lambda r: r["customer_name"]), Column(lambda r: r["manager"]),
            Column(lambda r: r["started_on"]), Column(lambda r: r["deadline"] or "—")],
            key=lambda r: r["case_no"], parent=self)
        self.table = _table(self.model, "todayMetering")
        self.table.activated.connect(lambda index: self.ctx.open_case(index.data(Qt.UserRole)))
        self.btn_reserve = QPushButton()
        self.btn_reserve.setObjectName("todayReserve")
        self.btn_reserve.clicked.connect(lambda: self.reserve_selected())
        self.label.setWordWrap(True)  # it sits in the Today view's narrow right column
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.table)
        lay.addWidget(self.btn_reserve)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.set_headers([self.tr("Case no."), self.tr("Customer"), self.tr("Manager"),
                                self.tr("ENERGIZE since"), self.tr("Deadline")])
        self.btn_reserve.setText(self.tr("&Reserve equipment"))
        self._render()

    def reload(self) -> None:
        self.ctx.ops.read(ops.unreserved, self.ctx.as_of, on_done=self.set_rows,
                          on_error=self.ctx.show_error)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self._render()

    def wants(self, case_rows) -> bool:
        """Fresh case-list rows after a write: read again only if one of them is in ENERGIZE or was
        listed here (a stage finished elsewhere costs no extra read)."""
        listed = {r["case_no"] for r in self.rows}
        return any(r.stage == "ENERGIZE" or r.case_no in listed for r in case_rows)

    def _render(self) -> None:
        self.label.setText(self.tr("Metering equipment not reserved for cases in ENERGIZE: %1")
                           .replace("%1", str(len(self.rows))))
        self.model.set_rows(self.rows)
        self.btn_reserve.setEnabled(bool(self.rows))

    def reserve_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.rows[index.row()] if index.isValid() else (self.rows[0] if len(self.rows) == 1 else None)
        if row is None:
            return
        self.ctx.ops.write(ops.reserve, row["case_no"], self.ctx.as_of, on_done=lambda _ch: self.reload(),
                           on_error=self.ctx.show_error)
