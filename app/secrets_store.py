"""Secrets kept outside the database: each device's private signing key.

Where: the operating system's keyring (``keyring``: Windows Credential Locker, macOS Keychain,
Secret Service) when it works; otherwise one file per secret, readable by the user only (0600 in
a 0700 folder), in the user's config folder. Never beside the database: a copy of the data folder
or of a backup then carries no secret.

``ZAOSONG_KEYRING=file`` skips the OS keyring (CI, tests, portable installs with no keyring);
``ZAOSONG_KEY_DIR`` moves the fallback folder.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from app import paths
from app.errors import Refused
from app.private_files import private_dir, private_file

SERVICE = "Zaosong"
ENV_BACKEND = "ZAOSONG_KEYRING"
ENV_KEY_DIR = "ZAOSONG_KEY_DIR"  # read in app.paths.user_key_dir
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # also a safe file name

log = logging.getLogger(__name__)


def device_key_name(device_id: str) -> str:
    return f"device-key-{device_id}"


def key_dir() -> Path:
    return paths.user_key_dir()


def _check_name(name: str) -> None:
    if not _NAME_RE.match(name):
        raise ValueError(f"bad secret name {name!r}")


def os_keyring():
    """The OS keyring backend, or None when there is none that works (or it is switched off).

    ``keyring`` picks the backend by priority; the "fail" and "null" ones (priority <= 0) mean
    none is available, e.g. a headless Linux box with no Secret Service."""
    if os.environ.get(ENV_BACKEND, "").strip().lower() in ("file", "off", "no", "0"):
        return None
    try:
        import keyring

        backend = keyring.get_keyring()
        if backend.priority <= 0:
            return None
        if type(backend).__name__ == "WinVaultKeyring":
            # keyring's default (enterprise) roams with a domain profile to other PCs; a device
            # key belongs to this laptop only
            backend.persist = "local machine"
        return backend
    except Exception as exc:  # a broken D-Bus or keychain must not stop the workbench
        if str(exc) not in _warned:  # once per process, not at every look-up
            _warned.add(str(exc))
            log.warning("OS keyring unavailable (%s); using the key file folder", exc)
        return None


_warned: set[str] = set()


def _file(name: str) -> Path:
    return key_dir() / f"{name}.key"


def _read_file(name: str) -> str | None:
    try:
        return _file(name).read_text(encoding="ascii").strip() or None
    except (FileNotFoundError, NotADirectoryError):
        return None


def _write_file(name: str, value: str) -> None:
    folder = key_dir()
    private_dir(folder)
    path = _file(name)
    tmp = path.with_name(path.name + ".part")
    if tmp.exists():
        tmp.unlink()
    # created 0600 from the start: no moment where another user could read it
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(value.encode("ascii"))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    private_file(path)


def get(name: str) -> str | None:
    """The secret, from the keyring first, then the fallback file; None when neither has it.

    A keyring that fails to answer (locked, its daemon gone) is not "no secret": unless the file
    has it, that is refused, so a passing hiccup never makes this laptop a new device."""
    _check_name(name)
    backend = os_keyring()
    failure = None
    if backend is not None:
        try:
            value = backend.get_password(SERVICE, name)
            if value:
                return value
        except Exception as exc:
            log.warning("reading %s from the OS keyring failed: %s", name, exc)
            failure = exc
    value = _read_file(name)
    if value is None and failure is not None:
        raise Refused("secret_store_unavailable", error=str(failure)[:200])
    return value


def put(name: str, value: str) -> str:
    """Store the secret and read it back; returns where it went ("keyring" or "file").
    Refused (nothing stored) when neither place takes it."""
    _check_name(name)
    backend = os_keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, name, value)
            if backend.get_password(SERVICE, name) == value:
                stale = _file(name)
                if stale.exists():  # one copy only: the keyring's
                    stale.unlink()
                return "keyring"
            log.warning("the OS keyring did not keep %s; using the key file folder", name)
        except Exception as exc:
            log.warning("writing %s to the OS keyring failed (%s); using the key file folder", name, exc)
    try:
        _write_file(name, value)
        if _read_file(name) == value:
            return "file"
    except OSError as exc:
        raise Refused("secret_store_failed", place=str(key_dir()), error=str(exc)) from exc
    raise Refused("secret_store_failed", place=str(key_dir()), error="read-back differs")


def delete(name: str) -> bool:
    """Remove the secret from the keyring and the fallback file; True when one was there."""
    _check_name(name)
    found = False
    backend = os_keyring()
    if backend is not None:
        try:
            if backend.get_password(SERVICE, name):
                backend.delete_password(SERVICE, name)
                found = True
        except Exception as exc:
            log.warning("deleting %s from the OS keyring failed: %s", name, exc)
    path = _file(name)
    if path.exists():
        path.unlink()
        found = True
    return found


def where(name: str) -> str | None:
    """"keyring", "file" or None: where ``get`` would find the secret."""
    _check_name(name)
    backend = os_keyring()
    if backend is not None:
        try:
            if backend.get_password(SERVICE, name):
                return "keyring"
        except Exception:
            pass
    return "file" if _read_file(name) is not None else None


def describe() -> str:
    """For ``zaosong device id``: which store is in use."""
    backend = os_keyring()
    if backend is not None:
        return f"keyring:{type(backend).__module__}.{type(backend).__name__}"
    return f"file:{key_dir()}"

