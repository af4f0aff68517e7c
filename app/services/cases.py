"""Case services: create and edit cases, move them through their stages, pause and resume.

Every write validates everything first and raises ``Refused`` before touching a row, so a refusal
changes nothing. Every write returns a ``Changes`` (app/services/changes.py) naming what changed, for screens to refresh from.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app import fields as F
from app import townships
from app.clock import CaseData, PauseSpan, RoundData
from app.domain import (
    BUSINESS_TYPES,
    CHAINED_FROM,
    PAUSE_REASONS,
    ROUND_STAGES,
    STAGE_INDEX,
    STAGE_OUTCOMES,
    STAGES,
)
from app.errors import Refused
from app.messages import render
from app.models import Case, Meta, Pause, StageRound, natural_id
from app.pinyin import pinyin_keys
from app.services import gates
from app.services.changes import Changes
from app.services.checks import (
    check_account,
    check_capacity,
    check_kv,
    check_on,
    check_stage,
    check_text,
    parse_date,
    today_of,
)
from app.store import store_of, utcnow


# --- lookup --------------------------------------------------------------------------------------
def get_case(s: Session, ref: str | Case) -> Case:
    """A case by case number or UUID, with rounds and pauses loaded. A ``Case`` of this session is
    itself: a caller recording many steps of one case (a ledger import) looks it up once."""
    if isinstance(ref, Case):
        return ref
    q = (
        select(Case)
        .options(selectinload(Case.rounds).selectinload(StageRound.pauses))
        .where(Case.deleted.is_(False))
    )
    case = s.scalars(q.where(Case.case_no == ref)).first() or s.scalars(q.where(Case.id == ref)).first()
    if case is None:
        raise Refused("no_case", ref=ref)
    return case


def case_data(case: Case) -> CaseData:
    return CaseData(
        applied_on=case.applied_on,
        capacity_kva=case.capacity_kva,
        dual_source=case.dual_source,
        business_type=case.business_type,
        rounds=[
            RoundData(
                r.stage,
                r.round,
                r.started_on,
                r.finished_on,
                r.outcome,
                [PauseSpan(p.started_on, p.ended_on, p.reason, p.note) for p in r.pauses if not p.deleted],
            )
            for r in sorted(case.rounds, key=lambda r: r.seq)
            if not r.deleted
        ],
    )


def successor_of(s: Session, case: Case) -> Case | None:
    """The case made to follow this one (a temporary case's formal case; withdrawn cases do not count)."""
    return s.scalars(select(Case).where(Case.predecessor_id == case.id, Case.deleted.is_(False))
                     .order_by(Case.applied_on, Case.case_no).limit(1)).first()


def live_rounds(case: Case) -> list[StageRound]:
    return [r for r in sorted(case.rounds, key=lambda r: r.seq) if not r.deleted]


def open_round(case: Case) -> StageRound | None:
    return next((r for r in live_rounds(case) if r.finished_on is None), None)


def last_round(case: Case, stage: str) -> StageRound | None:
    rounds = [r for r in live_rounds(case) if r.stage == stage]
    return rounds[-1] if rounds else None


def stage_complete(case: Case, stage: str) -> bool:
    last = last_round(case, stage)
    return last is not None and last.finished_on is not None and last.outcome != "rectify"


# --- create / edit ----------------------------------------------------------------------------------
def next_case_no(s: Session, applied_on: dt.date) -> str:
    """The next number of this device for the year, read while this session holds the write lock."""
    take_write_lock(s)
    prefix = store_of(s).setting("case_prefix", "YK")
    head = f"{prefix}{applied_on.year % 100:02d}"
    last = s.scalar(select(func.max(Case.case_no)).where(Case.case_no.like(f"{head}%")))
    seq = int(last[len(head):]) + 1 if last and last[len(head):].isdigit() else 1
    return f"{head}{seq:05d}"


def take_write_lock(s: Session) -> None:
    """The sqlite3 driver begins a transaction only at the first write, so the highest number would be
    read outside any lock and two writers (two CLI loops, the CLI beside the GUI) would both take it.
    A no-op write first makes SQLite grant this session the one write lock (waiting up to the busy
    timeout), as BEGIN IMMEDIATE would; the number is then read and inserted under it."""
    meta = Meta.__table__
    s.execute(meta.update().where(meta.c.key == "case_prefix").values(value=meta.c.value))


def check_township(s: Session, value: object, kept: str | None = None) -> str:
    """A case's township: one of the townships in force (a name or code, stored as the name), or
    empty (issue 18). ``kept``, the value the case (or the case it follows) already holds, stays
    accepted, so that a case from before the list can still be edited."""
    town = check_text(value, "township", F.TOWNSHIP.max_len)
    if not town or (kept and town == kept):
        return town
    return townships.require(store_of(s).config(s), town)


def create_case(
    s: Session,
    *,
    customer_name: str | None = None,
    account_no: str | None = None,
    capacity_kva: object = None,
    supply_kv: object = None,
    business_type: str = "NEW",
    dual_source: bool = False,
    typical_design: bool = False,
    green_channel: bool | None = None,
    key_project: bool | None = None,
    manager: str | None = None,
    township: str | None = None,
    contact: str | None = None,
    address: str | None = None,
    applied_on: dt.date | str | None = None,
    predecessor: Case | None = None,
) -> Changes:
    """A new case, its acceptance clock started on the application date.

    ``predecessor`` is the case this one follows (a formal case after a temporary one: made by
    ``app.services.temp_supply.create_formal_case``, which checks the pair and fills in what is
    carried over); it is named in ``predecessor_id`` and is no duplicate. A TEMP_TO_FORMAL case
    without one is refused. Supply voltage defaults to 10 kV, flags to False.
    """
    store = store_of(s)
    if business_type not in BUSINESS_TYPES:
        raise Refused("bad_type", value=business_type)
    applied = parse_date(applied_on) if applied_on else today_of(store)
    store.calendar.require_covered(applied)
    if business_type == "TEMP_TO_FORMAL" and predecessor is None:
        raise Refused("formal_needs_from")
    source = predecessor
    name = check_text(customer_name, "customer_name", F.CUSTOMER_NAME.max_len, required=True)
    account = check_account(account_no or "")
    kv = check_kv(supply_kv if supply_kv is not None else 10)
    if capacity_kva is None or capacity_kva == "":
        raise Refused("required", what="capacity_kva")
    kva = check_capacity(capacity_kva, kv)
    manager = check_text(manager if manager is not None else store.user, "manager", F.MANAGER.max_len)
    township = check_township(s, township, source.township if source is not None else None)
    contact = check_text(contact, "contact", F.CONTACT.max_len)
    address = check_text(address, "address", F.ADDRESS.max_len)

    warnings: list[str] = []
    dup_q = select(Case.case_no).where(Case.account_no == account, Case.status == "open", Case.deleted.is_(False))
    if source is not None:  # the temporary case this one follows is no duplicate
        dup_q = dup_q.where(Case.id != source.id)
    dup = s.scalar(dup_q)
    if dup:
        warnings.append(render("duplicate_account", account=account, case_no=dup))
    full, initials = pinyin_keys(name)
    case = Case(
        case_no=next_case_no(s, applied),
        customer_name=name,
        name_pinyin=full,
        name_initials=initials,
        account_no=account,
        contact=contact,
        address=address,
        township=township,
        business_type=business_type,
        supply_kv=kv,
        capacity_kva=kva,
        dual_source=bool(dual_source),
        typical_design=bool(typical_design),
        green_channel=bool(green_channel),
        key_project=bool(key_project),
        manager=manager,
        applied_on=applied,
        status="open",
        current_stage="ACCEPT",
        created_at=utcnow(),
        hlc=store.hlc.now(),
        device_id=store.device_id,
    )
    s.add(case)
    s.flush()
    payload = {**_case_payload(case), "started": "ACCEPT"}
    if source is not None:
        case.predecessor_id = source.id
        payload["from_case"] = source.case_no
    # the acceptance clock starts when the application is received: one event says both
    add_round(s, case, "ACCEPT", 1, applied, auto=True)
    store.record_event(s, case, "CASE_CREATED", payload, applied)
    # the temporary case it follows shows its successor: both change
    return Changes.of_cases([case.id] + ([source.id] if source is not None else []), case_no=case.case_no,
                            warnings=tuple(warnings), created_id=case.id)


def _case_payload(case: Case) -> dict:
    return {
        "case_no": case.case_no,
        "customer_name": case.customer_name,
        "account_no": case.account_no,
        "capacity_kva": case.capacity_kva,
        "supply_kv": case.supply_kv,
        "business_type": case.business_type,
        "dual_source": case.dual_source,
        "typical_design": case.typical_design,
        "green_channel": case.green_channel,
        "key_project": case.key_project,
        "manager": case.manager,
        "township": case.township,
        "contact": case.contact,
        "address": case.address,
        "applied_on": case.applied_on.isoformat(),
    }


EDITABLE = {
    "customer_name",
    "capacity_kva",
    "supply_kv",
    "manager",
    "township",
    "contact",
    "address",
    "business_type",
    "dual_source",
    "typical_design",
    "green_channel",
    "key_project",
}


def edit_case(s: Session, ref: str, **fields: object) -> Changes:
    store = store_of(s)
    case = get_case(s, ref)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise Refused("bad_field", value=", ".join(sorted(unknown)))
    new: dict[str, object] = {}
    kv = case.supply_kv
    if fields.get("supply_kv") is not None:
        kv = new["supply_kv"] = check_kv(fields["supply_kv"])
    if fields.get("customer_name") is not None:
        new["customer_name"] = check_text(fields["customer_name"], "customer_name", F.CUSTOMER_NAME.max_len, required=True)
    if fields.get("capacity_kva") is not None or "supply_kv" in new:
        new["capacity_kva"] = check_capacity(
            fields["capacity_kva"] if fields.get("capacity_kva") is not None else case.capacity_kva, kv
        )
    for key, max_len in (("manager", F.MANAGER.max_len), ("contact", F.CONTACT.max_len),
                         ("address", F.ADDRESS.max_len)):
        if fields.get(key) is not None:
            new[key] = check_text(fields[key], key, max_len)
    if fields.get("township") is not None:
        new["township"] = check_township(s, fields["township"], case.township)
    if fields.get("business_type") is not None:
        if fields["business_type"] not in BUSINESS_TYPES:
            raise Refused("bad_type", value=fields["business_type"])
        new["business_type"] = fields["business_type"]
    for flag in ("dual_source", "typical_design", "green_channel", "key_project"):
        if fields.get(flag) is not None:
            new[flag] = bool(fields[flag])
    before = {k: getattr(case, k) for k in new}
    diff = {k: v for k, v in new.items() if before[k] != v}
    change = Changes.of_cases([case.id], case_no=case.case_no)
    if not diff:
        return change
    if "business_type" in diff:
        # a linked temporary/formal pair keeps its types: the link means nothing otherwise
        if case.predecessor_id or successor_of(s, case) is not None:
            raise Refused("link_type_locked", case_no=case.case_no)
    for k, v in diff.items():
        setattr(case, k, v)
    if "customer_name" in diff:
        case.name_pinyin, case.name_initials = pinyin_keys(case.customer_name)
    case.hlc = store.hlc.now()
    case.device_id = store.device_id
    store.record_event(
        s, case, "CASE_EDITED", {"before": {k: before[k] for k in diff}, "after": diff}, today_of(store)
    )
    return change


# --- stages --------------------------------------------------------------------------------------
def add_round(s: Session, case: Case, stage: str, number: int, on: dt.date, auto: bool) -> StageRound:
    store = store_of(s)
    seq = max((r.seq for r in case.rounds), default=0) + 1
    rid = natural_id("stage_round", case.id, stage, number)
    undone = next((r for r in case.rounds if r.id == rid and r.deleted), None)
    if undone is not None:  # a round undone earlier (a tombstone keeps its id): it comes back
        undone.deleted, undone.seq, undone.started_on, undone.auto_started = False, seq, on, auto
        undone.finished_on = undone.outcome = None
        case.current_stage = stage
        return undone
    r = StageRound(
        id=rid,
        case_id=case.id,
        seq=seq,
        stage=stage,
        round=number,
        started_on=on,
        auto_started=auto,
        hlc=store.hlc.now(),
        device_id=store.device_id,
    )
    case.rounds.append(r)
    case.current_stage = stage  # derived, not an edit of the case (see store._only_derived_changed)
    return r


def _touch(store, obj) -> None:
    obj.hlc = store.hlc.now()
    obj.device_id = store.device_id








def start_stage(s: Session, ref: str, stage: str, on: dt.date | str, source: str | None = None) -> Changes:
    """Start a round of ``stage`` on ``on``. ``source="ledger"``: recorded from an Excel ledger
    (``app.ledger``), said in the event."""
    store = store_of(s)
    stage = check_stage(stage)
    on = parse_date(on)
    case = get_case(s, ref)
    check_on(case, on, store)
    if case.status == "finished":
        raise Refused("case_finished", case_no=case.case_no)
    open_r = open_round(case)
    last = last_round(case, stage)
    # An open round of this stage started automatically may be re-dated (the manager records when
    # the work really began); never earlier than what made it start.
    if open_r is not None and open_r.stage == stage:
        if not open_r.auto_started or open_r.pauses:
            raise Refused("stage_already_open", stage=stage)
        floor = _start_floor(case, stage, open_r)
        if on < floor:
            raise Refused("start_before_previous", stage=stage, on=on.isoformat(), floor=floor.isoformat())
        was = open_r.started_on
        open_r.started_on = on
        open_r.auto_started = False
        _touch(store, open_r)
        # 'from' lets the step be undone (corrections.undo_last)
        store.record_event(s, case, "STAGE_STARTED", _sourced(
                           {"stage": stage, "round": open_r.round, "redated": True, "from": was.isoformat()}, source), on)
        return Changes.of_cases([case.id], case_no=case.case_no)
    if open_r is not None:
        raise Refused("other_stage_open", stage=stage, open=open_r.stage)
    idx = STAGE_INDEX[stage]
    if last is not None:
        if last.outcome != "rectify":
            raise Refused("stage_done", stage=stage)
        if on < last.finished_on:
            raise Refused("start_before_previous", stage=stage, on=on.isoformat(), floor=last.finished_on.isoformat())
        number = last.round + 1
    else:
        prev = STAGES[idx - 1] if idx > 0 else None
        if prev is not None and not stage_complete(case, prev):
            raise Refused("out_of_order", stage=stage, prev=prev)
        floor = _start_floor(case, stage, None)
        if on < floor:
            raise Refused("start_before_previous", stage=stage, on=on.isoformat(), floor=floor.isoformat())
        number = 1
    r = add_round(s, case, stage, number, on, auto=False)
    store.record_event(s, case, "STAGE_STARTED", _sourced({"stage": stage, "round": r.round}, source), on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def _start_floor(case: Case, stage: str, this_round: StageRound | None) -> dt.date:
    """The earliest date a round of ``stage`` may start: the end of what precedes it."""
    rounds = [r for r in live_rounds(case) if r is not this_round]
    earlier = [r for r in rounds if r.finished_on is not None and STAGE_INDEX[r.stage] <= STAGE_INDEX[stage]]
    return max([case.applied_on] + [r.finished_on for r in earlier])


def _sourced(payload: dict, source: str | None) -> dict:
    if source is not None:
        payload["source"] = source
    return payload


def finish_stage(s: Session, ref: str, stage: str, on: dt.date | str, outcome: str = "pass",
                 source: str | None = None) -> Changes:
    """Finish the open round of ``stage`` on ``on``. ``source="ledger"``: the work was done before
    Zaosong and is recorded from an Excel ledger; the stage locks (a review meeting, a joint review
    recorded here) cannot apply to it and are not asked, and the event says where it came from."""
    store = store_of(s)
    stage = check_stage(stage)
    on = parse_date(on)
    outcome = (outcome or "pass").strip().lower()
    if outcome not in STAGE_OUTCOMES:
        raise Refused("bad_outcome", value=outcome)
    case = get_case(s, ref)
    check_on(case, on, store)
    open_r = open_round(case)
    if open_r is None or open_r.stage != stage:
        raise Refused("stage_not_open", stage=stage)
    if on < open_r.started_on:
        raise Refused("finish_before_start", stage=stage, on=on.isoformat(), start=open_r.started_on.isoformat())
    if outcome == "rectify" and stage not in ROUND_STAGES:
        raise Refused("no_rectify", stage=stage)
    open_pause = next((p for p in open_r.pauses if p.ended_on is None and not p.deleted), None)
    if open_pause is not None and on < open_pause.started_on:
        raise Refused("finish_before_pause", on=on.isoformat(), pause=open_pause.started_on.isoformat())
    # The stage's locks (closed rectification items, meeting decision, joint review): gates.GATES.
    if outcome == "pass" and source != "ledger":
        gates.check(s, case, stage, on)

    payload: dict = _sourced({"stage": stage, "round": open_r.round, "outcome": outcome}, source)
    if open_pause is not None:  # finishing ends the pause on the same day
        open_pause.ended_on = on
        _touch(store, open_pause)
        payload["resumed"] = True
    open_r.finished_on = on
    open_r.outcome = outcome
    _touch(store, open_r)
    nxt = next((n for n, prev in CHAINED_FROM.items() if prev == stage), None) if outcome == "pass" else None
    if nxt is not None:
        payload["next"] = nxt  # the next clock starts by itself: one event says both
    store.record_event(s, case, "STAGE_FINISHED", payload, on)
    if stage == "ENERGIZE":
        case.status = "finished"
    elif outcome == "pass":
        if nxt is not None:
            add_round(s, case, nxt, 1, on, auto=True)
        else:
            idx = STAGE_INDEX[stage]
            case.current_stage = STAGES[idx + 1] if idx + 1 < len(STAGES) else stage
    return Changes.of_cases([case.id], case_no=case.case_no)


def delete_case(s: Session, ref: str, reason: str) -> Changes:
    """Withdraw a case entered by mistake: a tombstone (kept for sync and audit), never a DELETE."""
    store = store_of(s)
    reason = check_text(reason, "note", F.DELETE_REASON.max_len, required=True)
    case = get_case(s, ref)
    case.deleted = True
    _touch(store, case)
    store.record_event(s, case, "CASE_DELETED", {"reason": reason}, today_of(store))
    return Changes.of_cases([case.id], case_no=case.case_no)


def pause_stage(s: Session, ref: str, on: dt.date | str, reason: str, note: str = "") -> Changes:
    store = store_of(s)
    on = parse_date(on)
    reason = (reason or "").strip().upper()
    if reason not in PAUSE_REASONS:
        raise Refused("bad_reason", value=reason, known=", ".join(PAUSE_REASONS))
    note = check_text(note, "note", F.PAUSE_NOTE.max_len)
    case = get_case(s, ref)
    check_on(case, on, store)
    open_r = open_round(case)
    if open_r is None:
        raise Refused("nothing_to_pause", case_no=case.case_no)
    live = [p for p in open_r.pauses if not p.deleted]
    if any(p.ended_on is None for p in live):
        raise Refused("already_paused", case_no=case.case_no)
    if on < open_r.started_on:
        raise Refused("pause_before_start", on=on.isoformat(), start=open_r.started_on.isoformat())
    last_end = max((p.ended_on for p in live), default=None)
    if last_end and on < last_end:
        raise Refused("pause_overlaps", on=on.isoformat(), end=last_end.isoformat())
    p = Pause(round_id=open_r.id, started_on=on, reason=reason, note=note, hlc=store.hlc.now(), device_id=store.device_id)
    open_r.pauses.append(p)
    _touch(store, open_r)
    store.record_event(s, case, "PAUSED", {"stage": open_r.stage, "round": open_r.round, "reason": reason, "note": note}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def resume_stage(s: Session, ref: str, on: dt.date | str) -> Changes:
    store = store_of(s)
    on = parse_date(on)
    case = get_case(s, ref)
    check_on(case, on, store)
    open_r = open_round(case)
    pause = None
    if open_r is not None:
        pause = next((p for p in open_r.pauses if p.ended_on is None and not p.deleted), None)
    if pause is None:
        raise Refused("not_paused", case_no=case.case_no)
    if on < pause.started_on:
        raise Refused("resume_before_pause", on=on.isoformat(), pause=pause.started_on.isoformat())
    pause.ended_on = on
    _touch(store, pause)
    _touch(store, open_r)
    store.record_event(s, case, "RESUMED", {"stage": open_r.stage, "round": open_r.round}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)
