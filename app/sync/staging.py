"""Pass 1 of an import (still validation, nothing touches the database): every record line is
checked and written, already in the form the database stores it, into a staging SQLite file
inside the staging folder. A line exactly as Zaosong's exporter writes it takes the fast path:
parsed by the C JSON parser, re-encoded and compared byte for byte (so no duplicate keys, NaN or
odd forms can hide in it), then checked column by column against a plan compiled once per table
and per signature of value types. Anything else goes the strict way (``rows.strict_loads`` and
``rows.check_row``), which gives the precise message for the line that is wrong.

The staging file is attached to the import's connection for pass 2 in one place, ``attach``.
"""


from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import operator
import re
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text
from sqlalchemy import event as sa_event

from app import fields, keyed
from app.config_set import content_sha256, parse, strict_json
from app.errors import Refused
from app.messages import language, render
from app.store import GENESIS, event_hash_values
from app.sync import timing
from app.sync.format import (
    COLUMNS,
    ENUMS,
    EVENT_TABLE,
    JSON_COLUMNS,
    MAX_DEPTH,
    MAX_LINE_BYTES,
    MUTABLE,
    SAFE_NAMES,
    TEXT_CAP,
    bad_package,
    text_cap,
)
from app.sync.rows import (
    check_attachment_type,
    check_depth,
    check_device_line,
    check_row,
    strict_loads,
)

_canon = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False).encode
_plain = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode  # json.dumps(v, ensure_ascii=False)
ALIAS = "zsync_stage"
IMPORT_CACHE_KB = 64 * 1024
FAST_TABLES = {m.__tablename__ for m in MUTABLE if m.__tablename__ != "sync_conflict"} | {EVENT_TABLE}

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


class Spec:
    """One table: its columns in export order, the pattern of a line as the exporter writes it,
    and the SQL that turns staged text back into the database's types."""
    def __init__(self, name: str) -> None:
        self.name = name
        cols = COLUMNS[name]
        self.names = tuple(cols)
        self.cols = list(cols.values())
        self.index = {n: i for i, n in enumerate(self.names)}
        self.event = name == EVENT_TABLE
        enums = {c: allowed for (t, c), allowed in ENUMS.items() if t == name}
        safe = {c: pattern for (t, c), pattern in SAFE_NAMES.items() if t == name}
        self.json = [(self.index[c], kind) for (t, c), kind in JSON_COLUMNS.items() if t == name]
        json_cols = {self.names[i] for i, _ in self.json}
        self.unescape: list[int] = []  # text columns that may hold escapes (decoded when they do)
        self.limits = {i: (c.type.length if isinstance(c.type, String) and c.type.length else text_cap(name, c.name))
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
                v = f'"({_PLAIN}{{0,{t.length or TEXT_CAP}}})"'
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
        top = self.vv_top

        def fix(v: str):
            v = v.replace('\\"', '"')
            if "," not in v:
                # one device, and the pattern has checked its form: {"<uuid>":<counter>}
                dev, n = v[2:38], int(v[40:-1])
                if n > top.get(dev, 0):
                    top[dev] = n
                return v
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
        sha256, sep = hashlib.sha256, "\x1f"
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
                # event_hash_values, inline: once per event
                if sha256(sep.join(hashed(r)).encode()).hexdigest() != r[at] or \
                        (r[seq_i] == "1" and r[prev_i] != GENESIS):
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
    """A version vector of several devices (unescaped), none of them twice."""
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
    if text.count("{") + text.count("[") > MAX_DEPTH:
        try:
            check_depth(v)
        except ValueError:  # too deep, or a lone surrogate: the strict path says which line
            return False
    return True


STAGE_CACHE_KB = 64 * 1024


class Stager:
    """The staging SQLite file: one table per record kind, same columns plus the line number, no
    constraints; integers and reals with their affinity, everything else as the line wrote it."""
    def __init__(self, path: Path) -> None:
        self.path = path
        # the staged rows are a package's decrypted content: on disk only encrypted, with a key of
        # this import's own that is never stored (the file is useless once the process is gone)
        self.key = stage_key(path)
        self.con = keyed.connect(path, key=self.key, check=False, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=OFF")
        self.con.execute("PRAGMA synchronous=OFF")
        # pages stay in memory until the indexes are built (a spilled page is encrypted and written,
        # then read and decrypted again); the index sorts' scratch space too
        self.con.execute(f"PRAGMA cache_size = -{STAGE_CACHE_KB}")
        self.con.execute("PRAGMA temp_store = MEMORY")
        self.con.execute("BEGIN")
        self.specs = {name: Spec(name) for name in COLUMNS}
        self.buffers: dict[str, list[tuple]] = {}
        self.devices: list[dict] = []
        self.chain_starts: list[tuple[str, int, str]] = []
        self.chain_spans: dict[str, int] = {}  # device -> its lowest event number in the package
        self.chain_tops: dict[str, tuple[int, str]] = {}  # device -> its highest event (number, hash)
        # the chains followed as the events arrive (device -> [last number, last hash, run starts]);
        # None once a device's events come out of order (then _link_events reads them back sorted)
        self._chains: dict[str, list] | None = {}
        # the date columns (their place in a staged row), the days found real, the first bad one
        self._dated = {name: [(spec.index[c], c) for c, _timed in spec.dated] for name, spec in self.specs.items()}
        self._days: set[str] = set()
        self._bad_day: dict[str, tuple] = {}  # table -> (line, column place, column, value)
        ev = COLUMNS[EVENT_TABLE]
        names = list(ev)
        self._chain_at = operator.itemgetter(*(names.index(k) for k in ("device_id", "device_seq", "prev_hash",
                                                                      "hash")))
        for name, spec in self.specs.items():
            cols = ",".join(f'"{c.name}"' + (" INTEGER" if isinstance(c.type, Integer) and not isinstance(c.type, Boolean)
                                              else " REAL" if isinstance(c.type, Float) else "") for c in spec.cols)
            self.con.execute(f'CREATE TABLE "{name}" ({cols}, ln INTEGER)')
            self.buffers[name] = []
        self.insert_sql = {name: f'INSERT INTO "{name}" VALUES ({",".join("?" * (len(spec.names) + 1))})'
                           for name, spec in self.specs.items()}

    def _insert(self, table: str, rows: list) -> None:
        self.con.executemany(self.insert_sql[table], rows)

    def add(self, table: str, values: tuple) -> None:
        if table == EVENT_TABLE and self._chains is not None:
            self._follow((values,))
        if self._dated[table]:
            self._check_days(table, (values,))
        buf = self.buffers[table]
        buf.append(values)
        if len(buf) >= 5000:
            self._insert(table, buf)
            self.buffers[table] = []

    def add_many(self, table: str, rows: list) -> None:
        if table == EVENT_TABLE and self._chains is not None:
            self._follow(rows)
        if self._dated[table]:
            self._check_days(table, rows)
        buf = self.buffers[table]
        if buf:
            self._insert(table, buf)
            self.buffers[table] = []
        self._insert(table, rows)

    def _check_days(self, table: str, rows) -> None:
        """Every date a real day (the patterns let 2026-02-30 through): each day looked at once.
        The first bad one (by line, then column) is refused in ``close``, where it always was."""
        days = self._days
        for place, (i, col) in enumerate(self._dated[table]):
            for r in rows:
                v = r[i]
                if v is None:
                    continue
                day = v[:10]
                if day in days:
                    continue
                try:
                    ok = len(day) == 10 and day[4] == day[7] == "-" and dt.date.fromisoformat(day) is not None
                except ValueError:
                    ok = False
                if ok:
                    days.add(day)
                    continue
                bad = (r[-1], place, col, v[:30])
                if table not in self._bad_day or bad < self._bad_day[table]:
                    self._bad_day[table] = bad
                break  # later rows of this column cannot come earlier

    def _follow(self, rows) -> None:
        """Each device's chain as its events arrive (the exporter writes them in chain order): where
        a run starts, its top, and that every event links to the one before it. Anything else (out
        of order, a number twice, a broken link) leaves it to ``_link_events``, which finds and
        names the problem exactly as it always has."""
        chains, at = self._chains, self._chain_at
        for r in rows:
            dev, seq, link, own = at(r)
            seq = int(seq)
            c = chains.get(dev)
            if c is None:
                chains[dev] = [seq, own, [(dev, seq, link)]]
                continue
            last = c[0]
            if seq == last + 1:
                if link != c[1]:
                    self._chains = None
                    return
            elif seq > last:
                c[2].append((dev, seq, link))
            else:
                self._chains = None
                return
            c[0], c[1] = seq, own

    def close(self) -> None:
        """Flush, check every date is a real one, index for the merge."""
        for table, buf in self.buffers.items():
            if buf:
                self._insert(table, buf)
                self.buffers[table] = []
        timing.tick("stage: rows")
        for name in self.specs:
            if name in self._bad_day:
                line, _place, col, value = self._bad_day[name]
                raise bad_package("sync_p_date_column", line=line, column=f"{name}.{col}", value=value)
            self.con.execute(f'CREATE INDEX "ix_{name}_id" ON "{name}" (id)')
        timing.tick("stage: dates, id indexes")
        # the value rules a person typing them here would meet (app.fields): the same for every laptop

        # the SQL that names a bad row's line, in the user's language (ln is the record's line number)
        line_label = "'第 ' || ln || ' 行'" if language() == "zh" else "'line ' || ln"
        bad = fields.row_problems(self.con, "main", {t: line_label for t in COLUMNS},
                                  limit=1)
        if bad:
            raise bad_package(f"records {bad[0]}")
        timing.tick("stage: value rules")
        if self._chains is not None:
            # what pass 2 looks events up by (a device's events in number order)
            self.con.execute(f'CREATE INDEX ix_event_chain ON "{EVENT_TABLE}" (device_id, device_seq)')
            self._chains_followed()
        else:  # the links read back in chain order: from the index alone
            self.con.execute(f'CREATE INDEX ix_event_chain ON "{EVENT_TABLE}" (device_id, device_seq, prev_hash, hash)')
            self._link_events()
        timing.tick("stage: chains")
        self.con.execute("COMMIT")
        self.con.close()

    def _chains_followed(self) -> None:
        """The chains as ``_follow`` saw them, in the order ``_link_events`` gives (by device)."""
        for dev in sorted(self._chains):
            seq, own, starts = self._chains[dev]
            self.chain_spans[dev] = starts[0][1]
            self.chain_starts.extend(starts)
            self.chain_tops[dev] = (seq, own)

    def _link_events(self) -> None:
        """Each device's events in chain order (an index-only scan): every event must link to the one
        before it where the package holds that one, and no place may be taken twice. Where a run
        starts, the event before it is looked up in the database when applying."""
        prev_dev, prev_seq, prev_hash = None, 0, ""
        for dev, seq, link, own in self.con.execute(
                f'SELECT device_id, device_seq, prev_hash, hash FROM "{EVENT_TABLE}" ORDER BY device_id, device_seq'):
            if dev != prev_dev:
                self.chain_spans[dev] = seq
                self.chain_starts.append((dev, seq, link))
            elif seq == prev_seq:
                raise Refused("sync_audit", device=dev[:8], problem=render("sync_p_seq_twice", seq=seq))
            elif seq == prev_seq + 1:
                if link != prev_hash:
                    raise Refused("sync_audit", device=dev[:8],
                                  problem=render("sync_p_chain_broken", seq=seq))
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
_CHUNK_TABLES = FAST_TABLES - {"config_doc", "attachment"}  # those two get further checks per line


def check_records(source, stager: Stager, attachments: dict[str, Path], local_device: str = "",
                  own_events: list[str] | None = None, fill: dict | None = None, progress=None) -> dict:
    """Pass 1: every line checked and staged. Raises Refused at the first bad line. ``fill``: columns
    an older sender's rows lack, with their values (see ``format.columns_to_fill``). ``source``: a
    path, or anything with ``read(n)`` (the import reads the zip member as a thread unpacks it).

    The file is read in blocks of whole lines. A block of one table's lines, every one of them in the
    exporter's exact form, is matched by one ``findall`` of that table's pattern (the count of
    matches must equal the count of lines), then finished row by row (``Spec.finish``). Any other
    block goes line by line (``LineChecker``), which is where every refusal names its line."""
    ck = LineChecker(stager, attachments, local_device, own_events, fill)
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
                if len(data) > MAX_LINE_BYTES:
                    raise bad_package("sync_p_line_too_long", line=lineno + 1)
                carry = data
                continue
            chunk, carry = data[:cut], data[cut:]
            n = chunk.count(b"\n")
            if len(carry) > MAX_LINE_BYTES:
                raise bad_package("sync_p_line_too_long", line=lineno + n + 1)
            rows = None
            spec = chunk_specs.get(chunk[6:chunk.find(b'"', 6)]) if chunk.startswith(b'{"t":"') else None
            if spec is not None and _lines_short(chunk):
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


def _lines_short(chunk: bytes) -> bool:
    """No line of ``chunk`` as long as MAX_LINE_BYTES. A run without a newline that long holds a
    whole aligned block of half that length: when every such block has a newline in it, no line is
    too long, found without splitting the chunk; otherwise measured line by line."""
    if len(chunk) <= MAX_LINE_BYTES:
        return True
    half = MAX_LINE_BYTES // 2
    if all(chunk.find(b"\n", a, a + half) >= 0 for a in range(0, len(chunk) - half + 1, half)):
        return True
    return max(map(len, chunk.split(b"\n"))) < MAX_LINE_BYTES


class LineChecker:
    """Line by line: the fast pattern where a line is in the exporter's form, the strict parser
    (and its precise message) where it is not."""
    def __init__(self, stager: Stager, attachments: dict[str, Path], local_device: str,
                 own_events: list[str] | None, fill: dict | None) -> None:
        self.stager, self.attachments, self.fill = stager, attachments, fill
        self.local_device, self.own_events = local_device, own_events
        self.counts: dict[str, int] = {}
        specs = stager.specs
        self.fast_specs = {name: spec for name, spec in specs.items() if name in FAST_TABLES}

    def lines(self, data: bytes, lineno: int) -> None:
        for line in data.split(b"\n"):
            lineno += 1
            if line:
                self.line(line, lineno)

    def line(self, line: bytes, lineno: int) -> None:
        if len(line) > MAX_LINE_BYTES:
            raise bad_package("sync_p_line_too_long", line=lineno)
        try:
            body = line.decode("utf-8")
        except UnicodeDecodeError:
            raise bad_package("sync_p_not_utf8", line=lineno) from None
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
            t, values = strict_line(body, lineno, self.fill)
            if t == "device":
                self.counts["device"] = self.counts.get("device", 0) + 1
                self.stager.devices.append(values)
                return
            spec = specs[t]
            if spec.vv is not None:
                spec.note_vv(values[spec.vv])
        if t == EVENT_TABLE:
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
                check_attachment_type(self.attachments[sha], values[at.index["media_type"]], lineno)
        self.stager.add(t, values + (lineno,))
        self.counts[t] = self.counts.get(t, 0) + 1


def strict_line(text: str, lineno: int, fill: dict | None = None) -> tuple[str, tuple | dict]:
    """The careful path for a line not in the exporter's exact form: the precise complaint, or the row."""
    try:
        rec = strict_loads(text)
    except (ValueError, RecursionError) as exc:
        raise bad_package("sync_p_line_error", line=lineno, error=str(exc)[:120]) from None
    if not isinstance(rec, dict) or set(rec) != {"t", "row"}:
        raise bad_package("sync_p_line_error", line=lineno, error="{t, row}")
    t = rec["t"]
    if not isinstance(t, str):
        raise bad_package("sync_p_unknown_table", line=lineno, table=str(t)[:30])
    if t == "device":
        check_device_line(rec["row"], lineno)
        return t, rec["row"]
    if t not in COLUMNS:
        raise bad_package("sync_p_unknown_table", line=lineno, table=t[:30])
    row = rec["row"]
    if fill and t in fill and isinstance(row, dict):
        for col, value in fill[t].items():
            row.setdefault(col, value)
    out = check_row(t, row, lineno)
    return t, tuple(_storage(out[name]) for name in COLUMNS[t])


def _check_config_doc(spec: Spec, values: tuple, lineno: int) -> None:
    """A published rule set or template must be one this version can apply, and be what it says."""
    ix = spec.index
    kind, content = values[ix["kind"]], values[ix["content"]]
    where = render("sync_p_where_row", line=lineno, column="config_doc")
    try:
        data = strict_json(content, where)
        doc = parse(kind, data, where)
    except Refused as exc:
        raise bad_package(f"{where}: {str(exc)[:160]}") from None
    if doc.id != values[ix["doc_id"]] or str(doc.version) != str(values[ix["version"]]) or \
            content_sha256(content) != values[ix["sha256"]]:
        raise bad_package("sync_p_content_mismatch", where=where)


def _check_event(spec: Spec, values: tuple) -> None:
    """An event's own hash, from its fields as the sender hashed them; the first of a chain starts at
    GENESIS. Links between events are checked when applying."""
    if event_hash_values(*[values[i] for i in spec.hashed]) != values[spec.hashed_at]:
        raise Refused("sync_audit", device=values[spec.index["device_id"]][:8],
                      problem=render("sync_p_event_hash", seq=values[spec.index["device_seq"]]))
    if values[spec.index["device_seq"]] == "1" and values[spec.index["prev_hash"]] != GENESIS:
        raise Refused("sync_audit", device=values[spec.index["device_id"]][:8], problem=render("sync_p_chain_start"))


_STAGE_KEYS: dict[str, str] = {}


def stage_key(path: Path) -> str:
    """The staging file's key, made when it is first staged (random, in this process only)."""
    import secrets

    return _STAGE_KEYS.setdefault(str(path), keyed.literal(secrets.token_hex(32), secrets.token_hex(16)))


# --- the staging file in pass 2 ---------------------------------------------------------------------------
def attach(conn, path: Path) -> None:
    """Attach the staging file to the import's connection (before its transaction begins); it is
    detached when the connection goes back to the pool."""
    engine = conn.engine
    if not sa_event.contains(engine, "checkin", _detach_on_checkin):
        sa_event.listen(engine, "checkin", _detach_on_checkin)
    dbapi = conn.connection.driver_connection
    if any(r[1] == ALIAS for r in dbapi.execute("PRAGMA database_list")):
        dbapi.execute(f"DETACH DATABASE {ALIAS}")
    dbapi.execute(f'ATTACH DATABASE ? AS {ALIAS} KEY "{stage_key(path)}"', (str(path),))
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


def rows_as_typed(spec: Spec, rows) -> list[dict]:
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
