"""``demo --xiangshan-2012`` (issue 21): a database modelled on the seed's bureau, January to September
2012. Its headline figures are the seed's: 206 transformers and 72,000 kVA connected, every stage of
every case within the internal limits, an average of 9 working days of supply-department time for
HV cases, and the 和泰电器 case (630 kVA, applied 2012-06-18, power on 2012-07-02). The bulletins then
compute those figures with the same code as every other bulletin (tests/test_xiangshan_2012.py).

Deterministic (one seed); written like ``app.demo.build_demo``, in one bulk transaction, with the
review meetings and joint design reviews the stage locks ask for and a survey per case recording
its transformers (what the bulletins count).
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import demo as d
from app import townships
from app.device_keys import new_device_key, sign_head
from app.domain import STAGES
from app.errors import Refused
from app.models import Case, Survey, natural_id
from app.pinyin import pinyin_keys
from app.rules import CaseFacts, primary_rule_set
from app.services import gates
from app.store import GENESIS, canonical_json, event_hash_values

START, END = dt.date(2012, 1, 4), dt.date(2012, 9, 30)
# 206 transformers, 72,000 kVA in all (the seed's figures), by rating
TRANSFORMERS = {160: 20, 200: 29, 250: 34, 315: 46, 400: 40, 500: 16, 630: 12, 800: 4, 1000: 4, 1250: 1}
AVG_WD = 9  # the seed's average supply-department time of an HV case, in working days
BASE_DAYS = {"ACCEPT": 1, "SURVEY": 2, "PLAN": 1, "FEES": 1, "DESIGN_REVIEW": 1, "MID_INSPECTION": 1,
             "COMPLETION_INSPECTION": 1, "ENERGIZE": 1}
GAPS = {"DESIGN_REVIEW": (5, 20), "MID_INSPECTION": (10, 30), "COMPLETION_INSPECTION": (5, 20)}
HETAI = ("象山和泰电器有限公司", 630.0, dt.date(2012, 6, 18), dt.date(2012, 7, 2))


def _days(rng: random.Random, limits: dict[str, int]) -> dict[str, int]:
    """Stage durations summing to AVG_WD, each at least 1 and within its internal limit."""
    days = dict(BASE_DAYS)
    for _ in range(rng.randint(0, 3)):
        give = rng.choice([s for s in STAGES if days[s] > 1] or ["SURVEY"])
        take = rng.choice([s for s in STAGES if days[s] < limits[s]])
        if days[give] > 1:
            days[give] -= 1
            days[take] += 1
    return days


def build(store) -> dict:
    with Session(store.engine) as s:
        existing = s.scalar(select(func.count()).select_from(Case))
    if existing:
        raise Refused("demo_not_empty", count=existing)
    d.AS_OF[0] = END
    rng = random.Random(2012)
    lrng = random.Random(2012 * 7919 + 14)
    cal = store.calendar
    primary = primary_rule_set()
    with store.reader() as s:
        locks = gates.in_force(s).locks
    local_user = store.user or d.MANAGERS[0]
    managers = d.MANAGERS if local_user in d.MANAGERS else [local_user] + d.MANAGERS[1:]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    devices, device_rows, demo_keys = {}, [], {}
    for m in managers:
        if m == local_user:
            devices[m] = store.device_id
        else:
            did = d._uuid(rng)
            devices[m] = did
            private, public = new_device_key()
            demo_keys[did] = private
            device_rows.append((did, f"{m}的笔记本", 0, d._ts(now), 0, "", public, 1))

    # the cases: 和泰 with one 630 kVA transformer, the others one or two transformers of a rating
    pool = sorted(k for k, n in TRANSFORMERS.items() for _ in range(n))
    pool.remove(630)
    groups: list[list[int]] = []
    i = 0
    while i < len(pool):
        if i + 1 < len(pool) and pool[i + 1] == pool[i] and rng.random() < 0.25:
            groups.append([pool[i], pool[i + 1]])
            i += 2
        else:
            groups.append([pool[i]])
            i += 1
    rng.shuffle(groups)
    plans = []
    for g in groups:
        applied = cal.next_workday_on_or_after(START + dt.timedelta(days=rng.randint(0, 150)))
        plans.append((applied, g, None))
    plans.append((HETAI[2], [630], HETAI))
    plans.sort(key=lambda p: (p[0], p[2] is None))
    with store.reader() as s:  # the townships in force (issue 18), not a constant
        town_names = townships.names(store.config(s))
    cases = [(applied, g, special, rng.choice(managers), rng.choice(town_names)) for applied, g, special in plans]
    totals = []
    case_rows, round_rows, events, survey_rows = [], [], [], []
    meetings: dict = {}
    meeting_rows, agenda_rows, review_rows = [], [], []
    hlc = store.hlc.now
    seq_no = 0
    for applied, g, special, manager, township in cases:
        kva = float(sum(g))
        facts = CaseFacts(kva, False, "NEW")
        limits = {st: primary.stage_limit(st, facts) for st in STAGES}
        if special:
            name, full, initials = special[0], *pinyin_keys(special[0])
            days = dict(BASE_DAYS)
            gaps = {k: 0 for k in GAPS}  # 14 calendar days from application to power on
        else:
            name, full, initials = d._customer(rng)
            days = _days(rng, limits)
            gaps = {k: rng.randint(*v) for k, v in GAPS.items()}
        # the stages, one round each, chained or after the customer's own time
        rounds = []
        on = applied
        for stage in STAGES:
            if stage in GAPS:
                on = cal.next_workday_on_or_after(on + dt.timedelta(days=gaps[stage]))
            start = on
            on = cal.add_workdays(start, days[stage])
            rounds.append(d._Round(stage, 1, start, stage in ("ACCEPT", *d.CHAINED_FROM), on, "pass"))
        if special:
            assert on == special[3], (on, special[3])  # power on 2012-07-02, as the seed says
        assert on <= END, (applied, on)  # every case energised by the end of September, as in the seed
        totals.append(sum(days.values()))
        seq_no += 1
        case_id = d._uuid(rng)
        case_no = f"YK12{seq_no:05d}"
        stamp = hlc()
        dev = devices[manager]
        account = f"33{rng.randrange(10**8):08d}"
        contact = f"{rng.choice('王李张陈刘杨黄周吴徐')}先生 13{rng.randrange(10**9):09d}"
        address = f"{township}{rng.randint(1, 300)}号"
        typical = rng.random() < 0.3
        case_rows.append((case_id, stamp, dev, 0, case_no, name, full, initials, account, contact, address, township,
                          "NEW", 10.0, kva, 0, int(typical), 0, 0, manager, applied.isoformat(), "finished", "ENERGIZE",
                          d._ts(dt.datetime.combine(applied, dt.time(9, 0)))))
        payload = {"case_no": case_no, "customer_name": name, "account_no": account, "capacity_kva": kva,
                   "supply_kv": 10.0, "business_type": "NEW", "dual_source": False, "manager": manager,
                   "township": township, "applied_on": applied.isoformat(), "started": "ACCEPT"}
        events.append(d._ev(rng, dev, case_id, "CASE_CREATED", payload, applied, manager, 0))
        for n, r in enumerate(rounds, start=1):
            rid = natural_id("stage_round", case_id, r.stage, r.number)
            round_rows.append((rid, stamp, dev, 0, case_id, n, r.stage, 1, r.started.isoformat(), r.finished.isoformat(),
                               "pass", 0))
            if not r.auto:
                events.append(d._ev(rng, dev, case_id, "STAGE_STARTED", d._stage_payload(r.stage, 1), r.started,
                                    manager, n * 10))
            if r.stage == "PLAN" and locks.meeting.applies(kva):
                events += d._meeting_item(lrng, cal, END, meetings, meeting_rows, agenda_rows, store.device_id, dev,
                                          stamp, case_id, r, manager, n * 10 + 4)
            if r.stage == "DESIGN_REVIEW" and locks.joint_review.applies(kva, typical):
                events += d._joint_review(lrng, review_rows, locks.joint_review.departments, dev, stamp, case_id, rid,
                                          r, manager, n * 10 + 4)
            nxt = d.CHAINED_NEXT.get(r.stage)
            events.append(d._ev(rng, dev, case_id, "STAGE_FINISHED", d._stage_payload(r.stage, 1, "pass", nxt),
                                r.finished, manager, n * 10 + 3))
        survey_rows.append((case_id, rounds[1].finished, manager,
                            [{"count": g.count(k), "type": "S11", "kva": k} for k in sorted(set(g))]))
    events.sort(key=lambda e: (e[0], e[6], e[7]))
    chain: dict[str, tuple[int, str]] = {}
    ev_stamp = hlc()
    ev_rows = []
    for dev, case_id, kind, payload, effective, actor, recorded, _order in events:
        seq, prev = chain.get(dev, (0, GENESIS))
        seq += 1
        rec = recorded.isoformat(timespec="microseconds")
        h = event_hash_values(case_id, kind, payload, effective.isoformat(), rec, actor, dev, str(seq), prev)
        ev_rows.append((d._uuid(rng), case_id, kind, payload, effective.isoformat(), rec.replace("T", " "), actor, dev,
                        seq, ev_stamp, prev, h))
        chain[dev] = (seq, h)
    vv_of = {dev: canonical_json({dev: 1}) for dev in devices.values()}
    n = store.lseq
    rows_out = []
    for rows in (case_rows, round_rows, [], meeting_rows, agenda_rows, review_rows):
        out = []
        for r in rows:
            n += 1
            out.append((*r, vv_of[r[2]], n))
        rows_out.append(out)
    case_rows, round_rows, pause_rows, meeting_rows, agenda_rows, review_rows = rows_out
    ev_rows = [(*r, n + i + 1) for i, r in enumerate(ev_rows)]
    store.lseq = n + len(ev_rows)
    heads = {dev: sign_head(key, dev, *chain.get(dev, (0, "")), 1) for dev, key in demo_keys.items()}
    d._bulk_write(store, device_rows, local_user, case_rows, round_rows, pause_rows, ev_rows, chain,
                  (meeting_rows, agenda_rows, review_rows), heads)
    store.reload_identity()
    with store.session() as s:  # the surveys, through the ORM (the flush hook stamps them)
        for case_id, on, manager, tf in survey_rows:
            s.add(Survey(case_id=case_id, surveyed_on=on, participants=canonical_json([{"name": manager, "dept": "客户经理"}]),
                         findings="演示数据(2012 年象山模式)", supply_kv=10.0, metering="HV",
                         transformers=canonical_json(tf)))
    return {"cases": len(case_rows), "transformers": sum(sum(t["count"] for t in r[3]) for r in survey_rows),
            "kva": sum(r[14] for r in case_rows), "avg_supply_wd": round(sum(totals) / len(totals), 2),
            "events": len(ev_rows), "meetings": len(meeting_rows), "as_of": END.isoformat(), "seed": 2012,
            "user": local_user}
