"""The today view: what is overdue, due today and due within the warning threshold of the settings
(working days left <= N: the threshold of the clock's "warning" status and of the Cases filter), mine
or everyone's."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.ledger.export import list_about
from ui.case_model import STATUS_COLORS, stage_label
from ui.excel import export_view
from ui.metering_page import UnreservedSection
from ui.ops import today as today_ops
from ui.row_model import RIGHT, Column, GroupedRowModel, RowTableModel
from ui.widgets import plain_text

GROUPS = ("overdue", "today", "soon")


def group_of(w: dict) -> str:
    """A warning's group. The warnings are the stages the clock marks "warning" or "overdue" by the
    settings' threshold, so "soon" holds exactly the Cases filter's warnings not due today."""
    r = w["remaining_wd"]
    return "overdue" if r < 0 else "today" if r == 0 else "soon"


def _risk_kind(kind: str) -> str:
    # lazy: review_panel pulls in the case-window modules, loaded once the workbench is ready
    from ui.review_panel import risk_kind_label

    return risk_kind_label(kind)


class TodayPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window  # for show_page and print_open_notices only: the rest through ctx
        self.ctx = window.ctx
        self.warnings: list[dict] = []
        self.as_of = window.as_of  # the as-of day in training, until the first snapshot says it
        self.warn_wd = 1  # the settings' warning threshold, from the snapshot
        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.scope = QComboBox()
        self.scope.setObjectName("todayScope")
        self.scope.currentIndexChanged.connect(self._render)

        # the warnings, grouped overdue / due today / due soon (models, not item widgets: see ui/row_model.py)
        self.tree_model = GroupedRowModel(self._warning_columns(), key=lambda w: w["case_no"], parent=self)
        self.tree = QTreeView()
        self.tree.setObjectName("todayTree")
        self.tree.setModel(self.tree_model)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tree.activated.connect(self._activated)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tree.header().setResizeContentsPrecision(60)  # widths from the first rows, not all 500
        self.tree.header().setStretchLastSection(True)

        self.per_manager_model = RowTableModel(self._per_manager_columns(), parent=self)
        self.per_manager = QTableView()
        self.per_manager.setObjectName("todayPerManager")
        self.per_manager.setModel(self.per_manager_model)
        self.per_manager.verticalHeader().hide()
        self.per_manager.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.per_manager.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.per_manager.horizontalHeader().setStretchLastSection(True)
        self.per_manager.setMinimumWidth(320)  # all four columns readable in both languages
        self.per_manager_label = QLabel()

        # open policy (non-technical) risks of every case: overdue ones first, in red
        self.risks: list[dict] = []
        self.risks_label = QLabel()
        self.risks_label.setObjectName("todayRisksLabel")
        self.risks_model = RowTableModel(self._risk_columns(), key=lambda r: r["case_no"], parent=self)
        self.risks_table = QTableView()
        self.risks_table.setObjectName("todayRisks")
        self.risks_table.setModel(self.risks_model)
        self.risks_table.verticalHeader().hide()
        self.risks_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.risks_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.risks_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.risks_table.horizontalHeader().setResizeContentsPrecision(60)
        self.risks_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.risks_table.activated.connect(self._risk_activated)

        # what the manager waits for from customers (issue 16): open rectification items with their
        # deadlines, drawings not yet submitted
        self.waiting: list[dict] = []
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("todayWaitingLabel")
        self.waiting_model = RowTableModel(self._waiting_columns(), key=lambda r: r["case_no"], parent=self)
        self.waiting_table = QTableView()
        self.waiting_table.setObjectName("todayWaiting")
        self.waiting_table.setModel(self.waiting_model)
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.waiting_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.waiting_table.horizontalHeader().setResizeContentsPrecision(60)
        self.waiting_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.waiting_table.activated.connect(self._risk_activated)

        # cases in ENERGIZE whose metering equipment is not reserved (issue 19)
        self.metering = UnreservedSection(self.ctx)
        self.monitoring: dict = {}  # three-level monitoring (issue 21): stations, my escalations
        self.escalations_link = QLabel()
        self.escalations_link.setObjectName("todayEscalations")
        self.escalations_link.setTextFormat(Qt.RichText)  # our own words and a number only
        self.escalations_link.linkActivated.connect(lambda _l: self.window_.show_page("bulletins"))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.escalations_link)
        top.addStretch(1)
        self.scope_label = QLabel()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        self.btn_notices = QPushButton()
        self.btn_notices.setObjectName("btnBatchNotices")
        self.btn_notices.clicked.connect(lambda: self.window_.print_open_notices())
        top.addWidget(self.btn_notices)
        self.btn_export = QPushButton()
        self.btn_export.setObjectName("btnExportToday")
        self.btn_export.clicked.connect(lambda: self.export_excel())
        top.addWidget(self.btn_export)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.per_manager_label)
        rl.addWidget(self.per_manager)
        rl.addWidget(self.metering)
        risks = QWidget()
        rk = QVBoxLayout(risks)
        rk.setContentsMargins(0, 0, 0, 0)
        rk.addWidget(self.risks_label)
        rk.addWidget(self.risks_table)
        waiting = QWidget()
        wt = QVBoxLayout(waiting)
        wt.setContentsMargins(0, 0, 0, 0)
        wt.addWidget(self.waiting_label)
        wt.addWidget(self.waiting_table)
        from ui.after_page import AfterTodaySection

        self.after = AfterTodaySection(self)  # follow-ups due, overdue actions (issue 20)
        left = QSplitter(Qt.Vertical)
        left.addWidget(self.tree)
        left.addWidget(risks)
        left.addWidget(waiting)
        left.addWidget(self.after)
        from ui.today_outage import OutageRiskSection

        self.outage_risks = OutageRiskSection(self)  # issue 19: an outage too late for ENERGIZE
        left.addWidget(self.outage_risks)
        from ui.before_page import VisitDueBox

        self.visits_due = VisitDueBox(self.window_)  # visit actions past their due date (issue 18)
        left.addWidget(self.visits_due)
        # the overdue and due cases first: at 1366x768 the sections' size hints left the tree one row
        # among five equal tables; it starts with a third of the height, the others share the rest
        left.setStretchFactor(0, 3)
        for i in range(1, left.count()):
            left.setStretchFactor(i, 1)
        left.setSizes([5 * 100] + [2 * 100] * (left.count() - 1))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("Show:"))
        self.btn_notices.setText(self.tr("Print my open rectification notices…"))
        self.btn_export.setText(self.tr("Export to Excel"))
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Mine"), "mine")
        self.scope.addItem(self.tr("All managers"), "all")
        for m in sorted({w["manager"] for w in self.warnings if w["manager"]}):
            self.scope.addItem(m, m)
        for st in self.monitoring.get("stations", []):  # a station's view (issue 21)
            self.scope.addItem(self.tr("Station: %1").replace("%1", st), "station:" + st)
        i = self.scope.findData(current) if current else 0
        self.scope.setCurrentIndex(max(0, i))
        self.scope.blockSignals(False)
        self.tree_model.set_headers([self.tr("Case no."), self.tr("Customer"), self.tr("Manager"), self.tr("Stage"),
                                     self.tr("Deadline"), self.tr("Remaining (wd)"), self.tr("Paused")])
        self.per_manager_label.setText(self.tr("By manager"))
        self.risks_model.set_headers([self.tr("Case no."), self.tr("Kind"), self.tr("Policy risk"),
                                      self.tr("Owner"), self.tr("Due"), self.tr("Raised")])
        self.waiting_model.set_headers([self.tr("Case no."), self.tr("Customer"), self.tr("Waiting for"),
                                        self.tr("Deadline / since"), self.tr("State")])
        self.metering.retranslate()
        self.per_manager_model.set_headers([self.tr("Manager"), self.tr("Overdue"), self.tr("Due today"),
                                            self.tr("Within %1 wd").replace("%1", str(self.warn_wd))])
        self._render()

    # --- columns ----------------------------------------------------------------------------------
    def _warning_columns(self) -> list[Column]:
        def color(w):
            return STATUS_COLORS["overdue" if group_of(w) == "overdue" else "warning"]

        return [
            Column(lambda w: w["case_no"]),
            Column(lambda w: w["customer_name"]),
            Column(lambda w: w["manager"]),
            Column(lambda w: stage_label(w["stage"]), background=color),
            Column(lambda w: (w["deadline"] or "") + (" *" if w.get("assumed_calendar_years") else ""), background=color),
            Column(lambda w: str(w["remaining_wd"]), background=color, align=RIGHT),
            Column(lambda w: self.tr("Paused") if w["paused"] else ""),
        ]

    def _risk_overdue(self, r: dict) -> bool:
        return bool(r["due_on"] and r["due_on"] < self.as_of.isoformat())

    def _risk_columns(self) -> list[Column]:
        def red(r):
            return STATUS_COLORS["overdue"] if self._risk_overdue(r) else None

        return [
            Column(lambda r: r["case_no"], background=red),
            Column(lambda r: _risk_kind(r["kind"])),
            Column(lambda r: r["text"]),
            Column(lambda r: r["owner"] or "—"),
            Column(lambda r: (r["due_on"] or "—") + ("  " + self.tr("overdue") if self._risk_overdue(r) else ""),
                   background=red),
            Column(lambda r: r["raised_on"]),
        ]

    def _waiting_columns(self) -> list[Column]:
        def red(r):
            return STATUS_COLORS["overdue"] if r["overdue"] else None

        def state(r):
            if r["kind"] == "drawings":
                return self.tr("waiting %1 wd").replace("%1", str(r.get("waiting_wd", 0)))
            return self.tr("overdue") if r["overdue"] else self.tr("open")

        return [
            Column(lambda r: r["case_no"], background=red),
            Column(lambda r: r["customer_name"]),
            Column(lambda r: r["what"] if r["kind"] == "rectification" else self.tr("Design drawings not submitted"),
                   tooltip=lambda r: r["what"] if r["kind"] == "rectification" else None),  # long: elided
            Column(lambda r: r["deadline"] or (self.tr("since %1").replace("%1", r["since"]) if r["since"] else "—"),
                   background=red),
            Column(state, background=red),
        ]

    def set_waiting(self, rows: list[dict]) -> None:
        self.waiting = rows
        self._render_waiting()

    def _render_waiting(self) -> None:
        rows = self._in_scope(self.waiting)
        late = sum(1 for r in rows if r["overdue"])
        items = sum(1 for r in rows if r["kind"] == "rectification")
        self.waiting_label.setText(self.tr("Waiting for customers: %1 rectification items (%2 overdue), %3 cases "
                                           "without drawings — double-click to open the case")
                                   .replace("%1", str(items)).replace("%2", str(late))
                                   .replace("%3", str(len(rows) - items)))
        self.waiting_model.set_rows(rows)

    def _per_manager_columns(self) -> list[Column]:
        # a row: (manager, [overdue, due today, soon])
        return [
            Column(lambda row: row[0]),
            Column(lambda row: str(row[1][0]), align=RIGHT,
                   background=lambda row: STATUS_COLORS["overdue"] if row[1][0] else None),
            Column(lambda row: str(row[1][1]), align=RIGHT),
            Column(lambda row: str(row[1][2]), align=RIGHT),
        ]

    def set_warnings(self, warnings: list[dict], as_of: dt.date, warn_wd: int | None = None) -> None:
        self.warnings = warnings
        self.as_of = as_of
        if warn_wd is not None:
            self.warn_wd = warn_wd
        self.retranslate()

    def export_excel(self, path: str | None = None, on_done=None) -> None:
        """The warnings as shown (this scope, grouped) to .xlsx, overdue rows marked (issue 17)."""
        overdue = {w["case_no"] for w in getattr(self, "warnings", []) if w.get("status") == "overdue"}
        ctx = self.ctx

        def write(about: dict) -> None:
            export_view(self, self.tree, "今日预警", about, highlight=lambda key: key in overdue, path=path,
                        on_done=on_done, group_header="分组")

        ctx.worker.submit(list_about, ctx.as_of, "今日预警", {self.tr("Scope"): self.scope.currentText()},
                             on_done=write, on_error=ctx.show_error)

    def set_risks(self, risks: list[dict]) -> None:
        self.risks = risks
        self._render_risks()

    def scoped_risks(self) -> list[dict]:
        """The risks of the cases the Mine/All/manager choice shows, as for the warnings."""
        return self._in_scope(self.risks)

    def overdue_risks(self) -> list[dict]:
        return [r for r in self.scoped_risks() if r["due_on"] and r["due_on"] < self.as_of.isoformat()]

    def _render_risks(self) -> None:
        rows = sorted(self.scoped_risks(), key=lambda r: (not self._risk_overdue(r), r["due_on"] or "9999",
                                                          r["case_no"]))
        late = self.overdue_risks()
        self.risks_label.setText(self.tr("Open policy risks: %1 (%2 overdue) — double-click to open the case")
                                 .replace("%1", str(len(rows))).replace("%2", str(len(late))))
        self.risks_model.set_rows(rows)

    def _risk_activated(self, index) -> None:
        no = index.data(Qt.UserRole)
        if no:
            self.ctx.open_case(no)

    def _mine(self) -> str:
        return self.ctx.store.user

    def counts_for_me(self) -> dict[str, int]:
        me = self._mine()
        counts = dict.fromkeys(GROUPS, 0)
        for w in self.warnings:
            if not me or w["manager"] == me:
                counts[group_of(w)] += 1
        return counts

    def _scoped(self) -> list[dict]:
        return self._in_scope(self.warnings)

    def _in_scope(self, rows: list[dict]) -> list[dict]:
        scope = self.scope.currentData() or "mine"
        if scope == "all":
            return rows
        if scope.startswith("station:"):
            of = self.monitoring.get("case_stations", {})
            return [r for r in rows if of.get(r["case_no"]) == scope[len("station:"):]]
        who = self._mine() if scope == "mine" else scope
        if scope == "mine" and not who:
            return rows
        return [r for r in rows if r["manager"] == who]

    def section_receivers(self) -> dict:
        """Where each section of ``app.services.agenda.TODAY_SECTIONS`` goes on this page (a new
        section: one line here, one there)."""
        return {"risks": self.set_risks, "waiting": self.set_waiting, "metering": self.metering.set_rows,
                "after": self.after.set_items, "outage": self.outage_risks.set_view,
                "visits": self.visits_due.set_items, "monitoring": self.set_monitoring}

    def reload(self, names=None) -> None:
        """Every section (a full refresh) or those named, in one read on the database worker: one
        session, one as-of."""
        self.ctx.ops.read(today_ops.today_sections, self.ctx.as_of, tuple(names) if names else None,
                              on_done=self.set_sections, on_error=self.ctx.show_error)

    def set_sections(self, data: dict) -> None:
        """What ``ui.ops.today.today_sections`` read: each section to its receiver, each failed one's
        message shown."""
        receivers = self.section_receivers()
        for name, value in data["sections"].items():
            receivers[name](value)
        for message in data["errors"]:
            self.ctx.show_error(message)

    def set_monitoring(self, data: dict) -> None:
        """The three-level monitoring part (issue 21): station views, my escalations to acknowledge."""
        self.monitoring = data
        self.retranslate()

    def _render(self) -> None:
        plain_text(self)  # user text is shown literally (issue 15)
        if hasattr(self, "after"):
            self.after.render()  # in the scope chosen
        self.title.setText(self.tr("Today, %1").replace("%1", self.as_of.isoformat()))
        n = self.monitoring.get("my_escalations", 0)
        self.escalations_link.setText(self.tr("<a href=\"esc\">%1 escalations to acknowledge</a>").replace("%1", str(n))
                                      if n else "")
        self._render_risks()
        self._render_waiting()
        if hasattr(self, "outage_risks"):
            self.outage_risks.render()
        items = self._scoped()
        groups = {g: [w for w in items if group_of(w) == g] for g in GROUPS}
        titles = {"overdue": self.tr("Overdue"), "today": self.tr("Due today"),
                  "soon": self.tr("Due within %1 working days").replace("%1", str(self.warn_wd))}
        self.tree_model.set_groups([(titles[g], groups[g]) for g in GROUPS])
        for g in range(len(GROUPS)):
            self.tree.setFirstColumnSpanned(g, self.tree.rootIndex(), True)
        self.tree.expandAll()
        c = {g: len(v) for g, v in groups.items()}
        self.summary.setText(
            self.tr("%1 overdue, %2 due today, %3 due within %4 working days.")
            .replace("%1", str(c["overdue"])).replace("%2", str(c["today"])).replace("%3", str(c["soon"]))
            .replace("%4", str(self.warn_wd))
        )
        per: dict[str, list[int]] = {}
        for w in self.warnings:
            per.setdefault(w["manager"], [0, 0, 0])[GROUPS.index(group_of(w))] += 1
        self.per_manager_model.set_rows(sorted(per.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])))

    def _activated(self, index) -> None:
        no = index.data(Qt.UserRole)
        if no:
            self.ctx.open_case(no)
