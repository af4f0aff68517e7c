"""Corrections (更正), undo (撤回) and withdrawal (撤销) of what was recorded on a case.

Nothing recorded is edited in place: a correction is a new ``CORRECTED`` event on the device's hash
chain (what, old value, new value, reason from ``resources/corrections/reasons.json``, note, who,
when, and the id of the event whose value it replaces), and the projection rows the clock reads
(``stage_round``, ``pause``, ``case``) take the new value with a new version stamp. The original
event stays in the history, marked as corrected; ``replay`` rebuilds a case's rounds from its events
alone, corrections included, so the rows can always be checked against the log.

Sync needs nothing special: events merge by union, and a corrected row travels with its version
vector, so two laptops correcting the same entry differently meet as concurrent versions of one
row, which ``app.sync`` keeps as a conflict for a person (never a silent winner).
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import fields as F
from app.case_state import derive_state
from app.clock import PauseSpan, RoundData, evaluate
from app.domain import (
    BUSINESS_TYPES,
    CHAINED_FROM,
    ROUND_STAGES,
    STAGE_OUTCOMES,
    stage_name,
)
from app.errors import Refused
from app.messages import language
from app.models import (
    Case,
    CaseEvent,
    DesignReview,
    Inspection,
    InspectionResult,
    MeetingCase,
    ReviewOpinion,
    StageRound,
)
from app.paths import resource
from app.services import cases as case_svc
from app.services import checks, gates
from app.services import field as field_svc
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.services.design_review import CATEGORIES
from app.services.meetings import DECISIONS, get_meeting
from app.services.query import PERIOD_KEY, annotate, flag_issued, issued_periods  # noqa: F401 (callers find issued_periods here)
from app.store import store_of, utcnow

CASE_FIELDS = ("account_no", "applied_on", "capacity_kva", "supply_kv", "business_type")
STAGE_FIELDS = ("started_on", "finished_on", "outcome")
USES = {"correct": ("更正", "correct an entry"), "undo": ("撤回上一步", "undo a step"),
        "withdraw": ("撤销工单", "withdraw a case")}


# --- reasons (versioned data, not constants) ------------------------------------------------------
@lru_cache(maxsize=1)
def reason_list() -> dict:
    with open(resource("corrections", "reasons.json"), encoding="utf-8") as f:
        doc = json.load(f)
    doc["by_code"] = {r["code"]: r for r in doc["reasons"]}
    return doc


def check_reason(text: str | None, use: str) -> str:
    """A reason's code from its code, Chinese or English name; refused unless it fits ``use``."""
    doc = reason_list()
    key = (text or "").strip()
    i = 0 if language() == "zh" else 1
    fits = [r for r in doc["reasons"] if use in r["uses"]]
    known = "; ".join(f"{r['code']} {r['zh'] if i == 0 else r['en']}" for r in fits)
    for r in doc["reasons"]:
        if key.upper() == r["code"] or key == r["zh"] or key.lower() == r["en"].lower():
            if use not in r["uses"]:
                raise Refused("reason_not_for", reason=key, use=USES[use][i], known=known)
            return r["code"]
    raise Refused("bad_correction_reason", value=key, known=known)


def _the_one(**given) -> str:
    """The name of the one value given (a correction changes exactly one thing)."""
    named = [k for k, v in given.items() if v is not None]
    if len(named) != 1:
        raise Refused("correct_what")
    return named[0]


def _note(code: str, note: str | None) -> str:
    return check_text(note, "note", F.CORRECTION_NOTE.max_len, required=bool(reason_list()["by_code"][code].get("note_required")))


def _reason_fields(code: str, note: str) -> dict:
    r = reason_list()["by_code"][code]
    return {"reason": code, "reason_zh": r["zh"], "reason_version": reason_list()["version"], "note": note}


# --- helpers --------------------------------------------------------------------------------------
def _iso(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def _entry(r: StageRound) -> str:
    lang = language()
    return (f"{stage_name(r.stage, 'zh')}第 {r.round} 轮" if lang == "zh"
            else f"{stage_name(r.stage, 'en')} round {r.round}")


def _in_the_way(what: str, on: dt.date, r: StageRound, field: str, entry_on: dt.date) -> Refused:
    label = {"zh": {"started_on": "开始", "finished_on": "完成", "pause": "暂停"},
             "en": {"started_on": "start", "finished_on": "finish", "pause": "pause"}}[language()][field]
    sep = "" if language() == "zh" else " "
    return Refused("correction_in_the_way", what=what, on=on.isoformat(), entry=f"{_entry(r)}{sep}{label}",
                   entry_on=entry_on.isoformat())


def _events(s: Session, case: Case) -> list[CaseEvent]:
    return list(s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)
                          .order_by(CaseEvent.recorded_at, CaseEvent.device_seq)))


def _live_pauses(r: StageRound):
    return sorted((p for p in r.pauses if not p.deleted), key=lambda p: p.started_on)


def _verdicts(s: Session, case: Case, on: dt.date) -> dict:
    """What the clock says now: every rule set's verdict and every finished round's status, and
    (under ``months``, not a verdict) the period each belongs to: a round's the month it finished,
    the rule sets' the month the case was energised."""
    store = store_of(s)
    c = evaluate(case_svc.case_data(case), store.calendar, store.config(s).active_rule_sets(), on, store.warn_wd)
    done = [r for r in c.rounds if r.finished_on is not None]
    energised = next((r.finished_on for r in reversed(done) if r.code == "ENERGIZE"), None) if c.finished else None
    return {"rules": {v.rule_set: v.verdict for v in c.rules},
            "stages": {f"{r.code}#{r.round}": r.status for r in done},
            "months": {"case": _period(energised), "stages": {f"{r.code}#{r.round}": _period(r.finished_on) for r in done}}}


def _period(day: dt.date | None) -> str | None:
    """The reporting period of a day: its month (the supervisor consolidates monthly)."""
    return f"{day.year:04d}-{day.month:02d}" if day else None


def _periods_changed(before: dict, after: dict, months_b: dict, months_a: dict) -> list[str]:
    """The periods whose figures a change of verdicts touches: a round's status, in the months it
    finished before and after; a rule set's verdict, in the months the case was energised."""
    out: set[str | None] = set()
    for key in set(before["stages"]) | set(after["stages"]):
        if before["stages"].get(key) != after["stages"].get(key):
            out |= {months_b["stages"].get(key), months_a["stages"].get(key)}
    if before["rules"] != after["rules"]:
        out |= {months_b["case"], months_a["case"]}
    return sorted(p for p in out if p)


def _rederive(case: Case) -> None:
    status, stage = derive_state(
        [(r.stage, r.round, r.finished_on, r.outcome) for r in case_svc.live_rounds(case)])
    case.status, case.current_stage = status, stage


def _field_rows(s: Session, r: StageRound) -> bool:
    """An inspection or design review hangs on this round: its own service owns the round's end."""
    return any(s.scalar(select(m.id).where(m.round_id == r.id, m.deleted.is_(False))) for m in (Inspection, DesignReview))


def _source_event(events: list[CaseEvent], target: dict) -> str | None:
    """The event whose value a correction replaces: the latest that recorded it."""
    for ev in reversed(events):
        p = json.loads(ev.payload)
        if ev.kind == "CORRECTED" and p.get("target") == target:
            return ev.id
        if "pause" in target:
            continue  # matched by counting below
        if "stage" in target:
            st, rn, f = target["stage"], target["round"], target["field"]
            if f == "started_on":
                if ev.kind == "STAGE_STARTED" and p.get("stage") == st and p.get("round") == rn:
                    return ev.id
                if ev.kind == "STAGE_FINISHED" and p.get("next") == st and rn == 1:
                    return ev.id
                if ev.kind == "CASE_CREATED" and st == "ACCEPT" and rn == 1:
                    return ev.id
            elif ev.kind == "STAGE_FINISHED" and p.get("stage") == st and p.get("round") == rn:
                return ev.id
        else:
            f = target["field"]
            if ev.kind == "CASE_EDITED" and f in p.get("after", {}):
                return ev.id
            if ev.kind == "CASE_CREATED":
                return ev.id
    if "pause" in target:  # the n-th pause (or resume) recorded for the round
        kinds = ("PAUSED",) if target["field"] == "started_on" else ("RESUMED", "STAGE_FINISHED")
        hits = [ev for ev in events if ev.kind in kinds and _same_round(ev, target)
                and (ev.kind != "STAGE_FINISHED" or json.loads(ev.payload).get("resumed"))]
        if len(hits) >= target["pause"]:
            return hits[target["pause"] - 1].id
    return None


def _same_round(ev: CaseEvent, target: dict) -> bool:
    p = json.loads(ev.payload)
    return p.get("stage") == target["stage"] and p.get("round") == target["round"]


def _record(s: Session, case: Case, kind: str, payload: dict, before: dict) -> Changes:
    store = store_of(s)
    today = today_of(store)
    after = _verdicts(s, case, today)
    months_b, months_a = before.pop("months"), after.pop("months")
    # a changed verdict (a figure a supervisor may already have reported) is flagged for review,
    # with the periods it belongs to: the reader flags those already issued (query.flag_issued)
    payload["changes_verdict"] = before != after
    if before != after:
        payload["verdict"] = {"before": before, "after": after}
        payload["periods"] = _periods_changed(before, after, months_b, months_a)
    store.record_event(s, case, kind, payload, today)
    return Changes.of_cases([case.id], case_no=case.case_no)


# --- correcting a stage ----------------------------------------------------------------------------
def correct_stage(s: Session, ref: str, stage: str, round: int | None = None, *, started_on=None,
                  finished_on=None, outcome: str | None = None, reason: str, note: str = "") -> Changes:
    """Correct one round's start date, finish date or outcome (exactly one of them)."""
    store = store_of(s)
    stage = checks.check_stage(stage)
    field = _the_one(started_on=started_on, finished_on=finished_on, outcome=outcome)
    code = check_reason(reason, "correct")
    note = _note(code, note)
    case = get_case(s, ref)
    live = case_svc.live_rounds(case)
    mine = [r for r in live if r.stage == stage]
    r = (mine[-1] if mine else None) if round is None else next((x for x in mine if x.round == int(round)), None)
    if r is None:
        raise Refused("no_round", case_no=case.case_no, stage=stage, round=round or 1)
    i = live.index(r)
    prev = live[i - 1] if i > 0 else None
    later = live[i + 1:]
    nxt = later[0] if later else None
    pauses = _live_pauses(r)
    before = _verdicts(s, case, today_of(store))
    moved: list[dict] = []
    if field in ("started_on", "finished_on"):
        on = parse_date(started_on if field == "started_on" else finished_on)
        checks.check_on(case, on, store)  # calendar, future, application date
    if field == "started_on":
        old = r.started_on
        if on == old:
            raise Refused("correction_unchanged", what=field, value=on.isoformat())
        if prev is not None and prev.finished_on is not None and on < prev.finished_on:
            raise _in_the_way(field, on, prev, "finished_on", prev.finished_on)
        if pauses and on > pauses[0].started_on:
            raise _in_the_way(field, on, r, "pause", pauses[0].started_on)
        if r.finished_on is not None and on > r.finished_on:
            raise _in_the_way(field, on, r, "finished_on", r.finished_on)
        r.started_on, r.auto_started = on, False
        new = on
    elif field == "finished_on":
        if r.finished_on is None:
            raise Refused("round_not_finished", stage=stage, round=r.round)
        old = r.finished_on
        if on == old:
            raise Refused("correction_unchanged", what=field, value=on.isoformat())
        if on < r.started_on:
            raise _in_the_way(field, on, r, "started_on", r.started_on)
        last_pause = max((p.ended_on or p.started_on for p in pauses), default=None)
        if last_pause is not None and on < last_pause:
            raise _in_the_way(field, on, r, "pause", last_pause)
        if nxt is not None:
            # a clock that started by itself when this one stopped follows the corrected date
            follows = nxt.auto_started and nxt.started_on == old and CHAINED_FROM.get(nxt.stage) == r.stage
            if follows:
                first = _live_pauses(nxt)
                limit = min([p.started_on for p in first] + ([nxt.finished_on] if nxt.finished_on else []),
                            default=None)
                if limit is not None and on > limit:
                    field_in_way = "pause" if first and first[0].started_on == limit else "finished_on"
                    raise _in_the_way(field, on, nxt, field_in_way, limit)
                moved.append({"stage": nxt.stage, "round": nxt.round, "field": "started_on",
                              "old": old.isoformat(), "new": on.isoformat()})
                nxt.started_on = on
            elif on > nxt.started_on:
                raise _in_the_way(field, on, nxt, "started_on", nxt.started_on)
        r.finished_on = on
        new = on
    else:
        if r.finished_on is None:
            raise Refused("round_not_finished", stage=stage, round=r.round)
        new = (outcome or "").strip().lower()
        if new not in STAGE_OUTCOMES:
            raise Refused("bad_outcome", value=outcome)
        if new == "rectify" and stage not in ROUND_STAGES:
            raise Refused("correction_bad_outcome", stage=stage)
        old = r.outcome
        if new == old:
            raise Refused("correction_unchanged", what=field, value=new)
        chained = next((n for n, p in CHAINED_FROM.items() if p == stage), None)
        if new == "rectify":
            # only an untouched clock that this pass started may go with it
            if later and not (len(later) == 1 and later[0].stage == chained and later[0].auto_started
                              and later[0].finished_on is None and not _live_pauses(later[0])):
                raise _in_the_way(field, r.finished_on, later[0], "started_on", later[0].started_on)
            for x in later:
                x.deleted = True
                moved.append({"stage": x.stage, "round": x.round, "field": "deleted", "old": False, "new": True})
        else:
            if later:
                raise _in_the_way(field, r.finished_on, later[0], "started_on", later[0].started_on)
            gates.check(s, case, stage, r.finished_on)  # a pass needs every lock of its stage to hold
            if chained is not None:
                case_svc.add_round(s, case, chained, 1, r.finished_on, auto=True)
                moved.append({"stage": chained, "round": 1, "field": "started_on", "old": None,
                              "new": r.finished_on.isoformat()})
        r.outcome = new
    _rederive(case)
    events = _events(s, case)
    target = {"stage": stage, "round": r.round, "field": field}
    payload = {"target": target, "old": _iso(old), "new": _iso(new), "corrects": _source_event(events, target),
               **_reason_fields(code, note)}
    if moved:
        payload["moved"] = moved
    return _record(s, case, "CORRECTED", payload, before)


def correct_pause(s: Session, ref: str, stage: str, round: int | None, pause: int, *, started_on=None,
                  ended_on=None, reason: str, note: str = "") -> Changes:
    """Correct the start or end date of a round's pause (numbered from 1 in date order)."""
    store = store_of(s)
    stage = checks.check_stage(stage)
    field = _the_one(started_on=started_on, ended_on=ended_on)
    code = check_reason(reason, "correct")
    note = _note(code, note)
    case = get_case(s, ref)
    mine = [r for r in case_svc.live_rounds(case) if r.stage == stage]
    r = (mine[-1] if mine else None) if round is None else next((x for x in mine if x.round == int(round)), None)
    if r is None:
        raise Refused("no_round", case_no=case.case_no, stage=stage, round=round or 1)
    pauses = _live_pauses(r)
    if not 1 <= int(pause) <= len(pauses):
        raise Refused("no_pause", stage=stage, round=r.round, n=pause, count=len(pauses))
    i = int(pause) - 1
    pz = pauses[i]
    on = parse_date(started_on if field == "started_on" else ended_on)
    checks.check_on(case, on, store)
    before = _verdicts(s, case, today_of(store))
    old = getattr(pz, field)
    if field == "ended_on" and old is None:
        raise Refused("pause_still_open", stage=stage)  # ending a pause is resuming, not a correction
    if on == old:
        raise Refused("correction_unchanged", what=field, value=on.isoformat())
    what = "pause_" + field
    if field == "started_on":
        floor = max([r.started_on] + ([pauses[i - 1].ended_on] if i > 0 and pauses[i - 1].ended_on else []))
        if on < floor:
            raise _in_the_way(what, on, r, "started_on" if floor == r.started_on else "pause", floor)
        if pz.ended_on is not None and on > pz.ended_on:
            raise _in_the_way(what, on, r, "pause", pz.ended_on)
    else:
        if on < pz.started_on:
            raise _in_the_way(what, on, r, "pause", pz.started_on)
        if i + 1 < len(pauses) and on > pauses[i + 1].started_on:
            raise _in_the_way(what, on, r, "pause", pauses[i + 1].started_on)
        if r.finished_on is not None and on > r.finished_on:
            raise _in_the_way(what, on, r, "finished_on", r.finished_on)
    setattr(pz, field, on)
    target = {"stage": stage, "round": r.round, "pause": i + 1, "field": field}
    payload = {"target": target, "old": _iso(old), "new": on.isoformat(),
               "corrects": _source_event(_events(s, case), target), **_reason_fields(code, note)}
    return _record(s, case, "CORRECTED", payload, before)


# --- correcting a field of the case ----------------------------------------------------------------
def correct_field(s: Session, ref: str, field: str, value: object, *, reason: str, note: str = "") -> Changes:
    """Correct the account number, application date, capacity, supply voltage or business type."""
    store = store_of(s)
    field = (field or "").strip()
    if field not in CASE_FIELDS:
        raise Refused("bad_correct_field", value=field, known=", ".join(CASE_FIELDS))
    code = check_reason(reason, "correct")
    note = _note(code, note)
    case = get_case(s, ref)
    before = _verdicts(s, case, today_of(store))
    moved: list[dict] = []
    # the checks create_case applies: cases re-exports them from app/fields.py (one definition)
    if field == "account_no":
        new = checks.check_account(str(value))
    elif field == "capacity_kva":
        new = checks.check_capacity(value, case.supply_kv)
    elif field == "supply_kv":
        new = checks.check_kv(value)
        checks.check_capacity(case.capacity_kva, new)
    elif field == "business_type":
        new = str(value or "").strip().upper()
        if new not in BUSINESS_TYPES:
            raise Refused("bad_type", value=value)
        if new != case.business_type and (case.predecessor_id or case_svc.successor_of(s, case) is not None):
            raise Refused("link_type_locked", case_no=case.case_no)
    else:
        new = parse_date(value)
        store.calendar.require_covered(new)
        today = today_of(store)
        if new > today:
            code_f = "date_after_training_day" if getattr(store, "training_day", None) else "date_in_future"
            raise Refused(code_f, on=new.isoformat(), today=today.isoformat())
        live = case_svc.live_rounds(case)
        first = live[0] if live else None
        if first is not None:
            follows = first.stage == "ACCEPT" and first.auto_started and first.started_on == case.applied_on
            if follows:  # the acceptance clock starts on the application date
                limit = min([p.started_on for p in _live_pauses(first)]
                            + ([first.finished_on] if first.finished_on else []), default=None)
                if limit is not None and new > limit:
                    raise _in_the_way(field, new, first, "finished_on" if limit == first.finished_on else "pause", limit)
                moved.append({"stage": first.stage, "round": first.round, "field": "started_on",
                              "old": first.started_on.isoformat(), "new": new.isoformat()})
                first.started_on = new
            elif new > first.started_on:
                raise _in_the_way(field, new, first, "started_on", first.started_on)
    old = getattr(case, field)
    if new == old:
        raise Refused("correction_unchanged", what=field, value=_iso(new))
    setattr(case, field, new)
    target = {"field": field}
    payload = {"target": target, "old": _iso(old), "new": _iso(new),
               "corrects": _source_event(_events(s, case), target), **_reason_fields(code, note)}
    if moved:
        payload["moved"] = moved
    return _record(s, case, "CORRECTED", payload, before)


# --- correcting a meeting decision --------------------------------------------------------------------
def correct_decision(s: Session, ref: str, meeting: str, decision: str, decision_note: str | None = None, *,
                     reason: str, note: str = "") -> Changes:
    """Correct the decision a review meeting recorded on a case (业扩会审): the agenda row takes the
    new decision, a CORRECTED event keeps the old one. A supply plan already answered on the strength
    of an approval cannot lose it (the PLAN finish is in the way)."""
    store = store_of(s)
    code = check_reason(reason, "correct")
    note = _note(code, note)
    case = get_case(s, ref)
    m = get_meeting(s, meeting)
    mc = s.scalar(select(MeetingCase).where(MeetingCase.meeting_id == m.id, MeetingCase.case_id == case.id,
                                            MeetingCase.deleted.is_(False)))
    if mc is None:
        raise Refused("not_on_agenda", case_no=case.case_no)
    new = (decision or "").strip().lower()
    if new not in DECISIONS:
        raise Refused("bad_decision", value=decision)
    text = check_text(decision_note if decision_note is not None else mc.note, "note", F.DECISION_NOTE.max_len)
    if new == "approve_with_changes" and not text:
        raise Refused("required", what="note")
    if mc.decision is None:
        raise Refused("decision_not_made", case_no=case.case_no)  # deciding is not a correction
    if (new, text) == (mc.decision, mc.note):
        raise Refused("correction_unchanged", what="decision", value=new)
    plan = next((r for r in reversed(case_svc.live_rounds(case)) if r.stage == "PLAN"), None)
    if new == "reject" and plan is not None and plan.finished_on is not None:
        raise _in_the_way("decision", plan.finished_on, plan, "finished_on", plan.finished_on)
    before = _verdicts(s, case, today_of(store))
    old = {"decision": mc.decision, "note": mc.note}
    mc.decision, mc.note = new, text
    target = {"meeting": m.id, "field": "decision"}
    prior = next((e.id for e in reversed(_events(s, case))
                  if (e.kind == "MEETING_DECIDED" and json.loads(e.payload).get("meeting") == m.id)
                  or (e.kind == "CORRECTED" and json.loads(e.payload).get("target") == target)), None)
    payload = {"target": target, "old": old, "new": {"decision": new, "note": text}, "corrects": prior,
               **_reason_fields(code, note)}
    return _record(s, case, "CORRECTED", payload, before)


# --- correcting an inspection result after the inspection closed -------------------------------------
def correct_result(s: Session, ref: str, inspection: str, code: str, *, result: str | None = None,
                   value: object = None, item_note: str | None = None, reason: str, note: str = "") -> Changes:
    """Correct a closed inspection's result of one item (value, note, pass/na). Turning a failure
    into a pass, or a pass into a failure, would change the round's outcome and its rectification
    items: refused, naming the round's outcome to correct first."""
    code_r = check_reason(reason, "correct")
    note = _note(code_r, note)
    case = get_case(s, ref)
    insp = s.get(Inspection, inspection)
    if insp is None or insp.deleted or insp.case_id != case.id:
        raise Refused("no_inspection", ref=inspection)
    if insp.closed_on is None:
        raise Refused("inspection_still_open", ref=inspection)  # while open, results are simply set
    row = s.scalar(select(InspectionResult).where(InspectionResult.inspection_id == insp.id,
                                                  InspectionResult.item_code == code,
                                                  InspectionResult.deleted.is_(False)))
    if row is None:
        raise Refused("no_item", code=code)
    item = field_svc.template_for(s, insp.kind, insp.template_id, insp.template_version).item(code)
    number = field_svc.measured_value(value, default=row.value)
    new_result = (result or row.result).strip().lower()
    if new_result not in ("pass", "fail", "na"):
        raise Refused("bad_result", value=result)
    if item.kind == "measure" and new_result != "na" and number is not None:
        judged = "pass" if item.judge(number) else "fail"
        if result is not None and result != judged:
            raise Refused("value_contradicts", code=code, value=number, judged=judged)
        new_result = judged
    text = check_text(item_note if item_note is not None else row.note, "note", F.ITEM_NOTE.max_len)
    old = {"result": row.result, "value": row.value, "note": row.note}
    new = {"result": new_result, "value": number, "note": text}
    if old == new:
        raise Refused("correction_unchanged", what="result", value=new_result)
    if (old["result"] == "fail") != (new_result == "fail"):
        r = s.get(StageRound, insp.round_id)
        raise Refused("result_changes_outcome", code=code, entry=_entry(r))
    before = _verdicts(s, case, today_of(store_of(s)))
    row.result, row.value, row.note = new_result, number, text
    target = {"inspection": insp.id, "item": code, "field": "result"}
    prior = next((e.id for e in reversed(_events(s, case))
                  if (e.kind == "INSPECTION_CLOSED" and json.loads(e.payload).get("inspection") == insp.id)
                  or (e.kind == "CORRECTED" and json.loads(e.payload).get("target") == target)), None)
    payload = {"target": target, "old": old, "new": new, "corrects": prior, **_reason_fields(code_r, note)}
    return _record(s, case, "CORRECTED", payload, before)


# --- correcting a design-review opinion -----------------------------------------------------------------
def correct_opinion(s: Session, ref: str, number: int, round: int | None = None, *, text: str | None = None,
                    clause: str | None = None, category: str | None = None, must_fix: bool | None = None,
                    reason: str, note: str = "") -> Changes:
    """Correct an opinion of a design-review round (its text, clause, category; must-fix only while
    the round is open, since the round's outcome rests on it)."""
    code = check_reason(reason, "correct")
    note = _note(code, note)
    case = get_case(s, ref)
    reviews = sorted(s.scalars(select(DesignReview).where(DesignReview.case_id == case.id,
                                                          DesignReview.deleted.is_(False))), key=lambda r: r.round)
    rv = (reviews[-1] if reviews else None) if round is None else next((r for r in reviews if r.round == int(round)), None)
    if rv is None:
        raise Refused("no_review_round", case_no=case.case_no, round=round or 1)
    op = s.scalar(select(ReviewOpinion).where(ReviewOpinion.review_id == rv.id, ReviewOpinion.number == int(number),
                                              ReviewOpinion.deleted.is_(False)))
    if op is None:
        raise Refused("no_opinion", case_no=case.case_no, round=rv.round, number=number)
    old = {"text": op.text, "clause": op.clause, "category": op.category, "must_fix": op.must_fix}
    new = dict(old)
    if text is not None:
        new["text"] = check_text(text, "opinion", F.OPINION.max_len, required=True)
    if clause is not None:
        new["clause"] = check_text(clause, "clause", F.CLAUSE.max_len)
    if category is not None:
        new["category"] = (category or "").strip().lower()
        if new["category"] not in CATEGORIES:
            raise Refused("bad_category", value=category, known=", ".join(CATEGORIES))
    if must_fix is not None:
        new["must_fix"] = bool(must_fix)
    if new == old:
        raise Refused("correction_unchanged", what="opinion", value=number)
    if new["must_fix"] != old["must_fix"] and rv.closed_on is not None:
        r = s.get(StageRound, rv.round_id)
        raise Refused("opinion_changes_outcome", number=number, entry=_entry(r))
    before = _verdicts(s, case, today_of(store_of(s)))
    op.text, op.clause, op.category, op.must_fix = new["text"], new["clause"], new["category"], new["must_fix"]
    target = {"review": rv.id, "opinion": int(number), "field": "opinion"}
    prior = next((e.id for e in reversed(_events(s, case))
                  if (e.kind == "REVIEW_OPINION" and json.loads(e.payload).get("review") == rv.id
                      and json.loads(e.payload).get("number") == int(number))
                  or (e.kind == "CORRECTED" and json.loads(e.payload).get("target") == target)), None)
    payload = {"target": target, "old": old, "new": new, "corrects": prior, **_reason_fields(code, note)}
    return _record(s, case, "CORRECTED", payload, before)


# --- undo ----------------------------------------------------------------------------------------
UNDOABLE = ("STAGE_STARTED", "STAGE_FINISHED", "PAUSED", "RESUMED")


def _last_step(events: list[CaseEvent]) -> CaseEvent | None:
    """The latest event not itself an undo and not undone already (so undo walks back)."""
    undone = {json.loads(e.payload).get("undoes") for e in events if e.kind == "UNDONE"}
    for ev in reversed(events):
        if ev.kind != "UNDONE" and ev.id not in undone:
            return ev
    return None


def undo_last(s: Session, ref: str, *, reason: str = "MISOPERATION", note: str = "") -> Changes:
    """Undo the case's last step (a stage started, finished, paused or resumed by mistake) as an
    ``UNDONE`` event naming it; the step stays in the history, struck through."""
    store = store_of(s)
    code = check_reason(reason, "undo")
    note = _note(code, note)
    case = get_case(s, ref)
    events = _events(s, case)
    ev = _last_step(events)
    if ev is None:
        raise Refused("nothing_to_undo", case_no=case.case_no)
    if ev.kind == "CORRECTED":
        return _undo_correction(s, case, ev, code, note)
    if ev.kind not in UNDOABLE:
        raise Refused("cannot_undo", kind=ev.kind)
    p = json.loads(ev.payload)
    live = case_svc.live_rounds(case)
    r = next((x for x in live if x.stage == p.get("stage") and x.round == p.get("round")), None)
    if r is None:
        raise Refused("cannot_undo", kind=ev.kind)
    later = live[live.index(r) + 1:]
    before = _verdicts(s, case, today_of(store))
    pauses = _live_pauses(r)
    if ev.kind == "STAGE_FINISHED":
        if r.finished_on != ev.effective_on or _field_rows(s, r):
            raise Refused("cannot_undo", kind=ev.kind)
        nxt = p.get("next")
        if later:
            x = later[0]
            if not (len(later) == 1 and x.stage == nxt and x.finished_on is None and not _live_pauses(x)):
                raise Refused("cannot_undo", kind=ev.kind)
            x.deleted = True  # the clock this finish started by itself goes with it
        if p.get("resumed") and pauses and pauses[-1].ended_on == ev.effective_on:
            pauses[-1].ended_on = None
        r.finished_on, r.outcome = None, None
    elif ev.kind == "STAGE_STARTED":
        if later or r.finished_on is not None or _field_rows(s, r):
            raise Refused("cannot_undo", kind=ev.kind)
        if p.get("redated"):
            if "from" not in p or pauses:  # a redate recorded before 'from' was kept cannot be reversed
                raise Refused("cannot_undo", kind=ev.kind)
            r.started_on, r.auto_started = dt.date.fromisoformat(p["from"]), True
        else:
            if pauses:
                raise Refused("cannot_undo", kind=ev.kind)
            r.deleted = True
    elif ev.kind == "PAUSED":
        if later or r.finished_on is not None or not pauses or pauses[-1].ended_on is not None:
            raise Refused("cannot_undo", kind=ev.kind)
        pauses[-1].deleted = True
    else:  # RESUMED
        if later or r.finished_on is not None or not pauses or pauses[-1].ended_on != ev.effective_on:
            raise Refused("cannot_undo", kind=ev.kind)
        pauses[-1].ended_on = None
    _rederive(case)
    payload = {"undoes": ev.id, "kind": ev.kind, "step": p, "effective_on": ev.effective_on.isoformat(),
               **_reason_fields(code, note)}
    return _record(s, case, "UNDONE", payload, before)


def _undo_correction(s: Session, case: Case, ev: CaseEvent, code: str, note: str) -> Changes:
    """A correction made by mistake: the old value back, and what moved with it."""
    store = store_of(s)
    p = json.loads(ev.payload)
    t = p["target"]
    before = _verdicts(s, case, today_of(store))
    live = case_svc.live_rounds(case)

    def live_round(stage, n):
        return next((x for x in live if x.stage == stage and x.round == n), None)

    def value(field, text):
        return dt.date.fromisoformat(text) if field in ("started_on", "finished_on", "ended_on", "applied_on") else text

    if "review" in t:
        op = s.scalar(select(ReviewOpinion).where(ReviewOpinion.review_id == t["review"],
                                                  ReviewOpinion.number == t["opinion"]))
        if op is None or {"text": op.text, "clause": op.clause, "category": op.category,
                          "must_fix": op.must_fix} != p["new"]:
            raise Refused("cannot_undo", kind=ev.kind)
        op.text, op.clause, op.category, op.must_fix = (p["old"][k] for k in ("text", "clause", "category", "must_fix"))
        payload = {"undoes": ev.id, "kind": ev.kind, "step": p, "effective_on": ev.effective_on.isoformat(),
                   **_reason_fields(code, note)}
        return _record(s, case, "UNDONE", payload, before)
    if "inspection" in t:
        row = s.scalar(select(InspectionResult).where(InspectionResult.inspection_id == t["inspection"],
                                                      InspectionResult.item_code == t["item"]))
        if row is None or {"result": row.result, "value": row.value, "note": row.note} != p["new"]:
            raise Refused("cannot_undo", kind=ev.kind)
        row.result, row.value, row.note = p["old"]["result"], p["old"]["value"], p["old"]["note"]
        payload = {"undoes": ev.id, "kind": ev.kind, "step": p, "effective_on": ev.effective_on.isoformat(),
                   **_reason_fields(code, note)}
        return _record(s, case, "UNDONE", payload, before)
    if "meeting" in t:
        mc = s.scalar(select(MeetingCase).where(MeetingCase.meeting_id == t["meeting"], MeetingCase.case_id == case.id,
                                                MeetingCase.deleted.is_(False)))
        if mc is None or {"decision": mc.decision, "note": mc.note} != p["new"]:
            raise Refused("cannot_undo", kind=ev.kind)
        mc.decision, mc.note = p["old"]["decision"], p["old"]["note"]
        payload = {"undoes": ev.id, "kind": ev.kind, "step": p, "effective_on": ev.effective_on.isoformat(),
                   **_reason_fields(code, note)}
        return _record(s, case, "UNDONE", payload, before)
    obj = live_round(t["stage"], t["round"]) if "stage" in t else case
    if obj is not None and "pause" in t:
        ps = _live_pauses(obj)
        obj = ps[t["pause"] - 1] if len(ps) >= t["pause"] else None
    if obj is None or _iso(getattr(obj, t["field"])) != p["new"]:
        raise Refused("cannot_undo", kind=ev.kind)  # changed again since (e.g. on another laptop)
    for m in p.get("moved", []):
        if m["field"] == "deleted":
            gone = next((x for x in case.rounds if x.stage == m["stage"] and x.round == m["round"] and x.deleted), None)
            if gone is None:
                raise Refused("cannot_undo", kind=ev.kind)
            gone.deleted = False
        elif m["old"] is None:
            x = live_round(m["stage"], m["round"])
            if x is None or x.finished_on is not None or _live_pauses(x):
                raise Refused("cannot_undo", kind=ev.kind)
            x.deleted = True
        else:
            x = live_round(m["stage"], m["round"])
            if x is None or _iso(x.started_on) != m["new"]:
                raise Refused("cannot_undo", kind=ev.kind)
            x.started_on = dt.date.fromisoformat(m["old"])
    setattr(obj, t["field"], value(t["field"], p["old"]))
    _rederive(case)
    payload = {"undoes": ev.id, "kind": ev.kind, "step": p, "effective_on": ev.effective_on.isoformat(),
               **_reason_fields(code, note)}
    return _record(s, case, "UNDONE", payload, before)


# --- withdrawal ---------------------------------------------------------------------------------------
def withdraw_case(s: Session, ref: str, *, reason: str, note: str = "") -> Changes:
    """Withdraw a case (撤销): it leaves every list and figure (a tombstone, as for every deleted
    row, so sync carries it), and stays in the audit view of withdrawals with its history."""
    store = store_of(s)
    code = check_reason(reason, "withdraw")
    note = _note(code, note)
    case = get_case(s, ref)
    payload = {"status": case.status, "stage": case.current_stage, **_reason_fields(code, note)}
    case.deleted = True
    store.record_event(s, case, "CASE_WITHDRAWN", payload, today_of(store))
    return Changes.of_cases([case.id], case_no=case.case_no)


def any_case(s: Session, ref: str) -> Case:
    """A case by number or id, withdrawn ones included (the audit view)."""
    q = select(Case).options(selectinload(Case.rounds).selectinload(StageRound.pauses))
    case = s.scalars(q.where(Case.case_no == ref)).first() or s.scalars(q.where(Case.id == ref)).first()
    if case is None:
        raise Refused("no_case", ref=ref)
    return case


def withdrawals(s: Session) -> dict:
    """Every withdrawn case with who withdrew it, when and why, and their count."""
    rows = s.execute(
        select(Case.case_no, Case.customer_name, Case.manager, CaseEvent.payload, CaseEvent.actor,
               CaseEvent.effective_on, CaseEvent.recorded_at)
        .join(CaseEvent, CaseEvent.case_id == Case.id)
        .where(CaseEvent.kind == "CASE_WITHDRAWN", Case.deleted.is_(True))
        .order_by(CaseEvent.recorded_at)).all()
    out = []
    for no, name, mgr, payload, actor, on, at in rows:
        p = json.loads(payload)
        out.append({"case_no": no, "customer_name": name, "manager": mgr, "reason": p["reason"],
                    "reason_zh": p.get("reason_zh", ""), "note": p.get("note", ""), "actor": actor,
                    "on": on.isoformat(), "recorded_at": at.isoformat(timespec="seconds") + "Z"})
    return {"count": len(out), "cases": out}


# --- the history ------------------------------------------------------------------------------------
def _event_json(e: CaseEvent) -> dict:
    return {"id": e.id, "kind": e.kind, "payload": json.loads(e.payload), "effective_on": e.effective_on.isoformat(),
            "recorded_at": e.recorded_at.isoformat(timespec="seconds") + "Z", "actor": e.actor,
            "device_id": e.device_id}


def case_history(s: Session, ref: str) -> dict:
    """Every event of the case in order; an event corrected or undone later carries ``struck`` and
    the ids of what replaced it; every correction and undo is listed with its old and new values."""
    case = any_case(s, ref)
    events = _events(s, case)
    out = annotate(flag_issued(s, [_event_json(e) for e in events]))
    corrections = []
    for e in out:
        p = e["payload"]
        if e["kind"] == "CORRECTED":
            corrections.append({"id": e["id"], "kind": "correction", "target": p["target"], "old": p["old"],
                                "new": p["new"], "moved": p.get("moved", []), "reason": p["reason"],
                                "reason_zh": p.get("reason_zh", ""), "note": p.get("note", ""),
                                "corrects": p.get("corrects"), "changes_verdict": p.get("changes_verdict", False),
                                "periods": p.get("periods", []), "issued_periods": e["issued_periods"],
                                "actor": e["actor"], "recorded_at": e["recorded_at"]})
        elif e["kind"] == "UNDONE":
            corrections.append({"id": e["id"], "kind": "undo", "target": {"event": p["undoes"], "kind": p["kind"]},
                                "old": p["step"], "new": None, "reason": p["reason"],
                                "reason_zh": p.get("reason_zh", ""), "note": p.get("note", ""),
                                "corrects": p["undoes"], "changes_verdict": p.get("changes_verdict", False),
                                "periods": p.get("periods", []), "issued_periods": e["issued_periods"],
                                "actor": e["actor"], "recorded_at": e["recorded_at"]})
    return {"case_no": case.case_no, "withdrawn": bool(case.deleted), "events": out, "corrections": corrections}


def list_corrections(s: Session, changed_verdicts_only: bool = False, issued_period_only: bool = False) -> list[dict]:
    """Every correction and undo of every case (for the supervisor), those that changed a time-limit
    verdict flagged ``changes_verdict``, those that changed a figure of a period already issued
    (reported) before the correction was recorded listing it in ``issued_periods``."""
    q = (select(Case.case_no, CaseEvent).join(Case, Case.id == CaseEvent.case_id)
         .where(CaseEvent.kind.in_(("CORRECTED", "UNDONE"))).order_by(CaseEvent.recorded_at))
    out = []
    for no, e in s.execute(q):
        p = json.loads(e.payload)
        if changed_verdicts_only and not p.get("changes_verdict"):
            continue
        out.append({"case_no": no, **_event_json(e)})
    flag_issued(s, out)
    return [e for e in out if e["issued_periods"]] if issued_period_only else out


# --- replay -----------------------------------------------------------------------------------------
def replay(events: list[dict], applied_on: dt.date) -> list[RoundData]:
    """A case's rounds rebuilt from its events alone (``_event_json`` dicts in recorded order),
    corrections and undos applied: what the clock would count if the rows were lost."""
    rounds: list[RoundData] = []
    by_key: dict[tuple[str, int], RoundData] = {}
    applied = applied_on
    snapshots: dict[str, list] = {}

    def add(stage: str, n: int, on: dt.date) -> None:
        r = RoundData(stage, n, on, None, None, [])
        rounds.append(r)
        by_key[(stage, n)] = r

    for e in events:
        snapshots[e["id"]] = [(r, r.started_on, r.finished_on, r.outcome, list(r.pauses),
                               [(p, p.ended_on) for p in r.pauses]) for r in rounds]
        p, on, kind = e["payload"], dt.date.fromisoformat(e["effective_on"]), e["kind"]
        if kind == "CASE_CREATED":
            applied = dt.date.fromisoformat(p["applied_on"])
            add("ACCEPT", 1, applied)
        elif kind == "STAGE_STARTED":
            r = by_key.get((p["stage"], p["round"]))
            if r is not None and r in rounds:
                r.started_on = on
            else:
                add(p["stage"], p["round"], on)
        elif kind == "STAGE_FINISHED":
            r = by_key[(p["stage"], p["round"])]
            r.finished_on, r.outcome = on, p["outcome"]
            if p.get("resumed") and r.pauses:
                r.pauses[-1].ended_on = on
            if p.get("next"):
                add(p["next"], 1, on)
        elif kind == "PAUSED":
            by_key[(p["stage"], p["round"])].pauses.append(PauseSpan(on, None, p["reason"], p.get("note", "")))
        elif kind == "RESUMED":
            by_key[(p["stage"], p["round"])].pauses[-1].ended_on = on
        elif kind == "CORRECTED":
            t = p["target"]
            if "meeting" in t or "inspection" in t or "review" in t:
                pass  # a meeting decision, an inspection result: no round changes
            elif "pause" in t:
                pz = sorted(by_key[(t["stage"], t["round"])].pauses, key=lambda x: x.started_on)[t["pause"] - 1]
                setattr(pz, t["field"], dt.date.fromisoformat(p["new"]))
                by_key[(t["stage"], t["round"])].pauses.sort(key=lambda x: x.started_on)
            elif "stage" in t:
                r = by_key[(t["stage"], t["round"])]
                value = p["new"] if t["field"] == "outcome" else dt.date.fromisoformat(p["new"])
                setattr(r, t["field"], value)
            elif t["field"] == "applied_on":
                applied = dt.date.fromisoformat(p["new"])
            for m in p.get("moved", []):
                if m["field"] == "deleted":
                    rounds.remove(by_key[(m["stage"], m["round"])])
                elif m["old"] is None:
                    add(m["stage"], m["round"], dt.date.fromisoformat(m["new"]))
                else:
                    by_key[(m["stage"], m["round"])].started_on = dt.date.fromisoformat(m["new"])
        elif kind == "UNDONE":
            # back to the state just before the undone step
            for r, st, fin, out, plist, ends in snapshots[p["undoes"]]:
                r.started_on, r.finished_on, r.outcome, r.pauses = st, fin, out, plist
                for pz, end in ends:
                    pz.ended_on = end
            rounds[:] = [x[0] for x in snapshots[p["undoes"]]]
            by_key.update({(r.stage, r.round): r for r in rounds})
    return rounds


def replay_matches(s: Session, ref: str) -> bool:
    """Do the rows the clock reads agree with the replayed events? (a check, and a test's witness)"""
    case = any_case(s, ref)
    replayed = replay([_event_json(e) for e in _events(s, case)], case.applied_on)
    return replayed == case_svc.case_data(case).rounds


__all__ = ["correct_stage", "correct_pause", "correct_decision", "correct_result", "correct_opinion", "correct_field", "undo_last", "withdraw_case",
           "withdrawals", "case_history", "list_corrections", "replay", "replay_matches", "reason_list",
           "check_reason"]


# --- issued periods ---------------------------------------------------------------------------------
def issue_period(s: Session, period: str) -> dict:
    """Record that a month's figures were issued (the supervisor's monthly report): from now on a
    correction that changes a verdict of that month is flagged ``issued_periods``. A month not yet
    begun (on the as-of day in training) or already issued is refused."""

    store = store_of(s)
    text = (period or "").strip()
    try:
        first = dt.date(int(text[:4]), int(text[5:7]), 1)
        if len(text) != 7 or text[4] != "-":
            raise ValueError(text)
    except ValueError:
        raise Refused("bad_period", value=text) from None
    today = today_of(store)
    if first > today:
        raise Refused("period_not_begun", period=text, today=today.isoformat())
    stored = json.loads(store.setting(PERIOD_KEY, "{}") or "{}")
    if text in stored:
        raise Refused("period_already_issued", period=text, at=stored[text])
    # when it happened: the wall clock, as every recorded_at it is compared with
    stored[text] = utcnow().isoformat(timespec="seconds") + "Z"
    store.set_setting(s, PERIOD_KEY, json.dumps(dict(sorted(stored.items())), ensure_ascii=False))
    return {"period": text, "issued_at": stored[text]}
