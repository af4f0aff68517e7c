"""What a killed process leaves behind, removed at the next start (CLI and GUI).

A kill (power cut, Task Manager, SIGKILL) leaves half-written files: import staging folders (they hold
a package's rows and, for an encrypted package, its decrypted content), ``*.part`` and
``*.part-journal`` files of backups, restores and attachments, ``.zsync-*.part`` files of exports.

Only what no live process may still be writing is removed. On Linux and macOS every Zaosong process
holds a shared flock on the data folder itself (the folder the leftovers are in: no lock file is
added to it) for its lifetime; the cleaning runs only when an exclusive lock is granted, i.e. when no
other Zaosong process is alive on that folder (the OS drops the locks of a killed process). Windows has no shared file locks in the standard library:
there only leftovers older than an hour are removed (a live import touches its files far more often).
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

WINDOWS_MIN_AGE_S = 3600
_held: dict[str, int] = {}  # data folder -> this process's descriptor holding the shared lock


def remember_export_folder(db_path: Path, folder: Path) -> None:
    """Exports write ``.zsync-*.part`` beside the package, in a folder of the user's choosing: note
    the folder so that a killed export's part files there are found at the next start."""
    record = Path(db_path).parent / "sync" / "export-folders.txt"
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        known = set(record.read_text(encoding="utf-8").splitlines()) if record.exists() else set()
        folder = str(Path(folder).resolve())
        if folder not in known:
            with record.open("a", encoding="utf-8") as f:
                f.write(folder + "\n")
    except OSError:
        pass  # a full disk: the export itself will say so


def _candidates(db_path: Path) -> list[Path]:
    data = Path(db_path).parent
    found: list[Path] = []
    staging = data / "sync" / "staging"
    if staging.is_dir():
        found += [p for p in staging.glob("staging-*") if p.is_dir() and not p.is_symlink()]
    for folder, patterns in (
        (data, ("*.part", "*.part-journal", ".zaosong-space-*.part")),
        (data / "backups", ("*.part", "*.part-journal")),
        (data / "sync", ("*.part",)),
        (data / "attachments", ("*.part", "*/*.part", "thumbs/*.part")),
    ):
        if folder.is_dir():
            for pattern in patterns:
                found += [p for p in folder.glob(pattern) if p.is_file() and not p.is_symlink()]
    record = data / "sync" / "export-folders.txt"
    if record.exists():
        try:
            folders = record.read_text(encoding="utf-8").splitlines()
        except OSError:
            folders = []
        for name in folders:
            folder = Path(name)
            if name and folder.is_dir():
                found += [p for p in folder.glob(".zsync-*.part") if p.is_file() and not p.is_symlink()]
    return sorted(set(found))


def _remove(paths: list[Path], min_age_s: float) -> list[Path]:
    now = time.time()
    removed = []
    for p in paths:
        try:
            if min_age_s and now - p.stat().st_mtime < min_age_s:
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink()
            removed.append(p)
        except OSError:
            pass  # still open elsewhere (Windows) or gone already: the next start tries again
    return removed


def clean_at_start(db_path: Path) -> list[Path]:
    """Remove what killed processes left; keep a shared lock so that no later start removes ours.
    Returns what was removed."""
    db_path = Path(db_path)
    folder = db_path.parent
    if not folder.is_dir():
        return []
    key = str(folder.resolve())
    if key in _held:
        return []
    if os.name == "nt":
        return _remove(_candidates(db_path), WINDOWS_MIN_AGE_S)
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return []
    removed: list[Path] = []
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass  # another Zaosong process is alive on this folder: its files are not leftovers
    else:
        removed = _remove(_candidates(db_path), 0)
    fcntl.flock(fd, fcntl.LOCK_SH)  # held until this process ends (or dies)
    _held[key] = fd
    return removed
