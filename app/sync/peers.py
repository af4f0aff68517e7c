"""Who is who: the devices this database knows, which of them a person has trusted (and marked as
a supervisor), those waiting for trust, the statements of chain heads they signed, the conflicts
left for a person, and the audit check of every device's event chain.
"""


from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from app import device_keys as keys
from app.errors import Refused
from app.models import Device, SyncConflict, SyncPackage
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
    """sync/pending_devices.json: the devices whose packages arrived before a person trusted them."""
    return store.path.parent / "sync" / "pending_devices.json"


MAX_PENDING = 20


def _read_pending(store: Store) -> dict:
    """The devices waiting for trust (sync/pending_devices.json); anything odd in it is ignored."""
    pending = _pending_path(store)
    try:
        if not pending.is_file() or pending.stat().st_size > 64 * 1024:
            return {}
        seen = json.loads(pending.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(seen, dict):
        return {}
    return {k: v for k, v in seen.items() if UUID_RE.match(str(k)) and isinstance(v, dict)
            and isinstance(v.get("name"), str) and isinstance(v.get("public_key"), str)
            and is_public_key(v["public_key"])}


def wait_for_trust(store: Store, device_id: str, name: str, public_key: str) -> None:
    """Put a device whose package arrived unknown among those waiting for a person to trust it
    (name and key already checked). Bounded: the newest MAX_PENDING devices are kept, so a stream
    of strangers' packages cannot grow the file."""
    pending = _pending_path(store)
    pending.parent.mkdir(parents=True, exist_ok=True)
    seen = _read_pending(store)
    seen.pop(device_id, None)
    seen[device_id] = {"name": name[:100], "public_key": public_key}
    while len(seen) > MAX_PENDING:
        seen.pop(next(iter(seen)))
    tmp = pending.with_suffix(".part")
    tmp.write_text(json.dumps(seen, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, pending)


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
    pending = _pending_path(store)
    if pending.exists():
        try:
            for did, info in _read_pending(store).items():
                if not any(x["id"] == did for x in out):
                    out.append({"id": did, "name": info["name"], "local": False, "trusted": False, "pending": True,
                                "supervisor": False,
                                "fingerprint": keys.fingerprint(info["public_key"]), "packages_received": 0,
                                "packages_sent_to": 0, "last_seq": 0, "chain_seq": 0, "reported_chain_seq": 0})
        except (OSError, ValueError, KeyError):
            pass
    return out


def trust_device(store: Store, device_id: str, supervisor: bool | None = None) -> dict:
    """Trust a device a person has checked (its fingerprint, read out by phone or in person).
    ``supervisor`` True: also take calendars, rule sets and templates from it; False: no longer."""
    pending = _pending_path(store)
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
    if did in seen:
        del seen[did]
        pending.write_text(json.dumps(seen, ensure_ascii=False), encoding="utf-8")
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
