"""Design review (审图) and policy risks (政策处理) on the case window.

The panel shows where the review stands and the case's risks; the design review form (a dialog)
holds the rounds, their opinions and participants, and opens and closes a round. At 1000 kVA and
above (not a typical design) a joint review is required: the form says so, shows which departments
are still missing, and the core's refusal is shown as it is when the round cannot pass without them.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fields
from app.services.design_review import CATEGORIES, RISK_KINDS
from ui.ops import documents as doc_ops
from ui.ops import review as review_ops
from ui.widgets import WorkerDialog, date_edit, guard_wheel, limit_length, one_line, plain_text, pydate, qdate

RISK_KIND_STRINGS = {
    "RIGHT_OF_WAY": QT_TRANSLATE_NOOP("PolicyRisks", "Right of way"),
    "PERMIT": QT_TRANSLATE_NOOP("PolicyRisks", "Permits"),
    "ACCESS": QT_TRANSLATE_NOOP("PolicyRisks", "Construction access"),
    "NEIGHBOUR": QT_TRANSLATE_NOOP("PolicyRisks", "Neighbours"),
    "OTHER": QT_TRANSLATE_NOOP("PolicyRisks", "Other"),
}
CATEGORY_STRINGS = {
    "technical": QT_TRANSLATE_NOOP("PolicyRisks", "Technical"),
    "metering": QT_TRANSLATE_NOOP("PolicyRisks", "Metering design"),
    "protection": QT_TRANSLATE_NOOP("PolicyRisks", "Relay protection"),
    "civil": QT_TRANSLATE_NOOP("PolicyRisks", "Civil works"),
    "other": QT_TRANSLATE_NOOP("PolicyRisks", "Other"),
}
# the departments of the seed's joint review, as the core stores them, with what they are (the
# departments a review needs come from the rule set in force, through the case view's "locks")
DEPT_STRINGS = {
    "生产": QT_TRANSLATE_NOOP("PolicyRisks", "production"),
    "营销": QT_TRANSLATE_NOOP("PolicyRisks", "marketing"),
    "供电所": QT_TRANSLATE_NOOP("PolicyRisks", "local supply station"),
}
OTHER_DEPTS = ("客户经理", "设计单位", "调度")
BAD_NAME_CHARS = set(",，:：")
assert set(RISK_KIND_STRINGS) == set(RISK_KINDS) and set(CATEGORY_STRINGS) == set(CATEGORIES)


def risk_kind_label(kind: str) -> str:
    return QCoreApplication.translate("PolicyRisks", RISK_KIND_STRINGS.get(kind, kind))


def category_label(code: str) -> str:
    return QCoreApplication.translate("PolicyRisks", CATEGORY_STRINGS.get(code, code))


def dept_label(dept: str) -> str:
    what = DEPT_STRINGS.get(dept)
    name = QCoreApplication.translate("PolicyRisks", what) if what else dept
    return dept if name == dept else f"{dept} — {name}"


def _sep() -> str:
    """Between two sentences: nothing in Chinese, a space in English."""
    from app.messages import language

    return "" if language() == "zh" else " "


def joint_lock(view: dict) -> dict:
    """The joint-review lock of the rule set in force, as the case view gives it."""
    return view["locks"]["joint_review"]


def joint_required(view: dict) -> bool:
    return bool(joint_lock(view)["required"])


def missing_departments(review: dict | None, view: dict) -> list[str]:
    present = {p["dept"] for p in (review or {}).get("participants", [])}
    return [d for d in joint_lock(view)["departments"] if d not in present]


def open_review_of(reviews: list[dict]) -> dict | None:
    return next((r for r in reversed(reviews) if r["closed_on"] is None), None)


class OpenReviewDialog(WorkerDialog):
    """The customer's drawings arrive: the design review (a DESIGN_REVIEW round) starts."""

    def __init__(self, ops, as_of: dt.date, view: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("openReviewDialog")
        self.case_no = view["case_no"]
        self.setWindowTitle(self.tr("Drawings received — %1").replace("%1", self.case_no))
        self.on = date_edit(as_of, dt.date.fromisoformat(view["applied_on"]))
        self.on.setObjectName("reviewOpenDate")
        self.institute = QLineEdit()
        self.institute.setObjectName("reviewInstitute")
        limit_length(self.institute, fields.INSTITUTE)  # as the service checks it (app.fields)
        self.drawings = limit_length(QPlainTextEdit(), fields.DRAWINGS)  # a line break becomes one '；'
        self.drawings.setObjectName("reviewDrawings")
        self.drawings.setPlaceholderText(self.tr("One drawing per line, e.g. 电气一次主接线图"))
        self.drawings.setMinimumHeight(110)
        self.drawings.setMaximumHeight(180)
        form = QFormLayout()
        form.addRow(self.tr("Submitted on"), self.on)
        form.addRow(self.tr("Design institute"), self.institute)
        form.addRow(self.tr("Drawing list"), self.drawings)
        self.finish_layout(form)
        self.resize(520, self.sizeHint().height())

    def submit(self) -> None:
        self.run(review_ops.open_review, self.case_no, pydate(self.on.date()), self.institute.text(),
                 self.drawings.toPlainText().strip())


class AddRiskDialog(WorkerDialog):
    def __init__(self, ops, as_of: dt.date, view: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("addRiskDialog")
        self.case_no = view["case_no"]
        self.setWindowTitle(self.tr("Policy risk — %1").replace("%1", self.case_no))
        self.kind = QComboBox()
        self.kind.setObjectName("riskKind")
        for code in RISK_KINDS:
            self.kind.addItem(risk_kind_label(code), code)
        self.text = limit_length(QPlainTextEdit(), fields.RISK)
        self.text.setObjectName("riskText")
        self.text.setMinimumHeight(80)
        self.text.setMaximumHeight(140)
        self.owner = QLineEdit()
        self.owner.setObjectName("riskOwner")
        limit_length(self.owner, fields.OWNER)
        self.has_due = QCheckBox(self.tr("Set a due date"))
        self.has_due.setObjectName("riskHasDue")
        self.due = date_edit(as_of + dt.timedelta(days=14), dt.date.fromisoformat(view["applied_on"]))
        self.due.setObjectName("riskDue")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What stands in the way"), self.text)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), due_row)
        self.finish_layout(form)
        self.resize(520, self.sizeHint().height())

    def submit(self) -> None:
        if not self.text.toPlainText().strip():
            self.show_error(self.tr("Describe the risk."))
            return
        due = pydate(self.due.date()) if self.has_due.isChecked() else None
        self.run(review_ops.add_risk, self.case_no, self.kind.currentData(), one_line(self.text),
                 self.owner.text(), due)


class CloseRiskDialog(WorkerDialog):
    def __init__(self, ops, as_of: dt.date, risk: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("closeRiskDialog")
        self.risk = risk
        self.setWindowTitle(self.tr("Risk settled"))
        self.on = date_edit(as_of, dt.date.fromisoformat(risk["raised_on"]))
        self.on.setObjectName("riskCloseDate")
        what = QLabel(f"{risk_kind_label(risk['kind'])}: {risk['text']}")
        what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(what)
        form.addRow(self.tr("Settled on"), self.on)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(review_ops.close_risk, self.risk["id"], pydate(self.on.date()))


class DesignReviewDialog(QDialog):
    """The design review form of one case: rounds (history), opinions, participants, closing."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        guard_wheel(self)  # the wheel over a field changes it only once the field has focus
        plain_text(self)  # user text is shown literally (issue 15)
        super().showEvent(event)

    def __init__(self, ops, as_of: dt.date, view: dict, open_document, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.as_of = as_of
        self.open_document = open_document  # shows the written review letter
        self.view = view
        self.case_no = view["case_no"]
        self.data: dict | None = None
        self.shown_round: int | None = None
        self.setObjectName("designReviewDialog")
        self.resize(1100, 660)
        self.header = QLabel()
        self.header.setObjectName("reviewHeader")
        self.header.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.requirement = QLabel()
        self.requirement.setObjectName("jointRequirement")
        self.requirement.setWordWrap(True)
        self.rounds = QListWidget()
        self.rounds.setObjectName("reviewRounds")
        self.rounds.currentRowChanged.connect(self._round_chosen)
        self.facts = QLabel()
        self.facts.setObjectName("reviewFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.opinions = QTableWidget(0, 5)
        self.opinions.setObjectName("reviewOpinions")
        self.opinions.verticalHeader().hide()
        self.opinions.setEditTriggers(QTableWidget.NoEditTriggers)
        self.opinions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.opinions.setWordWrap(True)
        hh = self.opinions.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.Stretch)
        hh.sectionResized.connect(lambda *_a: self.opinions.resizeRowsToContents())  # long opinions wrap
        self.opinion_text = QLineEdit()
        self.opinion_text.setObjectName("opinionText")
        limit_length(self.opinion_text, fields.OPINION)
        self.opinion_text.returnPressed.connect(self.add_opinion)
        self.category = QComboBox()
        self.category.setObjectName("opinionCategory")
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.clause = QLineEdit()
        self.clause.setObjectName("opinionClause")
        limit_length(self.clause, fields.CLAUSE)
        self.must_fix = QCheckBox()
        self.must_fix.setObjectName("opinionMustFix")
        self.btn_opinion = QPushButton()
        self.btn_opinion.setObjectName("btnAddOpinion")
        self.btn_opinion.clicked.connect(self.add_opinion)

        self.participants = QTableWidget(0, 2)
        self.participants.setObjectName("reviewParticipants")
        self.participants.verticalHeader().hide()
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.btn_add_person = QPushButton()
        self.btn_add_person.setObjectName("btnAddParticipant")
        self.btn_add_person.clicked.connect(lambda: self.add_participant("", ""))
        self.btn_save_people = QPushButton()
        self.btn_save_people.setObjectName("btnSaveParticipants")
        self.btn_save_people.clicked.connect(self.save_participants)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        self.btn_open = QPushButton()
        self.btn_open.setObjectName("btnOpenReview")
        self.btn_open.clicked.connect(self.open_review)
        self.close_on = date_edit(as_of)
        self.close_on.setObjectName("reviewCloseDate")
        self.outcome = QComboBox()
        self.outcome.setObjectName("reviewOutcome")
        self.btn_close = QPushButton()
        self.btn_close.setObjectName("btnCloseReview")
        self.btn_close.clicked.connect(self.close_review)
        self.btn_letter = QPushButton()
        self.btn_letter.setObjectName("btnReviewLetter")
        self.btn_letter.clicked.connect(self.print_letter)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")

        # layout: rounds on the left; the chosen round's opinions and participants on the right
        self.opinions_box = QGroupBox()
        ol = QVBoxLayout(self.opinions_box)
        ol.addWidget(self.opinions, 1)
        ol.addWidget(self.opinion_text)
        add_row = QHBoxLayout()
        add_row.addWidget(self.clause, 1)
        add_row.addWidget(self.category)
        add_row.addWidget(self.must_fix)
        add_row.addWidget(self.btn_opinion)
        ol.addLayout(add_row)
        self.people_box = QGroupBox()
        pl = QVBoxLayout(self.people_box)
        pl.addWidget(self.participants, 1)
        prow = QHBoxLayout()
        prow.addWidget(self.btn_add_person)
        prow.addStretch(1)
        prow.addWidget(self.btn_save_people)
        pl.addLayout(prow)
        lower = QSplitter()
        lower.addWidget(self.opinions_box)
        lower.addWidget(self.people_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([540, 300])
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.facts)
        rl.addWidget(lower, 1)
        self.rounds.setWordWrap(True)
        self.rounds_box = QGroupBox()
        self.rounds_box.setMinimumWidth(230)
        rbl = QVBoxLayout(self.rounds_box)
        rbl.addWidget(self.rounds)
        rbl.addWidget(self.btn_open)
        split = QSplitter()
        split.addWidget(self.rounds_box)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([250, 850])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        self.close_label = QLabel()
        bottom.addWidget(self.close_label)
        bottom.addWidget(self.close_on)
        bottom.addWidget(self.outcome)
        bottom.addWidget(self.btn_close)
        bottom.addWidget(self.btn_letter)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.requirement)
        lay.addWidget(split, 1)
        lay.addWidget(self.error)
        lay.addLayout(bottom)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Return in the opinion line adds it once, never presses a button too
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Design review — %1").replace("%1", self.case_no))
        self.rounds_box.setTitle(self.tr("Rounds"))
        self.opinions_box.setTitle(self.tr("Opinions"))
        self.people_box.setTitle(self.tr("Participants"))
        self.opinions.setHorizontalHeaderLabels([self.tr("No."), self.tr("Category"), self.tr("Weight"),
                                                 self.tr("Opinion"), self.tr("Clause")])
        self.clause.setPlaceholderText(self.tr("Clause, e.g. GB 50053 6.2.1"))
        self.participants.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Department")])
        self.opinion_text.setPlaceholderText(self.tr("New opinion, e.g. 计量柜应采用高压计量"))
        self.must_fix.setText(self.tr("Must fix"))
        self.btn_opinion.setText(self.tr("Add opinion"))
        self.btn_add_person.setText(self.tr("Add participant"))
        self.btn_save_people.setText(self.tr("Save participants"))
        self.btn_open.setText(self.tr("Drawings received: open a review…"))
        self.close_label.setText(self.tr("Close on"))
        current = self.outcome.currentData()
        self.outcome.clear()
        self.outcome.addItem(self.tr("Review passed"), "approved")
        self.outcome.addItem(self.tr("Returned for revision"), "returned")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.btn_close.setText(self.tr("Close the review"))
        self.btn_letter.setText(self.tr("Opinion letter (PDF)"))
        if self.data:
            self._render()

    # --- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.read(review_ops.review_overview, self.case_no, on_done=self._loaded, on_error=self._error)

    def _loaded(self, data: dict) -> None:
        self.data = data
        self._render()

    def _error(self, message: str) -> None:
        self.last_error = message
        self.error.setText(message)
        self.error.show()

    def current_review(self) -> dict | None:
        return open_review_of(self.data["reviews"]) if self.data else None

    def shown(self) -> dict | None:
        if not self.data:
            return None
        return next((r for r in self.data["reviews"] if r["round"] == self.shown_round), None)

    # --- rendering --------------------------------------------------------------------------
    def _render(self) -> None:
        v = self.view
        reviews = self.data["reviews"]
        self.header.setText(self.tr("Design review — %1 %2, %3 kVA").replace("%1", v["case_no"]).replace(
            "%2", v["customer_name"]).replace("%3", f"{v['capacity_kva']:g}"))
        current = self.current_review()
        self._render_requirement(current or (reviews[-1] if reviews else None))
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in reviews:
            if r["closed_on"] is None:
                state = self.tr("in progress")
            elif r["outcome"] == "approved":
                state = self.tr("approved %1").replace("%1", r["closed_on"])
            else:
                state = self.tr("returned %1").replace("%1", r["closed_on"])
            item = QListWidgetItem(self.tr("Round %1 · drawings %2").replace("%1", str(r["round"])).replace(
                "%2", r["opened_on"]) + "\n" + state)
            item.setData(Qt.UserRole, r["round"])
            if r["outcome"] == "returned":
                item.setForeground(QBrush(QColor("#b02a37")))
            elif r["outcome"] == "approved":
                item.setForeground(QBrush(QColor("#146c43")))
            self.rounds.addItem(item)
        if self.shown() is None and reviews:
            self.shown_round = reviews[-1]["round"]
        self.rounds.setCurrentRow(next((i for i, r in enumerate(reviews) if r["round"] == self.shown_round), -1))
        self.rounds.blockSignals(False)
        self._render_round()
        can_open = current is None and self.view["status"] == "open" and not any(
            r["outcome"] == "approved" for r in reviews)
        self.btn_open.setEnabled(can_open)
        self.btn_open.setVisible(can_open)
        for w in (self.close_on, self.outcome, self.btn_close, self.close_label):
            w.setEnabled(current is not None)
        self.btn_letter.setEnabled(bool(reviews))
        if not reviews:
            self.status.setText(self.tr("No drawings received yet: open a review when the customer submits them."))
        elif current is not None:
            must = sum(1 for o in current["opinions"] if o["must_fix"])
            self.status.setText(self.tr("Round %1 in progress: %2 opinions, %3 must fix.").replace(
                "%1", str(current["round"])).replace("%2", str(len(current["opinions"]))).replace("%3", str(must)))
        else:
            self.status.setText(self.tr("No review in progress."))

    def _render_requirement(self, review: dict | None) -> None:
        v = self.view
        lock = joint_lock(v)
        if joint_required(v):
            missing = missing_departments(review, v)
            text = self.tr("Joint review required (%1 kVA; %2): participants from %3 must be recorded before the "
                           "review can be approved.").replace("%1", f"{v['capacity_kva']:g}").replace(
                "%2", v["locks"]["rule_set"]).replace("%3", "、".join(dept_label(d) for d in lock["departments"]))
            if missing:
                text += _sep() + self.tr("Still missing: %1.").replace("%1", "、".join(missing))
                style = "background:#f8d0d0; color:#842029; padding:4px;"
            else:
                text += _sep() + self.tr("All are recorded.")
                style = "background:#dff0d8; color:#0f5132; padding:4px;"
        elif not lock["on"]:
            text = self.tr("Joint review is off in the rule set in force (%1): reviewed by the customer manager."
                           ).replace("%1", v["locks"]["rule_set"])
            style = "background:#e9ecef; padding:4px;"
        elif v["typical_design"] and lock["except_typical_design"]:
            text = self.tr("Typical design: reviewed by the customer manager.")
            style = "background:#e9ecef; padding:4px;"
        else:
            text = self.tr("Under %1 kVA: reviewed by the customer manager.").replace(
                "%1", f"{lock['capacity_kva_gte']:g}")
            style = "background:#e9ecef; padding:4px;"
        self.requirement.setText(text)
        self.requirement.setStyleSheet(style)

    def _round_chosen(self, row: int) -> None:
        if self.data and 0 <= row < len(self.data["reviews"]):
            self.shown_round = self.data["reviews"][row]["round"]
            self._render_round()

    def _render_round(self) -> None:
        r = self.shown()
        editable = r is not None and r["closed_on"] is None
        if r is None:
            self.facts.setText("")
        else:
            drawings = [d for d in (r["drawings"] or "").split("；") if d.strip()]
            lines = [self.tr("Round %1, drawings received %2 from %3").replace("%1", str(r["round"])).replace(
                "%2", r["opened_on"]).replace("%3", r["institute"] or "—")]
            lines.append(self.tr("Drawings: %1").replace("%1", "；".join(drawings) if drawings else "—"))
            self.facts.setText("\n".join(lines))
        ops = r["opinions"] if r else []
        self.opinions.setRowCount(len(ops))
        for i, o in enumerate(ops):
            weight = self.tr("Must fix") if o["must_fix"] else self.tr("Advisory")
            for c, text in enumerate((f"#{o['number']}", category_label(o["category"]), weight, o["text"],
                                      o.get("clause") or "")):
                item = QTableWidgetItem(text)
                if c == 2 and o["must_fix"]:
                    item.setBackground(QBrush(QColor("#f8d0d0")))
                self.opinions.setItem(i, c, item)
        self.opinions.resizeRowsToContents()
        self.participants.setRowCount(0)
        for p in (r["participants"] if r else []):
            self.add_participant(p["name"], p["dept"], editable)
        for w in (self.opinion_text, self.clause, self.category, self.must_fix, self.btn_opinion, self.btn_add_person,
                  self.btn_save_people):
            w.setEnabled(editable)

    # --- participants -----------------------------------------------------------------------
    def add_participant(self, name: str, dept: str, editable: bool = True) -> None:
        r = self.participants.rowCount()
        self.participants.insertRow(r)
        item = QTableWidgetItem(name)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
        self.participants.setItem(r, 0, item)
        combo = QComboBox()
        combo.setEditable(True)
        joint = tuple(joint_lock(self.view)["departments"])
        for d in joint + tuple(o for o in OTHER_DEPTS if o not in joint):
            combo.addItem(dept_label(d), d)
        i = combo.findData(dept)
        if i >= 0:
            combo.setCurrentIndex(i)
        else:
            combo.setCurrentText(dept)
        combo.setEnabled(editable)
        self.participants.setCellWidget(r, 1, combo)

    def people(self) -> list[dict]:
        out = []
        for r in range(self.participants.rowCount()):
            item = self.participants.item(r, 0)
            name = item.text().strip() if item else ""
            combo = self.participants.cellWidget(r, 1)
            text = combo.currentText().strip()
            i = combo.findText(text)
            dept = combo.itemData(i) if i >= 0 else text
            if name:
                out.append({"name": name, "dept": dept})
        return out

    def save_participants(self) -> None:
        people = self.people()
        if not people:
            self._error(self.tr("Enter at least one participant with a name."))
            return
        bad = [p for p in people if BAD_NAME_CHARS & set(p["name"] + p["dept"])]
        if bad:
            self._error(self.tr("Names and departments cannot contain commas or colons: %1")
                        .replace("%1", bad[0]["name"]))
            return
        self._run(review_ops.set_participants, self.case_no, people)

    # --- actions ----------------------------------------------------------------------------
    def _run(self, fn, *args, after=None) -> None:
        self.error.hide()

        def done(_changes) -> None:
            if after:
                after()
            self.reload()

        self.ops.write(fn, *args, on_done=done, on_error=self._error)

    def add_opinion(self) -> None:
        text = self.opinion_text.text().strip()
        if not text:
            self._error(self.tr("Write the opinion first."))
            return
        self._run(review_ops.add_opinion, self.case_no, text, self.must_fix.isChecked(), self.category.currentData(),
                  self.clause.text().strip() if self.clause.isVisible() else "",
                  after=lambda: (self.opinion_text.clear(), self.clause.clear(), self.must_fix.setChecked(False)))

    def close_review(self) -> None:
        self._run(review_ops.close_review, self.case_no, pydate(self.close_on.date()), self.outcome.currentData())

    def open_review(self):
        dlg = OpenReviewDialog(self.ops, self.as_of, self.view, self)
        dlg.setParent(self, dlg.windowFlags())
        dlg.accepted.connect(self.reload)
        self.last_dialog = dlg
        dlg.open()
        return dlg

    def print_letter(self) -> None:
        self.ops.document(doc_ops.review_letter_data, self.case_no, self.shown_round,
                          on_done=self.open_document, on_error=self._error)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReviewPanel(QGroupBox):
    """On the case window: where the design review stands, and the case's policy risks."""

    def __init__(self, detail) -> None:
        super().__init__()
        self.detail = detail
        self.ctx = detail.ctx
        self.data: dict | None = None
        self.setObjectName("reviewPanel")
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewSummary")
        self.review_label.setWordWrap(True)
        self.btn_review = QPushButton()
        self.btn_review.setObjectName("btnDesignReview")
        self.btn_review.clicked.connect(self.open_form)
        self.risks_label = QLabel()
        self.risks = QTableWidget(0, 6)
        self.risks.setObjectName("caseRisks")
        self.risks.verticalHeader().hide()
        self.risks.setEditTriggers(QTableWidget.NoEditTriggers)
        self.risks.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.risks.setSelectionMode(QAbstractItemView.SingleSelection)
        self.risks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.risks.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.risks.setMaximumHeight(150)
        self.btn_add_risk = QPushButton()
        self.btn_add_risk.setObjectName("btnAddRisk")
        self.btn_add_risk.clicked.connect(self.add_risk)
        self.btn_close_risk = QPushButton()
        self.btn_close_risk.setObjectName("btnCloseRisk")
        self.btn_close_risk.clicked.connect(self.close_risk)
        top = QHBoxLayout()
        top.addWidget(self.review_label, 1)
        top.addWidget(self.btn_review, 0, Qt.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.btn_add_risk)
        side.addWidget(self.btn_close_risk)
        side.addStretch(1)
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.risks, 1)
        risk_row.addLayout(side)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.risks_label)
        lay.addLayout(risk_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Design review and policy risks"))
        self.btn_review.setText(self.tr("Design review form…"))
        self.btn_add_risk.setText(self.tr("Add risk…"))
        self.btn_close_risk.setText(self.tr("Risk settled…"))
        self.risks.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Policy risk"), self.tr("Owner"),
                                              self.tr("Due"), self.tr("Status"), self.tr("Raised")])
        if self.data:
            self._render()

    def reload(self) -> None:
        self.ctx.ops.read(review_ops.review_overview, self.detail.case_no, on_done=self.set_data,
                          on_error=self.ctx.show_error)

    def set_data(self, data: dict) -> None:
        self.data = data
        self._render()

    def _render(self) -> None:
        v = self.detail.view
        reviews = self.data["reviews"]
        current = open_review_of(reviews)
        if not reviews:
            text = self.tr("Design review: no drawings received yet.")
        else:
            r = current or reviews[-1]
            must = sum(1 for o in r["opinions"] if o["must_fix"])
            state = (self.tr("in progress") if r["closed_on"] is None else
                     self.tr("approved %1").replace("%1", r["closed_on"]) if r["outcome"] == "approved" else
                     self.tr("returned %1").replace("%1", r["closed_on"]))
            text = self.tr("Design review round %1 (%2): %3 opinions, %4 must fix.").replace(
                "%1", str(r["round"])).replace("%2", state).replace("%3", str(len(r["opinions"]))).replace("%4", str(must))
        if v is not None and joint_required(v):
            missing = missing_departments(current or (reviews[-1] if reviews else None), v)
            text += _sep() + (self.tr("Joint review required: participants from %1 still missing.")
                           .replace("%1", "、".join(missing)) if missing
                           else self.tr("Joint review: every department recorded."))
        self.review_label.setText(text)
        today = self.ctx.as_of.isoformat()
        risks = self.data["risks"]
        open_n = sum(1 for r in risks if r["status"] == "open")
        self.risks_label.setText(self.tr("Policy risks (政策处理): %1 open of %2").replace("%1", str(open_n))
                                 .replace("%2", str(len(risks))))
        self.risks.setRowCount(len(risks))
        for i, r in enumerate(risks):
            overdue = r["status"] == "open" and r["due_on"] and r["due_on"] < today
            status = (self.tr("open") if r["status"] == "open" else
                      self.tr("settled %1").replace("%1", r["closed_on"] or ""))
            if overdue:
                status = self.tr("overdue")
            for c, text in enumerate((risk_kind_label(r["kind"]), r["text"], r["owner"] or "—", r["due_on"] or "—",
                                      status, r["raised_on"])):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, r["id"])
                if overdue and c in (3, 4):
                    item.setBackground(QBrush(QColor("#f8d0d0")))
                elif r["status"] != "open":
                    item.setForeground(QBrush(QColor("#6c757d")))
                self.risks.setItem(i, c, item)
        self.btn_close_risk.setEnabled(open_n > 0)
        self.btn_add_risk.setEnabled(v is not None)

    # --- actions ----------------------------------------------------------------------------
    def open_form(self):
        win = self.ctx
        dlg = DesignReviewDialog(win.ops, win.as_of, self.detail.view, win.open_document, parent=win.dialog_parent)
        self.detail.last_dialog = dlg
        dlg.show()
        return dlg

    def add_risk(self):
        dlg = AddRiskDialog(self.ctx.ops, self.ctx.as_of, self.detail.view, self.ctx.dialog_parent)
        dlg.setParent(self.detail, dlg.windowFlags())
        self.detail.last_dialog = dlg
        dlg.open()
        return dlg

    def selected_risk(self) -> dict | None:
        """The selected risk if it is open, else the first open one."""
        risks = self.data["risks"] if self.data else []
        row = self.risks.currentRow()
        if 0 <= row < len(risks) and risks[row]["status"] == "open":
            return risks[row]
        return next((r for r in risks if r["status"] == "open"), None)

    def close_risk(self):
        risk = self.selected_risk()
        if risk is None:
            return None
        dlg = CloseRiskDialog(self.ctx.ops, self.ctx.as_of, risk, self.ctx.dialog_parent)
        dlg.setParent(self.detail, dlg.windowFlags())
        self.detail.last_dialog = dlg
        dlg.open()
        return dlg


__all__ = ["ReviewPanel", "DesignReviewDialog", "OpenReviewDialog", "AddRiskDialog", "CloseRiskDialog",
           "risk_kind_label", "qdate"]
