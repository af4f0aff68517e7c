"""The store: one SQLite file, its device identity, clock stamps, calendar and event chain.

Services are functions ``f(session, ...)``; they reach the store through ``session.info["store"]``
(see ``store_of``). A session from ``Store.session()`` commits on success and rolls back on error,
so a refused operation changes nothing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app import at_rest, backends, config_set, db, db_health, fields, keyed, paths, pg_roles, secrets_store
from app.bureau_time import BUREAU_TZ
from app.device_keys import new_device_key
from app.errors import Refused
from app.messages import render
from app.models import (
    Base,
    CalendarDay,
    CalendarYear,
    Case,
    CaseEvent,
    Device,
    Meta,
    SyncMixin,
    natural_id,
    new_uuid,
)
from app.paths import default_db_path
from app.workdays import WorkCalendar, from_chinese_calendar

# the bureau named on every document until Settings give another (one definition: Store.bureau_name)
DEFAULT_BUREAU = "象山县供电局"

HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def case_prefix_for(device_id: str) -> str:
    """Case numbers are made offline on many laptops: "YK" plus three letters from this device's id
    keeps two laptops from ever issuing the same number (YKHQT2600001)."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    n = int(device_id.replace("-", ""), 16)
    tag = ""
    for _ in range(3):
        n, r = divmod(n, len(letters))
        tag += letters[r]
    return "YK" + tag


def _host_name() -> str:
    """The computer's name as a device name others accept (see app.fields.DEVICE_NAME)."""
    name = fields.INVISIBLE.sub("", socket.gethostname()).strip()[:fields.DEVICE_NAME.max_len]
    return name or "Zaosong"


def utcnow() -> dt.datetime:
    # when things happened (recorded_at, version stamps): real time, also in training mode, where
    # only the business day (effective_on, the rules' "today") is the as-of day (services.cases.today_of)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class HybridClock:
    """Hybrid logical clock: ``mmmmmmmmmmmmm-cccc`` stamps that sort by time, then counter; rows
    also carry ``device_id``, which breaks ties between devices. A device never repeats a stamp.

    It also keeps the latest reading of this computer's own clock (``wall_last``, never a peer's
    stamp: a peer with a fast clock is no reason to doubt ours). A reading more than a minute behind
    it means the clock was set back: ``backwards`` notes when and by how much, and ``wall_ms`` keeps
    returning the latest reading, so a clock set back cannot backdate recording times."""

    BACKWARDS_TOLERANCE_MS = 60_000  # NTP corrections are seconds; 补录 is counted in days

    def __init__(self, device_id: str, last: str = "", wall_last: int = 0) -> None:
        self.device_id = device_id
        self._lock = threading.Lock()
        self.ms, self.counter = 0, 0
        self.wall_last = wall_last
        self.backwards: tuple[int, int] | None = None  # (latest reading before, ms behind it)
        if last:
            self.observe(last)

    @staticmethod
    def parse(stamp: str) -> tuple[int, int]:
        ms, counter = stamp.split("-")[:2]
        return int(ms), int(counter)

    def observe(self, stamp: str) -> None:
        ms, counter = self.parse(stamp)
        with self._lock:
            if (ms, counter) > (self.ms, self.counter):
                self.ms, self.counter = ms, counter

    def _read_wall(self) -> int:
        wall = int(time.time() * 1000)
        if wall < self.wall_last - self.BACKWARDS_TOLERANCE_MS:
            behind = self.wall_last - wall
            if self.backwards is None or behind > self.backwards[1]:
                self.backwards = (self.wall_last, behind)
        self.wall_last = max(self.wall_last, wall)
        return self.wall_last

    def wall_ms(self) -> int:
        """This computer's clock, never earlier than a reading already made."""
        with self._lock:
            return self._read_wall()

    def now(self) -> str:
        with self._lock:
            wall = self._read_wall()
            if wall > self.ms:
                self.ms, self.counter = wall, 0
            else:
                self.counter += 1
            return f"{self.ms:013d}-{self.counter:04d}"


def canonical_json(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


HASHED_FIELDS = (
    "case_id", "kind", "payload", "effective_on", "recorded_at", "actor", "device_id", "device_seq", "prev_hash",
)


def event_hash(fields: dict) -> str:
    """sha256 over the hashed fields in a fixed order, separated by US (0x1f); the payload is
    itself canonical JSON. Documented here because sync and the supervisor verify it."""
    return event_hash_values(*(str(fields[k]) for k in HASHED_FIELDS))


def event_hash_values(*values: str) -> str:
    """``event_hash`` over values already in HASHED_FIELDS order, as strings (bulk loads)."""
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()


GENESIS = "0" * 64
SEED_DEVICE = natural_id("device", "seed")  # the author of data every installation starts with
SEED_STAMP = "0000000000000-0000"
SEED_TIME = dt.datetime(2000, 1, 1)


class Store:
    # a PostgreSQL database (``--db postgresql://...``): its URL, password hidden; None for a file
    url: str | None = None

    def __init__(self, path: Path, engine, created: bool, url: str | None = None) -> None:
        self.path = path
        self.url = url
        self.engine = engine
        self.created = created
        self._factory = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", self._stamp_changes)
        self._calendar: WorkCalendar | None = None
        self._config = None  # rule sets and templates in force (see config())
        self._meta: dict[str, str] = {}
        self._lock = threading.Lock()
        self._verify_lock = threading.Lock()
        self.verified = created  # a file made just now needs no quick_check
        self._load_identity()

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, *, user: str | None = None, device_name: str | None = None) -> Store:
        # the names every event and package carries: refused here, never by every receiver later
        user = fields.USER.check(user) if user is not None else None
        device_name = fields.DEVICE_NAME.check(device_name) if device_name else None
        if backends.is_server_url(path):
            return cls._open_server(str(path), user=user, device_name=device_name)
        path = Path(path) if path else default_db_path()
        try:
            _make_private(path)
            engine, created = db.prepare(path)
            if created or db.last_recovery:  # encrypted just now, too: the copy that replaced it
                _make_private(path)  # the new file and its -wal/-shm, whatever the umask was
            if created or not _has_identity(engine):  # also a first run cut short before its identity
                created = True
                cls._initialise(engine, user=user, device_name=device_name)
            return cls(path, engine, created)
        except Exception as exc:  # a full disk or a damaged file while opening: said plainly
            refusal = (db_health.translate(exc, path)
                       if not isinstance(exc, (KeyError, TypeError, AttributeError)) else None)
            if refusal is None or refusal is exc:
                raise
            raise refusal from None

    @classmethod
    def _open_server(cls, url: str, *, user: str | None, device_name: str | None) -> Store:
        """A PostgreSQL database: the same models, migrations and first-run identity as a file. What
        only a file has is skipped here (see app/backends.py): encryption at rest, the file checks,
        the backup copies (pg_dump backs a server up) and the instance lock. The database is one
        device, as a supervisor's file is: its signing key is kept on this computer like any other."""
        engine, created = backends.prepare(url, after_upgrade=pg_roles.reapply)
        if created or not _has_identity(engine):
            created = True
            with Session(engine) as s, s.begin():
                backends.write_lock(s)  # two clients opening a new database at once: one identity
                if s.get(Meta, "device_id") is None:
                    cls._initialise(engine, user=user, device_name=device_name, session=s)
        folder = backends.local_folder(url)
        at_rest.private_dir(folder)  # attachment files and staged packages: the user's only
        store = cls(folder / "server.db", engine, created, url=backends.redact(url))
        store.verified = True  # no file to quick_check: the server keeps its own pages
        return store

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @staticmethod
    def _initialise(engine, user: str | None, device_name: str | None, session: Session | None = None) -> None:
        """First run: device identity and the calendar seeded from ``chinese_calendar``."""
        device_id = new_uuid()
        now = utcnow()
        clock = HybridClock(device_id)
        public = _new_stored_key(device_id)  # kept before the database names it: never a device without its key
        with _given_or_new(engine, session) as s:
            s.add(Device(id=device_id, name=device_name or _host_name(), is_local=True, created_at=now,
                         public_key=public, trusted=True))
            s.add_all(
                [
                    Meta(key="device_id", value=device_id),
                    Meta(key="user", value=user or ""),
                    Meta(key="case_prefix", value=case_prefix_for(device_id)),
                    Meta(key="warn_wd", value="1"),
                    Meta(key="late_entry_days", value="3"),
                ]
            )
            # The seeded calendar is the same rows on every device: same ids, same stamp, same
            # version vector (the "seed" device), so sync sees one version, not a thousand conflicts.
            kinds, names, covered = from_chinese_calendar()
            vv = canonical_json({SEED_DEVICE: 1})
            seq = 0
            for d, k in sorted(kinds.items()):
                seq += 1
                s.add(CalendarDay(id=natural_id("calendar_day", d), day=d, kind=k,
                                  name=HOLIDAY_NAMES_ZH.get(names[d], names[d]), hlc=SEED_STAMP,
                                  device_id=SEED_DEVICE, vv=vv, lseq=seq))
            for y in sorted(covered):
                seq += 1
                s.add(CalendarYear(id=natural_id("calendar_year", y), year=y, source="chinese_calendar",
                                   loaded_at=SEED_TIME, hlc=SEED_STAMP, device_id=SEED_DEVICE, vv=vv, lseq=seq))
            s.add(Meta(key="hlc_last", value=clock.now()))
            s.add(Meta(key="lseq", value=str(seq)))

    def reload_identity(self) -> None:
        """Re-read settings written outside a session (the demo bulk load)."""
        self._load_identity()
        self.invalidate_calendar()

    def _load_identity(self) -> None:
        with Session(self.engine) as s:
            self._meta = {m.key: m.value for m in s.scalars(select(Meta))}
            if "lseq" in self._meta:
                self.lseq = int(self._meta["lseq"])
            else:  # first open after the sync migration: start above every change number
                self.lseq = max(
                    (s.scalar(select(func.max(t.c.lseq))) or 0)
                    for t in Base.metadata.sorted_tables if "lseq" in t.c
                )
        self.device_id = self._meta["device_id"]
        self._signing_key = self._load_signing_key()
        self.hlc = HybridClock(self.device_id, self._meta.get("hlc_last", ""), int(self._meta.get("wall_last", "0")))

    # --- the device's signing key (kept outside the database: app/secrets_store.py) ------------
    def signing_key(self) -> str:
        """This device's private Ed25519 key (base64), for signing packages."""
        return self._signing_key

    def _load_signing_key(self) -> str:
        with Session(self.engine) as s:
            public = s.get(Device, self.device_id).public_key
        private = secrets_store.get(secrets_store.device_key_name(self.device_id))
        if private and public and _public_of(private) == public:
            return private
        if self.url is not None and public:
            # a server database is opened from many computers, and only the one that made it holds
            # its key: the others are no restored copy and must not rename the shared device. They
            # read, write and consolidate; signing (an export) needs the key's computer.
            return ""
        if not public:  # a database from before sync never had a key: give this device one
            with Session(self.engine) as s, s.begin():
                d = s.get(Device, self.device_id)
                d.public_key, d.trusted = _new_stored_key(self.device_id), True
            return secrets_store.get(secrets_store.device_key_name(self.device_id))
        return self._become_new_device()

    def _become_new_device(self) -> str:
        """The file names a device whose private key this machine does not hold: a backup or copy
        restored on another laptop (or a keyring wiped). It cannot sign as that device, and must
        not: the original laptop may still be in use. So this copy becomes a device of its own,
        with a new id, key, case-number prefix and package sequence; the old device stays, as a
        peer trusted as before, so its own packages are still accepted here. Peers learn of the
        new device from the next package (its manifest and device lines carry the new id, name and
        public key): a package from it is refused as unknown until a person compares its
        fingerprint and trusts it, as for any new laptop."""
        old_id, new_id = self.device_id, new_uuid()
        public = _new_stored_key(new_id)
        with Session(self.engine) as s, s.begin():
            # the first statement takes the write lock: a second process renewing the same copy at
            # the same moment finds the id already changed, and takes that identity instead
            claimed = s.execute(update(Meta).where(Meta.key == "device_id", Meta.value == old_id)
                                .values(value=new_id)).rowcount
            if claimed == 1:
                self._record_new_device(s, old_id, new_id, public)
        if claimed != 1:
            self._load_identity()
            return self._signing_key
        self.device_id = new_id
        import logging

        logging.getLogger(__name__).warning(
            "no private key for device %s on this machine: this database is now device %s", old_id, new_id)
        return secrets_store.get(secrets_store.device_key_name(new_id))

    def _record_new_device(self, s: Session, old_id: str, new_id: str, public: str) -> None:
        old = s.get(Device, old_id)
        old.is_local = False
        s.add(Device(id=new_id, name=old.name, is_local=True, created_at=utcnow(), public_key=public,
                     trusted=True))
        changes = {"device_id": new_id, "case_prefix": case_prefix_for(new_id), "previous_device_id": old_id,
                   "device_renewed_at": utcnow().isoformat(timespec="seconds"),
                   "package_seq": "0", "package_hash": ""}
        for key, value in changes.items():
            row = s.get(Meta, key)
            if row is None:
                s.add(Meta(key=key, value=value))
            else:
                row.value = value
        self._meta.update(changes)

    @property
    def lseq_lock(self) -> threading.Lock:
        """Held while change numbers are handed out: by ``next_lseq``, and by a bulk import that numbers
        its rows itself (reads ``lseq``, inserts, sets it to the highest number used)."""
        return self._lock

    def catch_up(self, session: Session) -> None:
        """Before this session's first change number on a file: take the file's write lock (a no-op
        update of the counter's row) and go on from the number the file holds. Another process may
        have written the file since this one read it (the CLI beside the open workbench), and a
        number handed out twice would hide a row from the next sync export and from the verdict
        cache's stamp. A server's session did the same when it took its write lock."""
        if self.url is not None or session.info.get("caught_up"):
            return
        session.info["caught_up"] = True
        conn = session.connection()
        meta = Meta.__table__
        conn.execute(meta.update().where(meta.c.key == "lseq").values(value=meta.c.value))
        held = dict(conn.execute(select(meta.c.key, meta.c.value)
                                 .where(meta.c.key.in_(("lseq", "hlc_last")))).all())
        with self._lock:
            self.lseq = max(self.lseq, int(held.get("lseq") or 0))
        if held.get("hlc_last"):
            self.hlc.observe(held["hlc_last"])

    def next_lseq(self) -> int:
        with self._lock:
            self.lseq += 1
            return self.lseq

    def _stamp_changes(self, session: Session, _ctx, _instances) -> None:
        """Every local write: a fresh clock stamp, this device, the version vector bumped, and a
        change number. A sync import sets these from the package itself (``sync_import``)."""
        if session.info.get("sync_import"):
            return
        dev = self.device_id
        changed = list(session.new) + [o for o in session.dirty if session.is_modified(o)]
        if changed:
            self.catch_up(session)
        for obj in changed:
            if isinstance(obj, Case) and obj not in session.new and _only_derived_changed(obj):
                continue  # current stage and status follow from the rounds: not an edit of the case
            if isinstance(obj, SyncMixin):
                vv = json.loads(obj.vv) if obj.vv else {}
                vv[dev] = vv.get(dev, 0) + 1
                obj.vv = canonical_json(vv)
                obj.hlc = self.hlc.now()
                obj.device_id = dev
                obj.lseq = self.next_lseq()
            elif isinstance(obj, CaseEvent) and obj in session.new:
                obj.lseq = self.next_lseq()

    # --- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        return self._meta.get(key, default)

    def refresh_settings(self, s: Session) -> None:
        """The settings and change number as the database holds them now: a server's other clients
        write them too (the sync export reads its package counters and signed heads so)."""
        self._meta.update({m.key: m.value for m in s.scalars(select(Meta))})
        with self._lock:
            self.lseq = max(self.lseq, int(self._meta.get("lseq") or 0))

    @property
    def user(self) -> str:
        return self._meta.get("user", "")

    @property
    def bureau_name(self) -> str:
        """The bureau (供电单位) printed on notices, letters, minutes and sheets."""
        return self._meta.get("bureau_name", "") or DEFAULT_BUREAU

    @property
    def warn_wd(self) -> int:
        return int(self._meta.get("warn_wd", "1"))

    @property
    def late_entry_days(self) -> int:
        return int(self._meta.get("late_entry_days", "3"))

    def set_setting(self, session: Session, key: str, value: str) -> None:
        row = session.get(Meta, key)
        if row is None:
            session.add(Meta(key=key, value=value))
        else:
            row.value = value
        session.info.setdefault("meta_changes", {})[key] = value

    # --- calendar ------------------------------------------------------------------------------
    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            with Session(self.engine) as s:
                self._calendar = self.load_calendar(s)
        return self._calendar

    @staticmethod
    def load_calendar(s: Session) -> WorkCalendar:
        days = s.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
                         .where(CalendarDay.deleted.is_(False))).all()
        years = s.scalars(select(CalendarYear.year).where(CalendarYear.deleted.is_(False))).all()
        return WorkCalendar({d: k for d, k, _n in days}, frozenset(years), {d: n for d, _k, n in days if n})

    def invalidate_calendar(self) -> None:
        """Drop what is derived from synced data (calendar, rule sets and templates in force)."""
        self._calendar = None
        self._config = None

    def config(self, s: Session):
        """Rule sets and checklist templates in force (bundled, overlaid by published versions)."""
        if getattr(self, "_config", None) is None:
            self._config = config_set.load(s)
        return self._config

    # --- sessions ------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        if self.damaged:  # found damaged while in use: not one more write into it
            raise Refused("db_damaged_stopped", path=self.path)
        self.verify()
        s = self._factory()
        s.info["store"] = self
        start_stamp = (self.hlc.ms, self.hlc.counter)
        try:
            with s.begin():
                if self.url is not None:
                    self._take_write_lock(s)
                    start_stamp = (self.hlc.ms, self.hlc.counter)
                yield s
                s.flush()
                if (self.hlc.ms, self.hlc.counter) != start_stamp:
                    lrow = s.get(Meta, "lseq")
                    if lrow is None:
                        s.add(Meta(key="lseq", value=str(self.lseq)))
                    else:
                        lrow.value = str(self.lseq)
                    row = s.get(Meta, "hlc_last")
                    stamp = f"{self.hlc.ms:013d}-{self.hlc.counter:04d}"
                    if row is None:
                        s.add(Meta(key="hlc_last", value=stamp))
                    else:
                        row.value = stamp
                    self._save_wall_clock(s)
            self._meta.update(s.info.get("meta_changes", {}))
            if s.info.get("calendar_changed") or s.info.get("config_changed"):
                self.invalidate_calendar()
        except Exception as exc:
            refusal = self._db_fault(exc)
            if refusal is None:
                raise
            raise refusal from None
        finally:
            s.close()

    def _take_write_lock(self, s: Session) -> None:
        """A server has other writers: queue behind them (app/backends.write_lock says why a lock),
        then take up the change number and clock stamp where the last of them left them."""
        backends.write_lock(s)
        held = dict(s.execute(select(Meta.key, Meta.value).where(Meta.key.in_(("lseq", "hlc_last")))).all())
        with self._lock:
            self.lseq = max(self.lseq, int(held.get("lseq") or 0))
        if held.get("hlc_last"):
            self.hlc.observe(held["hlc_last"])

    @contextmanager
    def reader(self) -> Iterator[Session]:
        s = self._factory()
        s.info["store"] = self
        try:
            yield s
        except Exception as exc:
            refusal = self._db_fault(exc)
            if refusal is None:
                raise
            raise refusal from None
        finally:
            s.close()

    def _save_wall_clock(self, s: Session) -> None:
        """The latest reading of this computer's clock, and a clock found set back (the largest amount
        seen is kept, as the record of why some recording times were held at an earlier reading; shown
        by ``zaosong check`` and the workbench's status bar)."""
        self.set_setting(s, "wall_last", str(self.hlc.wall_last))
        back = self.hlc.backwards
        if back is not None:
            seen = json.loads(self._meta.get("clock_backwards") or "{}")
            if back[1] > seen.get("behind_ms", 0):
                when = dt.datetime.fromtimestamp(back[0] / 1000, dt.UTC).replace(tzinfo=None)
                self.set_setting(s, "clock_backwards", canonical_json(
                    {"behind_ms": back[1], "latest_reading": when.isoformat(timespec="seconds") + "Z"}))

    def clock_warning(self) -> str | None:
        """The clock-set-back message, or None."""
        seen = self._meta.get("clock_backwards")
        if not seen:
            return None
        d = json.loads(seen)
        when = dt.datetime.fromisoformat(d["latest_reading"].rstrip("Z")).replace(tzinfo=dt.UTC)
        return render("clock_backwards", when=when.astimezone(BUREAU_TZ).strftime("%Y-%m-%d %H:%M"),
                      minutes=max(1, round(d["behind_ms"] / 60000)))

    damaged = False  # set when SQLite reported the file corrupt during a command

    def verify(self) -> None:
        """SQLite's quick_check, once per process, before its first write: nothing is ever written
        into a damaged file. Raises DamagedDatabase (and stops all writes) or DiskFull."""
        if self.verified:
            return
        with self._verify_lock:
            if self.verified:
                return
            problem = db_health.damage(self.path)
            if problem is not None:
                self.damaged = True
                raise db_health.DamagedDatabase(self.path, problem)
            self.verified = True

    def _db_fault(self, exc: Exception):
        """A damaged file or a full disk met during a command, as a refusal (None: not such a fault).
        A damaged file stops all further writes through this store."""
        from sqlalchemy.exc import DBAPIError, OperationalError

        if isinstance(exc, Refused) or not isinstance(exc, (DBAPIError, *keyed.Error, OSError)):
            return None
        if self.url is not None:  # a server: no file to be damaged; a lost connection said plainly
            if isinstance(exc, OperationalError):
                return Refused("pg_unreachable", url=self.url, error=backends._first_line(exc))
            state = getattr(getattr(exc, "orig", None), "sqlstate", "")
            if state == "42501":  # insufficient_privilege
                return Refused("pg_no_permission", url=self.url)
            if state == "22001":  # a value longer than its column: the services check lengths first;
                # this is the net under a check someone forgot (SQLite would have kept it whole)
                return Refused("pg_value_too_long", error=backends._first_line(exc))
            return None
        refusal = db_health.translate(exc, self.path)
        if isinstance(refusal, db_health.DamagedDatabase):
            self.damaged = True
        return refusal

    def dispose(self) -> None:
        self.engine.dispose()

    # --- events ----------------------------------------------------------------------------------
    def record_event(
        self, s: Session, case: Case, kind: str, payload: dict, effective_on: dt.date, actor: str | None = None
    ) -> CaseEvent:
        """Append an event to this device's hash chain (in the caller's transaction)."""
        # held by the session: the identity map holds objects weakly, so a Device clean after a flush
        # was collected and s.get selected it again (and autoflushed) at every event
        device = s.info.get("local_device")
        if device is None or device.id != self.device_id:
            device = s.info["local_device"] = s.get(Device, self.device_id)
        seq = device.chain_seq + 1
        # this computer's clock, but never before a time already recorded: a clock set back cannot
        # make a late entry (补录) look timely
        recorded_at = dt.datetime.fromtimestamp(self.hlc.wall_ms() / 1000, dt.UTC).replace(tzinfo=None)
        fields = {
            "case_id": case.id,
            "kind": kind,
            "payload": canonical_json(payload),
            "effective_on": effective_on.isoformat(),
            "recorded_at": recorded_at.isoformat(timespec="microseconds"),
            "actor": actor if actor is not None else self.user,
            "device_id": self.device_id,
            "device_seq": seq,
            "prev_hash": device.chain_head or GENESIS,
        }
        ev = CaseEvent(
            id=new_uuid(),
            case_id=case.id,
            kind=kind,
            payload=fields["payload"],
            effective_on=effective_on,
            recorded_at=recorded_at,
            actor=fields["actor"],
            device_id=self.device_id,
            device_seq=seq,
            hlc=self.hlc.now(),
            prev_hash=fields["prev_hash"],
            hash=event_hash(fields),
        )
        s.add(ev)
        device.chain_seq = seq
        device.chain_head = ev.hash
        return ev


def _make_private(path: Path) -> None:
    """The data folder and its files are the user's only (0700/0600), older files included; a
    folder chosen with --db is left as it is, only the database and Zaosong's folders in it."""
    ours = path.parent.resolve() == paths.user_data_dir().resolve()
    if ours:
        at_rest.private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    # no empty file made ahead of SQLite: a 0-byte database is a damaged one (app/db_health.py). The
    # CLI and the workbench run under umask 077 (at_rest.private_umask), so SQLite creates it 0600;
    # the modes are checked again once it exists (Store.open)
    at_rest.secure_data_folder(path, whole_folder=ours)


@contextmanager
def _given_or_new(engine, session: Session | None):
    if session is not None:
        yield session
        return
    with Session(engine) as s, s.begin():
        yield s


def _has_identity(engine) -> bool:
    with Session(engine) as s:
        return s.get(Meta, "device_id") is not None


def _new_stored_key(device_id: str) -> str:
    """A new key pair whose private half goes to the keyring (or key file); returns the public."""
    private, public = new_device_key()
    secrets_store.put(secrets_store.device_key_name(device_id), private)
    return public


def _public_of(private_b64: str) -> str | None:
    """The public half of a stored private key (None if it is not a key at all)."""
    import base64
    import binascii

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64, validate=True))
    except (ValueError, binascii.Error):
        return None
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


DERIVED_CASE_FIELDS = ("current_stage", "status")


def _only_derived_changed(case: Case) -> bool:
    from sqlalchemy import inspect as sa_inspect

    state = sa_inspect(case)
    changed = {a.key for a in state.attrs if a.history.has_changes()} - {"rounds"}
    return bool(changed) and changed <= set(DERIVED_CASE_FIELDS)


def store_of(s: Session) -> Store:
    return s.info["store"]


def event_fields(ev: CaseEvent) -> dict:
    """The hashed fields of a stored event (to verify the chain)."""
    return {
        "case_id": ev.case_id,
        "kind": ev.kind,
        "payload": ev.payload,
        "effective_on": ev.effective_on.isoformat(),
        "recorded_at": ev.recorded_at.isoformat(timespec="microseconds"),
        "actor": ev.actor,
        "device_id": ev.device_id,
        "device_seq": ev.device_seq,
        "prev_hash": ev.prev_hash,
    }
