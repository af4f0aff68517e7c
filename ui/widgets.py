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
# --- every window fits the screen it opens on (issue 16) -------------------------------------------
# The main window opened at 1280x800 on a 768-pixel screen and at 150 % the inspection dialog hid
# 结束检查 below the screen. One mechanism for every top-level window instead of a size per dialog:
# an application-wide filter on Show clamps the window to the screen's available geometry and, when
# its content cannot shrink that far, puts the content in a scroll area, the buttons staying outside.
_SCROLLED = "zaosongScrolledBody"


def _holds_buttons(item) -> bool:
    """A dialog's action row: a button box or button, or a horizontal row holding buttons."""
    from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QDialogButtonBox

    w = item.widget()
    if w is not None:
        return isinstance(w, (QDialogButtonBox, QAbstractButton))
    lay = item.layout()
    if isinstance(lay, QBoxLayout) and lay.direction() in (QBoxLayout.LeftToRight, QBoxLayout.RightToLeft):
        return any(_holds_buttons(lay.itemAt(i)) for i in range(lay.count()))
    return False


def _is_error_line(item) -> bool:
    w = item.widget()
    return isinstance(w, QLabel) and "rror" in w.objectName()


def _scroll_area(body: QWidget):
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setObjectName("fitScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(body)
    return area


def page_scroll(page: QWidget):
    """``page`` in a scroll area of its own (a long page of the main window)."""
    area = _scroll_area(page)
    area.setObjectName(page.objectName() + "Scroll" if page.objectName() else "pageScroll")
    return area


def scroll_body(widget: QWidget) -> bool:
    """Put ``widget``'s content in a scroll area; for a dialog whose layout ends with its buttons
    (and the error line above them), those stay outside, always visible. Returns whether it did."""
    from PySide6.QtWidgets import QBoxLayout, QMainWindow, QVBoxLayout

    if widget.property(_SCROLLED):
        return False
    if isinstance(widget, QMainWindow):
        central = widget.centralWidget()
        if central is None:
            return False
        widget.takeCentralWidget()
        area = _scroll_area(central)
        widget.setCentralWidget(area)
        if widget.isVisible():
            area.show()
        widget.setProperty(_SCROLLED, True)
        return True
    top = widget.layout()
    if top is None:
        return False
    kept = []  # the trailing buttons (and the error line): outside the scroll area
    if isinstance(top, QBoxLayout) and top.direction() == QBoxLayout.TopToBottom:
        while top.count() and (_holds_buttons(top.itemAt(top.count() - 1))
                               or (kept and _is_error_line(top.itemAt(top.count() - 1)))):
            kept.insert(0, top.takeAt(top.count() - 1))
    margins = top.contentsMargins()
    body = QWidget()
    body.setObjectName("fitBody")
    body.setLayout(top)  # takes the layout and its widgets from ``widget`` (Qt's QWidget::setLayout)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(margins)
    area = _scroll_area(body)
    outer.addWidget(area, 1)
    if widget.isVisible():  # on Show the children are already shown: a new one must be shown too
        area.show()
    for item in kept:
        if item.widget() is not None:
            outer.addWidget(item.widget())
        elif item.layout() is not None:
            outer.addLayout(item.layout())
    widget.setProperty(_SCROLLED, True)
    return True


def fit_to_screen(widget: QWidget, available=None, position: bool = True) -> None:
    """Clamp the top-level ``widget`` (size, then position) to ``available`` (by default its
    screen's available geometry), scrolling its content when that cannot shrink enough. On Show
    the position waits (``position=False``): a dialog places itself over its parent after that."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QMessageBox

    if available is None:
        screen = widget.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
    frame_w = max(0, widget.frameGeometry().width() - widget.width())
    frame_h = max(0, widget.frameGeometry().height() - widget.height())
    max_w, max_h = available.width() - frame_w, available.height() - frame_h
    if max_w <= 0 or max_h <= 0:
        return
    if not isinstance(widget, QMessageBox):
        need = widget.minimumSizeHint()
        if need.height() > max_h or need.width() > max_w or (
                isinstance(widget, QDialog) and widget.sizeHint().height() > max_h):
            scroll_body(widget)
    if widget.minimumWidth() > max_w:
        widget.setMinimumWidth(max_w)
    if widget.minimumHeight() > max_h:
        widget.setMinimumHeight(max_h)
    width, height = min(widget.width(), max_w), min(widget.height(), max_h)
    if isinstance(widget, QDialog) and widget.sizeHint().height() > height:
        height = min(max_h, widget.sizeHint().height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    if position:
        keep_inside(widget, available)


def keep_inside(widget: QWidget, available) -> None:
    """Move the window so its frame lies within ``available`` (only when it does not)."""
    frame = widget.frameGeometry()
    x = min(max(frame.x(), available.left()), available.left() + available.width() - frame.width())
    y = min(max(frame.y(), available.top()), available.top() + available.height() - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, available.left()), max(y, available.top()))


class _ScreenFit(QObject):
    """Also: a dialog given back, the window it came from is active again. The dialogs are children
    of the main window, so closing one opened from a case window brought the main window in front
    of the case window (issue 16)."""

    def __init__(self) -> None:
        super().__init__()
        self._came_from: dict[int, QWidget] = {}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Show, QEvent.Hide):
            return False
        if not isinstance(obj, QWidget) or not obj.isWindow() or (
                obj.windowType() in (Qt.Popup, Qt.ToolTip, Qt.SplashScreen, Qt.Drawer)
                or obj.inherits("QMenu") or obj.inherits("QComboBoxPrivateContainer")):
            return False
        from PySide6.QtWidgets import QApplication, QDialog

        if kind == QEvent.Hide:
            origin = self._came_from.pop(id(obj), None)
            if origin is not None:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda w=origin: _activate(w))
            return False
        if isinstance(obj, QDialog):
            active = QApplication.activeWindow()
            if active is not None and active is not obj:
                self._came_from[id(obj)] = active
        for combo in obj.findChildren(QComboBox):  # a longer translation is never cut ("Open and ene…")
            if combo.sizeAdjustPolicy() == QComboBox.AdjustToContentsOnFirstShow:
                combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        fit_to_screen(obj, position=False)
        # a dialog centres itself over its parent after this (QDialog::showEvent): check again then
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda w=obj: _recheck(w))
        return False


def _activate(widget: QWidget) -> None:
    try:
        if widget.isVisible():
            widget.raise_()
            widget.activateWindow()
    except RuntimeError:  # deleted meanwhile
        pass


def _recheck(widget: QWidget) -> None:
    try:
        if widget.isVisible():
            screen = widget.screen()
            if screen is not None:
                keep_inside(widget, screen.availableGeometry())
    except RuntimeError:  # deleted meanwhile
        pass


_screen_fit = _ScreenFit()


def install_screen_fit(app) -> None:
    """Once per application: every top-level window shown from now on fits its screen."""
    if not app.property("zaosongScreenFit"):
        app.setProperty("zaosongScreenFit", True)
        app.installEventFilter(_screen_fit)
