"""Pass 2 of an import, inside its one transaction: the staging file is attached; rows whose id or
natural key this database already holds go through the row-by-row merge (``merge``); every other
row is inserted by ``INSERT … SELECT`` at SQLite's own speed, with fresh change numbers. Event
chains are checked with SQL against both the database and the package; configuration from a
device not marked as a supervisor is listed, not applied; then the cases are derived again and
the attachment files stored. Idempotent: the same package twice changes nothing.
"""


from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import config_set, keyed, points_authority
from app.blobs import make_missing_thumbnails
from app.db import backups_dir, sqlite_backup
from app.errors import Refused
from app.messages import render
from app.models import CaseEvent, Device, Meta, SyncPackage
from app.store import SEED_DEVICE, Store, canonical_json, utcnow
from app.sync import timing
from app.sync.applied import describe_config, device_label, store_attachment_files
from app.sync.format import (
    COLUMNS,
    CONFIG_TABLES,
    EVENT_TABLE,
    MUTABLE,
    NATURAL_KEYS,
    Checked,
    bad_package,
    bump,
)
from app.sync.merge import merge_rows, rederive_cases, vv_cmp
from app.sync.peers import signed_heads, supervisors
from app.sync.staging import ALIAS, Spec, attach, rows_as_typed


class _DryRun(Exception):
    pass


def apply_package(store: Store, c: Checked, dry_run: bool, progress) -> dict:
    """Apply a checked package in one transaction (``dry_run``: then roll it back) and return the summary:
    what was inserted, updated, unchanged, in conflict, and what the package lacked."""
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
            store.catch_up(s)  # the rows' change numbers follow the file's, whoever wrote it last
            lseq_before = store.lseq
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
                    raise Refused("sync_audit", device=m["device_name"], problem=render("sync_p_history_truncated"))
                if chain["seq"] == sender.reported_chain_seq and chain["head"] != sender.reported_chain_head:
                    raise Refused("sync_audit", device=m["device_name"], problem=render("sync_p_history_edited"))
            media = _apply_records(store, s, c, summary, progress)
            # issue 21: points rows made without the roles document's authority are kept, not counted: say so
            summary["warnings"] += points_authority.screen_import(s, config_set.load(s), lseq_before)
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
    except (IntegrityError, *keyed.IntegrityError) as exc:
        store.lseq = lseq_before
        raise bad_package("sync_p_inconsistent_rows", error=str(getattr(exc, 'orig', exc))[:80]) from None
    store.invalidate_calendar()
    timing.tick("commit")
    if not dry_run:
        # photos arrive with their thumbnails: made here, after the commit, in the import's own job
        # (off the GUI thread); a thumbnail that cannot be made leaves the import as it is
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
    if store.is_server:
        return ""  # a server is backed up by pg_dump; the import is one transaction either way
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


def _apply_records(store: Store, s, c: Checked, summary: dict, progress) -> dict[str, str]:
    """The staged rows into the database (see ``apply_tables``): devices first, since every row
    names the device that wrote it; then the tables, parents first; then the events."""
    timing.tick("backup, transaction")
    if store.is_server:  # no staging file can be attached to a server: the same rules, read across
        from app.sync.apply_pg import apply_records

        return apply_records(store, s, c, summary, progress, _add_devices)
    conn = s.connection()
    attach(conn, c.stage_db)
    _add_devices(s, c, summary)
    timing.tick("devices")
    _check_counter_bounds(store, s, conn, c)
    timing.tick("counters")
    _screen_config(store, s, conn, c, summary)
    touched_cases = apply_tables(store, s, conn, c, summary, progress)
    rederive_cases(conn, touched_cases)
    timing.tick("rederive")
    media = media_of(conn.connection.driver_connection)
    store_attachment_files(store, c, media)
    return media


def _add_devices(s, c: Checked, summary: dict) -> None:
    for d in c.devices:
        if s.get(Device, d["id"]) is None:
            s.add(Device(id=d["id"], name=d["name"], public_key=d["public_key"], trusted=False, is_local=False,
                         created_at=utcnow()))
            s.flush()
            bump(summary, "inserted", "device")


def _check_counter_bounds(store: Store, s, conn, c: Checked) -> None:
    """Version-vector counters: the sender's are its own; every other device's may not exceed what
    that device signed (the seed's calendar is counter 1; this device's own: what it holds)."""
    bounds = {d: a.get("vv", 0) for d, a in signed_heads(store).items()}
    for d, a in c.heads.items():
        bounds[d] = max(bounds.get(d, 0), a["vv"])
    bounds[SEED_DEVICE] = 1
    bounds[store.device_id] = 0  # compared row by row with this device's own rows
    check_counters(s, conn.connection.driver_connection, bounds, c.vv_top, {c.manifest["device_id"]})


def _screen_config(store: Store, s, conn, c: Checked, summary: dict) -> None:
    """Every configuration change the package brings is listed; from a device not marked as a
    supervisor, none is applied (rows that change nothing pass as before)."""
    dbapi = conn.connection.driver_connection
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_skip (id TEXT PRIMARY KEY)")
    dbapi.execute("DELETE FROM temp.zsync_skip")
    allowed = c.manifest["device_id"] in supervisors(store)
    changes: list[dict] = []
    for table in CONFIG_TABLES:
        spec = Spec(table)
        cols = ",".join(f'x."{n}"' for n in spec.names)
        nk = NATURAL_KEYS[table]
        match = " AND ".join(f'm."{k}" = x."{k}"' for k in nk)
        for row in dbapi.execute(
                f'SELECT {cols}, coalesce((SELECT vv FROM main."{table}" m WHERE m.id = x.id), '
                f'(SELECT vv FROM main."{table}" m WHERE {match})) FROM {ALIAS}."{table}" x'):
            r = rows_as_typed(spec, [row[:-1]])[0]
            held = row[-1]
            if held is not None and vv_cmp(json.loads(held), json.loads(r["vv"])) in ("equal", "a"):
                continue  # what this database already has, or older: no change
            changes.append({"table": table, "id": r["id"], "change": describe_config(table, r),
                            "applied": allowed})
            if not allowed:
                dbapi.execute("INSERT OR IGNORE INTO temp.zsync_skip VALUES (?)", (r["id"],))
    summary["config_changes"] = changes
    if changes and not allowed:
        summary["warnings"].append(
            render("sync_p_config_not_applied", count=len(changes), device=c.manifest["device_name"]))


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
        raise Refused("sync_audit", device=c.manifest["device_name"], problem=render("sync_p_history_edited"))


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


def apply_tables(store, s, conn, c, summary: dict, progress=None) -> set[str]:
    """Pass 2 for every mutable table, parents first. Returns the ids of cases whose rounds or
    rows arrived (their derived state is recomputed)."""
    dbapi = conn.connection.driver_connection
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_special (id TEXT PRIMARY KEY)")
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_skip (id TEXT PRIMARY KEY)")  # see _screen_config
    specs = {name: Spec(name) for name in COLUMNS}
    done = 0
    for model in MUTABLE:
        name = model.__tablename__
        spec = specs[name]
        q, cols = f'"{name}"', ",".join(f'"{n}"' for n in spec.names)
        dbapi.execute("DELETE FROM temp.zsync_special")
        dbapi.execute(f"INSERT OR IGNORE INTO temp.zsync_special SELECT id FROM {ALIAS}.{q} "
                      f"WHERE id IN (SELECT id FROM main.{q})")
        nk = NATURAL_KEYS.get(name)
        if nk:
            match = " AND ".join(f'm."{k}" = x."{k}"' for k in nk)
            dbapi.execute(f"INSERT OR IGNORE INTO temp.zsync_special SELECT x.id FROM {ALIAS}.{q} x "
                          f"WHERE EXISTS (SELECT 1 FROM main.{q} m WHERE {match} AND m.id <> x.id)")
        # a row this database knows belongs to the case (or round) it belongs to here: a package
        # whose row of that id names another owner is not a newer version of it but another row
        # under a held id (a new case's round claiming another case's round id), refused whole as a
        # server's copy refuses it (its key)
        for col in _owners(model):
            other = dbapi.execute(f'SELECT x.id FROM {ALIAS}.{q} x JOIN main.{q} m ON m.id = x.id '
                                  f'WHERE m."{col}" <> x."{col}" LIMIT 1').fetchone()
            if other is not None:
                raise bad_package("sync_p_inconsistent_rows", error=f"{name} {other[0][:8]}: {col}")
        # rows this database knows: merged one by one
        cur = dbapi.execute(f"SELECT {cols} FROM {ALIAS}.{q} WHERE id IN (SELECT id FROM temp.zsync_special) "
                            f"AND id NOT IN (SELECT id FROM temp.zsync_skip)")
        while True:
            batch = cur.fetchmany(2000)
            if not batch:
                break
            merge_rows(store, s, conn, model, rows_as_typed(spec, batch), summary, c)
        # the rest is new here: inserted as a block with fresh change numbers, in the order of the
        # table's case index where it has one (its pages are then written once, not at random)
        order = "case_id, rowid" if "case_id" in spec.index else "rowid"
        incoming = dbapi.execute(f"SELECT count(*) FROM {ALIAS}.{q}").fetchone()[0]
        n = _insert_block(store, dbapi, name,
                          f"INSERT INTO main.{q} ({cols},lseq) SELECT {spec.select}, ? + ln FROM {ALIAS}.{q} "
                          f"WHERE id NOT IN (SELECT id FROM temp.zsync_special) "
                          f"AND id NOT IN (SELECT id FROM temp.zsync_skip) ORDER BY {order}", incoming)
        bump(summary, "inserted", name, n)
        timing.tick(f"insert {name} {n}")
        done += n
        if progress:
            progress(done, 0)
    _apply_events(store, s, dbapi, summary, c.chain_starts, c.chain_spans)
    timing.tick("events")
    touched = {r[0] for r in dbapi.execute(f'SELECT id FROM {ALIAS}."case" UNION SELECT case_id FROM '
                                           f'{ALIAS}.stage_round')}
    return touched


def _owners(model) -> list[str]:
    """The columns naming what a row belongs to and never changes: its case, its round (not null)."""
    table = model.__table__
    return [c for c in ("case_id", "round_id") if c in table.c and not table.c[c].nullable]


def _insert_block(store, dbapi, table: str, sql: str, incoming: int) -> int:
    """INSERT … SELECT with fresh change numbers from ``store.lseq`` (``store.lseq`` + the row's line
    number in the package). A block larger than what the
    table holds goes in without the table's plain indexes, rebuilt after (a sort, not a random
    write per row); unique ones stay, they guard the data."""
    rebuild = []
    if incoming > 100_000:
        held = dbapi.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        if incoming > held:
            rebuild = dbapi.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                    "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).fetchall()
    for name, _sql in rebuild:
        dbapi.execute(f'DROP INDEX main."{name}"')
    with store._lock:
        base = store.lseq
        n = dbapi.execute(sql, (base,)).rowcount
        if n > 0:  # change numbers base + line number: unique, in the package's order, gaps allowed
            store.lseq = base + dbapi.execute(f'SELECT max(ln) FROM {ALIAS}."{table}"').fetchone()[0]
    for _name, create in rebuild:
        dbapi.execute(create)
    return n


def _apply_events(store, s, dbapi, summary: dict, starts: list, spans: dict) -> None:
    """Append-only: union by id. A new event must not take a place in a device's chain that another
    event holds, and must link to the event before it wherever that one is known. One ordered pass
    over the package's events finds where each run of a chain starts; only those starts are
    looked up in the database."""
    q = f'"{EVENT_TABLE}"'
    stg = f"{ALIAS}.{q}"
    dbapi.execute("DELETE FROM temp.zsync_special")
    dbapi.execute(f"INSERT OR IGNORE INTO temp.zsync_special SELECT id FROM {stg} WHERE id IN (SELECT id FROM main.{q})")
    known = dbapi.execute(f"SELECT count(*) FROM {stg} WHERE id IN (SELECT id FROM temp.zsync_special)").fetchone()[0]
    # an event this database holds must come back exactly as it is: history is never rewritten
    changed = dbapi.execute(
        f"SELECT m.device_id, m.device_seq FROM {stg} e JOIN main.{q} m ON m.id = e.id WHERE m.hash <> e.hash "
        f"OR m.device_id <> e.device_id OR m.device_seq <> e.device_seq LIMIT 1").fetchone()
    if changed:
        raise Refused("sync_rewritten", device=device_label(s, changed[0]), seq=changed[1])
    bump(summary, "unchanged", EVENT_TABLE, known)
    timing.tick("events: known")

    def forked(dev: str, seq: int):
        return Refused("sync_audit", device=dev[:8], problem=render("sync_p_seq_taken", seq=seq))

    def broken(dev: str, seq: int):
        return Refused("sync_audit", device=dev[:8], problem=render("sync_p_chain_broken", seq=seq))

    # where a run of a device's events starts in the package (Stager checked every other link): the
    # event before it, from the database, in one join
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_starts (device_id TEXT, device_seq INTEGER, prev_hash TEXT)")
    dbapi.execute("DELETE FROM temp.zsync_starts")
    dbapi.executemany("INSERT INTO temp.zsync_starts VALUES (?, ?, ?)", [x for x in starts if x[1] > 1])
    for dev, seq, _prev_hash, before in dbapi.execute(
            f"SELECT x.device_id, x.device_seq, x.prev_hash, "
            f"(SELECT hash FROM main.{q} p WHERE p.device_id = x.device_id AND p.device_seq = x.device_seq - 1) "
            f"AS before FROM temp.zsync_starts x WHERE before IS NULL OR before <> x.prev_hash").fetchall():
        if before is None:
            # events whose predecessors never arrived: a package is missing; this one waits for it
            top = dbapi.execute(f"SELECT max(device_seq) FROM main.{q} WHERE device_id = ?", (dev,)).fetchone()[0]
            raise Refused("sync_chain_gap", device=device_label(s, dev), have=top or 0, seq=seq)
        raise broken(dev, seq)
    timing.tick(f"events: starts ({len(starts)})")
    # a new event where this database holds another one with the same place in the chain
    for dev, low in spans.items():
        top = dbapi.execute(f"SELECT max(device_seq) FROM main.{q} WHERE device_id = ?", (dev,)).fetchone()[0]
        if top is not None and low <= top:
            clash = dbapi.execute(
                f"SELECT e.device_seq FROM {stg} e JOIN main.{q} m ON m.device_id = e.device_id AND "
                f"m.device_seq = e.device_seq WHERE e.device_id = ? AND e.device_seq <= ? AND m.id <> e.id LIMIT 1",
                (dev, top)).fetchone()
            if clash:
                raise forked(dev, clash[0])
    timing.tick("events: chains")
    spec = Spec(EVENT_TABLE)
    cols = ",".join(f'"{n}"' for n in spec.names)
    incoming = dbapi.execute(f"SELECT count(*) FROM {stg}").fetchone()[0]
    n = _insert_block(store, dbapi, EVENT_TABLE,
                      f"INSERT INTO main.{q} ({cols},lseq) SELECT {spec.select}, ? + ln FROM {stg} "
                      f"WHERE id NOT IN (SELECT id FROM temp.zsync_special) ORDER BY rowid", incoming)
    bump(summary, "inserted", EVENT_TABLE, n)
    for dev in spans:
        top = dbapi.execute(f"SELECT device_seq, hash FROM {stg} WHERE device_id = ? AND id NOT IN "
                            f"(SELECT id FROM temp.zsync_special) ORDER BY device_seq DESC LIMIT 1", (dev,)).fetchone()
        if top is None:
            continue
        seq, head = top
        d = s.get(Device, dev)
        if d is not None and seq > d.chain_seq and not d.is_local:
            d.chain_seq, d.chain_head = seq, head


def check_counters(s, dbapi, bounds: dict[str, int], claimed: dict[str, int], unbounded: set[str]) -> None:
    """No row may claim a version-vector counter of a device higher than that device has signed
    (``bounds``; this device: what it holds itself) unless this database already holds the row at
    that counter. Only devices whose highest claim (``claimed``) exceeds their bound are looked at
    row by row, so an honest package costs nothing here."""
    for dev, top in sorted(claimed.items()):
        if dev in unbounded or top <= bounds.get(dev, 0):
            continue
        bound, path = bounds.get(dev, 0), f'$."{dev}"'
        bad = []
        for model in MUTABLE:
            q = f'"{model.__tablename__}"'
            label = "x.case_no" if model.__tablename__ == "case" else "x.id"
            for _ln, ref, n in dbapi.execute(
                    f"SELECT x.ln, {label}, CAST(json_extract(x.vv, :path) AS INTEGER) AS n FROM {ALIAS}.{q} x "
                    f"LEFT JOIN main.{q} m ON m.id = x.id WHERE instr(x.vv, :dev) AND n > :bound "
                    f"AND n > coalesce(CAST(json_extract(m.vv, :path) AS INTEGER), 0) LIMIT 5",
                    {"path": path, "dev": dev, "bound": bound}):
                bad.append(f"{model.__tablename__} {ref}({n})")
        if bad:
            raise Refused("sync_counter", device=device_label(s, dev), signed=bound, rows="; ".join(bad[:5]))


def media_of(dbapi) -> dict[str, str]:
    """{sha256: media type} of the attachment rows staged (the files the package brought)."""
    return {sha: media for sha, media in dbapi.execute(f"SELECT sha256, media_type FROM {ALIAS}.attachment")}
