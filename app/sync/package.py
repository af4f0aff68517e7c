"""Sync packages (*.zsync): export, validate, import.

A package is one zip file:

    manifest.json      format and schema versions, package UUID, sending device (id, name, public
                       key), its package sequence number and the hash of its previous package,
                       creation time, the sender's audit-chain head, size and SHA-256 of every
                       member, and an Ed25519 signature of all of that by the sending device
    records.jsonl      one row a line: {"t": table, "row": {column: value}}
    attachments/<sha256>   photo and scan files, named by their content hash

or, encrypted with a passphrase, manifest.json plus ``payload.bin``: the zip of records and
attachments sealed with AES-256-GCM under a key derived by scrypt (parameters in the manifest).

Import checks the whole package before it touches the database (names, sizes, ratios, hashes,
signature, decryption, strict JSON, every value's type and range), then applies it in one
transaction: idempotent, events merged by union, rows compared by version vector: newer wins,
older is ignored, concurrent edits keep both versions (the newer clock shown, the other kept in
``sync_conflict`` for a person). Nothing is ever silently lost.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from app import __version__, fields, strictjson
from app.db import SCHEMA_HEAD, SCHEMA_REVISIONS
from app.domain import BUSINESS_TYPES, PAUSE_REASONS, STAGES
from app.errors import Refused
from app.models import (
    Attachment,
    Base,
    CalendarDay,
    CalendarYear,
    Case,
    ConfigDoc,
    CaseEvent,
    Device,
    Inspection,
    InspectionResult,
    Meta,
    Notice,
    Pause,
    RectificationItem,
    SettingSheet,
    StageRound,
    Survey,
    SyncConflict,
    SyncPackage,
    ReviewMeeting,
    MeetingCase,
    DesignReview,
    ReviewOpinion,
    PolicyRisk,
    SyncPeer,
)
from app.models import natural_id
from app.store import Store, canonical_json, event_fields, utcnow
from app.sync import keys

FORMAT = 1
# Tables in the order rows are applied (parents first).
MUTABLE = [ConfigDoc, Case, StageRound, Pause, CalendarDay, CalendarYear, Survey, Attachment, Inspection, InspectionResult,
           RectificationItem, Notice, SettingSheet, ReviewMeeting, MeetingCase, DesignReview, ReviewOpinion,
           PolicyRisk, SyncConflict]
TABLES = {m.__tablename__: m for m in MUTABLE}
EVENT_TABLE = CaseEvent.__tablename__
DEVICE_COLUMNS = ("id", "name", "public_key")
ENUMS = {
    ("case", "business_type"): set(BUSINESS_TYPES),
    ("case", "status"): {"open", "finished"},
    ("case", "current_stage"): set(STAGES),
    ("stage_round", "stage"): set(STAGES),
    ("stage_round", "outcome"): {None, "pass", "rectify"},
    ("pause", "reason"): set(PAUSE_REASONS),
    ("calendar_day", "kind"): {"holiday", "workday"},
    ("inspection", "kind"): {"mid", "completion"},
    ("inspection", "outcome"): {None, "pass", "rectify"},
    ("inspection_result", "result"): {"pass", "fail", "na"},
    ("survey", "metering"): {"HV", "LV"},
    ("attachment", "owner_kind"): {"case", "survey", "item"},
    ("attachment", "media_type"): {"image/jpeg", "image/png", "application/pdf"},
    ("sync_conflict", "resolution"): {"", "older", "newer"},
    ("setting_sheet", "status"): {"draft", "issued", "executed", "void"},
    ("review_meeting", "status"): {"scheduled", "cancelled"},
    ("meeting_case", "decision"): {None, "approve", "approve_with_changes", "reject"},
    ("design_review", "outcome"): {None, "approved", "returned"},
    ("review_opinion", "category"): {"technical", "metering", "protection", "civil", "other"},
    ("policy_risk", "kind"): {"RIGHT_OF_WAY", "PERMIT", "ACCESS", "NEIGHBOUR", "OTHER"},
    ("policy_risk", "status"): {"open", "closed"},
    ("config_doc", "kind"): {"rules", "checklist"},
}

# caps: what a real package can hold, with room; anything beyond is refused, not read
MAX_PACKAGE_BYTES = 4 * 1024**3
MAX_MEMBERS = 200_000
MAX_MANIFEST_BYTES = 2 * 1024**2
MAX_RECORDS_BYTES = 3 * 1024**3
MAX_LINE_BYTES = 1024**2
MAX_ATTACHMENT_BYTES = 20 * 1024**2
MAX_RATIO = 100  # uncompressed / compressed, for members over 1 MB
MAX_DEPTH = 8
# "\Z", not "$": "$" also matches before a trailing newline
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
HEX64_RE = re.compile(r"^[0-9a-f]{64}\Z")
HLC_RE = re.compile(r"^[0-9]{13}-[0-9]{4}\Z")
ATTACHMENT_NAME = re.compile(r"^attachments/([0-9a-f]{64})\Z")
# values that become file or folder names (documents/<case no>/整改通知书-<notice no>.pdf,
# attachments/ab/<sha256>.jpg): letters, digits and dashes only, never a path or a device name
SAFE_NAMES = {
    ("case", "case_no"): re.compile(r"^[A-Z]{2,8}[0-9]{4,12}\Z"),
    ("notice", "notice_no"): re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}\Z"),
    ("attachment", "sha256"): HEX64_RE,
    ("setting_sheet", "sheet_no"): re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}\Z"),
}
# text columns holding JSON, and what they must hold
JSON_COLUMNS = {
    ("survey", "participants"): list,
    ("survey", "transformers"): list,
    ("inspection", "item_codes"): list,
    ("case_event", "payload"): dict,
    ("sync_conflict", "older"): dict,
    ("sync_conflict", "newer"): dict,
    ("setting_sheet", "inputs"): dict,
    ("setting_sheet", "result"): dict,
    ("review_meeting", "departments"): list,
    ("review_meeting", "history"): list,
    ("design_review", "participants"): list,
    ("case", "temp_advice"): dict,
    ("config_doc", "content"): dict,
}
# columns added to synced tables after sync began, with the value an older sender's rows are given:
# a package from a laptop not yet updated is converted on import, not refused
ADDED_COLUMNS = {
    "0006_temp_formal": {("case", "predecessor_id"): None, ("case", "temp_advice"): "{}",
                         ("review_opinion", "clause"): ""},
    "0007_meeting_minutes": {("review_meeting", "minutes"): ""},
}


def columns_to_fill(schema: str) -> dict[str, dict[str, object]]:
    """{table: {column: value}} for rows written at ``schema``."""
    out: dict[str, dict[str, object]] = {}
    for rev in SCHEMA_REVISIONS[SCHEMA_REVISIONS.index(schema) + 1:]:
        for (table, col), value in ADDED_COLUMNS.get(rev, {}).items():
            out.setdefault(table, {})[col] = value
    return out


MEMBERS_PLAIN = {"manifest.json", "records.jsonl"}
MEMBERS_SEALED = {"manifest.json", "payload.bin"}


# --- export -------------------------------------------------------------------------------------------
# records are written in column order (deterministic), not key-sorted: the manifest hash covers them
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _row_json(row) -> dict:
    """A Core row mapping as exported: dates in ISO form, without the local change number."""
    out = {}
    for k, v in row.items():
        if k == "lseq":
            continue
        if isinstance(v, dt.datetime):
            v = v.isoformat(timespec="microseconds")
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[k] = v
    return out


class _HashingWriter(io.RawIOBase):
    def __init__(self, raw) -> None:
        self.raw, self.sha, self.size = raw, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.sha.update(b)
        self.size += len(b)
        self.raw.write(b)
        return len(b)


def export_package(store: Store, out: Path, peer: str | None = None, passphrase: str | None = None,
                   progress=None) -> dict:
    """Write a package: everything (``peer`` None) or what changed since the last one to ``peer``.
    Streams rows from the database; writes to a temporary file renamed only when complete."""
    out = Path(out)
    with store.reader() as s:
        if peer is not None:
            dev = s.get(Device, peer)
            if dev is None or dev.id == store.device_id:
                raise Refused("sync_unknown_device", ref=peer)
            last = s.get(SyncPeer, peer)
            since = last.sent_lseq if last else 0
        else:
            since = 0
        upto = store.lseq
        seq = int(store.setting("package_seq", "0")) + 1
        prev_hash = store.setting("package_hash", "")
        local = s.get(Device, store.device_id)
        chain = [local.chain_seq, local.chain_head]
        _self_check(s, local, since, upto)
        # this device's signed statement of its chain head and counters, and every other device's
        # statement this database holds: events travel only as far as their author has signed
        heads = {d: a for d, a in signed_heads(store).items() if d != store.device_id}
        heads[store.device_id] = keys.sign_head(keys.device_private_key(store), store.device_id, chain[0],
                                                chain[1] or "", _issued_counter(s, store.device_id))
        limits = {d: a["seq"] for d, a in heads.items()}
    out.parent.mkdir(parents=True, exist_ok=True)
    from app.leftovers import remember_export_folder

    remember_export_folder(store.path, out.parent)  # so that a killed export's part files are found at the next start
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".zsync-", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    inner_tmp = None
    counts: dict[str, int] = {}
    try:
        if passphrase:
            fd2, inner_name = tempfile.mkstemp(dir=out.parent, prefix=".zsync-inner-", suffix=".part")
            os.close(fd2)
            inner_tmp = Path(inner_name)
            inner_members = _write_body(store, inner_tmp, since, upto, counts, progress, limits=limits)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            members: dict[str, dict] = {}
            encryption = None
            if passphrase:
                salt, nonce, enc = keys.encryptor(passphrase)
                with zf.open("payload.bin", "w", force_zip64=True) as raw, inner_tmp.open("rb") as src:
                    w = _HashingWriter(raw)
                    for block in iter(lambda: src.read(1 << 20), b""):
                        w.write(enc.update(block))
                    w.write(enc.finalize())
                members["payload.bin"] = {"size": w.size, "sha256": w.sha.hexdigest()}
                encryption = {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": keys.SCRYPT_N, "r": keys.SCRYPT_R,
                              "p": keys.SCRYPT_P, "salt": salt.hex(), "nonce": nonce.hex(), "tag": enc.tag.hex()}
            else:
                inner_members = _write_body(store, None, since, upto, counts, progress, zf=zf, limits=limits)
                members.update(inner_members)
            manifest = {
                "format": FORMAT,
                "schema": SCHEMA_HEAD,
                "app_version": __version__,
                "package_id": _uuid4(),
                "device_id": store.device_id,
                "device_name": _device_name(store),
                "public_key": _public_key(store),
                "seq": seq,
                "prev_package_sha256": prev_hash,
                "peer": peer or "",
                "created_at": utcnow().isoformat(timespec="seconds") + "Z",
                "chain": {"seq": chain[0], "head": chain[1]},
                "heads": heads,
                "members": members,
                "inner_members": inner_members if passphrase else None,
                "encryption": encryption,
                "counts": counts,
            }
            body = canonical_json(manifest).encode("utf-8")
            manifest["signature"] = keys.sign(keys.device_private_key(store), body)
            zf.writestr("manifest.json", canonical_json(manifest))
        file_sha = _file_sha(tmp)
        os.replace(tmp, out)
    finally:
        for p in (tmp, inner_tmp):
            if p is not None and p.exists():
                p.unlink()
    with store.session() as s:
        s.add(SyncPackage(id=manifest["package_id"], direction="out", device_id=store.device_id, peer_id=peer or "",
                          seq=seq, file_sha256=file_sha, manifest_sha256=hashlib.sha256(body).hexdigest(),
                          created_at=utcnow(), handled_at=utcnow(), summary=canonical_json(counts)))
        store.set_setting(s, "package_seq", str(seq))
        store.set_setting(s, "package_hash", file_sha)
        if peer is not None:
            row = s.get(SyncPeer, peer)
            if row is None:
                s.add(SyncPeer(device_id=peer, sent_lseq=upto))
            else:
                row.sent_lseq = upto
    return {"file": str(out), "package_id": manifest["package_id"], "seq": seq, "peer": peer, "counts": counts,
            "encrypted": bool(passphrase), "sha256": file_sha}


def _self_check(s, local: Device, since: int, upto: int) -> None:
    """The rows about to go out, judged by the importer's own rules (app.fields): a package every
    receiver would refuse is not written; the message says which rows to mend."""
    problems = []
    if fields.text_problem(local.name, fields.DEVICE_NAME.max_len, required=True):
        problems.append(f"device {local.name[:40]!r}: 本机名称 / this device's name (设置 / Settings)")
    user = s.info["store"].user
    if fields.text_problem(user, fields.USER.max_len):
        problems.append(f"user {user[:40]!r}: 使用者姓名 / the user's name (设置 / Settings)")
    dbapi = s.connection().connection.driver_connection
    problems += fields.row_problems(dbapi, "main", {"case": "case_no"},
                                    where=f" AND +lseq > {int(since)} AND +lseq <= {int(upto)}" if since == 0
                                    else f" AND lseq > {int(since)} AND lseq <= {int(upto)}")
    if problems:
        raise Refused("sync_export_invalid", rows="; ".join(problems[:5]))


def signed_heads(store: Store) -> dict[str, dict]:
    """{device: its signed chain-head statement} as last received (see ``keys.sign_head``)."""
    try:
        out = json.loads(store.setting("signed_heads", "{}"))
    except ValueError:
        return {}
    return out if isinstance(out, dict) else {}


def _issued_counter(s, device_id: str) -> int:
    """The highest version-vector counter ``device_id`` holds for itself in any row: what it has
    issued (rows carry the counter of their last local edit, never lowered by a merge)."""
    dbapi = s.connection().connection.driver_connection
    path, top = f'$."{device_id}"', 0
    for m in MUTABLE:
        v = dbapi.execute(f'SELECT max(CAST(json_extract(vv, ?) AS INTEGER)) FROM "{m.__tablename__}" '
                          f'WHERE instr(vv, ?)', (path, device_id)).fetchone()[0]
        top = max(top, v or 0)
    return top


def _uuid4() -> str:
    import uuid

    return str(uuid.uuid4())


def _device_name(store: Store) -> str:
    with store.reader() as s:
        return s.get(Device, store.device_id).name


def _public_key(store: Store) -> str:
    with store.reader() as s:
        return s.get(Device, store.device_id).public_key


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _json_expr(col) -> str:
    """SQLite expression giving ``col`` exactly as the exporter writes it (see ``_row_json``): ISO
    times with a "T", booleans as true/false, reals that read back to the same float."""
    q = '"' + col.name + '"'
    t = col.type
    if isinstance(t, Boolean):
        return f"CASE WHEN {q} IS NULL THEN NULL WHEN {q} THEN json('true') ELSE json('false') END"
    if isinstance(t, DateTime):
        return f"substr({q},1,10)||'T'||substr({q},12)"
    if isinstance(t, Float):
        # json_object prints 15 significant digits; a float that needs more gets 17
        return (f"CASE WHEN {q} IS NULL THEN NULL WHEN CAST(printf('%!.15g',{q}) AS REAL)={q} THEN {q} "
                f"ELSE json(printf('%!.17g',{q})) END")
    return q


def _export_sql(table, order_by: str, full: bool, limits: dict[str, int] | None = None) -> str:
    """A full export reads each table front to back (``+lseq``: no detour through the index).
    ``limits`` (events): each device's events up to its signed head only, none of a device that
    signed nothing (events in a name nobody can vouch for would be refused by every receiver)."""
    pairs = ",".join(f"'{c.name}',{_json_expr(c)}" for c in table.columns if c.name != "lseq")
    cut = ""
    if limits is not None:
        cut = "AND device_seq <= CASE device_id " + "".join(" WHEN ? THEN ?" for _ in limits) + " ELSE 0 END "
    where = (f"+lseq > ? AND +lseq <= ? {cut}ORDER BY rowid" if full
             else f"lseq > ? AND lseq <= ? {cut}ORDER BY {order_by}")
    return f"SELECT json_object('t','{table.name}','row',json_object({pairs})) FROM \"{table.name}\" WHERE {where}"


class _BackgroundWriter:
    """Compressing, hashing and writing run in a thread of their own (zlib and hashlib release the
    GIL), while the calling thread reads rows from SQLite: the two halves of an export overlap."""

    def __init__(self, sink) -> None:
        import queue
        import threading

        self.sink, self.error = sink, None
        self.q: "queue.Queue[bytes | None]" = queue.Queue(maxsize=8)
        self.t = threading.Thread(target=self._run, name="zsync-writer", daemon=True)
        self.t.start()

    def _run(self) -> None:
        while True:
            block = self.q.get()
            if block is None:
                return
            if self.error is None:
                try:
                    self.sink.write(block)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller in close()
                    self.error = exc

    def write(self, block: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.q.put(block)

    def close(self) -> None:
        self.q.put(None)
        self.t.join()
        if self.error is not None:
            raise self.error


def _write_body(store: Store, path: Path | None, since: int, upto: int, counts: dict, progress, zf=None,
                limits: dict[str, int] | None = None) -> dict:
    """records.jsonl and attachments, into ``zf`` (plain package) or a zip at ``path`` (to seal).
    SQLite renders each record as the JSON line itself; a background thread compresses."""
    own = zf is None
    if own:
        zf = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
    members: dict[str, dict] = {}
    shas: set[tuple[str, str]] = set()
    try:
        with zf.open("records.jsonl", "w", force_zip64=True) as raw:
            w = _HashingWriter(raw)
            bw = _BackgroundWriter(w)
            try:
                with store.reader() as s:
                    devices = [
                        {c: getattr(d, c) for c in DEVICE_COLUMNS}
                        for d in s.scalars(select(Device))
                    ]
                    bw.write("".join(canonical_json({"t": "device", "row": d}) + "\n" for d in devices)
                             .encode("utf-8"))
                    counts["device"] = len(devices)
                    done = 0
                    dbapi = s.connection().connection.driver_connection
                    jobs = [(m.__table__, "lseq") for m in MUTABLE] + [(CaseEvent.__table__, "device_id, device_seq")]
                    for table, order_by in jobs:
                        cut = limits if table is CaseEvent.__table__ else None
                        args = (since, upto, *[x for d, n in (cut or {}).items() for x in (d, n)])
                        cur = dbapi.execute(_export_sql(table, order_by, since == 0, cut), args)
                        n = 0
                        while True:
                            rows = cur.fetchmany(4000)
                            if not rows:
                                break
                            n += len(rows)
                            bw.write(("\n".join([r[0] for r in rows]) + "\n").encode("utf-8"))
                        cur.close()
                        if n:
                            counts[table.name] = n
                        done += n
                        if progress:
                            progress(done, 0)
                    at = Attachment.__table__
                    shas.update(s.execute(select(at.c.sha256, at.c.media_type).where(
                        at.c.lseq > since, at.c.lseq <= upto, at.c.deleted.is_(False))).all())
            finally:
                bw.close()
        members["records.jsonl"] = {"size": w.size, "sha256": w.sha.hexdigest()}
        from app.services.attachments import stored_path

        for sha, media in sorted(shas):
            src = stored_path(store, sha, media.split("/")[1].replace("jpeg", "jpg"))
            if not src.exists():
                continue  # a row whose file never reached this laptop: the row still travels
            name = f"attachments/{sha}"
            with zf.open(name, "w") as raw, src.open("rb") as f:
                aw = _HashingWriter(raw)
                shutil.copyfileobj(f, aw)
            members[name] = {"size": aw.size, "sha256": aw.sha.hexdigest()}
        counts["attachment_files"] = len([m for m in members if m.startswith("attachments/")])
    finally:
        if own:
            zf.close()
    return members


# --- validation -------------------------------------------------------------------------------------------
def _strict_loads(text: str):
    obj = strictjson.loads(text)
    _check_depth(obj)
    return obj


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_depth(o, d: int = 0) -> None:
    """Nesting depth, and text that is real Unicode: JSON may escape a lone surrogate (``"\\ud800"``),
    which no UTF-8 file or database can hold (it would fail only when written, mid-import)."""
    if d > MAX_DEPTH:
        raise ValueError("nested too deeply")
    if isinstance(o, str):
        if _SURROGATE.search(o):
            raise ValueError("invalid Unicode (lone surrogate)")
    elif isinstance(o, dict):
        for k, v in o.items():
            _check_depth(k, d + 1)
            _check_depth(v, d + 1)
    elif isinstance(o, list):
        for v in o:
            _check_depth(v, d + 1)


def _bad(problem: str) -> Refused:
    return Refused("sync_bad", problem=problem)


def _check_zip(zf: zipfile.ZipFile, allowed: set[str], where: str) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _bad(f"{where}: 成员过多 / too many members")
    out: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in out:
            raise _bad(f"{where}: 重复成员 / duplicate member {name!r}")
        if name not in allowed and not ATTACHMENT_NAME.match(name):
            raise _bad(f"{where}: 不允许的成员名 / member name not allowed: {name[:80]!r}")
        mode = (info.external_attr >> 16) & 0o170000
        if mode in (0o120000, 0o040000) or info.is_dir():
            raise _bad(f"{where}: 链接或目录成员 / link or folder member {name[:80]!r}")
        if info.flag_bits & 0x1:
            raise _bad(f"{where}: 加密的 zip 成员 / zip-encrypted member")
        cap = MAX_MANIFEST_BYTES if name == "manifest.json" else MAX_ATTACHMENT_BYTES if name.startswith(
            "attachments/") else MAX_RECORDS_BYTES
        if info.file_size > cap:
            raise _bad(f"{where}: 成员过大 / member too large: {name}")
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise _bad(f"{where}: 压缩比异常(疑似 zip 炸弹)/ suspicious compression ratio: {name}")
        total += info.file_size
        out[name] = info
    if total > MAX_PACKAGE_BYTES:
        raise _bad(f"{where}: 解压后过大 / too large when unpacked")
    return out


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    with zf.open(info) as f:
        data = f.read(cap + 1)
    if len(data) > cap:
        raise _bad(f"成员过大 / member too large: {info.filename}")
    return data


def _check_members(zf: zipfile.ZipFile, infos: dict, members: dict) -> None:
    """Every member the manifest lists is there with its size and sha256; records.jsonl is hashed
    while its lines are checked (_stage_records)."""
    for name, meta in members.items():
        if name not in infos:
            raise _bad(f"缺少成员 / member missing: {name}")
        if name != "records.jsonl":
            _member_matches(name, *_hash_member(zf, infos[name]), meta)


def _member_matches(name: str, digest: str, size: int, meta: dict) -> None:
    if digest != meta["sha256"] or size != meta["size"]:
        raise _bad(f"成员校验失败(文件被改动或损坏)/ member hash mismatch: {name}")


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    """sha256 and size of a member as read."""
    h, n = hashlib.sha256(), 0
    with zf.open(info) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += len(block)
            if n > info.file_size:  # a lying header
                raise _bad(f"成员大小不符 / member size mismatch: {info.filename}")
            h.update(block)
    return h.hexdigest(), n


@dataclass
class Checked:
    """A package that passed every check, unpacked into a staging folder."""

    manifest: dict
    stage_db: Path  # the validated rows, as the database stores them (see app.sync.bulk)
    attachments: dict[str, Path]
    file_sha256: str
    manifest_sha256: str
    staging: Path
    known_device: bool
    counts: dict = field(default_factory=dict)
    devices: list = field(default_factory=list)
    chain_starts: list = field(default_factory=list)  # (device, seq, prev_hash): links to check on apply
    chain_spans: dict = field(default_factory=dict)  # device -> its lowest event number in the package
    chain_tops: dict = field(default_factory=dict)  # device -> its highest event (number, hash) in the package
    heads: dict = field(default_factory=dict)  # device -> its signed chain-head statement, verified
    vv_top: dict = field(default_factory=dict)  # device -> the highest counter the package's rows claim
    sealed: bool = False


def _pending_path(store: Store) -> Path:
    return store.path.parent / "sync" / "pending_devices.json"


def check_package(store: Store, path: Path, passphrase: str | None, staging: Path, progress=None) -> Checked:
    """Everything short of applying. Raises Refused; writes only inside ``staging``."""
    import lzma
    import struct
    import zlib

    path = Path(path)
    try:
        if path.is_symlink() or not path.is_file():
            raise _bad("不是普通文件 / not a regular file")
        size = path.stat().st_size
    except OSError as exc:
        raise _bad(f"无法读取 / unreadable: {exc.strerror}") from None
    if size > MAX_PACKAGE_BYTES or size < 22:
        raise _bad("文件大小异常 / implausible size")
    from app.sync import bulk

    bulk.start_timing()
    file_sha = _file_sha(path)
    bulk._tick("file hash")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _bad(f"不是有效的同步包(zip)/ not a valid package: {exc}") from None
    with zf:
        try:
            names = {i.filename for i in zf.infolist()}
            sealed = "payload.bin" in names
            infos = _check_zip(zf, MEMBERS_SEALED if sealed else MEMBERS_PLAIN, "package")
            if "manifest.json" not in infos:
                raise _bad("缺少 manifest.json / manifest.json missing")
            raw_manifest = _read_member(zf, infos["manifest.json"], MAX_MANIFEST_BYTES)
            try:
                manifest = _strict_loads(raw_manifest.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                raise _bad(f"manifest.json: {str(exc)[:120]}") from None
            _check_manifest(manifest)
            body = dict(manifest)
            signature = body.pop("signature")
            body_bytes = canonical_json(body).encode("utf-8")
            known = _check_sender(store, manifest, body_bytes, signature)
            staging.mkdir(parents=True, exist_ok=True)
            _check_members(zf, infos, manifest["members"])
            extra = set(infos) - set(manifest["members"]) - {"manifest.json"}
            if extra:
                raise _bad(f"未列入清单的成员 / unlisted members: {sorted(extra)[:3]}")
            staging.mkdir(parents=True, exist_ok=True)
            if sealed:
                inner_path = staging / "payload.zip"
                try:
                    _unseal(zf, infos["payload.bin"], manifest["encryption"], passphrase, inner_path)
                    try:
                        inner = zipfile.ZipFile(inner_path)
                    except zipfile.BadZipFile:
                        raise _bad("解密后的内容不是 zip / sealed payload is not a zip") from None
                    with inner:
                        inner_infos = _check_zip(inner, MEMBERS_PLAIN - {"manifest.json"}, "payload")
                        _check_members(inner, inner_infos, manifest.get("inner_members") or {})
                        if set(inner_infos) != set(manifest.get("inner_members") or {}):
                            raise _bad("未列入清单的成员 / unlisted members")
                        attachments = _extract(inner, inner_infos, staging)
                        staged = _stage_records(store, inner, inner_infos["records.jsonl"],
                                                manifest["inner_members"]["records.jsonl"], manifest, attachments,
                                                staging, progress)
                finally:
                    inner_path.unlink(missing_ok=True)  # the decrypted zip: not needed past this point
            else:
                # an unencrypted package needs no passphrase: one given is not used
                attachments = _extract(zf, infos, staging)
                staged = _stage_records(store, zf, infos["records.jsonl"], manifest["members"]["records.jsonl"],
                                        manifest, attachments, staging, progress)
        except zipfile.BadZipFile as exc:
            raise _bad(f"zip 损坏 / corrupt zip: {exc}") from None
        except (OSError, EOFError, NotImplementedError, ValueError, struct.error, zlib.error, lzma.LZMAError) as exc:
            # a damaged compressed stream fails in the decompressor itself (zlib.error, LZMAError)
            raise _bad(f"zip 无法读取 / unreadable zip: {str(exc)[:120]}") from None
    stager, counts = staged
    heads = _check_heads(store, manifest, stager.chain_tops, stager.devices)
    return Checked(manifest, stager.path, attachments, file_sha, hashlib.sha256(body_bytes).hexdigest(), staging,
                   known, counts, stager.devices, stager.chain_starts, stager.chain_spans, stager.chain_tops, heads,
                   stager.vv_top(), sealed)


def _device_label(store: Store, device_id: str, devices: list) -> str:
    with store.reader() as s:
        d = s.get(Device, device_id)
    if d is not None:
        return d.name
    return next((x["name"] for x in devices if x["id"] == device_id), device_id[:8])


def _check_heads(store: Store, m: dict, tops: dict, devices: list) -> dict:
    """Every device whose events the package carries must have signed their head: the sender in the
    manifest it signs, any other device in its own statement (``keys.sign_head``), relayed as it
    was. Returns the statements verified (device -> statement)."""
    sender, chain = m["device_id"], m["chain"]
    heads = m.get("heads")
    if heads is None:  # an older Zaosong: its manifest vouches for the sender's own chain, nothing else
        heads = {}
    with store.reader() as s:
        known = {d.id: d.public_key for d in s.scalars(select(Device))}
    relayed = {d["id"]: d["public_key"] for d in devices}
    verified: dict[str, dict] = {}
    for dev, att in heads.items():
        if dev == store.device_id:
            continue  # this device's own events are compared with what it holds
        key = m["public_key"] if dev == sender else (known.get(dev) or relayed.get(dev) or "")
        if not key:
            continue  # a device nobody here knows a key of: its statement cannot count for anything
        if not keys.verify_head(key, dev, att):
            raise Refused("sync_forged", device=_device_label(store, dev, devices), sender=m["device_name"],
                          problem="签名无效 / bad signature")
        verified[dev] = att
    own = verified.get(sender)
    if own is not None and (own["seq"], own["head"]) != (chain["seq"], chain["head"]):
        raise _bad("manifest.heads: 与 manifest.chain 不符 / does not match manifest.chain")
    for dev, (seq, head) in tops.items():
        if dev == store.device_id:
            continue
        att = verified.get(dev) or ({"seq": chain["seq"], "head": chain["head"]} if dev == sender else None)
        if att is None:
            raise Refused("sync_forged", device=_device_label(store, dev, devices), sender=m["device_name"],
                          problem=f"第 {seq} 条及之前的事件没有签名 / events up to {seq} unsigned")
        if (att["seq"], att["head"]) != (seq, head):
            raise Refused("sync_forged", device=_device_label(store, dev, devices), sender=m["device_name"],
                          problem=f"第 {seq} 条事件不是它签名的链头 / event {seq} is not its signed head "
                                  f"({att['seq']})")
    return verified


def _stage_records(store: Store, zf: zipfile.ZipFile, info: zipfile.ZipInfo, meta: dict, manifest: dict,
                   attachments: dict, staging: Path, progress):
    """records.jsonl, checked line by line into the staging file as a thread decompresses and hashes
    it (zlib and hashlib let go of the interpreter, so that runs on another core). A member whose
    hash is wrong is reported as that, even when its damage also broke a line."""
    from app.sync import bulk

    bulk._tick("other members")
    stream = _MemberStream(zf, info, bulk.CHUNK_BYTES)
    stager = bulk.Stager(staging / "stage.db")
    own_events: list[str] = []
    try:
        try:
            counts = bulk.check_records(stream, stager, attachments, store.device_id, own_events,
                                        fill=columns_to_fill(manifest["schema"]), progress=progress)
        except Refused:
            _member_matches("records.jsonl", *stream.result(), meta)  # damage first, then what it broke
            raise
        _member_matches("records.jsonl", *stream.result(), meta)
        bulk._tick("check lines")
        stager.close()
        bulk._tick("stage indexes and chains")
    except BaseException:
        stream.stop()
        stager.abandon()
        raise
    _check_own_events(store, own_events)
    return stager, counts


class _MemberStream:
    """A zip member read by a thread (decompressed, counted, hashed) into a short queue; ``read``
    hands its blocks on, and raises what the thread met (a damaged stream, a lying size)."""

    def __init__(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, block: int, depth: int = 8) -> None:
        import queue
        import threading

        self._queue: queue.Queue = queue.Queue(depth)
        self._full = queue.Full
        self._stopped = threading.Event()
        self._sha = hashlib.sha256()
        self._n = 0
        self._error: BaseException | None = None
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(zf, info, block), name="zsync-reader", daemon=True)
        self._thread.start()

    def _run(self, zf, info, block) -> None:
        try:
            with zf.open(info) as f:
                while not self._stopped.is_set():
                    data = f.read(block)
                    if not data:
                        break
                    self._n += len(data)
                    if self._n > info.file_size:  # a lying header
                        raise _bad(f"成员大小不符 / member size mismatch: {info.filename}")
                    self._sha.update(data)
                    self._put(data)
        except BaseException as exc:  # handed to the reading thread
            self._error = exc
        finally:
            self._put(None)

    def _put(self, item) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except self._full:
                continue

    def read(self, _size: int = -1) -> bytes:
        if self._done:
            return b""
        data = self._queue.get()
        if data is None:
            self._done = True
            if self._error is not None:
                raise self._error
            return b""
        return data

    def result(self) -> tuple[str, int]:
        """The rest read, then the member's sha256 and size."""
        while self.read():
            pass
        self._thread.join()
        return self._sha.hexdigest(), self._n

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=10)


def _check_manifest(m) -> None:
    if not isinstance(m, dict):
        raise _bad("manifest 不是对象 / manifest is not an object")
    fmt = m.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise _bad("manifest.format")
    if fmt > FORMAT:
        raise Refused("sync_newer", what=f"format {fmt}")
    schema = m.get("schema")
    if not isinstance(schema, str):
        raise _bad("manifest.schema")
    if schema not in SCHEMA_REVISIONS:
        raise Refused("sync_newer", what=f"schema {schema[:40]}")
    if SCHEMA_REVISIONS.index(schema) < SCHEMA_REVISIONS.index("0003_sync"):
        raise _bad("过旧的同步包格式 / package older than sync support")
    need = {"package_id": str, "device_id": str, "device_name": str, "public_key": str, "seq": int,
            "prev_package_sha256": str, "peer": str, "created_at": str, "chain": dict, "members": dict,
            "signature": str, "counts": dict}
    for key, typ in need.items():
        if not isinstance(m.get(key), typ) or isinstance(m.get(key), bool):
            raise _bad(f"manifest.{key}")
    if not UUID_RE.match(m["package_id"]) or not UUID_RE.match(m["device_id"]):
        raise _bad("manifest: UUID")
    if m["seq"] < 1:
        raise _bad("manifest.seq")
    # the key and name are shown to a person (fingerprint, "trust this device?"): well-formed or refused
    if not _is_public_key(m["public_key"]):
        raise _bad("manifest.public_key")
    if fields.text_problem(m["device_name"], fields.DEVICE_NAME.max_len, required=True):
        raise _bad("manifest.device_name")
    if m["peer"] and not UUID_RE.match(m["peer"]):
        raise _bad("manifest.peer")
    if m["prev_package_sha256"] and not HEX64_RE.match(m["prev_package_sha256"]):
        raise _bad("manifest.prev_package_sha256")
    if len(m["created_at"]) > 40:
        raise _bad("manifest.created_at")
    for key in ("members", "inner_members"):
        members = m.get(key)
        if key == "inner_members" and members is None:
            continue
        if not isinstance(members, dict):
            raise _bad(f"manifest.{key}")
        for name, meta in members.items():
            if not isinstance(meta, dict) or not HEX64_RE.match(str(meta.get("sha256", ""))) or \
                    not isinstance(meta.get("size"), int) or isinstance(meta.get("size"), bool) or meta["size"] < 0:
                raise _bad(f"manifest.{key}[{name[:40]!r}]")
    heads = m.get("heads")
    if heads is not None:
        if not isinstance(heads, dict) or len(heads) > 10_000:
            raise _bad("manifest.heads")
        for dev, att in heads.items():
            if not UUID_RE.match(dev) or not isinstance(att, dict) or set(att) != {"seq", "head", "vv", "sig"} or any(
                    not isinstance(att[k], int) or isinstance(att[k], bool) or not 0 <= att[k] <= 2**53
                    for k in ("seq", "vv")) or not isinstance(att["head"], str) or not (
                    att["head"] == "" or HEX64_RE.match(att["head"])) or not isinstance(att["sig"], str) or \
                    len(att["sig"]) > 200 or (att["seq"] == 0) != (att["head"] == ""):
                raise _bad(f"manifest.heads[{dev[:40]!r}]")
    if m.get("encryption") is not None and not isinstance(m["encryption"], dict):
        raise _bad("manifest.encryption")
    chain = m["chain"]
    if not isinstance(chain.get("seq"), int) or isinstance(chain.get("seq"), bool) or chain["seq"] < 0 or \
            not isinstance(chain.get("head"), str) or not (chain["head"] == "" or HEX64_RE.match(chain["head"])):
        raise _bad("manifest.chain")




def _is_public_key(text: str) -> bool:
    """Base64 of a raw 32-byte Ed25519 key."""
    import base64
    import binascii

    try:
        return len(text) == 44 and len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _check_sender(store: Store, m: dict, body: bytes, signature: str) -> bool:
    """The package must be signed by a device a person has trusted."""
    with store.reader() as s:
        dev = s.get(Device, m["device_id"])
        if dev is not None and dev.is_local:
            raise _bad("这是本机自己导出的同步包 / this package was exported by this device")
        if dev is not None and dev.trusted:
            if dev.public_key and dev.public_key != m["public_key"]:
                raise Refused("sync_key_changed", device=dev.name, fingerprint=keys.fingerprint(m["public_key"]))
            key = dev.public_key or m["public_key"]
            if not keys.verify(key, body, signature):
                raise Refused("sync_signature")
            return True
    # unknown or untrusted: check the signature against the key it carries, then ask a person
    if not keys.verify(m["public_key"], body, signature):
        raise Refused("sync_signature")
    pending = _pending_path(store)
    pending.parent.mkdir(parents=True, exist_ok=True)
    seen = _read_pending(store)
    # bounded: the newest MAX_PENDING devices waiting for a person (a stream of strangers' packages
    # cannot grow the file); each entry is a checked name and key
    seen.pop(m["device_id"], None)
    seen[m["device_id"]] = {"name": m["device_name"][:100], "public_key": m["public_key"]}
    while len(seen) > MAX_PENDING:
        seen.pop(next(iter(seen)))
    tmp = pending.with_suffix(".part")
    tmp.write_text(json.dumps(seen, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, pending)
    raise Refused("sync_untrusted", device=m["device_name"][:100], device_id=m["device_id"],
                  fingerprint=keys.fingerprint(m["public_key"]))


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
            and _is_public_key(v["public_key"])}


def _unseal(zf, info, enc: dict, passphrase: str | None, dest: Path) -> None:
    if not passphrase:
        raise Refused("sync_passphrase_needed")
    if not isinstance(enc, dict) or enc.get("cipher") != "AES-256-GCM" or enc.get("kdf") != "scrypt":
        raise _bad("manifest.encryption")
    if (enc.get("n"), enc.get("r"), enc.get("p")) != (keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P):
        raise _bad("manifest.encryption: KDF 参数 / KDF parameters")
    try:
        salt, nonce, tag = bytes.fromhex(enc["salt"]), bytes.fromhex(enc["nonce"]), bytes.fromhex(enc["tag"])
    except (KeyError, TypeError, ValueError):
        raise _bad("manifest.encryption") from None
    if len(salt) != 16 or len(nonce) != keys.NONCE_BYTES or len(tag) != keys.TAG_BYTES:
        raise _bad("manifest.encryption")
    dec = keys.decryptor(passphrase, salt, nonce, tag)
    from cryptography.exceptions import InvalidTag

    written = 0
    with zf.open(info) as src, dest.open("wb") as out:
        for block in iter(lambda: src.read(1 << 20), b""):
            chunk = dec.update(block)
            written += len(chunk)
            if written > MAX_PACKAGE_BYTES:
                raise _bad("解密后过大 / too large")
            out.write(chunk)
        try:
            out.write(dec.finalize())
        except InvalidTag:
            raise Refused("sync_wrong_passphrase") from None


def _extract(zf, infos, staging: Path) -> dict[str, Path]:
    """Copy the attachments into the staging folder under names we choose (never the package's);
    records.jsonl is read where its lines are checked."""
    if "records.jsonl" not in infos:
        raise _bad("缺少 records.jsonl / records.jsonl missing")
    attachments = {}
    for name, info in infos.items():
        m = ATTACHMENT_NAME.match(name)
        if not m:
            continue
        dest = staging / f"att-{m.group(1)}"
        data = _read_member(zf, info, MAX_ATTACHMENT_BYTES)
        if hashlib.sha256(data).hexdigest() != m.group(1):
            raise _bad(f"附件内容与名称不符 / attachment content does not match its name: {name}")
        dest.write_bytes(data)
        attachments[m.group(1)] = dest
    return attachments


_COLUMNS = {m.__tablename__: {c.name: c for c in m.__table__.columns if c.name != "lseq"} for m in MUTABLE + [CaseEvent]}


def _convert(table: str, col, value, lineno: int):
    """Check one incoming value against its column; return it as the database wants it."""
    where = f"records 第 {lineno} 行 {table}.{col.name}"
    if value is None:
        if not col.nullable:
            raise _bad(f"{where}: 不能为空 / must not be null")
        return None
    t = col.type
    if isinstance(t, Boolean):
        if not isinstance(value, bool):
            raise _bad(f"{where}: 应为 true/false")
        return value
    if isinstance(t, Integer):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**53:
            raise _bad(f"{where}: 应为整数 / integer expected")
        return value
    if isinstance(t, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > 1e9:
            raise _bad(f"{where}: 数值无效 / invalid number")
        return float(value)
    if not isinstance(value, str):
        raise _bad(f"{where}: 应为文字 / text expected")
    if "\x00" in value:
        raise _bad(f"{where}: 含 NUL / contains NUL")
    if isinstance(t, DateTime):
        try:
            v = dt.datetime.fromisoformat(value)
        except ValueError:
            raise _bad(f"{where}: 时间无效 / invalid time {value[:30]!r}") from None
        if v.tzinfo is not None or not dt.datetime(2000, 1, 1) <= v <= dt.datetime(2100, 12, 31, 23, 59, 59):
            raise _bad(f"{where}: 时间超出范围 / time out of range {value[:30]!r}")
        return v
    if isinstance(t, Date):
        try:
            d = dt.date.fromisoformat(value)
        except ValueError:
            raise _bad(f"{where}: 日期无效 / invalid date {value[:30]!r}") from None
        if not dt.date(2000, 1, 1) <= d <= dt.date(2100, 12, 31):
            raise _bad(f"{where}: 日期超出范围 / date out of range")
        return d
    if isinstance(t, String) and t.length and len(value) > t.length:
        raise _bad(f"{where}: 过长 / too long")
    if isinstance(t, Text) and len(value) > 200_000:
        raise _bad(f"{where}: 过长 / too long")
    return value


def _check_row(table: str, row, lineno: int) -> dict:
    if not isinstance(row, dict):
        raise _bad(f"records 第 {lineno} 行: row")
    cols = _COLUMNS[table]
    if set(row) != set(cols):
        missing, extra = set(cols) - set(row), set(row) - set(cols)
        raise _bad(f"records 第 {lineno} 行 {table}: 字段不符 / columns differ "
                   f"(missing {sorted(missing)[:3]}, extra {[e[:20] for e in sorted(extra)[:3]]})")
    out = {name: _convert(table, cols[name], row[name], lineno) for name in cols}
    if not UUID_RE.match(str(out.get("id", ""))):
        raise _bad(f"records 第 {lineno} 行 {table}.id: UUID")
    if not HLC_RE.match(out["hlc"]):
        raise _bad(f"records 第 {lineno} 行 {table}.hlc")
    if not UUID_RE.match(out["device_id"]):
        raise _bad(f"records 第 {lineno} 行 {table}.device_id")
    for (t, c), allowed in ENUMS.items():
        if t == table and out[c] not in allowed:
            raise _bad(f"records 第 {lineno} 行 {table}.{c}: 取值无效 / invalid value {str(out[c])[:30]!r}")
    for (t, c), pattern in SAFE_NAMES.items():
        if t == table and not pattern.match(out[c]):
            raise _bad(f"records 第 {lineno} 行 {table}.{c}: 取值无效 / invalid value {out[c][:30]!r}")
    for (t, c), kind in JSON_COLUMNS.items():
        if t == table:
            try:
                value = _strict_loads(out[c])
            except (ValueError, RecursionError):
                value = None
            if not isinstance(value, kind):
                raise _bad(f"records 第 {lineno} 行 {table}.{c}: JSON")
    if table == "sync_conflict" and (out["table_name"] not in TABLES or not UUID_RE.match(out["row_id"])
                                     or not UUID_RE.match(out["package_id"])):
        raise _bad(f"records 第 {lineno} 行 sync_conflict: 所指的行 / the row it names")
    if table != EVENT_TABLE:
        try:
            vv = _strict_loads(out["vv"])
        except (ValueError, RecursionError):
            raise _bad(f"records 第 {lineno} 行 {table}.vv") from None
        if not isinstance(vv, dict) or not vv or any(
                not UUID_RE.match(k) or not isinstance(v, int) or isinstance(v, bool) or v < 1 for k, v in vv.items()):
            raise _bad(f"records 第 {lineno} 行 {table}.vv")
    else:
        if not HEX64_RE.match(out["hash"]) or not HEX64_RE.match(out["prev_hash"]) or out["device_seq"] < 1:
            raise _bad(f"records 第 {lineno} 行 case_event: 哈希链字段 / chain fields")
    return out


def _check_device_line(d, lineno: int) -> None:
    if not isinstance(d, dict) or set(d) != set(DEVICE_COLUMNS) or not UUID_RE.match(str(d.get("id"))) or \
            not isinstance(d.get("name"), str) or fields.text_problem(d["name"], fields.DEVICE_NAME.max_len, True) \
            or not isinstance(d.get("public_key"), str) or not (d["public_key"] == "" or
                                                                _is_public_key(d["public_key"])):
        raise _bad(f"records 第 {lineno} 行 device")


def _check_attachment_type(path: Path, media_type: str, lineno: int) -> None:
    """A file is what its content says, judged as ``attach add`` judges it (a decode, not magic
    bytes alone), not what a row claims."""
    from app.services.attachments import judge_file

    try:
        ok = judge_file(path, path.name) == media_type
    except Refused:
        ok = False
    if not ok:
        raise _bad(f"records 第 {lineno} 行 attachment: 文件内容不是 {media_type} / the file is not {media_type}")


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
        raise _bad("包里有以本机名义记录、本机却没有的事件 / the package holds events in this device's name that it "
                   "never recorded")


# --- apply ------------------------------------------------------------------------------------------------
def _vv_cmp(a: dict, b: dict) -> str:
    """'equal', 'a' (a is newer), 'b' (b is newer) or 'concurrent'."""
    keys_ = set(a) | set(b)
    a_ge = all(a.get(k, 0) >= b.get(k, 0) for k in keys_)
    b_ge = all(b.get(k, 0) >= a.get(k, 0) for k in keys_)
    if a_ge and b_ge:
        return "equal"
    if a_ge:
        return "a"
    if b_ge:
        return "b"
    return "concurrent"


def _jsonable(row: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in row.items()}


# A preview (dry run) keeps what it checked, so that applying the same file right after does not check
# it again (for a large package, half the time). Reused only while nothing has changed: the same
# file (size, time, content hash), passphrase and database (no change number drawn since).
_PREVIEWED: dict[str, tuple] = {}


def _preview_key(store: Store, path: Path, passphrase: str | None) -> tuple:
    """The file (path, size, time), the passphrase (hashed) and the database's last change number."""
    st = path.stat()
    return ((str(path.resolve()), st.st_size, st.st_mtime_ns), hashlib.sha256((passphrase or "").encode()).hexdigest(),
            store.lseq)


def _forget_preview(store: Store) -> None:
    kept = _PREVIEWED.pop(str(store.path), None)
    if kept is not None:
        shutil.rmtree(kept[3].staging, ignore_errors=True)


def import_package(store: Store, path: Path, passphrase: str | None = None, dry_run: bool = False,
                   progress=None, keep_preview: bool = False, _retry: bool = True) -> dict:
    """Validate the whole package, then apply it in one transaction. Returns the summary.
    ``keep_preview`` (with ``dry_run``, for the GUI's preview-then-apply): keep what was checked for
    an import of the same file that follows. A package refused because one before it is missing
    waits in ``sync/waiting/``; after every import the waiting ones are tried again."""
    path = Path(path)
    try:
        summary = _import_package(store, path, passphrase, dry_run, progress, keep_preview)
    except Refused as exc:
        if exc.code == "sync_chain_gap" and not dry_run:
            _keep_waiting(store, path)
        raise
    if not dry_run and _retry and not summary.get("already_imported"):
        summary["waiting_imported"] = _retry_waiting(store, passphrase)
    return summary


MAX_WAITING = 50


def _waiting_dir(store: Store) -> Path:
    return store.path.parent / "sync" / "waiting"


def _keep_waiting(store: Store, path: Path) -> None:
    """A copy of a package whose predecessor has not arrived (at most MAX_WAITING, oldest dropped)."""
    folder = _waiting_dir(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{_file_sha(path)}.zsync"
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
                    keep_preview: bool) -> dict:
    kept = _PREVIEWED.get(str(store.path))
    checked = None
    if kept is not None and not dry_run:
        try:
            same = kept[:3] == _preview_key(store, path, passphrase) and _file_sha(path) == kept[3].file_sha256
        except OSError:
            same = False
        if same:
            checked = kept[3]
            del _PREVIEWED[str(store.path)]
    if checked is None:
        _forget_preview(store)
    try:
        if checked is None:
            staging = Path(tempfile.mkdtemp(prefix="staging-", dir=_staging_root(store)))
            try:
                checked = check_package(store, path, passphrase, staging, progress)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        summary = _apply(store, checked, dry_run, progress)
    except BaseException:
        if checked is not None:
            shutil.rmtree(checked.staging, ignore_errors=True)
        raise
    # a sealed package's rows are decrypted content: never kept on disk once its import ends
    if dry_run and keep_preview and not summary.get("already_imported") and not checked.sealed:
        _PREVIEWED[str(store.path)] = (*_preview_key(store, path, passphrase), checked)
    else:
        shutil.rmtree(checked.staging, ignore_errors=True)
    return summary


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


class _DryRun(Exception):
    pass


def _apply(store: Store, c: Checked, dry_run: bool, progress) -> dict:
    from app.sync import bulk

    m = c.manifest
    lseq_before = store.lseq
    summary: dict = {"package_id": m["package_id"], "device": m["device_name"], "device_id": m["device_id"],
                     "seq": m["seq"], "dry_run": dry_run, "inserted": {}, "updated": {}, "unchanged": {},
                     "conflicts": {}, "missing_packages": [], "warnings": []}
    with store.reader() as s:
        seen = s.get(SyncPackage, m["package_id"])
    if seen is not None:
        if seen.direction == "in" and seen.file_sha256 == c.file_sha256:
            summary["already_imported"] = True
            return summary
        raise Refused("sync_replayed", package=m["package_id"])
    if not dry_run:
        summary["backup"] = _backup_before_import(store, sum(c.counts.values()))
    try:
        with store.session() as s:
            s.info["sync_import"] = True
            sender = s.get(Device, m["device_id"])
            # package sequence: a gap means a package from this device never arrived here
            if sender is not None and sender.package_seq:
                if m["seq"] <= sender.package_seq:
                    raise Refused("sync_replayed", package=m["package_id"])
                if m["seq"] > sender.package_seq + 1:
                    summary["missing_packages"] = list(range(sender.package_seq + 1, m["seq"]))
            # the sender's own audit chain may grow, never shrink or change
            chain = m["chain"]
            if sender is not None and sender.reported_chain_seq:
                if chain["seq"] < sender.reported_chain_seq:
                    raise Refused("sync_audit", device=m["device_name"], problem="历史被截断 / history truncated")
                if chain["seq"] == sender.reported_chain_seq and chain["head"] != sender.reported_chain_head:
                    raise Refused("sync_audit", device=m["device_name"], problem="历史被改动 / history edited")
            media = _apply_records(store, s, c, summary, progress)
            _check_sender_head(store, s, c)
            _keep_signed_heads(store, s, c)
            sender = s.get(Device, m["device_id"])
            sender.package_seq = m["seq"]
            sender.package_hash = c.file_sha256
            sender.reported_chain_seq, sender.reported_chain_head = chain["seq"], chain["head"]
            s.add(SyncPackage(id=m["package_id"], direction="in", device_id=m["device_id"], peer_id=m["peer"],
                              seq=m["seq"], file_sha256=c.file_sha256, manifest_sha256=c.manifest_sha256,
                              created_at=_parse_created(m["created_at"]), handled_at=utcnow(),
                              summary=canonical_json({k: summary[k] for k in ("inserted", "updated", "conflicts")})))
            row = s.get(Meta, "lseq")
            if row is not None:
                row.value = str(store.lseq)
            else:
                s.add(Meta(key="lseq", value=str(store.lseq)))
            if dry_run:
                raise _DryRun()
    except _DryRun:
        store.lseq = lseq_before  # nothing was written; the change numbers it drew are given back
    except Refused:
        store.lseq = lseq_before  # rolled back: the change numbers it drew are given back
        raise
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        store.lseq = lseq_before
        raise _bad(f"记录相互矛盾 / inconsistent rows: {str(getattr(exc, 'orig', exc))[:80]}") from None
    store.invalidate_calendar()
    bulk._tick("commit")
    if not dry_run:
        # photos arrive with their thumbnails: made here, after the commit, in the import's own job
        # (off the GUI thread); a thumbnail that cannot be made leaves the import as it is
        from app.services.attachments import make_missing_thumbnails

        summary["thumbnails_made"] = make_missing_thumbnails(store, media)
    return summary


KEEP_PRE_IMPORT = 10


BIG_IMPORT = 20_000  # records; a package this large always gets its own copy of the database first


def _backup_before_import(store: Store, records: int) -> str:
    """A copy of the file from just before an import (the last ten kept). The import itself is one
    transaction and keeps both versions of anything edited on both sides, so the copy is a second
    line of defence: taken before every large package, and before a small one unless a copy from
    the last day exists (copying a database of a million rows for a package of a hundred would
    cost more than the import and, kept ten times, gigabytes of disk)."""
    from app.db import backups_dir, sqlite_backup

    folder = backups_dir(store.path)
    existing = sorted(folder.glob("pre-import-*.db"))
    if records < BIG_IMPORT and existing:
        age = dt.datetime.now().timestamp() - existing[-1].stat().st_mtime
        if 0 <= age < 24 * 3600:
            return ""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = sqlite_backup(store.path, folder / f"pre-import-{stamp}.db")
    for old in sorted(folder.glob("pre-import-*.db"))[:-KEEP_PRE_IMPORT]:
        old.unlink()
    return str(dest)


def _parse_created(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.rstrip("Z"))
    except ValueError:
        return utcnow()


def _bump(summary: dict, key: str, table: str, n: int = 1) -> None:
    if n:
        summary[key][table] = summary[key].get(table, 0) + n


def _apply_records(store: Store, s, c: Checked, summary: dict, progress) -> dict[str, str]:
    """The staged rows into the database (see ``app.sync.bulk``): devices first, since every row
    names the device that wrote it; then the tables, parents first; then the events."""
    from app.sync import bulk

    conn = s.connection()
    bulk._tick("backup, transaction")
    bulk.attach(conn, c.stage_db)
    for d in c.devices:
        if s.get(Device, d["id"]) is None:
            s.add(Device(id=d["id"], name=d["name"], public_key=d["public_key"], trusted=False, is_local=False,
                         created_at=utcnow()))
            s.flush()
            _bump(summary, "inserted", "device")
    bulk._tick("devices")
    _check_counters(store, s, conn, c)
    bulk._tick("counters")
    _screen_config(store, s, conn, c, summary)
    touched_cases = bulk.apply_tables(store, s, conn, c, summary, progress)
    _rederive_cases(conn, touched_cases)
    bulk._tick("rederive")
    media = bulk.media_of(conn.connection.driver_connection)
    _store_attachment_files(store, c, media)
    return media


def _check_counters(store: Store, s, conn, c: Checked) -> None:
    """Version-vector counters: the sender's are its own; every other device's may not exceed what
    that device signed (the seed's calendar is counter 1; this device's own: what it holds)."""
    from app.store import SEED_DEVICE
    from app.sync import bulk

    bounds = {d: a.get("vv", 0) for d, a in signed_heads(store).items()}
    for d, a in c.heads.items():
        bounds[d] = max(bounds.get(d, 0), a["vv"])
    bounds[SEED_DEVICE] = 1
    bounds[store.device_id] = 0  # compared row by row with this device's own rows
    bulk.check_counters(s, conn.connection.driver_connection, bounds, c.vv_top, {c.manifest["device_id"]})


CONFIG_TABLES = ("calendar_day", "calendar_year", "config_doc")  # what decides everyone's deadlines


def supervisors(store: Store) -> set[str]:
    """Devices a person here has marked as a supervisor: the only ones whose packages may change
    calendars, rule sets and checklist templates (a trust level of its own, above "trusted")."""
    try:
        out = json.loads(store.setting("supervisors", "[]"))
    except ValueError:
        return set()
    return set(out) if isinstance(out, list) else set()


def _describe_config(table: str, r: dict) -> str:
    """One configuration change in the user's language (issue 16: both languages were mixed)."""
    from app.messages import render

    if table == "calendar_day":
        what = render("sync_cfg_day_holiday" if r["kind"] == "holiday" else "sync_cfg_day_workday",
                      day=r["day"], name=r["name"])
    elif table == "calendar_year":
        what = render("sync_cfg_year", year=r["year"], source=r["source"])
    else:
        kind = render("sync_cfg_rules") if r["kind"] == "rules" else render("sync_cfg_checklist")
        what = f"{kind} {r['doc_id']} v{r['version']} {r['name']}"
    return what.strip() + (render("sync_cfg_deleted") if r.get("deleted") in (True, "true", 1) else "")


def _screen_config(store: Store, s, conn, c: Checked, summary: dict) -> None:
    """Every configuration change the package brings is listed; from a device not marked as a
    supervisor, none is applied (rows that change nothing pass as before)."""
    from app.sync import bulk

    dbapi = conn.connection.driver_connection
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_skip (id TEXT PRIMARY KEY)")
    dbapi.execute("DELETE FROM temp.zsync_skip")
    allowed = c.manifest["device_id"] in supervisors(store)
    changes: list[dict] = []
    for table in CONFIG_TABLES:
        spec = bulk._Spec(table)
        cols = ",".join(f'x."{n}"' for n in spec.names)
        nk = NATURAL_KEYS[table]
        match = " AND ".join(f'm."{k}" = x."{k}"' for k in nk)
        for row in dbapi.execute(
                f'SELECT {cols}, coalesce((SELECT vv FROM main."{table}" m WHERE m.id = x.id), '
                f'(SELECT vv FROM main."{table}" m WHERE {match})) FROM {bulk.ALIAS}."{table}" x'):
            r = bulk._rows_as_typed(spec, [row[:-1]])[0]
            held = row[-1]
            if held is not None and _vv_cmp(json.loads(held), json.loads(r["vv"])) in ("equal", "a"):
                continue  # what this database already has, or older: no change
            changes.append({"table": table, "id": r["id"], "change": _describe_config(table, r),
                            "applied": allowed})
            if not allowed:
                dbapi.execute("INSERT OR IGNORE INTO temp.zsync_skip VALUES (?)", (r["id"],))
    summary["config_changes"] = changes
    if changes and not allowed:
        summary["warnings"].append(
            f"{len(changes)} 项日历/规则/模板更改未采用:“{c.manifest['device_name']}”不是主管设备 / "
            f"{len(changes)} calendar, rule or template changes not applied: the sender is not marked as a "
            f"supervisor (sync trust DEVICE --supervisor)")


def _check_sender_head(store: Store, s, c: Checked) -> None:
    """A package without events of its sender still names the sender's chain head: it must be an
    event this database holds, unchanged (or else one it has not received yet: a missing package)."""
    sender, chain = c.manifest["device_id"], c.manifest["chain"]
    if sender in c.chain_tops or chain["seq"] == 0:
        return
    table = CaseEvent.__table__
    held = s.execute(select(table.c.hash).where(table.c.device_id == sender,
                                                table.c.device_seq == chain["seq"])).scalar()
    if held is None:
        top = s.execute(select(func.max(table.c.device_seq)).where(table.c.device_id == sender)).scalar() or 0
        raise Refused("sync_chain_gap", device=c.manifest["device_name"], have=top, seq=chain["seq"])
    if held != chain["head"]:
        raise Refused("sync_audit", device=c.manifest["device_name"], problem="历史被改动 / history edited")


def _keep_signed_heads(store: Store, s, c: Checked) -> None:
    """Keep each device's newest signed statement whose head this database now holds: it travels
    on with that device's events (a relay carries the author's signature, never the relayer's)."""
    if not c.heads:
        return
    table = CaseEvent.__table__
    kept = signed_heads(store)
    changed = False
    for dev, att in c.heads.items():
        old = kept.get(dev)
        if old is not None and (att["seq"], att["vv"]) <= (old["seq"], old["vv"]):
            continue
        if old is not None and att["seq"] < old["seq"]:
            continue
        if att["seq"] and s.execute(select(table.c.hash).where(
                table.c.device_id == dev, table.c.device_seq == att["seq"])).scalar() != att["head"]:
            continue
        kept[dev] = att
        changed = True
    if changed:
        store.set_setting(s, "signed_heads", canonical_json(kept))


def _rederive_cases(conn, touched: set[str]) -> None:
    """Status and current stage follow from the rounds; after a merge every device recomputes them
    the same way (they are not edits and never conflict). Cases and their rounds are read side by
    side in case order, so memory stays flat however many cases a package touched."""
    from itertools import groupby

    from app.services.cases import derive_state

    if not touched:
        return
    dbapi = conn.connection.driver_connection
    if len(touched) > 5000:  # one pass over everything beats many lookups
        chunks = [None]
    else:
        ids = sorted(touched)
        chunks = [ids[i:i + 500] for i in range(0, len(ids), 500)]
    changes = []
    for chunk in chunks:
        marks = "" if chunk is None else ",".join("?" * len(chunk))
        args = () if chunk is None else tuple(chunk)
        rounds = dbapi.execute(
            "SELECT case_id, stage, round, finished_on, outcome FROM stage_round WHERE deleted = 0 "
            + ("" if chunk is None else f"AND case_id IN ({marks}) ") + "ORDER BY case_id, seq", args)
        grouped = groupby(rounds, key=lambda r: r[0])
        pending = next(grouped, None)
        for cid, status, stage in dbapi.execute(
                'SELECT id, status, current_stage FROM "case" ' + ("" if chunk is None else f"WHERE id IN ({marks}) ")
                + "ORDER BY id", args):
            while pending is not None and pending[0] < cid:
                pending = next(grouped, None)
            mine = []
            if pending is not None and pending[0] == cid:
                mine = [r[1:] for r in pending[1]]
                pending = next(grouped, None)
            if cid not in touched:
                continue
            new = derive_state(mine)
            if new != (status, stage):
                changes.append((new[0], new[1], cid))
    if changes:
        dbapi.executemany('UPDATE "case" SET status = ?, current_stage = ? WHERE id = ?', changes)


def _store_attachment_files(store: Store, c: Checked, media: dict[str, str]) -> None:
    from app.services.attachments import stored_path

    for sha, src in c.attachments.items():
        if sha not in media:
            continue
        dest = stored_path(store, sha, media[sha].split("/")[1].replace("jpeg", "jpg"))
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_suffix(".part")
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)


DERIVED = ("current_stage", "status")  # case columns recomputed from the rounds after every import

NATURAL_KEYS = {
    "config_doc": ("kind", "doc_id", "version"),
    "case": ("case_no",),
    "calendar_day": ("day",),
    "calendar_year": ("year",),
    "survey": ("case_id",),
    "inspection": ("round_id",),
    "inspection_result": ("inspection_id", "item_code"),
    "notice": ("inspection_id",),
    "stage_round": ("case_id", "stage", "round"),
}


def _apply_mutable(store: Store, s, conn, model, rows: list[dict], summary: dict, c: Checked) -> None:
    table = model.__table__
    name = model.__tablename__
    ids = [r["id"] for r in rows]
    existing = {}
    cols = [col for col in table.columns]
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(*cols).where(table.c.id.in_(ids[i:i + 500]))).mappings():
            existing[r["id"]] = dict(r)
    # a natural key held locally by another id: the same thing made twice (keep both, flag it)
    nk = NATURAL_KEYS.get(name)
    clashes = set()
    if nk:
        new_rows = [r for r in rows if r["id"] not in existing]
        first = nk[0]
        held: dict[tuple, dict] = {}
        values = sorted({r[first] for r in new_rows}, key=str)
        for i in range(0, len(values), 500):
            for o in conn.execute(select(*cols).where(table.c[first].in_(values[i:i + 500]))).mappings():
                held[tuple(o[k] for k in nk)] = dict(o)
        for r in new_rows:
            other = held.get(tuple(r[k] for k in nk))
            if other is not None and other["id"] != r["id"]:
                clashes.add(r["id"])
                _record_conflict(s, name, r["id"], other, r, "mine", c)
                _bump(summary, "conflicts", name)
    inserts, updates = [], []
    for r in rows:
        if r["id"] in clashes:
            continue
        local = existing.get(r["id"])
        if local is None:
            inserts.append({**r, "lseq": store.next_lseq()})
            continue
        a, b = json.loads(local["vv"]), json.loads(r["vv"])
        order = _vv_cmp(a, b)
        if order in ("equal", "a"):
            _bump(summary, "unchanged", name)
            continue
        if order == "b":
            updates.append({**r, "lseq": store.next_lseq()})
            _bump(summary, "updated", name)
            continue
        merged = {k: max(a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b)}
        if all(local[k] == r[k] for k in r if k not in ("hlc", "device_id", "vv") + DERIVED):
            # both sides made the same change: one version, nothing for a person to decide
            winner_row = r if (r["hlc"], r["device_id"]) > (local["hlc"], local["device_id"]) else local
            updates.append({**{k: winner_row[k] for k in r}, "vv": canonical_json(merged), "lseq": store.next_lseq()})
            _bump(summary, "updated", name)
            continue
        # concurrent: the newer clock wins the view; the other version is kept for a person
        mine_key = (local["hlc"], local["device_id"])
        theirs_key = (r["hlc"], r["device_id"])
        winner = "theirs" if theirs_key > mine_key else "mine"
        base = r if winner == "theirs" else local
        updates.append({**{k: base[k] for k in r}, "vv": canonical_json(merged), "lseq": store.next_lseq()})
        _record_conflict(s, name, r["id"], local, r, winner, c)
        _bump(summary, "conflicts", name)
    if inserts:
        conn.execute(insert(table), inserts)
        _bump(summary, "inserted", name, len(inserts))
    for u in updates:
        conn.execute(update(table).where(table.c.id == u["id"]).values(**{k: v for k, v in u.items() if k != "id"}))


def _version_key(v: dict) -> str:
    return f"{v['hlc']}|{v['device_id']}"


def _record_conflict(s, table: str, row_id: str, mine: dict, theirs: dict, winner: str, c: Checked) -> None:
    """Keep both versions in a conflict row (one row however many places find it)."""
    a = _jsonable({k: v for k, v in mine.items() if k != "lseq"})
    b = _jsonable(theirs)
    older, newer = sorted((a, b), key=lambda v: (v["hlc"], v["device_id"]))
    cid = natural_id("conflict", table, row_id, _version_key(older), _version_key(newer))
    if s.get(SyncConflict, cid) is not None:
        return
    s.info["sync_import"] = False  # a conflict found here is this device's own write: stamp it
    try:
        s.add(SyncConflict(id=cid, table_name=table, row_id=row_id, older=canonical_json(older),
                           newer=canonical_json(newer), package_id=c.manifest["package_id"], detected_at=utcnow()))
        s.flush()
    finally:
        s.info["sync_import"] = True


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
            setattr(obj, col.key, _convert(cf.table_name, col, chosen[col.name], 0))
        from sqlalchemy.orm.attributes import flag_modified

        flag_modified(obj, "deleted")  # a new version even when the values equal the shown ones
        cf.resolved_at = utcnow()
        cf.resolution = "older" if chosen == json.loads(cf.older) else "newer"
    return {"id": matches[0], "kept": keep, "table": entry["table"], "row_id": entry["row_id"]}


def list_devices(store: Store) -> list[dict]:
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
    from app.services.audit import verify_chains

    problems = verify_chains(store)
    with store.reader() as s:
        devices = [{"id": d.id, "name": d.name, "chain_seq": d.chain_seq, "reported_chain_seq": d.reported_chain_seq,
                    "behind_report": d.reported_chain_seq > d.chain_seq and not d.is_local}
                   for d in s.scalars(select(Device))]
    return {"ok": not problems, "problems": problems, "devices": devices}


__all__ = ["export_package", "import_package", "list_conflicts", "resolve_conflict", "list_devices", "trust_device",
           "verify_audit", "Base", "event_fields"]
