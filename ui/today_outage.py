"""The Today view's section of the outage plan (issue 19): cases whose ENERGIZE deadline falls
before the earliest lawful outage, with the day by which the outage must be announced."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ui.case_model import STATUS_COLORS
from ui.row_model import Column, RowTableModel


class OutageRiskSection(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.rows: list[dict] = []
        self.need_cases: set[str] = set()  # cases with an open outage need: only their writes move the list
        self.label = QLabel()
        self.label.setObjectName("todayOutageRiskLabel")
        red = lambda _r: STATUS_COLORS["overdue"]  # noqa: E731 (every row is a risk)
        self.model = RowTableModel([Column(lambda r: r["case_no"]), Column(lambda r: r["customer_name"]),
                                    Column(lambda r: r["feeder"]), Column(lambda r: r["energize_deadline"], red),
                                    Column(lambda r: r["earliest_outage"]), Column(lambda r: r["announce_by"])],
                                   key=lambda r: r["case_no"], parent=self)
        self.table = QTableView()
        self.table.setObjectName("todayOutageRisks")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.activated.connect(self._activated)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.set_headers([self.tr("Case no."), self.tr("Customer"), self.tr("Feeder"),
                                self.tr("Energise deadline"), self.tr("Earliest lawful outage"),
                                self.tr("Announce by")])
        self.render()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.render()

    def set_view(self, view: dict) -> None:
        """The Today section "outage" (``app.services.agenda.TODAY_SECTIONS``): the rows and the cases that have outage needs."""
        self.need_cases = set(view["need_cases"])
        self.set_rows(view["rows"])

    def wants(self, case_rows) -> bool:
        """Fresh case rows after a write: read again only if one of them has an outage need or is
        listed (a stage finished on another case costs no read)."""
        listed = {r["case_no"] for r in self.rows}
        return any(r.case_no in self.need_cases or r.case_no in listed for r in case_rows)

    def render(self) -> None:
        rows = self.page._in_scope(self.rows)
        self.label.setText(self.tr("Outage too late for the energise limit: %1 — double-click to open the case")
                           .replace("%1", str(len(rows))))
        self.model.set_rows(rows)
        self.setVisible(bool(self.rows))

    def _activated(self, index) -> None:
        no = index.data(Qt.UserRole)
        if no:
            self.page.ctx.open_case(no)
