"""The fast path of a ledger import: rows that CREATE a case, written in batches.

Running each new case through ``create_case``/``start_stage``/``finish_stage`` costs ~22 SQL
statements and several ORM flushes per row; a 10,000-row first import took minutes. A row that
creates a case is instead *planned* here in Python (the same validators, the same decisions as
those services for a case that does not exist yet) and written with one INSERT per table per batch:
the case (pinyin keys, the device's next case number), its stage rounds, its events on this device's
hash chain, stamped as ``Store._stamp_changes`` stamps a local write (this device, a fresh clock
stamp, the version vector, a change number).

The planner only *accepts* a row; it never refuses one. Anything the services could refuse or that
a new case cannot meet (a date outside the calendar or after today, a stage started before what
precedes it, a value a validator rejects) sends the row back to the service path, which gives the
refusal in its own words. ``tests/test_ledger_fast.py`` imports the same ledgers both ways and
compares every case, round and event.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app import fields as F
from app.domain import CHAINED_FROM, STAGE_INDEX, STAGES
from app.errors import Refused
from app.fields import check_account, check_capacity, check_kv, check_text
from app.ledger.sheet import stage_key
from app.models import Case, CaseEvent, Device, StageRound, natural_id, new_uuid
from app.pinyin import pinyin_keys
from app.services import cases as case_svc
from app.store import GENESIS, canonical_json, event_hash_values, utcnow

BATCH = 500  # rows per INSERT batch: few statements, bounded memory
_NEXT = {prev: nxt for nxt, prev in CHAINED_FROM.items()}  # the stage that starts when one finishes


class _Fallback(Exception):
    """The row is not certainly accepted: run it through the services."""


@dataclass
class _Round:
    stage: str
    round: int
    seq: int
    started_on: dt.date
    auto_started: bool
    finished_on: dt.date | None = None
    outcome: str | None = None


@dataclass
class _Plan:
    case: dict
    rounds: list[_Round] = field(default_factory=list)
    events: list[tuple[str, dict, dt.date]] = field(default_factory=list)  # (kind, payload, effective_on)
    differences: list[dict] = field(default_factory=list)


class FastCreator:
    """Plans new-case rows and writes them in batches inside the import's transaction."""

    def __init__(self, s, store) -> None:
        self.s, self.store = s, store
        self.today = case_svc.today_of(store)
        # held, so the session keeps it (a weakly held Device is re-selected at every event)
        self.device = s.get(Device, store.device_id)
        self._plans: list[_Plan] = []
        self._numbers: dict[str, int] = {}  # case-number head -> last number issued

    # --- planning -------------------------------------------------------------------------------
    def plan(self, v: dict, stages: dict, note_event: dict | None) -> _Plan | None:
        """The writes of ``create_case`` and the ledger's stage steps for this row, or None when the
        row must go through the services. ``note_event``: the LEDGER_IMPORTED payload, if any."""
        try:
            return self._plan(v, stages, note_event)
        except (_Fallback, Refused):
            return None

    def _date_ok(self, on: dt.date, applied: dt.date) -> None:
        # what _check_on refuses: outside the calendar, after today, before the application
        try:
            self.store.calendar.require_covered(on)
        except Refused:
            raise _Fallback() from None
        if on > self.today or on < applied:
            raise _Fallback()

    def _plan(self, v: dict, stages: dict, note_event: dict | None) -> _Plan:
        store = self.store
        business_type = v["business_type"] or "NEW"
        if business_type == "TEMP_TO_FORMAL":
            raise _Fallback()
        applied = v["applied_on"]
        try:
            store.calendar.require_covered(applied)
        except Refused:
            raise _Fallback() from None
        # the validators create_case runs, with the values it passes them
        name = check_text(v["customer_name"], "customer_name", F.CUSTOMER_NAME.max_len, required=True)
        account = check_account(v["account_no"] or "")
        kv = check_kv(v["supply_kv"] or 10.0)
        if v["capacity_kva"] is None or v["capacity_kva"] == "":
            raise _Fallback()
        kva = check_capacity(v["capacity_kva"], kv)
        manager = check_text(v["manager"] or store.user, "manager", F.MANAGER.max_len)
        township = case_svc.check_township(self.s, v["township"] or None)
        contact = check_text(v["contact"] or None, "contact", F.CONTACT.max_len)
        address = check_text(v["address"] or None, "address", F.ADDRESS.max_len)
        full, initials = pinyin_keys(name)
        case = {
            "id": new_uuid(), "case_no": None, "customer_name": name, "name_pinyin": full, "name_initials": initials,
            "account_no": account, "contact": contact, "address": address, "township": township,
            "business_type": business_type, "supply_kv": kv, "capacity_kva": kva, "dual_source": False,
            "typical_design": False, "green_channel": False, "key_project": False, "manager": manager,
            "applied_on": applied, "status": "open", "current_stage": "ACCEPT", "created_at": utcnow(),
        }
        plan = _Plan(case)
        case["case_no"] = self._next_case_no(applied)
        plan.rounds.append(_Round("ACCEPT", 1, 1, applied, True))
        plan.events.append(("CASE_CREATED", {**_case_payload(case), "started": "ACCEPT"}, applied))
        self._stages(plan, stages)
        if note_event is not None:
            plan.events.append(("LEDGER_IMPORTED", note_event, self.today))
        self._plans.append(plan)
        return plan

    def _stages(self, plan: _Plan, stages: dict) -> None:
        """importer._record_stages on a new case, with start_stage/finish_stage as they decide."""

        applied = plan.case["applied_on"]
        for st in STAGES:
            started, finished = stages[st]
            if not started and not finished:
                break
            last = _last(plan, st)
            if last is not None and (last.finished_on is not None or not finished):
                if started and st != "ACCEPT" and last.started_on != started:
                    plan.differences.append({"field": stage_key(st, "started"), "ledger": started.isoformat(),
                                             "case": last.started_on.isoformat()})
                if finished and last.finished_on is not None and last.finished_on != finished:
                    plan.differences.append({"field": stage_key(st, "finished"), "ledger": finished.isoformat(),
                                             "case": last.finished_on.isoformat()})
                if last.finished_on is None:
                    break
                continue
            if started and st != "ACCEPT" and (last is None or last.started_on != started):
                self._start(plan, st, started, applied)
            if finished:
                self._finish(plan, st, finished, applied)
            else:
                break

    def _start(self, plan: _Plan, stage: str, on: dt.date, applied: dt.date) -> None:
        self._date_ok(on, applied)
        if plan.case["status"] == "finished":
            raise _Fallback()
        open_r = next((r for r in plan.rounds if r.finished_on is None), None)
        if open_r is not None and open_r.stage == stage:
            if not open_r.auto_started or on < _floor(plan, stage, open_r):
                raise _Fallback()
            was = open_r.started_on
            open_r.started_on, open_r.auto_started = on, False
            plan.events.append(("STAGE_STARTED", {"stage": stage, "round": open_r.round, "redated": True,
                                                  "from": was.isoformat(), "source": "ledger"}, on))
            return
        if open_r is not None or _last(plan, stage) is not None:
            raise _Fallback()
        idx = STAGE_INDEX[stage]
        if idx > 0:
            prev = _last(plan, STAGES[idx - 1])
            if prev is None or prev.finished_on is None or prev.outcome == "rectify":
                raise _Fallback()
        if on < _floor(plan, stage, None):
            raise _Fallback()
        r = _add_round(plan, stage, on, auto=False)
        plan.events.append(("STAGE_STARTED", {"stage": stage, "round": r.round, "source": "ledger"}, on))

    def _finish(self, plan: _Plan, stage: str, on: dt.date, applied: dt.date) -> None:
        self._date_ok(on, applied)
        open_r = next((r for r in plan.rounds if r.finished_on is None), None)
        if open_r is None or open_r.stage != stage or on < open_r.started_on:
            raise _Fallback()
        payload = {"stage": stage, "round": open_r.round, "outcome": "pass", "source": "ledger"}
        open_r.finished_on, open_r.outcome = on, "pass"
        nxt = _NEXT.get(stage)
        if nxt is not None:
            payload["next"] = nxt
        plan.events.append(("STAGE_FINISHED", payload, on))
        if stage == "ENERGIZE":
            plan.case["status"] = "finished"
        elif nxt is not None:
            _add_round(plan, nxt, on, auto=True)
        else:
            idx = STAGE_INDEX[stage]
            plan.case["current_stage"] = STAGES[idx + 1] if idx + 1 < len(STAGES) else stage

    def _next_case_no(self, applied: dt.date) -> str:
        """case_svc.next_case_no, counted here between batches (the import holds the write lock)."""
        head = f"{self.store.setting('case_prefix', 'YK')}{applied.year % 100:02d}"
        if head not in self._numbers:
            last = self.s.scalar(select(func.max(Case.case_no)).where(Case.case_no.like(f"{head}%")))
            self._numbers[head] = int(last[len(head):]) if last and last[len(head):].isdigit() else 0
        self._numbers[head] += 1
        return f"{head}{self._numbers[head]:05d}"

    # --- writing --------------------------------------------------------------------------------
    def pending(self) -> int:
        return len(self._plans)

    def flush(self) -> None:
        """Write the planned rows; before any row goes through the services (which read case
        numbers and the chain head from the database) and at the end."""
        self._numbers.clear()  # a service row may issue the next number: read it again
        if not self._plans:
            return
        store, dev = self.store, self.store.device_id
        store.catch_up(self.s)  # numbers on from the file's, as the flush hook does
        vv = canonical_json({dev: 1})
        cases, rounds, events = [], [], []
        seq, head = self.device.chain_seq, self.device.chain_head or GENESIS
        actor = store.user
        for plan in self._plans:
            c = plan.case
            cid = c["id"]
            cases.append({**c, "hlc": store.hlc.now(), "device_id": dev, "deleted": False, "vv": vv,
                          "lseq": store.next_lseq(), "predecessor_id": None, "temp_advice": "{}"})
            for r in plan.rounds:
                rounds.append({"id": natural_id("stage_round", cid, r.stage, r.round), "case_id": cid, "seq": r.seq,
                               "stage": r.stage, "round": r.round, "started_on": r.started_on,
                               "finished_on": r.finished_on, "outcome": r.outcome, "auto_started": r.auto_started,
                               "hlc": store.hlc.now(), "device_id": dev, "deleted": False, "vv": vv,
                               "lseq": store.next_lseq()})
            for kind, payload, on in plan.events:
                seq += 1
                # as Store.record_event: this computer's clock, never before a time already recorded
                recorded_at = dt.datetime.fromtimestamp(store.hlc.wall_ms() / 1000, dt.UTC).replace(tzinfo=None)
                body = canonical_json(payload)
                h = event_hash_values(cid, kind, body, on.isoformat(), recorded_at.isoformat(timespec="microseconds"),
                                      actor, dev, str(seq), head)
                events.append({"id": new_uuid(), "case_id": cid, "kind": kind, "payload": body, "effective_on": on,
                               "recorded_at": recorded_at, "actor": actor, "device_id": dev, "device_seq": seq,
                               "hlc": store.hlc.now(), "prev_hash": head, "hash": h, "lseq": store.next_lseq()})
                head = h
        conn = self.s.connection()
        for table, rows in ((Case.__table__, cases), (StageRound.__table__, rounds), (CaseEvent.__table__, events)):
            _insert(conn, table, rows)
        # the chain head through the ORM object, so the services' next record_event continues it
        self.device.chain_seq, self.device.chain_head = seq, head
        self.s.flush()
        self._plans = []


def _insert(conn, table, rows: list[dict]) -> None:
    """One executemany of ``rows`` into ``table``, the values stored as SQLAlchemy's SQLite types
    store them (dates ISO, datetimes with six-digit microseconds, booleans 0/1) without its
    per-value processing. Rows missing a column (one added later with a default) take the
    ordinary insert, which fills the defaults."""
    if not rows:
        return
    cols = list(table.c)
    if set(rows[0]) != {c.key for c in cols} or conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)  # a server: its driver's own batched insert, its own types
        return
    kinds = [_STORE.get(type(c.type).__name__) for c in cols]
    values = [tuple(v if (k is None or v is None) else k(v) for v, k in zip((r[c.key] for c in cols), kinds))
              for r in rows]
    sql = (f'INSERT INTO "{table.name}" ({", ".join(f'"{c.name}"' for c in cols)}) '
           f'VALUES ({", ".join("?" * len(cols))})')
    conn.exec_driver_sql(sql, values)


_STORE = {  # as sqlalchemy.dialects.sqlite stores DATE, DATETIME and BOOLEAN
    "Date": dt.date.isoformat,
    "DateTime": lambda v: f"{v:%Y-%m-%d %H:%M:%S}.{v.microsecond:06d}",
    "Boolean": int,
}


def _last(plan: _Plan, stage: str) -> _Round | None:
    rounds = [r for r in plan.rounds if r.stage == stage]
    return rounds[-1] if rounds else None


def _floor(plan: _Plan, stage: str, this_round: _Round | None) -> dt.date:
    """case_svc._start_floor: the end of what precedes ``stage``."""
    earlier = [r.finished_on for r in plan.rounds if r is not this_round and r.finished_on is not None
               and STAGE_INDEX[r.stage] <= STAGE_INDEX[stage]]
    return max([plan.case["applied_on"]] + earlier)


def _add_round(plan: _Plan, stage: str, on: dt.date, auto: bool) -> _Round:
    r = _Round(stage, 1, max(r.seq for r in plan.rounds) + 1, on, auto)
    plan.rounds.append(r)
    plan.case["current_stage"] = stage
    return r


def _case_payload(c: dict) -> dict:
    """The CASE_CREATED payload (case_svc._case_payload) from the planned row."""
    keys = ("case_no", "customer_name", "account_no", "capacity_kva", "supply_kv", "business_type", "dual_source",
            "typical_design", "green_channel", "key_project", "manager", "township", "contact", "address")
    return {**{k: c[k] for k in keys}, "applied_on": c["applied_on"].isoformat()}
