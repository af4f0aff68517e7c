"""The case list: search as you type (case number, account, name, pinyin), filters, sorting."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import STAGES
from app.ledger.export import list_about
from app.services.changes import Changes
from ui import townships
from ui.case_model import CASE_NO, CLOCK, CaseTableModel, stage_label
from ui.excel import export_view
from ui.ledger_dialog import LedgerImportDialog


class CaseTable(QTableView):
    """Enter opens the current case."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.page.open_current()
            return
        super().keyPressEvent(event)


class CasesPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.model = CaseTableModel(self)
        self.complete = False

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)  # Down moves into the results (issue 16)
        self.search.setMinimumWidth(260)  # never shrunk to "…" by the filters beside it
        self.scope = QComboBox()
        self.scope.setObjectName("filterScope")
        self.state = QComboBox()
        self.state.setObjectName("filterState")
        self.stage = QComboBox()
        self.stage.setObjectName("filterStage")
        self.clock = QComboBox()
        self.clock.setObjectName("filterClock")
        self.township = QComboBox()
        self.township.setObjectName("filterTownship")
        for combo in (self.scope, self.state, self.stage, self.clock, self.township):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCaseButton")
        self.new_button.clicked.connect(lambda: self.window_.new_case())
        self.import_button = QPushButton()
        self.import_button.setObjectName("importLedgerButton")
        self.import_button.clicked.connect(self.import_ledger)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCasesButton")
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.count = QLabel()
        self.count.setObjectName("caseCount")

        self.table = CaseTable(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(7, Qt.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.ElideMiddle)  # 象山县…有限公司: both ends of a long name stay readable

        # search and "new case" on one row, the filters on the next: at 1024 px the search box kept
        # shrinking to "…" beside five combos (issue 16)
        bar = QHBoxLayout()
        self.search_label = QLabel()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        filters = QHBoxLayout()
        for w in (self.scope, self.state, self.stage, self.clock, self.township):
            w.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # the English texts are longer: never cut
            filters.addWidget(w)
        filters.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        self._widths_restored = False

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search:"))
        self.search.setPlaceholderText(self.tr("Case no., account, customer name or pinyin (e.g. htdq)  Ctrl+F"))
        self.new_button.setText(self.tr("New case (Ctrl+N)"))
        self.import_button.setText(self.tr("Import ledger…"))
        self.export_button.setText(self.tr("Export to Excel"))
        self._fill(self.scope, [(self.tr("Mine"), "mine"), (self.tr("All managers"), None)])
        self._fill(self.state, [(self.tr("Open"), "open"), (self.tr("Energised"), "finished"), (self.tr("Open and energised"), None)])
        self._fill(self.stage, [(self.tr("Any stage"), None)] + [(stage_label(s), s) for s in STAGES])
        self._fill(self.clock, [(self.tr("Any time state"), None), (self.tr("Overdue"), "overdue"),
                                (self._warning_text(), "warning"), (self.tr("Normal"), "normal")])
        self._fill(self.township, [(self.tr("All townships"), None)] + [(t, t) for t in townships.names()])
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)
        self._update_count()

    def _warning_text(self) -> str:
        # the clock's "warning": working days left <= the settings' threshold, as Today counts it
        return self.tr("Warning (≤ %1 working days left)").replace("%1", str(getattr(self, "warn_wd", 1)))

    @staticmethod
    def _fill(combo: QComboBox, entries) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, current))
        combo.blockSignals(False)

    def set_townships(self, names: list[str]) -> None:
        """The townships in force (a published version may change them, issue 18)."""
        townships.set_names(names)
        self._fill(self.township, [(self.tr("All townships"), None)] + [(t, t) for t in names])

    def set_rows(self, rows, complete: bool, assumed_years: set[int], warn_wd: int | None = None) -> None:
        self.complete = complete
        if warn_wd is not None and warn_wd != getattr(self, "warn_wd", None):
            self.warn_wd = warn_wd
            self.clock.setItemText(self.clock.findData("warning"), self._warning_text())
        self.model.assumed_years = assumed_years
        self._filters_changed(apply=False)
        current = self._current_case_no()
        self.model.set_rows(rows)
        self._update_count()
        if current:
            self.select_case(current)
        if not self._widths_restored:
            self.fit_columns()
            self._widths_restored = True

    def update_rows(self, rows, assumed_years: set[int]) -> None:
        """Fresh rows for some cases (after a write): the others stay as they are."""
        current = self._current_case_no()
        self.model.assumed_years = assumed_years
        self.model.update_rows(rows)
        self._update_count()
        if current:
            self.select_case(current)

    # --- Excel (issue 17) ---------------------------------------------------------------------------
    def import_ledger(self, path: str | None = None) -> LedgerImportDialog:
        dialog = LedgerImportDialog(self.window_.worker, self, on_applied=lambda _r: self.window_.case_changed(Changes(all_cases=True)),
                                    path=path)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_excel(self, path: str | None = None, on_done=None) -> None:
        filters = {self.tr("Scope"): self.scope.currentText(), self.tr("State"): self.state.currentText(),
                   self.tr("Stage"): self.stage.currentText(), self.tr("Time state"): self.clock.currentText(),
                   self.tr("Township"): self.township.currentText()}
        if self.search.text():
            filters[self.tr("Search")] = self.search.text()
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        overdue = {r[CASE_NO] for r in rows if r[CLOCK] == "overdue"}
        window = self.window_

        def write(about: dict) -> None:
            export_view(self, self.table, "工单", about, highlight=lambda key: key in overdue, path=path,
                        on_done=on_done)

        window.ops.read(list_about, window.as_of, "工单列表", filters, on_done=write, on_error=window.show_error)

    # column widths (issue 16): the key columns were cut to "…" while an empty 暂停中 column took 450 px
    NAME_MIN, NAME_MAX = 180, 420

    def fit_columns(self) -> None:
        """Default widths from the content that matters, whatever the filters show first: a sample
        of all loaded rows (every row of 100,000 would take a while), every stage name, the
        deadline with the "*" of a year without schedule, the header of a mostly empty column. The
        customer column takes what is left, between NAME_MIN and NAME_MAX (longer names elide in
        the middle, the full name in the tooltip)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fm = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 16  # Qt's cell margins and a little air
        model = self.model
        sample = model._rows[:: max(1, len(model._rows) // 400)][:400]
        widths = []
        for c in range(model.columnCount()):
            texts = [model.header_text(c)]
            if c == 6:  # every stage's name (a later round's suffix elides, in the tooltip)
                texts += [model._display((None,) * 7 + ("open", s, 1) + (None,) * 6, 6) for s in STAGES]
                texts += [model._display((None,) * 7 + ("finished", None, 1) + (None,) * 6, 6)]
            elif c == 7:
                texts.append("2027-12-31 *")
            elif c != 1:
                texts += [str(model._display(r, c) or "") for r in sample]
            widths.append(min(260, max(fm.horizontalAdvance(x) for x in texts) + pad))
        for c, w in enumerate(widths):
            if c != 1:
                self.table.setColumnWidth(c, w)
        room = self.table.viewport().width() - sum(w for c, w in enumerate(widths) if c != 1) - 4
        names = max((fm.horizontalAdvance(r[2]) for r in sample), default=0) + pad
        self.table.setColumnWidth(1, max(self.NAME_MIN, min(self.NAME_MAX, max(room, min(names, self.NAME_MAX)))))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.search and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down:
            if self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(obj, event)

    def open_count_for(self, manager: str) -> int:
        rows = self.model._rows
        return sum(1 for r in rows if r[7] == "open" and (not manager or r[5] == manager))

    def _search_changed(self, _text: str) -> None:
        self.model.set_filter(search=self.search.text())
        self._update_count()

    def _search_enter(self) -> None:
        if self.model.rowCount() >= 1:
            self.table.setFocus()
            self.table.selectRow(0)
            if self.model.rowCount() == 1:
                self.open_current()

    def _filters_changed(self, *_args, apply: bool = True) -> None:
        manager = self.window_.store.user if self.scope.currentData() == "mine" else None
        f = dict(manager=manager or None, status=self.state.currentData(), stage=self.stage.currentData(),
                 clock=self.clock.currentData(), township=self.township.currentData())
        if apply:
            self.model.set_filter(**f)
            self._update_count()
        else:
            self.model.filters.update(f)

    def _update_count(self) -> None:
        text = self.tr("%1 of %2 cases").replace("%1", str(self.model.rowCount())).replace("%2", str(self.model.total))
        if not self.complete:
            text += "  " + self.tr("(loading finished cases…)")
        if self.model.assumed_years:
            text += "  " + self.tr("* deadline in a year without holiday schedule (weekends only)")
        self.count.setText(text)

    def _current_case_no(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, Qt.UserRole) if idx.isValid() else None

    def select_case(self, case_no: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r)[1] == case_no:
                self.table.selectRow(r)
                return

    def open_current(self) -> None:
        no = self._current_case_no()
        if no:
            self.window_.open_case(no)

    def save_state(self, s) -> None:
        s.setValue("cases/header", self.table.horizontalHeader().saveState())
        s.setValue("cases/scope", self.scope.currentIndex())
        s.setValue("cases/state", self.state.currentIndex())

    def restore_state(self, s) -> None:
        header = s.value("cases/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self._widths_restored = self.table.horizontalHeader().restoreState(header)
        for key, combo in (("cases/scope", self.scope), ("cases/state", self.state)):
            v = s.value(key)
            if v is not None:
                try:
                    combo.setCurrentIndex(int(v))
                except (TypeError, ValueError):
                    pass
        QTimer.singleShot(0, self._filters_changed)
