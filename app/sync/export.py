"""Writing a package: everything, or what changed since the last package to a peer. SQLite renders
each record as its JSON line; a background thread compresses and hashes; the rows are judged by
the importer's own rules first, and the file appears only when complete.
"""


from __future__ import annotations

import hashlib
import os
import queue
import shutil
import tempfile
import threading
import uuid
import zipfile
from pathlib import Path

from sqlalchemy import Boolean, DateTime, Float, select

from app import __version__, fields
from app import device_keys as keys
from app.blobs import extension, stored_path
from app.db import SCHEMA_HEAD
from app.errors import Refused
from app.leftovers import remember_export_folder
from app.messages import render
from app.models import Attachment, CaseEvent, Device, SyncPackage, SyncPeer
from app.store import Store, canonical_json, utcnow
from app.sync import export_pg
from app.sync.container import HashingWriter, sha256_of_file
from app.sync.format import DEVICE_COLUMNS, FORMAT, MUTABLE
from app.sync.peers import signed_heads


def export_package(store: Store, out: Path, peer: str | None = None, passphrase: str | None = None,
                   progress=None) -> dict:
    """Write a package: everything (``peer`` None) or what changed since the last one to ``peer``.
    Streams rows from the database; writes to a temporary file renamed only when complete."""
    if store.is_server and not store.signing_key():
        # a server database is one device, its key kept on the computer that made the database
        # (app/store.py): another computer reads and writes it but cannot sign in its name
        raise Refused("pg_export_no_key", url=store.url)
    out = Path(out)
    with store.reader() as s:
        if store.is_server:  # other clients write too: the counters as the database holds them now
            store.refresh_settings(s)
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
                    w = HashingWriter(raw)
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
        file_sha = sha256_of_file(tmp)
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
        problems.append(render("sync_p_export_device", name=local.name[:40]))
    user = s.info["store"].user
    if fields.text_problem(user, fields.USER.max_len):
        problems.append(render("sync_p_export_user", name=user[:40]))
    if s.info["store"].is_server:  # its rows are judged by the same rules on their way out (export_pg.RowCheck)
        if problems:
            raise Refused("sync_export_invalid", rows="; ".join(problems[:5]))
        return
    dbapi = s.connection().connection.driver_connection
    problems += fields.row_problems(dbapi, "main", {"case": "case_no"},
                                    where=f" AND +lseq > {int(since)} AND +lseq <= {int(upto)}" if since == 0
                                    else f" AND lseq > {int(since)} AND lseq <= {int(upto)}")
    if problems:
        raise Refused("sync_export_invalid", rows="; ".join(problems[:5]))


def _issued_counter(s, device_id: str) -> int:
    """The highest version-vector counter ``device_id`` holds for itself in any row: what it has
    issued (rows carry the counter of their last local edit, never lowered by a merge)."""
    if s.info["store"].is_server:
        return export_pg.issued_counter(s, [m.__table__ for m in MUTABLE], device_id)
    dbapi = s.connection().connection.driver_connection
    path, top = f'$."{device_id}"', 0
    for m in MUTABLE:
        v = dbapi.execute(f'SELECT max(CAST(json_extract(vv, ?) AS INTEGER)) FROM "{m.__tablename__}" '
                          f'WHERE instr(vv, ?)', (path, device_id)).fetchone()[0]
        top = max(top, v or 0)
    return top


def _uuid4() -> str:
    return str(uuid.uuid4())


def _device_name(store: Store) -> str:
    with store.reader() as s:
        return s.get(Device, store.device_id).name


def _public_key(store: Store) -> str:
    with store.reader() as s:
        return s.get(Device, store.device_id).public_key


def _json_expr(col) -> str:
    """SQLite expression giving ``col`` exactly as a record line holds it: ISO times with a "T",
    booleans as true/false, reals that read back to the same float."""
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
        self.sink, self.error = sink, None
        self.q: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
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
                except BaseException as exc:
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
            w = HashingWriter(raw)
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
                    if store.is_server:
                        done = _write_tables_pg(s, since, upto, limits, bw, counts, progress)
                    dbapi = None if store.is_server else s.connection().connection.driver_connection
                    jobs = [] if store.is_server else [(m.__table__, "lseq") for m in MUTABLE] + [
                        (CaseEvent.__table__, "device_id, device_seq")]
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
        for sha, media in sorted(shas):
            src = stored_path(store, sha, extension(media))
            if not src.exists():
                continue  # a row whose file never reached this laptop: the row still travels
            name = f"attachments/{sha}"
            with zf.open(name, "w") as raw, src.open("rb") as f:
                aw = HashingWriter(raw)
                shutil.copyfileobj(f, aw)
            members[name] = {"size": aw.size, "sha256": aw.sha.hexdigest()}
        counts["attachment_files"] = len([m for m in members if m.startswith("attachments/")])
    finally:
        if own:
            zf.close()
    return members


def _write_tables_pg(s, since: int, upto: int, limits: dict[str, int], bw: _BackgroundWriter, counts: dict,
                     progress) -> int:
    """The tables' record lines from a server database (app/sync/export_pg.py), checked on the way."""
    checker = export_pg.RowCheck()
    problems: list[str] = []
    done = 0
    try:
        for table in [m.__table__ for m in MUTABLE] + [CaseEvent.__table__]:
            cut = limits if table is CaseEvent.__table__ else None
            n = export_pg.write_table(s, table, since, upto, cut, bw.write, checker, problems)
            if problems:
                raise Refused("sync_export_invalid", rows="; ".join(problems[:5]))
            if n:
                counts[table.name] = n
            done += n
            if progress:
                progress(done, 0)
    finally:
        checker.close()
    return done
