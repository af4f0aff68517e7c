"""Performance points (绩效积分, issue 21): the append-only ledger derived from finished cases, the
simulation of open ones, adjustments, appeals and the supervisor's labelled recalculation.

Posting is an explicit step (``post_finished``); every view here only reads. Who may recalculate
and who may decide adjustments and appeals is the roles document in force (``app.points_authority``,
where the trust model is written out): checked before each such write, and again on every read, so
a row made without authority (arrived by sync, say) is listed as refused with its author and not
counted.

The formula itself is ``app.points_calc`` (pure); this module gathers its inputs from the shared
tables: the case clock under the internal rule set (per-round working days and limits), the cause
of each late stage (``CaseEvaluation.causes``), the customer's OVERALL answer of a counted
follow-up (done, not self-reported) and the survey and review participants.

A case is posted under the rule in force on the day it finished (``in_force_on``); postings are
never changed: a new rule version changes nothing already posted unless a supervisor runs a
labelled recalculation, which reverses the old postings and posts the new ones. Postings have
natural ids (case, person, role, rule version, label), so two laptops deriving the same posting
meet as one row in sync.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app import fields, periods, points_authority, points_calc
from app.clock import RoundData, clock_round
from app.errors import Refused
from app.ledger.export import Col, write_rows
from app.models import (
    Case,
    CaseEvaluation,
    DesignReview,
    FollowUp,
    MeetingCase,
    PointsPosting,
    PointsRequest,
    ReviewMeeting,
    StageRound,
    Survey,
    natural_id,
)
from app.services.cases import case_data, get_case
from app.services.changes import Changes
from app.services.checks import today_of
from app.services.settings import document_identity
from app.store import canonical_json, store_of, utcnow

KIND = "points_rules"
QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])\Z")
# The old local switch ``points_supervisor`` (meta) is ignored: authority is the roles document's.
MAX_ADJUST = 1000.0


def check_month(text: str) -> str:
    periods.month_range(text)
    return text.strip()


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_of_quarter(text: str) -> list[str]:
    m = QUARTER_RE.match(text.strip() if isinstance(text, str) else "")
    if not m:
        raise Refused("points_bad_quarter", value=str(text)[:20])
    y, q = int(m.group(1)), int(m.group(2))
    return [f"{y:04d}-{3 * (q - 1) + i:02d}" for i in (1, 2, 3)]


def authority(s: Session, as_of: dt.date | None = None) -> dict:
    """What this database's user may do on ``as_of`` (today): {recalculate, decide, levels, roles, user}."""
    store = store_of(s)
    day = as_of or today_of(store)
    return {**points_authority.summary(store.config(s), store.user, day), "user": store.user, "on": day.isoformat()}


def _require(s: Session, action: str, day: dt.date) -> None:
    store = store_of(s)
    points_authority.require(store.config(s), action, store.user, day)


# --- inputs --------------------------------------------------------------------------------------
def finished_day(case: Case) -> dt.date | None:
    """The day the case was energised (its ENERGIZE round passed), None while open."""
    days = [r.finished_on for r in case.rounds if r.stage == "ENERGIZE" and not r.deleted and r.finished_on
            and r.outcome != "rectify"]
    return max(days) if days else None


def _names(raw: str) -> list[str]:
    try:
        rows = json.loads(raw or "[]")
    except ValueError:
        return []
    out = []
    for r in rows if isinstance(rows, list) else []:
        name = r.get("name") if isinstance(r, dict) else r if isinstance(r, str) else None
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def _best_rating(rows) -> int | None:
    """The OVERALL answer (1..5) of the latest of ``rows`` (done_on, created_at, answers) having one."""
    for _done, _created, answers in sorted(rows, key=lambda r: (r[0], r[1]), reverse=True):
        try:
            v = json.loads(answers or "{}").get("OVERALL")
        except (ValueError, AttributeError):
            continue
        if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5:
            return v
    return None


def _causes(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {st: c["code"] for st, c in data.items() if isinstance(c, dict) and isinstance(c.get("code"), str)}


CHUNK = 500  # ids per IN (...) query: far below SQLite's variable limit


def inputs_of(s: Session, case_ids: list[str]) -> dict[str, dict]:
    """What the formula reads besides the clock, for many cases in a few queries: {case id: {rating,
    causes, surveyed, reviewed}}. The rating is the customer's OVERALL answer of the latest counted
    follow-up (done, not recorded by the case's own manager), None when there is none (pending); the
    causes come from the case evaluation; review participants are the design-review rounds' and the
    chairs of the review meetings that decided on the case."""
    out = {cid: {"rating": None, "causes": {}, "surveyed": [], "reviewed": []} for cid in case_ids}
    for i in range(0, len(case_ids), CHUNK):
        chunk = case_ids[i:i + CHUNK]
        ratings: dict[str, list] = {}
        for cid, done, created, answers in s.execute(select(
                FollowUp.case_id, FollowUp.done_on, FollowUp.created_at, FollowUp.answers).where(
                FollowUp.case_id.in_(chunk), FollowUp.deleted.is_(False), FollowUp.done_on.is_not(None),
                FollowUp.self_reported.is_(False))):
            ratings.setdefault(cid, []).append((done, created, answers))
        for cid, rows in ratings.items():
            out[cid]["rating"] = _best_rating(rows)
        for cid, raw in s.execute(select(CaseEvaluation.case_id, CaseEvaluation.causes).where(
                CaseEvaluation.case_id.in_(chunk), CaseEvaluation.deleted.is_(False))):
            out[cid]["causes"] = _causes(raw)
        for cid, raw in s.execute(select(Survey.case_id, Survey.participants).where(
                Survey.case_id.in_(chunk), Survey.deleted.is_(False))):
            out[cid]["surveyed"] += _names(raw)
        for cid, raw in s.execute(select(DesignReview.case_id, DesignReview.participants).where(
                DesignReview.case_id.in_(chunk), DesignReview.deleted.is_(False)).order_by(DesignReview.round)):
            out[cid]["reviewed"] += _names(raw)
        for cid, chair in s.execute(select(MeetingCase.case_id, ReviewMeeting.chair).join(
                ReviewMeeting, MeetingCase.meeting_id == ReviewMeeting.id).where(
                MeetingCase.case_id.in_(chunk), MeetingCase.deleted.is_(False), MeetingCase.decision.is_not(None),
                ReviewMeeting.status == "scheduled").order_by(ReviewMeeting.held_at)):
            if chair:
                out[cid]["reviewed"].append(chair)
    for v in out.values():
        v["surveyed"] = list(dict.fromkeys(v["surveyed"]))
        v["reviewed"] = list(dict.fromkeys(v["reviewed"]))
    return out


def rating_of(s: Session, case_id: str) -> int | None:
    return inputs_of(s, [case_id])[case_id]["rating"]


def load_cases(s: Session, case_ids: list[str]) -> dict[str, Case]:
    """The cases with their rounds and pauses, in a few queries (not one per round)."""
    out: dict[str, Case] = {}
    for i in range(0, len(case_ids), CHUNK):
        q = select(Case).where(Case.id.in_(case_ids[i:i + CHUNK])).options(
            selectinload(Case.rounds).selectinload(StageRound.pauses))
        out.update({c.id: c for c in s.scalars(q)})
    return out


def _island(cfg, township: str) -> bool:
    try:
        rows = cfg.doc("townships").data["townships"]
    except Refused:
        return False
    return any(township in (r["name"], r["code"]) and r.get("island") for r in rows)


def facts_of(s: Session, case: Case, rule: dict, as_of: dt.date, *, rating: bool = True,
             inputs: dict | None = None) -> points_calc.CaseFacts:
    """The formula's inputs for one case as of ``as_of`` (``inputs``: its entry of ``inputs_of``,
    when gathered for many cases at once)."""
    store = store_of(s)
    cfg = store.config(s)
    rs = next((r for r in cfg.rule_sets if r.id == rule["time"]["rule_set"]), None)
    if rs is None:
        raise Refused("points_no_rule_set", rule_set=rule["time"]["rule_set"])
    data = case_data(case)
    rounds = []
    for r in data.rounds:
        if r.started_on > as_of:
            continue
        clipped = RoundData(r.stage, r.round, r.started_on, r.finished_on if r.finished_on and r.finished_on <= as_of
                            else None, r.outcome, r.pauses)
        c = clock_round(store.calendar, rs, data.facts, clipped, as_of)
        rounds.append(points_calc.RoundFact(c.code, c.round, c.limit_wd, c.elapsed_wd))
    got = inputs if inputs is not None else inputs_of(s, [case.id])[case.id]
    return points_calc.CaseFacts(
        case_no=case.case_no, business_type=case.business_type, capacity_kva=case.capacity_kva,
        dual_source=case.dual_source, township=case.township, island=_island(cfg, case.township),
        manager=case.manager, rounds=rounds, causes=got["causes"], rating=got["rating"] if rating else None,
        survey_people=got["surveyed"], review_people=got["reviewed"])


def rule_on(s: Session, day: dt.date):
    """The point rule (a ``DataDoc``) in force on ``day``."""
    return store_of(s).config(s).in_force_on(KIND, day)


def rule_label(doc) -> str:
    return f"{doc.id}@{doc.version}"


# --- the ledger ---------------------------------------------------------------------------------
def _live_case_postings(s: Session, case_id: str | None = None, month: str | None = None) -> list[PointsPosting]:
    """Case postings not reversed by a recalculation (only postings that count: made with authority)."""
    q = select(PointsPosting).where(PointsPosting.deleted.is_(False))
    if case_id:
        q = q.where(PointsPosting.case_id == case_id)
    if month:
        q = q.where(PointsPosting.month == month)
    v = points_authority.AuthorityChecks(store_of(s).config(s))
    rows = [p for p in s.scalars(q).all() if not v.posting(p)]
    # a reversal keeps the month of what it reverses, so one month's rows are enough
    reversed_ids = {p.reverses for p in rows if p.kind == "reversal" and p.reverses}
    return [p for p in rows if p.kind == "case" and p.id not in reversed_ids]


def _add(s: Session, store, **kw) -> PointsPosting:
    p = PointsPosting(created_by=store.user, created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id, **kw)
    s.add(p)
    return p


def _post_case(s: Session, store, case: Case, doc, res: points_calc.CaseResult, month: str, label: str = "",
               existing: set[str] | None = None, on: dt.date | None = None) -> list:
    """The case's postings under ``doc``; one already there (same natural id: derived on another
    laptop and arrived by sync) is not posted twice. ``existing``: the posting ids known already."""
    out = []
    detail = {"case_no": case.case_no, "case_formula": res.formula, "parts": res.parts}
    if on is not None:
        detail["on"] = on.isoformat()  # the day a recalculation's authority is checked on
    for sh in res.shares:
        pid = natural_id("points_posting", case.id, sh.person, sh.role, rule_label(doc), label)
        if (pid in existing) if existing is not None else (s.get(PointsPosting, pid) is not None):
            continue
        out.append(_add(s, store, id=pid, month=month, person=sh.person, role=sh.role, kind="case", case_id=case.id,
                        rule=rule_label(doc), formula=f"{res.formula}; {sh.formula}", value=sh.value,
                        detail=canonical_json({**detail, "share": sh.formula}), label=label))
    return out


def _finished_days(s: Session, since: dt.date | None = None, until: dt.date | None = None) -> dict[str, dt.date]:
    """{case id: the day it was energised} of the finished cases, in one query (no ORM rows)."""
    q = (select(StageRound.case_id, func.max(StageRound.finished_on))
         .join(Case, Case.id == StageRound.case_id)
         .where(StageRound.stage == "ENERGIZE", StageRound.finished_on.is_not(None), StageRound.deleted.is_(False),
                or_(StageRound.outcome.is_(None), StageRound.outcome != "rectify"), Case.status == "finished",
                Case.deleted.is_(False))
         .group_by(StageRound.case_id))
    out = dict(s.execute(q).all())
    return {k: d for k, d in out.items() if (since is None or d >= since) and (until is None or d <= until)}


def _posted_cases(s: Session) -> set[str]:
    """Cases with their replayed posting (no label: a labelled one is a recalculation's, which
    needs authority; one arriving alone does not make a case posted)."""
    return set(s.scalars(select(PointsPosting.case_id).where(
        PointsPosting.kind == "case", PointsPosting.label == "", PointsPosting.deleted.is_(False)).distinct()).all())


def _followed_up(s: Session) -> set[str]:
    """Cases with a counted follow-up (done, not self-reported): only these can be posted."""
    return set(s.scalars(select(FollowUp.case_id).where(
        FollowUp.deleted.is_(False), FollowUp.done_on.is_not(None), FollowUp.self_reported.is_(False)).distinct()).all())


def _month_days(month: str) -> tuple[dt.date, dt.date]:
    y, m = int(month[:4]), int(month[5:])
    return dt.date(y, m, 1), dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def post_finished(s: Session, as_of: dt.date | None = None, month: str | None = None) -> dict:
    """The explicit posting step: replay the finished cases (energised on or before ``as_of``, in
    ``month`` if given) not yet posted, each under the rule in force on the day it finished. A case
    without its counted follow-up stays pending. Idempotent: a second run posts nothing. Returns
    {posted: cases, postings: rows, pending: cases, month, as_of}."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    first = last = None
    if month is not None:
        month = check_month(month)
        first, last = _month_days(month)
    posted_cases = _posted_cases(s)
    todo = {k: d for k, d in _finished_days(s, first, min(last, as_of) if last else as_of).items()
            if k not in posted_cases}
    rated = _followed_up(s)
    posted = pending = rows = 0
    order = sorted(todo, key=lambda k: (todo[k], k))
    pending = sum(1 for k in order if k not in rated)
    ready = [k for k in order if k in rated]
    with s.no_autoflush:  # the postings are new rows: no query below needs them flushed first
        for i in range(0, len(ready), CHUNK):
            chunk = ready[i:i + CHUNK]
            loaded, inputs = load_cases(s, chunk), inputs_of(s, chunk)
            existing = set(s.scalars(select(PointsPosting.id).where(PointsPosting.case_id.in_(chunk))).all())
            for case_id in chunk:
                day = todo[case_id]
                doc = rule_on(s, day)
                res = points_calc.compute(doc.data, facts_of(s, loaded[case_id], doc.data, day, inputs=inputs[case_id]))
                if res.status == "pending":
                    pending += 1
                    continue
                rows += len(_post_case(s, store, loaded[case_id], doc, res, month_of(day), existing=existing))
                posted += 1
            s.flush()
    s.flush()
    return {"posted": posted, "postings": rows, "pending": pending, "month": month, "as_of": as_of.isoformat()}


def _posting_json(p: PointsPosting, case_nos: dict[str, str], refused: str = "") -> dict:
    return {"id": p.id, "month": p.month, "person": p.person, "role": p.role, "kind": p.kind,
            "case_no": case_nos.get(p.case_id or "", None), "rule": p.rule, "formula": p.formula,
            "value": p.value, "label": p.label, "reverses": p.reverses, "request_id": p.request_id,
            "created_by": p.created_by, "created_at": p.created_at.isoformat(timespec="seconds") + "Z",
            **({"refused": refused} if refused else {})}


def ledger(s: Session, month: str, manager: str | None = None, as_of: dt.date | None = None) -> dict:
    """The month's postings that count (every kind, oldest first), per person totals, those refused
    (made without authority: listed with their author, not counted), and the cases finished in the
    month not posted yet: ``unposted`` (ready: the explicit posting step will post them) and
    ``pending`` (no counted follow-up yet). Only reads."""
    month = check_month(month)
    q = select(PointsPosting).where(PointsPosting.month == month, PointsPosting.deleted.is_(False))
    if manager:
        q = q.where(PointsPosting.person == manager)
    rows = s.scalars(q.order_by(PointsPosting.created_at, PointsPosting.id)).all()
    ids = {p.case_id for p in rows if p.case_id}
    case_nos = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids))).all()) if ids else {}
    v = points_authority.AuthorityChecks(store_of(s).config(s))
    counted, refused = [], []
    for p in rows:
        why = v.posting(p)
        (refused if why else counted).append(_posting_json(p, case_nos, why))
    totals: dict[str, float] = {}
    for p in counted:
        totals[p["person"]] = round(totals.get(p["person"], 0.0) + p["value"], 2)
    as_of = as_of or today_of(store_of(s))
    first, last = _month_days(month)
    waiting = _unposted(s, first, min(last, as_of), manager)
    return {"month": month, "manager": manager, "postings": counted,
            "totals": [{"person": k, "points": v} for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))],
            "refused": refused,
            "unposted": [w for w in waiting if w["why"] == "not_posted"],
            "pending": [w for w in waiting if w["why"] == "no_follow_up"]}


def _unposted(s: Session, first: dt.date | None, last: dt.date, manager: str | None = None) -> list[dict]:
    """The cases finished between ``first`` and ``last`` not posted yet, by case number: why
    ``not_posted`` (ready for the posting step) or ``no_follow_up`` (pending)."""
    days = _finished_days(s, first, last)
    posted = _posted_cases(s)
    waiting = [k for k in days if k not in posted]
    if not waiting:
        return []
    rated = _followed_up(s)
    out = []
    for i in range(0, len(waiting), CHUNK):
        q = select(Case.id, Case.case_no, Case.manager).where(Case.id.in_(waiting[i:i + CHUNK]))
        if manager:
            q = q.where(Case.manager == manager)
        out += [{"case_no": no, "manager": mgr, "finished_on": days[cid].isoformat(),
                 "why": "not_posted" if cid in rated else "no_follow_up"} for cid, no, mgr in s.execute(q).all()]
    return sorted(out, key=lambda x: x["case_no"])


def unposted_count(s: Session, as_of: dt.date | None = None) -> int:
    """How many finished cases (energised by ``as_of``) are ready to post and not posted, in every month."""
    as_of = as_of or today_of(store_of(s))
    rated = _followed_up(s)
    posted = _posted_cases(s)
    return sum(1 for k in _finished_days(s, until=as_of) if k in rated and k not in posted)


def ranking(s: Session, quarter: str) -> dict:
    """The quarter's points per person, highest first (ties share a rank)."""
    months = months_of_quarter(quarter)
    rows = s.execute(select(PointsPosting.person, PointsPosting.month, PointsPosting.value, PointsPosting.kind,
                            PointsPosting.label, PointsPosting.created_by, PointsPosting.detail,
                            PointsPosting.created_at).where(
        PointsPosting.month.in_(months), PointsPosting.deleted.is_(False))).all()
    verdicts = points_authority.AuthorityChecks(store_of(s).config(s))
    per: dict[str, dict[str, float]] = {}
    for row in rows:
        if verdicts.posting(row):
            continue  # made without authority: not counted (the ledger lists it as refused)
        person, m, v = row.person, row.month, row.value
        d = per.setdefault(person, {k: 0.0 for k in months})
        d[m] = round(d[m] + v, 2)
    table = sorted(({"person": p, "months": d, "points": round(sum(d.values()), 2)} for p, d in per.items()),
                   key=lambda r: (-r["points"], r["person"]))
    rank, last = 0, None
    for i, r in enumerate(table, 1):
        if r["points"] != last:
            rank, last = i, r["points"]
        r["rank"] = rank
    return {"quarter": quarter.strip(), "months": months, "ranking": table}


def simulate(s: Session, as_of: dt.date | None = None, manager: str | None = None) -> dict:
    """What the open cases would earn if energised on ``as_of`` (today): the rule in force that day,
    the clock as it stands, no rating yet (no follow-up can exist)."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    doc = rule_on(s, as_of)
    q = select(Case.id).where(Case.status == "open", Case.deleted.is_(False), Case.applied_on <= as_of)
    if manager:
        q = q.where(Case.manager == manager)
    ids = list(s.scalars(q.order_by(Case.case_no)))
    out = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        loaded, inputs = load_cases(s, chunk), inputs_of(s, chunk)
        for cid in chunk:
            case = loaded[cid]
            res = points_calc.compute(doc.data, facts_of(s, case, doc.data, as_of, rating=False, inputs=inputs[cid]),
                                      simulate=True)
            out.append({"case_no": case.case_no, "manager": case.manager, **res.to_json()})
    return {"as_of": as_of.isoformat(), "rule": rule_label(doc), "cases": out}


# --- adjustments and appeals -----------------------------------------------------------------------
def _points_value(points) -> float:
    if isinstance(points, bool) or not isinstance(points, (int, float)) or points != points \
            or not -MAX_ADJUST <= points <= MAX_ADJUST or points == 0:
        raise Refused("points_bad_points", lo=-MAX_ADJUST, hi=MAX_ADJUST)
    return round(float(points), 2)


def _not_self(store, person: str) -> None:
    me = store.user.strip()
    if not me or me == person:
        raise Refused("points_self", person=person)


def adjust(s: Session, person: str, points, reason: str, month: str | None = None,
           decision: str = "") -> Changes:
    """An adjustment of ``person``'s points by someone else who may decide (the roles document in
    force today), decided as it is made: a request row (reason, decision) and its posting."""
    store = store_of(s)
    person = fields.POINTS_PERSON.check(person)
    _not_self(store, person)
    value = _points_value(points)
    reason = fields.POINTS_REASON.check(reason)
    decision = fields.POINTS_DECISION_OPTIONAL.check(decision) or reason
    today = today_of(store)
    _require(s, "decide", today)
    month = check_month(month) if month else month_of(today)
    req = PointsRequest(kind="adjustment", person=person, month=month, points=value, reason=reason,
                        status="accepted", decision=decision, decided_by=store.user, decided_on=today,
                        created_by=store.user, created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id)
    s.add(req)
    s.flush()
    _add(s, store, month=month, person=person, role="adjust", kind="adjustment", formula=f"调整 {value:+g}({reason})",
         value=value, detail=canonical_json({"reason": reason, "decision": decision, "on": today.isoformat()}),
         request_id=req.id)
    s.flush()
    return Changes(created_id=req.id)


def appeal(s: Session, reason: str, month: str | None = None, case_ref: str | None = None,
           points=None) -> Changes:
    """An appeal (申诉) by the current user about their own points of a month (or of one case)."""
    store = store_of(s)
    me = fields.POINTS_USER.check(store.user)
    reason = fields.POINTS_REASON.check(reason)
    case = get_case(s, case_ref) if case_ref else None
    if month is None:
        day = finished_day(case) if case else None
        month = month_of(day or today_of(store))
    month = check_month(month)
    req = PointsRequest(kind="appeal", person=me, month=month, case_id=case.id if case else None,
                        points=_points_value(points) if points is not None else None, reason=reason,
                        status="pending", created_by=me, created_at=utcnow(), hlc=store.hlc.now(),
                        device_id=store.device_id)
    s.add(req)
    s.flush()
    return Changes(created_id=req.id)


def decide(s: Session, request_id: str, accept: bool, decision: str, points=None) -> Changes:
    """Decide an appeal: never by the appellant, only by someone who may decide (the roles
    document in force today). Accepting with points posts them as an adjustment."""
    store = store_of(s)
    req = _request(s, request_id)
    if req.kind != "appeal" or req.status != "pending":
        raise Refused("points_not_pending", id=req.id[:8])
    _not_self(store, req.person)
    today = today_of(store)
    _require(s, "decide", today)
    decision = fields.POINTS_DECISION.check(decision)
    value = None
    if accept:
        pts = points if points is not None else req.points
        value = _points_value(pts) if pts is not None else None
    req.status = "accepted" if accept else "rejected"
    req.decision, req.decided_by, req.decided_on = decision, store.user, today
    req.hlc, req.device_id = store.hlc.now(), store.device_id
    if value is not None:
        _add(s, store, month=req.month, person=req.person, role="adjust", kind="adjustment", case_id=req.case_id,
             formula=f"申诉 {value:+g}({req.reason};{decision})", value=value,
             detail=canonical_json({"reason": req.reason, "decision": decision, "on": today.isoformat()}),
             request_id=req.id)
    s.flush()
    return Changes(created_id=req.id)


def _request(s: Session, ref: str) -> PointsRequest:
    ref = (ref or "").strip().lower()
    rows = s.scalars(select(PointsRequest).where(PointsRequest.id.startswith(ref), PointsRequest.deleted.is_(False))
                     ).all() if len(ref) >= 6 else []
    if len(rows) != 1:
        raise Refused("points_no_request", ref=ref[:40])
    return rows[0]


def requests(s: Session, month: str | None = None, person: str | None = None) -> list[dict]:
    q = select(PointsRequest).where(PointsRequest.deleted.is_(False))
    if month:
        q = q.where(PointsRequest.month == check_month(month))
    if person:
        q = q.where(PointsRequest.person == person)
    rows = s.scalars(q.order_by(PointsRequest.created_at)).all()
    ids = {r.case_id for r in rows if r.case_id}
    nos = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids))).all()) if ids else {}
    v = points_authority.AuthorityChecks(store_of(s).config(s))
    # ``refused``: the decision was made without authority (or on one's own points): it does not count
    return [{"id": r.id, "kind": r.kind, "person": r.person, "month": r.month, "case_no": nos.get(r.case_id or ""),
             "points": r.points, "reason": r.reason, "status": r.status, "decision": r.decision,
             "decided_by": r.decided_by, "decided_on": r.decided_on.isoformat() if r.decided_on else None,
             "created_by": r.created_by, "refused": v.request(r)} for r in rows]


# --- the labelled recalculation --------------------------------------------------------------------
def recalc(s: Session, month: str, label: str, *, post: bool = False, as_of: dt.date | None = None) -> dict:
    """Recompute the month's posted cases under the point rule in force now and list the differences
    per case and person. ``post`` (only by someone the roles document in force on ``as_of`` lets
    recalculate): reverse each changed case's postings and post the new ones, all carrying ``label``.
    Without it nothing is written (the preview)."""
    store = store_of(s)
    month = check_month(month)
    label = fields.POINTS_LABEL.check(label)
    as_of = as_of or today_of(store)
    if post:
        _require(s, "recalculate", as_of)
    if post and s.scalar(select(PointsPosting.id).where(PointsPosting.month == month, PointsPosting.label == label)):
        raise Refused("points_label_used", label=label, month=month)
    doc = rule_on(s, as_of)
    live = _live_case_postings(s, month=month)
    by_case: dict[str, list[PointsPosting]] = {}
    for p in live:
        by_case.setdefault(p.case_id, []).append(p)
    diffs = []
    for case_id, old in sorted(by_case.items(), key=lambda kv: kv[0]):
        case = s.get(Case, case_id)
        day = finished_day(case) or as_of
        res = points_calc.compute(doc.data, facts_of(s, case, doc.data, day))
        if res.status == "pending":
            continue
        before = {(p.person, p.role): p.value for p in old}
        after = {(sh.person, sh.role): sh.value for sh in res.shares}
        if before == after:
            continue
        people = sorted(set(before) | set(after))
        diffs.append({"case_no": case.case_no, "old_rule": sorted({p.rule for p in old})[0], "new_rule": rule_label(doc),
                      "formula": res.formula,
                      "people": [{"person": k[0], "role": k[1], "old": before.get(k, 0.0), "new": after.get(k, 0.0),
                                  "delta": round(after.get(k, 0.0) - before.get(k, 0.0), 2)} for k in people]})
        if post:
            for p in old:
                _add(s, store, month=month, person=p.person, role=p.role, kind="reversal", case_id=case_id,
                     rule=p.rule, formula=f"冲销 {p.value:g}(重算「{label}」)", value=-p.value,
                     detail=canonical_json({"reverses": p.id, "on": as_of.isoformat()}), reverses=p.id, label=label)
            _post_case(s, store, case, doc, res, month, label=label, on=as_of)
    s.flush()
    return {"month": month, "label": label, "rule": rule_label(doc), "posted": bool(post), "cases": diffs,
            "delta": round(sum(x["delta"] for d in diffs for x in d["people"]), 2)}


# --- the monthly statement (积分明细) ----------------------------------------------------------------
def statement(s: Session, month: str, person: str) -> dict:
    """What the monthly 积分明细 of one person prints: every posting with its formula, the total, the
    pending cases and the person's requests (reasons and decisions)."""
    store = store_of(s)
    led = ledger(s, month, person)
    return {**document_identity(store), "month": led["month"], "person": person, "postings": led["postings"],
            "total": round(sum(p["value"] for p in led["postings"]), 2), "pending": led["pending"],
            "unposted": led["unposted"],
            "refused": led["refused"], "requests": requests(s, month, person)}


# --- workbooks -------------------------------------------------------------------------------------
def export_statement(data: dict, out) -> object:
    """The monthly 积分明细 as a workbook: one row per posting with its formula, the same numbers
    as the PDF and the JSON."""
    cols = [Col("月份"), Col("人员"), Col("工单"), Col("类别"), Col("角色"), Col("规则"), Col("计算过程"),
            Col("积分", "number"), Col("重算标签"), Col("记账人"), Col("记账时间")]
    rows = ([p["month"], p["person"], p["case_no"], p["kind"], p["role"], p["rule"], p["formula"], p["value"],
             p["label"], p["created_by"], p["created_at"]] for p in data["postings"])
    about = {"内容": f"{data['month']} 绩效积分明细", "人员": data.get("person") or "全部",
             "合计": f"{data['total']:g}", "待定工单": "、".join(p["case_no"] for p in data.get("pending", [])) or "无"}
    return write_rows(out, "积分明细", cols, rows, about=about)


def export_ranking(data: dict, out) -> object:
    """The quarterly ranking as a workbook: rank, person, each month and the quarter's points."""
    cols = [Col("名次", "int"), Col("人员"), *[Col(m, "number") for m in data["months"]], Col("季度合计", "number")]
    rows = ([r["rank"], r["person"], *[r["months"][m] for m in data["months"]], r["points"]] for r in data["ranking"])
    return write_rows(out, "季度排名", cols, rows, about={"内容": f"{data['quarter']} 绩效积分排名"})
