"""A realistic, deterministic demo data set of Xiangshan connection applications.

The same (cases, seed, as_of) always gives the same cases, stages, pauses and events. Each manager
works on a laptop of their own, so each has a device and a hash chain; the local device is the
first manager's. Rows go in through the DB-API in one transaction: 100,000 cases in well under a
minute, which the ORM could not do.

The demo keeps the stage locks of the rule set in force (``app.services.gates``) as the services
would: every case at or above the meeting threshold whose plan is done was approved at a review
meeting held on its plan's last day (one meeting a day, shared), those still in PLAN are on the
agenda of the next meeting, and every design-review round of a joint-review case has the joint
departments among its participants. These rows come from a generator of their own, so the cases and
rounds of a seed stay what they were.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import keyed, townships
from app.demo_around import build_around
from app.device_keys import new_device_key, sign_head
from app.domain import CHAINED_FROM, PAUSE_REASONS, ROUND_STAGES, STAGES
from app.errors import Refused
from app.models import Case, natural_id
from app.pinyin import pinyin_keys
from app.rules import CaseFacts, primary_rule_set
from app.services import gates
from app.services.checks import today_of
from app.store import GENESIS, Store, canonical_json, event_hash_values
from app.workdays import WorkCalendar

MANAGERS = ["王建国", "李海燕", "张伟", "陈晓东", "刘芳", "杨明", "黄丽娟", "周志强", "吴俊", "徐敏", "孙涛", "胡静"]
PLACES = ["象山县", "象山", "宁波", "浙江"]
BRANDS = [
    "和泰", "恒达", "宏远", "海天", "东方", "新华", "永盛", "鑫源", "华宇", "金海", "丰城", "瑞祥", "顺发", "天成",
    "盛大", "港湾", "蓝海", "石浦", "爵溪", "东海", "兴业", "长运", "丹城", "汇通", "中盛", "银河", "万隆", "富港",
]
INDUSTRIES = [
    ("针织", 6), ("水产冷冻", 5), ("水泥", 2), ("船舶修造", 3), ("电器", 4), ("海产品加工", 3), ("机械", 3),
    ("模具", 2), ("食品", 2), ("冷链物流", 2), ("塑料制品", 2), ("服装", 3), ("旅游开发", 1), ("建材", 2),
]
SUFFIXES = ["有限公司", "有限公司", "有限公司", "股份有限公司", "厂"]
CAPACITIES = [100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150]
CAP_WEIGHTS = [5, 5, 9, 9, 10, 12, 12, 8, 10, 6, 5, 3, 3, 2, 1, 0.5]
TYPES = [("NEW", 60), ("INCREASE", 28), ("TEMPORARY", 8), ("TEMP_TO_FORMAL", 4)]
# customer time before a stage that does not start by itself (calendar days)
CUSTOMER_GAP = {"DESIGN_REVIEW": (7, 45), "MID_INSPECTION": (15, 75), "COMPLETION_INSPECTION": (10, 50)}
REWORK_GAP = (3, 15)
CHAINED_NEXT = {prev: nxt for nxt, prev in CHAINED_FROM.items()}
RECTIFY_P = {"DESIGN_REVIEW": 0.15, "MID_INSPECTION": 0.25, "COMPLETION_INSPECTION": 0.2}
MEETING_PLACE = "局三楼业扩会审室"
MEETING_CHAIR = "客户服务中心主任"
MEETING_DEPARTMENTS = ["运维检修部", "营销部", "供电所"]
REVIEWERS = ["赵工", "钱工", "孙工", "李工", "周工", "吴工", "郑工", "王工"]
INSTITUTES = ["宁波电力设计院", "象山县电力设计所", "浙江华电工程设计公司"]


@dataclass
class _Round:
    stage: str
    number: int
    started: dt.date
    auto: bool
    finished: dt.date | None = None
    outcome: str | None = None
    pauses: list[tuple[dt.date, dt.date | None, str, str]] = field(default_factory=list)


def _uuid(rng: random.Random) -> str:
    """A version-4 UUID string from the seeded generator (deterministic demo data)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


def _customer(rng: random.Random) -> tuple[str, str, str]:
    place, brand = rng.choice(PLACES), rng.choice(BRANDS)
    industry = _weighted(rng, INDUSTRIES)
    suffix = rng.choice(SUFFIXES)
    name = f"{place}{brand}{industry}{suffix}"
    full = initials = ""
    for part in (place, brand, industry, suffix):  # pinyin per part: few distinct parts, cached
        f, i = pinyin_keys(part)
        full += f
        initials += i
    return name, full, initials


def _simulate(rng: random.Random, cal: WorkCalendar, limits, applied: dt.date, as_of: dt.date) -> list[_Round]:
    rounds: list[_Round] = []
    prev_finish = applied
    for stage in STAGES:
        if stage == "ACCEPT":
            start, auto = applied, True
        elif stage in CHAINED_FROM:
            start, auto = prev_finish, True
        else:
            lo, hi = CUSTOMER_GAP[stage]
            start = cal.next_workday_on_or_after(prev_finish + dt.timedelta(days=rng.randint(lo, hi)))
            auto = False
        number = 1
        while True:
            if start > as_of:
                return rounds
            r = _Round(stage, number, start, auto)
            rounds.append(r)
            limit = limits[stage]
            work = rng.randint(max(0, limit - 2), limit) if rng.random() < 0.8 else limit + rng.randint(1, 6)
            pause_wd = 0
            if rng.random() < 0.1:
                p_start = cal.add_workdays(start, rng.randint(0, max(0, work - 1))) if work else start
                pause_wd = rng.randint(3, 15)
                p_end = cal.add_workdays(p_start, pause_wd)
                reason = rng.choice(list(PAUSE_REASONS))
                if p_start > as_of:
                    pause_wd = 0
                else:
                    r.pauses.append((p_start, p_end if p_end <= as_of else None, reason, "演示数据"))
                    if p_end > as_of:
                        return rounds
            finish = cal.add_workdays(start, work + pause_wd)
            if finish > as_of:
                return rounds
            r.finished = finish
            rectify = stage in ROUND_STAGES and rng.random() < RECTIFY_P[stage] / number
            r.outcome = "rectify" if rectify else "pass"
            prev_finish = finish
            if not rectify:
                break
            number += 1
            start = cal.next_workday_on_or_after(finish + dt.timedelta(days=rng.randint(*REWORK_GAP)))
            auto = False
    return rounds


def _due(cal: WorkCalendar, limits, rounds: list[_Round], as_of: dt.date, warn_wd: int) -> bool:
    """Whether the case's open round is within ``warn_wd`` working days of its limit, or past it (a
    paused one too: the warnings list it, with the days its pause has taken off)."""
    if not rounds or rounds[-1].finished is not None:
        return False
    r = rounds[-1]
    used = cal.workdays_between(r.started, as_of) - sum(cal.workdays_between(a, b or as_of) for a, b, *_ in r.pauses)
    return limits[r.stage] - used <= warn_wd


def build_demo(store: Store, cases: int, seed: int = 1, as_of: dt.date | None = None, progress=None,
               around: bool = True) -> dict:
    """Fill an empty database with ``cases`` demo cases. ``progress(done, total)`` may be given and
    may raise to cancel; nothing is written until every row is ready, then all in one transaction.
    ``around``: then the work around the cases (prospects, visits, surveys, outages, metering,
    follow-ups...: ``app.demo_around``), through the services, in a second transaction."""
    if not 1 <= cases <= 1_000_000:
        raise Refused("bad_number", what="cases", lo=1, hi=1_000_000)
    with Session(store.engine) as s:
        existing = s.scalar(select(func.count()).select_from(Case))
    if existing:
        raise Refused("demo_not_empty", count=existing)

    as_of = as_of or today_of(store)  # a demo built in training mode ends on the as-of day
    AS_OF[0] = as_of
    rng = random.Random(seed)
    lrng = random.Random(seed * 7919 + 14)  # meetings and reviews: the cases of a seed stay as they were
    cal = store.calendar
    primary = primary_rule_set()
    with store.reader() as s:
        locks = gates.in_force(s).locks
        town_names = townships.names(store.config(s))  # the townships in force (issue 18), not a constant
    meetings: dict[dt.date, list] = {}  # held on -> [meeting id, agenda positions so far]
    meeting_rows, agenda_rows, review_rows = [], [], []

    devices = {}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    practice, warn_wd = is_practice(store), store.warn_wd  # only the practice database steers "mine"
    local_user = store.user or MANAGERS[0]
    # the person who asked for demo data is one of its managers, so "mine" shows something
    managers = MANAGERS if local_user in MANAGERS else [local_user] + MANAGERS[1:]
    device_rows = []
    demo_keys: dict[str, str] = {}
    for m in managers:
        if m == local_user:
            devices[m] = store.device_id
        else:
            did = _uuid(rng)
            devices[m] = did
            private, public = new_device_key()
            demo_keys[did] = private  # to sign its chain head as its own package would have
            device_rows.append((did, f"{m}的笔记本", 0, _ts(now), 0, "", public, 1))

    window_days = 3 * 365
    open_share = 0.1
    case_rows, round_rows, pause_rows, events = [], [], [], []
    hlc = store.hlc.now
    plans = []
    # a few cases come from prospects converted through the services (demo_around): N in all
    converted = min(4, cases // 50) if around else 0
    for _ in range(cases - converted):
        if rng.random() < open_share:
            applied = as_of - dt.timedelta(days=rng.randint(0, 150))
        else:
            applied = as_of - dt.timedelta(days=rng.randint(150, window_days))
        plans.append(min(cal.next_workday_on_or_after(applied), as_of))
    plans.sort()
    seq_by_year: dict[int, int] = {}
    prefix = store.setting("case_prefix", "YK")
    for i, applied in enumerate(plans):
        name, full, initials = _customer(rng)
        kva = float(rng.choices(CAPACITIES, CAP_WEIGHTS)[0])
        btype = _weighted(rng, TYPES)
        dual = kva >= 1250 and rng.random() < 0.4
        kv = 10.0 if kva < 8000 else 35.0
        manager = rng.choice(managers)
        township = rng.choice(town_names)
        yy = applied.year % 100
        seq_by_year[yy] = seq_by_year.get(yy, 0) + 1
        case_id = _uuid(rng)
        case_no = f"{prefix}{yy:02d}{seq_by_year[yy]:05d}"
        facts = CaseFacts(kva, dual, btype)
        limits = {st: primary.stage_limit(st, facts) or 3 for st in STAGES}
        rounds = _simulate(rng, cal, limits, applied, as_of)
        if practice and _due(cal, limits, rounds, as_of, warn_wd):
            # the practice user gets the cases that are due or overdue on the as-of day, so Today
            # warns about "mine" at once; drawn after the rng calls, so the cases stay as they were
            manager = local_user
        finished = bool(rounds) and rounds[-1].stage == "ENERGIZE" and rounds[-1].finished is not None
        if finished:
            current = "ENERGIZE"
        elif rounds and rounds[-1].finished is None:
            current = rounds[-1].stage
        elif rounds and rounds[-1].outcome == "rectify":
            current = rounds[-1].stage
        elif rounds:
            current = STAGES[STAGES.index(rounds[-1].stage) + 1]
        else:
            current = "ACCEPT"
        account = f"33{rng.randrange(10**8):08d}"
        stamp = hlc()
        # drawn in the order the row always drew them (same seed, same cases)
        contact = f"{rng.choice('王李张陈刘杨黄周吴徐')}先生 13{rng.randrange(10**9):09d}"
        address = f"{township}{rng.randint(1, 300)}号"
        typical = rng.random() < 0.3
        green, key = rng.random() < 0.05, rng.random() < 0.08
        case_rows.append(
            (
                case_id, stamp, devices[manager], 0, case_no, name, full, initials, account, contact, address,
                township, btype, kv, kva, int(dual), int(typical), int(green), int(key), manager, applied.isoformat(),
                "finished" if finished else "open", current, _ts(dt.datetime.combine(applied, dt.time(9, 0))),
            )
        )
        dev = devices[manager]
        payload = {"case_no": case_no, "customer_name": name, "account_no": account, "capacity_kva": kva,
                   "supply_kv": kv, "business_type": btype, "dual_source": dual, "manager": manager,
                   "township": township, "applied_on": applied.isoformat(), "started": "ACCEPT"}
        events.append(_ev(rng, dev, case_id, "CASE_CREATED", payload, applied, manager, 0))
        for n, r in enumerate(rounds, start=1):
            rid = natural_id("stage_round", case_id, r.stage, r.number)
            round_rows.append(
                (rid, stamp, dev, 0, case_id, n, r.stage, r.number, r.started.isoformat(),
                 r.finished.isoformat() if r.finished else None, r.outcome, int(r.auto and r.finished is None))
            )
            if not r.auto:  # automatic starts are part of the previous finish event
                events.append(_ev(rng, dev, case_id, "STAGE_STARTED", _stage_payload(r.stage, r.number), r.started, manager, n * 10))
            for p_start, p_end, reason, note in r.pauses:
                pid = _uuid(rng)
                pause_rows.append((pid, stamp, dev, 0, rid, p_start.isoformat(), p_end.isoformat() if p_end else None, reason, note))
                events.append(_ev(rng, dev, case_id, "PAUSED", _stage_payload(r.stage, r.number, reason=reason, note=note), p_start, manager, n * 10 + 1))
                if p_end:
                    events.append(_ev(rng, dev, case_id, "RESUMED", _stage_payload(r.stage, r.number), p_end, manager, n * 10 + 2))
            if r.stage == "PLAN" and locks.meeting.applies(kva):
                events += _meeting_item(lrng, cal, as_of, meetings, meeting_rows, agenda_rows, store.device_id,
                                        dev, stamp, case_id, r, manager, n * 10 + 4)
            if r.stage == "DESIGN_REVIEW" and locks.joint_review.applies(kva, typical):
                events += _joint_review(lrng, review_rows, locks.joint_review.departments, dev, stamp, case_id,
                                        rid, r, manager, n * 10 + 4)
            if r.finished:
                nxt = CHAINED_NEXT.get(r.stage) if r.outcome == "pass" else None
                fin = _stage_payload(r.stage, r.number, r.outcome, nxt)
                events.append(_ev(rng, dev, case_id, "STAGE_FINISHED", fin, r.finished, manager, n * 10 + 3))
        if progress and i % 250 == 0:
            progress(i, cases)  # may raise to cancel: nothing is written before the end

    # hash chains: per device, in the order the events were recorded
    events.sort(key=lambda e: (e[0], e[6], e[7]))
    chain: dict[str, tuple[int, str]] = {}
    ev_stamp = hlc()  # one bulk write: one stamp
    ev_rows = []
    for dev, case_id, kind, payload, effective, actor, recorded, _order in events:
        seq, prev = chain.get(dev, (0, GENESIS))
        seq += 1
        rec = recorded.isoformat(timespec="microseconds")
        eff = effective.isoformat()
        h = event_hash_values(case_id, kind, payload, eff, rec, actor, dev, str(seq), prev)
        ev_rows.append((_uuid(rng), case_id, kind, payload, eff, rec.replace("T", " "), actor, dev, seq, ev_stamp,
                        prev, h))
        chain[dev] = (seq, h)
    if progress:
        progress(cases, cases)  # the last chance to cancel: nothing written yet
    # version vectors (one edit by the writing device) and change numbers, as the flush hook would
    vv_of = {dev: canonical_json({dev: 1}) for dev in devices.values()}
    n = store.lseq
    rows_out = []
    for rows in (case_rows, round_rows, pause_rows, meeting_rows, agenda_rows, review_rows):
        out = []
        for r in rows:
            n += 1
            out.append((*r, vv_of[r[2]], n))
        rows_out.append(out)
    case_rows, round_rows, pause_rows, meeting_rows, agenda_rows, review_rows = rows_out
    ev_rows = [(*r, n + i + 1) for i, r in enumerate(ev_rows)]
    store.lseq = n + len(ev_rows)
    # the other managers' laptops "sent" their data: this database holds each one's signed head
    heads = {dev: sign_head(key, dev, *chain.get(dev, (0, "")), 1) for dev, key in demo_keys.items()}
    _bulk_write(store, device_rows, local_user, case_rows, round_rows, pause_rows, ev_rows, chain,
                (meeting_rows, agenda_rows, review_rows), heads)
    store.reload_identity()
    extra = {}
    if around:
        try:
            extra = build_around(store, as_of, seed, managers, local_user, converted, practice=is_practice(store))
        except Refused as exc:  # its own transaction, rolled back: the cases stay, the refusal is said
            extra = {"refused": str(exc)}
    return {
        "cases": cases,
        "open": sum(1 for r in case_rows if r[21] == "open") + converted,
        "rounds": len(round_rows),
        "pauses": len(pause_rows),
        "events": len(ev_rows),
        "meetings": len(meeting_rows),
        "design_reviews": len(review_rows),
        "as_of": as_of.isoformat(),
        "seed": seed,
        "user": local_user,
        **({"around": extra} if around else {}),
    }


AS_OF = [dt.date.today()]


def _meeting_item(rng, cal, as_of, meetings, meeting_rows, agenda_rows, local_dev, dev, stamp, case_id,
                  r: _Round, manager, order) -> list:
    """The PLAN round ``r`` of a case that needs a review meeting: decided (approving) at the meeting
    of its plan's last day, or, still open, on the agenda of the next meeting after ``as_of``."""
    held_on = r.finished or cal.next_workday_on_or_after(as_of + dt.timedelta(days=1))
    if held_on not in meetings:
        mid = _uuid(rng)
        meetings[held_on] = [mid, 0]
        held_at = dt.datetime.combine(held_on, dt.time(9, 0))
        meeting_rows.append((mid, stamp, local_dev, 0, _ts(held_at), MEETING_PLACE, MEETING_CHAIR,
                             canonical_json(MEETING_DEPARTMENTS), "scheduled", "[]", ""))
    meetings[held_on][1] += 1
    mid, position = meetings[held_on]
    decision, note = None, ""
    if r.finished:
        decision = "approve" if rng.random() < 0.8 else "approve_with_changes"
        note = "按会审意见调整接入点与计量方式" if decision == "approve_with_changes" else ""
    agenda_rows.append((natural_id("meeting_case", mid, case_id), stamp, dev, 0, mid, case_id, position,
                        decision, note, "", held_on.isoformat() if decision else None))
    added = min(r.started, as_of)
    out = [_ev(rng, dev, case_id, "MEETING_AGENDA",
               {"meeting": mid, "held_at": f"{held_on.isoformat()} 09:00"}, added, manager, order)]
    if decision:
        out.append(_ev(rng, dev, case_id, "MEETING_DECIDED", {"meeting": mid, "decision": decision, "note": note},
                       held_on, manager, order + 1))
    return out


def _joint_review(rng, review_rows, departments, dev, stamp, case_id, round_id, r: _Round, manager,
                  order) -> list:
    """A design-review round of a joint-review case, with every joint department among its participants."""
    rv_id = natural_id("design_review", round_id)
    people = [{"name": manager, "dept": "客户经理"}] + [{"name": rng.choice(REVIEWERS), "dept": d} for d in departments]
    outcome = {"pass": "approved", "rectify": "returned"}.get(r.outcome or "")
    institute = rng.choice(INSTITUTES)
    review_rows.append((rv_id, stamp, dev, 0, case_id, round_id, r.number, r.started.isoformat(),
                        r.finished.isoformat() if r.finished else None, institute, "电气主接线图；配电房平面布置图",
                        canonical_json(people), outcome))
    out = [_ev(rng, dev, case_id, "REVIEW_OPENED", {"review": rv_id, "round": r.number, "institute": institute},
               r.started, manager, order),
           _ev(rng, dev, case_id, "REVIEW_PARTICIPANTS", {"review": rv_id, "participants": people}, r.started,
               manager, order + 1)]
    if outcome:
        out.append(_ev(rng, dev, case_id, "REVIEW_CLOSED", {"review": rv_id, "outcome": outcome}, r.finished,
                       manager, order + 2))
    return out


def _ts(t: dt.datetime) -> str:
    return t.isoformat(sep=" ", timespec="microseconds")


def _ev(rng: random.Random, dev, case_id, kind, payload, effective: dt.date, actor, order):
    # most entries are made the same working day; a few days late now and then (reports flag them)
    delay = rng.randint(4, 12) if rng.random() < 0.03 else 0
    if effective + dt.timedelta(days=delay) > AS_OF[0]:
        delay = 0
    recorded = dt.datetime.combine(effective + dt.timedelta(days=delay), dt.time(8, 30)) + dt.timedelta(
        minutes=rng.randint(0, 540), microseconds=order
    )
    text = payload if isinstance(payload, str) else canonical_json(payload)
    return (dev, case_id, kind, text, effective, actor, recorded, order)


@cache
def _stage_payload(stage: str, number: int, outcome: str | None = None, nxt: str | None = None,
                   reason: str | None = None, note: str | None = None) -> str:
    """Stage-event payloads repeat endlessly: serialise each distinct one once."""
    d: dict = {"stage": stage, "round": number}
    if outcome is not None:
        d["outcome"] = outcome
    if nxt is not None:
        d["next"] = nxt
    if reason is not None:
        d["reason"], d["note"] = reason, note
    return canonical_json(d)


__all__ = ["build_demo", "MANAGERS"]


def _bulk_write(store: Store, device_rows, local_user, case_rows, round_rows, pause_rows, ev_rows, chain,
                lock_rows=((), (), ()), heads=None) -> None:
    """One transaction on a connection of its own, in rollback-journal mode for its duration: a
    fresh bulk load then writes its pages once instead of twice (WAL, then checkpoint)."""
    store.engine.dispose()  # no pooled connection may hold the file while the journal mode changes
    conn = keyed.connect(store.path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
        # Rows made here reference each other correctly by construction (and `zaosong check` runs
        # foreign_key_check); a per-row foreign-key probe would double the load time.
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA cache_size=-1000000")  # 1 GB for this load only
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("INSERT INTO device (id, name, is_local, created_at, chain_seq, chain_head, public_key, trusted)"
                             " VALUES (?,?,?,?,?,?,?,?)", device_rows)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('user', ?)", (store.user or local_user,))
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_last', ?)", (store.hlc.now(),))
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('lseq', ?)", (str(store.lseq),))
            if heads:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('signed_heads', ?)",
                             (canonical_json(heads),))
            # Bulk load: secondary indexes are dropped and rebuilt once (a sort) instead of taking 2 million
            # random insertions; rows go in primary-key order for the same reason.
            rebuilt = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
                " AND tbl_name IN ('case', 'stage_round', 'pause', 'case_event')"
            ).fetchall()
            for name, _sql in rebuilt:
                conn.execute(f'DROP INDEX "{name}"')
            case_rows.sort()
            round_rows.sort()
            pause_rows.sort()
            conn.executemany(
                "INSERT INTO \"case\" (id, hlc, device_id, deleted, case_no, customer_name, name_pinyin, name_initials,"
                " account_no, contact, address, township, business_type, supply_kv, capacity_kva, dual_source,"
                " typical_design, green_channel, key_project, manager, applied_on, status, current_stage, created_at, vv, lseq)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                case_rows,
            )
            conn.executemany(
                "INSERT INTO stage_round (id, hlc, device_id, deleted, case_id, seq, stage, round, started_on, finished_on,"
                " outcome, auto_started, vv, lseq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                round_rows,
            )
            conn.executemany(
                "INSERT INTO pause (id, hlc, device_id, deleted, round_id, started_on, ended_on, reason, note, vv, lseq)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                pause_rows,
            )
            ev_rows.sort()
            conn.executemany(
                "INSERT INTO case_event (id, case_id, kind, payload, effective_on, recorded_at, actor, device_id,"
                " device_seq, hlc, prev_hash, hash, lseq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ev_rows,
            )
            meeting_rows, agenda_rows, review_rows = lock_rows
            conn.executemany(
                "INSERT INTO review_meeting (id, hlc, device_id, deleted, held_at, place, chair, departments, status,"
                " history, minutes, vv, lseq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", meeting_rows)
            conn.executemany(
                "INSERT INTO meeting_case (id, hlc, device_id, deleted, meeting_id, case_id, position, decision, note,"
                " representative, decided_on, vv, lseq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", agenda_rows)
            conn.executemany(
                "INSERT INTO design_review (id, hlc, device_id, deleted, case_id, round_id, round, opened_on, closed_on,"
                " institute, drawings, participants, outcome, vv, lseq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                review_rows)
            for _name, sql in rebuilt:
                conn.execute(sql)
            conn.executemany("UPDATE device SET chain_seq=?, chain_head=? WHERE id=?",
                             [(seq, head, dev) for dev, (seq, head) in chain.items()])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()


# --- the practice database (演示库, issue 16) ------------------------------------------------------
# Demo data never goes into the real database: it lives in a file of its own (app.paths.
# practice_db_path), marked so that the window can say, on every screen, that this is practice.
PRACTICE_MARK = "practice"


def is_practice(store: Store) -> bool:
    return store.setting(PRACTICE_MARK) == "1"


def open_practice(path, *, user: str, device_name: str, identity: dict | None = None) -> Store:
    """Open (making it on first use) the practice database at ``path`` for ``user``: the demo cases
    built into it then have this user as one of their managers, so Today has work on it. The
    bureau, station and phone of ``identity`` are copied so its papers look like the real ones.
    Returns the store; its ``created`` tells whether the demo cases still have to be built."""
    from pathlib import Path

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path, user=user or None, device_name=device_name)
    if not is_practice(store):
        with store.session() as s:
            if s.scalar(select(func.count()).select_from(Case)):
                store.dispose()
                raise Refused("practice_not_practice", path=str(path))
            store.set_setting(s, PRACTICE_MARK, "1")
            for key in ("bureau_name", "station", "phone"):
                if identity and identity.get(key):
                    store.set_setting(s, key, identity[key])
        store.created = True
    return store


def remove_practice(path) -> bool:
    """Delete the practice database at ``path`` with its folder (its backups and documents).
    Refuses a file that is not a practice database: the real one is never removed from here.
    Returns False when there was none. The caller has closed it."""
    import shutil
    from pathlib import Path

    path = Path(path)
    if not path.exists():
        return False
    try:
        con = keyed.connect(path, readonly=True)  # encrypted like every database (issue 13)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (PRACTICE_MARK,)).fetchone()
        finally:
            con.close()
    except (Refused, *keyed.Error):
        row = None
    if not row or row[0] != "1":
        raise Refused("practice_not_practice", path=str(path))
    folder = path.parent
    if folder.name == "practice" and all(p.name.startswith(path.stem) or p.name in ("backups", "documents")
                                         or p.name.startswith(".") for p in folder.iterdir()):
        shutil.rmtree(folder)
    else:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return True
