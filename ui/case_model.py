"""The case list model: compact rows in memory, filtered and sorted without rebuilding widgets.

100,000 rows are held as tuples (about 40 MB). Filtering is a list comprehension over one
precomputed lower-case "haystack" string per row (case number, account, name, full pinyin,
pinyin initials), so a keystroke costs a few milliseconds, never a query.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import STAGE_NAMES

# row tuple layout
(ID, CASE_NO, NAME, ACCOUNT, KVA, MANAGER, TOWNSHIP, STATUS, STAGE, ROUND, DEADLINE, REMAINING, CLOCK, PAUSED,
 APPLIED, HAY) = range(16)

STATUS_COLORS = {
    "overdue": QColor("#f8d0d0"),
    "warning": QColor("#fde9b8"),
    "normal": QColor("#dff0d8"),
}


def row_tuple(r) -> tuple:
    hay = f"{r.case_no}|{r.account_no}|{r.customer_name}|{r.name_pinyin}|{r.name_initials}".lower()
    return (r.id, r.case_no, r.customer_name, r.account_no, r.capacity_kva, r.manager, r.township, r.status,
            r.stage, r.round, r.deadline, r.remaining_wd, r.clock_status, r.paused, r.applied_on, hay)


class CaseTableModel(QAbstractTableModel):
    COLUMNS = ["Case no.", "Customer", "Account", "kVA", "Manager", "Township", "Stage", "Deadline",
               "Remaining (wd)", "Paused"]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []
        self._visible: list[int] = []
        self._sort = (APPLIED, True)
        self.filters = {"search": "", "manager": None, "status": "open", "stage": None, "clock": None,
                        "township": None}
        self.assumed_years: set[int] = set()

    # --- data ------------------------------------------------------------------------------
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = [row_tuple(r) for r in rows]
        self._apply()
        self.endResetModel()

    def update_rows(self, rows: list) -> None:
        """Replace rows with fresh ones for the same cases (after an edit); add new ones."""
        fresh = {r.id: row_tuple(r) for r in rows}
        index = {row[ID]: i for i, row in enumerate(self._rows)}
        self.beginResetModel()
        for cid, row in fresh.items():
            if cid in index:
                self._rows[index[cid]] = row
            else:
                self._rows.append(row)
        self._apply()
        self.endResetModel()

    def set_filter(self, **kw) -> None:
        self.filters.update(kw)
        self.beginResetModel()
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        f = self.filters
        rows = self._rows
        idx = range(len(rows))
        q = (f["search"] or "").strip().lower().replace(" ", "")
        if q:
            idx = [i for i in idx if q in rows[i][HAY]]
        if f["manager"]:
            m = f["manager"]
            idx = [i for i in idx if rows[i][MANAGER] == m]
        if f["status"]:
            st = f["status"]
            idx = [i for i in idx if rows[i][STATUS] == st]
        if f["stage"]:
            sg = f["stage"]
            idx = [i for i in idx if rows[i][STAGE] == sg]
        if f["clock"]:
            ck = f["clock"]
            idx = [i for i in idx if rows[i][CLOCK] == ck]
        if f["township"]:
            tw = f["township"]
            idx = [i for i in idx if rows[i][TOWNSHIP] == tw]
        col, desc = self._sort
        idx = list(idx)
        if col == REMAINING:
            def key(i):
                return rows[i][REMAINING] is None, rows[i][REMAINING] if rows[i][REMAINING] is not None else 0
            idx.sort(key=key, reverse=desc)
        else:
            idx.sort(key=lambda i: (rows[i][col] is None, rows[i][col] if rows[i][col] is not None else ""), reverse=desc)
        self._visible = idx

    @property
    def total(self) -> int:
        return len(self._rows)

    def row_at(self, r: int) -> tuple:
        return self._rows[self._visible[r]]

    def any_row(self) -> tuple | None:
        """A loaded case, shown or not (filters aside)."""
        return self._rows[self._visible[0]] if self._visible else (self._rows[0] if self._rows else None)

    def managers(self) -> list[str]:
        return sorted({r[MANAGER] for r in self._rows if r[MANAGER]})

    def open_case_of(self, account: str, besides: str | None = None) -> str | None:
        """An open case of ``account`` among the loaded rows, other than ``besides`` (the new case
        dialog's duplicate warning)."""
        for row in self._rows:
            if row[ACCOUNT] == account and row[STATUS] == "open" and row[CASE_NO] != besides:
                return row[CASE_NO]
        return None

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt's name)
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.header_text(section)
        return None

    def header_text(self, section: int) -> str:
        from ui.i18n import translate

        return translate("CaseTableModel", self.COLUMNS[section])

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        c = index.column()
        if role == Qt.DisplayRole:
            return self._display(row, c)
        if role == Qt.BackgroundRole and c in (6, 7, 8) and row[CLOCK] in STATUS_COLORS:
            return QBrush(STATUS_COLORS[row[CLOCK]])
        if role == Qt.TextAlignmentRole and c in (3, 8):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row[CASE_NO]
        if role == Qt.ToolTipRole and c in (1, 5, 6) and len(self._display(row, c) or "") > 8:
            from ui.widgets import plain_tip

            # elided in the middle when long: the full text, shown literally (user text)
            return plain_tip(self._display(row, c))
        if role == Qt.ToolTipRole and c == 7 and row[DEADLINE] and int(row[DEADLINE][:4]) in self.assumed_years:
            from ui.i18n import translate

            return translate("CaseTableModel", "No holiday schedule for this year: weekends only")
        return None

    def _display(self, row: tuple, c: int):
        from ui.i18n import translate

        if c == 0:
            return row[CASE_NO]
        if c == 1:
            return row[NAME]
        if c == 2:
            return row[ACCOUNT]
        if c == 3:
            return f"{row[KVA]:g}"
        if c == 4:
            return row[MANAGER]
        if c == 5:
            return row[TOWNSHIP]
        if c == 6:
            if row[STAGE] is None:
                return translate("CaseTableModel", "Energised") if row[STATUS] == "finished" else translate("CaseTableModel", "With the customer")
            name = stage_label(row[STAGE])
            if (row[ROUND] or 1) == 1:
                return name
            return f"{name} " + translate("CaseTableModel", "(round %1)").replace("%1", str(row[ROUND]))
        if c == 7:
            d = row[DEADLINE] or ""
            if d and int(d[:4]) in self.assumed_years:
                d += " *"
            return d
        if c == 8:
            return "" if row[REMAINING] is None else str(row[REMAINING])
        if c == 9:
            return translate("CaseTableModel", "Paused") if row[PAUSED] else ""
        return None

    SORT_COLUMNS = [CASE_NO, NAME, ACCOUNT, KVA, MANAGER, TOWNSHIP, STAGE, DEADLINE, REMAINING, PAUSED]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (self.SORT_COLUMNS[column], order == Qt.DescendingOrder)
        self._apply()
        self.layoutChanged.emit()


def stage_label(code: str | None) -> str:
    from ui.i18n import translate

    if not code:
        return ""
    return translate("Stages", STAGE_NAMES[code][1])
