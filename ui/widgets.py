"""Small widget behaviours shared by the dialogs.

``guard_wheel``: a combo or spin box takes the mouse wheel only once it has focus. Scrolling a
checklist with the wheel passed over a result combo, changed it and saved it (a pass became a fail,
issue 15); now the wheel scrolls the list underneath, and a value changes only by a deliberate
click, key or wheel on a focused field.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

_GUARDED = "zaosongWheelGuard"


class _WheelGuard(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            # ignored and filtered: Qt hands the wheel to the parent, so the list scrolls
            event.ignore()
            return True
        return False


_guard = _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Guard ``root`` itself (if it is a combo or spin box) and every such field inside it."""
    fields = [root] if isinstance(root, (QComboBox, QAbstractSpinBox)) else []
    fields += root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox)
    for w in fields:
        if w.property(_GUARDED):
            continue
        w.setProperty(_GUARDED, True)
        w.setFocusPolicy(Qt.StrongFocus)  # the wheel alone no longer gives focus (WheelFocus)
        w.installEventFilter(_guard)


def confirm_step(parent: QWidget, name: str, title: str, text: str, yes_text: str, no_text: str,
                 on_yes) -> QMessageBox:
    """Ask before an irreversible step (issue 15): a window-modal box named ``name`` on ``parent``
    saying what becomes fixed, its Yes and No buttons worded by the caller. Only Yes runs
    ``on_yes()``; the box never blocks the event loop (``open()``, not ``exec()``)."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.PlainText)  # it names cases and dates the user typed
    box.button(QMessageBox.Yes).setText(yes_text)
    box.button(QMessageBox.No).setText(no_text)
    box.setDefaultButton(QMessageBox.No)
    box.setEscapeButton(QMessageBox.No)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.finished.connect(lambda r: on_yes() if r == QMessageBox.Yes else None)
    box.open()
    return box


# --- user text is plain text (issue 15) ----------------------------------------------------------
# A QLabel's default Qt::AutoText guesses rich text: a customer named ``<b>和泰&amp;</b>`` showed in
# bold as "和泰&". Plain text is the rule: ``plain_text`` sets Qt.PlainText on every label under a
# widget that was not deliberately set to Qt.RichText (those few escape their user text with
# html.escape). Pages call it after they render, dialogs when they are shown.


def plain_text(root: QWidget) -> None:
    """Qt.PlainText on ``root`` (if a label) and every label inside it still on Qt.AutoText."""
    labels = [root] if isinstance(root, QLabel) else []
    labels += root.findChildren(QLabel)
    for label in labels:
        if label.textFormat() == Qt.AutoText:
            label.setTextFormat(Qt.PlainText)


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text and informative text are shown literally (they may carry user text)."""
    box.setTextFormat(Qt.PlainText)
    plain_text(box)
    return box


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt guesses rich text in tooltips too, so escape it."""
    if not text:
        return text
    return "<p style='white-space:pre'>" + html.escape(text).replace("\n", "<br>") + "</p>"


def plain_question(parent, title: str, text: str):
    """``QMessageBox.question`` with ``text`` shown literally (it names what the user typed)."""
    box = plain_box(QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, parent))
    return box.exec()


def plain_message(icon, parent, title: str, text: str) -> None:
    """``QMessageBox.warning``/``critical`` (modal, for start-up) with ``text`` shown literally."""
    plain_box(QMessageBox(icon, title, text, QMessageBox.Ok, parent)).exec()


def limit_length(widget: QWidget, field) -> QWidget:
    """At most ``field.max_len`` characters in ``widget`` (a QLineEdit, QPlainTextEdit or QTextEdit):
    the definition in app.fields its service checks, so a 200-character name cannot be typed into a
    field the service would refuse (issue 15). A convenience: the service still refuses an over-long
    value. A paste past the limit keeps what fits, where it was pasted."""
    n = field.max_len
    widget.setProperty("zaosongMaxLength", n)
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(n)
        return widget
    doc = widget.document()
    last = [0, 0]  # where the latest edit added text, and how much (in Qt's UTF-16 units)

    def note(position: int, _removed: int, added: int) -> None:
        last[:] = [position, added]

    def clip() -> None:
        text = widget.toPlainText()
        excess = len(text) - n  # characters, as the service counts them
        position, added = last
        if excess <= 0 or added <= 0:
            return
        # cut the excess from the end of what was just added (typed or pasted)
        units = text.encode("utf-16-le")
        end = min(position + added, len(units) // 2)
        before = units[: end * 2].decode("utf-16-le", errors="ignore")
        keep = before[: max(len(before) - excess, 0)]
        cursor = QTextCursor(doc)
        cursor.setPosition(len(keep.encode("utf-16-le")) // 2)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        cursor.removeSelectedText()

    doc.contentsChange.connect(note)
    widget.textChanged.connect(clip)  # after the change, not inside it
    return widget


def one_line(edit) -> str:
    """The text of a several-line box whose field is stored on one line (a note, a reason, findings):
    its lines joined by '；'. The services refuse a line break there (as sync does), so a note typed on
    two lines was refused as 'control characters'; the drawing list and the advice do the same."""
    lines = [line.strip() for line in edit.toPlainText().splitlines()]
    return "；".join(line for line in lines if line)


# --- dates and the dialog that runs a write (shared by every dialog module) ---------------------
def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class WorkerDialog(QDialog):
    """A dialog whose OK runs a write operation and closes only on success; the operation's change
    set then goes to the change hub (``Ops.write``), so the dialog refreshes nothing itself."""

    def __init__(self, ops, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.result_change = None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        guard_wheel(self)  # the wheel over a field changes it only once the field has focus
        plain_text(self)  # user text is shown literally (issue 15)
        super().showEvent(event)

    def finish_layout(self, form) -> None:
        """The form, then the error line, then OK / Cancel: the same in every dialog."""
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.buttons.setEnabled(True)

    def run(self, fn, *args, **kwargs) -> None:
        self.error.hide()
        self.buttons.setEnabled(False)
        self.ops.write(fn, *args, on_done=self._done, on_error=self.show_error, **kwargs)

    def _done(self, change) -> None:
        self.result_change = change
        self.buttons.setEnabled(True)
        self.accept()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def date_edit(day: dt.date, minimum: dt.date | None = None) -> QDateEdit:
    e = QDateEdit(qdate(day))
    e.setCalendarPopup(True)
    e.setDisplayFormat("yyyy-MM-dd")
    # ``minimum`` is not set on the editor: QDateEdit would silently replace an earlier date typed;
    # the core refuses it with the reason instead (issue 15)
    return e
