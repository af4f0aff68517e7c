"""Read-only models for the lists the pages show: rows in memory, cells computed when Qt asks.

Why not QTableWidget/QTreeWidget: with PySide6 6.12 every ``QTableWidgetItem.setData``/
``setBackground`` (and the QTreeWidgetItem ones) drops one reference to ``None``; on Python 3.11,
where ``None`` is mortal, a Today view refreshed a few dozen times with hundreds of warnings
aborted the process (issue 13). A model makes no item per cell, so a refresh is one reset, and
it is what STYLE.md asks for long lists anyway. Python 3.12+ (required) makes the lost references
harmless; the models make them not happen.

A column is a :class:`Column`: how to show a row (``text``), and optionally its background,
alignment and tooltip. ``Qt.UserRole`` gives the row's key (a case number, an id), so views open
what a double-click or Enter names. Texts are returned as plain strings: a view shows them
literally (no rich text), whatever the user typed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# roles as plain ints: a resize-to-contents view asks data() tens of thousands of times per reset,
# and comparing PySide6 enums costs ~25 µs a time against ~0.1 µs for ints
_DISPLAY = int(Qt.DisplayRole.value)
_BACKGROUND = int(Qt.BackgroundRole.value)
_ALIGN = int(Qt.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ToolTipRole.value)
_USER = int(Qt.UserRole.value)
_FONT = int(Qt.FontRole.value)


def _role(role) -> int:
    return role if type(role) is int else int(role.value)


@dataclass(frozen=True)
class Column:
    text: Callable[[Any], str]
    background: Callable[[Any], QColor | None] | None = None
    align: int | None = None
    tooltip: Callable[[Any], str | None] | None = None
    font: Callable[[Any], QFont | None] | None = None  # e.g. struck through: an entry corrected later


class _Headers:
    """Horizontal header texts, set by the page (in the UI language) with ``set_headers``."""

    headers: list[str]

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Horizontal, 0, max(0, len(self.headers) - 1))

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt's name)
        if orientation == Qt.Horizontal and _role(role) == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class RowTableModel(_Headers, QAbstractTableModel):
    """A flat list of rows (dicts or tuples) shown through :class:`Column` definitions."""

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.rows: list = []
        self.headers: list[str] = [""] * len(self.columns)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, r: int):
        return self.rows[r]

    def text(self, r: int, c: int) -> str:
        """What a cell shows (for tests and exports: the same function the view uses)."""
        return self.columns[c].text(self.rows[r])

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        return cell_data(self.columns[index.column()], self.rows[index.row()], role, self.key)


def cell_data(col: Column, row, role, key) -> Any:
    role = _role(role)
    if role == _DISPLAY:
        return col.text(row)
    if role == _BACKGROUND and col.background is not None:
        color = col.background(row)
        return QBrush(color) if color is not None else None
    if role == _ALIGN:
        return col.align
    if role == _TOOLTIP and col.tooltip is not None:
        return col.tooltip(row)
    if role == _USER and key is not None:
        return key(row)
    if role == _FONT and col.font is not None:
        return col.font(row)
    return None


class GroupedRowModel(_Headers, QAbstractItemModel):
    """Two levels: titled groups (bold, spanning the row) with their rows beneath.

    A child's ``internalId`` is its group's number plus one; a group's is 0.
    """

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.groups: list[tuple[str, list]] = []
        self.headers: list[str] = [""] * len(self.columns)

    def set_groups(self, groups: Sequence[tuple[str, Sequence]]) -> None:
        self.beginResetModel()
        self.groups = [(title, list(rows)) for title, rows in groups]
        self.endResetModel()

    def group_rows(self, g: int) -> list:
        return self.groups[g][1]

    # --- Qt model API ---------------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()):  # Qt overloads parent(): this is the model's
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        gid = index.internalId()
        if gid == 0:
            title, rows = self.groups[index.row()]
            if index.column() != 0:
                return None
            role = _role(role)
            if role == _DISPLAY:
                return f"{title}  ({len(rows)})"
            if role == _FONT:
                f = QFont()
                f.setBold(True)
                return f
            return None
        row = self.groups[gid - 1][1][index.row()]
        return cell_data(self.columns[index.column()], row, role, self.key)

    def flags(self, index):
        if index.isValid() and index.internalId() == 0:
            return Qt.ItemIsEnabled
        return super().flags(index)
