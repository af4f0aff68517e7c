"""One database worker thread: every service call runs here, one at a time, off the GUI thread;
and a render worker beside it, for drawing PDFs from gathered data.

Jobs receive the store and plain arguments and return plain data (dataclasses, dicts, lists).
Results come back to the GUI thread through a signal on a QObject the window owns, so the window
never waits behind a lock and never touches live ORM objects.
"""
from __future__ import annotations

import collections
import itertools
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from app.errors import Refused


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


@dataclass
class Job:
    id: int
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    on_progress: Callable[[int, int], None] | None
    cancel: threading.Event


def _alive(callback) -> bool:
    """False for a method of a widget Qt has deleted meanwhile (a window closed while its read ran):
    its answer has nobody to go to, and calling it would raise."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str, bool)  # id, message, refused (True: the core said no)
    progress = Signal(int, int, int)


class DbWorker(QThread):
    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self.signals = JobSignals()
        self.signals.done.connect(self._deliver_done)
        self.signals.failed.connect(self._deliver_failed)
        self.signals.progress.connect(self._deliver_progress)
        self.busy = 0
        self.log: collections.deque[str] = collections.deque(maxlen=200)  # names of the jobs submitted, newest last

    def submit(self, fn, *args, on_done=None, on_error=None, on_progress=None, cancel=None, **kwargs) -> Job:
        """Queue ``fn``; ``cancel`` (an Event) may be shared with a job on another worker."""
        job = Job(next(self._ids), fn, args, kwargs, on_done, on_error, on_progress, cancel or threading.Event())
        self._jobs[job.id] = job
        self.log.append(fn.__name__)
        self.busy += 1
        self._queue.put(job)
        return job

    def run(self) -> None:  # the worker thread
        while True:
            job = self._queue.get()
            if job is None:
                return
            if job.cancel.is_set():
                self.signals.failed.emit(job.id, "", False)
                continue
            try:
                if job.on_progress is not None:
                    def progress(done, total, _id=job.id, _job=job):
                        if _job.cancel.is_set():
                            raise Cancelled()
                        self.signals.progress.emit(_id, done, total)

                    job.kwargs["progress"] = progress
                result = self._call(job)
            except Cancelled:
                self.signals.failed.emit(job.id, "", False)
            except Refused as exc:
                self.signals.failed.emit(job.id, str(exc), True)
            except Exception as exc:  # shown to the user; the transaction was rolled back
                traceback.print_exc()
                self.signals.failed.emit(job.id, f"{type(exc).__name__}: {exc}", False)
            else:
                self.signals.done.emit(job.id, result)

    def _call(self, job: Job):
        return job.fn(self.store, *job.args, **job.kwargs)

    def stop(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel.set()
        self._queue.put(None)
        self.wait()

    # --- GUI thread -----------------------------------------------------------------------
    def _pop(self, job_id: int) -> Job | None:
        self.busy = max(0, self.busy - 1)
        return self._jobs.pop(job_id, None)

    def _deliver_done(self, job_id: int, result: object) -> None:
        job = self._pop(job_id)
        if job and job.on_done and _alive(job.on_done):
            job.on_done(result)

    def _deliver_failed(self, job_id: int, message: str, refused: bool) -> None:
        job = self._pop(job_id)
        if job and job.on_error and message and _alive(job.on_error):
            job.on_error(message)

    def _deliver_progress(self, job_id: int, done: int, total: int) -> None:
        job = self._jobs.get(job_id)
        if job and job.on_progress:
            job.on_progress(done, total)


class RenderWorker(DbWorker):
    """The second worker: drawing PDFs from data the database worker gathered. It never sees the
    store, so nothing it runs can hold up a read or a write; jobs are ``fn(*args)``."""

    def __init__(self, parent=None) -> None:
        super().__init__(None, parent)

    def _call(self, job: Job):
        return job.fn(*job.args, **job.kwargs)
