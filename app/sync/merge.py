"""Merging rows this database already holds: version vectors decide (newer wins, older is ignored,
concurrent edits keep both versions: the newer clock shown, the other kept in ``sync_conflict``
for a person; nothing is ever silently lost), and afterwards every touched case's status and
current stage are derived again from its rounds, the same way on every device.
"""


from __future__ import annotations

import datetime as dt
import json
from itertools import groupby

from sqlalchemy import insert, select, update

from app.case_state import derive_state
from app.models import SyncConflict, natural_id
from app.store import Store, canonical_json, utcnow
from app.sync.format import DERIVED, NATURAL_KEYS, Checked, bump


def vv_cmp(a: dict, b: dict) -> str:
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


def rederive_cases(conn, touched: set[str]) -> None:
    """Status and current stage follow from the rounds; after a merge every device recomputes them
    the same way (they are not edits and never conflict). Cases and their rounds are read side by
    side in case order, so memory stays flat however many cases a package touched."""
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


def merge_rows(store: Store, s, conn, model, rows: list[dict], summary: dict, c: Checked) -> None:
    """Rows of ``model`` this database already holds (by id or natural key), merged one by one by version
    vector; conflicts are kept for a person and counted in ``summary``."""
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
                bump(summary, "conflicts", name)
    inserts, updates = [], []
    for r in rows:
        if r["id"] in clashes:
            continue
        local = existing.get(r["id"])
        if local is None:
            inserts.append({**r, "lseq": store.next_lseq()})
            continue
        a, b = json.loads(local["vv"]), json.loads(r["vv"])
        order = vv_cmp(a, b)
        if order in ("equal", "a"):
            bump(summary, "unchanged", name)
            continue
        if order == "b":
            updates.append({**r, "lseq": store.next_lseq()})
            bump(summary, "updated", name)
            continue
        merged = {k: max(a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b)}
        if all(local[k] == r[k] for k in r if k not in ("hlc", "device_id", "vv") + DERIVED):
            # both sides made the same change: one version, nothing for a person to decide
            winner_row = r if (r["hlc"], r["device_id"]) > (local["hlc"], local["device_id"]) else local
            updates.append({**{k: winner_row[k] for k in r}, "vv": canonical_json(merged), "lseq": store.next_lseq()})
            bump(summary, "updated", name)
            continue
        # concurrent: the newer clock wins the view; the other version is kept for a person
        mine_key = (local["hlc"], local["device_id"])
        theirs_key = (r["hlc"], r["device_id"])
        winner = "theirs" if theirs_key > mine_key else "mine"
        base = r if winner == "theirs" else local
        updates.append({**{k: base[k] for k in r}, "vv": canonical_json(merged), "lseq": store.next_lseq()})
        _record_conflict(s, name, r["id"], local, r, winner, c)
        bump(summary, "conflicts", name)
    if inserts:
        conn.execute(insert(table), inserts)
        bump(summary, "inserted", name, len(inserts))
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
