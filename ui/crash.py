"""The crash handler: an unexpected exception is logged (rotating log in the user's log folder) and
shown in a dialog that says where the log is. What the user entered is already committed: every
write is its own transaction, so nothing is waiting in memory to be saved."""
from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path

log = logging.getLogger("zaosong")


def log_dir() -> Path:
    override = os.environ.get("ZAOSONG_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("Zaosong", appauthor=False))


def setup_logging() -> Path:
    from app import at_rest

    folder = at_rest.private_dir(log_dir())  # the log names customers and files: the user's only
    path = folder / "zaosong.log"
    at_rest.create_private_file(path)
    for old in folder.glob("zaosong.log*"):  # rotated logs from before
        at_rest.private_file(old)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def install(show_dialog=True) -> Path:
    path = setup_logging()

    def handle(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        sys.stderr.write(text)
        if show_dialog:
            _dialog(exc, path)

    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)
    return path


def _dialog(exc: BaseException, path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.widgets import plain_box

    if QApplication.instance() is None:
        return
    title = QCoreApplication.translate("Crash", "Zaosong hit an unexpected error")
    text = QCoreApplication.translate(
        "Crash", "Something went wrong: %1\n\nEverything you entered before this is saved. "
                 "The details are in the log file:\n%2")
    box = QMessageBox(QMessageBox.Critical, title, text.replace("%1", str(exc)[:300]).replace("%2", str(path)))
    plain_box(box).setObjectName("crashDialog")
    box.open()
