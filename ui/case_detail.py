"""One case at a glance: customer and supply data, the stage timeline, rule verdicts, history,
and the actions that move it on."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import CHAINED_FROM, ROUND_STAGES, STAGES
from ui.case_model import stage_label
from ui.ops import cases as case_ops
from ui.row_model import Column, RowTableModel
from ui.timeline import StageTimeline
from ui.widgets import plain_text

VERDICT_COLORS = {"met": "#dff0d8", "missed": "#f8d0d0", "pending": "#eeeeee"}
def _shown(value) -> str:
    """A corrected value as text: a decision, an inspection result or an opinion is a dict."""
    if isinstance(value, dict):
        keys = ("decision", "result", "value", "text", "clause", "note")
        return " ".join(str(value[k]) for k in keys if value.get(k) not in (None, ""))
    return str(value)


STRUCK = QFont()
STRUCK.setStrikeOut(True)


def next_action(view: dict) -> tuple[str | None, str | None]:
    """What the manager can do next: ("finish", stage) for an open stage, ("start", stage) for the
    next stage that waits for the customer, or (None, None)."""
    if view["status"] == "finished":
        return None, None
    stages = view["stages"]
    open_r = next((s for s in stages if s["finished_on"] is None), None)
    if open_r:
        return "finish", open_r["code"]
    last: dict[str, dict] = {}
    for s in stages:
        last[s["code"]] = s
    for code in STAGES:
        r = last.get(code)
        if r is None:
            return ("start", code) if code not in CHAINED_FROM else (None, None)
        if r["outcome"] == "rectify" and code in ROUND_STAGES:
            return "start", code
    return None, None


class CaseDetail(QWidget):
    def __init__(self, ctx, case_no: str) -> None:
        super().__init__(None, Qt.Window)
        self.ctx = ctx
        self.ops = ctx.ops
        self.case_no = case_no
        self.view: dict | None = None
        self.setObjectName("caseDetail")
        self.setWindowTitle(case_no)
        self.resize(1000, 760)

        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.header.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.header.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("caseNote")
        self.note.setStyleSheet("color:#664d03; background:#fff3cd; padding:4px;")
        self.note.setWordWrap(True)
        self.note.hide()
        self.info = QFormLayout()
        self.info_box = QGroupBox()
        self.info_box.setLayout(self.info)
        self.timeline = StageTimeline()
        self.timeline_box = QGroupBox()
        tl = QVBoxLayout(self.timeline_box)
        tl.addWidget(self.timeline)
        self.rules = QTreeWidget()
        self.rules.setObjectName("ruleVerdicts")
        self.rules.setColumnCount(4)
        self.rules.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        # the history can be long: a model, not an item per cell (ui/row_model.py)
        late = QColor("#fde9b8")
        self.events_model = RowTableModel([
            Column(lambda e: e["effective_on"]),
            Column(lambda e: e["recorded_at"].replace("T", " ")[:16]
                   + ("  ⚠ " + self.tr("late entry") if e["late_entry"] else ""),
                   background=lambda e: late if e["late_entry"] else None,
                   tooltip=lambda e: self.tr("Recorded long after the date it takes effect") if e["late_entry"] else None),
            Column(self._event_text, font=lambda e: STRUCK if e.get("struck") else None,
                   tooltip=lambda e: self.tr("Corrected later: see the correction beside it") if e.get("struck") else None),
            Column(self._correction_text),  # beside a struck entry: what replaced it
            Column(lambda e: e["actor"]),
        ], parent=self)
        self.events = QTableView()
        self.events.setModel(self.events_model)
        self.events.setObjectName("caseEvents")
        self.events.verticalHeader().hide()
        self.events.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.events.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.events.horizontalHeader().setResizeContentsPrecision(60)
        self.events.horizontalHeader().setStretchLastSection(True)

        self.btn_next = QPushButton()
        self.btn_next.setObjectName("btnNext")
        self.btn_pause = QPushButton()
        self.btn_pause.setObjectName("btnPause")
        self.btn_resume = QPushButton()
        self.btn_resume.setObjectName("btnResume")
        self.btn_edit = QPushButton()
        self.btn_edit.setObjectName("btnEdit")
        self.btn_next.clicked.connect(self._next)
        self.btn_pause.clicked.connect(lambda: self._stage_dialog("pause"))
        self.btn_resume.clicked.connect(lambda: self._stage_dialog("resume"))
        self.btn_edit.clicked.connect(self._edit)
        self.btn_correct = QPushButton()
        self.btn_correct.setObjectName("btnCorrect")
        self.btn_undo = QPushButton()
        self.btn_undo.setObjectName("btnUndo")
        self.btn_withdraw = QPushButton()
        self.btn_withdraw.setObjectName("btnWithdraw")
        self.btn_correct.clicked.connect(lambda: self._correction_dialog("correct"))
        self.btn_undo.clicked.connect(lambda: self._correction_dialog("undo"))
        self.btn_withdraw.clicked.connect(lambda: self._correction_dialog("withdraw"))
        buttons = QHBoxLayout()
        for b in (self.btn_next, self.btn_pause, self.btn_resume, self.btn_edit, self.btn_correct, self.btn_undo,
                  self.btn_withdraw):
            buttons.addWidget(b)
        buttons.addStretch(1)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(self.header)
        bl.addWidget(self.note)
        bl.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.info_box, 1)
        self.rules_box = QGroupBox()
        rl = QVBoxLayout(self.rules_box)
        rl.addWidget(self.rules)
        top.addWidget(self.rules_box, 2)
        bl.addLayout(top)
        from ui.temp_supply_panel import TempSupplyPanel

        self.temp = TempSupplyPanel(self)
        bl.addWidget(self.temp)
        bl.addWidget(self.timeline_box)
        from ui.field_dialogs import FieldPanel

        self.field = FieldPanel(self)
        bl.addWidget(self.field)
        from ui.review_panel import ReviewPanel

        self.review = ReviewPanel(self)
        bl.addWidget(self.review)
        from ui.papers_panel import PapersPanel

        self.papers = PapersPanel(self)  # the papers for the customer and the fees (issue 16)
        bl.addWidget(self.papers)
        from ui.evaluation_panel import EvaluationPanel

        self.evaluation = EvaluationPanel(self)  # after power on: evaluation and follow-ups (issue 20)
        bl.addWidget(self.evaluation)
        self.events_box = QGroupBox()
        el = QVBoxLayout(self.events_box)
        el.addWidget(self.events)
        bl.addWidget(self.events_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        self.retranslate()
        ctx.hub.changes_applied.connect(self._changes_applied)

    def _changes_applied(self, changes) -> None:
        """Reload only if the write named this case (or moved every clock)."""
        if self.isVisible() and (changes.touches_case(self.view["id"] if self.view else None)
                                 or (self.view is None and changes.case_no == self.case_no)):
            self.reload()

    def retranslate(self) -> None:
        self.info_box.setTitle(self.tr("Customer and supply"))
        self.timeline_box.setTitle(self.tr("Stage clock (bar: elapsed working days; dashed box: limit; "
                                           "hatched: paused; red line: deadline)"))
        self.rules_box.setTitle(self.tr("Time-limit rule sets"))
        self.events_box.setTitle(self.tr("History"))
        self.rules.setHeaderLabels([self.tr("Rule"), self.tr("Used"), self.tr("Limit"), self.tr("Verdict")])
        self.events_model.set_headers([self.tr("Effective"), self.tr("Recorded"), self.tr("Event"),
                                       self.tr("Correction"), self.tr("By")])
        self.btn_correct.setText(self.tr("Correct…"))
        self.btn_undo.setText(self.tr("Undo last step…"))
        self.btn_withdraw.setText(self.tr("Withdraw case…"))
        self.btn_pause.setText(self.tr("Pause…"))
        self.btn_resume.setText(self.tr("Resume…"))
        self.btn_edit.setText(self.tr("Edit…"))
        if self.view:
            self._render()
        if hasattr(self, "field"):
            self.field.retranslate()
        if hasattr(self, "review"):
            self.review.retranslate()
        if hasattr(self, "temp"):
            self.temp.retranslate()
        if hasattr(self, "papers"):
            self.papers.retranslate()
        if hasattr(self, "evaluation"):
            self.evaluation.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """The case, its field work and its design review in one read."""
        self.ops.read(case_ops.case_window, self.case_no, self.ctx.as_of, on_done=self._window_loaded,
                      on_error=self.ctx.show_error)

    def _window_loaded(self, data: dict) -> None:
        self._loaded(data["view"])
        self.field.set_data(data["field"])
        self.review.set_data(data["review"])
        self.papers.set_data(data["papers"])
        self.evaluation.set_data(data["after"])

    def _loaded(self, view: dict) -> None:
        self.view = view
        self._render()
        if self.review.data is not None:
            self.review._render()  # the joint-review line depends on the case's capacity

    # --- rendering ----------------------------------------------------------------------------
    def _render(self) -> None:
        v = self.view
        status = self.tr("Energised") if v["status"] == "finished" else self.tr("Open")
        if v["paused"]:
            status += " · " + self.tr("Paused")
        self.header.setText(f"{v['case_no']}  {v['customer_name']}  [{status}]")
        self.setWindowTitle(f"{v['case_no']} {v['customer_name']}")
        if v["assumed_calendar_years"]:
            self.note.setText(self.tr("No holiday schedule for %1: working days there count weekends only. "
                                      "Import the schedule on the Calendar page.")
                              .replace("%1", "、".join(map(str, v["assumed_calendar_years"]))))
            self.note.show()
        else:
            self.note.hide()
        while self.info.rowCount():
            self.info.removeRow(0)
        types = {"NEW": self.tr("New connection"), "INCREASE": self.tr("Capacity increase"),
                 "TEMPORARY": self.tr("Temporary supply"), "TEMP_TO_FORMAL": self.tr("Temporary to formal")}
        flags = [name for key, name in (("dual_source", self.tr("Dual source")), ("typical_design", self.tr("Typical design")),
                                        ("green_channel", self.tr("Green channel")), ("key_project", self.tr("Key project")))
                 if v[key]]
        rows = [
            (self.tr("Account no."), v["account_no"]),
            (self.tr("Business type"), types.get(v["business_type"], v["business_type"])),
            (self.tr("Supply"), f"{v['supply_kv']:g} kV · {v['capacity_kva']:g} kVA · "
             + (self.tr("dual source") if v["dual_source"] else self.tr("single source"))),
            (self.tr("Flags"), "、".join(flags) or "—"),
            (self.tr("Customer manager"), v["manager"] or "—"),
            (self.tr("Township"), v["township"] or "—"),
            (self.tr("Contact"), v["contact"] or "—"),
            (self.tr("Address"), v["address"] or "—"),
            (self.tr("Application date"), v["applied_on"]),
            (self.tr("Supply-department time"), self.tr("%1 working days").replace("%1", str(v["supply_dept_wd"]))),
        ]
        for label, value in rows:
            val = QLabel(value)
            val.setTextInteractionFlags(Qt.TextSelectableByMouse)
            val.setWordWrap(True)
            self.info.addRow(label, val)
        self.temp.render(v)
        self.timeline.set_stages(v["stages"])
        self.rules.clear()
        verdicts = {"met": self.tr("met"), "missed": self.tr("missed"), "pending": self.tr("pending")}
        from app.messages import language

        for r in v["rules"]:
            top = QTreeWidgetItem([r["name"] if language() == "zh" else r.get("name_en", r["name"]), "", "",
                                   verdicts[r["verdict"]]])
            top.setBackground(3, QBrush(QColor(VERDICT_COLORS[r["verdict"]])))
            self.rules.addTopLevelItem(top)
            for it in r["items"]:
                unit = self.tr("wd") if it["unit"] == "wd" else self.tr("days")
                name = it["name"] if language() == "zh" else it["name_en"]
                child = QTreeWidgetItem([name, f"{it['used_wd']} {unit}", f"{it['limit_wd']} {unit}", verdicts[it["status"]]])
                child.setBackground(3, QBrush(QColor(VERDICT_COLORS[it["status"]])))
                top.addChild(child)
            top.setExpanded(True)
        self.events_model.set_rows(list(reversed(v["events"])))
        action, stage = next_action(v)
        self._next_action = (action, stage)
        if action == "finish":
            self.btn_next.setText(self.tr("Finish: %1…").replace("%1", stage_label(stage)))
        elif action == "start":
            self.btn_next.setText(self.tr("Start: %1…").replace("%1", stage_label(stage)))
        else:
            self.btn_next.setText(self.tr("Waiting for the stage before to finish") if v["status"] == "open"
                                  else self.tr("Energised"))
        self.btn_next.setEnabled(action is not None)
        open_r = next((s for s in v["stages"] if s["finished_on"] is None), None)
        self.btn_pause.setEnabled(bool(open_r) and not v["paused"])
        self.btn_resume.setEnabled(bool(v["paused"]))
        self.btn_edit.setEnabled(True)
        self.btn_correct.setEnabled(True)
        self.btn_undo.setEnabled(True)
        self.btn_withdraw.setEnabled(True)
        plain_text(self)  # user text is shown literally (issue 15)

    def _event_text(self, e: dict) -> str:
        p = e["payload"]
        kind = e["kind"]
        if kind == "CASE_CREATED":
            text = self.tr("Application received (%1 kVA)").replace("%1", f"{p.get('capacity_kva', 0):g}")
            if p.get("from_case"):
                text += " — " + self.tr("formal case of temporary case %1").replace("%1", p["from_case"])
            return text
        if kind == "TEMP_ADVICE":
            return self.tr("Advice for the formal supply: %1; %2; %3").replace("%1", p.get("room", "")).replace(
                "%2", p.get("transformer", "")).replace("%3", p.get("switchgear", ""))
        if kind == "FROM_PROSPECT":  # issue 18: the case was made from a prospect of the pipeline
            return self.tr("Made from prospect %1 (energisation expected in %2)").replace(
                "%1", p.get("name", "")).replace("%2", str(p.get("energise_year", "")))
        if kind == "FORMAL_SUCCESSOR":
            return self.tr("Formal case %1 created from this temporary case").replace("%1", p.get("formal", ""))
        if kind == "CASE_EDITED":
            return self.tr("Edited: %1").replace("%1", ", ".join(p.get("after", {}).keys()))
        stage = stage_label(p.get("stage"))
        rnd = f" #{p['round']}" if p.get("round", 1) > 1 else ""
        if kind == "STAGE_STARTED":
            return self.tr("Started %1").replace("%1", stage + rnd)
        if kind == "STAGE_FINISHED":
            text = self.tr("Finished %1").replace("%1", stage + rnd)
            if p.get("outcome") == "rectify":
                text += " — " + self.tr("rectification / revision")
            return text
        if kind == "PAUSED":
            return self.tr("Paused %1: %2 %3").replace("%1", stage).replace("%2", p.get("reason", "")).replace(
                "%3", p.get("note", ""))
        if kind == "RESUMED":
            return self.tr("Resumed %1").replace("%1", stage)
        kinds = {"mid": self.tr("mid inspection"), "completion": self.tr("completion inspection")}
        if kind == "INSPECTION_STARTED":
            return self.tr("Inspection started: %1 round %2").replace("%1", kinds.get(p.get("kind"), "")).replace(
                "%2", str(p.get("round", 1)))
        if kind == "INSPECTION_CLOSED":
            result = self.tr("passed") if p.get("outcome") == "pass" else self.tr("%1 items failed").replace(
                "%1", str(p.get("failed", 0)))
            return self.tr("Inspection closed: %1 round %2, %3").replace("%1", kinds.get(p.get("kind"), "")).replace(
                "%2", str(p.get("round", 1))).replace("%3", result)
        if kind == "SURVEY_RECORDED":
            return self.tr("Joint survey recorded")
        if kind == "RECTIFICATION_CLOSED":
            return self.tr("Rectification item #%1 closed by %2").replace("%1", str(p.get("number"))).replace(
                "%2", p.get("by", ""))
        if kind == "NOTICE_ISSUED":
            return self.tr("Rectification notice %1 issued").replace("%1", p.get("notice", ""))
        if kind == "NOTICE_DELIVERED":
            return self.tr("Notice %1 delivered to %2").replace("%1", p.get("notice", "")).replace("%2", p.get("to", ""))
        if kind == "CASE_DELETED":
            return self.tr("Case withdrawn: %1").replace("%1", p.get("reason", ""))
        if kind == "CASE_WITHDRAWN":
            return self.tr("Case withdrawn: %1").replace("%1", self._reason(p))
        if kind == "CORRECTED":
            return self.tr("Corrected %1: %2 → %3 (%4)").replace("%1", self._target(p["target"])).replace(
                "%2", _shown(p.get("old"))).replace("%3", _shown(p.get("new"))).replace(
                "%4", self._reason(p)) + self._issued(e)
        if kind == "UNDONE":
            return self.tr("Undone: %1 of %2 (%3)").replace("%1", self.kind_words(p.get("kind", ""))).replace(
                "%2", p.get("effective_on", "")).replace("%3", self._reason(p)) + self._issued(e)
        if kind == "SETTING_SHEET":
            status = {"draft": self.tr("saved as a draft"), "issued": self.tr("issued"),
                      "executed": self.tr("execution recorded")}.get(p.get("status"), "")
            return self.tr("Protection setting sheet version %1 %2").replace("%1", str(p.get("version", ""))).replace(
                "%2", status).strip()
        # a kind this version has no words for (a newer laptop's, by sync): words, never the code
        return self._review_event_text(kind, p) or self.papers.event_text(kind, p) or self.kind_words(kind)

    def kind_words(self, kind: str) -> str:
        """A history entry's kind in words (issue 16: "SETTING_SHEET" reached the history)."""
        words = {"CASE_CREATED": self.tr("application received"), "CASE_EDITED": self.tr("case edited"),
                 "STAGE_STARTED": self.tr("stage started"), "STAGE_FINISHED": self.tr("stage finished"),
                 "PAUSED": self.tr("pause"), "RESUMED": self.tr("resumption"),
                 "INSPECTION_STARTED": self.tr("inspection started"), "INSPECTION_CLOSED": self.tr("inspection closed"),
                 "SURVEY_RECORDED": self.tr("joint survey"), "RECTIFICATION_CLOSED": self.tr("rectification closed"),
                 "NOTICE_ISSUED": self.tr("notice issued"), "NOTICE_DELIVERED": self.tr("notice delivered"),
                 "SETTING_SHEET": self.tr("protection setting sheet"), "MEETING_DECIDED": self.tr("meeting decision"),
                 "MEETING_AGENDA": self.tr("meeting agenda"), "REVIEW_OPINION": self.tr("review opinion"),
                 "REVIEW_CLOSED": self.tr("design review closed"), "TEMP_ADVICE": self.tr("advice for the formal supply")}
        return words.get(kind, self.tr("an entry of another kind"))

    def _issued(self, e: dict) -> str:
        """A correction of figures already reported (issued periods): said, for the supervisor."""
        if not e.get("issued_periods"):
            return ""
        return "  ⚠ " + self.tr("changes the issued figures of %1").replace("%1", "、".join(e["issued_periods"]))

    def _reason(self, p: dict) -> str:
        from app.messages import language

        text = p.get("reason_zh", p.get("reason", "")) if language() == "zh" else p.get("reason", "")
        return text + (f":{p['note']}" if p.get("note") else "")

    def _target(self, t: dict | None) -> str:
        if not t:
            return ""
        names = {"started_on": self.tr("start date"), "finished_on": self.tr("finish date"),
                 "outcome": self.tr("outcome"), "account_no": self.tr("account no."),
                 "applied_on": self.tr("application date"), "capacity_kva": self.tr("capacity"),
                 "supply_kv": self.tr("supply voltage"), "business_type": self.tr("business type"),
                 "decision": self.tr("meeting decision"), "result": self.tr("inspection result"),
                 "opinion": self.tr("review opinion")}
        field = names.get(t.get("field"), t.get("field", ""))
        if "pause" in t:
            field = (self.tr("pause %1 start") if t["field"] == "started_on" else self.tr("pause %1 end")).replace(
                "%1", str(t["pause"]))
        if "item" in t:
            return f"{field} {t['item']}"
        if "opinion" in t and "review" in t:
            return f"{field} {t['opinion']}"
        if "stage" in t:
            rnd = f" #{t['round']}" if t.get("round", 1) > 1 else ""
            return f"{stage_label(t['stage'])}{rnd} {field}"
        return field

    def _correction_text(self, e: dict) -> str:
        """Beside an entry corrected or undone later: the new value and why."""
        c = e.get("correction")
        if not c:
            return ""
        if c["kind"] == "UNDONE":
            return self.tr("undone (%1)").replace("%1", self._reason(c)) + self._issued(c)
        return self.tr("%1 → %2 (%3)").replace("%1", self._target(c["target"])).replace(
            "%2", _shown(c["new"])).replace("%3", self._reason(c)) + self._issued(c)

    def _correction_dialog(self, action: str):
        from ui.correction_dialogs import CorrectionDialog, UndoDialog, WithdrawDialog

        cls = {"correct": CorrectionDialog, "undo": UndoDialog, "withdraw": WithdrawDialog}[action]
        dlg = cls(self.ops, self.view, self)
        dlg.setParent(self, dlg.windowFlags())
        self.last_dialog = dlg
        dlg.open()
        return dlg

    def _review_event_text(self, kind: str, p: dict) -> str | None:
        """Events of review meetings, design review and policy risks."""
        decisions = {"approve": self.tr("approved"), "approve_with_changes": self.tr("approved with changes"),
                     "reject": self.tr("rejected")}
        if kind == "MEETING_AGENDA":
            return self.tr("On the agenda of the review meeting of %1").replace("%1", p.get("held_at", ""))
        if kind == "MEETING_DROPPED":
            return self.tr("Taken off a review meeting's agenda")
        if kind == "MEETING_DECIDED":
            text = self.tr("Review meeting decision: %1").replace("%1", decisions.get(p.get("decision"), ""))
            return text + (f" — {p['note']}" if p.get("note") else "")
        if kind == "MEETING_POSTPONED":
            return self.tr("Review meeting postponed to %1: %2").replace("%1", p.get("to", "")).replace(
                "%2", p.get("reason", ""))
        if kind == "MEETING_CANCELLED":
            return self.tr("Review meeting cancelled: %1").replace("%1", p.get("reason", ""))
        if kind == "REVIEW_OPENED":
            return self.tr("Drawings received, design review round %1 (%2)").replace(
                "%1", str(p.get("round", 1))).replace("%2", p.get("institute") or "—")
        if kind == "REVIEW_OPINION":
            return self.tr("Review opinion #%1%2").replace("%1", str(p.get("number"))).replace(
                "%2", " (" + self.tr("must fix") + ")" if p.get("must_fix") else "")
        if kind == "REVIEW_PARTICIPANTS":
            return self.tr("Review participants: %1").replace(
                "%1", "、".join(f"{x.get('name')}({x.get('dept')})" for x in p.get("participants", [])))
        if kind == "REVIEW_CLOSED":
            return self.tr("Design review closed: %1").replace(
                "%1", self.tr("approved") if p.get("outcome") == "approved" else self.tr("returned for revision"))
        if kind == "RISK_ADDED":
            from ui.review_panel import risk_kind_label

            return self.tr("Policy risk: %1 — %2").replace("%1", risk_kind_label(p.get("kind", ""))).replace(
                "%2", p.get("text", ""))
        if kind == "RISK_CLOSED":
            return self.tr("Policy risk settled")
        return None

    # --- actions ------------------------------------------------------------------------------
    INSPECTION_KINDS = {"MID_INSPECTION": "mid", "COMPLETION_INSPECTION": "completion"}

    def _next(self):
        action, stage = self._next_action
        if stage == "DESIGN_REVIEW":
            return self._design_review(action)
        kind = self.INSPECTION_KINDS.get(stage)
        if action == "start" and kind:
            from ui.field_dialogs import StartInspectionDialog

            win = self.ctx
            dlg = StartInspectionDialog(self.ops, win.as_of, win.store.user, self.view, kind, win.open_document,
                                        parent=win.dialog_parent)
            self.last_dialog = dlg
            dlg.open()
            return dlg
        if action == "finish" and kind and self._open_inspection_id():
            from ui.field_dialogs import InspectionDialog

            dlg = InspectionDialog(self.ops, self.ctx.as_of, self._open_inspection_id(), self.ctx.open_document,
                                   self.ctx.dialog_parent)
            self.last_dialog = dlg
            dlg.show()
            return dlg
        if action:
            return self._stage_dialog(action, stage)
        return None

    def _design_review(self, action: str):
        """Drawings received: the review form's opening dialog; finishing: the form (opinions,
        participants, close), unless the round was started without a review record."""
        from ui.review_panel import OpenReviewDialog, open_review_of

        reviews = (self.review.data or {}).get("reviews", [])
        if action == "start":
            dlg = OpenReviewDialog(self.ops, self.ctx.as_of, self.view)
            dlg.setParent(self, dlg.windowFlags())
            self.last_dialog = dlg
            dlg.open()
            return dlg
        if open_review_of(reviews) is not None:
            return self.review.open_form()
        return self._stage_dialog(action, "DESIGN_REVIEW")

    def _open_inspection_id(self) -> str | None:
        o = self.field.overview
        if not o:
            return None
        return next((i["id"] for i in o["inspections"] if i["closed_on"] is None), None)

    def _stage_dialog(self, action: str, stage: str | None = None):
        from ui.case_dialogs import StageActionDialog

        dlg = StageActionDialog(self.ops, self.ctx.as_of, self.view, action, stage)
        dlg.setParent(self, dlg.windowFlags())
        self.last_dialog = dlg
        dlg.open()
        return dlg

    def _edit(self):
        from ui.case_dialogs import EditCaseDialog

        dlg = EditCaseDialog(self.ops, self.view)
        dlg.setParent(self, dlg.windowFlags())
        self.last_dialog = dlg
        dlg.open()
        return dlg


__all__ = ["CaseDetail", "dt"]
