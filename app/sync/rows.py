"""The strict check of one record, value by value: strict JSON (no NaN, no duplicate keys, no lone
surrogates, bounded depth), each value against its column's type and range, the enums, the names
that become file names, the JSON columns, version vectors and event chain fields. The slow path
of an import (``staging`` takes a faster one for lines in the exporter's exact form) and the one
whose message names the line that is wrong; also what a conflict's kept version is read back with.
"""


from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

from app import fields, strictjson
from app.blobs import judge_file
from app.errors import Refused
from app.messages import render
from app.sync.format import (
    COLUMNS,
    DEVICE_COLUMNS,
    ENUMS,
    EVENT_TABLE,
    HEX64_RE,
    HLC_RE,
    JSON_COLUMNS,
    MAX_DEPTH,
    SAFE_NAMES,
    TABLES,
    UUID_RE,
    bad_package,
    text_cap,
)


def strict_loads(text: str):
    """JSON as a package may hold it: strict (no NaN, no duplicate keys), bounded in depth, real Unicode."""
    obj = strictjson.loads(text)
    check_depth(obj)
    return obj


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_depth(o, d: int = 0) -> None:
    """Nesting depth, and text that is real Unicode: JSON may escape a lone surrogate (``"\\ud800"``),
    which no UTF-8 file or database can hold (it would fail only when written, mid-import)."""
    if d > MAX_DEPTH:
        raise ValueError("nested too deeply")
    if isinstance(o, str):
        if _SURROGATE.search(o):
            raise ValueError("invalid Unicode (lone surrogate)")
    elif isinstance(o, dict):
        for k, v in o.items():
            check_depth(k, d + 1)
            check_depth(v, d + 1)
    elif isinstance(o, list):
        for v in o:
            check_depth(v, d + 1)


def is_public_key(text: str) -> bool:
    """Base64 of a raw 32-byte Ed25519 key."""
    try:
        return len(text) == 44 and len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def convert(table: str, col, value, lineno: int):
    """Check one incoming value against its column; return it as the database wants it."""
    where = render("sync_p_where_row", line=lineno, column=f"{table}.{col.name}")
    if value is None:
        if not col.nullable:
            raise bad_package("sync_p_null", where=where)
        return None
    t = col.type
    if isinstance(t, Boolean):
        if not isinstance(value, bool):
            raise bad_package("sync_p_bool", where=where)
        return value
    if isinstance(t, Integer):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**53:
            raise bad_package("sync_p_integer", where=where)
        return value
    if isinstance(t, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > 1e9:
            raise bad_package("sync_p_number", where=where)
        return float(value)
    if not isinstance(value, str):
        raise bad_package("sync_p_text", where=where)
    if "\x00" in value:
        raise bad_package("sync_p_nul", where=where)
    if isinstance(t, DateTime):
        try:
            v = dt.datetime.fromisoformat(value)
        except ValueError:
            raise bad_package("sync_p_time", where=where, value=value[:30]) from None
        if v.tzinfo is not None or not dt.datetime(2000, 1, 1) <= v <= dt.datetime(2100, 12, 31, 23, 59, 59):
            raise bad_package("sync_p_time_range", where=where, value=value[:30])
        return v
    if isinstance(t, Date):
        try:
            d = dt.date.fromisoformat(value)
        except ValueError:
            raise bad_package("sync_p_date", where=where, value=value[:30]) from None
        if not dt.date(2000, 1, 1) <= d <= dt.date(2100, 12, 31):
            raise bad_package("sync_p_date_range", where=where)
        return d
    if isinstance(t, String) and t.length and len(value) > t.length:
        raise bad_package("sync_p_too_long", where=where)
    if isinstance(t, Text) and len(value) > text_cap(table, col.name):
        raise bad_package("sync_p_too_long", where=where)
    return value


def check_row(table: str, row, lineno: int) -> dict:
    """One record of ``table`` (line ``lineno``), every value checked; the row as the database wants it."""
    if not isinstance(row, dict):
        raise bad_package("sync_p_line_error", line=lineno, error="row")
    cols = COLUMNS[table]
    if set(row) != set(cols):
        missing, extra = set(cols) - set(row), set(row) - set(cols)
        raise bad_package("sync_p_columns", line=lineno, table=table, missing=sorted(missing)[:3],
                          extra=[e[:20] for e in sorted(extra)[:3]])
    out = {name: convert(table, cols[name], row[name], lineno) for name in cols}
    if not UUID_RE.match(str(out.get("id", ""))):
        raise bad_package("sync_p_where_row", line=lineno, column=f"{table}.id: UUID")
    if not HLC_RE.match(out["hlc"]):
        raise bad_package("sync_p_where_row", line=lineno, column=f"{table}.hlc")
    if not UUID_RE.match(out["device_id"]):
        raise bad_package("sync_p_where_row", line=lineno, column=f"{table}.device_id")
    for (t, c), allowed in ENUMS.items():
        if t == table and out[c] not in allowed:
            raise bad_package("sync_p_invalid_value", line=lineno, column=f"{table}.{c}", value=str(out[c])[:30])
    for (t, c), pattern in SAFE_NAMES.items():
        if t == table and not pattern.match(out[c]):
            raise bad_package("sync_p_invalid_value", line=lineno, column=f"{table}.{c}", value=out[c][:30])
    for (t, c), kind in JSON_COLUMNS.items():
        if t == table:
            try:
                value = strict_loads(out[c])
            except (ValueError, RecursionError):
                value = None
            if not isinstance(value, kind):
                raise bad_package("sync_p_where_row", line=lineno, column=f"{table}.{c}: JSON")
    if table == "sync_conflict" and (out["table_name"] not in TABLES or not UUID_RE.match(out["row_id"])
                                     or not UUID_RE.match(out["package_id"])):
        raise bad_package("sync_p_conflict_row", line=lineno)
    if table != EVENT_TABLE:
        try:
            vv = strict_loads(out["vv"])
        except (ValueError, RecursionError):
            raise bad_package("sync_p_where_row", line=lineno, column=f"{table}.vv") from None
        if not isinstance(vv, dict) or not vv or any(
                not UUID_RE.match(k) or not isinstance(v, int) or isinstance(v, bool) or v < 1 for k, v in vv.items()):
            raise bad_package("sync_p_where_row", line=lineno, column=f"{table}.vv")
    else:
        if not HEX64_RE.match(out["hash"]) or not HEX64_RE.match(out["prev_hash"]) or out["device_seq"] < 1:
            raise bad_package("sync_p_chain_fields", line=lineno)
    return out


def check_device_line(d, lineno: int) -> None:
    """A device record: id, a name a person could type, and an Ed25519 public key (or none)."""
    if not isinstance(d, dict) or set(d) != set(DEVICE_COLUMNS) or not UUID_RE.match(str(d.get("id"))) or \
            not isinstance(d.get("name"), str) or fields.text_problem(d["name"], fields.DEVICE_NAME.max_len, True) \
            or not isinstance(d.get("public_key"), str) or not (d["public_key"] == "" or
                                                                is_public_key(d["public_key"])):
        raise bad_package("sync_p_where_row", line=lineno, column="device")


def check_attachment_type(path: Path, media_type: str, lineno: int) -> None:
    """A file is what its content says, judged as ``attach add`` judges it (a decode, not magic
    bytes alone), not what a row claims."""
    try:
        ok = judge_file(path, path.name) == media_type
    except Refused:
        ok = False
    if not ok:
        raise bad_package("sync_p_attachment_type", line=lineno, media_type=media_type)
