"""Three-level monitoring and escalation (三级监控, 督办; issue 21).

The levels (客户经理, 供电所, 客户服务中心, 营销部专职) and the escalation ladder are data (kind
``roles``). Escalations are computed from the case clock for any as-of date, never stored: a stage
in warning tells its manager, an overdue stage the centre's head, and so on, each on the date the
stage reached the rung, so a supervisor consolidating a month sees when each case would have
escalated. What is stored is the acknowledgement by the person told (``EscalationAck``), whose id
is the escalation's (a natural id of case, stage, round and rung), so it meets its twin in sync.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import PauseSpan, RoundData, clock_round
from app.errors import Refused
from app.models import Case, EscalationAck, Pause, StageRound, natural_id
from app.rules import CaseFacts
from app.services import config_docs
from app.services.changes import Changes
from app.services.checks import today_of
from app.services.query import open_clocks
from app.store import store_of, utcnow
from app.townships import station_of


def roles(s: Session) -> dict:
    return config_docs.config(s).doc("roles").data


def _rung_date(cal, rung: dict, c, warn_wd: int, as_of: dt.date) -> dt.date | None:
    """The date the open round ``c`` (its clock at ``as_of``) reached the rung, or None."""
    limit = c.limit_wd
    when = rung["when"]
    if when == "paused_over_wd":
        pause = next((p for p in c.pauses if p.ended_on is None), None)
        if pause is None or cal.workdays_between(pause.started_on, as_of) <= rung["wd"]:
            return None
        return cal.add_workdays(pause.started_on, rung["wd"] + 1)
    if limit is None or c.remaining_wd is None:
        return None
    need = {"warning": limit - warn_wd, "overdue": limit + 1, "overdue_by_wd": limit + rung.get("wd", 0)}[when]
    if c.elapsed_wd < need:
        return None
    # the day the stage's own time first reached ``need`` (pauses so far taken off)
    return min(as_of, cal.add_workdays(c.started_on, max(need, 0) + c.paused_wd))


def _people(s: Session):
    doc = roles(s)
    return doc, {lv["code"]: lv.get("person", "") or lv["name"] for lv in doc["levels"]}, \
        {lv["code"]: lv["name"] for lv in doc["levels"]}


def _rows(s: Session, clocks: list[tuple[str, object, dt.date]], level: str, scope: str, told_role: str | None,
          reached_from: dt.date | None = None, info: dict[str, tuple] | None = None) -> list[dict]:
    """The escalations of open rounds: ``clocks`` holds (case id, the round's clock, the day it is
    read on). ``reached_from``: only the rungs reached on or after that day. ``info``: the cases'
    (case_no, customer_name, manager, township) by id, when the caller has read them already."""
    store = store_of(s)
    cal, warn = store.calendar, store.warn_wd
    doc, people, names = _people(s)
    cfg = config_docs.config(s)
    if info is None:
        info = {}
        ids = sorted({cid for cid, _c, _d in clocks})
        for i in range(0, len(ids), 900):
            for cid, no, name, mgr, town in s.execute(select(Case.id, Case.case_no, Case.customer_name, Case.manager,
                                                             Case.township).where(Case.id.in_(ids[i:i + 900]))):
                info[cid] = (no, name, mgr, town)
    stations: dict[str, str] = {}
    out = []
    for cid, c, day in clocks:
        no, name, mgr, town = info[cid]
        if town not in stations:
            stations[town] = station_of(cfg, town) if town else ""
        st = stations[town]
        if level == "manager" and mgr != scope or level == "station" and st != scope:
            continue
        for rung in doc["ladder"]:
            if told_role and rung["tell"] != told_role:
                continue
            on = _rung_date(cal, rung, c, warn, day)
            if on is None or reached_from is not None and on < reached_from:
                continue
            tell = rung["tell"]
            told = mgr if tell == "manager" else (st if tell == "station" else people[tell])
            out.append({"id": natural_id("escalation", cid, c.code, c.round, rung["code"]), "case_id": cid,
                        "case_no": no, "customer_name": name, "manager": mgr, "township": town, "station": st,
                        "stage": c.code, "round": c.round, "rung": rung["code"], "rung_name": rung["name"],
                        "told_role": tell, "told_role_name": names[tell], "told": told,
                        "escalated_on": on.isoformat(), "remaining_wd": c.remaining_wd, "status": c.status,
                        "paused": c.paused, "acknowledged_by": "", "acknowledged_at": None})
    acks = {}
    if out:  # the acknowledgements of the span's rung days, in one query: people's acts, a few thousand
        # at most, where the escalations of a million cases' week are tens of thousands of ids
        days = [e["escalated_on"] for e in out]
        wanted = {e["id"] for e in out}
        for a in s.scalars(select(EscalationAck).where(
                EscalationAck.escalated_on >= dt.date.fromisoformat(min(days)),
                EscalationAck.escalated_on <= dt.date.fromisoformat(max(days)), EscalationAck.deleted.is_(False))):
            if a.id in wanted:
                acks[a.id] = a
    for e in out:
        a = acks.get(e["id"])
        if a is not None:
            e["acknowledged_by"] = a.acknowledged_by
            e["acknowledged_at"] = a.acknowledged_at.isoformat(timespec="seconds") + "Z"
    out.sort(key=lambda e: (e["escalated_on"], e["case_no"], e["rung"]), reverse=True)
    return out


def escalations(s: Session, as_of: dt.date | None = None, *, level: str = "bureau", scope: str = "",
                told_role: str | None = None, clocks: dict | None = None,
                info: dict[str, tuple] | None = None) -> list[dict]:
    """Every escalation in force at the end of ``as_of`` (open stages that reached a rung of the
    ladder), for one level's view, most recent first, with its acknowledgement if any. ``clocks``
    (``open_clocks`` of the same day) and ``info`` (see ``_rows``): what the caller computed already
    (the weekly bulletin), so the open stages are clocked once."""
    as_of = as_of or today_of(store_of(s))
    if clocks is None:
        clocks = open_clocks(s, as_of)
    return _rows(s, [(cid, c, as_of) for cid, (c, _years) in clocks.items()], level, scope, told_role, info=info)


def reached_by_finished(s: Session, start: dt.date, end: dt.date, *, level: str = "bureau", scope: str = "",
                        told_role: str | None = None) -> list[dict]:
    """The escalations reached between ``start`` and ``end`` by stages that finished in that span too
    (so no longer in force at its end): each round read on the day before it finished, its last day
    open (an event takes effect at the end of its day). The weekly bulletin lists them with the
    escalations in force, each with ``stage_finished_on``."""
    store = store_of(s)
    cal, warn = store.calendar, store.warn_wd
    primary = store.config(s).primary_rule_set()
    finished_in_span = (StageRound.deleted.is_(False), StageRound.finished_on >= start,
                        StageRound.finished_on <= end, StageRound.started_on < StageRound.finished_on)
    conn = s.connection()  # Core rows: a million cases' week finishes some 57,000 rounds
    rows = conn.execute(select(StageRound.id, StageRound.case_id, StageRound.stage, StageRound.round,
                               StageRound.started_on, StageRound.finished_on, Case.capacity_kva, Case.dual_source,
                               Case.business_type, Case.case_no, Case.customer_name, Case.manager, Case.township)
                        .join(Case, Case.id == StageRound.case_id)
                        .where(Case.deleted.is_(False), *finished_in_span)).all()
    pauses: dict[str, list[PauseSpan]] = {}
    # the pauses of those rounds in one join (chunks of ids were 64 round trips on a server)
    for rid, ps, pe, reason, note in conn.execute(
            select(Pause.round_id, Pause.started_on, Pause.ended_on, Pause.reason, Pause.note)
            .join(StageRound, StageRound.id == Pause.round_id)
            .where(Pause.deleted.is_(False), *finished_in_span)):
        pauses.setdefault(rid, []).append(PauseSpan(ps, pe, reason, note))
    clocks, finished, info = [], {}, {}
    for rid, cid, stage, rnd, started, fin, kva, dual, btype, no, name, mgr, town in rows:
        info[cid] = (no, name, mgr, town)
        day = fin - dt.timedelta(days=1)
        spans = sorted((PauseSpan(p.started_on, p.ended_on if p.ended_on and p.ended_on <= day else None,
                                  p.reason, p.note) for p in pauses.get(rid, []) if p.started_on <= day),
                       key=lambda p: p.started_on)
        c = clock_round(cal, primary, CaseFacts(kva, dual, btype), RoundData(stage, rnd, started, None, None, spans),
                        day, warn)
        clocks.append((cid, c, day))
        finished[(cid, stage, rnd)] = fin.isoformat()
    out = _rows(s, clocks, level, scope, told_role, reached_from=start, info=info)
    for e in out:
        e["stage_finished_on"] = finished[(e["case_id"], e["stage"], e["round"])]
    return out


def acknowledge(s: Session, escalation_id: str, as_of: dt.date | None = None, note: str = "") -> Changes:
    """The person told acknowledges an escalation (已阅/已督办). A manager acknowledges only what
    told them; nobody acknowledges for the centre or the bureau about their own case."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    found = next((e for e in escalations(s, as_of) if e["id"] == escalation_id), None)
    if found is None:  # or one the week's bulletin lists though its stage finished since (issue 21)
        monday = as_of - dt.timedelta(days=as_of.weekday())
        found = next((e for e in reached_by_finished(s, monday, as_of) if e["id"] == escalation_id), None)
    if found is None:
        raise Refused("escalation_unknown", id=str(escalation_id)[:40])
    if s.get(EscalationAck, escalation_id) is not None:
        raise Refused("escalation_already_acked", id=escalation_id)
    user = store.user
    if found["told_role"] == "manager" and user != found["manager"]:
        raise Refused("escalation_not_yours", told=found["told"], user=user)
    if found["told_role"] != "manager" and user == found["manager"]:
        raise Refused("escalation_own_case", case_no=found["case_no"])
    if len(note) > 500:
        raise Refused("escalation_note_long", max=500)
    s.add(EscalationAck(id=escalation_id, case_id=found["case_id"], round_key=f"{found['stage']}:{found['round']}",
                        rung=found["rung"], told_role=found["told_role"], told=found["told"][:50],
                        escalated_on=dt.date.fromisoformat(found["escalated_on"]), acknowledged_by=user,
                        acknowledged_at=utcnow().replace(tzinfo=None), note=note))
    s.flush()
    return Changes.of_cases([found["case_id"]], case_no=found["case_no"])
