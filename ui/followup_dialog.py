"""The follow-up form (回访, issue 20): when, by whom, how, the questionnaire in force (each question
may stay unanswered: "—" is no answer, never a score), the dates the customer gives, the opinion."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit

from app.messages import language
from ui.ops import after as after_ops
from ui.widgets import WorkerDialog, date_edit, pydate

MODES = ("phone", "visit", "wechat", "other")


class FollowUpDialog(WorkerDialog):
    def __init__(self, ops, as_of: dt.date, case_no: str, questionnaire: dict, by: str = "", parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("followUpDialog")
        self.case_no = case_no
        self.setWindowTitle(self.tr("Follow-up — %1").replace("%1", case_no))
        self.on = date_edit(as_of)
        self.on.setObjectName("followUpDate")
        self.by = QLineEdit(by)
        self.by.setObjectName("followUpBy")
        self.by.setMaxLength(50)
        self.mode = QComboBox()
        self.mode.setObjectName("followUpMode")
        names = {"phone": self.tr("Phone"), "visit": self.tr("Visit"), "wechat": self.tr("WeChat"),
                 "other": self.tr("Other")}
        for m in MODES:
            self.mode.addItem(names[m], m)
        form = QFormLayout()
        form.addRow(self.tr("Done on"), self.on)
        form.addRow(self.tr("By"), self.by)
        form.addRow(self.tr("Mode"), self.mode)
        scale = questionnaire["scale"]
        self.answers: dict[str, QComboBox] = {}
        for q in questionnaire["questions"]:
            box = QComboBox()
            box.setObjectName(f"answer_{q['code']}")
            box.addItem(self.tr("— (not answered)"), None)
            for v in range(scale["min"], scale["max"] + 1):
                box.addItem(str(v), v)
            self.answers[q["code"]] = box
            form.addRow(q["name"] if language() == "zh" else q.get("name_en") or q["name"], box)
        self.has_applied = QCheckBox(self.tr("Customer says they applied on"))
        self.has_applied.setObjectName("followUpHasApplied")
        self.applied = date_edit(as_of)
        self.applied.setObjectName("followUpApplied")
        self.has_energized = QCheckBox(self.tr("Customer says power came on"))
        self.has_energized.setObjectName("followUpHasEnergized")
        self.energized = date_edit(as_of)
        self.energized.setObjectName("followUpEnergized")
        for check, edit in ((self.has_applied, self.applied), (self.has_energized, self.energized)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit)
            row.addStretch(1)
            form.addRow(row)
        self.text = QPlainTextEdit()
        self.text.setObjectName("followUpText")
        self.text.setMaximumHeight(100)
        form.addRow(self.tr("Opinion"), self.text)
        self.finish_layout(form)
        self.resize(520, self.sizeHint().height())

    def given_answers(self) -> dict[str, int]:
        return {code: box.currentData() for code, box in self.answers.items() if box.currentData() is not None}

    def submit(self) -> None:
        self.run(after_ops.add_followup, self.case_no, pydate(self.on.date()), self.by.text(), self.mode.currentData(),
                 self.given_answers(), pydate(self.applied.date()) if self.has_applied.isChecked() else None,
                 pydate(self.energized.date()) if self.has_energized.isChecked() else None,
                 self.text.toPlainText().strip())
