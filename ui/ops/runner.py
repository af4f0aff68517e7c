"""How screens run operations: ``Ops`` is what a dialog or page is given (not the main window).

- ``read``: a read on the database worker, result to ``on_done``;
- ``write``: a write on the database worker; on success ``on_done(result)``, then the change hub
  gets the write's ``Changes`` once, and the pages refresh what it names;
- ``document``: a PDF: its data gathered on the database worker, drawn on the render worker.
"""
from __future__ import annotations

import dataclasses
import threading

from app.services.changes import Changes
from ui.hub import ChangeHub
from ui.ops import documents
from ui.worker import DbWorker, RenderWorker


def changes_in(result) -> Changes:
    """The change set a write operation returned: the ``Changes`` itself, the first item of a tuple
    (``pass_unjudged``), or ``result["changes"]`` of a summary dict (sync import, publish)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[0], Changes):
        return result[0]
    if isinstance(result, dict) and isinstance(result.get("changes"), Changes):
        return result["changes"]
    return Changes()


# the ops modules whose writes change work items (visits, actions, follow-ups, outage and metering plans)
WORK_ITEM_OPS = {"ui.ops.before", "ui.ops.outage", "ui.ops.metering", "ui.ops.after"}


class Ops:
    def __init__(self, worker: DbWorker, renderer: RenderWorker, hub: ChangeHub) -> None:
        self.worker = worker
        self.renderer = renderer
        self.hub = hub

    @property
    def busy(self) -> int:
        return self.worker.busy + self.renderer.busy

    def read(self, fn, *args, on_done=None, on_error=None, on_progress=None, **kwargs):
        return self.worker.submit(fn, *args, on_done=on_done, on_error=on_error, on_progress=on_progress, **kwargs)

    def write(self, fn, *args, on_done=None, on_error=None, on_progress=None, **kwargs):
        def done(result) -> None:
            if on_done is not None:
                on_done(result)
            changes = changes_in(result)
            if getattr(fn, "__module__", "") in WORK_ITEM_OPS:
                changes = dataclasses.replace(changes, work_items=True)
            self.hub.apply(changes)

        return self.worker.submit(fn, *args, on_done=done, on_error=on_error, on_progress=on_progress, **kwargs)

    def document(self, gather, *args, on_done=None, on_error=None, on_progress=None, **kwargs) -> threading.Event:
        """Gather on the database worker, then draw on the render worker; returns the cancel event
        both share (a cancelled batch stops between notices)."""
        cancel = threading.Event()

        def gathered(doc: documents.Document) -> None:
            if cancel.is_set():
                return
            self.renderer.submit(documents.render, doc, on_done=on_done, on_error=on_error,
                                 on_progress=on_progress if doc.batch else None, cancel=cancel)

        self.worker.submit(gather, *args, on_done=gathered, on_error=on_error, cancel=cancel, **kwargs)
        return cancel
