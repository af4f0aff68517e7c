"""Importing a package: check the whole of it before touching the database (``container``: the
zip, manifest, signature and seal; ``staging``: every line), then apply it in one transaction
(``apply``). A preview (dry run) can be kept for the apply that follows (``PreviewCache``); a
package whose predecessor has not arrived waits in ``sync/waiting/`` and is tried again after
every import.
"""


from __future__ import annotations

import datetime as dt
import hashlib
import lzma
import os
import shutil
import struct
import tempfile
import zipfile
import zlib
from pathlib import Path

from sqlalchemy import select

from app.errors import Refused
from app.models import CaseEvent, Meta
from app.services.changes import Changes
from app.store import Store, canonical_json
from app.sync import timing
from app.sync.apply import apply_package
from app.sync.container import (
    MemberStream,
    check_heads,
    check_manifest,
    check_members,
    check_sender,
    check_zip,
    extract,
    member_matches,
    read_member,
    sha256_of_file,
    unseal,
)
from app.sync.format import (
    MAX_MANIFEST_BYTES,
    MAX_PACKAGE_BYTES,
    MEMBERS_PLAIN,
    MEMBERS_SEALED,
    Checked,
    bad_package,
    columns_to_fill,
)
from app.sync.rows import strict_loads
from app.sync.staging import CHUNK_BYTES, Stager, check_records


def check_package(store: Store, path: Path, passphrase: str | None, staging: Path, progress=None) -> Checked:
    """Everything short of applying. Raises Refused; writes only inside ``staging``."""
    path = Path(path)
    try:
        if path.is_symlink() or not path.is_file():
            raise bad_package("sync_p_not_regular")
        size = path.stat().st_size
    except OSError as exc:
        raise bad_package("sync_p_unreadable", error=exc.strerror) from None
    if size > MAX_PACKAGE_BYTES or size < 22:
        raise bad_package("sync_p_size")

    timing.start()
    file_sha = sha256_of_file(path)
    timing.tick("file hash")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise bad_package("sync_p_not_a_package", error=exc) from None
    with zf:
        try:
            names = {i.filename for i in zf.infolist()}
            sealed = "payload.bin" in names
            infos = check_zip(zf, MEMBERS_SEALED if sealed else MEMBERS_PLAIN, "package")
            if "manifest.json" not in infos:
                raise bad_package("sync_p_manifest_missing")
            raw_manifest = read_member(zf, infos["manifest.json"], MAX_MANIFEST_BYTES)
            try:
                manifest = strict_loads(raw_manifest.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                raise bad_package(f"manifest.json: {str(exc)[:120]}") from None
            check_manifest(manifest)
            body = dict(manifest)
            signature = body.pop("signature")
            body_bytes = canonical_json(body).encode("utf-8")
            known = check_sender(store, manifest, body_bytes, signature)
            staging.mkdir(parents=True, exist_ok=True)
            check_members(zf, infos, manifest["members"])
            extra = set(infos) - set(manifest["members"]) - {"manifest.json"}
            if extra:
                raise bad_package("sync_p_unlisted_members", names=sorted(extra)[:3])
            staging.mkdir(parents=True, exist_ok=True)
            if sealed:
                inner_path = staging / "payload.zip"
                try:
                    unseal(zf, infos["payload.bin"], manifest["encryption"], passphrase, inner_path)
                    try:
                        inner = zipfile.ZipFile(inner_path)
                    except zipfile.BadZipFile:
                        raise bad_package("sync_p_sealed_not_zip") from None
                    with inner:
                        inner_infos = check_zip(inner, MEMBERS_PLAIN - {"manifest.json"}, "payload")
                        check_members(inner, inner_infos, manifest.get("inner_members") or {})
                        if set(inner_infos) != set(manifest.get("inner_members") or {}):
                            raise bad_package("sync_p_unlisted")
                        attachments = extract(inner, inner_infos, staging)
                        staged = _stage_records(store, inner, inner_infos["records.jsonl"],
                                                manifest["inner_members"]["records.jsonl"], manifest, attachments,
                                                staging, progress)
                finally:
                    inner_path.unlink(missing_ok=True)  # the decrypted zip: not needed past this point
            else:
                # an unencrypted package needs no passphrase: one given is not used
                attachments = extract(zf, infos, staging)
                staged = _stage_records(store, zf, infos["records.jsonl"], manifest["members"]["records.jsonl"],
                                        manifest, attachments, staging, progress)
        except zipfile.BadZipFile as exc:
            raise bad_package("sync_p_corrupt_zip", error=exc) from None
        except (OSError, EOFError, NotImplementedError, ValueError, struct.error, zlib.error, lzma.LZMAError) as exc:
            # a damaged compressed stream fails in the decompressor itself (zlib.error, LZMAError)
            raise bad_package("sync_p_unreadable_zip", error=str(exc)[:120]) from None
    stager, counts = staged
    heads = check_heads(store, manifest, stager.chain_tops, stager.devices)
    return Checked(manifest, stager.path, attachments, file_sha, hashlib.sha256(body_bytes).hexdigest(), staging,
                   known, counts, stager.devices, stager.chain_starts, stager.chain_spans, stager.chain_tops, heads,
                   stager.vv_top(), sealed)


def _stage_records(store: Store, zf: zipfile.ZipFile, info: zipfile.ZipInfo, meta: dict, manifest: dict,
                   attachments: dict, staging: Path, progress):
    """records.jsonl, checked line by line into the staging file as a thread decompresses and hashes
    it (zlib and hashlib let go of the interpreter, so that runs on another core). A member whose
    hash is wrong is reported as that, even when its damage also broke a line."""
    timing.tick("other members")
    stream = MemberStream(zf, info, CHUNK_BYTES)
    stager = Stager(staging / "stage.db")
    own_events: list[str] = []
    try:
        try:
            counts = check_records(stream, stager, attachments, store.device_id, own_events,
                                        fill=columns_to_fill(manifest["schema"]), progress=progress)
        except Refused:
            member_matches("records.jsonl", *stream.result(), meta)  # damage first, then what it broke
            raise
        member_matches("records.jsonl", *stream.result(), meta)
        timing.tick("check lines")
        stager.close()
        timing.tick("stage indexes and chains")
    except BaseException:
        stream.stop()
        stager.abandon()
        raise
    _check_own_events(store, own_events)
    return stager, counts


def _check_own_events(store: Store, ids: list[str]) -> None:
    """Events in this device's own name must be events it already holds. Any other is history it
    never wrote (forged, or lost to a restored backup): appended, it would also take the sequence
    numbers this device's next own events need, and every later change here would fail."""
    if not ids:
        return
    table = CaseEvent.__table__
    have: set[str] = set()
    with store.reader() as s:
        for i in range(0, len(ids), 500):
            have.update(s.scalars(select(table.c.id).where(table.c.id.in_(ids[i:i + 500]))))
    if any(i not in have for i in ids):
        raise bad_package("sync_p_foreign_own_events")


def import_package(store: Store, path: Path, passphrase: str | None = None, dry_run: bool = False,
                   progress=None, previews: PreviewCache | None = None, _retry: bool = True) -> dict:
    """Validate the whole package, then apply it in one transaction. Returns the summary.
    ``previews`` (for the GUI's preview-then-apply): a dry run keeps what it checked there, and an
    import of the same file that follows takes it instead of checking again. A package refused
    because one before it is missing waits in ``sync/waiting/``; after every import the waiting ones
    are tried again."""
    path = Path(path)
    try:
        summary = _import_package(store, path, passphrase, dry_run, progress, previews)
    except Refused as exc:
        if exc.code == "sync_chain_gap" and not dry_run:
            _keep_waiting(store, path)
        raise
    if not dry_run and _retry and not summary.get("already_imported"):
        summary["waiting_imported"] = _retry_waiting(store, passphrase)
    summary["changes"] = _changes_of(summary)
    return summary


_CASE_TABLES = frozenset({"case", "stage_round", "pause", "case_event", "survey", "attachment", "inspection",
                          "inspection_result", "rectification_item", "notice", "setting_sheet", "design_review",
                          "review_opinion", "policy_risk", "meeting_case", "case_fee",
                          "metering_config"})  # metering: issue 19
_MEETING_TABLES = frozenset({"review_meeting", "meeting_case"})


def _changes_of(summary: dict) -> Changes:
    """What an import changed, for screens: the package names tables, not rows, so any case (or
    meeting) may have changed when a table of them took rows; nothing on a preview."""
    if summary.get("dry_run") or summary.get("already_imported"):
        return Changes()
    tables = set(summary.get("inserted", {})) | set(summary.get("updated", {}))
    if any(not w.get("refused") for w in summary.get("waiting_imported", [])):
        tables |= _CASE_TABLES | _MEETING_TABLES  # a waiting package went in after it: anything
    config = [ch for ch in summary.get("config_changes", []) if ch.get("applied")]
    return Changes(all_cases=bool(tables & _CASE_TABLES), all_meetings=bool(tables & _MEETING_TABLES),
                   calendar=bool(tables & {"calendar_day", "calendar_year"})
                   or any(ch["table"].startswith("calendar") for ch in config),
                   config=any(ch["table"] == "config_doc" for ch in config))


MAX_WAITING = 50


def _waiting_dir(store: Store) -> Path:
    return store.path.parent / "sync" / "waiting"


def _keep_waiting(store: Store, path: Path) -> None:
    """A copy of a package whose predecessor has not arrived (at most MAX_WAITING, oldest dropped)."""
    folder = _waiting_dir(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{sha256_of_file(path)}.zsync"
        if not dest.exists():
            tmp = dest.with_suffix(".part")
            shutil.copyfile(path, tmp)
            os.replace(tmp, dest)
        kept = sorted(folder.glob("*.zsync"), key=lambda p: p.stat().st_mtime)
        for old in kept[:-MAX_WAITING]:
            old.unlink()
    except OSError:
        pass  # keeping a copy is a convenience: the refusal says what is missing either way


def waiting_packages(store: Store) -> list[str]:
    """The packages waiting in sync/waiting/ for one that has not arrived yet."""
    folder = _waiting_dir(store)
    return sorted(str(p) for p in folder.glob("*.zsync")) if folder.is_dir() else []


def _retry_waiting(store: Store, passphrase: str | None) -> list[dict]:
    """Import what waits for a package that may just have arrived, until nothing more goes in."""
    done: list[dict] = []
    progress_made = True
    while progress_made:
        progress_made = False
        for f in waiting_packages(store):
            f = Path(f)
            try:
                summary = import_package(store, f, passphrase=passphrase, _retry=False)
            except Refused as exc:
                if exc.code in ("sync_chain_gap", "sync_passphrase_needed", "sync_wrong_passphrase"):
                    continue  # still waiting (or for its passphrase: imported by hand)
                summary = {"refused": str(exc)}
            done.append({"seq": summary.get("seq"), "device": summary.get("device"),
                         "inserted": summary.get("inserted", {}), "refused": summary.get("refused")})
            f.unlink(missing_ok=True)
            progress_made = progress_made or "refused" not in summary
    return done


def _import_package(store: Store, path: Path, passphrase: str | None, dry_run: bool, progress,
                    previews: PreviewCache | None) -> dict:
    checked = previews.take(store, path, passphrase) if previews is not None and not dry_run else None
    if checked is None and previews is not None:
        previews.forget(store)
    try:
        if checked is None:
            staging = Path(tempfile.mkdtemp(prefix="staging-", dir=_staging_root(store)))
            try:
                checked = check_package(store, path, passphrase, staging, progress)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        summary = apply_package(store, checked, dry_run, progress)
    except BaseException:
        if checked is not None:
            shutil.rmtree(checked.staging, ignore_errors=True)
        raise
    # a sealed package's rows are decrypted content: never kept on disk once its import ends
    if dry_run and previews is not None and not summary.get("already_imported") and not checked.sealed:
        previews.keep(store, path, passphrase, checked)
    else:
        shutil.rmtree(checked.staging, ignore_errors=True)
    return summary


class PreviewCache:
    """What a preview (dry run) checked, kept so that applying the same file right after does not
    check it again (for a large package, half the time). Reused only while nothing has changed: the
    same file (size, time, content hash), passphrase and database (no change number drawn since).

    Owned by whoever runs preview-then-apply (the GUI's sync page keeps one and hands it to both
    imports); an import given none keeps nothing. One package per database file; a staging folder
    left behind by a cache never asked again is cleared with the others (``_staging_root``)."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple] = {}  # database path -> (file, passphrase hash, lseq, Checked)

    @staticmethod
    def _key(store: Store, path: Path, passphrase: str | None) -> tuple:
        """The file (path, size, time), the passphrase (hashed) and the database's last change number."""
        st = path.stat()
        return ((str(path.resolve()), st.st_size, st.st_mtime_ns),
                hashlib.sha256((passphrase or "").encode()).hexdigest(), _last_change(store))

    def keep(self, store: Store, path: Path, passphrase: str | None, checked: Checked) -> None:
        """Keep ``checked`` (the preview of ``path``) for the next import into ``store``."""
        self.forget(store)
        self._kept[str(store.path)] = (*self._key(store, path, passphrase), checked)

    def take(self, store: Store, path: Path, passphrase: str | None) -> Checked | None:
        """The kept preview of this very file, unchanged, for this database as it is; else None."""
        kept = self._kept.get(str(store.path))
        if kept is None:
            return None
        try:
            same = kept[:3] == self._key(store, path, passphrase) and sha256_of_file(path) == kept[3].file_sha256
        except OSError:
            same = False
        if not same:
            return None
        del self._kept[str(store.path)]
        return kept[3]

    def forget(self, store: Store) -> None:
        """Drop what is kept for ``store`` and its staging folder."""
        kept = self._kept.pop(str(store.path), None)
        if kept is not None:
            shutil.rmtree(kept[3].staging, ignore_errors=True)


def _last_change(store: Store) -> int:
    """The database's last change number: a server's other clients draw them too, so it is read
    from the database, not from this client's count."""
    if not store.is_server:
        return store.lseq
    with store.reader() as s:
        row = s.get(Meta, "lseq")
    return int(row.value) if row is not None else store.lseq


def _staging_root(store: Store) -> Path:
    """sync/staging/, cleared of what an import killed an hour or more ago left behind (a staging
    folder holds a copy of a package's rows: gigabytes for a large one)."""
    root = store.path.parent / "sync" / "staging"
    root.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now().timestamp()
    for old in root.glob("staging-*"):
        try:
            if old.is_dir() and not old.is_symlink() and now - old.stat().st_mtime > 3600:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return root
