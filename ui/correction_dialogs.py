"""Corrections in the case window (issue 15): correct a recorded entry, undo the last step, withdraw
the case. Each asks for a reason from the versioned list (resources/corrections/reasons.json) and
says what becomes fixed; the core records a correction event and refuses what is out of order."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from app import fields
from app.domain import ROUND_STAGES
from app.messages import language
from app.services import corrections as corr
from ui.case_model import stage_label
from ui.widgets import WorkerDialog, limit_length, one_line


# --- jobs (run on the database worker) -------------------------------------------------------------
def correct_entry(store, ref: str, target: tuple, value: str, reason: str, note: str):
    with store.session() as s:
        if target[0] == "case":
            return corr.correct_field(s, ref, target[1], value, reason=reason, note=note)
        if target[0] == "pause":
            _, stage, rnd, n, field = target
            return corr.correct_pause(s, ref, stage, rnd, n, reason=reason, note=note, **{field: value})
        _, stage, rnd, field = target
        return corr.correct_stage(s, ref, stage, rnd, reason=reason, note=note, **{field: value})


def undo_last(store, ref: str, reason: str, note: str):
    with store.session() as s:
        return corr.undo_last(s, ref, reason=reason, note=note)


def withdraw(store, ref: str, reason: str, note: str):
    with store.session() as s:
        return corr.withdraw_case(s, ref, reason=reason, note=note)


class _ReasonDialog(WorkerDialog):
    use = "correct"

    def __init__(self, ops, view: dict, detail) -> None:
        super().__init__(ops, detail)
        self.case_no = view["case_no"]
        self.view = view
        self.detail = detail
        self.form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for r in corr.reason_list()["reasons"]:
            if self.use in r["uses"]:
                self.reason.addItem(r["zh"] if language() == "zh" else r["en"], r["code"])
        self.note = limit_length(QPlainTextEdit(), fields.CORRECTION_NOTE)  # as the service checks it (app.fields)
        self.note.setObjectName("note")
        self.note.setMaximumHeight(70)
        self.fixed = QLabel()
        self.fixed.setObjectName("whatBecomesFixed")
        self.fixed.setWordWrap(True)
        self.fixed.setStyleSheet("color:#664d03; background:#fff3cd; padding:4px;")

    def add_reason_rows(self) -> None:
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.fixed)
        self.finish_layout(self.form)


class CorrectionDialog(_ReasonDialog):
    """Which entry, its new value; the original stays in the history, struck through."""

    def __init__(self, ops, view: dict, detail) -> None:
        super().__init__(ops, view, detail)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct an entry — %1").replace("%1", self.case_no))
        self.entry = QComboBox()
        self.entry.setObjectName("entry")
        self.current: list[str] = []
        for st in view["stages"]:
            rnd = f" #{st['round']}" if st["round"] > 1 else ""
            name = stage_label(st["code"]) + rnd
            self._add(f"{name}: " + self.tr("start date"), ("stage", st["code"], st["round"], "started_on"),
                      st["started_on"])
            for n, pz in enumerate(sorted(st["pauses"], key=lambda x: x["started_on"]), 1):
                self._add(f"{name}: " + self.tr("pause %1 start").replace("%1", str(n)),
                          ("pause", st["code"], st["round"], n, "started_on"), pz["started_on"])
                if pz["ended_on"]:
                    self._add(f"{name}: " + self.tr("pause %1 end").replace("%1", str(n)),
                              ("pause", st["code"], st["round"], n, "ended_on"), pz["ended_on"])
            if st["finished_on"]:
                self._add(f"{name}: " + self.tr("finish date"), ("stage", st["code"], st["round"], "finished_on"),
                          st["finished_on"])
                if st["code"] in ROUND_STAGES:
                    self._add(f"{name}: " + self.tr("outcome (pass / rectify)"),
                              ("stage", st["code"], st["round"], "outcome"), st["outcome"])
        for field, label in (("account_no", self.tr("Account no.")), ("applied_on", self.tr("Application date")),
                             ("capacity_kva", self.tr("Capacity (kVA)")), ("supply_kv", self.tr("Supply voltage (kV)")),
                             ("business_type", self.tr("Business type (NEW, INCREASE, TEMPORARY, TEMP_TO_FORMAL)"))):
            v = view[field]
            self._add(label, ("case", field), f"{v:g}" if isinstance(v, float) else str(v))
        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.entry.currentIndexChanged.connect(self._entry_changed)
        self.form.addRow(self.tr("Entry"), self.entry)
        self.form.addRow(self.tr("New value"), self.value)
        self.fixed.setText(self.tr("The original entry stays in the history, struck through, with this correction "
                                   "beside it. A correction that changes a time-limit verdict is listed for the "
                                   "supervisor."))
        self._entry_changed(0)
        self.add_reason_rows()

    def _add(self, label: str, target: tuple, current) -> None:
        self.entry.addItem(label, target)
        self.current.append("" if current is None else str(current))

    def _entry_changed(self, i: int) -> None:
        if 0 <= i < len(self.current):
            self.value.setText(self.current[i])

    def submit(self) -> None:
        self.run(correct_entry, self.case_no, tuple(self.entry.currentData()), self.value.text().strip(),
                 self.reason.currentData(), one_line(self.note))


class UndoDialog(_ReasonDialog):
    use = "undo"

    def __init__(self, ops, view: dict, detail) -> None:
        super().__init__(ops, view, detail)
        self.setObjectName("undoDialog")
        self.setWindowTitle(self.tr("Undo the last step — %1").replace("%1", self.case_no))
        i = self.reason.findData("MISOPERATION")
        self.reason.setCurrentIndex(max(i, 0))
        self.fixed.setText(self.tr("The case's last step is undone. It stays in the history, struck through, "
                                   "with the undo beside it."))
        self.add_reason_rows()

    def submit(self) -> None:
        self.run(undo_last, self.case_no, self.reason.currentData(), one_line(self.note))


class WithdrawDialog(_ReasonDialog):
    use = "withdraw"

    def __init__(self, ops, view: dict, detail) -> None:
        super().__init__(ops, view, detail)
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw case — %1").replace("%1", self.case_no))
        self.fixed.setText(self.tr("The case leaves every list and figure; only the audit view of withdrawals "
                                   "(zaosong case withdrawn) keeps it, with its history. This cannot be undone."))
        self.add_reason_rows()

    def submit(self) -> None:
        self.run(withdraw, self.case_no, self.reason.currentData(), one_line(self.note))

    def _done(self, change) -> None:
        self.detail.hide()  # the case is gone from every view: its window too
        super()._done(change)


__all__ = ["CorrectionDialog", "UndoDialog", "WithdrawDialog"]
