"""Writing a package from a PostgreSQL database: what ``export`` has SQLite do (each record as its
JSON line, the pre-export check of the rows by the importer's rules, the highest counter issued),
done here with portable SQL and Python, so a server database sends the same package a file would.

A line is rendered exactly as SQLite's ``json_object`` writes it (columns in table order, no
spaces, ISO times with a "T" and six decimals, true/false, reals with 15 significant digits unless
they need 17), so the receiver's fast path takes it as it takes a file's. The rows the importer's
rules judge (app.fields ROW_RULES, SYNCED_TEXT) are checked batch by batch in a small SQLite table
by those very rules: the same refusal, in the same words, as a file's export gives.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

from sqlalchemy import Float, select, text

from app import fields

BATCH = 4000

_enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def _real(v: float) -> str:
    """As SQLite's json_object prints a real (the exporter's ``%!.15g``, ``%!.17g`` when needed)."""
    s = f"{v:.15g}"
    if float(s) != v:
        s = f"{v:.17g}"
    mantissa, e, exp = s.partition("e")
    if "." not in mantissa and mantissa.lstrip("-").isdigit():
        mantissa += ".0"
    return mantissa + e + exp


def render(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dt.datetime):
        return '"' + v.strftime("%Y-%m-%dT%H:%M:%S.%f") + '"'
    if isinstance(v, dt.date):
        return '"' + v.isoformat() + '"'
    if isinstance(v, float):
        return _real(v)
    return _enc(v)


def _line_prefix(table) -> str:
    return '{"t":' + _enc(table.name) + ',"row":{'


def issued_counter(s, tables, device_id: str) -> int:
    """As ``export._issued_counter``: the highest counter ``device_id`` holds for itself in any row."""
    top = 0
    for t in tables:
        v = s.execute(text(f'SELECT max(CAST((CAST(vv AS jsonb) ->> :d) AS bigint)) FROM "{t.name}" '
                           f"WHERE strpos(vv, :d) > 0"), {"d": device_id}).scalar()
        top = max(top, v or 0)
    return top


class RowCheck:
    """The importer's row rules over the rows on their way out, a batch at a time, in SQLite tables
    of the same names and columns (in memory, emptied after every batch: a million cases cost no
    memory), by ``fields.row_problems`` itself."""

    def __init__(self) -> None:
        from app.models import Base

        self.tables = set(fields.ROW_RULES) | {t for t, _c in fields.SYNCED_TEXT}
        self.db = sqlite3.connect(":memory:")
        for name in self.tables:
            names = [c.name for c in Base.metadata.tables[name].columns if c.name != "lseq"]
            self.db.execute(f'CREATE TABLE "{name}" ({",".join(chr(34) + n + chr(34) for n in names)})')

    def check(self, table, rows: list[tuple]) -> list[str]:
        if table.name not in self.tables or not rows:
            return []
        q = f'"{table.name}"'
        width = len(rows[0])
        self.db.executemany(f"INSERT INTO {q} VALUES ({','.join('?' * width)})",
                            [tuple(_sqlite_value(v) for v in r) for r in rows])
        try:
            return fields.row_problems(self.db, "main", {"case": "case_no"})
        finally:
            self.db.execute(f"DELETE FROM {q}")

    def close(self) -> None:
        self.db.close()


def _sqlite_value(v):
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ", timespec="microseconds")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def write_table(s, table, since: int, upto: int, limits: dict[str, int] | None, write, checker: RowCheck,
                problems: list[str]) -> int:
    """One table's rows (change numbers in (since, upto]) as record lines through ``write``; the
    events (``limits`` given) only up to each device's signed head, in chain order."""
    cols = [c for c in table.columns if c.name != "lseq"]
    q = select(*cols).where(table.c.lseq > since, table.c.lseq <= upto)
    if limits is not None:
        q = q.order_by(table.c.device_id, table.c.device_seq)
        dev_at, seq_at = [c.name for c in cols].index("device_id"), [c.name for c in cols].index("device_seq")
    else:
        q = q.order_by(table.c.lseq)
    prefix = _line_prefix(table)
    keys = [_enc(c.name) + ":" for c in cols]
    reals = {i for i, c in enumerate(cols) if isinstance(c.type, Float)}
    n = 0
    result = s.connection().execution_options(stream_results=True, yield_per=BATCH).execute(q)
    for batch in result.partitions(BATCH):
        if limits is not None:
            batch = [r for r in batch if r[seq_at] <= limits.get(r[dev_at], 0)]
        problems += checker.check(table, batch)
        if problems:
            return n
        out = []
        for r in batch:
            out.append(prefix + ",".join(k + (_real(float(v)) if i in reals and v is not None else render(v))
                                         for i, (k, v) in enumerate(zip(keys, r))) + "}}\n")
        write("".join(out).encode("utf-8"))
        n += len(batch)
    return n

