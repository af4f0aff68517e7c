"""Who is who: the devices this database knows, which of them a person has trusted (and marked as
a supervisor), those waiting for trust, the statements of chain heads they signed, the conflicts
left for a person, and the audit check of every device's event chain.
"""


from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm.attributes import flag_modified

from app import device_keys as keys
from app.errors import Refused
from app.models import Device, PendingDevice, SyncConflict, SyncPackage
from app.services.audit import verify_chains
from app.store import Store, canonical_json, utcnow
from app.sync.format import DERIVED, TABLES, UUID_RE
from app.sync.rows import convert, is_public_key


def signed_heads(store: Store) -> dict[str, dict]:
    """{device: its signed chain-head statement} as last received (see ``keys.sign_head``)."""
    try:
        out = json.loads(store.setting("signed_heads", "{}"))
    except ValueError:
        return {}
    return out if isinstance(out, dict) else {}


def _pending_path(store: Store) -> Path:
    """sync/pending_devices.json: where versions before 0024 listed the devices waiting for trust
    (beside the database, so only that computer saw them); moved into the database at first use."""
    return store.path.parent / "sync" / "pending_devices.json"


MAX_PENDING = 20


def _valid_pending(did, name, public_key) -> bool:
    return bool(UUID_RE.match(str(did))) and isinstance(name, str) and isinstance(public_key, str) \
        and is_public_key(public_key)


def _read_pending_file(store: Store) -> dict | None:
    """The old file's devices; None when there is no file or it is not a list of devices at all."""
    pending = _pending_path(store)
    try:
        if not pending.is_file() or pending.stat().st_size > 64 * 1024:
            return None
        seen = json.loads(pending.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(seen, dict):
        return None
    return {k: v for k, v in seen.items() if isinstance(v, dict) and _valid_pending(k, v.get("name"),
                                                                                    v.get("public_key"))}


def _move_pending_file(store: Store) -> None:
    """An old sync/pending_devices.json, read once into the table and removed (a device already in
    the table keeps the newer entry). A file that is no such list is left as it is."""
    seen = _read_pending_file(store)
    if seen is None:
        return
    if seen:
        try:
            with store.session() as s:
                held = set(s.scalars(select(PendingDevice.id).where(PendingDevice.id.in_(list(seen)))))
                base = utcnow()
                for i, (did, info) in enumerate(seen.items()):  # the file's order is the order they came in
                    if did not in held:
                        s.add(PendingDevice(id=did, name=info["name"][:100], public_key=info["public_key"],
                                            seen_at=base - dt.timedelta(seconds=len(seen) - i)))
                s.flush()
                _bound_pending(s)
        except Refused as exc:
            if exc.code == "pg_no_permission":
                return  # a login that may not write: the file stays for one that may
            raise
    try:
        _pending_path(store).unlink()
    except OSError:
        pass  # moved in; a file left behind is read again and changes nothing


def _bound_pending(s) -> None:
    """The newest MAX_PENDING kept: a stream of strangers' packages cannot grow the table."""
    old = list(s.scalars(select(PendingDevice.id).order_by(PendingDevice.seen_at.desc(), PendingDevice.id.desc())
                         .offset(MAX_PENDING)))
    if old:
        s.execute(delete(PendingDevice).where(PendingDevice.id.in_(old)))


def _read_pending(store: Store) -> dict:
    """The devices waiting for trust, oldest first: {id: {"name", "public_key"}}."""
    _move_pending_file(store)
    with store.reader() as s:
        rows = s.scalars(select(PendingDevice).order_by(PendingDevice.seen_at, PendingDevice.id)).all()
    return {r.id: {"name": r.name, "public_key": r.public_key} for r in rows
            if _valid_pending(r.id, r.name, r.public_key)}


def wait_for_trust(store: Store, device_id: str, name: str, public_key: str) -> None:
    """Put a device whose package arrived unknown among those waiting for a person to trust it
    (name and key already checked). Bounded: the newest MAX_PENDING devices are kept. A database
    this login may not write (the reporting role) keeps no list: the refusal says the same."""
    _move_pending_file(store)
    try:
        with store.session() as s:
            row = s.get(PendingDevice, device_id)
            if row is None:
                s.add(PendingDevice(id=device_id, name=name[:100], public_key=public_key, seen_at=utcnow()))
            else:
                row.name, row.public_key, row.seen_at = name[:100], public_key, utcnow()
            s.flush()
            _bound_pending(s)
    except Refused as exc:
        if exc.code != "pg_no_permission":
            raise


def supervisors(store: Store) -> set[str]:
    """Devices a person here has marked as a supervisor: the only ones whose packages may change
    calendars, rule sets and checklist templates (a trust level of its own, above "trusted")."""
    try:
        out = json.loads(store.setting("supervisors", "[]"))
    except ValueError:
        return set()
    return set(out) if isinstance(out, list) else set()


# --- conflicts, devices --------------------------------------------------------------------------------
def list_conflicts(store: Store, include_resolved: bool = False) -> list[dict]:
    """Open conflicts. ``mine`` is the version this device wrote, if it wrote one, else the one the
    row shows now; ``theirs`` is the other."""
    with store.reader() as s:
        q = select(SyncConflict).where(SyncConflict.deleted.is_(False)).order_by(SyncConflict.detected_at)
        if not include_resolved:
            q = q.where(SyncConflict.resolved_at.is_(None))
        out = []
        for cf in s.scalars(q):
            older, newer = json.loads(cf.older), json.loads(cf.newer)
            mine_is_older = older["device_id"] == store.device_id and newer["device_id"] != store.device_id
            mine, theirs = (older, newer) if mine_is_older else (newer, older)
            differs = sorted(k for k in set(mine) | set(theirs)
                             if k not in ("hlc", "device_id", "vv", "lseq") + DERIVED and mine.get(k) != theirs.get(k))
            out.append({"id": cf.id, "table": cf.table_name, "row_id": cf.row_id,
                        "shown": "mine" if not mine_is_older else "theirs", "fields": differs, "mine": mine,
                        "theirs": theirs, "package_id": cf.package_id,
                        "detected_at": cf.detected_at.isoformat(timespec="seconds"),
                        "resolution": cf.resolution or None})
        return out


def resolve_conflict(store: Store, conflict_id: str, keep: str) -> dict:
    """Keep one version: written as a new local edit, so it wins everywhere at the next exchange;
    the conflict row records the choice and travels too."""
    if keep not in ("mine", "theirs"):
        raise Refused("bad_result", value=keep)
    listed = {c["id"]: c for c in list_conflicts(store)}
    matches = [cid for cid in listed if cid == conflict_id or (len(conflict_id) >= 6 and cid.startswith(conflict_id))]
    if len(matches) != 1:
        raise Refused("sync_no_conflict", ref=conflict_id)
    entry = listed[matches[0]]
    chosen = entry[keep]
    with store.session() as s:
        cf = s.get(SyncConflict, matches[0])
        model = TABLES[cf.table_name]
        obj = s.get(model, cf.row_id)
        if obj is None:
            raise Refused("sync_no_conflict", ref=conflict_id)
        for col in model.__table__.columns:
            if col.name in ("id", "hlc", "device_id", "vv", "lseq") or col.name not in chosen:
                continue
            setattr(obj, col.key, convert(cf.table_name, col, chosen[col.name], 0))

        flag_modified(obj, "deleted")  # a new version even when the values equal the shown ones
        cf.resolved_at = utcnow()
        cf.resolution = "older" if chosen == json.loads(cf.older) else "newer"
    return {"id": matches[0], "kept": keep, "table": entry["table"], "row_id": entry["row_id"]}


def list_devices(store: Store) -> list[dict]:
    """Every device this database knows, and those waiting for trust, with their fingerprints and counts."""
    marked = supervisors(store)
    with store.reader() as s:
        out = []
        for d in s.scalars(select(Device).order_by(Device.is_local.desc(), Device.name)):
            sent = s.scalar(select(func.count()).select_from(SyncPackage).where(
                SyncPackage.direction == "out", SyncPackage.peer_id == d.id))
            got = s.scalar(select(func.count()).select_from(SyncPackage).where(
                SyncPackage.direction == "in", SyncPackage.device_id == d.id))
            out.append({"id": d.id, "name": d.name, "local": d.is_local, "trusted": d.trusted,
                        "supervisor": d.trusted and d.id in marked,
                        "fingerprint": keys.fingerprint(d.public_key) if d.public_key else None,
                        "packages_received": got, "packages_sent_to": sent, "last_seq": d.package_seq,
                        "chain_seq": d.chain_seq, "reported_chain_seq": d.reported_chain_seq})
    for did, info in _read_pending(store).items():
        if not any(x["id"] == did for x in out):
            out.append({"id": did, "name": info["name"], "local": False, "trusted": False, "pending": True,
                        "supervisor": False,
                        "fingerprint": keys.fingerprint(info["public_key"]), "packages_received": 0,
                        "packages_sent_to": 0, "last_seq": 0, "chain_seq": 0, "reported_chain_seq": 0})
    return out


def trust_device(store: Store, device_id: str, supervisor: bool | None = None) -> dict:
    """Trust a device a person has checked (its fingerprint, read out by phone or in person).
    ``supervisor`` True: also take calendars, rule sets and templates from it; False: no longer."""
    seen = _read_pending(store)
    matches = [d for d in set(seen) | set(_known_ids(store)) if d == device_id or d.startswith(device_id)]
    if len(matches) != 1 or len(device_id) < 6:
        raise Refused("sync_unknown_device", ref=device_id)
    did = matches[0]
    with store.session() as s:
        d = s.get(Device, did)
        info = seen.get(did)
        if d is None:
            if info is None:
                raise Refused("sync_unknown_device", ref=device_id)
            d = Device(id=did, name=info["name"], public_key=info["public_key"], trusted=True, is_local=False,
                       created_at=utcnow())
            s.add(d)
        else:
            # The key a person compared is the one the device's own package carried (pending); a key
            # that only arrived relayed in someone else's package is never trusted on its own.
            if info is not None:
                d.public_key = info["public_key"]
            elif not d.trusted:
                raise Refused("sync_unknown_device", ref=device_id)
            d.trusted = True
        marked = supervisors(store)
        if supervisor is not None:
            marked = (marked | {did}) if supervisor else (marked - {did})
            store.set_setting(s, "supervisors", canonical_json(sorted(marked)))
        result = {"id": d.id, "name": d.name, "fingerprint": keys.fingerprint(d.public_key),
                  "supervisor": did in marked}
        # trusted in the same transaction as it leaves the waiting list: never one without the other
        s.execute(delete(PendingDevice).where(PendingDevice.id == did))
    return result


def _known_ids(store: Store) -> list[str]:
    with store.reader() as s:
        return list(s.scalars(select(Device.id)))


def verify_audit(store: Store) -> dict:
    """The audit check of every device's event chain, and how far each device is behind what it reported."""
    problems = verify_chains(store)
    with store.reader() as s:
        devices = [{"id": d.id, "name": d.name, "chain_seq": d.chain_seq, "reported_chain_seq": d.reported_chain_seq,
                    "behind_report": d.reported_chain_seq > d.chain_seq and not d.is_local}
                   for d in s.scalars(select(Device))]
    return {"ok": not problems, "problems": problems, "devices": devices}
