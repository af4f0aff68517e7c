"""The bulletins page (issue 21): the current week's, month's or quarter's figures, live, for one
level of the three-level monitoring (the bureau's, the centre's, a station's, a manager's), with
charts drawn here with QPainter (compliance per stage, the trend over the last periods); the cases
behind a figure (double-click one to open it); the escalations of the level, acknowledged here; and
issuing the bulletin (frozen, versioned), or writing it as PDF or workbook."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.bulletins import period_of, previous_period
from reports.numbers import fmt_num
from ui.case_model import stage_label
from ui.ops import bulletins as ops
from ui.widgets import plain_text

BAR = QColor("#4a6fa5")
LATE = QColor("#c0504d")
KINDS = ("weekly", "monthly", "quarterly")
LEVELS = ("bureau", "centre", "station", "manager")


def _next_period(kind: str, period: str) -> str:
    from app.services.bulletins import period_range

    return period_of(kind, period_range(kind, period)[1] + dt.timedelta(days=1))


class BarChart(QWidget):
    """Bars of rates (0 to 100 %), red below 100; drawn with QPainter (no QtCharts in the installer)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setMinimumHeight(170)
        self.title = ""
        self.values: list[tuple[str, float | None]] = []

    def set_data(self, title: str, values: list[tuple[str, float | None]]) -> None:
        self.title, self.values = title, values
        self.update()

    def _frame(self, p: QPainter):
        """The title drawn, and the plot's rectangle below it: a value label above a 100 % bar or
        point gets a line of its own between the two (it overlapped the title at 1366x768)."""
        line = p.fontMetrics().height()
        p.drawText(QRectF(4, 2, self.width() - 8, line + 2), Qt.AlignLeft, self.title)
        # two lines of axis labels below: a stage name wraps (供电方案确定), and its second line was cut
        return self.rect().adjusted(34, 2 * line + 10, -8, -(2 * line + 6))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r = self._frame(p)
        p.setPen(QPen(QColor("#999999")))
        for v in (0, 50, 100):
            y = r.bottom() - r.height() * v / 100
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            p.drawText(QRectF(0, y - 8, 30, 16), Qt.AlignRight | Qt.AlignVCenter, str(v))
        n = max(1, len(self.values))
        w = r.width() / n
        for i, (label, value) in enumerate(self.values):
            x = r.left() + i * w
            if value is not None:
                h = r.height() * value / 100
                p.fillRect(QRectF(x + w * 0.15, r.bottom() - h, w * 0.7, h), BAR if value >= 100 else LATE)
                p.setPen(QPen(Qt.black))
                p.drawText(QRectF(x, r.bottom() - h - 16, w, 14), Qt.AlignCenter, f"{value:.1f}")
            p.setPen(QPen(Qt.black))
            p.drawText(QRectF(x, r.bottom() + 2, w, 2 * p.fontMetrics().height() + 2),
                       Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, label)
        p.end()


def period_labels(labels: list[str], room: float, advance) -> list[str]:
    """The trend's axis labels: periods are "2026-W41", "2026-10", "2026-Q3"; where one does not fit
    in ``room`` (``advance(text)`` its width; eight weeks on a laptop's half page ran together), the
    year is dropped (the title names it) but where it changes."""
    if all(advance(label) <= room for label in labels):
        return list(labels)
    out, year = [], None
    for label in labels:
        y, _, rest = label.partition("-")
        out.append(rest if rest and year in (None, y) else label)
        year = y
    return out


class LineChart(BarChart):
    """The trend: one point per period, joined."""

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r = self._frame(p)
        p.setPen(QPen(QColor("#999999")))
        for v in (0, 50, 100):
            y = r.bottom() - r.height() * v / 100
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            p.drawText(QRectF(0, y - 8, 30, 16), Qt.AlignRight | Qt.AlignVCenter, str(v))
        n = max(1, len(self.values))
        w = r.width() / n
        last = None
        labels = period_labels([label for label, _v in self.values], w - 4, p.fontMetrics().horizontalAdvance)
        for i, (_label, value) in enumerate(self.values):
            x = r.left() + i * w + w / 2
            p.setPen(QPen(Qt.black))
            shown = labels[i]
            p.drawText(QRectF(x - w / 2, r.bottom() + 2, w, 26), Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                       shown)
            if value is None:
                last = None
                continue
            pt = QPointF(x, r.bottom() - r.height() * value / 100)
            p.setPen(QPen(BAR, 2))
            if last is not None:
                p.drawLine(last, pt)
            p.setBrush(BAR)
            p.drawEllipse(pt, 3, 3)
            p.setPen(QPen(Qt.black))
            p.drawText(QRectF(x - w / 2, pt.y() - 18, w, 14), Qt.AlignCenter, f"{value:.1f}")
            last = pt
        p.end()


class BulletinsPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.data: dict | None = None
        self.kind = "weekly"
        self.period = period_of(self.kind, self._today())
        self.last_issue: dict | None = None
        self.last_file = ""

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("bulletinKind")
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.prev = QPushButton("◀")
        self.prev.setObjectName("bulletinPrev")
        self.prev.clicked.connect(lambda: self.go(previous_period(self.kind, self.period)))
        self.next = QPushButton("▶")
        self.next.setObjectName("bulletinNext")
        self.next.clicked.connect(lambda: self.go(_next_period(self.kind, self.period)))
        self.this = QPushButton()
        self.this.setObjectName("bulletinThis")
        self.this.clicked.connect(lambda: self.go(period_of(self.kind, self._today())))
        self.title = QLabel()
        self.title.setObjectName("bulletinTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.level_box = QComboBox()
        self.level_box.setObjectName("bulletinLevel")
        self.level_box.currentIndexChanged.connect(self._level_changed)
        self.scope_box = QComboBox()
        self.scope_box.setObjectName("bulletinScope")
        self.scope_box.activated.connect(lambda _i: self.reload())
        self.issue_btn = QPushButton()
        self.issue_btn.setObjectName("bulletinIssue")
        self.issue_btn.clicked.connect(lambda: self.issue())
        self.pdf_btn = QPushButton()
        self.pdf_btn.setObjectName("bulletinPdf")
        self.pdf_btn.clicked.connect(lambda: self.write_file("pdf"))
        self.xlsx_btn = QPushButton()
        self.xlsx_btn.setObjectName("bulletinXlsx")
        self.xlsx_btn.clicked.connect(lambda: self.write_file("xlsx"))

        self.summary = QLabel()
        self.summary.setObjectName("bulletinSummary")
        self.summary.setWordWrap(True)
        self.issued = QLabel()
        self.issued.setObjectName("bulletinIssued")
        self.stage_chart = BarChart("bulletinStageChart")
        self.trend_chart = LineChart("bulletinTrendChart")
        self.figures = QTableWidget(0, 4)
        self.figures.setObjectName("bulletinFigures")
        self.figures.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.figures.verticalHeader().hide()
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.figures.horizontalHeader().setStretchLastSection(True)
        self.figures.currentCellChanged.connect(lambda row, *_: self._show_cases(row))
        self.cases_label = QLabel()
        self.cases = QListWidget()
        self.cases.setObjectName("bulletinCases")
        self.cases.itemActivated.connect(lambda item: self.window_.open_case(item.data(Qt.UserRole)))
        self.esc_label = QLabel()
        self.escalations = QTableWidget(0, 6)
        self.escalations.setObjectName("bulletinEscalations")
        self.escalations.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.escalations.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.escalations.verticalHeader().hide()
        self.escalations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.escalations.horizontalHeader().setStretchLastSection(True)
        self.escalations.cellDoubleClicked.connect(self._open_escalated)
        self.ack_btn = QPushButton()
        self.ack_btn.setObjectName("bulletinAck")
        self.ack_btn.clicked.connect(lambda: self.acknowledge())
        self._figure_rows: list[tuple[str, list[str], list[str]]] = []  # (figure, cases, late cases)

        top = QHBoxLayout()
        for w in (self.kind_box, self.prev, self.title, self.next, self.this):
            top.addWidget(w)
        top.addStretch(1)
        self.level_label = QLabel()
        for w in (self.level_label, self.level_box, self.scope_box, self.issue_btn, self.pdf_btn, self.xlsx_btn):
            top.addWidget(w)
        charts = QHBoxLayout()
        charts.addWidget(self.stage_chart, 3)
        charts.addWidget(self.trend_chart, 2)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.figures)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.cases_label)
        rl.addWidget(self.cases)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        esc_top = QHBoxLayout()
        esc_top.addWidget(self.esc_label)
        esc_top.addStretch(1)
        esc_top.addWidget(self.ack_btn)
        body = QSplitter(Qt.Vertical)
        body.addWidget(split)
        esc = QWidget()
        el = QVBoxLayout(esc)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(esc_top)
        el.addWidget(self.escalations)
        body.addWidget(esc)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.issued)
        lay.addLayout(charts)
        lay.addWidget(body, 1)
        self.retranslate()

    def _today(self) -> dt.date:
        return self.window_.as_of or dt.date.today()

    # --- choices -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {"weekly": self.tr("Weekly time-limit bulletin"), "monthly": self.tr("Monthly work-quality bulletin"),
                 "quarterly": self.tr("Quarterly benchmark")}
        levels = {"bureau": self.tr("Marketing department (bureau)"), "centre": self.tr("Customer service centre"),
                  "station": self.tr("Supply station"), "manager": self.tr("Customer manager")}
        for box, items, current in ((self.kind_box, names, self.kind), (self.level_box, levels, self._level())):
            box.blockSignals(True)
            box.clear()
            for code, text in items.items():
                box.addItem(text, code)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        self.this.setText(self.tr("Current"))
        self.level_label.setText(self.tr("View:"))
        self.issue_btn.setText(self.tr("Issue…"))
        self.issue_btn.setToolTip(self.tr("Freeze this bulletin as issued: its figures, the rule-set versions and a "
                                          "hash of its inputs. Issuing again after the data changed makes version 2 "
                                          "with the differences."))
        self.pdf_btn.setText(self.tr("PDF…"))
        self.xlsx_btn.setText(self.tr("Excel…"))
        self.ack_btn.setText(self.tr("Acknowledge"))
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Cases"), self.tr("On time"),
                                                self.tr("Rate %")])
        self.escalations.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Case no."), self.tr("Stage"),
                                                    self.tr("Rule"), self.tr("Told"), self.tr("Acknowledged")])
        self._render()

    def _level(self) -> str:
        return self.level_box.currentData() or "bureau"

    def _scope(self) -> str:
        return self.scope_box.currentText() if self._level() in ("manager", "station") else ""

    def _kind_changed(self, _i) -> None:
        self.kind = self.kind_box.currentData() or "weekly"
        self.go(period_of(self.kind, self._today()))

    def _level_changed(self, _i) -> None:
        self._fill_scopes()
        self.reload()

    def _fill_scopes(self) -> None:
        level = self._level()
        choices = (self.data or {}).get("choices", {}).get(level, [])
        current = self.scope_box.currentText()
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        if level == "manager":
            me = self.window_.store.user
            choices = [me] + [m for m in choices if m != me] if me else choices
        self.scope_box.addItems(choices)
        i = self.scope_box.findText(current)
        self.scope_box.setCurrentIndex(i if i >= 0 else 0)
        self.scope_box.setVisible(level in ("manager", "station"))
        self.scope_box.blockSignals(False)

    def go(self, period: str) -> None:
        self.period = period
        self.reload()

    def _shows_current(self) -> bool:
        d = self.data
        return d is not None and d.get("period") == self.period and d.get("kind") == self.kind

    def _pending(self) -> None:
        """The period asked for, named at once; until its figures come, the last ones are greyed
        (another period's figures must not read as this one's)."""
        self.title.setText(self.period)
        if self._shows_current():
            return
        self.summary.setText(self.tr("Computing the figures of %1…").replace("%1", self.period))
        for w in (self.stage_chart, self.trend_chart, self.figures, self.cases, self.escalations):
            w.setEnabled(False)

    # --- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.window_.worker.isRunning():
            return
        level, scope = self._level(), self._scope()
        if level in ("manager", "station") and not scope:
            level = "bureau"  # nothing to narrow to yet: the choices come with the first figures
        self._pending()
        self.window_.ops.read(ops.live, self.kind, self.period, None, level, scope,
                              on_done=self._got, on_error=self.window_.show_error)

    def _got(self, data: dict) -> None:
        self.data = data
        if not self.scope_box.count():
            self._fill_scopes()
        self._render()

    def _render(self) -> None:
        plain_text(self)
        self.title.setText(self.period)
        d = self.data
        if not self._shows_current():
            return
        for w in (self.stage_chart, self.trend_chart, self.figures, self.cases, self.escalations):
            w.setEnabled(True)
        rates = "; ".join(f"{r['name']} {self._rate(r['rate'])}" for r in d["rule_sets"])
        self.summary.setText(
            self.tr("%1 to %2, as of %3: %4 cases energised; %5. HV cases: %6 working days of supply-department time "
                    "on average; %7 kVA and %8 transformers connected.")
            .replace("%1", d["start"]).replace("%2", d["end"]).replace("%3", d["as_of"])
            .replace("%4", str(d["finished_cases"])).replace("%5", rates)
            .replace("%6", self._num(d["hv_avg_supply_wd"])).replace("%7", self._num(d["kva_connected"]))
            .replace("%8", self._num(d["transformers"])))
        issued = d.get("issued")
        if issued:
            state = self.tr("a re-run gives the same figures") if issued["same"] else \
                self.tr("the data changed since: issue again for version %1").replace("%1", str(issued["version"] + 1))
            self.issued.setText(self.tr("Issued: version %1 (inputs %2); %3").replace("%1", str(issued["version"]))
                                .replace("%2", issued["input_hash"][:12]).replace("%3", state))
        else:
            self.issued.setText(self.tr("Not issued yet."))
        primary = next((r for r in d["rule_sets"] if r.get("primary")), d["rule_sets"][0] if d["rule_sets"] else None)
        if primary:
            stages = [s for s in primary["stages"] if len(s["stages"]) == 1]
            self.stage_chart.set_data(self.tr("On time per stage (%), %1").replace("%1", primary["name"]),
                                      [(s["name"].split("(")[0][:6], s["rate"]) for s in stages])
        self.trend_chart.set_data(self.tr("Whole-case compliance, last periods (%)"),
                                  [(t["period"], t["rate"]) for t in d["trend"]])
        rows: list[tuple[str, list[str], list[str], object, object, object]] = []
        for r in d["rule_sets"]:
            rows.append((r["name"], r["case_nos"], r["late_case_nos"], r["cases"], r["compliant"], r["rate"]))
            for s in r["stages"]:
                rows.append(("    " + s["name"], s["case_nos"], s["late_case_nos"], s["cases"], s["on_time"], s["rate"]))
        rows.append((self.tr("HV cases (supply-department time)"), d["hv_case_nos"], [], d["hv_cases"], None, None))
        if "open_cases" in d:
            oc = d["open_cases"]
            rows.append((self.tr("Open cases: warning"), oc["warning_case_nos"], [], oc["warning"], None, None))
            rows.append((self.tr("Open cases: overdue"), oc["overdue_case_nos"], oc["overdue_case_nos"], oc["overdue"],
                         None, None))
        self._figure_rows = [(f, cs, late) for f, cs, late, *_ in rows]
        self.figures.setRowCount(len(rows))
        for i, (figure, _cs, _late, n, ok, rate) in enumerate(rows):
            for j, v in enumerate((figure, n, ok, rate)):
                item = QTableWidgetItem("" if v is None else (self._rate(v) if j == 3 else str(v)))
                if j == 3 and v is not None and v < 100:
                    item.setForeground(LATE)
                self.figures.setItem(i, j, item)
        self.cases.clear()
        self.cases_label.setText(self.tr("Select a figure to see its cases"))
        esc = d.get("escalation_rows", [])
        self.esc_label.setText(self.tr("Escalations: %1 (%2 acknowledged)").replace("%1", str(len(esc)))
                               .replace("%2", str(sum(1 for e in esc if e["acknowledged_by"]))))
        self.escalations.setRowCount(len(esc))
        for i, e in enumerate(esc):
            told = e["told_role_name"] if e["told"] == e["told_role_name"] else f"{e['told_role_name']} {e['told']}"
            for j, v in enumerate((e["escalated_on"], e["case_no"], stage_label(e["stage"]), e["rung_name"], told,
                                   e["acknowledged_by"] or "—")):
                item = QTableWidgetItem(v)
                item.setData(Qt.UserRole, e["id"])
                self.escalations.setItem(i, j, item)

    def _show_cases(self, row: int) -> None:
        if not 0 <= row < len(self._figure_rows):
            return
        figure, cases, late = self._figure_rows[row]
        self.cases.clear()
        self.cases_label.setText(self.tr("%1: %2 cases, %3 not on time — double-click to open")
                                 .replace("%1", figure.strip()).replace("%2", str(len(cases)))
                                 .replace("%3", str(len(late))))
        lateset = set(late)
        for no in sorted(cases, key=lambda n: (n not in lateset, n)):
            self.cases.addItem(no + ("  ✗" if no in lateset else ""))
            item = self.cases.item(self.cases.count() - 1)
            item.setData(Qt.UserRole, no)
            if no in lateset:
                item.setForeground(LATE)

    def _open_escalated(self, row: int, _col: int) -> None:
        item = self.escalations.item(row, 1)
        if item is not None:
            self.window_.open_case(item.text())

    # --- actions -------------------------------------------------------------------------------
    def issue(self) -> None:
        level, scope = self._level(), self._scope()

        def done(out: dict) -> None:
            self.last_issue = out
            self.window_.statusBar().showMessage(
                self.tr("Bulletin issued: version %1, inputs %2").replace("%1", str(out["version"]))
                .replace("%2", out["input_hash"][:12]), 15000)
            self.reload()
        self.window_.ops.write(ops.issue, self.kind, self.period, level, scope, on_done=done,
                               on_error=self.window_.show_error)

    def acknowledge(self) -> None:
        row = self.escalations.currentRow()
        item = self.escalations.item(row, 0) if row >= 0 else None
        if item is None:
            return
        self.window_.ops.write(ops.acknowledge, item.data(Qt.UserRole), None,
                               on_done=lambda _ch: self.reload(), on_error=self.window_.show_error)

    def write_file(self, fmt: str, path: str | None = None) -> None:
        if self.data is None:
            return
        if path is None:
            suffix = ".pdf" if fmt == "pdf" else ".xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save bulletin"), f"{self.kind}-{self.period}{suffix}",
                                                  "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)")
            if not path:
                return

        def done(p: str) -> None:
            self.last_file = p
            if fmt == "pdf":
                self.window_.open_document(p)
            else:
                self.window_.statusBar().showMessage(self.tr("Written: %1").replace("%1", p), 15000)
        data = {k: v for k, v in self.data.items() if k not in ("escalation_rows", "choices")}
        self.window_.ops.read(ops.write_file, data, path, fmt, on_done=done, on_error=self.window_.show_error)

    @staticmethod
    def _rate(v) -> str:
        return "—" if v is None else f"{v:.1f}%"

    @staticmethod
    def _num(v) -> str:
        return "—" if v is None else fmt_num(v)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
