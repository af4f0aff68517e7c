"""Small widget behaviours shared by the dialogs.

``guard_wheel``: a combo or spin box takes the mouse wheel only once it has focus. Scrolling a
checklist with the wheel passed over a result combo, changed it and saved it (a pass became a fail,
issue 15); now the wheel scrolls the list underneath, and a value changes only by a deliberate
click, key or wheel on a focused field.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QMessageBox, QWidget

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
    box.button(QMessageBox.Yes).setText(yes_text)
    box.button(QMessageBox.No).setText(no_text)
    box.setDefaultButton(QMessageBox.No)
    box.setEscapeButton(QMessageBox.No)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.finished.connect(lambda r: on_yes() if r == QMessageBox.Yes else None)
    box.open()
    return box
