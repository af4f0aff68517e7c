"""The bulk half of an import.

Pass 1 (still validation, nothing touches the database): every record line is checked and written,
already in the form the database stores it, into a staging SQLite file inside the staging folder.
A line exactly as Zaosong's exporter writes it takes the fast path: parsed by the C JSON parser,
re-encoded and compared byte for byte (so no duplicate keys, NaN or odd forms can hide in it), then
checked column by column against a plan compiled once per table and per signature of value types.
Anything else goes the strict way (``package._strict_loads`` and ``package._check_row``), which gives
the precise message for the line that is wrong.

Pass 2 (inside the one import transaction): the staging file is attached; rows whose id or natural
key this database already holds go through the row-by-row merge in ``package`` (version vectors,
conflicts); every other row is inserted by ``INSERT … SELECT`` at SQLite's own speed, with fresh
change numbers. Event chains are checked with SQL against both the database and the package.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import os
import re
import time
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

from app import keyed
from app.errors import Refused
from app.store import GENESIS, event_hash_values
from app.sync import package as P

_canon = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False).encode
_plain = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode  # json.dumps(v, ensure_ascii=False)
ALIAS = "zsync_stage"
IMPORT_CACHE_KB = 64 * 1024
_FAST_TABLES = {m.__tablename__ for m in P.MUTABLE if m.__tablename__ != "sync_conflict"} | {P.EVENT_TABLE}

# pieces of the line patterns: exactly what the exporter writes, nothing looser
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_DATE = r"(?:20\d\d|2100)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_TIME = _DATE + r"T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}"
_INT = r"-?(?:0|[1-9]\d{0,14})"  # |n| < 10**15 < 2**53; longer ones take the strict path
_FLOAT = r"-?(?:0|[1-9]\d{0,8})\.\d{1,17}"  # |x| < 1e9, as json_object prints reals
_PLAIN = r'[^"\\\x00-\x1f]'  # a character of a JSON string that needs no escape
# a JSON string body with escapes (never an escaped NUL), unrolled so plain runs match at full speed
_ESCAPED = r'[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u(?!0000)[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*'
_VV = r'\{\\"' + _UUID + r'\\":[1-9]\d{0,14}(?:,\\"' + _UUID + r'\\":[1-9]\d{0,14}){0,63}\}'


def _storage(v):
    """A checked value in the staging form: JSON scalars as text, as they appear in a line
    (converted to the database's types by the INSERT … SELECT that applies them)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dt.datetime):
        return v.isoformat(timespec="microseconds")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


class _Spec:
    """One table: its columns in export order, the pattern of a line as the exporter writes it,
    and the SQL that turns staged text back into the database's types."""

    def __init__(self, name: str) -> None:
        self.name = name
        cols = P._COLUMNS[name]
        self.names = tuple(cols)
        self.cols = list(cols.values())
        self.index = {n: i for i, n in enumerate(self.names)}
        self.event = name == P.EVENT_TABLE
        enums = {c: allowed for (t, c), allowed in P.ENUMS.items() if t == name}
        safe = {c: pattern for (t, c), pattern in P.SAFE_NAMES.items() if t == name}
        self.json = [(self.index[c], kind) for (t, c), kind in P.JSON_COLUMNS.items() if t == name]
        json_cols = {self.names[i] for i, _ in self.json}
        self.unescape: list[int] = []  # text columns that may hold escapes (decoded when they do)
        self.limits = {i: (c.type.length if isinstance(c.type, String) and c.type.length else 200_000)
                       for i, c in enumerate(self.cols)}
        parts, cparts, selects = [], [], []
        self.quoted_nulls: list[int] = []
        self.empty_nulls: list[int] = []
        for i, col in enumerate(self.cols):
            t, n = col.type, col.name
            q = f'"{n}"'
            if n in ("id", "device_id"):
                v = f'"({_UUID})"'
            elif n == "hlc":
                v = r'"(\d{13}-\d{4})"'
            elif n in ("hash", "prev_hash"):
                v = r'"([0-9a-f]{64})"'
            elif n == "vv":
                v = f'"({_VV})"'
            elif isinstance(t, Boolean):
                v = "(true|false)"
            elif isinstance(t, Integer):
                v = f"({_INT})"
            elif isinstance(t, Float):
                v = f"({_FLOAT})"
            elif isinstance(t, DateTime):
                v = f'"({_TIME})"'
            elif isinstance(t, Date):
                v = f'"({_DATE})"'
            elif n in enums:
                v = '"(' + "|".join(re.escape(a) for a in sorted(x for x in enums[n] if x is not None)) + ')"'
            elif n in safe:
                v = '"(' + safe[n].pattern.lstrip("^").replace("\\Z", "") + ')"'
            elif n in json_cols or isinstance(t, Text):
                v = f'"({_ESCAPED})"'  # length checked in fast()
                self.unescape.append(i)
            else:  # short text: plain characters only; a name with a quote in it takes the strict path
                v = f'"({_PLAIN}{{0,{t.length or 200_000}}})"'
            # the chunk pattern (findall over many lines) cannot tell an unmatched group from an empty
            # one: a null where a value could be empty is captured with its quotes, "…" or null
            cv = v
            if col.nullable:
                if v.startswith('"(') and v.endswith(')"') and re.fullmatch(v, '""'):
                    cv = '("' + v[2:-2] + '"|null)'
                    self.quoted_nulls.append(i)
                else:
                    cv = f"(?:{v}|null)"
                    self.empty_nulls.append(i)
                v = f"(?:{v}|null)"
            parts.append(f'"{n}":{v}')
            cparts.append(f'"{n}":{cv}')
            if isinstance(t, Boolean):
                selects.append(f"CASE {q} WHEN 'true' THEN 1 WHEN 'false' THEN 0 END")
            elif isinstance(t, Integer):
                selects.append(f"CAST({q} AS INTEGER)")
            elif isinstance(t, Float):
                selects.append(f"CAST({q} AS REAL)")
            elif isinstance(t, DateTime):
                selects.append(f"substr({q},1,10)||' '||substr({q},12)")
            else:
                selects.append(q)
        self.rx = re.compile('{"t":"' + name + '","row":{' + ",".join(parts) + "}}")
        crx = re.compile('^{"t":"' + name + '","row":{' + ",".join(cparts) + "}}\n", re.M)
        self.crx = crx if crx.groups == len(self.cols) == self.rx.groups else None
        self.select = ",".join(selects)
        self.dated = [(c.name, isinstance(c.type, DateTime)) for c in self.cols if isinstance(c.type, Date)]
        self.vv = self.index.get("vv")
        if self.event:
            self.hashed = [self.index[k] for k in ("case_id", "kind", "payload", "effective_on", "recorded_at",
                                                   "actor", "device_id", "device_seq", "prev_hash")]
            self.hashed_at = self.index["hash"]
        # the chunk path's per-value conversions, each remembered for values met before (a payload
        # or version vector repeats across thousands of rows)
        kinds = dict(self.json)
        self.fixers = [(i, {}, self._text_fixer(i, kinds.get(i))) for i in self.unescape]
        self.vv_top: dict[str, int] = {}  # device -> the highest counter any row here claims for it
        if self.vv is not None:
            self.fixers.append((self.vv, {}, self._vv_fixer()))

    def _vv_fixer(self):
        def fix(v: str):
            got = _vv_fix(v)
            if got is not _BAD:
                self.note_vv(got)
            return got
        return fix

    def note_vv(self, text: str) -> None:
        """Remember the counters a version vector claims (checked against signed ones on apply)."""
        top = self.vv_top
        for dev, n in json.loads(text).items():
            if n > top.get(dev, 0):
                top[dev] = n

    def _text_fixer(self, i: int, kind: type | None):
        limit = self.limits[i]

        def fix(v: str):
            if "\\" in v:
                try:
                    v = json.loads('"' + v + '"')
                except (ValueError, RecursionError):
                    return _BAD
            if len(v) > limit or (kind is not None and not _json_ok(v, kind)):
                return _BAD
            return v
        return fix

    def finish(self, rows: list[tuple], lineno: int, own: tuple[str, list] | None) -> list[list] | None:
        """Rows a chunk pattern matched (each a whole line, in order after line ``lineno``) in staging
        form with their line numbers; None when one of them must take the strict path (the chunk is
        then checked line by line). Raises at an event whose hash is wrong, as the line path does."""
        out = []
        quoted, empty, fixers = self.quoted_nulls, self.empty_nulls, self.fixers
        event = self.event
        if event:
            hashed = operator.itemgetter(*self.hashed)
            at, seq_i, prev_i, dev_i, id_i = (self.hashed_at, self.index["device_seq"], self.index["prev_hash"],
                                              self.index["device_id"], self.index["id"])
        for r in rows:
            lineno += 1
            r = list(r)
            for i in empty:
                if r[i] == "":
                    r[i] = None
            for i in quoted:
                v = r[i]
                r[i] = None if v == "null" else v[1:-1]
            for i, seen, fix in fixers:
                v = r[i]
                if v is None:
                    continue
                got = seen.get(v)
                if got is None:
                    got = fix(v)
                    if len(v) <= 300:
                        if len(seen) >= 20_000:
                            seen.clear()
                        seen[v] = got
                if got is _BAD:
                    return None
                r[i] = got
            if event:
                if event_hash_values(*hashed(r)) != r[at] or (r[seq_i] == "1" and r[prev_i] != GENESIS):
                    _check_event(self, r)  # raises, naming the device and the event
                if own is not None and r[dev_i] == own[0]:
                    own[1].append(r[id_i])
            r.append(lineno)
            out.append(r)
        return out

    def fast(self, body: str) -> tuple | None:
        """The row in staging form, or None: let the strict path decide (and explain)."""
        m = self.rx.fullmatch(body)
        if m is None:
            return None
        g = list(m.groups())
        for i, _seen, fix in self.fixers:
            if g[i] is not None:
                g[i] = fix(g[i])
                if g[i] is _BAD:
                    return None
        return tuple(g)


_BAD = object()


def _vv_fix(v: str):
    v = v.replace('\\"', '"')
    try:
        if len(json.loads(v)) != v.count(",") + 1:  # several devices: none twice
            return _BAD
    except ValueError:
        return _BAD
    return v


def _json_ok(text: str, kind: type) -> bool:
    """JSON in a text column, as Zaosong writes it (canonical, or ``json.dumps`` with its defaults):
    parsed by C, re-encoded and compared, so a duplicate key, NaN or other oddity sends the row down
    the strict path."""
    try:
        v = json.loads(text)
        if type(v) is not kind or (_canon(v) != text and _plain(v) != text):
            return False
    except (ValueError, RecursionError):
        return False
    if text.count("{") + text.count("[") > P.MAX_DEPTH:
        try:
            P._check_depth(v)
        except Refused:
            return False
    return True


class Stager:
    """The staging SQLite file: one table per record kind, same columns plus the line number, no
    constraints; integers and reals with their affinity, everything else as the line wrote it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # the staged rows are a package's decrypted content: on disk only encrypted, with a key of
        # this import's own that is never stored (the file is useless once the process is gone)
        self.key = _stage_key(path)
        self.con = keyed.connect(path, key=self.key, check=False, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=OFF")
        self.con.execute("PRAGMA synchronous=OFF")
        self.con.execute("BEGIN")
        self.specs = {name: _Spec(name) for name in P._COLUMNS}
        self.buffers: dict[str, list[tuple]] = {}
        self.devices: list[dict] = []
        self.chain_starts: list[tuple[str, int, str]] = []
        self.chain_spans: dict[str, int] = {}  # device -> its lowest event number in the package
        self.chain_tops: dict[str, tuple[int, str]] = {}  # device -> its highest event (number, hash)
        for name, spec in self.specs.items():
            cols = ",".join(f'"{c.name}"' + (" INTEGER" if isinstance(c.type, Integer) and not isinstance(c.type, Boolean)
                                              else " REAL" if isinstance(c.type, Float) else "") for c in spec.cols)
            self.con.execute(f'CREATE TABLE "{name}" ({cols}, ln INTEGER)')
            self.buffers[name] = []
        self.insert_sql = {name: f'INSERT INTO "{name}" VALUES ({",".join("?" * (len(spec.names) + 1))})'
                           for name, spec in self.specs.items()}

    def add(self, table: str, values: tuple) -> None:
        buf = self.buffers[table]
        buf.append(values)
        if len(buf) >= 5000:
            self.con.executemany(self.insert_sql[table], buf)
            buf.clear()

    def add_many(self, table: str, rows: list) -> None:
        buf = self.buffers[table]
        if buf:
            self.con.executemany(self.insert_sql[table], buf)
            buf.clear()
        self.con.executemany(self.insert_sql[table], rows)

    def close(self) -> None:
        """Flush, check every date is a real one, index for the merge."""
        for table, buf in self.buffers.items():
            if buf:
                self.con.executemany(self.insert_sql[table], buf)
                buf.clear()
        for name, spec in self.specs.items():
            for col, _timed in spec.dated:
                # date('2026-02-30') passes the text through unchanged; with a modifier SQLite
                # normalises it (to 2026-03-02), so a day the month lacks no longer compares equal
                bad = self.con.execute(
                    f'SELECT ln, substr("{col}",1,30) FROM "{name}" WHERE "{col}" IS NOT NULL AND '
                    f'date(substr("{col}",1,10), \'+0 days\') IS NOT substr("{col}",1,10) LIMIT 1').fetchone()
                if bad:
                    raise P._bad(f"records 第 {bad[0]} 行 {name}.{col}: 日期无效 / invalid date {bad[1]!r}")
            self.con.execute(f'CREATE INDEX "ix_{name}_id" ON "{name}" (id)')
        # the value rules a person typing them here would meet (app.fields): the same for every laptop
        from app import fields

        bad = fields.row_problems(self.con, "main", {t: "'第 ' || ln || ' 行 / line ' || ln" for t in P._COLUMNS},
                                  limit=1)
        if bad:
            raise P._bad(f"records {bad[0]}")
        self.con.execute(f'CREATE INDEX ix_event_chain ON "{P.EVENT_TABLE}" (device_id, device_seq, prev_hash, hash)')
        self._link_events()
        self.con.execute("COMMIT")
        self.con.close()

    def _link_events(self) -> None:
        """Each device's events in chain order (an index-only scan): every event must link to the one
        before it where the package holds that one, and no place may be taken twice. Where a run
        starts, the event before it is looked up in the database when applying."""
        prev_dev, prev_seq, prev_hash = None, 0, ""
        for dev, seq, link, own in self.con.execute(
                f'SELECT device_id, device_seq, prev_hash, hash FROM "{P.EVENT_TABLE}" ORDER BY device_id, device_seq'):
            if dev != prev_dev:
                self.chain_spans[dev] = seq
                self.chain_starts.append((dev, seq, link))
            elif seq == prev_seq:
                raise Refused("sync_audit", device=dev[:8], problem=f"事件序号 {seq} 出现两次 / forked history")
            elif seq == prev_seq + 1:
                if link != prev_hash:
                    raise Refused("sync_audit", device=dev[:8],
                                  problem=f"事件 {seq} 与前一事件不衔接 / chain broken")
            else:
                self.chain_starts.append((dev, seq, link))
            prev_dev, prev_seq, prev_hash = dev, seq, own
            self.chain_tops[dev] = (seq, own)

    def vv_top(self) -> dict[str, int]:
        """device -> the highest version-vector counter any staged row claims for it."""
        out: dict[str, int] = {}
        for spec in self.specs.values():
            for dev, n in spec.vv_top.items():
                if n > out.get(dev, 0):
                    out[dev] = n
        return out

    def abandon(self) -> None:
        try:
            self.con.close()
        except keyed.Error:
            pass


CHUNK_BYTES = 1 << 21
_CHUNK_TABLES = _FAST_TABLES - {"config_doc", "attachment"}  # those two get further checks per line


def check_records(source, stager: Stager, attachments: dict[str, Path], local_device: str = "",
                  own_events: list[str] | None = None, fill: dict | None = None, progress=None) -> dict:
    """Pass 1: every line checked and staged. Raises Refused at the first bad line. ``fill``: columns
    an older sender's rows lack, with their values (see ``package.columns_to_fill``). ``source``: a
    path, or anything with ``read(n)`` (the import reads the zip member as a thread unpacks it).

    The file is read in blocks of whole lines. A block of one table's lines, every one of them in the
    exporter's exact form, is matched by one ``findall`` of that table's pattern (the count of
    matches must equal the count of lines), then finished row by row (``_Spec.finish``). Any other
    block goes line by line (``_LineChecker``), which is where every refusal names its line."""
    ck = _LineChecker(stager, attachments, local_device, own_events, fill)
    chunk_specs = {name.encode(): spec for name, spec in stager.specs.items()
                   if name in _CHUNK_TABLES and spec.crx is not None}
    own = (local_device, own_events) if local_device and own_events is not None else None
    lineno = 0
    carry = b""
    with (source.open("rb") if isinstance(source, Path) else contextlib.nullcontext(source)) as f:
        while True:
            block = f.read(CHUNK_BYTES)
            data = carry + block if carry else block
            if not block:
                if data:  # a last line without its newline
                    ck.lines(data, lineno)
                break
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                if len(data) > P.MAX_LINE_BYTES:
                    raise P._bad(f"records 第 {lineno + 1} 行过长 / line {lineno + 1} too long")
                carry = data
                continue
            chunk, carry = data[:cut], data[cut:]
            n = chunk.count(b"\n")
            if len(carry) > P.MAX_LINE_BYTES:
                raise P._bad(f"records 第 {lineno + n + 1} 行过长 / line {lineno + n + 1} too long")
            rows = None
            spec = chunk_specs.get(chunk[6:chunk.find(b'"', 6)]) if chunk.startswith(b'{"t":"') else None
            if spec is not None and (len(chunk) <= P.MAX_LINE_BYTES or
                                     max(map(len, chunk.split(b"\n"))) < P.MAX_LINE_BYTES):
                try:
                    found = spec.crx.findall(chunk.decode("utf-8"))
                except UnicodeDecodeError:
                    found = ()
                if len(found) == n:
                    rows = spec.finish(found, lineno, own)
            if rows is not None:
                stager.add_many(spec.name, rows)
                ck.counts[spec.name] = ck.counts.get(spec.name, 0) + n
            else:
                ck.lines(chunk, lineno)
            before, lineno = lineno, lineno + n
            if progress is not None and lineno // 20000 != before // 20000:
                progress(lineno, 0)  # also where a person's cancel takes effect
    return ck.counts


class _LineChecker:
    """Line by line: the fast pattern where a line is in the exporter's form, the strict parser
    (and its precise message) where it is not."""

    def __init__(self, stager: Stager, attachments: dict[str, Path], local_device: str,
                 own_events: list[str] | None, fill: dict | None) -> None:
        self.stager, self.attachments, self.fill = stager, attachments, fill
        self.local_device, self.own_events = local_device, own_events
        self.counts: dict[str, int] = {}
        specs = stager.specs
        self.fast_specs = {name: spec for name, spec in specs.items() if name in _FAST_TABLES}

    def lines(self, data: bytes, lineno: int) -> None:
        for line in data.split(b"\n"):
            lineno += 1
            if line:
                self.line(line, lineno)

    def line(self, line: bytes, lineno: int) -> None:
        if len(line) > P.MAX_LINE_BYTES:
            raise P._bad(f"records 第 {lineno} 行过长 / line {lineno} too long")
        try:
            body = line.decode("utf-8")
        except UnicodeDecodeError:
            raise P._bad(f"records 第 {lineno} 行不是 UTF-8 / line {lineno} is not UTF-8") from None
        specs = self.stager.specs
        values = None
        if body.startswith('{"t":"'):
            t = body[6:body.find('"', 6)]
            spec = self.fast_specs.get(t)
            if spec is not None:
                try:
                    values = spec.fast(body)
                except (ValueError, RecursionError):
                    values = None
        if values is None:
            if not body.strip():
                return
            t, values = _strict_line(body, lineno, self.fill)
            if t == "device":
                self.counts["device"] = self.counts.get("device", 0) + 1
                self.stager.devices.append(values)
                return
            spec = specs[t]
            if spec.vv is not None:
                spec.note_vv(values[spec.vv])
        if t == P.EVENT_TABLE:
            ev = specs[t]
            _check_event(ev, values)
            if self.local_device and self.own_events is not None and \
                    values[ev.index["device_id"]] == self.local_device:
                self.own_events.append(values[ev.index["id"]])
        elif t == "config_doc":
            _check_config_doc(specs[t], values, lineno)
        elif t == "attachment":
            at = specs[t]
            sha = values[at.index["sha256"]]
            if sha in self.attachments and values[at.index["deleted"]] == "false":
                P._check_attachment_type(self.attachments[sha], values[at.index["media_type"]], lineno)
        self.stager.add(t, values + (lineno,))
        self.counts[t] = self.counts.get(t, 0) + 1


def _strict_line(text: str, lineno: int, fill: dict | None = None) -> tuple[str, tuple | dict]:
    """The careful path for a line not in the exporter's exact form: the precise complaint, or the row."""
    try:
        rec = P._strict_loads(text)
    except (ValueError, RecursionError) as exc:
        raise P._bad(f"records 第 {lineno} 行 / line {lineno}: {str(exc)[:120]}") from None
    if not isinstance(rec, dict) or set(rec) != {"t", "row"}:
        raise P._bad(f"records 第 {lineno} 行: {{t, row}}")
    t = rec["t"]
    if not isinstance(t, str):
        raise P._bad(f"records 第 {lineno} 行: 未知的表 / unknown table {str(t)[:30]!r}")
    if t == "device":
        P._check_device_line(rec["row"], lineno)
        return t, rec["row"]
    if t not in P._COLUMNS:
        raise P._bad(f"records 第 {lineno} 行: 未知的表 / unknown table {t[:30]!r}")
    row = rec["row"]
    if fill and t in fill and isinstance(row, dict):
        for col, value in fill[t].items():
            row.setdefault(col, value)
    out = P._check_row(t, row, lineno)
    return t, tuple(_storage(out[name]) for name in P._COLUMNS[t])


def _check_config_doc(spec: _Spec, values: tuple, lineno: int) -> None:
    """A published rule set or template must be one this version can apply, and be what it says."""
    from app.services.config_docs import _parse, _strict_json, content_sha256

    ix = spec.index
    kind, content = values[ix["kind"]], values[ix["content"]]
    where = f"records 第 {lineno} 行 config_doc"
    try:
        data = _strict_json(content, where)
        doc = _parse(kind, data, where)
    except Refused as exc:
        raise P._bad(f"{where}: {str(exc)[:160]}") from None
    if doc.id != values[ix["doc_id"]] or str(doc.version) != str(values[ix["version"]]) or \
            content_sha256(content) != values[ix["sha256"]]:
        raise P._bad(f"{where}: 内容与编号、版本或校验值不符 / content does not match its id, version or hash")


def _check_event(spec: _Spec, values: tuple) -> None:
    """An event's own hash, from its fields as the sender hashed them; the first of a chain starts at
    GENESIS. Links between events are checked when applying."""
    if event_hash_values(*[values[i] for i in spec.hashed]) != values[spec.hashed_at]:
        raise Refused("sync_audit", device=values[spec.index["device_id"]][:8],
                      problem=f"事件 {values[spec.index['device_seq']]} 哈希不符 / event hash mismatch")
    if values[spec.index["device_seq"]] == "1" and values[spec.index["prev_hash"]] != GENESIS:
        raise Refused("sync_audit", device=values[spec.index["device_id"]][:8], problem="链首无效 / bad chain start")


_STAGE_KEYS: dict[str, str] = {}


def _stage_key(path: Path) -> str:
    """The staging file's key, made when it is first staged (random, in this process only)."""
    import secrets

    return _STAGE_KEYS.setdefault(str(path), keyed.literal(secrets.token_hex(32), secrets.token_hex(16)))


# --- pass 2 -----------------------------------------------------------------------------------------------
def attach(conn, path: Path) -> None:
    """Attach the staging file to the import's connection (before its transaction begins); it is
    detached when the connection goes back to the pool."""
    from sqlalchemy import event

    engine = conn.engine
    if not event.contains(engine, "checkin", _detach_on_checkin):
        event.listen(engine, "checkin", _detach_on_checkin)
    dbapi = conn.connection.driver_connection
    if any(r[1] == ALIAS for r in dbapi.execute("PRAGMA database_list")):
        dbapi.execute(f"DETACH DATABASE {ALIAS}")
    dbapi.execute(f'ATTACH DATABASE ? AS {ALIAS} KEY "{_stage_key(path)}"', (str(path),))
    # a larger page cache while the rows go in: new rows land all over the id indexes
    dbapi.execute(f"PRAGMA main.cache_size = -{IMPORT_CACHE_KB}")
    conn.connection.info["zsync_attached"] = True


def _detach_on_checkin(dbapi_conn, record) -> None:
    if record is not None and record.info.pop("zsync_attached", False):
        try:
            dbapi_conn.execute("PRAGMA main.cache_size = -2000")
            dbapi_conn.execute(f"DETACH DATABASE {ALIAS}")
        except keyed.Error:
            pass  # detached on the next attach


def _rows_as_typed(spec: _Spec, rows) -> list[dict]:
    """Staged values back to what the row-by-row merge works with (numbers, dates, times, booleans)."""
    out = []
    for r in rows:
        d = dict(zip(spec.names, r))
        for col in spec.cols:
            v = d[col.name]
            if v is None:
                continue
            t = col.type
            if isinstance(t, Boolean):
                d[col.name] = v == "true"
            elif isinstance(t, Integer):
                d[col.name] = int(v)
            elif isinstance(t, Float):
                d[col.name] = float(v)
            elif isinstance(t, DateTime):
                d[col.name] = dt.datetime.fromisoformat(v)
            elif isinstance(t, Date):
                d[col.name] = dt.date.fromisoformat(v)
        out.append(d)
    return out


_T0 = [0.0]


def start_timing() -> None:
    _T0[0] = time.perf_counter()


def _tick(what: str) -> None:
    if os.environ.get("ZAOSONG_SYNC_TIMING"):
        now = time.perf_counter()
        print(f"[sync] {what}: {now - _T0[0]:.2f} s", flush=True)
        _T0[0] = now


def apply_tables(store, s, conn, c, summary: dict, progress=None) -> set[str]:
    """Pass 2 for every mutable table, parents first. Returns the ids of cases whose rounds or
    rows arrived (their derived state is recomputed)."""
    dbapi = conn.connection.driver_connection
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_special (id TEXT PRIMARY KEY)")
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_skip (id TEXT PRIMARY KEY)")  # see package._screen_config
    specs = {name: _Spec(name) for name in P._COLUMNS}
    done = 0
    for model in P.MUTABLE:
        name = model.__tablename__
        spec = specs[name]
        q, cols = f'"{name}"', ",".join(f'"{n}"' for n in spec.names)
        dbapi.execute("DELETE FROM temp.zsync_special")
        dbapi.execute(f"INSERT OR IGNORE INTO temp.zsync_special SELECT id FROM {ALIAS}.{q} "
                      f"WHERE id IN (SELECT id FROM main.{q})")
        nk = P.NATURAL_KEYS.get(name)
        if nk:
            match = " AND ".join(f'm."{k}" = x."{k}"' for k in nk)
            dbapi.execute(f"INSERT OR IGNORE INTO temp.zsync_special SELECT x.id FROM {ALIAS}.{q} x "
                          f"WHERE EXISTS (SELECT 1 FROM main.{q} m WHERE {match} AND m.id <> x.id)")
        # rows this database knows: merged one by one
        cur = dbapi.execute(f"SELECT {cols} FROM {ALIAS}.{q} WHERE id IN (SELECT id FROM temp.zsync_special) "
                            f"AND id NOT IN (SELECT id FROM temp.zsync_skip)")
        while True:
            batch = cur.fetchmany(2000)
            if not batch:
                break
            P._apply_mutable(store, s, conn, model, _rows_as_typed(spec, batch), summary, c)
        # the rest is new here: inserted as a block with fresh change numbers, in the order of the
        # table's case index where it has one (its pages are then written once, not at random)
        order = "case_id, rowid" if "case_id" in spec.index else "rowid"
        incoming = dbapi.execute(f"SELECT count(*) FROM {ALIAS}.{q}").fetchone()[0]
        n = _insert_block(store, dbapi, name,
                          f"INSERT INTO main.{q} ({cols},lseq) SELECT {spec.select}, ? + ln FROM {ALIAS}.{q} "
                          f"WHERE id NOT IN (SELECT id FROM temp.zsync_special) "
                          f"AND id NOT IN (SELECT id FROM temp.zsync_skip) ORDER BY {order}", incoming)
        P._bump(summary, "inserted", name, n)
        _tick(f"insert {name} {n}")
        done += n
        if progress:
            progress(done, 0)
    _apply_events(store, s, dbapi, summary, c.chain_starts, c.chain_spans)
    _tick("events")
    touched = {r[0] for r in dbapi.execute(f'SELECT id FROM {ALIAS}."case" UNION SELECT case_id FROM '
                                           f'{ALIAS}.stage_round')}
    return touched


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
    from app.models import Device

    q = f'"{P.EVENT_TABLE}"'
    stg = f"{ALIAS}.{q}"
    dbapi.execute("DELETE FROM temp.zsync_special")
    dbapi.execute(f"INSERT OR IGNORE INTO temp.zsync_special SELECT id FROM {stg} WHERE id IN (SELECT id FROM main.{q})")
    known = dbapi.execute(f"SELECT count(*) FROM {stg} WHERE id IN (SELECT id FROM temp.zsync_special)").fetchone()[0]
    # an event this database holds must come back exactly as it is: history is never rewritten
    changed = dbapi.execute(
        f"SELECT m.device_id, m.device_seq FROM {stg} e JOIN main.{q} m ON m.id = e.id WHERE m.hash <> e.hash "
        f"OR m.device_id <> e.device_id OR m.device_seq <> e.device_seq LIMIT 1").fetchone()
    if changed:
        raise Refused("sync_rewritten", device=_label(s, changed[0]), seq=changed[1])
    P._bump(summary, "unchanged", P.EVENT_TABLE, known)
    _tick("events: known")

    def forked(dev: str, seq: int):
        return Refused("sync_audit", device=dev[:8], problem=f"事件序号 {seq} 已被另一事件占用 / forked history")

    def broken(dev: str, seq: int):
        return Refused("sync_audit", device=dev[:8], problem=f"事件 {seq} 与前一事件不衔接 / chain broken")

    # where a run of a device's events starts in the package (Stager checked every other link): the
    # event before it, from the database, in one join
    dbapi.execute("CREATE TEMP TABLE IF NOT EXISTS zsync_starts (device_id TEXT, device_seq INTEGER, prev_hash TEXT)")
    dbapi.execute("DELETE FROM temp.zsync_starts")
    dbapi.executemany("INSERT INTO temp.zsync_starts VALUES (?, ?, ?)", [x for x in starts if x[1] > 1])
    for dev, seq, prev_hash, before in dbapi.execute(
            f"SELECT x.device_id, x.device_seq, x.prev_hash, "
            f"(SELECT hash FROM main.{q} p WHERE p.device_id = x.device_id AND p.device_seq = x.device_seq - 1) "
            f"AS before FROM temp.zsync_starts x WHERE before IS NULL OR before <> x.prev_hash").fetchall():
        if before is None:
            # events whose predecessors never arrived: a package is missing; this one waits for it
            top = dbapi.execute(f"SELECT max(device_seq) FROM main.{q} WHERE device_id = ?", (dev,)).fetchone()[0]
            raise Refused("sync_chain_gap", device=_label(s, dev), have=top or 0, seq=seq)
        raise broken(dev, seq)
    _tick(f"events: starts ({len(starts)})")
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
    _tick("events: chains")
    spec = _Spec(P.EVENT_TABLE)
    cols = ",".join(f'"{n}"' for n in spec.names)
    incoming = dbapi.execute(f"SELECT count(*) FROM {stg}").fetchone()[0]
    n = _insert_block(store, dbapi, P.EVENT_TABLE,
                      f"INSERT INTO main.{q} ({cols},lseq) SELECT {spec.select}, ? + ln FROM {stg} "
                      f"WHERE id NOT IN (SELECT id FROM temp.zsync_special) ORDER BY rowid", incoming)
    P._bump(summary, "inserted", P.EVENT_TABLE, n)
    for dev in spans:
        top = dbapi.execute(f"SELECT device_seq, hash FROM {stg} WHERE device_id = ? AND id NOT IN "
                            f"(SELECT id FROM temp.zsync_special) ORDER BY device_seq DESC LIMIT 1", (dev,)).fetchone()
        if top is None:
            continue
        seq, head = top
        d = s.get(Device, dev)
        if d is not None and seq > d.chain_seq and not d.is_local:
            d.chain_seq, d.chain_head = seq, head


def _label(s, device_id: str) -> str:
    from app.models import Device

    d = s.get(Device, device_id)
    return d.name if d is not None else device_id[:8]


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
        for model in P.MUTABLE:
            q = f'"{model.__tablename__}"'
            label = "x.case_no" if model.__tablename__ == "case" else "x.id"
            for ln, ref, n in dbapi.execute(
                    f"SELECT x.ln, {label}, CAST(json_extract(x.vv, :path) AS INTEGER) AS n FROM {ALIAS}.{q} x "
                    f"LEFT JOIN main.{q} m ON m.id = x.id WHERE instr(x.vv, :dev) AND n > :bound "
                    f"AND n > coalesce(CAST(json_extract(m.vv, :path) AS INTEGER), 0) LIMIT 5",
                    {"path": path, "dev": dev, "bound": bound}):
                bad.append(f"{model.__tablename__} {ref}({n})")
        if bad:
            raise Refused("sync_counter", device=_label(s, dev), signed=bound, rows="; ".join(bad[:5]))


def media_of(dbapi) -> dict[str, str]:
    return {sha: media for sha, media in dbapi.execute(f"SELECT sha256, media_type FROM {ALIAS}.attachment")}
