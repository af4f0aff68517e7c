"""Where an import spends its time, through the logger ``app.sync.timing`` at DEBUG.

Silent unless asked: an application that configures logging sets that logger's level; for a run
from the shell, ``ZAOSONG_SYNC_TIMING=1`` sets it to DEBUG and, when nothing else shows its records,
prints them to stderr as "[sync] <step>: <seconds> s".
"""
from __future__ import annotations

import logging
import os
import sys
import time

log = logging.getLogger("app.sync.timing")
if os.environ.get("ZAOSONG_SYNC_TIMING"):
    log.setLevel(logging.DEBUG)
    if not log.hasHandlers():
        _handler = logging.StreamHandler(sys.stderr)
        _handler.setFormatter(logging.Formatter("[sync] %(message)s"))
        log.addHandler(_handler)

# one import runs at a time per process (on the database worker), so one start mark suffices
_since = [0.0]


def start() -> None:
    """Mark the start of an import: the next ``tick`` measures from here."""
    _since[0] = time.perf_counter()


def tick(what: str) -> None:
    """Log the time since the last mark as step ``what`` (when DEBUG is on for the logger)."""
    if log.isEnabledFor(logging.DEBUG):
        now = time.perf_counter()
        log.debug("%s: %.2f s", what, now - _since[0])
        _since[0] = now
