"""In the case window: the papers of the case (issue 16) — which can be made and, for the others, what
is missing — each saved as a PDF or printed (again, at any time), several printed at once; and the
fees of the case, recorded and withdrawn with a reason."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.ops import papers as paper_ops
from ui.widgets import WorkerDialog, date_edit, pydate


class PapersPanel(QGroupBox):
    def __init__(self, detail) -> None:
        super().__init__()
        self.detail = detail
        self.ctx = detail.ctx
        self.data: dict | None = None
        self.last_dialog = None
        self.printed: list[str] = []  # kinds of the last print job (tests, status line)
        self.setObjectName("papersPanel")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("paperList")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setMaximumHeight(180)
        self.table.itemDoubleClicked.connect(lambda _item: self.save_pdf())
        self.fees_label = QLabel()
        self.fees_label.setObjectName("feesLabel")
        self.fees_label.setWordWrap(True)
        self.btn_pdf = QPushButton()
        self.btn_pdf.setObjectName("btnPaperPdf")
        self.btn_pdf.clicked.connect(lambda: self.save_pdf())
        self.btn_print = QPushButton()
        self.btn_print.setObjectName("btnPaperPrint")
        self.btn_print.clicked.connect(lambda: self.print_selected())
        self.btn_print_all = QPushButton()
        self.btn_print_all.setObjectName("btnPaperPrintAll")
        self.btn_print_all.clicked.connect(lambda: self.print_all())
        self.btn_fee = QPushButton()
        self.btn_fee.setObjectName("btnFee")
        self.btn_fee.clicked.connect(self.add_fee)
        self.btn_withdraw_fee = QPushButton()
        self.btn_withdraw_fee.setObjectName("btnWithdrawFee")
        self.btn_withdraw_fee.clicked.connect(self.withdraw_fee)
        side = QVBoxLayout()
        for b in (self.btn_pdf, self.btn_print, self.btn_print_all, self.btn_fee, self.btn_withdraw_fee):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.fees_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Papers for the customer"))
        self.table.setHorizontalHeaderLabels([self.tr("Paper"), self.tr("State")])
        self.btn_pdf.setText(self.tr("Save PDF"))
        self.btn_print.setText(self.tr("Print…"))
        self.btn_print_all.setText(self.tr("Print all available…"))
        self.btn_fee.setText(self.tr("Record fee…"))
        self.btn_withdraw_fee.setText(self.tr("Withdraw fee…"))
        if self.data is not None:
            self.reload()

    def reload(self) -> None:
        # the titles and the reasons come from the core, in the language in force: ask again
        self.ctx.worker.submit(paper_ops.papers_overview, self.detail.case_no, self.ctx.as_of,
                               on_done=self._loaded, on_error=self.ctx.show_error)

    def set_data(self, data: dict) -> None:
        """The papers and fees, read with the rest of the case window (``case_window``)."""
        self._loaded(data)

    def _loaded(self, data: dict) -> None:
        self.data = data
        papers = data["papers"]
        self.table.setRowCount(len(papers))
        for i, p in enumerate(papers):
            title = QTableWidgetItem(p["title"])
            title.setData(Qt.UserRole, p["kind"])
            state = QTableWidgetItem(self.tr("Available") if p["available"] else p["reason"])
            state.setToolTip(p["reason"] or self.tr("Can be saved or printed, as often as needed"))
            if not p["available"]:
                state.setForeground(Qt.darkGray)
                title.setForeground(Qt.darkGray)
            self.table.setItem(i, 0, title)
            self.table.setItem(i, 1, state)
        live = [f for f in data["fees"] if f["in_force"]]
        self.fees_label.setText(
            self.tr("Fees: %1").replace("%1", "；".join(f"{f['item']} {f['amount']}" for f in live))
            if live else self.tr("Fees: none recorded"))
        self.btn_withdraw_fee.setEnabled(bool(live))

    # --- papers -----------------------------------------------------------------------------
    def available(self) -> list[str]:
        return [p["kind"] for p in (self.data or {}).get("papers", []) if p["available"]]

    def selected(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows]

    def _usable(self, kinds: list[str]) -> list[str] | None:
        """The kinds that can be made; the reason of the first that cannot, shown, when none can."""
        papers = {p["kind"]: p for p in (self.data or {}).get("papers", [])}
        ok = [k for k in kinds if papers.get(k, {}).get("available")]
        if not ok:
            bad = next((papers[k] for k in kinds if k in papers), None)
            self.ctx.show_error(bad["reason"] if bad else self.tr("Select a paper first."))
            return None
        return ok

    def save_pdf(self, kinds: list[str] | None = None) -> None:
        kinds = self._usable(kinds or self.selected())
        if kinds:
            self.ctx.worker.submit(paper_ops.paper_pdf, self.detail.case_no, kinds, self.ctx.as_of,
                                   on_done=self.ctx.open_document, on_error=self.ctx.show_error)

    def print_selected(self, printer=None) -> None:
        kinds = self._usable(self.selected())
        if kinds:
            self._print(kinds, printer)

    def print_all(self, printer=None) -> None:
        kinds = self._usable(self.available() or [p["kind"] for p in (self.data or {}).get("papers", [])])
        if kinds:
            self._print(kinds, printer)

    def _print(self, kinds: list[str], printer=None) -> None:
        """Gather the papers on the worker, then ask for the printer (the system dialog) and print.
        ``printer``: a printer already set up (tests print to a PDF file), no dialog."""
        self.ctx.worker.submit(paper_ops.paper_datas, self.detail.case_no, kinds, self.ctx.as_of,
                               on_done=lambda datas: self._print_now(datas, printer),
                               on_error=self.ctx.show_error)

    def _print_now(self, datas: list[dict], printer=None) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.paper_print import print_papers

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dlg = QPrintDialog(printer, self.detail)
            dlg.setWindowTitle(self.tr("Print papers"))
            self.last_dialog = dlg
            if dlg.exec() != QPrintDialog.DialogCode.Accepted:
                return
        try:
            print_papers(printer, datas)
        except Exception as exc:  # a printer gone or out of paper: said, and the papers stay printable
            from app.errors import Refused

            self.ctx.show_error(str(Refused("print_failed", problem=str(exc))))
            return
        self.printed = [d["kind"] for d in datas]
        self.ctx.status(self.tr("Sent to the printer: %1").replace(
            "%1", "、".join(d["title"] for d in datas)), 15000)

    # --- fees -------------------------------------------------------------------------------
    def event_text(self, kind: str, p: dict) -> str | None:
        """The history's words for the fee events (FEE_RECORDED, FEE_WITHDRAWN)."""
        if kind == "FEE_RECORDED":
            from app.services.fees import yuan

            text = self.tr("Fee recorded: %1 %2 yuan (%3)").replace("%1", p.get("item", "")).replace(
                "%2", yuan(int(p.get("amount_fen", 0)))).replace("%3", p.get("basis", ""))
            if p.get("replaces"):
                text += " — " + self.tr("corrects an earlier fee: %1").replace("%1", p.get("reason", ""))
            return text
        if kind == "FEE_WITHDRAWN":
            return self.tr("Fee withdrawn: %1 (%2)").replace("%1", p.get("item", "")).replace("%2", p.get("reason", ""))
        return None

    def add_fee(self):
        dlg = FeeDialog(self.ctx.ops, self.ctx.as_of, self.detail.case_no, (self.data or {}).get("items", []),
                        self.ctx.dialog_parent)
        self.last_dialog = dlg
        dlg.open()
        return dlg

    def withdraw_fee(self):
        live = [f for f in (self.data or {}).get("fees", []) if f["in_force"]]
        if not live:
            return None
        dlg = WithdrawFeeDialog(self.ctx.ops, self.ctx.as_of, live, self.ctx.dialog_parent)
        self.last_dialog = dlg
        dlg.open()
        return dlg


class FeeDialog(WorkerDialog):
    """A fee of the case: item (a usual one brings its usual basis), amount in yuan, basis."""

    def __init__(self, ops, as_of: dt.date, case_no: str, items: list[dict], parent=None) -> None:
        super().__init__(ops, parent)
        self.case_no = case_no
        self.items_ = items
        self.setWindowTitle(self.tr("Record a fee"))
        self.setMinimumWidth(560)  # the usual basis is a sentence: readable without scrolling the field
        self.item = QComboBox()
        self.item.setObjectName("feeItem")
        self.item.setEditable(True)
        self.item.addItems([i["zh"] for i in items])
        self.amount = QLineEdit()
        self.amount.setObjectName("feeAmount")
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 12000.00"))
        self.basis = QLineEdit()
        self.basis.setObjectName("feeBasis")
        self.on = date_edit(as_of)
        self.item.currentTextChanged.connect(self._usual_basis)
        self._usual_basis(self.item.currentText())
        form = QFormLayout()
        form.addRow(self.tr("Fee item"), self.item)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Basis"), self.basis)
        form.addRow(self.tr("Date"), self.on)
        self.finish_layout(form)

    def _usual_basis(self, name: str) -> None:
        usual = {i["zh"]: i["basis"] for i in self.items_}
        # a basis the manager typed is never replaced; only an untouched usual one follows the item
        if not self.basis.text() or self.basis.text() in usual.values():
            self.basis.setText(usual.get(name, ""))

    def submit(self) -> None:
        self.run(paper_ops.record_fee, self.case_no, self.item.currentText(), self.amount.text(),
                 self.basis.text(), pydate(self.on.date()))


class WithdrawFeeDialog(WorkerDialog):
    """A wrong fee taken off the notice, with the reason; it stays in the history."""

    def __init__(self, ops, as_of: dt.date, fees: list[dict], parent=None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Withdraw a fee"))
        self.setMinimumWidth(480)
        self.fee = QComboBox()
        self.fee.setObjectName("feeChoice")
        for f in fees:
            self.fee.addItem(f"{f['recorded_on']}  {f['item']}  {f['amount']}", f["id"])
        self.reason = QLineEdit()
        self.reason.setObjectName("feeReason")
        self.on = date_edit(as_of)
        form = QFormLayout()
        form.addRow(self.tr("Fee"), self.fee)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Date"), self.on)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(paper_ops.withdraw_fee, self.fee.currentData(), self.reason.text(), pydate(self.on.date()))


__all__ = ["PapersPanel", "FeeDialog", "WithdrawFeeDialog"]
