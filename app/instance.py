"""One copy of the workbench per database: a second one is refused with a clear message.

The lock is an OS file lock on ``<database>.lock`` (fcntl on Linux and macOS, msvcrt on Windows),
released by the OS when the process dies, so a crash never leaves a stale lock behind.
"""
from __future__ import annotations

import os
from pathlib import Path

from app.db_health import translate
from app.errors import Refused


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._fh = None

    def acquire(self) -> InstanceLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+b")
        except OSError as exc:
            raise translate(exc, self.path) or exc from None
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise Refused("already_running", path=str(self.path.with_suffix(""))) from None
        try:  # the pid is for people looking at the file; the lock is the flock, so a full disk is no reason to fail
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()).encode())
            fh.flush()
        except OSError:
            pass
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
