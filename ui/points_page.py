"""The points page (积分, issue 21): the month's postings per person with each formula, what the open
cases would earn if finished today, adjustments and appeals with their reasons and decisions, and the
labelled recalculation (differences shown before any reversal is posted). Opening the page only
reads: the finished cases not yet posted are listed and posted by the "Post" button. What the user
may do (recalculate, decide) is the roles document's; the buttons follow it, the service decides."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.ops import points as ops_points
from ui.widgets import WorkerDialog


def _table(name: str, columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setObjectName(name)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectRows)
    t.setWordWrap(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return t


def _fill(table: QTableWidget, rows: list[list[object]], data: list | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            item = QTableWidgetItem("" if v is None else (f"{v:g}" if isinstance(v, float) else str(v)))
            if data is not None and c == 0:
                item.setData(Qt.UserRole, data[r])
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class AdjustDialog(WorkerDialog):
    """Adjust someone else's points of the month: person, points, reason (all required)."""

    def __init__(self, ops, month: str, parent=None) -> None:
        super().__init__(ops, parent)
        self.month = month
        self.setWindowTitle(self.tr("Adjust points"))
        self.person = QLineEdit()
        self.person.setObjectName("adjustPerson")
        self.value = QDoubleSpinBox()
        self.value.setObjectName("adjustPoints")
        self.value.setRange(-1000, 1000)
        self.value.setDecimals(2)
        self.reason = QLineEdit()
        self.reason.setObjectName("adjustReason")
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Points (+/−)"), self.value)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", QLabel(self.tr("Month: %1. Nobody can adjust their own points.").replace("%1", month)))
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(ops_points.adjust, self.person.text(), self.value.value(), self.reason.text(), self.month)


class AppealDialog(WorkerDialog):
    """Appeal one's own points of the month (or of one case), with a reason."""

    def __init__(self, ops, month: str, parent=None) -> None:
        super().__init__(ops, parent)
        self.month = month
        self.setWindowTitle(self.tr("Appeal my points"))
        self.case = QLineEdit()
        self.case.setObjectName("appealCase")
        self.value = QDoubleSpinBox()
        self.value.setObjectName("appealPoints")
        self.value.setRange(-1000, 1000)
        self.value.setDecimals(2)
        self.reason = QLineEdit()
        self.reason.setObjectName("appealReason")
        form = QFormLayout()
        form.addRow(self.tr("Case (optional)"), self.case)
        form.addRow(self.tr("Points asked for (0: none)"), self.value)
        form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(ops_points.appeal, self.reason.text(), self.month, self.case.text().strip() or None,
                 self.value.value() or None)


class AppealDecisionDialog(WorkerDialog):
    """Decide an appeal (never one's own): accept or reject, with the decision written out."""

    def __init__(self, ops, request: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.request = request
        self.setWindowTitle(self.tr("Decide the appeal"))
        self.accept_btn = QRadioButton(self.tr("Accept"))
        self.accept_btn.setObjectName("decideAccept")
        self.reject_btn = QRadioButton(self.tr("Reject"))
        self.reject_btn.setChecked(True)
        self.decision = QLineEdit()
        self.decision.setObjectName("decideText")
        choice = QHBoxLayout()
        choice.addWidget(self.accept_btn)
        choice.addWidget(self.reject_btn)
        form = QFormLayout()
        form.addRow(self.tr("Appeal"), QLabel(f"{request['person']}: {request['reason']}"))
        form.addRow(self.tr("Outcome"), choice)
        form.addRow(self.tr("Decision"), self.decision)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(ops_points.decide, self.request["id"], self.accept_btn.isChecked(), self.decision.text())


class PointsPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.data: dict | None = None
        self.preview: dict | None = None
        as_of = window.as_of or dt.date.today()
        self.year, self.month = as_of.year, as_of.month
        self.title = QLabel()
        self.title.setObjectName("pointsTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.prev = QPushButton("◀")
        self.prev.setObjectName("pointsPrev")
        self.next = QPushButton("▶")
        self.next.setObjectName("pointsNext")
        self.prev.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.mine = QCheckBox()
        self.mine.setObjectName("pointsMine")
        self.mine.toggled.connect(lambda _on: self.reload())
        self.adjust_btn = QPushButton()
        self.adjust_btn.setObjectName("pointsAdjust")
        self.adjust_btn.clicked.connect(self.open_adjust)
        self.appeal_btn = QPushButton()
        self.appeal_btn.setObjectName("pointsAppeal")
        self.appeal_btn.clicked.connect(self.open_appeal)
        self.pdf_btn = QPushButton()
        self.pdf_btn.setObjectName("pointsStatementPdf")
        self.pdf_btn.clicked.connect(lambda: self.statement_pdf())
        top = QHBoxLayout()
        for w in (self.prev, self.title, self.next):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.mine, self.pdf_btn, self.adjust_btn, self.appeal_btn):
            top.addWidget(w)

        self.totals = QLabel()
        self.totals.setObjectName("pointsTotals")
        self.totals.setWordWrap(True)
        self.postings = _table("pointsPostings", 6)
        self.pending = QLabel()
        self.pending.setObjectName("pointsPending")
        self.pending.setWordWrap(True)
        self.unposted = QLabel()
        self.unposted.setObjectName("pointsUnposted")
        self.unposted.setWordWrap(True)
        self.refused = QLabel()
        self.refused.setObjectName("pointsRefused")
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color: #a33;")
        self.post_cases_btn = QPushButton()
        self.post_cases_btn.setObjectName("pointsPost")
        self.post_cases_btn.clicked.connect(self.post_finished)
        self.post_note = QLabel()
        self.post_note.setObjectName("pointsPostNote")
        self.post_note.setWordWrap(True)
        self.authority = QLabel()
        self.authority.setObjectName("pointsAuthority")
        self.authority.setWordWrap(True)
        ledger_tab = QWidget()
        lay = QVBoxLayout(ledger_tab)
        lay.addWidget(self.totals)
        lay.addWidget(self.postings, 1)
        lay.addWidget(self.unposted)
        lay.addWidget(self.pending)
        lay.addWidget(self.refused)
        post_row = QHBoxLayout()
        post_row.addWidget(self.post_cases_btn)
        post_row.addWidget(self.post_note, 1)
        lay.addLayout(post_row)

        self.simulate_btn = QPushButton()
        self.simulate_btn.setObjectName("pointsSimulate")
        self.simulate_btn.clicked.connect(self.run_simulate)
        self.simulated = _table("pointsSimulated", 4)
        sim_tab = QWidget()
        lay = QVBoxLayout(sim_tab)
        lay.addWidget(self.simulate_btn, 0, Qt.AlignLeft)
        lay.addWidget(self.simulated, 1)

        self.requests = _table("pointsRequests", 7)
        self.decide_btn = QPushButton()
        self.decide_btn.setObjectName("pointsDecide")
        self.decide_btn.clicked.connect(self.open_decide)
        req_tab = QWidget()
        lay = QVBoxLayout(req_tab)
        lay.addWidget(self.requests, 1)
        lay.addWidget(self.decide_btn, 0, Qt.AlignLeft)

        self.label = QLineEdit()
        self.label.setObjectName("recalcLabel")
        self.preview_btn = QPushButton()
        self.preview_btn.setObjectName("recalcPreview")
        self.preview_btn.clicked.connect(lambda: self.run_recalc(False))
        self.post_btn = QPushButton()
        self.post_btn.setObjectName("recalcPost")
        self.post_btn.setEnabled(False)
        self.post_btn.clicked.connect(lambda: self.run_recalc(True))
        self.recalc_note = QLabel()
        self.recalc_note.setObjectName("recalcNote")
        self.recalc_note.setWordWrap(True)
        self.diffs = _table("recalcDiffs", 5)
        rc_tab = QWidget()
        lay = QVBoxLayout(rc_tab)
        row = QHBoxLayout()
        self.label_caption = QLabel()
        row.addWidget(self.label_caption)
        row.addWidget(self.label, 1)
        row.addWidget(self.preview_btn)
        row.addWidget(self.post_btn)
        lay.addLayout(row)
        lay.addWidget(self.recalc_note)
        lay.addWidget(self.diffs, 1)

        self.ranking_note = QLabel()
        self.ranking_note.setObjectName("rankingNote")
        self.ranking = _table("pointsRanking", 6)
        rank_tab = QWidget()
        lay = QVBoxLayout(rank_tab)
        lay.addWidget(self.ranking_note)
        lay.addWidget(self.ranking, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("pointsTabs")
        for w in (ledger_tab, sim_tab, req_tab, rc_tab, rank_tab):
            self.tabs.addTab(w, "")
        main = QVBoxLayout(self)
        main.addLayout(top)
        main.addWidget(self.authority)
        main.addWidget(self.tabs, 1)
        # a write elsewhere (an adjustment here, a case finished, a sync) may change the month: only if shown
        window.hub.changes_applied.connect(lambda _ch: self.reload() if self.data is not None and self.isVisible() else None)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.mine.setText(self.tr("Mine only"))
        self.adjust_btn.setText(self.tr("Adjust…"))
        self.appeal_btn.setText(self.tr("Appeal…"))
        self.pdf_btn.setText(self.tr("Statement PDF"))
        self.pdf_btn.setToolTip(self.tr("The month's statement (积分明细) of the selected person (mine if none), "
                                        "with a line to sign"))
        self.simulate_btn.setText(self.tr("Simulate: if the open cases were finished today"))
        self.decide_btn.setText(self.tr("Decide the selected appeal…"))
        self.label_caption.setText(self.tr("Recalculation label"))
        self.preview_btn.setText(self.tr("Show the differences"))
        self.post_btn.setText(self.tr("Post the reversals"))
        for i, name in enumerate((self.tr("Postings"), self.tr("Simulate"), self.tr("Adjustments and appeals"),
                                  self.tr("Recalculation"), self.tr("Quarterly ranking"))):
            self.tabs.setTabText(i, name)
        self.postings.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Case"), self.tr("Kind"), self.tr("Role"),
                                                 self.tr("Points"), self.tr("Formula")])
        self.simulated.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Manager"), self.tr("Points"),
                                                  self.tr("Formula")])
        self.requests.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Person"), self.tr("Case"), self.tr("Points"),
                                                 self.tr("Reason"), self.tr("Status"), self.tr("Decision")])
        self.diffs.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Person"), self.tr("Before"), self.tr("After"),
                                              self.tr("Difference")])
        self.ranking.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Person"), "", "", "",
                                                self.tr("Quarter")])
        self._show_title()
        if self.data is not None:
            self._loaded(self.data)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def words(self) -> dict[str, str]:
        return {"case": self.tr("case"), "reversal": self.tr("reversal"), "adjustment": self.tr("adjustment"),
                "manager": self.tr("case manager"), "survey": self.tr("survey"), "review": self.tr("review"),
                "adjust": "—", "appeal": self.tr("appeal"), "pending": self.tr("pending"),
                "accepted": self.tr("accepted"), "rejected": self.tr("rejected"),
                "no_authority": self.tr("no authority in the roles document"),
                "own": self.tr("made on the author's own points")}

    # --- loading -------------------------------------------------------------------------------
    @property
    def month_text(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def _show_title(self) -> None:
        self.title.setText(self.tr("Points of %1").replace("%1", self.month_text))

    def go(self, step: int) -> None:
        m = self.month - 1 + step
        self.year, self.month = self.year + m // 12, m % 12 + 1
        self.preview = None
        self.post_btn.setEnabled(False)
        self.diffs.setRowCount(0)
        self.post_note.setText("")
        self.reload()

    def as_of(self) -> dt.date:
        return self.window_.as_of or dt.date.today()

    def reload(self) -> None:
        self._show_title()
        manager = (self.window_.store.user or None) if self.mine.isChecked() else None
        self.window_.ops.read(ops_points.month_view, self.month_text, self.as_of(), manager,
                              on_done=self._loaded, on_error=self.window_.show_error)

    def _loaded(self, data: dict) -> None:
        if data["month"] != self.month_text:
            return  # an older answer arriving after the user moved on
        self.data = data
        w = self.words()
        _fill(self.postings, [[p["person"], p["case_no"] or "—", w.get(p["kind"], p["kind"]) +
                               (f" ({p['label']})" if p["label"] else ""), w.get(p["role"], p["role"]), p["value"],
                               p["formula"]] for p in data["postings"]])
        totals = "  ".join(f"{t['person']} {t['points']:g}" for t in data["totals"])
        self.totals.setText(self.tr("Totals: %1").replace("%1", totals or self.tr("none yet")))
        pend = "、".join(f"{p['case_no']} ({p['manager']})" for p in data["pending"])
        self.pending.setText(self.tr("Pending (finished, no counted follow-up yet: not zero, not yet posted): %1")
                             .replace("%1", pend) if pend else "")
        unposted = "、".join(f"{p['case_no']} ({p['manager']})" for p in data["unposted"])
        self.unposted.setText(self.tr("Finished this month, not yet posted (%1): %2").replace(
            "%1", str(len(data["unposted"]))).replace("%2", unposted) if unposted else "")
        refused = "; ".join(self.tr("%1 %2 %3 by %4 (%5)").replace("%1", p["person"]).replace(
            "%2", w.get(p["kind"], p["kind"]) + (f" {p['case_no']}" if p["case_no"] else "")).replace(
            "%3", f"{p['value']:+g}").replace("%4", p["created_by"] or "?").replace(
            "%5", w.get(p["refused"], p["refused"])) for p in data["refused"])
        self.refused.setText(self.tr("Refused, not counted: %1").replace("%1", refused) if refused else "")
        for label in (self.unposted, self.pending, self.refused):
            label.setVisible(bool(label.text()))  # no blank lines under the table
        n = data["unposted_all"]
        self.post_cases_btn.setText(self.tr("Post finished cases (%1)").replace("%1", str(n)))
        self.post_cases_btn.setMinimumWidth(self.post_cases_btn.sizeHint().width())  # its whole text, always
        self.post_cases_btn.setEnabled(n > 0)
        self.post_cases_btn.setToolTip(self.tr("Puts the cases energised by %1 with a counted follow-up into the "
                                               "ledger, each under the rule in force the day it finished. Running it "
                                               "again posts nothing twice.").replace("%1", self.as_of().isoformat()))
        reqs = data["requests"]
        _fill(self.requests, [[w.get(r["kind"], r["kind"]), r["person"], r["case_no"] or "—",
                               "" if r["points"] is None else r["points"], r["reason"],
                               w.get(r["status"], r["status"]) + (self.tr(" — refused: %1").replace(
                                   "%1", w.get(r["refused"], r["refused"])) if r.get("refused") else ""),
                               r["decision"]] for r in reqs], reqs)
        rank = data["ranking"]
        self.ranking_note.setText(self.tr("Ranking of %1 (the quarter of this month)").replace("%1", rank["quarter"]))
        for i, m in enumerate(rank["months"]):
            self.ranking.setHorizontalHeaderItem(2 + i, QTableWidgetItem(m))
        _fill(self.ranking, [[r["rank"], r["person"], *[r["months"][m] for m in rank["months"]], r["points"]]
                             for r in rank["ranking"]])
        auth = data["authority"]
        levels = "、".join(auth["levels"]) or self.tr("no level")
        may = [name for key, name in (("recalculate", self.tr("recalculate")), ("decide", self.tr("decide adjustments "
               "and appeals"))) if auth[key]]
        self.authority.setText(self.tr("%1 (%2, roles document %3) may: %4").replace("%1", auth["user"] or "?").replace(
            "%2", levels).replace("%3", auth["roles"] or "—").replace(
            "%4", "、".join(may) if may else self.tr("neither recalculate nor decide")))
        no_recalc = self.tr("The roles document in force does not name you among those who may recalculate")
        no_decide = self.tr("The roles document in force does not name you among those who may decide")
        self.post_btn.setToolTip("" if auth["recalculate"] else no_recalc)
        if not auth["recalculate"]:
            self.post_btn.setEnabled(False)
        self.adjust_btn.setEnabled(auth["decide"])
        self.adjust_btn.setToolTip("" if auth["decide"] else no_decide)
        self.decide_btn.setEnabled(auth["decide"])
        self.decide_btn.setToolTip("" if auth["decide"] else no_decide)

    def post_finished(self) -> None:
        """The explicit posting step (a write on the database worker), then the month again."""
        self.window_.ops.write(ops_points.post, self.as_of(), on_done=self._posted, on_error=self.window_.show_error)

    def _posted(self, out: dict) -> None:
        self.post_note.setText(self.tr("Posted %1 cases (%2 postings); %3 without a counted follow-up stay pending.")
                               .replace("%1", str(out["posted"])).replace("%2", str(out["postings"]))
                               .replace("%3", str(out["pending"])))
        self.reload()

    def statement_pdf(self, person: str | None = None) -> None:
        row = self.postings.currentRow()
        person = person or (self.postings.item(row, 0).text() if row >= 0 and self.postings.item(row, 0) else
                            self.window_.store.user)
        if not person:
            self.window_.show_error(self.tr("Select a person's posting first."))
            return
        self.window_.ops.document(ops_points.statement_data, self.month_text, person,
                                  on_done=self.window_.open_document, on_error=self.window_.show_error)

    # --- simulate ------------------------------------------------------------------------------
    def run_simulate(self) -> None:
        manager = (self.window_.store.user or None) if self.mine.isChecked() else None
        self.window_.ops.read(ops_points.simulate, self.as_of(), manager, on_done=self._simulated,
                              on_error=self.window_.show_error)

    def _simulated(self, out: dict) -> None:
        _fill(self.simulated, [[c["case_no"], c["manager"], c["total"], c["formula"]] for c in out["cases"]])

    # --- adjustments and appeals ---------------------------------------------------------------
    def open_adjust(self) -> AdjustDialog:
        dlg = AdjustDialog(self.window_.ops, self.month_text, self)
        dlg.open()
        return dlg

    def open_appeal(self) -> AppealDialog:
        dlg = AppealDialog(self.window_.ops, self.month_text, self)
        dlg.open()
        return dlg

    def open_decide(self) -> AppealDecisionDialog | None:
        item = self.requests.item(self.requests.currentRow(), 0) if self.requests.currentRow() >= 0 else None
        req = item.data(Qt.UserRole) if item else None
        if not req or req["kind"] != "appeal" or req["status"] != "pending":
            self.window_.show_error(self.tr("Select an appeal awaiting a decision."))
            return None
        dlg = AppealDecisionDialog(self.window_.ops, req, self)
        dlg.open()
        return dlg

    # --- recalculation -------------------------------------------------------------------------
    def run_recalc(self, post: bool) -> None:
        label = self.label.text().strip()
        fn = self.window_.ops.write if post else self.window_.ops.read
        fn(ops_points.recalc, self.month_text, label, post, self.as_of(),
           on_done=self._recalculated, on_error=self.window_.show_error)

    def _recalculated(self, out: dict) -> None:
        self.preview = out
        rows = [[d["case_no"], p["person"], p["old"], p["new"], f"{p['delta']:+g}"] for d in out["cases"]
                for p in d["people"]]
        _fill(self.diffs, rows)
        if out["posted"]:
            self.recalc_note.setText(self.tr("Posted under the label “%1” (rule %2): reversals and new postings, "
                                             "difference %3.").replace("%1", out["label"]).replace(
                "%2", out["rule"]).replace("%3", f"{out['delta']:+g}"))
            self.post_btn.setEnabled(False)
            self.reload()
        else:
            self.recalc_note.setText(self.tr("Preview under rule %1: %2 cases differ, difference %3. Nothing has "
                                             "been written.").replace("%1", out["rule"]).replace(
                "%2", str(len(out["cases"]))).replace("%3", f"{out['delta']:+g}"))
            self.post_btn.setEnabled(bool(out["cases"]) and bool(self.data and self.data["authority"]["recalculate"]))
