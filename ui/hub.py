"""The change hub: one signal that carries what a write changed to every page and window.

Every write operation (``ui/ops/runner.py`` ``Ops.write``) emits ``changes_applied`` once, with
the ``Changes`` the services returned; each subscriber refreshes only what it names (Anki's
``operation_did_execute`` with ``OpChanges``). Nobody reloads because something somewhere changed.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.changes import Changes


class ChangeHub(QObject):
    changes_applied = Signal(object)  # Changes

    def apply(self, changes: Changes) -> None:
        self.changes_applied.emit(changes)
