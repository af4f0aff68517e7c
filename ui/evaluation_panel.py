"""In the case window, once the case is energised (issue 20): the evaluation (业扩项目评价) — every
stage with its rounds and the verdict of each rule set, the late stages with their over-runs and
the cause a person gives each, documents, pauses — and the follow-ups, with the follow-up form."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
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

from app.domain import stage_name
from app.messages import language
from ui.ops import after as after_ops


class EvaluationPanel(QGroupBox):
    def __init__(self, detail) -> None:
        super().__init__()
        self.detail = detail
        self.ctx = detail.ctx
        self.data: dict | None = None
        self.last_dialog = None
        self.setObjectName("evaluationPanel")
        self.state = QLabel()
        self.state.setObjectName("evaluationState")
        self.state.setWordWrap(True)
        self.stages = QTableWidget(0, 4)
        self.stages.setObjectName("evaluationStages")
        self.stages.verticalHeader().hide()
        self.stages.setEditTriggers(QTableWidget.NoEditTriggers)
        self.stages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.stages.horizontalHeader().setStretchLastSection(True)
        self.stages.setMaximumHeight(230)
        self.stage = QComboBox()
        self.stage.setObjectName("causeStage")
        self.cause = QComboBox()
        self.cause.setObjectName("causeCode")
        self.note = QLineEdit()
        self.note.setObjectName("causeNote")
        self.note.setMaxLength(2000)
        self.btn_cause = QPushButton()
        self.btn_cause.setObjectName("btnSaveCause")
        self.btn_cause.clicked.connect(self.save_cause)
        self.cause_row = QHBoxLayout()
        self.cause_label = QLabel()
        for w in (self.cause_label, self.stage, self.cause, self.note, self.btn_cause):
            self.cause_row.addWidget(w)
        self.cause_row.setStretch(3, 1)
        self.followups = QLabel()
        self.followups.setObjectName("evaluationFollowUps")
        self.followups.setWordWrap(True)
        self.btn_followup = QPushButton()
        self.btn_followup.setObjectName("btnFollowUp")
        self.btn_followup.clicked.connect(lambda: self.follow_up())
        fl = QHBoxLayout()
        fl.addWidget(self.followups, 1)
        fl.addWidget(self.btn_followup)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(self.stages)
        lay.addLayout(self.cause_row)
        lay.addLayout(fl)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Evaluation and follow-ups (after power on)"))
        self.stages.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Rounds"), self.tr("Working days"),
                                               self.tr("Rule sets")])
        self.cause_label.setText(self.tr("Cause of a late stage:"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.btn_cause.setText(self.tr("Save cause"))
        self.btn_followup.setText(self.tr("Record follow-up…"))
        if self.data is not None:
            self._render()

    def reload(self) -> None:
        self.ctx.ops.read(after_ops.case_after, self.detail.case_no, on_done=self.set_data,
                          on_error=self.ctx.show_error)

    def set_data(self, data: dict | None) -> None:
        self.data = data
        self.setVisible(data is not None)
        if data is not None:
            self._render()

    def _render(self) -> None:
        ev = self.data["evaluation"]
        zh = language() == "zh"
        if ev["complete"]:
            self.state.setText(self.tr("Evaluation complete. Supply-department time: %1 working days.")
                               .replace("%1", str(ev["supply_dept_wd"])))
        else:
            missing = "、".join(stage_name(m.split(":", 1)[1], language()) for m in ev["missing"])
            self.state.setText(self.tr("Evaluation open: give the cause of %1.").replace("%1", missing))
        self.state.setStyleSheet("" if ev["complete"] else "color:#b02a37; font-weight:bold;")
        self.stages.setRowCount(len(ev["stages"]))
        for i, st in enumerate(ev["stages"]):
            verdicts = []
            for rs, c in st["compliance"].items():
                word = self.tr("met") if c["status"] == "met" else (
                    self.tr("missed by %1").replace("%1", str(c["over_wd"])) if c["status"] == "missed" else c["status"])
                verdicts.append(f"{rs}: {word}")
            cause = ev["causes"].get(st["code"])
            if cause:
                verdicts.append(self.tr("cause: %1").replace("%1", cause["name"] + (f" ({cause['note']})"
                                                                                       if cause["note"] else "")))
            cells = [st["name"], str(st["rounds"]), str(st["elapsed_wd"]), "; ".join(verdicts)]
            for j, v in enumerate(cells):
                self.stages.setItem(i, j, QTableWidgetItem(v))
        late = list(dict.fromkeys(x["code"] for x in ev["late"]))
        self.stage.clear()
        for code in late:
            self.stage.addItem(stage_name(code, language()), code)
        self.cause.clear()
        for c in self.data["causes"]:
            self.cause.addItem(c["name"] if zh else c.get("name_en") or c["name"], c["code"])
        for w in (self.cause_label, self.stage, self.cause, self.note, self.btn_cause):
            w.setVisible(bool(late))
        fus = self.data["followups"]
        if fus:
            lines = []
            for f in fus:
                names = self.data.get("questions", {})
                answers = ", ".join(f"{names.get(k, (k, k))[0 if zh else 1]} {v}" for k, v in f["answers"].items()) \
                    or self.tr("no answers")
                own = " " + self.tr("(self-reported, not counted)") if f["self_reported"] else ""
                lines.append(f"{f['done_on']} {f['by']}{own}: {answers}")
            self.followups.setText("\n".join(lines))
        else:
            self.followups.setText(self.tr("No follow-up yet."))

    def save_cause(self) -> None:
        if self.stage.currentData() is None:
            return
        self.ctx.ops.write(after_ops.set_cause, self.detail.case_no, self.stage.currentData(),
                           self.cause.currentData(), self.note.text(), on_error=self.ctx.show_error)

    def follow_up(self) -> None:
        def got(questionnaire: dict) -> None:
            from ui.followup_dialog import FollowUpDialog

            dlg = FollowUpDialog(self.ctx.ops, self.ctx.as_of, self.detail.case_no, questionnaire,
                                 parent=self.detail)
            self.last_dialog = dlg
            dlg.open()

        self.ctx.ops.read(after_ops.questionnaire, on_done=got, on_error=self.ctx.show_error)
