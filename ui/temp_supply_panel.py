"""Temporary supply (临时用电) and its formal case (临时转正式) on the case window.

A TEMPORARY case shows the early advice for its later formal supply (room position reserved,
transformer and switchgear to prepare) with "Record advice…", and "Create formal case…", which
opens the new-case form fixed to TEMP_TO_FORMAL and prefilled from the temporary case. Once the
formal case exists the panel names it (a link opens it). A formal case names its temporary
predecessor (a link) and shows the advice and the survey carried over from it.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app import fields
from app.services.temp_supply import ADVICE_LIMITS, FORMAL, TEMPORARY
from ui.ops import cases as case_ops
from ui.widgets import WorkerDialog, date_edit, limit_length, pydate


class AdviceDialog(WorkerDialog):
    """The early advice of a temporary case for its formal supply (replaces what was recorded)."""

    def __init__(self, ops, as_of: dt.date, view: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("adviceDialog")
        self.case_no = view["case_no"]
        self.setWindowTitle(self.tr("Advice for the formal supply — %1").replace("%1", self.case_no))
        old = view.get("temp_advice") or {}
        self.room = QLineEdit(old.get("room", ""))
        self.room.setObjectName("adviceRoom")
        self.room.setMaxLength(ADVICE_LIMITS["room"])
        self.room.setPlaceholderText(self.tr("e.g. 1号楼地下一层东侧,预留 12×8 m"))
        self.transformer = QLineEdit(old.get("transformer", ""))
        self.transformer.setObjectName("adviceTransformer")
        self.transformer.setMaxLength(ADVICE_LIMITS["transformer"])
        self.transformer.setPlaceholderText(self.tr("e.g. 2×800 kVA 干式 SCB13"))
        self.switchgear = QLineEdit(old.get("switchgear", ""))
        self.switchgear.setObjectName("adviceSwitchgear")
        self.switchgear.setMaxLength(ADVICE_LIMITS["switchgear"])
        self.switchgear.setPlaceholderText(self.tr("e.g. 10 kV 环网柜 4 面、低压柜 12 面"))
        self.note = limit_length(QPlainTextEdit((old.get("note") or "").replace("；", "\n")), fields.ADVICE_NOTE)
        self.note.setObjectName("adviceNote")
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(120)
        # replacing advice: the day it was given, not today (changed only if the advice was new)
        given = old.get("recorded_on")
        self.on = date_edit(dt.date.fromisoformat(given) if given else as_of,
                             dt.date.fromisoformat(view["applied_on"]))
        self.on.setObjectName("adviceDate")
        intro = QLabel(self.tr("What the customer should reserve and prepare now, so the formal supply "
                               "later needs no rebuilding. It is carried over to the formal case."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("Room position reserved"), self.room)
        form.addRow(self.tr("Transformer to prepare"), self.transformer)
        form.addRow(self.tr("Switchgear to prepare"), self.switchgear)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Advised on"), self.on)
        self.finish_layout(form)
        self.resize(560, self.sizeHint().height())

    def submit(self) -> None:
        for box, what in ((self.room, self.tr("the reserved room position")),
                          (self.transformer, self.tr("the transformer")), (self.switchgear, self.tr("the switchgear"))):
            if not box.text().strip():
                self.show_error(self.tr("Please fill in %1.").replace("%1", what))
                box.setFocus()
                return
        self.run(case_ops.record_temp_advice, self.case_no, self.room.text().strip(), self.transformer.text().strip(),
                 self.switchgear.text().strip(), self.note.toPlainText().strip(), pydate(self.on.date()))


class TempSupplyPanel(QGroupBox):
    """Shown on temporary and formal cases (and on any case linked to one); hidden otherwise."""

    def __init__(self, detail) -> None:
        super().__init__()
        self.detail = detail
        self.ctx = detail.ctx
        self.setObjectName("tempSupplyPanel")
        self.link = QLabel()
        self.link.setObjectName("tempLink")
        self.link.setWordWrap(True)
        self.link.setTextFormat(Qt.RichText)
        self.link.linkActivated.connect(self.open_linked)
        self.advice = QLabel()
        self.advice.setObjectName("tempAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.RichText)
        self.advice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.survey = QLabel()
        self.survey.setObjectName("carriedSurvey")
        self.survey.setWordWrap(True)
        self.survey.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.btn_advice = QPushButton()
        self.btn_advice.setObjectName("btnRecordAdvice")
        self.btn_advice.clicked.connect(self.record_advice)
        self.btn_formal = QPushButton()
        self.btn_formal.setObjectName("btnCreateFormal")
        self.btn_formal.clicked.connect(self.create_formal)
        buttons = QVBoxLayout()
        buttons.addWidget(self.btn_advice)
        buttons.addWidget(self.btn_formal)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.link)
        text.addWidget(self.advice)
        text.addWidget(self.survey)
        lay = QHBoxLayout(self)
        lay.addLayout(text, 1)
        lay.addLayout(buttons)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.btn_advice.setText(self.tr("Record advice…"))
        self.btn_formal.setText(self.tr("Create formal case…"))
        if self.detail.view:
            self.render(self.detail.view)

    # --- rendering ----------------------------------------------------------------------------
    def _case_link(self, other: dict) -> str:
        if other.get("missing"):
            return html.escape(self.tr("%1 (not in this database yet)").replace("%1", other.get("case_no") or other["id"]))
        status = self.tr("Energised") if other.get("status") == "finished" else self.tr("Open")
        text = self.tr("%1 %2, applied %3, %4 kVA, %5").replace("%1", other["case_no"]).replace(
            "%2", other["customer_name"]).replace("%3", other["applied_on"]).replace(
            "%4", f"{other['capacity_kva']:g}").replace("%5", status)
        return f"<a href='case:{html.escape(other['case_no'])}'>{html.escape(text)}</a>"

    def _advice_html(self, a: dict | None) -> str:
        if not a:
            return ""
        rows = [(self.tr("Room position reserved"), a.get("room")), (self.tr("Transformer to prepare"), a.get("transformer")),
                (self.tr("Switchgear to prepare"), a.get("switchgear")), (self.tr("Note"), a.get("note"))]
        cells = "".join(f"<tr><td style='padding-right:12px; color:#555'>{html.escape(k)}</td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows if v)
        by = self.tr("Advised on %1 by %2").replace("%1", a.get("recorded_on", "")).replace("%2", a.get("recorded_by", ""))
        return f"<table>{cells}</table><div style='color:#555'>{html.escape(by)}</div>"

    def _survey_text(self, sv: dict | None) -> str:
        if not sv:
            return self.tr("The temporary case had no joint survey to carry over.")
        oil, dry = self.tr("oil"), self.tr("dry")
        tx = "、".join(f"{t['count']}×{t['kva']:g}kVA {oil if t['type'] == 'oil' else dry}"
                      for t in sv.get("transformers") or []) or "—"
        point = " ".join(x for x in (sv.get("substation"), sv.get("feeder"), sv.get("pole")) if x) or "—"
        metering = self.tr("HV metering") if sv.get("metering") == "HV" else self.tr("LV metering")
        text = self.tr("Survey of the temporary case (%1): %2; %3; transformers %4").replace(
            "%1", sv.get("surveyed_on") or "—").replace("%2", point).replace("%3", metering).replace("%4", tx)
        if sv.get("findings"):
            text += " — " + sv["findings"]
        return text

    def render(self, v: dict) -> None:
        temporary = v["business_type"] == TEMPORARY
        relevant = temporary or v["business_type"] == FORMAL or v.get("predecessor") or v.get("successor")
        self.setVisible(bool(relevant))
        if not relevant:
            return
        successor, predecessor, advice = v.get("successor"), v.get("predecessor"), v.get("temp_advice")
        if temporary:
            self.setTitle(self.tr("Temporary supply: advice for the formal supply"))
            if successor:
                self.link.setText(html.escape(self.tr("Formal case:")) + " " + self._case_link(successor))
            else:
                self.link.setText(html.escape(self.tr("No formal case yet.")))
            if advice:
                self.advice.setText(self._advice_html(advice))
            else:
                self.advice.setText(html.escape(self.tr("No advice recorded yet: note where the distribution room "
                                                        "is reserved and which transformer and switchgear to prepare.")))
            self.survey.hide()
        else:
            self.setTitle(self.tr("Carried over from the temporary case"))
            if predecessor:
                self.link.setText(html.escape(self.tr("Temporary case:")) + " " + self._case_link(predecessor))
            else:
                self.link.setText(html.escape(self.tr("No temporary case is linked to this case.")))
            if successor:  # a linked case of another type (should not happen, but say it)
                self.link.setText(self.link.text() + "<br>" + html.escape(self.tr("Formal case:")) + " "
                                  + self._case_link(successor))
            self.advice.setText(self._advice_html(advice) if advice else
                                html.escape(self.tr("The temporary case had no advice recorded.")))
            self.survey.setText(self._survey_text(v.get("carried_survey")))
            self.survey.setVisible(bool(predecessor))
        self.btn_advice.setVisible(temporary)
        self.btn_formal.setVisible(temporary)
        self.btn_advice.setEnabled(temporary and not successor)
        self.btn_formal.setEnabled(temporary and not successor)
        tip = self.tr("The formal case exists: the advice was carried over to it.") if successor else ""
        self.btn_advice.setToolTip(tip)
        self.btn_formal.setToolTip(tip)

    # --- actions ------------------------------------------------------------------------------
    def open_linked(self, href: str) -> None:
        if href.startswith("case:"):
            self.ctx.open_case(href[len("case:"):])

    def record_advice(self):
        dlg = AdviceDialog(self.ctx.ops, self.ctx.as_of, self.detail.view, self.ctx.dialog_parent)
        dlg.setParent(self.detail, dlg.windowFlags())
        self.detail.last_dialog = dlg
        dlg.open()
        return dlg

    def create_formal(self):
        dlg = self.ctx.new_case_dialog(from_case=self.detail.case_no)
        dlg.setParent(self.detail, dlg.windowFlags())
        self.detail.last_dialog = dlg
        dlg.open()
        return dlg


__all__ = ["AdviceDialog", "TempSupplyPanel"]
