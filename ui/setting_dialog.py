"""The protection-setting sheet of a case: inputs, live recalculation with the checks in colour,
versions, issue and print."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import Refused
from app.ledger.export import list_about
from app.protection import calculate
from app.services.setting_sheets import inputs_from
from ui.excel import export_view
from ui.ops import documents as doc_ops
from ui.ops import field as field_ops
from ui.widgets import confirm_step, date_edit, guard_wheel, plain_text, pydate

OK_COLORS = {True: "#dff0d8", False: "#f8d0d0", None: "#eeeeee"}


def _spin(lo: float, hi: float, value: float, decimals: int = 1, suffix: str = "") -> QDoubleSpinBox:
    w = QDoubleSpinBox()
    w.setRange(lo, hi)
    w.setDecimals(decimals)
    w.setValue(value)
    if suffix:
        w.setSuffix(" " + suffix)
    return w


class SettingSheetDialog(QDialog):
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        guard_wheel(self)  # the wheel over a field changes it only once the field has focus
        plain_text(self)  # user text is shown literally (issue 15)
        super().showEvent(event)

    def __init__(self, ops, as_of: dt.date, view: dict, survey: dict | None = None, open_document=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.as_of = as_of  # the day a version is issued on, and a receipt's default return day
        self.open_document = open_document  # shows the written sheet PDF
        self.view = view
        self.survey = survey  # the joint survey: the form starts from its CT ratio and transformers (issue 16)
        self.case_no = view["case_no"]
        self.result: dict | None = None
        self.setObjectName("settingSheetDialog")
        self.setWindowTitle(self.tr("Protection settings — %1").replace("%1", self.case_no))
        self.resize(1100, 760)
        kva = float(view["capacity_kva"])
        self.sk_max = _spin(1, 5000, 300, 0, "MVA")
        self.sk_max.setObjectName("skMax")
        self.sk_min = _spin(1, 5000, 200, 0, "MVA")
        self.sk_min.setObjectName("skMin")
        self.kva = _spin(10, 40000, kva, 0, "kVA")
        self.kva.setObjectName("trKva")
        self.count = _spin(1, 10, 1, 0)
        self.uk = _spin(0, 20, 4.5 if kva < 800 else 6.0, 2, "%")
        self.uk.setObjectName("uk")
        self.pk = _spin(0, 100, 0, 2, "kW")
        self.pk.setSpecialValueText(self.tr("typical"))
        self.ct = QLineEdit("100/5")
        self.ct.setObjectName("ctRatio")
        self.tr_type = QComboBox()
        self.tr_type.setObjectName("trType")
        self.tr_type.addItem(self.tr("oil-immersed"), "oil")
        self.tr_type.addItem(self.tr("dry-type"), "dry")
        self._from_survey(survey)
        self.vector = QComboBox()
        self.vector.addItems(["Dyn11", "Yyn0"])
        self.ratio = QComboBox()
        self.ratio.addItems(["10/0.4", "10.5/0.4"])
        self.cable_km = _spin(0, 50, 0, 2, "km")
        self.cable_r = _spin(0, 5, 0.0, 3, "Ω/km")
        self.cable_x = _spin(0, 5, 0.0, 3, "Ω/km")
        self.feeder_inst = _spin(0, 100000, 0, 0, "A")
        self.feeder_inst.setSpecialValueText("—")
        self.feeder_oc = _spin(0, 100000, 0, 0, "A")
        self.feeder_oc.setSpecialValueText("—")
        self.feeder_time = _spin(0, 10, 0, 1, "s")
        self.feeder_time.setObjectName("feederTime")
        self.feeder_time.setSpecialValueText("—")
        form = QFormLayout()
        form.addRow(self.tr("System S_k max / min"), self._pair(self.sk_max, self.sk_min))
        form.addRow(self.tr("Transformer kVA × count"), self._pair(self.kva, self.count))
        form.addRow(self.tr("u_k / load losses P_k"), self._pair(self.uk, self.pk))
        form.addRow(self.tr("Vector group / voltage ratio"), self._pair(self.vector, self.ratio))
        form.addRow(self.tr("CT ratio"), self.ct)
        form.addRow(self.tr("Transformer type"), self.tr_type)
        if survey:
            form.addRow(QLabel(self.tr("Started from the joint survey of %1").replace("%1", survey["surveyed_on"])))
        form.addRow(self.tr("Cable length / R / X"), self._pair(self.cable_km, self.cable_r, self.cable_x))
        form.addRow(self.tr("Utility feeder: instantaneous / overcurrent / time"),
                    self._pair(self.feeder_inst, self.feeder_oc, self.feeder_time))
        self.error = QLabel()
        self.error.setObjectName("settingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        self.settings = QTableWidget(0, 5)
        self.settings.setObjectName("settingsTable")
        self.settings.setEditTriggers(QTableWidget.NoEditTriggers)
        self.settings.verticalHeader().hide()
        self.settings.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.checks = QTableWidget(0, 4)
        self.checks.setObjectName("checksTable")
        self.checks.setEditTriggers(QTableWidget.NoEditTriggers)
        self.checks.verticalHeader().hide()
        self.checks.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.sheets = QListWidget()
        self.sheets.setObjectName("sheetVersions")
        self.sheets.setMaximumHeight(90)
        self.btn_save = QPushButton(self.tr("Save as a new version"))
        self.btn_save.setObjectName("btnSaveSheet")
        self.btn_save.clicked.connect(self.save)
        self.btn_issue = QPushButton(self.tr("Issue the selected version"))
        self.btn_issue.setObjectName("btnIssueSheet")
        self.btn_issue.clicked.connect(self.issue)
        self.btn_receipt = QPushButton(self.tr("Record execution receipt…"))
        self.btn_receipt.setObjectName("btnSheetReceipt")
        self.btn_receipt.clicked.connect(self.record_receipt)
        self.btn_pdf = QPushButton(self.tr("Print the selected version (PDF)"))
        self.btn_pdf.setObjectName("btnSheetPdf")
        self.btn_pdf.clicked.connect(self.pdf)
        self.btn_export = QPushButton(self.tr("Export to Excel"))
        self.btn_export.setObjectName("btnExportSheets")
        self.btn_export.clicked.connect(lambda: self.export_excel())
        results = QGroupBox(self.tr("Settings (recalculated as you type)"))
        rl = QVBoxLayout(results)
        rl.addWidget(self.settings)
        rl.addWidget(self.checks)
        buttons = QHBoxLayout()
        for b in (self.btn_save, self.btn_issue, self.btn_receipt, self.btn_pdf, self.btn_export):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(results, 1)
        lay.addWidget(QLabel(self.tr("Versions")))
        lay.addWidget(self.sheets)
        lay.addLayout(buttons)
        for w in (self.sk_max, self.sk_min, self.kva, self.count, self.uk, self.pk, self.cable_km, self.cable_r,
                  self.cable_x, self.feeder_inst, self.feeder_oc, self.feeder_time):
            w.valueChanged.connect(self.recalculate)
        self.ct.textChanged.connect(self.recalculate)
        self.vector.currentIndexChanged.connect(self.recalculate)
        self.ratio.currentIndexChanged.connect(self.recalculate)
        self.tr_type.currentIndexChanged.connect(self.recalculate)
        self.recalculate()
        self.reload_versions()

    def _from_survey(self, survey: dict | None) -> None:
        """CT ratio, transformer size, count and type as the survey recorded them (one size and
        type: a mixed set is left to the manager)."""
        if not survey:
            return
        if survey.get("ct_ratio"):
            self.ct.setText(survey["ct_ratio"])
        ts = survey.get("transformers") or []
        if len({(t.get("kva"), t.get("type")) for t in ts}) == 1:
            t = ts[0]
            self.kva.setValue(float(t["kva"]))
            self.count.setValue(sum(int(x.get("count", 1)) for x in ts))
            i = self.tr_type.findData(t.get("type"))
            if i >= 0:
                self.tr_type.setCurrentIndex(i)

    @staticmethod
    def _pair(*widgets):
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        return row

    def values(self) -> dict:
        v = {"sk_max_mva": self.sk_max.value(), "sk_min_mva": self.sk_min.value(), "kva": self.kva.value(),
             "count": int(self.count.value()), "uk_pct": self.uk.value(), "ct": self.ct.text(),
             "vector": self.vector.currentText(), "ratio": self.ratio.currentText(), "tr_type": self.tr_type.currentData(),
             "cable_km": self.cable_km.value(), "cable_r": self.cable_r.value(), "cable_x": self.cable_x.value(),
             "applied_kva": float(self.view["capacity_kva"])}
        if self.pk.value() > 0:
            v["pk_kw"] = self.pk.value()
        if self.feeder_inst.value() > 0:
            v["feeder_inst_a"] = self.feeder_inst.value()
        if self.feeder_oc.value() > 0:
            v["feeder_oc_a"] = self.feeder_oc.value()
        if self.feeder_time.value() > 0:
            v["feeder_oc_time_s"] = self.feeder_time.value()
        return v

    def recalculate(self, *_args) -> None:
        """Pure arithmetic, no database: fast enough to run on every keystroke."""
        try:
            self.result = calculate(inputs_from(self.values()))
        except Refused as exc:
            self.result = None
            self.error.setText(str(exc))
            self.error.show()
            self.btn_save.setEnabled(False)
            return
        self.error.hide()
        self.btn_save.setEnabled(True)
        r = self.result
        rows = [k for k in ("instantaneous", "overcurrent", "overload", "zero_sequence") if k in r]
        self.settings.setRowCount(len(rows))
        self.settings.setHorizontalHeaderLabels([self.tr("Protection"), self.tr("Primary A"), self.tr("Secondary A"),
                                                 self.tr("Time s"), self.tr("Check")])
        for i, k in enumerate(rows):
            s = r[k]
            cells = (s.get("name", k), f"{s['primary_a']:.1f}", f"{s['secondary_a']:.2f}",
                     "" if s["time_s"] is None else f"{s['time_s']:.1f}",
                     {True: self.tr("pass"), False: self.tr("fail"), None: "—"}[s["ok"]])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setBackground(QBrush(QColor(OK_COLORS[s["ok"]])))
                self.settings.setItem(i, c, item)
        self.checks.setRowCount(len(r["checks"]))
        self.checks.setHorizontalHeaderLabels([self.tr("Check"), self.tr("Value"), self.tr("Threshold"), self.tr("Result")])
        for i, chk in enumerate(r["checks"]):
            val = chk["value"]
            lim = chk["limit"]
            cells = (chk["name"] + (f" — {chk['note']}" if chk.get("note") else ""),
                     "—" if val is None else f"{val:.2f}", "—" if lim is None else f"{chk.get('relation', '')} {lim:g}",
                     {True: self.tr("pass"), False: self.tr("fail"), None: "—"}[chk["ok"]])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(OK_COLORS[chk["ok"]])))
                self.checks.setItem(i, c, item)
        self.checks.resizeRowsToContents()

    # --- versions -------------------------------------------------------------------------------------
    def reload_versions(self) -> None:
        self.ops.read(field_ops.sheets_of, self.case_no, on_done=self._versions, on_error=self._error)

    def _versions(self, items: list) -> None:
        names = {"draft": self.tr("draft"), "issued": self.tr("issued"), "executed": self.tr("executed"),
                 "void": self.tr("void")}
        self.sheets.clear()
        for it in items:
            row = QListWidgetItem(f"{it['sheet_no']} v{it['version']}  {names[it['status']]}  {it['created_on']}")
            row.setData(Qt.UserRole, it["id"])
            self.sheets.addItem(row)
        if items:
            self.sheets.setCurrentRow(len(items) - 1)

    def export_excel(self, path: str | None = None, on_done=None) -> None:
        """The versions of this case's setting sheet, one line each as the list shows them."""
        def write(about: dict) -> None:
            export_view(self, self.sheets, "整定单版本", about, path=path, on_done=on_done,
                        group_header=self.tr("Versions"))

        self.ops.read(list_about, self.as_of, "整定单版本", {"工单号": self.case_no},
                      on_done=write, on_error=self._error)

    def _selected(self) -> str | None:
        item = self.sheets.currentItem()
        return item.data(Qt.UserRole) if item else None

    def save(self):
        return self.ops.write(field_ops.new_sheet, self.case_no, self.values(),
                              on_done=lambda _c: self.reload_versions(), on_error=self._error)

    def issue(self):
        """Ask first (issuing is irreversible, issue 15); only Yes issues the selected version."""
        sid = self._selected()
        if not sid:
            return None
        self.error.hide()
        label = self.sheets.currentItem().text().split("  ")[0]
        self.confirm_box = confirm_step(
            self, "confirmIssueSheet", self.tr("Issue the setting sheet"),
            self.tr("Issue %1 on %2?\n\nThe issued version becomes fixed: its settings can no longer be edited "
                    "and it goes out for execution as it stands. A change then needs a new version, which voids "
                    "this one.").replace("%1", label).replace("%2", self.as_of.isoformat()),
            self.tr("Issue the sheet"), self.tr("Keep the draft"), lambda: self._issue_now(sid))
        return self.confirm_box

    def _issue_now(self, sid: str):
        return self.ops.write(field_ops.issue_sheet, sid, self.as_of,
                              on_done=lambda _c: self.reload_versions(), on_error=self._error)

    def record_receipt(self):
        """The execution receipt of the selected (issued) version: to whom, by whom, when returned."""
        sid = self._selected()
        if not sid:
            return None
        dlg = SheetReceiptDialog(self, sid)
        self.receipt_dialog = dlg
        dlg.open()
        return dlg

    def pdf(self):
        sid = self._selected()
        if sid:
            return self.ops.document(doc_ops.sheet_data, sid, on_done=self.open_document, on_error=self._error)
        return None

    def _error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class SheetReceiptDialog(QDialog):
    """定值单执行回执: handed to whom, executed by whom, returned on which day (the core refuses a
    version not issued, or a return before the issue, with the reason; the dialog stays open)."""

    def __init__(self, sheet_dialog, sheet_id: str) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(sheet_dialog)
        self.sheet_dialog = sheet_dialog
        self.ops = sheet_dialog.ops
        self.sheet_id = sheet_id
        self.setObjectName("sheetReceiptDialog")
        self.setWindowTitle(self.tr("Execution receipt"))
        self.to = QLineEdit()
        self.to.setObjectName("receiptTo")
        self.by = QLineEdit()
        self.by.setObjectName("receiptBy")
        self.on = date_edit(sheet_dialog.as_of)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Handed to"), self.to)
        form.addRow(self.tr("Executed by"), self.by)
        form.addRow(self.tr("Returned on"), self.on)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def submit(self) -> None:
        self.error.hide()
        self.buttons.setEnabled(False)
        # a write: its change set goes to the hub, which refreshes the case window
        self.ops.write(field_ops.record_sheet_execution, self.sheet_id, self.to.text(), self.by.text(),
                       pydate(self.on.date()), on_done=self._done, on_error=self._error)

    def _error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.buttons.setEnabled(True)

    def _done(self, change) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self.sheet_dialog.reload_versions()
