"""Pass 2 of an import into a PostgreSQL database: what ``apply._apply_records`` does for a SQLite
file, with the same rules, where the staging file cannot be attached to the server.

Everything before this (``importer.check_package``: the zip, signature, seal, every line staged and
checked, chains within the package) and after it (package bookkeeping, summary) is the same code
for both back ends. Here the staged rows are read from the staging file by a connection of their
own: rows whose id (or natural key) the server already holds go through the same row-by-row merge
(``merge.merge_rows``: version vectors, conflicts kept for a person), every other row goes in by
``COPY`` with a fresh change number (the staged text is what PostgreSQL's own input parses: ISO
dates and times, true/false, numbers), events are unioned by id with their chains checked against
the server, and the touched cases are derived again. One transaction (the import's session):
a refusal anywhere leaves the server as it was.
"""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import String, any_, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY

from app import keyed
from app.errors import Refused
from app.messages import render
from app.models import CaseEvent, Device
from app.store import SEED_DEVICE, Store
from app.sync import timing
from app.sync.applied import describe_config, device_label, store_attachment_files
from app.sync.format import CONFIG_TABLES, EVENT_TABLE, MUTABLE, NATURAL_KEYS, Checked, bump
from app.sync.merge import merge_rows, vv_cmp
from app.sync.peers import signed_heads, supervisors
from app.sync.staging import Spec, rows_as_typed, stage_key

BATCH = 5000


def stage_connection(path: Path):
    """The staging file, read-only, with the key this import made for it."""
    return keyed.connect(path, key=stage_key(path), check=False)


def apply_records(store: Store, s, c: Checked, summary: dict, progress, add_devices) -> dict[str, str]:
    conn = s.connection()
    stage = stage_connection(c.stage_db)
    try:
        add_devices(s, c, summary)
        s.flush()
        timing.tick("devices")
        _check_counter_bounds(store, s, conn, stage, c)
        timing.tick("counters")
        skip = _screen_config(store, conn, stage, c, summary)
        new_cases: set[str] = set()
        touched = _apply_tables(store, s, conn, stage, c, summary, skip, progress, new_cases)
        _apply_events(store, s, conn, stage, c, summary, new_cases)
        timing.tick("events")
        rederive(conn, touched)
        timing.tick("rederive")
        media = {sha: m for sha, m in stage.execute("SELECT sha256, media_type FROM attachment")}
    finally:
        stage.close()

    store_attachment_files(store, c, media)
    return media


def _check_counter_bounds(store: Store, s, conn, stage, c: Checked) -> None:
    """As ``apply.check_counters``: no row may claim a counter of a device above what that device
    signed, unless the server already holds the row at that counter."""
    bounds = {d: a.get("vv", 0) for d, a in signed_heads(store).items()}
    for d, a in c.heads.items():
        bounds[d] = max(bounds.get(d, 0), a["vv"])
    bounds[SEED_DEVICE] = 1
    bounds[store.device_id] = 0
    sender = c.manifest["device_id"]
    for dev, top in sorted(c.vv_top.items()):
        bound = bounds.get(dev, 0)
        if dev == sender or top <= bound:
            continue
        path = f'$."{dev}"'
        bad = []
        for model in MUTABLE:
            name = model.__tablename__
            label = "case_no" if name == "case" else "id"
            claims = stage.execute(
                f'SELECT id, {label}, CAST(json_extract(vv, ?) AS INTEGER) AS n FROM "{name}" '
                f"WHERE instr(vv, ?) AND n > ?", (path, dev, bound)).fetchall()
            if not claims:
                continue
            table = model.__table__
            held = {}
            ids = [r[0] for r in claims]
            for i in range(0, len(ids), BATCH):
                held.update(conn.execute(select(table.c.id, table.c.vv).where(table.c.id.in_(ids[i:i + BATCH]))).all())
            for rid, ref, n in claims:
                if n > json.loads(held.get(rid) or "{}").get(dev, 0):
                    bad.append(f"{name} {ref}({n})")
        if bad:

            raise Refused("sync_counter", device=device_label(s, dev), signed=bound, rows="; ".join(bad[:5]))


def _screen_config(store: Store, conn, stage, c: Checked, summary: dict) -> set[str]:
    """As ``apply._screen_config``: every configuration change listed; from a device not marked as a
    supervisor none is applied. Returns the ids not to apply."""

    allowed = c.manifest["device_id"] in supervisors(store)
    skip: set[str] = set()
    changes: list[dict] = []
    for name in CONFIG_TABLES:
        spec = Spec(name)
        model = next(m for m in MUTABLE if m.__tablename__ == name)
        table = model.__table__
        nk = NATURAL_KEYS[name]
        cols = ",".join(f'"{n}"' for n in spec.names)
        rows = rows_as_typed(spec, stage.execute(f'SELECT {cols} FROM "{name}"').fetchall())
        if not rows:
            continue
        by_id = dict(conn.execute(select(table.c.id, table.c.vv).where(table.c.id.in_([r["id"] for r in rows]))).all())
        by_key = {tuple(r[1:]): r[0] for r in conn.execute(
            select(table.c.vv, *(table.c[k] for k in nk)).where(
                table.c[nk[0]].in_(sorted({r[nk[0]] for r in rows}, key=str))))}
        for r in rows:
            held = by_id.get(r["id"]) or by_key.get(tuple(r[k] for k in nk))
            if held is not None and vv_cmp(json.loads(held), json.loads(r["vv"])) in ("equal", "a"):
                continue
            changes.append({"table": name, "id": r["id"], "change": describe_config(name, r), "applied": allowed})
            if not allowed:
                skip.add(r["id"])
    summary["config_changes"] = changes
    if changes and not allowed:
        summary["warnings"].append(
            render("sync_p_config_not_applied", count=len(changes), device=c.manifest["device_name"]))
    return skip


def _copy(conn, table: str, names: tuple[str, ...], rows) -> int:
    """Rows (staged values plus a change number) into ``table`` by COPY."""
    import psycopg

    from app.sync.format import bad_package

    cur = conn.connection.driver_connection.cursor()
    cols = ",".join(f'"{n}"' for n in names)
    n = 0
    try:
        if _row_security(cur, table):
            # pg_sync: PostgreSQL refuses COPY FROM into a table whose row-level security applies
            # to this login (pg-setup's, for a supervisor's own login): the same rows by INSERT
            rows = list(rows)
            cur.executemany(f'INSERT INTO "{table}" ({cols}, lseq) VALUES ({",".join(["%s"] * (len(names) + 1))})',
                            rows)
            return len(rows)
        with cur.copy(f'COPY "{table}" ({cols}, lseq) FROM STDIN') as cp:
            for r in rows:
                cp.write_row(r)
                n += 1
    except psycopg.IntegrityError as exc:  # as a file's INSERT would be: the package's rows contradict
        raise bad_package("sync_p_inconsistent_rows", error=str(exc).splitlines()[0][:80]) from None
    return n


def _among(col, values: list):
    """``col IN values`` as ``col = ANY(array)``: one parameter, where an IN list of 5,000 is 5,000
    placeholders for SQLAlchemy to render and the driver to parse (most of the time of a batch)."""
    return col == any_(bindparam(None, list(values), type_=ARRAY(col.type)))


def _typed_keys(spec: Spec, nk: tuple[str, ...], rows) -> list[tuple[str, tuple]]:
    """(id, natural key) of staged rows, the key's values typed as ``rows_as_typed`` types them
    (only those columns: the other values of a row are not needed to find it)."""
    at = [spec.index[k] for k in nk]
    probe = [tuple(r[i] for i in at) for r in rows]
    sub = _key_spec(spec, nk)
    typed = rows_as_typed(sub, probe)
    return [(r[spec.index["id"]], tuple(d[k] for k in nk)) for r, d in zip(rows, typed)]


_KEY_SPECS: dict[tuple, object] = {}


def _key_spec(spec: Spec, nk: tuple[str, ...]):
    """A view of ``spec`` with only the natural key's columns (what ``rows_as_typed`` reads)."""
    got = _KEY_SPECS.get((spec.name, nk))
    if got is None:
        got = type("KeySpec", (), {"names": nk, "cols": [spec.cols[spec.index[k]] for k in nk]})()
        _KEY_SPECS[(spec.name, nk)] = got
    return got
def _row_security(cur, table: str) -> bool:
    """Whether row-level security applies to this login on ``table`` (pg_sync)."""
    return bool(cur.execute("SELECT row_security_active(%s::regclass)", (f'"{table}"',)).fetchone()[0])


def _apply_tables(store: Store, s, conn, stage, c: Checked, summary: dict, skip: set[str], progress,
                  new_cases: set[str]) -> set[str]:
    """Every mutable table, parents first: held rows merged, new rows copied in. ``new_cases`` is
    filled with the cases copied in (none of their rows, events included, can be on the server)."""
    done = 0
    touched: set[str] = set()
    for model in MUTABLE:
        name = model.__tablename__
        table = model.__table__
        spec = Spec(name)
        cols = ",".join(f'"{n}"' for n in spec.names)
        nk = NATURAL_KEYS.get(name)
        # a staging table's rows went in in line order, so its rowid order is line order: no sort
        order = "case_id, ln" if "case_id" in spec.index else "rowid"
        cur = stage.execute(f'SELECT {cols}, ln FROM "{name}" ORDER BY {order}')
        inserted = 0
        at = spec.index["id"]
        case_at = spec.index.get("case_id")
        while True:
            batch = cur.fetchmany(BATCH)
            if not batch:
                break
            batch = [r for r in batch if r[at] not in skip]
            ids = [r[at] for r in batch]
            # the rows of a case this import brought new cannot be on the server (their parent was
            # not): no probe for them. A package that says otherwise breaks a key in the COPY below
            # and is refused whole, as a file's import refuses it.
            probe = [r for r in batch if r[case_at] not in new_cases] if case_at is not None else batch
            held = set(conn.execute(select(table.c.id).where(_among(table.c.id, [r[at] for r in probe])))
                       .scalars()) if probe else set()
            special = set(held)
            if nk:
                typed = _typed_keys(spec, nk, [r for r in probe if r[at] not in held])
                keys = sorted({k[0] for _rid, k in typed}, key=str)
                if keys:
                    taken = {tuple(r[1:]): r[0] for r in conn.execute(
                        select(table.c.id, *(table.c[k] for k in nk)).where(_among(table.c[nk[0]], keys)))}
                    special |= {rid for rid, k in typed if taken.get(k, rid) != rid}
            if special:
                merge_rows(store, s, conn, model, rows_as_typed(spec, [r[:-1] for r in batch if r[at] in special]),
                           summary, c)
            fresh = [r for r in batch if r[at] not in special]
            if name == "case":
                new_cases.update(r[at] for r in fresh)
            if fresh:
                with store.lseq_lock:
                    base = store.lseq
                    inserted += _copy(conn, name, spec.names, (r[:-1] + (base + r[-1],) for r in fresh))
                    store.lseq = base + max(r[-1] for r in fresh)
            if name == "case":
                touched.update(ids)
            elif name == "stage_round":
                touched.update(r[spec.index["case_id"]] for r in batch)
            done += len(batch)
            if progress:
                progress(done, 0)
        bump(summary, "inserted", name, inserted)
        timing.tick(f"insert {name} {inserted}")
    return touched


def _apply_events(store: Store, s, conn, stage, c: Checked, summary: dict, new_cases: set[str]) -> None:
    """As ``apply._apply_events``: append-only, union by id; a held event must come back unchanged;
    each run of a device's chain must link to the event before it on the server; no place in a
    chain may be taken by two events."""

    ev = CaseEvent.__table__
    spec = Spec(EVENT_TABLE)
    known: set[str] = set()
    # an event of a case this import brought new cannot be on the server: only the others are probed
    for batch in _batches(stage.execute(f'SELECT id, hash, device_id, device_seq, case_id FROM "{EVENT_TABLE}"')):
        batch = [b[:4] for b in batch if b[4] not in new_cases]
        if not batch:
            continue
        held = {r[0]: r[1:] for r in conn.execute(
            select(ev.c.id, ev.c.hash, ev.c.device_id, ev.c.device_seq).where(_among(ev.c.id, [b[0] for b in batch])))}
        for rid, h, dev, seq in batch:
            if rid in held:
                if held[rid] != (h, dev, seq):
                    raise Refused("sync_rewritten", device=device_label(s, held[rid][1]), seq=held[rid][2])
                known.add(rid)
    bump(summary, "unchanged", EVENT_TABLE, len(known))
    # where a run of a device's events starts: the event before it must be on the server, linked
    for dev, seq, prev_hash in (x for x in c.chain_starts if x[1] > 1):
        before = conn.execute(select(ev.c.hash).where(ev.c.device_id == dev, ev.c.device_seq == seq - 1)).scalar()
        if before is None:
            top = conn.execute(select(func.max(ev.c.device_seq)).where(ev.c.device_id == dev)).scalar()
            raise Refused("sync_chain_gap", device=device_label(s, dev), have=top or 0, seq=seq)
        if before != prev_hash:
            raise Refused("sync_audit", device=dev[:8], problem=render("sync_p_chain_broken", seq=seq))
    for dev, low in c.chain_spans.items():
        top = conn.execute(select(func.max(ev.c.device_seq)).where(ev.c.device_id == dev)).scalar()
        if top is None or low > top:
            continue
        mine = dict(conn.execute(select(ev.c.device_seq, ev.c.id).where(
            ev.c.device_id == dev, ev.c.device_seq.between(low, top))).all())
        for rid, seq in stage.execute(f'SELECT id, device_seq FROM "{EVENT_TABLE}" WHERE device_id = ? '
                                      f"AND device_seq <= ? ORDER BY device_seq", (dev, top)):
            if seq in mine and mine[seq] != rid:
                raise Refused("sync_audit", device=dev[:8], problem=render("sync_p_seq_taken", seq=seq))
    cols = ",".join(f'"{n}"' for n in spec.names)
    inserted = 0
    tops: dict[str, tuple[int, str]] = {}
    seq_at, hash_at, dev_at = spec.index["device_seq"], spec.index["hash"], spec.index["device_id"]
    at = spec.index["id"]
    # line order as the rowid's (the rows went in in that order): 1.5 million events not sorted again
    for batch in _batches(stage.execute(f'SELECT {cols}, ln FROM "{EVENT_TABLE}" ORDER BY rowid')):
        fresh = [r for r in batch if r[at] not in known]
        if not fresh:
            continue
        for r in fresh:
            t = tops.get(r[dev_at])
            if t is None or r[seq_at] > t[0]:
                tops[r[dev_at]] = (r[seq_at], r[hash_at])
        with store.lseq_lock:
            base = store.lseq
            inserted += _copy(conn, EVENT_TABLE, spec.names, (r[:-1] + (base + r[-1],) for r in fresh))
            store.lseq = base + max(r[-1] for r in fresh)
    bump(summary, "inserted", EVENT_TABLE, inserted)
    for dev, (seq, head) in tops.items():
        d = s.get(Device, dev)
        if d is not None and seq > d.chain_seq and not d.is_local:
            d.chain_seq, d.chain_head = seq, head


def _batches(cur):
    while True:
        batch = cur.fetchmany(BATCH)
        if not batch:
            return
        yield batch


def rederive(conn, touched: set[str]) -> None:
    """As ``merge.rederive_cases``: status and current stage from the rounds, for the touched cases."""
    from itertools import groupby

    from app.case_state import derive_state

    if not touched:
        return
    ids = sorted(touched)
    changes = []
    # the ids as one array parameter: a list of 5,000 placeholders costs more to send than to run
    ids_param = bindparam("ids", type_=ARRAY(String))
    rounds_q = text("SELECT case_id, stage, round, finished_on, outcome FROM stage_round WHERE deleted = false "
                    "AND case_id = ANY(:ids) ORDER BY case_id, seq").bindparams(ids_param)
    cases_q = text('SELECT id, status, current_stage FROM "case" WHERE id = ANY(:ids)').bindparams(ids_param)
    for i in range(0, len(ids), BATCH):
        chunk = ids[i:i + BATCH]
        rounds = {cid: [tuple(r[1:]) for r in rs] for cid, rs in
                  groupby(conn.execute(rounds_q, {"ids": chunk}), key=lambda r: r[0])}
        for cid, status, stage in conn.execute(cases_q, {"ids": chunk}):
            new = derive_state(rounds.get(cid, []))
            if new != (status, stage):
                changes.append({"s": new[0], "c": new[1], "i": cid})
    if changes:
        conn.execute(text('UPDATE "case" SET status = :s, current_stage = :c WHERE id = :i'), changes)

