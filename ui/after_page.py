"""The 月度分析 page (issue 20): the monthly analysis meeting's agenda for a month (figures, cases that
missed a limit, 时间偏差, long pauses, open cases in warning or overdue, earlier measures still open),
what the meeting records (attendance, a conclusion per agenda case, improvement measures) and its
minutes; the follow-ups due and the month's satisfaction per manager with the number of answers."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import stage_name
from app.messages import language
from ui.ops import after as after_ops
from ui.row_model import Column, RowTableModel
from ui.widgets import date_edit, pydate


def _pct(rate) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _table(name: str, columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setObjectName(name)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class AfterPage(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: dict | None = None
        self.rows: list[dict] = []
        self.last_dialog = None
        self.written: str | None = None  # the last minutes PDF (tests, status line)
        as_of = ctx.as_of or dt.date.today()
        first = as_of.replace(day=1) - dt.timedelta(days=1)  # the meeting is about the month just ended
        self.month = first.strftime("%Y-%m")
        self.title = QLabel()
        self.title.setObjectName("afterTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.prev = QPushButton("◀")
        self.prev.setObjectName("afterPrev")
        self.next = QPushButton("▶")
        self.next.setObjectName("afterNext")
        self.prev.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.btn_minutes = QPushButton()
        self.btn_minutes.setObjectName("btnAnalysisMinutes")
        self.btn_minutes.clicked.connect(lambda: self.minutes())
        self.summary = QLabel()
        self.summary.setObjectName("afterSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        for w in (self.prev, self.title, self.next):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.btn_minutes)

        self.agenda = _table("afterAgenda", 4)
        self.agenda.cellDoubleClicked.connect(self._open_agenda)
        self.due = _table("afterDue", 5)
        self.due.cellDoubleClicked.connect(lambda r, _c: self.ctx.open_case(self.data["due"][r]["case_no"]))
        self.btn_followup = QPushButton()
        self.btn_followup.setObjectName("btnAfterFollowUp")
        self.btn_followup.clicked.connect(lambda: self.follow_up())
        due_box = QWidget()
        dl = QVBoxLayout(due_box)
        dl.addWidget(self.due)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.btn_followup)
        dl.addLayout(row)
        self.satisfaction = _table("afterSatisfaction", 4)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("afterTabs")
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(due_box, "")
        self.tabs.addTab(self.satisfaction, "")

        # what the meeting records
        self.meeting_box = QGroupBox()
        self.held_on = date_edit(as_of)
        self.held_on.setObjectName("analysisDate")
        self.chair = QLineEdit()
        self.chair.setObjectName("analysisChair")
        self.chair.setMaxLength(50)
        self.attendance = QLineEdit()
        self.attendance.setObjectName("analysisAttendance")
        self.place = QLineEdit()
        self.place.setObjectName("analysisPlace")
        self.place.setMaxLength(100)
        self.btn_hold = QPushButton()
        self.btn_hold.setObjectName("btnAnalysisHold")
        self.btn_hold.clicked.connect(self.hold)
        self.conclusion = QLineEdit()
        self.conclusion.setObjectName("analysisConclusion")
        self.btn_conclude = QPushButton()
        self.btn_conclude.setObjectName("btnAnalysisConclude")
        self.btn_conclude.clicked.connect(self.conclude)
        self.measure = QLineEdit()
        self.measure.setObjectName("analysisMeasure")
        self.owner = QLineEdit()
        self.owner.setObjectName("analysisOwner")
        self.owner.setMaxLength(50)
        self.measure_due = date_edit(as_of + dt.timedelta(days=30))
        self.measure_due.setObjectName("analysisMeasureDue")
        self.btn_measure = QPushButton()
        self.btn_measure.setObjectName("btnAnalysisMeasure")
        self.btn_measure.clicked.connect(self.add_measure)
        self.form = QFormLayout(self.meeting_box)
        meet = QHBoxLayout()
        for w in (self.held_on, self.chair, self.place, self.btn_hold):
            meet.addWidget(w)
        self.meet_label = QLabel()
        self.attendance_label = QLabel()
        self.conclusion_label = QLabel()
        self.measure_label = QLabel()
        self.form.addRow(self.meet_label, meet)
        self.form.addRow(self.attendance_label, self.attendance)
        con = QHBoxLayout()
        con.addWidget(self.conclusion, 1)
        con.addWidget(self.btn_conclude)
        self.form.addRow(self.conclusion_label, con)
        mea = QHBoxLayout()
        mea.addWidget(self.measure, 1)
        mea.addWidget(self.owner)
        mea.addWidget(self.measure_due)
        mea.addWidget(self.btn_measure)
        self.form.addRow(self.measure_label, mea)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.meeting_box)
        ctx.hub.changes_applied.connect(lambda _ch: self.reload() if self.isVisible() else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.btn_minutes.setText(self.tr("Minutes PDF…"))
        self.tabs.setTabText(0, self.tr("Agenda"))
        self.tabs.setTabText(1, self.tr("Follow-ups due"))
        self.tabs.setTabText(2, self.tr("Satisfaction"))
        self.agenda.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Case"), self.tr("What"),
                                               self.tr("Conclusion")])
        self.due.setHorizontalHeaderLabels([self.tr("Planned"), self.tr("Case"), self.tr("Customer"),
                                            self.tr("Manager"), self.tr("Contact")])
        self.satisfaction.setHorizontalHeaderLabels([self.tr("Manager"), self.tr("Answers"), self.tr("Satisfied"),
                                                     self.tr("Rate")])
        self.btn_followup.setText(self.tr("Record follow-up…"))
        self.meeting_box.setTitle(self.tr("The meeting"))
        self.meet_label.setText(self.tr("Held on, chair, place"))
        self.attendance_label.setText(self.tr("Attendance"))
        self.attendance.setPlaceholderText(self.tr("Names, separated by commas"))
        self.chair.setPlaceholderText(self.tr("Chair"))
        self.place.setPlaceholderText(self.tr("Place"))
        self.btn_hold.setText(self.tr("Save meeting"))
        self.conclusion_label.setText(self.tr("Conclusion on the selected case"))
        self.btn_conclude.setText(self.tr("Save conclusion"))
        self.measure_label.setText(self.tr("Improvement measure"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.btn_measure.setText(self.tr("Add measure"))
        self.title.setText(self.tr("Monthly analysis %1").replace("%1", self.month))
        if self.data is not None:
            self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def go(self, step: int) -> None:
        y, m = (int(x) for x in self.month.split("-"))
        m = m - 1 + step
        self.month = f"{y + m // 12}-{m % 12 + 1:02d}"
        self.title.setText(self.tr("Monthly analysis %1").replace("%1", self.month))
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(after_ops.page, self.month, self.ctx.as_of or dt.date.today(),
                          on_done=self._loaded, on_error=self.ctx.show_error)

    def _loaded(self, data: dict) -> None:
        if data["agenda"]["month"] != self.month:
            return  # an older answer arriving after the user moved on
        self.data = data
        self._render()

    def _agenda_rows(self) -> list[dict]:
        ag = self.data["agenda"]
        lang = language()
        done = {c["case_no"]: c["text"] for c in (ag["meeting"] or {}).get("conclusions", [])}
        rows = []
        # the rule set by its name in the user's language, not its id ("internal")
        names = {r["rule_set"]: (r["name"] if lang == "zh" else r["name_en"] or r["name"])
                 for r in ag["figures"]["rule_sets"]}
        for lc in ag["late_cases"]:
            what = "; ".join(self.tr("%1 (%2) over by %3").replace("%1", stage_name(x["code"], lang))
                             .replace("%2", f"{names.get(x['rule_set'], x['rule_set'])}: {x['item']}")
                             .replace("%3", str(x["over_wd"]))
                             for x in lc["stages"])
            rows.append({"kind": self.tr("Missed a limit"), "case_no": lc["case_no"], "what": what})
        for d in ag["deviations"]:
            what = self.tr("%1: recorded %2, customer says %3").replace(
                "%1", self.tr("applied") if d["field"] == "applied_on" else self.tr("power on")).replace(
                "%2", d["recorded"]).replace("%3", d["reported"])
            rows.append({"kind": self.tr("Date deviation"), "case_no": d["case_no"], "what": what})
        for p in ag["long_pauses"]:
            rows.append({"kind": self.tr("Long pause"), "case_no": p["case_no"],
                         "what": f"{p['reason_name']} {p['started_on']} · {p['wd']}"})
        for w in ag["overdue_open"]:
            rows.append({"kind": self.tr("Overdue") if w["status"] == "overdue" else self.tr("Warning"),
                         "case_no": w["case_no"], "what": f"{stage_name(w['stage'], lang)} {w['deadline']}"})
        for a in ag["open_actions"]:
            rows.append({"kind": self.tr("Open measure"), "case_no": a["case_no"] or "",
                         "what": f"{a['text']} · {a['owner']} · {a['due_on']}"})
        for r in rows:
            r["conclusion"] = done.get(r["case_no"], "")
        return rows

    def _render(self) -> None:
        ag = self.data["agenda"]
        f = ag["figures"]
        self.title.setText(self.tr("Monthly analysis %1").replace("%1", self.month))
        zh = language() == "zh"
        rates = "; ".join(f"{r['name'] if zh else r['name_en']} {_pct(r['rate'])} ({r['met']}/{r['n']})"
                          for r in f["rule_sets"])
        sat = self.data["all"]
        cov = self.data["coverage"]
        meeting = ag["meeting"]
        held = (self.tr("Meeting held on %1, chaired by %2.").replace("%1", meeting["held_on"])
                .replace("%2", meeting["chair"]) if meeting else self.tr("Meeting not recorded yet."))
        self.summary.setText(
            self.tr("Energised %1, missed a limit %2, average supply-department time %3 working days. %4")
            .replace("%1", str(f["finished"])).replace("%2", str(f["late"]))
            .replace("%3", "—" if f["avg_supply_dept_wd"] is None else str(f["avg_supply_dept_wd"])).replace("%4", rates)
            + "\n" + self.tr("Satisfaction %1 of %2 answers; followed up %3 of %4 energised.")
            .replace("%1", _pct(sat["rate"])).replace("%2", str(sat["n"]))
            .replace("%3", str(cov["followed_up"])).replace("%4", str(cov["finished"])) + "  " + held)
        self.rows = self._agenda_rows()
        self.agenda.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            for j, key in enumerate(("kind", "case_no", "what", "conclusion")):
                self.agenda.setItem(i, j, QTableWidgetItem(r[key]))
        due = self.data["due"]
        self.due.setRowCount(len(due))
        for i, d in enumerate(due):
            for j, key in enumerate(("planned_on", "case_no", "customer_name", "manager", "contact")):
                self.due.setItem(i, j, QTableWidgetItem(d[key] or ""))
        sats = self.data["satisfaction"]
        self.satisfaction.setRowCount(len(sats))
        for i, s in enumerate(sats):
            for j, v in enumerate((s["group"] or "—", str(s["n"]), str(s["satisfied"]), _pct(s["rate"]))):
                self.satisfaction.setItem(i, j, QTableWidgetItem(v))
        if meeting:
            self.chair.setText(meeting["chair"])
            self.place.setText(meeting["place"])
            self.attendance.setText(",".join(meeting["attendance"]))

    def _open_agenda(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.rows) and self.rows[row]["case_no"]:
            self.ctx.open_case(self.rows[row]["case_no"])

    def selected_case(self) -> str | None:
        r = self.agenda.currentRow()
        return self.rows[r]["case_no"] if 0 <= r < len(self.rows) and self.rows[r]["case_no"] else None

    def hold(self) -> None:
        self.ctx.ops.write(after_ops.hold, self.month, pydate(self.held_on.date()), self.chair.text(),
                           self.attendance.text(), self.place.text(), "", on_error=self.ctx.show_error)

    def conclude(self) -> None:
        case = self.selected_case()
        if case is None:
            self.ctx.show_error(self.tr("Select a case of the agenda first."))
            return
        self.ctx.ops.write(after_ops.conclude, self.month, case, self.conclusion.text(),
                           on_done=lambda _c: self.conclusion.clear(), on_error=self.ctx.show_error)

    def add_measure(self) -> None:
        self.ctx.ops.write(after_ops.add_measure, self.month, self.measure.text(), self.owner.text(),
                           pydate(self.measure_due.date()), self.selected_case(),
                           on_done=lambda _c: self.measure.clear(), on_error=self.ctx.show_error)

    def follow_up(self) -> None:
        r = self.due.currentRow()
        if not self.data or not 0 <= r < len(self.data["due"]):
            self.ctx.show_error(self.tr("Select a follow-up that is due first."))
            return
        case_no = self.data["due"][r]["case_no"]

        def got(questionnaire: dict) -> None:
            from ui.followup_dialog import FollowUpDialog

            dlg = FollowUpDialog(self.ctx.ops, self.ctx.as_of, case_no, questionnaire, parent=self)
            self.last_dialog = dlg
            dlg.open()

        self.ctx.ops.read(after_ops.questionnaire, on_done=got, on_error=self.ctx.show_error)

    def minutes(self, on_done=None) -> None:
        def written(path: str) -> None:
            self.written = path
            self.ctx.open_document(path)
            if on_done is not None:
                on_done(path)

        self.ctx.ops.document(after_ops.minutes_document, self.month, on_done=written,
                              on_error=self.ctx.show_error)


class AfterTodaySection(QWidget):
    """The Today view's section of the work after power on: follow-ups due and the actions of
    follow-ups and analysis meetings past their due date, in the Today view's scope (a model, as
    the rest of Today: see ui/row_model.py)."""

    KEYS = ("kind", "case_no", "what", "due", "manager")

    def __init__(self, today_page) -> None:
        super().__init__()
        self.today = today_page
        self.ctx = today_page.ctx
        self.items: dict = {"due": [], "actions": []}
        self.rows: list[dict] = []
        self.label = QLabel()
        self.label.setObjectName("todayAfterLabel")
        self.model = RowTableModel([Column(lambda r, k=k: r[k] or "") for k in self.KEYS],
                                   key=lambda r: r["case_no"], parent=self)
        self.table = QTableView()
        self.table.setObjectName("todayAfter")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.table)
        # no hub connection of its own: the main window asks it to re-read on a full refresh, a
        # work-item write (follow-ups, actions, analysis) and a case that reached power on
        self.retranslate()

    def retranslate(self) -> None:
        self.render()

    def reload(self) -> None:
        if not self.ctx.worker.isRunning():
            return
        self.ctx.ops.read(after_ops.today_items, self.ctx.as_of or dt.date.today(), None,
                          on_done=self.set_items, on_error=self.ctx.show_error)

    def set_items(self, items: dict) -> None:
        self.items = items
        self.render()

    def render(self) -> None:
        # the Today page renders this on every change of scope and of language
        self.model.set_headers([self.tr("Item"), self.tr("Case"), self.tr("What"), self.tr("Due"), self.tr("Manager")])
        due = self.tr("Follow-up due")
        rows = [{"kind": due, "case_no": d["case_no"], "what": d["customer_name"], "due": d["planned_on"],
                 "manager": d["manager"]} for d in self.items["due"]]
        rows += [{"kind": self.tr("Action overdue"), "case_no": a["case_no"] or "", "what": a["text"],
                  "due": a["due_on"], "manager": a["owner"]} for a in self.items["actions"]]
        self.rows = self.today._in_scope(rows)
        n_due = sum(1 for r in self.rows if r["kind"] == due)
        self.label.setText(self.tr("After power on: %1 follow-ups due, %2 actions overdue")
                           .replace("%1", str(n_due)).replace("%2", str(len(self.rows) - n_due)))
        self.model.set_rows(self.rows)

    def _open(self, index) -> None:
        r = index.row()
        if 0 <= r < len(self.rows) and self.rows[r]["case_no"]:
            self.ctx.open_case(self.rows[r]["case_no"])
