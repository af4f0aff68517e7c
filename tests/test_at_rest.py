"""Data at rest (issue 13 §4): the signing key outside the database and its backups, a restored
copy on another machine becoming its own device, private files and folders."""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from app import db, secrets_store
from app import device_keys as keys
from app.errors import Refused
from app.models import Device
from app.services import cases as svc
from app.store import Store, _public_of
from app.sync.export import export_package
from app.sync.importer import import_package
from app.sync.peers import trust_device
from tests.conftest import ROOT, run_cli
from tests.helpers import raw_connect

FIXTURES = ROOT / "tests" / "fixtures"
D = dt.date


def _meta(path: Path, key: str | None = None) -> dict[str, str]:
    """``key``: the SQLCipher key literal, when this process's key store does not hold it."""
    con = raw_connect(path, key=key) if key else raw_connect(path)
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    finally:
        con.close()


def _holds(path: Path, private_b64: str) -> bool:
    """Whether a file holds the key in any form: its base64 text or its raw 32 bytes."""
    data = path.read_bytes()
    return private_b64.encode() in data or base64.b64decode(private_b64) in data


def _files_of(db_path: Path) -> list[Path]:
    return [p for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")) if p.exists()]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _manifest(package: Path) -> dict:
    with zipfile.ZipFile(package) as zf:
        return json.loads(zf.read("manifest.json"))


# --- the signing key leaves the database ----------------------------------------------------------

def test_a_new_database_keeps_no_private_key_and_signs_with_the_stored_one(tmp_path):
    path = tmp_path / "data" / "zaosong.db"
    st = Store.open(path, user="张伟")
    try:
        private = st.signing_key()
        with st.reader() as s:
            public = s.get(Device, st.device_id).public_key
        assert keys.verify(public, b"manifest", keys.sign(private, b"manifest"))
        assert "device_key" not in _meta(path)
        backup = db.sqlite_backup(path, tmp_path / "data" / "backups" / "b.db")
    finally:
        st.dispose()
    for f in _files_of(path) + [backup]:
        assert not _holds(f, private), f
    # the fallback file: outside the data folder, the user's only
    key_file = Path(os.environ["ZAOSONG_KEY_DIR"]) / f"{secrets_store.device_key_name(st.device_id)}.key"
    assert key_file.read_text() == private
    assert tmp_path not in key_file.parents
    assert secrets_store.where(secrets_store.device_key_name(st.device_id)) == "file"
    if os.name == "posix":
        assert _mode(key_file) == 0o600 and _mode(key_file.parent) == 0o700
    # and reopening finds it again: same device, same key
    again = Store.open(path)
    try:
        assert (again.device_id, again.signing_key()) == (st.device_id, private)
    finally:
        again.dispose()


def test_upgrade_moves_the_key_out_of_the_file_and_its_backups(tmp_path):
    path = tmp_path / "zaosong.db"
    shutil.copy(FIXTURES / "schema_0008_config_docs.db", path)
    before = _meta(path)
    private, device_id = before["device_key"], before["device_id"]
    assert _holds(path, private)
    old_backup = tmp_path / "backups" / "auto-20261120-080000.db"
    db.sqlite_backup(path, old_backup)

    st = Store.open(path)
    try:
        assert st.device_id == device_id  # same machine, same device: the key was moved, not lost
        assert st.signing_key() == private
        assert secrets_store.get(secrets_store.device_key_name(device_id)) == private
        new_backup = db.sqlite_backup(path, tmp_path / "backups" / "after.db")
    finally:
        st.dispose()
    assert "device_key" not in _meta(path)
    backups = sorted((tmp_path / "backups").glob("*.db"))
    assert any(b.name.startswith("pre-upgrade-0008") for b in backups)
    for f in _files_of(path) + backups:
        assert not _holds(f, private), f
    # the scrubbed backups are still whole databases with their data
    for b in backups:
        con = raw_connect(b)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT count(*) FROM \"case\"").fetchone()[0] == \
                raw_connect(path).execute("SELECT count(*) FROM \"case\"").fetchone()[0]
        finally:
            con.close()
    assert new_backup in backups


def test_an_old_backup_restored_on_the_same_machine_keeps_its_identity(tmp_path):
    """An old backup's key is stored before it is wiped from the backup: restoring the backup
    here later is the same device, not a new one."""
    path = tmp_path / "zaosong.db"
    shutil.copy(FIXTURES / "schema_0007_meeting_minutes.db", path)
    device_id, private = _meta(path)["device_id"], _meta(path)["device_key"]
    Store.open(path).dispose()
    backup = next((tmp_path / "backups").glob("pre-upgrade-0007*.db"))
    assert not _holds(backup, private)
    restored = tmp_path / "restored" / "zaosong.db"
    restored.parent.mkdir()
    shutil.copy(backup, restored)
    st = Store.open(restored)
    try:
        assert st.device_id == device_id and st.signing_key() == private
    finally:
        st.dispose()


def test_upgrade_is_refused_and_changes_nothing_when_the_key_cannot_be_stored(tmp_path, monkeypatch):
    path = tmp_path / "zaosong.db"
    shutil.copy(FIXTURES / "schema_0008_config_docs.db", path)
    before = _meta(path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(blocker / "keys"))
    with pytest.raises(Refused) as exc:
        Store.open(path)
    assert exc.value.code == "secret_store_failed"
    assert db.current_revision(path) == "0008_config_docs"
    assert _meta(path)["device_key"] == before["device_key"]  # the only copy is still there
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "keys"))
    st = Store.open(path)
    try:
        assert (st.device_id, st.signing_key()) == (before["device_id"], before["device_key"])
    finally:
        st.dispose()


def test_a_first_run_whose_key_cannot_be_stored_is_finished_at_the_next_start(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(blocker / "keys"))
    path = tmp_path / "data" / "zaosong.db"
    with pytest.raises(Refused):
        Store.open(path, user="张伟")
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "keys"))
    st = Store.open(path, user="张伟")
    try:
        assert st.created and st.user == "张伟" and st.signing_key()
    finally:
        st.dispose()


# --- a copy on another machine becomes a device of its own --------------------------------------

def test_a_copy_restored_on_another_machine_becomes_a_new_device_announced_to_peers(tmp_path, monkeypatch):
    a_path, sup_path = tmp_path / "a" / "zaosong.db", tmp_path / "sup" / "zaosong.db"
    a, sup = Store.open(a_path, user="张伟"), Store.open(sup_path, user="主管")
    old_id, old_key = a.device_id, a.signing_key()
    with a.session() as s:
        svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100, applied_on=D(2026, 11, 2))
    first = tmp_path / "a1.zsync"
    export_package(a, first)
    with pytest.raises(Refused):
        import_package(sup, first)
    trust_device(sup, old_id)
    import_package(sup, first)
    a.dispose()
    copy = tmp_path / "b" / "zaosong.db"
    copy.parent.mkdir()
    db.sqlite_backup(a_path, copy)

    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "other-machine-keys"))
    b = Store.open(copy)
    try:
        assert b.device_id != old_id and b.signing_key() != old_key
        assert b.setting("previous_device_id") == old_id
        assert b.setting("case_prefix") != _meta(a_path)["case_prefix"]
        with b.reader() as s:
            old, new = s.get(Device, old_id), s.get(Device, b.device_id)
            assert not old.is_local and old.trusted  # the original laptop's packages are still welcome
            assert new.is_local and new.trusted and new.name == old.name
        with b.session() as s:  # nothing entered before is lost, and new work goes on
            no = svc.create_case(s, customer_name="乙", account_no="3300000002", capacity_kva=100,
                                 applied_on=D(2026, 11, 3)).case_no
        assert no.startswith(b.setting("case_prefix"))
        second = tmp_path / "b1.zsync"
        export_package(b, second)
        m = _manifest(second)
        assert m["device_id"] == b.device_id and m["seq"] == 1 and m["prev_package_sha256"] == ""
        with b.reader() as s:
            assert m["public_key"] == s.get(Device, b.device_id).public_key
        # what the supervisor sees: a new device, refused with its fingerprint until trusted
        with pytest.raises(Refused) as exc:
            import_package(sup, second)
        assert exc.value.code == "sync_untrusted"
        assert keys.fingerprint(m["public_key"]) in str(exc.value)
        trust_device(sup, b.device_id)
        summary = import_package(sup, second)
        assert summary["inserted"]["case"] == 1
        with sup.reader() as s:
            assert s.get(Device, old_id).trusted and s.get(Device, b.device_id).trusted
    finally:
        b.dispose()
        sup.dispose()


def test_the_original_laptop_is_still_itself_and_accepted_by_its_restored_copy(tmp_path, monkeypatch):
    home_keys = os.environ["ZAOSONG_KEY_DIR"]
    a_path = tmp_path / "a" / "zaosong.db"
    a = Store.open(a_path, user="张伟")
    a.dispose()
    copy = tmp_path / "b" / "zaosong.db"
    copy.parent.mkdir()
    db.sqlite_backup(a_path, copy)
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "other-machine-keys"))
    b = Store.open(copy)
    monkeypatch.setenv("ZAOSONG_KEY_DIR", home_keys)
    a = Store.open(a_path)
    try:
        assert a.device_id != b.device_id and a.setting("previous_device_id") == ""
        with a.session() as s:
            svc.create_case(s, customer_name="丙", account_no="3300000003", capacity_kva=100,
                            applied_on=D(2026, 11, 4))
        p = tmp_path / "a2.zsync"
        export_package(a, p)
        assert import_package(b, p)["inserted"]["case"] == 1
    finally:
        a.dispose()
        b.dispose()


def test_two_processes_renewing_the_same_copy_end_as_one_device(tmp_path, monkeypatch):
    """The second one to renew (it read the old identity before the first wrote) takes the first
    one's new identity instead of making a second local device."""
    a_path = tmp_path / "a" / "zaosong.db"
    Store.open(a_path, user="张伟").dispose()
    old_id = _meta(a_path)["device_id"]
    copy = tmp_path / "b" / "zaosong.db"
    copy.parent.mkdir()
    db.sqlite_backup(a_path, copy)
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "other-machine-keys"))
    first = Store.open(copy)
    late = Store.open(copy)
    try:
        late.device_id = old_id  # what it had read before the first one wrote
        key = late._become_new_device()
        assert late.device_id == first.device_id != old_id and key == first.signing_key()
        with late.reader() as s:
            assert [d.id for d in s.query(Device).filter_by(is_local=True)] == [first.device_id]
    finally:
        first.dispose()
        late.dispose()


# --- the OS keyring, through keyring's own backend selection -------------------------------------

def _cli_env(tmp_path: Path, backend: str) -> dict:
    return {"ZAOSONG_KEYRING": "", "PYTHON_KEYRING_BACKEND": backend, "XDG_DATA_HOME": str(tmp_path / "xdg"),
            "ZAOSONG_KEY_DIR": str(tmp_path / "keys")}


def test_the_key_goes_to_the_os_keyring_when_there_is_one(tmp_path):
    """keyrings.alt's file keyring stands in for Credential Locker / Keychain / Secret Service:
    a real backend, chosen by keyring's documented PYTHON_KEYRING_BACKEND, that works offline."""
    dbp = tmp_path / "data" / "zaosong.db"
    env = _cli_env(tmp_path, "keyrings.alt.file.PlaintextKeyring")
    r = run_cli(dbp, "device", "id", env=env)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["key_store"] == "keyring"
    assert not (tmp_path / "keys").exists() or not any((tmp_path / "keys").iterdir())
    stored = (tmp_path / "xdg" / "python_keyring" / "keyring_pass.cfg").read_text()
    # the database key and the recovery key are kept there too (encryption at rest): the device's entry
    import configparser

    cfg = configparser.RawConfigParser()
    cfg.read_string(stored)
    value = next(v for k, v in cfg.items("Zaosong") if k.startswith("device_2dkey"))
    private = base64.b64decode("".join(value.split())).decode()
    assert keys.fingerprint(_public_of(private)) == out["fingerprint"]
    for f in _files_of(dbp):
        assert "device_key" not in f.read_bytes().decode("latin-1")
    again = json.loads(run_cli(dbp, "device", "id", env=env).stdout)
    assert (again["id"], again["fingerprint"]) == (out["id"], out["fingerprint"])


def test_no_working_keyring_means_the_key_file(tmp_path):
    """keyring's "fail" backend is what a headless Linux box without Secret Service gets."""
    dbp = tmp_path / "data" / "zaosong.db"
    r = run_cli(dbp, "device", "id", env=_cli_env(tmp_path, "keyring.backends.fail.Keyring"))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["key_store"] == "file"
    assert (tmp_path / "keys" / f"{secrets_store.device_key_name(out['id'])}.key").exists()


try:  # a keyring that is there but does not answer, like a locked keychain (used by a child process)
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    class LockedKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise KeyringLocked("locked")

        def set_password(self, service, username, password):
            raise KeyringLocked("locked")

        def delete_password(self, service, username):
            raise KeyringLocked("locked")
except ImportError:  # pragma: no cover
    pass


def _alt_keyring_db_key(tmp_path: Path, dbp: Path) -> str:
    """The database's key as keyrings.alt's PlaintextKeyring keeps it (the child's keyring)."""
    import configparser

    from app import keyed

    cfg = configparser.RawConfigParser()
    cfg.read(tmp_path / "xdg" / "python_keyring" / "keyring_pass.cfg")
    salt = keyed.salt_of(dbp)
    value = cfg.get("Zaosong", keyed.key_name(salt).replace("-", "_2d"))
    return keyed.literal(base64.b64decode("".join(value.split())).decode(), salt)


def test_a_keyring_that_does_not_answer_is_refused_not_taken_for_a_lost_key(tmp_path):
    dbp = tmp_path / "data" / "zaosong.db"
    out = json.loads(run_cli(dbp, "device", "id", env=_cli_env(tmp_path, "keyrings.alt.file.PlaintextKeyring")).stdout)
    r = run_cli(dbp, "device", "id", env=_cli_env(tmp_path, "tests.test_at_rest.LockedKeyring"))
    assert r.returncode != 0 and "钥匙串没有应答" in r.stderr + r.stdout
    assert _meta(dbp, _alt_keyring_db_key(tmp_path, dbp))["device_id"] == out["id"]  # same device, nothing renewed
    again = json.loads(run_cli(dbp, "device", "id", env=_cli_env(tmp_path, "keyrings.alt.file.PlaintextKeyring")).stdout)
    assert again["id"] == out["id"] and again["previous_device_id"] is None


# --- the data folder is the user's only (POSIX modes) -------------------------------------------

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows profile folders are private by ACL")


def _old_style_folder(folder: Path) -> dict[str, Path]:
    """A data folder as older versions left it: 0755 folders, 0644 files."""
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    files = {"db": folder / "zaosong.db", "backup": folder / "backups" / "auto-20261120-080000.db",
             "photo": folder / "attachments" / "ab" / ("ab" + "0" * 62),
             "pdf": folder / "documents" / "YKHQT2600001" / "整改通知书.pdf",
             "pending": folder / "sync" / "pending_devices.json", "lock": folder / "zaosong.db.lock"}
    shutil.copy(FIXTURES / "schema_0008_config_docs.db", files["db"])
    for name, p in files.items():
        if name != "db":
            p.parent.mkdir(parents=True, exist_ok=True)
            if name == "backup":
                shutil.copy(files["db"], p)
            else:
                p.write_bytes(b"x")
    for root, dirs, names in os.walk(folder):
        for d in dirs:
            os.chmod(Path(root) / d, 0o755)
        for n in names:
            os.chmod(Path(root) / n, 0o644)
    return files


def _all_modes(folder: Path) -> dict[str, int]:
    out = {".": _mode(folder)}
    for p in folder.rglob("*"):
        out[str(p.relative_to(folder))] = _mode(p)
    return out


@posix_only
def test_the_data_folder_and_every_file_in_it_become_private_at_start(tmp_path, monkeypatch):
    folder = tmp_path / "Zaosong"
    files = _old_style_folder(folder)
    monkeypatch.setenv("ZAOSONG_HOME", str(folder))
    st = Store.open(files["db"])
    try:
        with st.session() as s:
            svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100, applied_on=D(2026, 11, 2))
        modes = _all_modes(folder)  # the -wal and -shm SQLite made while open included
    finally:
        st.dispose()
    assert "zaosong.db-wal" in modes and "zaosong.db-shm" in modes
    wrong = {name: oct(m) for name, m in modes.items()
             if m != (0o700 if (folder / name).is_dir() else 0o600)}
    assert wrong == {}


@posix_only
def test_a_folder_chosen_with_db_keeps_its_own_modes(tmp_path):
    """--db into the user's own folder: the database and Zaosong's folders become private, the
    folder and the user's other files are left as they were."""
    folder = tmp_path / "shared"
    files = _old_style_folder(folder)
    other = folder / "notes.txt"
    other.write_text("mine")
    os.chmod(other, 0o644)
    Store.open(files["db"]).dispose()
    assert _mode(folder) == 0o755 and _mode(other) == 0o644
    for name in ("db", "backup", "photo", "pdf", "pending", "lock"):
        assert _mode(files[name]) == 0o600, name
    for sub in ("backups", "attachments", "attachments/ab", "documents", "documents/YKHQT2600001", "sync"):
        assert _mode(folder / sub) == 0o700, sub


@posix_only
def test_new_databases_and_backups_are_private_whatever_the_umask(tmp_path, monkeypatch):
    old = os.umask(0o022)
    try:
        monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "Zaosong"))
        path = tmp_path / "Zaosong" / "zaosong.db"
        st = Store.open(path, user="张伟")
        try:
            backup = db.sqlite_backup(path, tmp_path / "Zaosong" / "backups" / "b.db")
        finally:
            st.dispose()
        assert _mode(path.parent) == 0o700 and _mode(path) == 0o600 and _mode(backup) == 0o600
    finally:
        os.umask(old)


@posix_only
def test_what_the_cli_writes_is_private(tmp_path):
    """Packages, PDFs and backups the CLI writes: 0600, in folders only the user can enter."""
    dbp = tmp_path / "data" / "zaosong.db"
    assert run_cli(dbp, "device", "id").returncode == 0
    out = tmp_path / "data" / "sync" / "outbox" / "p.zsync"
    r = run_cli(dbp, "sync", "export", "--out", str(out))
    assert r.returncode == 0, r.stderr
    r = run_cli(dbp, "backup")
    assert r.returncode == 0, r.stderr
    modes = _all_modes(tmp_path / "data")
    wrong = {n: oct(m) for n, m in modes.items() if m != (0o700 if (tmp_path / "data" / n).is_dir() else 0o600)}
    assert wrong == {} and "sync/outbox/p.zsync" in modes


@posix_only
def test_the_log_is_private(tmp_path):
    import subprocess
    import sys

    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    (logs / "zaosong.log.1").write_text("old")
    os.chmod(logs, 0o755)
    os.chmod(logs / "zaosong.log.1", 0o644)
    r = subprocess.run([sys.executable, "-c", "from ui.crash import setup_logging, log; setup_logging(); log.info('x')"],
                       cwd=ROOT, env={**os.environ, "ZAOSONG_LOG_DIR": str(logs)}, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    assert _mode(logs) == 0o700
    assert {p.name: _mode(p) for p in logs.iterdir()} == {"zaosong.log": 0o600, "zaosong.log.1": 0o600}


def test_the_key_folder_is_never_inside_the_data_folder(monkeypatch, tmp_path):
    """Where config and data are one folder (macOS; or a portable ZAOSONG_HOME set to the config
    folder), the key folder moves beside it, not into it."""
    from platformdirs import user_config_dir

    from app.paths import user_data_dir, user_key_dir

    monkeypatch.delenv("ZAOSONG_KEY_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("ZAOSONG_HOME", user_config_dir("Zaosong", appauthor=False, roaming=True))
    data = user_data_dir().resolve()
    assert data != user_key_dir().resolve() and data not in user_key_dir().resolve().parents
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "data"))
    assert user_key_dir() == tmp_path / "cfg" / "Zaosong" / "keys"
