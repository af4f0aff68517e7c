"""导入台账…: a manager's Excel ledger in, previewed before anything is written.

Choose the file and the sheet; the columns are mapped by the ledger vocabulary
(``resources/ledger/columns.json``) and the mapping can be changed here (and is remembered for the
next file with the same headers). The preview is the real import run and rolled back
(``app.ledger.importer``): the three counts, every row with its result, the refused rows with
their reasons. 导入 applies it in one transaction; the refused rows can be saved to a workbook with a
错误原因 column to fix in Excel. Reading and importing run on the database worker, with progress and
cancel.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import stage_name
from app.ledger.importer import LedgerReport, import_table, write_errors
from app.ledger.sheet import ALL_KEYS, NOTE, Table, read_table
from app.messages import language, render


def field_label(key: str) -> str:
    if "." in key:
        stage, end = key.split(".")
        return render("ledger_stage_" + end, stage=stage_name(stage, language()))
    return render("ledger_field_" + key)


def _preview(store, path: str, sheet: str | None, mapping: dict | None, progress=None):
    table = read_table(path, sheet=sheet, mapping=mapping)
    return table, import_table(store, table, dry_run=True, progress=progress)


def _apply(store, table: Table, progress=None) -> LedgerReport:
    return import_table(store, table, dry_run=False, progress=progress)


class LedgerImportDialog(QDialog):
    def __init__(self, worker, parent: QWidget | None = None, on_applied: Callable[[LedgerReport], None] | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerImportDialog")
        self.setWindowTitle(self.tr("Import a ledger"))
        self.worker = worker
        self.on_applied = on_applied
        self.table: Table | None = None
        self.report: LedgerReport | None = None
        self.job = None

        self.file = QLineEdit()
        self.file.setObjectName("ledgerFile")
        self.file.setReadOnly(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("ledgerChoose")
        choose.clicked.connect(self.choose)
        self.sheet = QComboBox()
        self.sheet.setObjectName("ledgerSheet")
        self.sheet.activated.connect(lambda _i: self.preview())
        top = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        top.addRow(self.tr("File:"), row)
        top.addRow(self.tr("Sheet:"), self.sheet)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("ledgerMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the ledger"), self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.mapping.verticalHeader().hide()
        self.rows = QTableWidget(0, 6)
        self.rows.setObjectName("ledgerRows")
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("Customer"),
                                             self.tr("Account"), self.tr("kVA"), self.tr("Reasons and differences")])
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.NoEditTriggers)
        self.rows.setWordWrap(True)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.mapping)
        split.addWidget(self.rows)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 580])

        self.counts = QLabel()
        self.counts.setObjectName("ledgerCounts")
        self.counts.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("ledgerProgress")
        self.progress.hide()
        self.cancel_job = QPushButton(self.tr("Cancel"))
        self.cancel_job.setObjectName("ledgerCancelJob")
        self.cancel_job.hide()
        self.cancel_job.clicked.connect(self._cancel)
        prog = QHBoxLayout()
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_job)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        self.apply_button.setObjectName("ledgerApply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.errors_button = self.buttons.addButton(self.tr("Save refused rows…"), QDialogButtonBox.ActionRole)
        self.errors_button.setObjectName("ledgerSaveErrors")
        self.errors_button.setEnabled(False)
        self.errors_button.clicked.connect(lambda: self.save_errors())
        close = self.buttons.addButton(QDialogButtonBox.Close)
        close.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.counts)
        lay.addLayout(prog)
        lay.addWidget(self.buttons)
        self.resize(980, 560)
        if path:
            self.open_file(path)

    # --- reading and previewing ------------------------------------------------------------------
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a ledger"), "",
                                              self.tr("Ledgers (*.xlsx *.csv)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.file.setText(path)
        self.table = None
        self.sheet.clear()
        self.preview()

    def _mapping_override(self) -> dict | None:
        if self.table is None:
            return None
        out = {}
        for r in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(r, 1)
            out[self.mapping.item(r, 0).text()] = combo.currentData()
        return out

    def preview(self, mapping: dict | None = None) -> None:
        path = self.file.text()
        if not path:
            return
        sheet = self.sheet.currentText() or None
        if mapping is None and self.table is None:
            mapping = None  # the remembered mapping is applied once the headers are known
        self._run(_preview, path, sheet, mapping, done=self._previewed)

    def _previewed(self, result) -> None:
        table, report = result
        remembered = self._remembered(table)
        if remembered and self.table is None and remembered != {table.headers[i]: k for i, k in table.mapping.items()
                                                               if table.headers[i]}:
            self.table = table
            self._run(_preview, str(table.path), table.sheet, remembered, done=self._previewed)
            return
        self.table, self.report = table, report
        self._show_sheets(table)
        self._show_mapping(table)
        self._show_report(report)

    def _remembered(self, table: Table) -> dict | None:
        raw = QSettings().value(f"ledger/mapping/{table.headers_key()}", "")
        try:
            data = json.loads(raw) if raw else None
        except (TypeError, ValueError):
            return None
        if isinstance(data, dict) and all(v is None or v in ALL_KEYS for v in data.values()):
            return data
        return None

    def _remember(self, mapping: dict) -> None:
        if self.table is not None:
            QSettings().setValue(f"ledger/mapping/{self.table.headers_key()}", json.dumps(mapping, ensure_ascii=False))

    def _show_sheets(self, table: Table) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(len(table.sheets) > 1)
        self.sheet.blockSignals(False)

    def _show_mapping(self, table: Table) -> None:
        labelled = [(i, h) for i, h in enumerate(table.headers) if h]
        self.mapping.setRowCount(len(labelled))
        for r, (i, header) in enumerate(labelled):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            self.mapping.setItem(r, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"ledgerField{r}")
            for key in ALL_KEYS:
                combo.addItem(field_label(key), key)
            key = table.mapping.get(i) or NOTE
            combo.setCurrentIndex(combo.findData(key))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(r, 1, combo)

    def _mapping_changed(self, _index: int) -> None:
        mapping = self._mapping_override()
        self._remember(mapping)
        self.preview(mapping)

    def _show_report(self, report: LedgerReport) -> None:
        words = {"create": self.tr("new"), "match": self.tr("matched"), "refuse": self.tr("refused")}
        self.rows.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            kva = "" if row.kva is None else (f"{row.kva:.0f}" if float(row.kva).is_integer() else f"{row.kva:g}")
            if row.kva_text and row.kva_text != kva:
                kva = f"{row.kva_text} → {kva}"
            details = list(row.reasons)
            for d in row.differences:
                details.append(self.tr("%1: ledger %2, case %3").replace("%1", field_label(d["field"]))
                               .replace("%2", d["ledger"]).replace("%3", d["case"]))
            if row.updated:
                details.append(self.tr("filled: %1").replace("%1", "、".join(field_label(k) for k in row.updated)))
            for c, value in enumerate([str(row.row), words[row.action], row.customer_name, row.account_no, kva,
                                       "；".join(details)]):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.rows.setColumnWidth(5, max(240, self.rows.columnWidth(5)) if self.rows.columnWidth(5) < 420 else 420)
        self.rows.resizeRowsToContents()
        head = self.tr("Preview, nothing written yet:") if report.dry_run else self.tr("Imported:")
        text = (head + " " + self.tr("%1 new, %2 matched (%3 to fill in), %4 refused")
                .replace("%1", str(report.created)).replace("%2", str(report.matched))
                .replace("%3", str(report.updated)).replace("%4", str(len(report.refused))))
        if report.unmapped_columns:
            text += "\n" + self.tr("Columns kept on the case as a note: %1").replace(
                "%1", "、".join(report.unmapped_columns))
        self.counts.setText(text)
        self.apply_button.setEnabled(report.dry_run and (report.created > 0 or report.updated > 0))
        self.errors_button.setEnabled(bool(report.refused))

    # --- applying ------------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.table is None:
            return
        self._run(_apply, self.table, done=self._applied)

    def _applied(self, report: LedgerReport) -> None:
        self.report = report
        self._show_report(report)
        self.apply_button.setEnabled(False)
        if self.on_applied is not None:
            self.on_applied(report)

    def save_errors(self, path: str | None = None) -> str | None:
        if self.table is None or self.report is None or not self.report.refused:
            return None
        if path is None:
            default = str(Path(self.table.path).with_name(Path(self.table.path).stem + "-错误行.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save refused rows"), default,
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        write_errors(self.table, self.report, path)
        return path

    # --- the worker ----------------------------------------------------------------------------------
    def _run(self, fn, *args, done) -> None:
        self.apply_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_job.show()

        def finished(result):
            self._idle()
            done(result)

        def failed(message: str):  # a cancelled job reports nothing: see _cancel
            self._idle()
            self.counts.setText(message)
            QMessageBox.warning(self, self.tr("Import a ledger"), message)

        def progress(n: int, total: int):
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(n)

        self.job = self.worker.submit(fn, *args, on_done=finished, on_error=failed, on_progress=progress)

    def _idle(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_job.hide()

    def _cancel(self) -> None:
        """The job stops at its next row and rolls back: nothing is written."""
        if self.job is not None:
            self.job.cancel.set()
            self._idle()
            self.counts.setText(self.tr("Cancelled: nothing was written."))

    def busy(self) -> bool:
        return self.job is not None

    def reject(self) -> None:
        self._cancel()
        super().reject()
