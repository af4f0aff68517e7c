"""Files and folders only their owner can read (0600 / 0700 on POSIX; on Windows the per-user
profile folders are private by their ACL already). Below the store, the data-at-rest code and the
key store, which all make private files."""
from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

POSIX = os.name == "posix"
DIR_MODE, FILE_MODE = 0o700, 0o600


def private_dir(path: Path) -> Path:
    """Make (if needed) a folder only its owner can enter."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX:
        set_mode(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """A file only its owner can read (after the fact: for files other code creates)."""
    if POSIX:
        set_mode(Path(path), FILE_MODE)
    return Path(path)


def set_mode(path: Path, mode: int) -> None:
    try:
        if path.is_symlink():  # never follow a link out of our folder
            return
        if (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except PermissionError as exc:  # a file someone else owns: say so, do not stop the workbench
        log.warning("cannot make %s private: %s", path, exc)


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 if it is not there, so that what is written into it next (a backup,
    a log) is private from its first byte. Never for the database itself: a 0-byte database is a
    damaged one."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)
