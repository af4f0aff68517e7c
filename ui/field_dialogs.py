"""Field work in the GUI: the joint survey, inspection rounds with their checklist, rectification
items, photos (drag and drop), and the documents handed to the customer."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fields
from app.ledger.export import list_about
from app.services.field import DEPARTMENTS
from ui.excel import export_view
from ui.ops import cases as case_ops
from ui.ops import documents as doc_ops
from ui.ops import field as field_ops
from ui.widgets import (
    WorkerDialog,
    confirm_step,
    date_edit,
    guard_wheel,
    limit_length,
    one_line,
    plain_text,
    plain_tip,
    pydate,
)

PHOTO_FILTER = "*.jpg *.jpeg *.png *.pdf"


class DropPhotos:
    """Mixin: files dropped on the widget are added as attachments of the case."""

    def _enable_drops(self) -> None:
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_photos(paths)
            event.acceptProposedAction()


class SurveyDialog(DropPhotos, WorkerDialog):
    def __init__(self, ops, as_of: dt.date, user: str, view: dict, survey: dict | None,
                 prefilled_from: str | None = None, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("surveyDialog")
        self.case_no = view["case_no"]
        self.setWindowTitle(self.tr("Joint survey — %1").replace("%1", self.case_no))
        sv = survey or {}
        applied = dt.date.fromisoformat(view["applied_on"])
        on = dt.date.fromisoformat(sv["surveyed_on"]) if sv.get("surveyed_on") else as_of
        self.on = date_edit(on, applied)
        self.on.setObjectName("surveyDate")
        self.participants = QTableWidget(0, 2)
        self.participants.setObjectName("participants")
        self.participants.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Department")])
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for p in sv.get("participants") or [{"name": user, "dept": "客户经理"}]:
            self._add_participant(p["name"], p["dept"])
        add_p = QPushButton(self.tr("Add participant"))
        add_p.clicked.connect(lambda: self._add_participant("", ""))
        self.findings = limit_length(QPlainTextEdit(sv.get("findings", "")), fields.SURVEY_FINDINGS)  # as the service
        self.findings.setObjectName("findings")
        self.substation = limit_length(QLineEdit(sv.get("substation", "")), fields.SUBSTATION)
        self.substation.setObjectName("substation")
        self.feeder = limit_length(QLineEdit(sv.get("feeder", "")), fields.FEEDER)
        self.feeder.setObjectName("feeder")
        self.pole = limit_length(QLineEdit(sv.get("pole", "")), fields.POLE)
        self.pole.setObjectName("pole")
        self.kv = QComboBox()
        for kv in (10.0, 20.0, 35.0, 110.0):
            self.kv.addItem(f"{kv:g} kV", kv)
        self.kv.setCurrentIndex(max(0, self.kv.findData(float(sv.get("supply_kv", view["supply_kv"])))))
        self.dual = QCheckBox(self.tr("Dual source"))
        self.dual.setChecked(bool(sv.get("dual_source", view["dual_source"])))
        self.metering = QComboBox()
        self.metering.setObjectName("metering")
        self.metering.addItem(self.tr("High-voltage metering"), "HV")
        self.metering.addItem(self.tr("Low-voltage metering"), "LV")
        self.metering.setCurrentIndex(0 if sv.get("metering") == "HV" else 1)
        self.ct = QLineEdit(sv.get("ct_ratio", ""))
        self.ct.setPlaceholderText("100/5")
        self.ct.setObjectName("ctRatio")
        self.vt = QLineEdit(sv.get("vt_ratio", ""))
        self.vt.setPlaceholderText("10000/100")
        self.transformers = QTableWidget(0, 3)
        self.transformers.setObjectName("transformers")
        self.transformers.setHorizontalHeaderLabels([self.tr("Count"), self.tr("Type"), self.tr("kVA each")])
        self.transformers.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for t in sv.get("transformers", []):
            self._add_transformer(t["count"], t["type"], t["kva"])
        add_t = QPushButton(self.tr("Add transformer"))
        add_t.clicked.connect(lambda: self._add_transformer(1, "dry", view["capacity_kva"]))
        self.photos = QListWidget()
        self.photos.setObjectName("surveyPhotos")
        self.photos.setViewMode(QListWidget.IconMode)
        self.photos.setIconSize(QSize(96, 96))
        self.photos.setMaximumHeight(130)
        add_photo = QPushButton(self.tr("Add photos… (or drop files here)"))
        add_photo.clicked.connect(self._choose_photos)

        form = QFormLayout()
        if prefilled_from:
            note = QLabel(self.tr("Prefilled from the joint survey of temporary case %1: check it on site, "
                                  "then save.").replace("%1", prefilled_from))
            note.setObjectName("surveyPrefilled")
            note.setWordWrap(True)
            note.setStyleSheet("color:#664d03; background:#fff3cd; padding:4px;")
            form.addRow(note)
        form.addRow(self.tr("Survey date"), self.on)
        # recording the survey does not by itself finish SURVEY: when it is the open stage, offer it
        self.finish_survey = None
        if view.get("status") == "open" and view.get("current_stage") == "SURVEY":
            self.finish_survey = QCheckBox(self.tr("Also finish the site survey stage (on the survey date)"))
            self.finish_survey.setObjectName("finishSurveyStage")
            self.finish_survey.setChecked(True)
            form.addRow("", self.finish_survey)
        pbox = QVBoxLayout()
        pbox.addWidget(self.participants)
        pbox.addWidget(add_p)
        form.addRow(self.tr("Participants"), pbox)
        form.addRow(self.tr("Findings"), self.findings)
        conn = QHBoxLayout()
        for w, label in ((self.substation, self.tr("Substation")), (self.feeder, self.tr("Feeder")), (self.pole, self.tr("Pole"))):
            conn.addWidget(QLabel(label))
            conn.addWidget(w)
        form.addRow(self.tr("Connection point"), conn)
        sup = QHBoxLayout()
        sup.addWidget(self.kv)
        sup.addWidget(self.dual)
        form.addRow(self.tr("Supply"), sup)
        met = QHBoxLayout()
        met.addWidget(self.metering)
        met.addWidget(QLabel("CT"))
        met.addWidget(self.ct)
        met.addWidget(QLabel("VT"))
        met.addWidget(self.vt)
        form.addRow(self.tr("Metering"), met)
        tbox = QVBoxLayout()
        tbox.addWidget(self.transformers)
        tbox.addWidget(add_t)
        form.addRow(self.tr("Transformers"), tbox)
        phbox = QVBoxLayout()
        phbox.addWidget(self.photos)
        phbox.addWidget(add_photo)
        form.addRow(self.tr("Photos"), phbox)
        self.finish_layout(form)
        self.resize(760, 760)
        self._enable_drops()
        self.ops.read(field_ops.field_overview, self.case_no, on_done=self._show_photos)

    def _add_participant(self, name: str, dept: str) -> None:
        r = self.participants.rowCount()
        self.participants.insertRow(r)
        self.participants.setItem(r, 0, QTableWidgetItem(name))
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(DEPARTMENTS)
        combo.setCurrentText(dept)
        self.participants.setCellWidget(r, 1, combo)

    def _add_transformer(self, count: int, ttype: str, kva: float) -> None:
        r = self.transformers.rowCount()
        self.transformers.insertRow(r)
        c = QSpinBox()
        c.setRange(1, 10)
        c.setValue(int(count))
        t = QComboBox()
        t.addItem(self.tr("Dry type"), "dry")
        t.addItem(self.tr("Oil immersed"), "oil")
        t.setCurrentIndex(1 if ttype == "oil" else 0)
        k = QDoubleSpinBox()
        k.setDecimals(0)
        k.setRange(1, 40000)
        k.setValue(float(kva))
        for col, w in enumerate((c, t, k)):
            self.transformers.setCellWidget(r, col, w)

    def values(self) -> dict:
        participants = []
        for r in range(self.participants.rowCount()):
            item = self.participants.item(r, 0)
            name = item.text().strip() if item else ""
            if name:
                participants.append({"name": name, "dept": self.participants.cellWidget(r, 1).currentText()})
        transformers = [
            {"count": self.transformers.cellWidget(r, 0).value(), "type": self.transformers.cellWidget(r, 1).currentData(),
             "kva": self.transformers.cellWidget(r, 2).value()}
            for r in range(self.transformers.rowCount())
        ]
        return {
            "surveyed_on": pydate(self.on.date()).isoformat(), "participants": participants,
            "findings": one_line(self.findings), "substation": self.substation.text(), "feeder": self.feeder.text(),
            "pole": self.pole.text(), "supply_kv": self.kv.currentData(), "dual_source": self.dual.isChecked(),
            "metering": self.metering.currentData(), "ct_ratio": self.ct.text().strip(),
            "vt_ratio": self.vt.text().strip(), "transformers": transformers,
        }

    def submit(self) -> None:
        if self.finish_survey is None or not self.finish_survey.isChecked():
            self.run(field_ops.set_survey, self.case_no, self.values())
            return
        on = pydate(self.on.date())
        self.error.hide()
        self.buttons.setEnabled(False)
        self.ops.write(field_ops.set_survey, self.case_no, self.values(),
                       on_done=lambda change: self._finish_stage(change, on), on_error=self.show_error)

    def _finish_stage(self, saved, on: dt.date) -> None:
        """The survey is saved (its own transaction); now SURVEY finishes on the survey date through
        the stage dialog's service. Refused (a lock, a future date…): the survey stays saved and the
        reason is shown."""
        def finished(_changes) -> None:
            self._done(saved)

        def refused(message: str) -> None:
            self._done(saved)
            # the box outlives this dialog (just accepted): it belongs to the dialog's own parent
            box = QMessageBox(QMessageBox.Warning, self.tr("Joint survey — %1").replace("%1", self.case_no),
                              self.tr("The joint survey is saved, but the site survey stage was not finished:")
                              + "\n\n" + message, QMessageBox.Ok, self.parentWidget())
            box.setObjectName("surveyStageNotFinished")
            box.setAttribute(Qt.WA_DeleteOnClose)
            self.stage_refusal = message
            self.stage_box = box
            box.open()

        self.ops.write(case_ops.finish_stage, self.case_no, "SURVEY", on, on_done=finished, on_error=refused)

    # photos
    def _show_photos(self, overview: dict) -> None:
        self.photos.clear()
        for a in overview["attachments"]:
            if a["owner_kind"] == "survey":
                item = QListWidgetItem(a["file_name"])
                if a["thumbnail"]:
                    item.setIcon(QIcon(QPixmap(a["thumbnail"])))
                self.photos.addItem(item)

    def _choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", self.tr("Photos and scans (%1)").replace("%1", PHOTO_FILTER))
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        for p in paths:
            self.ops.write(field_ops.add_attachment, self.case_no, p, "survey", on_error=self.show_error)
        self.ops.read(field_ops.field_overview, self.case_no, on_done=self._show_photos)


class StartInspectionDialog(WorkerDialog):
    """Starts a mid or completion inspection; the round's checklist (``InspectionDialog``) opens once
    it is written, ``open_document`` showing its PDFs."""

    def __init__(self, ops, as_of: dt.date, user: str, view: dict, kind: str, open_document, parent=None) -> None:
        super().__init__(ops, parent)
        self.as_of = as_of
        self.open_document = open_document
        self.setObjectName("startInspectionDialog")
        self.case_no, self.kind = view["case_no"], kind
        names = {"mid": self.tr("Mid inspection"), "completion": self.tr("Completion inspection")}
        self.setWindowTitle(f"{names[kind]} — {self.case_no}")
        self.on = date_edit(as_of, dt.date.fromisoformat(view["applied_on"]))
        self.on.setObjectName("onDate")
        self.inspectors = limit_length(QLineEdit(user), fields.INSPECTORS)
        self.inspectors.setObjectName("inspectors")
        self.inspectors.setPlaceholderText(self.tr("Names, separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("Date requested / started"), self.on)
        form.addRow(self.tr("Inspectors"), self.inspectors)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(field_ops.start_inspection, self.case_no, self.kind, pydate(self.on.date()), self.inspectors.text())

    def _done(self, change) -> None:
        super()._done(change)
        InspectionDialog(self.ops, self.as_of, change.created_id, self.open_document, self.parentWidget()).show()


class InspectionDialog(DropPhotos, QDialog):
    """The checklist of one round: a result per item, measured values judged against their
    limits, notes, photos; closing turns failures into rectification items."""

    RESULTS = ("pass", "fail", "na")

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        plain_text(self)  # user text is shown literally (issue 15)
        super().showEvent(event)

    def __init__(self, ops, as_of: dt.date, inspection_id: str, open_document, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.open_document = open_document  # shows a written PDF (the main window's viewer)
        self.inspection_id = inspection_id
        self.data: dict | None = None
        self.setObjectName("inspectionDialog")
        self.resize(1100, 720)
        self.header = QLabel()
        self.header.setObjectName("inspectionHeader")
        self.header.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("inspectionItems")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Requirement"), self.tr("Limit"),
                                              self.tr("Result"), self.tr("Measured"), self.tr("Note")])
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(1, QHeaderView.Stretch)
        hh.setSectionResizeMode(5, QHeaderView.Stretch)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b02a37;")
        self.error.setWordWrap(True)
        self.close_on = date_edit(as_of)
        self.close_on.setObjectName("closeDate")
        self.btn_close = QPushButton(self.tr("Close the inspection"))
        self.btn_close.setObjectName("btnCloseInspection")
        self.btn_close.clicked.connect(self.close_round)
        self.btn_notice = QPushButton(self.tr("Rectification notice (PDF)"))
        self.btn_notice.setObjectName("btnNotice")
        self.btn_notice.clicked.connect(self.print_notice)
        self.btn_photo = QPushButton(self.tr("Photo for the selected item… (or drop)"))
        self.btn_photo.clicked.connect(self._choose_photo)
        self.btn_pass_rest = QPushButton(self.tr("All others pass"))
        self.btn_pass_rest.setObjectName("btnPassRest")
        self.btn_pass_rest.setToolTip(self.tr("Record “pass” for every item without a result. Recorded results, "
                                              "fails above all, stay; measured items need their value."))
        self.btn_pass_rest.clicked.connect(self.pass_rest)
        self.result_label = QLabel()
        self.result_label.setObjectName("inspectionOutcome")
        bottom = QHBoxLayout()
        bottom.addWidget(self.btn_photo)
        bottom.addWidget(self.btn_pass_rest)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Date")))
        bottom.addWidget(self.close_on)
        bottom.addWidget(self.btn_close)
        bottom.addWidget(self.btn_notice)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.result_label)
        lay.addLayout(bottom)
        self._enable_drops()
        self._loading = False
        self.reload()

    def reload(self) -> None:
        self.ops.read(field_ops.inspection_items, self.inspection_id, on_done=self._loaded,
                                   on_error=self._error)

    def _error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _loaded(self, data: dict) -> None:
        self._loading = True
        self.data = data
        kinds = {"mid": self.tr("Mid inspection"), "completion": self.tr("Completion inspection")}
        self.setWindowTitle(f"{kinds[data['kind']]} — {data['case_no']}")
        self.header.setText(self.tr("%1, round %2, started %3 — inspectors: %4 (checklist %5 v%6)")
                            .replace("%1", kinds[data["kind"]]).replace("%2", str(data["round"]))
                            .replace("%3", data["started_on"]).replace("%4", data["inspectors"] or "—")
                            .replace("%5", data["template"]).replace("%6", str(data["template_version"])))
        closed = data["closed_on"] is not None
        self.table.setRowCount(len(data["items"]))
        names = {"pass": self.tr("Pass"), "fail": self.tr("Fail"), "na": self.tr("Not applicable")}
        for r, it in enumerate(data["items"]):
            code = QTableWidgetItem(it["code"] + (f"  (#{it['open_item']})" if it["open_item"] else ""))
            code.setFlags(code.flags() & ~Qt.ItemIsEditable)
            code.setData(Qt.UserRole, it["code"])
            req = QTableWidgetItem(f"[{it['section']}] {it['text']}" + (f"\n{it['clause']}" if it["clause"] else ""))
            req.setFlags(req.flags() & ~Qt.ItemIsEditable)
            limit = ""
            if it["limit"]:
                lim = it["limit"]
                limit = (f"≤ {lim['max']:g}" if "max" in lim else f"≥ {lim['min']:g}") + f" {lim.get('unit', '')}"
            lim_item = QTableWidgetItem(limit)
            lim_item.setFlags(lim_item.flags() & ~Qt.ItemIsEditable)
            self.table.setItem(r, 0, code)
            self.table.setItem(r, 1, req)
            self.table.setItem(r, 2, lim_item)
            combo = QComboBox()
            combo.addItem("—", None)
            for res in self.RESULTS:
                combo.addItem(names[res], res)
            combo.setCurrentIndex(max(0, combo.findData(it["result"])))
            combo.setEnabled(not closed)
            guard_wheel(combo)  # scrolling the checklist must never change (and save) a result
            combo.currentIndexChanged.connect(lambda _i, row=r: self._changed(row))
            self.table.setCellWidget(r, 3, combo)
            value = QLineEdit("" if it["value"] is None else f"{it['value']:g}")
            value.setEnabled(it["kind"] == "measure" and not closed)
            value.editingFinished.connect(lambda row=r: self._changed(row))
            self.table.setCellWidget(r, 4, value)
            note = limit_length(QLineEdit(it["note"]), fields.ITEM_NOTE)
            note.setEnabled(not closed)
            note.editingFinished.connect(lambda row=r: self._changed(row))
            self.table.setCellWidget(r, 5, note)
            color = {"pass": "#dff0d8", "fail": "#f8d0d0", "na": "#eeeeee"}.get(it["result"] or "")
            if color:
                from PySide6.QtGui import QBrush, QColor

                code.setBackground(QBrush(QColor(color)))
        self.table.resizeRowsToContents()
        self.btn_pass_rest.setEnabled(not closed and any(not it["result"] and it["kind"] != "measure"
                                                         for it in data["items"]))
        self.btn_close.setEnabled(not closed)
        self.close_on.setEnabled(not closed)
        self.btn_notice.setEnabled(closed and data["outcome"] == "rectify")
        if closed:
            self.result_label.setText(
                self.tr("Closed on %1: %2").replace("%1", data["closed_on"]).replace(
                    "%2", self.tr("passed") if data["outcome"] == "pass" else self.tr("rectification needed")))
        else:
            done = sum(1 for it in data["items"] if it["result"])
            self.result_label.setText(self.tr("%1 of %2 items recorded").replace("%1", str(done))
                                      .replace("%2", str(len(data["items"]))))
        self._loading = False

    def set_item(self, code: str, result: str | None = None, value: str = "", note: str = "") -> None:
        """Fill one row as a user would (tests and keyboard users)."""
        row = self._row_of(code)
        self._loading = True
        combo = self.table.cellWidget(row, 3)
        combo.setCurrentIndex(max(0, combo.findData(result)))
        self.table.cellWidget(row, 4).setText(value)
        self.table.cellWidget(row, 5).setText(note)
        self._loading = False
        self._changed(row)

    def _row_of(self, code: str) -> int:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.UserRole) == code:
                return r
        raise KeyError(code)

    def _changed(self, row: int) -> None:
        if self._loading or self.data is None:
            return
        code = self.table.item(row, 0).data(Qt.UserRole)
        result = self.table.cellWidget(row, 3).currentData()
        value = self.table.cellWidget(row, 4).text().strip()
        note = self.table.cellWidget(row, 5).text()
        item = self.data["items"][row]
        if item["kind"] == "measure" and value and result in (None, "pass", "fail"):
            result = None  # the measured value decides
        elif result is None:
            return
        self.error.hide()
        self.ops.write(field_ops.set_result, self.inspection_id, code, result, value or None, note,
                                   on_done=lambda _c: self.reload(), on_error=self._error)

    def pass_rest(self) -> None:
        def done(result) -> None:
            _change, passed, measured = result
            self.reload()
            if measured:
                self._error(self.tr("%1 items recorded as passed; measured items still need their value: %2")
                            .replace("%1", str(len(passed))).replace("%2", ", ".join(measured)))

        self.error.hide()
        self.ops.write(field_ops.pass_unjudged, self.inspection_id, on_done=done, on_error=self._error)

    def close_round(self) -> None:
        """Ask first (closing is irreversible, issue 15); only Yes closes the round."""
        on = pydate(self.close_on.date())
        self.error.hide()
        self.confirm_box = confirm_step(
            self, "confirmCloseInspection", self.tr("Close the inspection"),
            self.tr("Close this inspection on %1?\n\nIts results become fixed: every failed item becomes a "
                    "rectification item of the notice, with its deadline, and passed items close the open items "
                    "they answer. After closing, a result can only be changed by a correction (更正) with a reason.")
            .replace("%1", on.isoformat()),
            self.tr("Close the inspection"), self.tr("Keep it open"), lambda: self._close_now(on))

    def _close_now(self, on: dt.date) -> None:
        def done(_changes) -> None:
            self.reload()

        self.ops.write(field_ops.close_inspection, self.inspection_id, on, on_done=done, on_error=self._error)

    def print_notice(self) -> None:
        self.ops.document(doc_ops.notice_data, self.inspection_id, on_done=self.open_document,
                                  on_error=self._error)

    def _choose_photo(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", PHOTO_FILTER)
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        row = self.table.currentRow()
        if row < 0 or self.data is None:
            self._error(self.tr("Select the item the photo belongs to first."))
            return
        code = self.table.item(row, 0).data(Qt.UserRole)
        for p in paths:
            self.ops.write(field_ops.add_attachment, self.data["case_no"], p, "item",
                                       f"{self.inspection_id}:{code}", on_error=self._error)


class CloseItemDialog(WorkerDialog):
    def __init__(self, ops, as_of: dt.date, user: str, item: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.item_id = item["id"]
        self.setWindowTitle(self.tr("Rectification item #%1 fixed").replace("%1", str(item["number"])))
        self.on = date_edit(as_of)
        self.by = limit_length(QLineEdit(user), fields.CLOSED_BY)
        form = QFormLayout()
        form.addRow(QLabel(f"{item['location']}: {item['requirement']}"))
        form.addRow(self.tr("Seen fixed on"), self.on)
        form.addRow(self.tr("Seen by"), self.by)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(field_ops.close_rectification, self.item_id, pydate(self.on.date()), self.by.text())


class DeliverDialog(WorkerDialog):
    def __init__(self, ops, as_of: dt.date, inspection_id: str, parent=None) -> None:
        super().__init__(ops, parent)
        self.inspection_id = inspection_id
        self.setWindowTitle(self.tr("Notice delivered"))
        self.to = limit_length(QLineEdit(), fields.DELIVERED_TO)
        self.to.setObjectName("deliveredTo")
        self.on = date_edit(as_of)
        form = QFormLayout()
        form.addRow(self.tr("Received by"), self.to)
        form.addRow(self.tr("Date"), self.on)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(field_ops.deliver_notice, self.inspection_id, self.to.text(), pydate(self.on.date()))


class FieldPanel(DropPhotos, QGroupBox):
    """In the case window: survey, inspections, rectification items, photos and documents."""

    def __init__(self, detail) -> None:
        super().__init__()
        self.detail = detail
        self.ctx = detail.ctx
        self.overview: dict | None = None
        self.setObjectName("fieldPanel")
        self.survey_label = QLabel()
        self.survey_label.setWordWrap(True)
        self.btn_survey = QPushButton()
        self.btn_survey.setObjectName("btnSurvey")
        self.btn_survey.clicked.connect(self.edit_survey)
        self.btn_handbook = QPushButton()
        self.btn_handbook.setObjectName("btnHandbook")
        self.btn_handbook.clicked.connect(self.print_handbook)
        self.btn_settings = QPushButton()
        self.btn_settings.setObjectName("btnSettingSheet")
        self.btn_settings.clicked.connect(self.setting_sheet)
        self.inspections = QListWidget()
        self.inspections.setObjectName("inspectionList")
        self.inspections.setMaximumHeight(90)
        self.inspections.itemActivated.connect(self._open_inspection)
        self.items = QTableWidget(0, 5)
        self.items.setObjectName("rectificationItems")
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QTableWidget.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.btn_item = QPushButton()
        self.btn_item.setObjectName("btnCloseItem")
        self.btn_item.clicked.connect(self._close_item)
        self.btn_deliver = QPushButton()
        self.btn_deliver.setObjectName("btnDeliver")
        self.btn_deliver.clicked.connect(self._deliver)
        self.btn_export = QPushButton()
        self.btn_export.setObjectName("btnExportItems")
        self.btn_export.clicked.connect(lambda: self.export_excel())
        self.photos = QListWidget()
        self.photos.setObjectName("casePhotos")
        self.photos.setViewMode(QListWidget.IconMode)
        self.photos.setIconSize(QSize(72, 72))
        self.photos.setMaximumHeight(110)
        self.btn_photo = QPushButton()
        self.btn_photo.clicked.connect(self._choose_photos)
        top = QHBoxLayout()
        top.addWidget(self.survey_label, 1)
        top.addWidget(self.btn_survey)
        top.addWidget(self.btn_handbook)
        top.addWidget(self.btn_settings)
        mid = QHBoxLayout()
        mid.addWidget(self.inspections, 1)
        side = QVBoxLayout()
        side.addWidget(self.btn_item)
        side.addWidget(self.btn_deliver)
        side.addWidget(self.btn_export)
        side.addStretch(1)
        items_row = QHBoxLayout()
        items_row.addWidget(self.items, 1)
        items_row.addLayout(side)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photos, 1)
        photos_row.addWidget(self.btn_photo)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        self.insp_label, self.items_label, self.photos_label = QLabel(), QLabel(), QLabel()
        lay.addWidget(self.insp_label)
        lay.addLayout(mid)
        lay.addWidget(self.items_label)
        lay.addLayout(items_row)
        lay.addWidget(self.photos_label)
        lay.addLayout(photos_row)
        self._enable_drops()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Field work (drop photos here)"))
        self.btn_survey.setText(self.tr("Joint survey…"))
        self.btn_handbook.setText(self.tr("Acceptance handbook (PDF)"))
        self.btn_settings.setText(self.tr("Protection settings…"))
        self.btn_item.setText(self.tr("Item fixed…"))
        self.btn_deliver.setText(self.tr("Notice delivered…"))
        self.btn_export.setText(self.tr("Export to Excel"))
        self.btn_photo.setText(self.tr("Add photos…"))
        self.insp_label.setText(self.tr("Inspections (double-click to open)"))
        self.items_label.setText(self.tr("Rectification items"))
        self.photos_label.setText(self.tr("Photos and scans"))
        self.items.setHorizontalHeaderLabels([self.tr("No."), self.tr("Location"), self.tr("Requirement"),
                                              self.tr("Deadline"), self.tr("State")])
        if self.overview:
            self._render()

    def reload(self) -> None:
        self.ctx.ops.read(field_ops.field_overview, self.detail.case_no, on_done=self.set_data,
                          on_error=self.ctx.show_error)

    def set_data(self, overview: dict) -> None:
        self.overview = overview
        self._render()

    def _render(self) -> None:
        o = self.overview
        sv = o["survey"]
        if sv:
            oil, dry = self.tr("oil"), self.tr("dry")
            tx = "、".join(f"{t['count']}×{t['kva']:g}kVA {oil if t['type'] == 'oil' else dry}"
                          for t in sv["transformers"]) or "—"
            self.survey_label.setText(self.tr("Survey %1: %2 %3 %4; %5; transformers %6").replace("%1", sv["surveyed_on"])
                                      .replace("%2", sv["substation"]).replace("%3", sv["feeder"]).replace("%4", sv["pole"])
                                      .replace("%5", self.tr("HV metering") if sv["metering"] == "HV" else self.tr("LV metering"))
                                      .replace("%6", tx))
        else:
            from app.messages import language

            self.survey_label.setText(self.tr("No joint survey recorded yet.") + (
                ("" if language() == "zh" else " ") + self.tr("The form starts from the temporary case's survey.") if o.get("survey_prefill") else ""))
        kinds = {"mid": self.tr("Mid inspection"), "completion": self.tr("Completion inspection")}
        self.inspections.clear()
        for i in o["inspections"]:
            state = (self.tr("open") if not i["closed_on"] else
                     self.tr("passed") if i["outcome"] == "pass" else self.tr("rectification needed"))
            item = QListWidgetItem(f"{kinds[i['kind']]} #{i['round']}  {i['started_on']}  {state}")
            item.setData(Qt.UserRole, i["id"])
            self.inspections.addItem(item)
        self.items.setRowCount(len(o["rectification"]))
        for r, it in enumerate(o["rectification"]):
            state = self.tr("open") if it["open"] else self.tr("closed %1 (%2)").replace("%1", it["closed_on"]).replace(
                "%2", it["closed_by"])
            for c, text in enumerate((f"#{it['number']}", it["location"], it["requirement"] + (f" — {it['finding']}" if it["finding"] else ""),
                                      it["deadline"], state)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, it["id"])
                self.items.setItem(r, c, cell)
        self.btn_item.setEnabled(any(it["open"] for it in o["rectification"]))
        self.btn_deliver.setEnabled(any(i["outcome"] == "rectify" for i in o["inspections"]))
        self.photos.clear()
        for a in o["attachments"]:
            item = QListWidgetItem(a["file_name"])
            if a["thumbnail"]:
                item.setIcon(QIcon(QPixmap(a["thumbnail"])))
            item.setToolTip(plain_tip(f"{a['file_name']} ({a['size'] // 1024} KB)"))
            self.photos.addItem(item)

    # actions
    def export_excel(self, path: str | None = None, on_done=None) -> None:
        """The rectification items as the table shows them; open items past their deadline marked."""
        today = self.ctx.as_of.isoformat()
        late = {it["id"] for it in (self.overview or {}).get("rectification", []) if it["open"] and it["deadline"] < today}

        def write(about: dict) -> None:
            export_view(self, self.items, "整改项", about, highlight=lambda key: key in late, path=path, on_done=on_done)

        self.ctx.ops.read(list_about, self.ctx.as_of, "整改项", {"工单号": self.detail.case_no},
                          on_done=write, on_error=self.ctx.show_error)

    def edit_survey(self):
        o = self.overview or {}
        survey, source = o.get("survey"), None
        if survey is None and o.get("survey_prefill"):  # a formal case: start from the temporary case's survey
            survey = o["survey_prefill"]
            source = ((self.detail.view or {}).get("predecessor") or {}).get("case_no") or "—"
        win = self.ctx
        dlg = SurveyDialog(win.ops, win.as_of, win.store.user, self.detail.view, survey, prefilled_from=source,
                           parent=win.dialog_parent)
        self.detail.last_dialog = dlg
        dlg.open()
        return dlg

    def setting_sheet(self):
        from ui.setting_dialog import SettingSheetDialog

        win = self.ctx
        dlg = SettingSheetDialog(win.ops, win.as_of, self.detail.view, (self.overview or {}).get("survey"),
                                 open_document=win.open_document, parent=win.dialog_parent)
        self.detail.last_dialog = dlg
        dlg.show()
        return dlg

    def print_handbook(self) -> None:
        self.ctx.ops.document(doc_ops.handbook_data, self.detail.case_no, self.ctx.as_of,
                                   on_done=self.ctx.open_document, on_error=self.ctx.show_error)

    def _open_inspection(self, item) -> None:
        dlg = InspectionDialog(self.ctx.ops, self.ctx.as_of, item.data(Qt.UserRole), self.ctx.open_document,
                               self.ctx.dialog_parent)
        self.detail.last_dialog = dlg
        dlg.show()

    def _selected_item(self) -> dict | None:
        """The selected item if it is open, else the first open one."""
        row = self.items.currentRow()
        rect = self.overview["rectification"]
        if 0 <= row < len(rect) and rect[row]["open"]:
            return rect[row]
        return next((it for it in rect if it["open"]), None)

    def _close_item(self):
        item = self._selected_item()
        if item and item["open"]:
            dlg = CloseItemDialog(self.ctx.ops, self.ctx.as_of, self.ctx.store.user, item, self.ctx.dialog_parent)
            self.detail.last_dialog = dlg
            dlg.open()
            return dlg
        return None

    def _deliver(self):
        rect = [i for i in self.overview["inspections"] if i["outcome"] == "rectify"]
        if rect:
            dlg = DeliverDialog(self.ctx.ops, self.ctx.as_of, rect[-1]["id"], self.ctx.dialog_parent)
            self.detail.last_dialog = dlg
            dlg.open()
            return dlg
        return None

    def _choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", PHOTO_FILTER)
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> None:
        for p in paths:
            self.ctx.ops.write(field_ops.add_attachment, self.detail.case_no, p, on_error=self.ctx.show_error)
        self.reload()


__all__ = ["SurveyDialog", "StartInspectionDialog", "InspectionDialog", "FieldPanel", "QDialogButtonBox", "QDate",
           "QWidget"]
