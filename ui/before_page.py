"""The 事前 page (issue 18): the prospect pipeline as columns by status (drag a card to another column,
or Ctrl+Left / Ctrl+Right, to change its status), filtered by township and manager; the visits with
their actions; the township x year demand matrix with its drill-down; and the forms for visits,
actions and prospects. Everything is read and written through ui/ops/before.py on the worker.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import SUPPLY_KV
from ui import townships
from ui.field_dialogs import PHOTO_FILTER
from ui.ops import before as before_ops
from ui.row_model import Column, RowTableModel
from ui.widgets import WorkerDialog, date_edit

STATUS_ORDER = ("LEAD", "FOLLOW", "APPLIED", "DROPPED")
PARTY_ORDER = ("NDRC", "INVESTMENT", "TOWNSHIP", "PARK", "PROSPECT", "CUSTOMER", "OTHER")
SOURCE_ORDER = ("NDRC_LIST", "INVESTMENT", "VISIT", "TEMP_SUPPLY", "OTHER")
OVERDUE_BG = "#f8d7da"


def _date(w) -> dt.date:
    return w.date().toPython()


class CardList(QListWidget):
    """One column of the pipeline. A card dropped here from another column asks the page to move
    that prospect to this column's status; the lists are then reloaded from the database."""

    moved = Signal(list, str)  # prospect ids, target status

    def __init__(self, status: str) -> None:
        super().__init__()
        self.status = status
        self.setObjectName(f"pipeline{status.title()}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setMinimumWidth(120)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if isinstance(event.source(), CardList) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent  # noqa: N815 (Qt's name)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        source = event.source()
        if not isinstance(source, CardList) or source is self:
            event.ignore()
            return
        ids = [it.data(Qt.UserRole) for it in source.selectedItems()]
        # the database decides; the card is not moved by Qt (the reload shows where it is)
        event.setDropAction(Qt.IgnoreAction)
        event.accept()
        if ids:
            self.moved.emit(ids, self.status)


class ProspectDialog(WorkerDialog):
    """New prospect (or edit one: ``view`` given)."""

    def __init__(self, ops, as_of: dt.date, user: str, view: dict | None = None, parent=None,
                 default_probability: dict | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("prospectDialog")
        self.view = view
        self.default_probability = default_probability or {}
        self.setWindowTitle(self.tr("Edit prospect") if view else self.tr("New prospect"))
        v = view or {}
        self.name = QLineEdit(v.get("name", ""))
        self.name.setObjectName("prospectName")
        self.customer = QLineEdit(v.get("customer_name", ""))
        self.township = QComboBox()
        self.township.setObjectName("prospectTownship")
        self.township.addItems(townships.names())
        if v.get("township"):
            self.township.setCurrentText(v["township"])
        self.place = QLineEdit(v.get("place", ""))
        self.industry = QLineEdit(v.get("industry", ""))
        self.kva = QDoubleSpinBox()
        self.kva.setObjectName("prospectKva")
        self.kva.setRange(0, 1_000_000)
        self.kva.setDecimals(0)
        self.kva.setValue(v.get("capacity_kva", 630))
        self.kv = QComboBox()
        for k in SUPPLY_KV:
            self.kv.addItem(f"{k:g} kV", k)
        self.kv.setCurrentIndex(max(0, self.kv.findData(v.get("supply_kv", 10.0))))
        self.dual = QCheckBox(self.tr("Dual source"))
        self.dual.setChecked(v.get("dual_source", False))
        self.year = QSpinBox()
        self.year.setObjectName("prospectYear")
        self.year.setRange(2000, 2099)
        self.year.setValue(v.get("energise_year", as_of.year + 1))
        self.probability = QSpinBox()
        self.probability.setObjectName("prospectProbability")
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.source = QComboBox()
        self.source.setObjectName("prospectSource")
        for code, label in zip(SOURCE_ORDER, self._source_labels()):
            self.source.addItem(label, code)
        self.source.setCurrentIndex(max(0, self.source.findData(v.get("source", "OTHER"))))
        self.probability.setValue(v.get("probability", self.default_probability.get(self.source.currentData(), 50)))
        if not view:  # a new prospect starts from the default probability of its source (data, not code)
            self.source.currentIndexChanged.connect(
                lambda _i: self.probability.setValue(self.default_probability.get(self.source.currentData(),
                                                                                  self.probability.value())))
        self.substation = QLineEdit(v.get("substation", ""))
        self.feeder = QLineEdit(v.get("feeder", ""))
        self.feeder.setObjectName("prospectFeeder")
        self.key_project = QCheckBox(self.tr("Key project (重点项目)"))
        self.key_project.setChecked(v.get("key_project", False))
        self.green = QCheckBox(self.tr("Green channel (绿色通道)"))
        self.green.setChecked(v.get("green_channel", False))
        self.manager = QLineEdit(v.get("manager", user))
        self.note = QLineEdit(v.get("note", ""))
        form = QFormLayout()
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Township"), self.township)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Expected kVA"), self.kva)
        form.addRow(self.tr("Voltage"), self.kv)
        form.addRow("", self.dual)
        form.addRow(self.tr("Energisation year"), self.year)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Probability"), self.probability)
        form.addRow(self.tr("Substation"), self.substation)
        form.addRow(self.tr("Feeder"), self.feeder)
        form.addRow("", self.key_project)
        form.addRow("", self.green)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Note"), self.note)
        self.finish_layout(form)

    def _source_labels(self) -> list[str]:
        return [self.tr("Key project list (发改)"), self.tr("Investment promotion (招商)"), self.tr("Visit"),
                self.tr("Temporary supply"), self.tr("Other")]

    def submit(self) -> None:
        kw = dict(name=self.name.text(), township=self.township.currentText(), kva=self.kva.value(),
                  year=self.year.value(), probability=self.probability.value(), kv=self.kv.currentData(),
                  dual_source=self.dual.isChecked(), feeder=self.feeder.text(), substation=self.substation.text(),
                  place=self.place.text(), industry=self.industry.text(), customer=self.customer.text(),
                  source=self.source.currentData(), key_project=self.key_project.isChecked(),
                  green_channel=self.green.isChecked(), manager=self.manager.text(), note=self.note.text())
        if self.view:
            self.run(before_ops.edit_prospect, self.view["id"], **kw)
        else:
            self.run(before_ops.add_prospect, **kw)


class VisitDialog(WorkerDialog):
    """New visit, with its first action (or "no action") on the same form."""

    def __init__(self, ops, as_of: dt.date, user: str, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(self.tr("New visit"))
        self.on = date_edit(as_of)
        self.on.setObjectName("visitOn")
        self.party = QComboBox()
        self.party.setObjectName("visitParty")
        for code, label in zip(PARTY_ORDER, party_labels(self)):
            self.party.addItem(label, code)
        self.township = QComboBox()
        self.township.setObjectName("visitTownship")
        self.township.addItems(townships.names())
        self.party_name = QLineEdit()
        self.met = QLineEdit()
        self.participants = QLineEdit(user)
        self.topics = QPlainTextEdit()
        self.topics.setObjectName("visitTopics")
        self.topics.setTabChangesFocus(True)
        self.topics.setMaximumHeight(70)
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setMaximumHeight(90)
        self.no_action = QCheckBox(self.tr("No action needed"))
        self.no_action.setObjectName("visitNoAction")
        self.action_text = QLineEdit()
        self.action_text.setObjectName("visitActionText")
        self.action_owner = QLineEdit(user)
        self.action_due = date_edit(as_of + dt.timedelta(days=7))
        self.no_action.toggled.connect(lambda on: [w.setEnabled(not on) for w in (self.action_text, self.action_owner,
                                                                                   self.action_due)])
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Party"), self.party)
        form.addRow(self.tr("Party name"), self.party_name)
        form.addRow(self.tr("Township"), self.township)
        form.addRow(self.tr("People met"), self.met)
        form.addRow(self.tr("Our participants"), self.participants)
        form.addRow(self.tr("Topics"), self.topics)
        form.addRow(self.tr("Findings"), self.findings)
        form.addRow(self.tr("Action"), self.action_text)
        form.addRow(self.tr("Action owner"), self.action_owner)
        form.addRow(self.tr("Due"), self.action_due)
        form.addRow("", self.no_action)
        self.finish_layout(form)

    def submit(self) -> None:
        action = None
        if not self.no_action.isChecked() and self.action_text.text().strip():
            action = (self.action_text.text(), self.action_owner.text(), _date(self.action_due))
        self.run(before_ops.add_visit_with_action, _date(self.on), self.party.currentData(), self.township.currentText(),
                 self.topics.toPlainText(), self.findings.toPlainText(), action, party_name=self.party_name.text(),
                 met=self.met.text(), participants=self.participants.text(), no_action=self.no_action.isChecked())


def party_labels(w) -> list[str]:
    return [w.tr("Development and Reform Bureau (发改局)"), w.tr("Investment Promotion Bureau (招商局)"),
            w.tr("Township government"), w.tr("Industrial park"), w.tr("Prospective customer"),
            w.tr("Customer (in progress or energised)"), w.tr("Other")]


class ActionDialog(WorkerDialog):
    def __init__(self, ops, visit_id: str, as_of: dt.date, user: str, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("New action"))
        self.visit_id = visit_id
        self.text = QLineEdit()
        self.text.setObjectName("actionText")
        self.owner = QLineEdit(user)
        self.due = date_edit(as_of + dt.timedelta(days=7))
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.text)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(before_ops.add_action, self.visit_id, self.text.text(), self.owner.text(), _date(self.due))


class ActionDoneDialog(WorkerDialog):
    def __init__(self, ops, action_id: str, as_of: dt.date, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("actionDoneDialog")
        self.setWindowTitle(self.tr("Action done"))
        self.action_id = action_id
        self.on = date_edit(as_of)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Done on"), self.on)
        form.addRow(self.tr("Note"), self.note)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(before_ops.finish_action, self.action_id, _date(self.on), self.note.text())


class DropDialog(WorkerDialog):
    def __init__(self, ops, prospect: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("dropDialog")
        self.setWindowTitle(self.tr("Drop prospect"))
        self.prospect = prospect
        self.reason = QLineEdit()
        self.reason.setObjectName("dropReason")
        form = QFormLayout()
        form.addRow(QLabel(prospect["name"]))
        form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(before_ops.set_status, self.prospect["id"], "DROPPED", self.reason.text())


class ConvertDialog(WorkerDialog):
    """已申请: the case is made from the prospect. When a case of the same customer exists the core
    refuses naming it; the user then says "same customer as case …" or "another customer"."""

    def __init__(self, ops, prospect: dict, as_of: dt.date, parent=None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("convertDialog")
        self.setWindowTitle(self.tr("Applied: make the case"))
        self.prospect = prospect
        self.account = QLineEdit()
        self.account.setObjectName("convertAccount")
        self.account.setMaxLength(10)
        self.applied = date_edit(as_of)
        self.manager = QLineEdit(prospect.get("manager", ""))
        self.same_as = QLineEdit()
        self.same_as.setObjectName("convertSameAs")
        self.same_as.setPlaceholderText(self.tr("case no. of the same customer, if any"))
        self.new_customer = QCheckBox(self.tr("Another customer (not the one of a similar case)"))
        self.new_customer.setObjectName("convertNewCustomer")
        form = QFormLayout()
        form.addRow(QLabel(f"{prospect['name']} · {prospect['township']} · {prospect['capacity_kva']:g} kVA"))
        form.addRow(self.tr("Account no."), self.account)
        form.addRow(self.tr("Applied on"), self.applied)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Same customer as"), self.same_as)
        form.addRow("", self.new_customer)
        self.finish_layout(form)

    def submit(self) -> None:
        self.run(before_ops.convert, self.prospect["id"], self.account.text(), _date(self.applied),
                 self.manager.text() or None, same_as=self.same_as.text().strip() or None,
                 new_customer=self.new_customer.isChecked())


class DrillDialog(QDialog):
    """The prospects and cases behind one cell of the matrix."""

    def __init__(self, data: dict, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDialog")
        self.setWindowTitle(self.tr("%1, %2: prospects and cases").replace("%1", data["township"])
                            .replace("%2", str(data["year"])))
        self.table = QTableWidget(len(data["rows"]), 6)
        self.table.setObjectName("drillTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name / case"), self.tr("kVA"),
                                              self.tr("Probability"), self.tr("Weighted kVA"), self.tr("Feeder")])
        for i, r in enumerate(data["rows"]):
            kind = self.tr("Case") if r["kind"] == "case" else self.tr("Prospect")
            name = f"{r['name']} ({r['ref']})" if r["kind"] == "case" else r["name"]
            for j, v in enumerate((kind, name, f"{r['capacity_kva']:g}", f"{r['probability']} %",
                                   f"{r['weighted_kva']:g}", r["feeder"])):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(640, 360)


class VisitDueBox(QWidget):
    """For the Today view: visit actions past their due date, and government visits without an
    action (fed by the main window's refresh and by the 事前 page's reload)."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.rows: list[dict] = []
        self.label = QLabel()
        self.label.setObjectName("todayVisitDueLabel")
        self.label.setWordWrap(True)  # a long line must not widen the Today page past a small screen
        self.model = RowTableModel(self._columns(), key=lambda r: r["action_id"] or r["visit_id"], parent=self)
        self.table = QTableView()
        self.table.setObjectName("todayVisitDue")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.activated.connect(lambda _i: window.show_page("before"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.table)
        self.retranslate()

    def _columns(self) -> list[Column]:
        from PySide6.QtGui import QColor

        def red(r):
            return QColor(OVERDUE_BG) if r["kind"] == "visit_action" else None

        return [Column(lambda r: r["due_on"] or self.tr("no action recorded"), background=red),
                Column(lambda r: r["owner"]), Column(lambda r: f"{r['party']} · {r['township']}"),
                Column(lambda r: r["text"])]

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.set_headers([self.tr("Due"), self.tr("Owner"), self.tr("Visit"), self.tr("Action")])
        self.set_items(self.rows)

    def set_items(self, rows: list[dict]) -> None:
        self.rows = rows
        late = sum(1 for r in rows if r["kind"] == "visit_action")
        self.label.setText(self.tr("Visits: %1 actions past due, %2 government visits without an action — "
                                   "double-click for the 事前 page").replace("%1", str(late))
                           .replace("%2", str(len(rows) - late)))
        self.model.set_rows(rows)


class BeforePage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.setObjectName("beforePage")
        self.window_ = window
        self.data: dict | None = None
        self.dialog = None
        self.dirty = True
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.township = QComboBox()
        self.township.setObjectName("beforeTownship")
        self.manager = QComboBox()
        self.manager.setObjectName("beforeManager")
        for combo in (self.township, self.manager):
            combo.currentIndexChanged.connect(lambda _i: self._render())
        self.btn_prospect = QPushButton()
        self.btn_prospect.setObjectName("btnNewProspect")
        self.btn_prospect.clicked.connect(self.new_prospect)
        self.btn_visit = QPushButton()
        self.btn_visit.setObjectName("btnNewVisit")
        self.btn_visit.clicked.connect(self.new_visit)
        self.township_label, self.manager_label = QLabel(), QLabel()
        top = QHBoxLayout()  # under the title: a narrow window keeps every control in view
        for w in (self.township_label, self.township, self.manager_label, self.manager):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.btn_prospect)
        top.addWidget(self.btn_visit)

        # pipeline
        self.columns = {st: CardList(st) for st in STATUS_ORDER}
        self.column_labels = {st: QLabel() for st in STATUS_ORDER}
        pipe = QWidget()
        pl = QHBoxLayout(pipe)
        for st in STATUS_ORDER:
            col = QVBoxLayout()
            self.column_labels[st].setWordWrap(True)
            font = self.column_labels[st].font()
            font.setBold(True)
            self.column_labels[st].setFont(font)
            col.addWidget(self.column_labels[st])
            col.addWidget(self.columns[st])
            pl.addLayout(col)
            self.columns[st].moved.connect(self.move_cards)
            self.columns[st].itemActivated.connect(lambda item: self.edit_prospect(item.data(Qt.UserRole)))
        self.pipe_hint = QLabel()
        self.pipe_hint.setWordWrap(True)
        pipe_page = QWidget()
        pv = QVBoxLayout(pipe_page)
        pv.addWidget(pipe, 1)
        pv.addWidget(self.pipe_hint)
        for key, step in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            sc = QShortcut(QKeySequence(key), pipe_page)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda step=step: self.move_selected(step))

        # visits
        self.visits_model = RowTableModel(self._visit_columns(), key=lambda v: v["id"], parent=self)
        self.visits_table = QTableView()
        self.visits_table.setObjectName("visitsTable")
        self.visits_table.setModel(self.visits_model)
        self.visits_table.verticalHeader().hide()
        self.visits_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visits_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.visits_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.visits_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.visits_table.selectionModel().selectionChanged.connect(lambda *_a: self._render_actions())
        self.actions_model = RowTableModel(self._action_columns(), key=lambda a: a["id"], parent=self)
        self.actions_table = QTableView()
        self.actions_table.setObjectName("visitActions")
        self.actions_table.setModel(self.actions_model)
        self.actions_table.verticalHeader().hide()
        self.actions_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actions_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.actions_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.btn_action = QPushButton()
        self.btn_action.setObjectName("btnAddAction")
        self.btn_action.clicked.connect(self.add_action)
        self.btn_done = QPushButton()
        self.btn_done.setObjectName("btnActionDone")
        self.btn_done.clicked.connect(self.action_done)
        self.btn_visit_attach = QPushButton()
        self.btn_visit_attach.setObjectName("btnVisitAttach")
        self.btn_visit_attach.clicked.connect(lambda: self.attach_files())
        self.btn_visit_pdf = QPushButton()
        self.btn_visit_pdf.setObjectName("btnVisitPdf")
        self.btn_visit_pdf.clicked.connect(self.visit_pdf)
        self.visit_detail = QLabel()
        self.visit_detail.setWordWrap(True)
        self.visit_detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        visits_page = QSplitter(Qt.Vertical)
        visits_page.addWidget(self.visits_table)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.visit_detail)
        # the buttons above the actions, so that a small screen never pushes them out of sight
        # (at 1280x800 they were below the window's edge)
        bl = QHBoxLayout()
        bl.addWidget(self.btn_action)
        bl.addWidget(self.btn_done)
        bl.addStretch(1)
        bl.addWidget(self.btn_visit_attach)
        bl.addWidget(self.btn_visit_pdf)
        ll.addLayout(bl)
        ll.addWidget(self.actions_table, 1)
        visits_page.addWidget(lower)
        visits_page.setStretchFactor(0, 1)  # the visits and the selected one's actions share the height
        visits_page.setStretchFactor(1, 1)

        # demand
        self.from_year = QSpinBox()
        self.from_year.setObjectName("demandFromYear")
        self.from_year.setRange(2000, 2094)
        self.from_year.setValue(window.as_of.year)
        self.from_year.valueChanged.connect(lambda _v: self.reload())
        self.measure = QComboBox()
        self.measure.setObjectName("demandMeasure")
        self.measure.currentIndexChanged.connect(lambda _i: self._render_matrix())
        self.matrix = QTableWidget()
        self.matrix.setObjectName("demandMatrix")
        self.matrix.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.matrix.cellActivated.connect(self.drill)
        self.matrix.cellDoubleClicked.connect(self.drill)
        self.btn_xlsx = QPushButton()
        self.btn_xlsx.setObjectName("btnDemandXlsx")
        self.btn_xlsx.clicked.connect(self.export_xlsx)
        self.btn_pdf = QPushButton()
        self.btn_pdf.setObjectName("btnDemandPdf")
        self.btn_pdf.clicked.connect(self.forecast_pdf)
        self.bottleneck_label = QLabel()
        self.bottleneck_label.setObjectName("bottlenecks")
        self.bottleneck_label.setWordWrap(True)
        self.factors_label = QLabel()
        self.factors_label.setWordWrap(True)
        self.factors_label.setStyleSheet("color: #555;")
        self.from_label, self.measure_label = QLabel(), QLabel()
        demand_page = QWidget()
        dl = QVBoxLayout(demand_page)
        dbar = QHBoxLayout()
        for w in (self.from_label, self.from_year, self.measure_label, self.measure):
            dbar.addWidget(w)
        dbar.addStretch(1)
        dbar.addWidget(self.btn_xlsx)
        dbar.addWidget(self.btn_pdf)
        dl.addLayout(dbar)
        dl.addWidget(self.matrix, 1)
        dl.addWidget(self.bottleneck_label)
        dl.addWidget(self.factors_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("beforeTabs")
        self.tabs.addTab(pipe_page, "")
        self.tabs.addTab(visits_page, "")
        self.tabs.addTab(demand_page, "")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        window.hub.changes_applied.connect(self._changes_applied)
        self.retranslate()

    # --- loading ----------------------------------------------------------------------------------
    def _changes_applied(self, _changes) -> None:
        # any write may move the pipeline (a conversion, a sync import, a case edited): cheap to reload
        if self.isVisible():
            self.reload()
        else:
            self.dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.dirty and self.window_.worker.isRunning():
            self.reload()

    def reload(self) -> None:
        self.dirty = False
        self.window_.ops.read(before_ops.load, self.window_.as_of, self.from_year.value(), on_done=self._loaded,
                              on_error=self.window_.show_error)

    def _loaded(self, data: dict) -> None:
        self.data = data
        townships.set_names(data["townships"])
        visits_box = getattr(self.window_.today_page, "visits_due", None)
        if visits_box is not None:  # the Today view's section of overdue visit actions
            visits_box.set_items(data["due"])
        self._fill_filters()
        self._render()

    def _fill_filters(self) -> None:
        d = self.data or {}
        for combo, values, label in ((self.township, d.get("townships", []), self.tr("All townships")),
                                     (self.manager, sorted({p["manager"] for p in d.get("prospects", [])
                                                            if p["manager"]}), self.tr("All managers"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for v in values:
                combo.addItem(v, v)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    # --- rendering --------------------------------------------------------------------------------
    def _prospects(self) -> list[dict]:
        town, manager = self.township.currentData(), self.manager.currentData()
        return [p for p in (self.data or {}).get("prospects", [])
                if (not town or p["township"] == town) and (not manager or p["manager"] == manager)]

    def _render(self) -> None:
        if self.data is None:
            return
        rows = self._prospects()
        for st in STATUS_ORDER:
            lst = self.columns[st]
            lst.clear()
            mine = [p for p in rows if p["status"] == st]
            for p in mine:
                lines = [p["name"], f"{p['township']} · {p['capacity_kva']:g} kVA · {p['energise_year']} · "
                                    f"{p['probability']} %"]
                if p["case_no"]:
                    lines.append(self.tr("Case %1").replace("%1", p["case_no"]))
                if p["drop_reason"]:
                    lines.append(p["drop_reason"])
                flags = [self.tr("key project")] if p["key_project"] else []
                if p["green_channel"]:
                    flags.append(self.tr("green channel"))
                if flags:
                    lines.append(" · ".join(flags))
                item = QListWidgetItem("\n".join(lines))
                item.setData(Qt.UserRole, p["id"])
                item.setToolTip(f"{p['source_label']} · {p['feeder'] or '—'} · {p['manager'] or '—'}")
                lst.addItem(item)
            kva = sum(p["capacity_kva"] for p in mine)
            weighted = sum(p["weighted_kva"] for p in mine)
            head = f"{self._status_label(st)} ({len(mine)})"
            if st == "APPLIED":
                head += "\n" + self.tr("counted through their cases")
            else:
                head += "\n" + self.tr("%1 kVA, weighted %2 kVA").replace("%1", f"{kva:g}").replace(
                    "%2", f"{weighted:g}")
            self.column_labels[st].setText(head)
        town = self.township.currentData()
        self.visits_model.set_rows([v for v in self.data["visits"] if not town or v["township"] == town])
        self._render_actions()
        self._render_matrix()

    def _render_matrix(self) -> None:
        if self.data is None:
            return
        key = self.measure.currentData() or "weighted_kva"
        rows = self.data["forecast"]
        town = self.township.currentData()
        towns = [t for t in dict.fromkeys(r["township"] for r in rows) if not town or t == town]
        years = sorted({r["year"] for r in rows})
        by = {(r["township"], r["year"]): r for r in rows}
        self.matrix.clear()
        self.matrix.setRowCount(len(towns) + 1)
        self.matrix.setColumnCount(len(years))
        self.matrix.setHorizontalHeaderLabels([str(y) for y in years])
        self.matrix.setVerticalHeaderLabels(towns + [self.tr("Total")])
        for i, t in enumerate(towns):
            for j, y in enumerate(years):
                r = by[(t, y)]
                item = QTableWidgetItem(f"{r[key]:g}" if r[key] else "–")
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                item.setToolTip(self.tr("%1 kVA, weighted %2 kVA, load %3 kW; %4 prospects, %5 cases")
                                .replace("%1", f"{r['raw_kva']:g}").replace("%2", f"{r['weighted_kva']:g}")
                                .replace("%3", f"{r['load_kw']:g}").replace("%4", str(len(r["prospects"])))
                                .replace("%5", str(len(r["cases"]))))
                item.setData(Qt.UserRole, (t, y))
                self.matrix.setItem(i, j, item)
        for j, y in enumerate(years):
            total = sum(by[(t, y)][key] for t in towns)
            item = QTableWidgetItem(f"{round(total, 2):g}")
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.matrix.setItem(len(towns), j, item)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        bn = self.data["bottlenecks"]
        if bn:
            self.bottleneck_label.setText(self.tr("Bottlenecks (卡脖子): %1").replace("%1", "; ".join(
                self.tr("%1 from %2: %3 kVA over %4 kVA spare").replace("%1", b["feeder"]).replace("%2", str(b["year"]))
                .replace("%3", f"{b['total_kva']:g}").replace("%4", f"{b['spare_kva']:g}") for b in bn)))
            self.bottleneck_label.setStyleSheet("color: #b02a37;")
        else:
            self.bottleneck_label.setText(self.tr("No feeder's prospects exceed its spare capacity."))
            self.bottleneck_label.setStyleSheet("")
        f = self.data["factors"]
        self.factors_label.setText(self.tr("Load = weighted kVA × power factor %1 × demand factor × simultaneity %2. "
                                           "Source: %3").replace("%1", f"{f['power_factor']:g}")
                                   .replace("%2", f"{f['simultaneity']:g}").replace("%3", f["source"]))

    def _selected_visit(self) -> dict | None:
        idx = self.visits_table.selectionModel().selectedRows()
        return self.visits_model.row(idx[0].row()) if idx else None

    def _render_actions(self) -> None:
        v = self._selected_visit()
        self.actions_model.set_rows(v["actions"] if v else [])
        self.btn_action.setEnabled(v is not None)
        self.btn_done.setEnabled(v is not None and any(not a["done_on"] for a in v["actions"]))
        self.btn_visit_pdf.setEnabled(v is not None)
        self.btn_visit_attach.setEnabled(v is not None)
        if v is None:
            self.visit_detail.setText(self.tr("Select a visit to see its findings and actions."))
        else:
            self.visit_detail.setText(f"{v['visited_on']} · {v['party_label']} {v['party_name']} · {v['township']}\n"
                                      + self.tr("Met: %1; ours: %2").replace("%1", v["met"] or "—")
                                      .replace("%2", v["participants"] or "—") + "\n" + v["findings"]
                                      + ("\n" + self.tr("Attachments: %1").replace(
                                          "%1", "、".join(a["file_name"] for a in v["attachments"]))
                                         if v.get("attachments") else ""))

    def _status_label(self, st: str) -> str:
        return {"LEAD": self.tr("Lead (线索)"), "FOLLOW": self.tr("Following up (跟进)"),
                "APPLIED": self.tr("Applied (已申请)"), "DROPPED": self.tr("Dropped (放弃)")}[st]

    def _visit_columns(self) -> list[Column]:
        from PySide6.QtGui import QColor

        def state(v):
            if v["incomplete"]:
                return self.tr("no action recorded")
            if v["no_action"]:
                return self.tr("no action needed")
            late = sum(1 for a in v["actions"] if a["overdue"])
            open_ = sum(1 for a in v["actions"] if not a["done_on"])
            return (self.tr("%1 open, %2 overdue").replace("%1", str(open_)).replace("%2", str(late)) if open_
                    else self.tr("all done"))

        def red(v):
            return QColor(OVERDUE_BG) if v["incomplete"] or any(a["overdue"] for a in v["actions"]) else None

        return [Column(lambda v: v["visited_on"]), Column(lambda v: v["party_label"]), Column(lambda v: v["township"]),
                Column(lambda v: v["topics"].split("\n")[0]), Column(state, background=red)]

    def _action_columns(self) -> list[Column]:
        from PySide6.QtGui import QColor

        return [Column(lambda a: a["text"]), Column(lambda a: a["owner"]),
                Column(lambda a: a["due_on"], background=lambda a: QColor(OVERDUE_BG) if a["overdue"] else None),
                Column(lambda a: a["done_on"] or "—"), Column(lambda a: a["note"])]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Before the application"))
        self.township_label.setText(self.tr("Township:"))
        self.manager_label.setText(self.tr("Manager:"))
        self.btn_prospect.setText(self.tr("New prospect…"))
        self.btn_visit.setText(self.tr("New visit…"))
        self.tabs.setTabText(0, self.tr("Pipeline"))
        self.tabs.setTabText(1, self.tr("Visits"))
        self.tabs.setTabText(2, self.tr("Demand"))
        self.pipe_hint.setText(self.tr("Drag a card to another column to change its status (or Ctrl+Left / "
                                       "Ctrl+Right); Enter or double-click edits it. Applied makes the case."))
        self.btn_action.setText(self.tr("Add action…"))
        self.btn_done.setText(self.tr("Action done…"))
        self.btn_visit_attach.setText(self.tr("Attach file…"))
        self.from_label.setText(self.tr("From year:"))
        self.measure_label.setText(self.tr("Show:"))
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for label, key in ((self.tr("Weighted kVA"), "weighted_kva"), (self.tr("Raw kVA"), "raw_kva"),
                           (self.tr("Planning load kW"), "load_kw")):
            self.measure.addItem(label, key)
        self.measure.setCurrentIndex(max(0, self.measure.findData(current)) if current else 0)
        self.measure.blockSignals(False)
        self.btn_xlsx.setText(self.tr("Export 用电需求预测表…"))
        self.btn_pdf.setText(self.tr("用电需求预测表 PDF"))
        self.btn_visit_pdf.setText(self.tr("走访记录 PDF"))
        self.visits_model.set_headers([self.tr("Date"), self.tr("Party"), self.tr("Township"), self.tr("Topics"),
                                       self.tr("Actions")])
        self.actions_model.set_headers([self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Done on"),
                                        self.tr("Note")])
        self._fill_filters()
        self._render()

    # --- actions ----------------------------------------------------------------------------------
    def _prospect(self, pid: str) -> dict | None:
        return next((p for p in (self.data or {}).get("prospects", []) if p["id"] == pid), None)

    def _open(self, dlg) -> None:
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog = dlg  # the open form (tests reach it here); forgotten once it is gone
        dlg.destroyed.connect(lambda *_a: setattr(self, "dialog", None))
        dlg.open()

    def move_cards(self, ids: list, status: str) -> None:
        """A card dropped on a column (or moved by keyboard): 已申请 opens the conversion, 放弃 asks
        the reason, the others change the status at once."""
        p = self._prospect(ids[0]) if ids else None
        if p is None or p["status"] == status:
            return
        if status == "APPLIED":
            self._open(ConvertDialog(self.window_.ops, p, self.window_.as_of, self))
        elif status == "DROPPED":
            self._open(DropDialog(self.window_.ops, p, self))
        else:
            self.window_.ops.write(before_ops.set_status, p["id"], status, on_error=self.window_.show_error)

    def move_selected(self, step: int) -> None:
        for i, st in enumerate(STATUS_ORDER):
            items = self.columns[st].selectedItems()
            if items and self.columns[st].hasFocus():
                j = i + step
                if 0 <= j < len(STATUS_ORDER):
                    self.move_cards([items[0].data(Qt.UserRole)], STATUS_ORDER[j])
                return

    def new_prospect(self) -> None:
        prob = (self.data or {}).get("factors", {}).get("default_probability", {})
        self._open(ProspectDialog(self.window_.ops, self.window_.as_of, self.window_.store.user, parent=self,
                                  default_probability=prob))

    def edit_prospect(self, pid: str) -> None:
        p = self._prospect(pid)
        if p is not None and p["status"] != "APPLIED":
            self._open(ProspectDialog(self.window_.ops, self.window_.as_of, self.window_.store.user, view=p,
                                      parent=self))

    def new_visit(self) -> None:
        self._open(VisitDialog(self.window_.ops, self.window_.as_of, self.window_.store.user, self))

    def add_action(self) -> None:
        v = self._selected_visit()
        if v is not None:
            self._open(ActionDialog(self.window_.ops, v["id"], self.window_.as_of, self.window_.store.user, self))

    def action_done(self) -> None:
        idx = self.actions_table.selectionModel().selectedRows()
        v = self._selected_visit()
        rows = v["actions"] if v else []
        a = self.actions_model.row(idx[0].row()) if idx else next((x for x in rows if not x["done_on"]), None)
        if a is not None and not a["done_on"]:
            self._open(ActionDoneDialog(self.window_.ops, a["id"], self.window_.as_of, self))

    def attach_files(self, paths: list | None = None) -> None:
        """Photos or scanned lists of the selected visit (chosen in a file dialog unless given)."""
        v = self._selected_visit()
        if v is None:
            return
        if paths is None:
            files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach file…"), "",
                                                    self.tr("Photos and scans (%1)").replace("%1", PHOTO_FILTER))
            paths = [Path(f) for f in files]
        for p in paths:
            self.window_.ops.write(before_ops.add_visit_attachment, v["id"], p, on_done=lambda _r: self.reload(),
                                   on_error=self.window_.show_error)

    def visit_pdf(self) -> None:
        v = self._selected_visit()
        if v is not None:
            self.window_.ops.document(before_ops.visit_pdf_data, v["id"], self.window_.as_of,
                                      on_done=self.window_.open_document, on_error=self.window_.show_error)

    def forecast_pdf(self) -> None:
        self.window_.ops.document(before_ops.forecast_pdf_data, self.from_year.value(), self.window_.as_of,
                                  on_done=self.window_.open_document, on_error=self.window_.show_error)

    def drill(self, row: int, col: int) -> None:
        item = self.matrix.item(row, col)
        key = item.data(Qt.UserRole) if item is not None else None
        if key:
            self.window_.ops.read(before_ops.drill, key[0], key[1], on_done=self._show_drill,
                                  on_error=self.window_.show_error)

    def _show_drill(self, data: dict) -> None:
        self._open(DrillDialog(data, self))

    def export_xlsx(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export 用电需求预测表"),
                                               f"用电需求预测表-{self.from_year.value()}.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self.window_.ops.read(before_ops.export_forecast, path, self.from_year.value(), self.window_.as_of,
                              on_done=lambda _p: self.window_.statusBar().showMessage(
                                  self.tr("Written: %1").replace("%1", str(path)), 8000),
                              on_error=self.window_.show_error)

