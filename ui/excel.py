"""导出 Excel for any list: what the view shows (its filters, column order and sorting) to .xlsx.

The rows are read from the view's model on the GUI thread (they are in memory already); the file
is written by ``app.ledger.export.write_rows`` on a thread of its own, so a long list does not
freeze the window. Column kinds (dates, numbers) are recognised from the texts shown, so a list
needs no extra description to export well.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QListView, QMessageBox, QTreeView, QWidget

from app.errors import Refused
from app.ledger.export import Col, write_rows

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}\*?$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def view_table(view: QAbstractItemView, group_header: str = "") -> tuple[list[str], list[list[str]], list[object]]:
    """(headers, rows of texts, row keys) as the view shows them: visible columns in their visual
    order, rows in the model's (sorted, filtered) order. A tree's groups become a first column
    (``group_header``) beside their rows; a list (no header) is one column headed ``group_header``.
    The key is the row's ``Qt.UserRole`` (a case number)."""
    model = view.model()
    if isinstance(view, QListView):  # the setting-sheet versions: one line a row, no header to read
        rows = [[str(model.index(r, 0).data(Qt.DisplayRole) or "")] for r in range(model.rowCount())]
        return [group_header], rows, [model.index(r, 0).data(Qt.UserRole) for r in range(model.rowCount())]
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    headers = [str(model.headerData(c, Qt.Horizontal, Qt.DisplayRole) or "") for c in columns]
    rows: list[list[str]] = []
    keys: list[object] = []
    tree = isinstance(view, QTreeView)  # a table model's rowCount may ignore its parent
    for r in range(model.rowCount()):
        top = model.index(r, 0)
        if tree:
            group = str(top.data(Qt.DisplayRole) or "")
            for k in range(model.rowCount(top)):
                rows.append([group] + [str(model.index(k, c, top).data(Qt.DisplayRole) or "") for c in columns])
                keys.append(model.index(k, 0, top).data(Qt.UserRole))
        else:
            rows.append([str(model.index(r, c).data(Qt.DisplayRole) or "") for c in columns])
            keys.append(top.data(Qt.UserRole))
    if tree:
        headers = [group_header] + headers
    return headers, rows, keys


def column_kinds(rows: list[list[str]], width: int) -> list[str]:
    kinds = []
    for c in range(width):
        values = [r[c] for r in rows if r[c]]
        if values and all(_DATE.match(v) for v in values):
            kinds.append("date")
        elif values and all(_NUMBER.match(v.replace(",", "")) for v in values):
            kinds.append("number")
        else:
            kinds.append("text")
    return kinds


class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str)


class _Write(QRunnable):
    def __init__(self, fn: Callable[[], Path]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.signals.done.emit(str(self.fn()))
        except Refused as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))


_running: set[_Write] = set()


# the texts in one context of their own: parent.tr() looked them up under the calling page's class,
# where "%1 rows written to %2" is not translated and "Open" is the case state 在途
def _tr(text: str) -> str:
    return QCoreApplication.translate("ExcelExport", text)


_TEXTS = (QT_TRANSLATE_NOOP("ExcelExport", "Export to Excel"),  # spelled out for lupdate
          QT_TRANSLATE_NOOP("ExcelExport", "Excel workbook (*.xlsx)"),
          QT_TRANSLATE_NOOP("ExcelExport", "%1 rows written to %2"),
          QT_TRANSLATE_NOOP("ExcelExport", "Open"))


def export_view(parent: QWidget, view: QAbstractItemView, title: str, about: dict[str, str],
                highlight: Callable[[object], bool] | None = None, path: str | None = None,
                on_done: Callable[[str], None] | None = None, group_header: str = "") -> None:
    """Ask where (unless ``path``), then write the view to .xlsx in the background.

    ``highlight(key)`` marks rows (overdue) by their key; ``about`` fills the 说明 sheet.
    """
    if path is None:
        default = f"{title}-{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(parent, _tr("Export to Excel"), default,
                                              _tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
    headers, rows, keys = view_table(view, group_header)
    kinds = column_kinds(rows, len(headers))
    rows = [[v.rstrip("*") if k == "date" else v for v, k in zip(r, kinds)] for r in rows]
    marked = [i for i, key in enumerate(keys) if highlight is not None and highlight(key)]
    cols = [Col(h, k) for h, k in zip(headers, kinds)]
    job = _Write(lambda: write_rows(path, title, cols, rows, about=about, highlight=marked))

    def done(written: str) -> None:
        _running.discard(job)
        if on_done is not None:
            on_done(written)
            return
        box = QMessageBox(QMessageBox.Information, _tr("Export to Excel"),
                          _tr("%1 rows written to %2").replace("%1", str(len(rows))).replace("%2", written),
                          QMessageBox.Close, parent)
        open_button = box.addButton(_tr("Open"), QMessageBox.AcceptRole)
        box.exec()
        if box.clickedButton() is open_button:
            open_file(written)

    def failed(message: str) -> None:
        _running.discard(job)
        QMessageBox.warning(parent, _tr("Export to Excel"), message)

    job.signals.done.connect(done, Qt.QueuedConnection)
    job.signals.failed.connect(failed, Qt.QueuedConnection)
    _running.add(job)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)


def open_file(path: str) -> bool:
    """Open a written file in the system's program for it (the spreadsheet program for .xlsx)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
