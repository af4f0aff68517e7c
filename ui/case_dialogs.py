"""Dialogs that change a case: new case, edit, and stage actions (start, finish, pause, resume).

Fields are checked in place with the same rules as the core; whatever the core still refuses is
shown with the core's own message and the dialog stays open with everything the user typed.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from app import fields
from app.domain import BUSINESS_TYPES, PAUSE_REASONS, ROUND_STAGES, SUPPLY_KV
from app.fields import MAX_KVA_BY_KV
from ui import townships
from ui.case_model import stage_label
from ui.ops import cases as case_ops
from ui.widgets import WorkerDialog, limit_length, one_line, plain_question, pydate, qdate

ACCOUNT_RE = re.compile(r"^\d{10}$")


FORMAL = "TEMP_TO_FORMAL"


class NewCaseDialog(WorkerDialog):
    """A new case. A temporary-to-formal case (TEMP_TO_FORMAL) needs the temporary case it follows:
    choosing that type shows a choice of the temporary cases still without a formal case, and the
    chosen one prefills the customer's data. ``from_case`` (the temporary case window's "create
    formal case" action) fixes both the type and the source. ``on_created(case_no, message)`` gets
    the new case (the window shows the message and opens it); ``duplicate_of(account, besides)`` names
    an open case of that account among those loaded, if any."""

    def __init__(self, ops, as_of: dt.date, user: str, on_created, duplicate_of=None,
                 from_case: str | None = None, parent=None) -> None:
        super().__init__(ops, parent)
        self.on_created = on_created
        self.find_duplicate = duplicate_of
        self.setWindowTitle(self.tr("New case") if from_case is None
                            else self.tr("Formal case from temporary case %1").replace("%1", from_case))
        self.setObjectName("newCaseDialog")
        self.fixed_source = from_case
        self.candidates: list[dict] | None = None
        self.defaults: dict | None = None  # formal_defaults of the chosen source, once loaded
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        self.customer.setMaxLength(fields.CUSTOMER_NAME.max_len)  # limits from app.fields, as the services
        self.account = QLineEdit()
        self.account.setObjectName("account")
        self.account.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,10}")))
        self.account.setPlaceholderText(self.tr("10 digits"))
        self.account.setMaxLength(fields.ACCOUNT_DIGITS)
        self.kv = QComboBox()
        self.kv.setObjectName("kv")
        for kv in SUPPLY_KV:
            self.kv.addItem(f"{kv:g} kV", kv)
        self.kva = QDoubleSpinBox()
        self.kva.setObjectName("kva")
        self.kva.setDecimals(0)
        self.kva.setRange(0, 1_000_000)
        self.kva.setSuffix(" kVA")
        self.kva.setValue(0)
        self.btype = QComboBox()
        self.btype.setObjectName("businessType")
        names = {"NEW": self.tr("New connection"), "INCREASE": self.tr("Capacity increase"),
                 "TEMPORARY": self.tr("Temporary supply"), "TEMP_TO_FORMAL": self.tr("Temporary to formal")}
        for code in BUSINESS_TYPES:
            self.btype.addItem(names[code], code)
        self.dual = QCheckBox(self.tr("Dual source"))
        self.typical = QCheckBox(self.tr("Typical design"))
        self.green = QCheckBox(self.tr("Green channel"))
        self.key = QCheckBox(self.tr("Key project"))
        self.manager = QLineEdit(user)
        self.manager.setObjectName("manager")
        self.manager.setMaxLength(fields.MANAGER.max_len)
        self.township = QComboBox()
        self.township.setObjectName("township")
        self.township.setEditable(True)
        self.township.addItem("")
        self.township.addItems(townships.names())
        limit_length(self.township.lineEdit(), fields.TOWNSHIP)
        self.contact = QLineEdit()
        self.contact.setMaxLength(fields.CONTACT.max_len)
        self.address = QLineEdit()
        self.address.setMaxLength(fields.ADDRESS.max_len)
        self.applied = QDateEdit(qdate(as_of))
        self.applied.setObjectName("applied")
        self.applied.setCalendarPopup(True)
        self.applied.setDisplayFormat("yyyy-MM-dd")
        self.applied.setMaximumDate(qdate(as_of))

        form = QFormLayout()
        form.addRow(self.tr("Customer name"), self.customer)
        form.addRow(self.tr("Account no."), self.account)
        form.addRow(self.tr("Business type"), self.btype)
        self.source = QComboBox()
        self.source.setObjectName("sourceCase")
        self.source.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(30)
        self.source_note = QLabel()
        self.source_note.setObjectName("sourceNote")
        self.source_note.setWordWrap(True)
        self.source_note.setStyleSheet("color: #555;")
        source_box = QVBoxLayout()
        source_box.setContentsMargins(0, 0, 0, 0)
        source_box.addWidget(self.source)
        source_box.addWidget(self.source_note)
        self.source_label = QLabel(self.tr("Temporary case"))
        form.addRow(self.source_label, source_box)
        self.form = form
        form.addRow(self.tr("Supply voltage"), self.kv)
        form.addRow(self.tr("Applied capacity"), self.kva)
        form.addRow("", self.dual)
        form.addRow("", self.typical)
        form.addRow("", self.green)
        form.addRow("", self.key)
        form.addRow(self.tr("Customer manager"), self.manager)
        form.addRow(self.tr("Township"), self.township)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Application date"), self.applied)
        self.hint = QLabel()
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a6d3b;")
        self.hint.hide()
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self._confirmed_duplicate = False
        # validation in place: what is wrong shows while typing, not only on OK
        self.customer.textChanged.connect(self._live)
        self.account.textChanged.connect(self._live)
        self.kva.valueChanged.connect(self._live)
        self.kv.currentIndexChanged.connect(self._live)
        self.btype.currentIndexChanged.connect(self._type_changed)
        self.source.currentIndexChanged.connect(self._source_changed)
        if from_case is not None:
            self.btype.setCurrentIndex(self.btype.findData(FORMAL))
            self.btype.setEnabled(False)  # a formal case of this temporary case, nothing else
        self._type_changed()

    # --- the temporary case a formal case follows ---------------------------------------------
    def formal(self) -> bool:
        return self.btype.currentData() == FORMAL

    def from_case(self) -> str | None:
        return self.source.currentData() if self.formal() else None

    def _type_changed(self, *_args) -> None:
        formal = self.formal()
        self.form.setRowVisible(self.source_label, formal)
        if formal:
            self.setMinimumWidth(560)  # room for the case choice and what it means
        if not formal:
            self.defaults = None
            self.applied.clearMinimumDate()
            self._live()
            return
        if self.fixed_source is not None:
            if self.source.count() == 0:
                self.source.addItem(self.fixed_source, self.fixed_source)
                self.source.setEnabled(False)
                self.source_note.setText(self.tr("The customer's data, the advice and the survey are taken over "
                                                 "from the temporary case."))
                self._source_changed()
            return
        if self.candidates is None:
            self.source_note.setText(self.tr("Looking for temporary cases…"))
            self.ops.read(case_ops.formal_candidates, on_done=self._candidates_loaded,
                          on_error=self.show_error)

    def _candidates_loaded(self, rows: list) -> None:
        self.candidates = rows
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("Choose the temporary case…"), None)
        for r in rows:
            self.source.addItem(f"{r['case_no']}  {r['customer_name']}  ({r['applied_on']}, {r['capacity_kva']:g} kVA)",
                                r["case_no"])
        self.source.blockSignals(False)
        if rows:
            self.source_note.setText(self.tr("A formal case follows a temporary case: choose it, and its customer's "
                                             "data, advice and survey are taken over."))
        else:
            self.source_note.setText(self.tr("No temporary case is waiting for its formal case. Record the temporary "
                                             "supply as a case of its own first; its window then offers "
                                             "\"Create formal case…\"."))
        self.source.setEnabled(bool(rows))
        self.adjustSize()

    def _source_changed(self, *_args) -> None:
        ref = self.from_case()
        self.defaults = None
        if not ref:
            self.applied.clearMinimumDate()
            return
        self.ops.read(case_ops.formal_defaults, ref, on_done=self._prefill, on_error=self.show_error)

    def _prefill(self, d: dict) -> None:
        if d.get("from_case") != self.from_case():
            return  # another source was chosen meanwhile
        self.defaults = d
        self.customer.setText(d["customer_name"])
        self.account.setText(d["account_no"])
        self.kv.setCurrentIndex(max(0, self.kv.findData(d["supply_kv"])))
        self.township.setCurrentText(d["township"])
        self.contact.setText(d["contact"])
        self.address.setText(d["address"])
        self.green.setChecked(bool(d["green_channel"]))
        self.key.setChecked(bool(d["key_project"]))
        self.applied.setMinimumDate(qdate(d["source_applied_on"]))
        self.kva.setFocus()  # the one thing the formal case must be given
        self._live()

    def _live(self, *_args) -> None:
        touched = self.account.text() or self.kva.value() or self.customer.text()
        problem = self.local_problem() if touched else None
        # an account still being typed is not an error yet
        if problem and len(self.account.text()) < 10 and problem == self.tr("The account number must be exactly 10 digits."):
            problem = None
        if problem and not self.customer.text().strip() and problem == self.tr("The customer name is required."):
            problem = None
        if problem and self.kva.value() == 0:
            problem = None
        if problem:
            self.show_error(problem)
        else:
            self.error.hide()
        dup = self.duplicate_of() if ACCOUNT_RE.match(self.account.text().strip()) else None
        if dup:
            self.hint.setText(self.tr("Account %1 already has an open case %2.").replace("%1", self.account.text())
                              .replace("%2", dup))
            self.hint.show()
        else:
            self.hint.hide()

    def local_problem(self) -> str | None:
        """The checks the core will make, made here first so the user sees them at once."""
        if self.formal() and not self.from_case():
            return self.tr("A temporary-to-formal case follows a temporary case: choose it first.")
        if not self.customer.text().strip():
            return self.tr("The customer name is required.")
        if not ACCOUNT_RE.match(self.account.text().strip()):
            return self.tr("The account number must be exactly 10 digits.")
        kva = self.kva.value()
        kv = self.kv.currentData()
        if kva <= 0:
            return self.tr("The applied capacity must be more than 0 kVA.")
        if kva > MAX_KVA_BY_KV[kv]:
            return self.tr("%1 kVA is not credible for a single %2 kV application (at most %3 kVA).") \
                .replace("%1", f"{kva:g}").replace("%2", f"{kv:g}").replace("%3", f"{MAX_KVA_BY_KV[kv]:g}")
        return None

    def duplicate_of(self) -> str | None:
        if self.find_duplicate is None:
            return None
        return self.find_duplicate(self.account.text().strip(), self.from_case())  # its own temporary case is none

    def submit(self) -> None:
        problem = self.local_problem()
        if problem:
            self.show_error(problem)
            return
        dup = self.duplicate_of()
        if dup and not self._confirmed_duplicate:
            answer = plain_question(
                self, self.tr("Possible duplicate"),
                self.tr("Account %1 already has an open case %2. Create another case anyway?")
                .replace("%1", self.account.text().strip()).replace("%2", dup),
            )
            if answer != QMessageBox.Yes:
                return
            self._confirmed_duplicate = True
        self.run(
            case_ops.create_case,
            customer_name=self.customer.text(),
            account_no=self.account.text().strip(),
            capacity_kva=self.kva.value(),
            supply_kv=self.kv.currentData(),
            business_type=self.btype.currentData(),
            dual_source=self.dual.isChecked(),
            typical_design=self.typical.isChecked(),
            green_channel=self.green.isChecked(),
            key_project=self.key.isChecked(),
            manager=self.manager.text(),
            township=self.township.currentText(),
            contact=self.contact.text(),
            address=self.address.text(),
            applied_on=pydate(self.applied.date()),
            **({"from_case": self.from_case()} if self.formal() else {}),
        )

    def _done(self, change) -> None:
        super()._done(change)
        self.on_created(change.case_no, self.tr("Created case %1").replace("%1", change.case_no))


class EditCaseDialog(WorkerDialog):
    def __init__(self, ops, view: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Edit case %1").replace("%1", view["case_no"]))
        self.case_no = view["case_no"]
        self.customer = limit_length(QLineEdit(view["customer_name"]), fields.CUSTOMER_NAME)  # as the service (app.fields)
        self.customer.setObjectName("customer")
        self.kva = QDoubleSpinBox()
        self.kva.setObjectName("kva")
        self.kva.setDecimals(0)
        self.kva.setRange(0, 1_000_000)
        self.kva.setSuffix(" kVA")
        self.kva.setValue(view["capacity_kva"])
        self.manager = limit_length(QLineEdit(view["manager"]), fields.MANAGER)
        self.township = QComboBox()
        self.township.setEditable(True)
        self.township.addItems([""] + townships.names())
        self.township.setCurrentText(view["township"])
        limit_length(self.township.lineEdit(), fields.TOWNSHIP)
        self.contact = limit_length(QLineEdit(view["contact"]), fields.CONTACT)
        self.address = limit_length(QLineEdit(view["address"]), fields.ADDRESS)
        form = QFormLayout()
        form.addRow(self.tr("Customer name"), self.customer)
        form.addRow(self.tr("Applied capacity"), self.kva)
        form.addRow(self.tr("Customer manager"), self.manager)
        form.addRow(self.tr("Township"), self.township)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Address"), self.address)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(case_ops.edit_case, self.case_no, customer_name=self.customer.text(), capacity_kva=self.kva.value(),
                 manager=self.manager.text(), township=self.township.currentText(), contact=self.contact.text(),
                 address=self.address.text())


class StageActionDialog(WorkerDialog):
    """start / finish / pause / resume, with a date that defaults to ``as_of`` (the window's day)."""

    def __init__(self, ops, as_of: dt.date, view: dict, action: str, stage: str | None = None, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName(f"stageDialog_{action}")
        self.action = action
        self.case_no = view["case_no"]
        self.stage = stage
        titles = {"start": self.tr("Start a stage"), "finish": self.tr("Finish a stage"),
                  "pause": self.tr("Pause the clock"), "resume": self.tr("Resume the clock")}
        self.setWindowTitle(f"{titles[action]} — {self.case_no}")
        form = QFormLayout()
        self.on = QDateEdit(qdate(as_of))
        self.on.setObjectName("onDate")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        # no minimum date: QDateEdit would silently replace an earlier date typed (2012-06-10
        # became 2012-06-18); the core refuses it with the reason instead (issue 15)
        if stage:
            label = QLabel(stage_label(stage))
            label.setObjectName("stageName")
            form.addRow(self.tr("Stage"), label)
        form.addRow(self.tr("Date"), self.on)
        self.outcome = None
        if action == "finish" and stage in ROUND_STAGES:
            self.outcome = QComboBox()
            self.outcome.setObjectName("outcome")
            self.outcome.addItem(self.tr("Pass"), "pass")
            rectify = self.tr("Returned for revision") if stage == "DESIGN_REVIEW" else self.tr("Rectification needed")
            self.outcome.addItem(rectify, "rectify")
            form.addRow(self.tr("Outcome"), self.outcome)
        self.reason = self.note = None
        if action == "pause":
            self.reason = QComboBox()
            self.reason.setObjectName("reason")
            reasons = {
                "CUSTOMER_REQUEST": self.tr("Customer asked to defer"),
                "CUSTOMER_DOCUMENTS": self.tr("Customer documents incomplete"),
                "SITE_NOT_READY": self.tr("Site not ready"),
                "POLICY": self.tr("Policy (non-technical) issues"),
                "CUSTOMER_UNREACHABLE": self.tr("Customer unreachable"),
                "CUSTOMER_FEES_UNPAID": self.tr("Customer has not paid the fees"),
            }
            for code in PAUSE_REASONS:
                self.reason.addItem(reasons[code], code)
            self.note = limit_length(QPlainTextEdit(), fields.PAUSE_NOTE)
            self.note.setObjectName("note")
            self.note.setMaximumHeight(80)
            form.addRow(self.tr("Reason (customer-caused only)"), self.reason)
            form.addRow(self.tr("Note"), self.note)
        self.finish_layout(form)

    def submit(self) -> None:
        on = pydate(self.on.date())
        if self.action == "start":
            self.run(case_ops.start_stage, self.case_no, self.stage, on)
        elif self.action == "finish":
            outcome = self.outcome.currentData() if self.outcome is not None else "pass"
            self.run(case_ops.finish_stage, self.case_no, self.stage, on, outcome)
        elif self.action == "pause":
            self.run(case_ops.pause_stage, self.case_no, on, self.reason.currentData(), one_line(self.note))
        else:
            self.run(case_ops.resume_stage, self.case_no, on)


__all__ = ["NewCaseDialog", "EditCaseDialog", "StageActionDialog", "Qt"]
