"""What a page or panel needs of the main window, passed explicitly instead of the window itself.

A page given the whole window can reach anything in it (other pages, private state); a page given
a ``PanelContext`` has the database worker and its ops, the change hub, the store, the window's
as-of day and the few things a page asks of the window: show an error, open a case, open a
document, say something in the status bar, the new case dialog. Dialogs are parented to ``dialog_parent`` (the main
window) so that they centre and stack as before.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, eq=False)
class PanelContext:
    ops: object  # ui.ops.runner.Ops
    hub: object  # ui.hub.ChangeHub
    worker: object  # ui.worker.DbWorker
    store: object  # app.store.Store
    today: Callable[[], dt.date]  # the window's as-of day, asked each time (set_as_of moves it)
    show_error: Callable[[str], None]
    open_case: Callable[[str], None]
    open_document: Callable[[str], None]
    status: Callable[..., None]  # the status bar's showMessage(text[, ms])
    new_case_dialog: Callable[..., QWidget]  # the new case dialog (from_case=...), wired to the case list
    dialog_parent: QWidget

    @property
    def as_of(self) -> dt.date:
        return self.today()

    @classmethod
    def of(cls, window) -> PanelContext:
        # the window's methods looked up at each call, as ``window.show_error`` was
        return cls(ops=window.ops, hub=window.hub, worker=window.worker, store=window.store,
                   today=lambda: window.as_of, show_error=lambda message: window.show_error(message),
                   open_case=lambda case_no: window.open_case(case_no),
                   open_document=lambda path: window.open_document(path),
                   status=lambda *args: window.statusBar().showMessage(*args),
                   new_case_dialog=lambda **kw: window.new_case_dialog(**kw), dialog_parent=window)
