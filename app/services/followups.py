"""Follow-ups of finished cases (回访/走访, issue 20): recording one, the actions a customer's
opinions become, what is due, satisfaction, coverage and the 时间偏差 (a customer's own dates that
differ from the recorded ones).

Read functions return plain dicts with dates as ISO strings: the bulletins and the performance
points call ``satisfaction``, ``deviations``, ``coverage`` and ``due`` with these signatures.
Every number that is a policy (the follow-up delay, which scores are "satisfied", the deviation
threshold) comes from the ``aftercare`` data document, the questions from ``questionnaire``.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import aftercare, fields
from app.errors import Refused
from app.models import Action, Case, FollowUp, StageRound
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import parse_date, today_of
from app.store import store_of, utcnow
from app.townships import station_of

MODES = ("visit", "phone", "wechat", "other")
ACTION_KINDS = ("followup", "analysis")


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def energized_on(s: Session, case_id: str) -> dt.date | None:
    """The day the case was energised (its last ENERGIZE round passed), None while open."""
    rows = s.execute(select(StageRound.finished_on, StageRound.outcome).where(
        StageRound.case_id == case_id, StageRound.stage == "ENERGIZE", StageRound.deleted.is_(False),
        StageRound.finished_on.is_not(None))).all()
    days = [d for d, outcome in rows if outcome != "rectify"]
    return max(days) if days else None


def energized_between(s: Session, start: dt.date, end: dt.date) -> dict[str, dt.date]:
    """{case id: energised on} of the live cases energised from ``start`` to ``end`` (inclusive)."""
    out: dict[str, dt.date] = {}
    q = (select(StageRound.case_id, StageRound.finished_on).join(Case, Case.id == StageRound.case_id)
         .where(StageRound.stage == "ENERGIZE", StageRound.deleted.is_(False), Case.deleted.is_(False),
                Case.status == "finished", StageRound.finished_on >= start, StageRound.finished_on <= end))
    for cid, day in s.execute(q):
        out[cid] = max(day, out.get(cid, day))
    return out


def _questions(cfg) -> tuple[dict, dict[str, str]]:
    """The questionnaire in force and {code or name: code} for parsing answers."""
    qn = aftercare.questionnaire(cfg)
    names = {}
    for q in qn["questions"]:
        names[q["code"]] = q["code"]
        names[q["code"].lower()] = q["code"]
        names[q["name"]] = q["code"]
    return qn, names


def parse_answers(s: Session, answers: dict | str | None) -> dict[str, int]:
    """Answers as {question code: score}, from a dict or a text "总体满意=5,时限=4" (names or codes).
    A question not given stays absent; an unknown question, a repeated one or a score outside the
    questionnaire's scale is refused."""
    qn, names = _questions(store_of(s).config(s))
    lo, hi = qn["scale"]["min"], qn["scale"]["max"]
    if answers is None or answers == "":
        return {}
    pairs: list[tuple[str, object]] = []
    if isinstance(answers, dict):
        pairs = list(answers.items())
    else:
        for part in str(answers).replace("，", ",").split(","):
            part = part.strip()
            if not part:
                continue
            key, sep, value = part.partition("=")
            if not sep:
                raise Refused("after_bad_answer", value=part)
            pairs.append((key.strip(), value.strip()))
    out: dict[str, int] = {}
    for key, value in pairs:
        code = names.get(str(key).strip())
        if code is None:
            raise Refused("after_unknown_question", value=key,
                          known="、".join(q["name"] for q in qn["questions"]))
        if code in out:
            raise Refused("after_repeated_question", value=key)
        try:
            score = int(str(value).strip()) if not isinstance(value, bool) else None
        except ValueError:
            score = None
        if score is None or str(score) != str(value).strip() or not lo <= score <= hi:
            raise Refused("after_bad_score", question=key, value=value, lo=lo, hi=hi)
        out[code] = score
    return out


def add_followup(s: Session, ref: str, on: dt.date | str, by: str, mode: str, answers=None,
                 customer_applied=None, customer_energized=None, text: str = "") -> Changes:
    """Record a follow-up of a finished case done on ``on`` by ``by``. Done by the case's own
    manager, or recorded by them (this database's user is the manager), it is self-reported: kept
    and shown, never counted in satisfaction; a follow-up counts when someone else records it."""
    store = store_of(s)
    case = get_case(s, ref)
    on = parse_date(on)
    mode = (mode or "").strip().lower()
    if mode not in MODES:
        raise Refused("after_bad_mode", value=mode, modes=", ".join(MODES))
    by = fields.FOLLOWUP_BY.check(by)
    text = fields.FOLLOWUP_TEXT.check(text)
    power_on = energized_on(s, case.id)
    if case.status != "finished" or power_on is None:
        raise Refused("after_not_finished", case_no=case.case_no)
    store.calendar.require_covered(on)
    if on < power_on:
        raise Refused("after_before_power_on", on=on.isoformat(), energized=power_on.isoformat())
    today = today_of(store)
    if on > today:
        raise Refused("date_in_future", on=on.isoformat(), today=today.isoformat())
    applied = parse_date(customer_applied) if customer_applied else None
    energized = parse_date(customer_energized) if customer_energized else None
    for d in (applied, energized):
        if d is not None and d > on:
            raise Refused("after_customer_date_later", on=d.isoformat(), done=on.isoformat())
    parsed = parse_answers(s, answers)
    cfg = store.config(s)
    qn = aftercare.questionnaire(cfg)
    planned = store.calendar.add_workdays(power_on, aftercare.settings(cfg)["followup_after_wd"])
    f = FollowUp(case_id=case.id, planned_on=planned, done_on=on, mode=mode, by_name=by,
                 self_reported=bool(case.manager) and case.manager in (by, store.user), questionnaire=qn["ref"],
                 answers=json.dumps(parsed, ensure_ascii=False, sort_keys=True), text=text,
                 customer_applied_on=applied, customer_energized_on=energized, created_at=utcnow(),
                 hlc=store.hlc.now(), device_id=store.device_id)
    s.add(f)
    s.flush()
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=f.id)


def _case_of_owner(s: Session, kind: str, owner_id: str) -> str | None:
    if kind == "followup":
        f = s.get(FollowUp, owner_id)
        if f is None or f.deleted:
            raise Refused("after_no_followup", ref=owner_id)
        return f.case_id
    return None


def add_action(s: Session, kind: str, owner_id: str, text: str, owner: str, due: dt.date | str,
               case_id: str | None = None) -> Changes:
    """An action (整改/改进措施) a follow-up's opinion or an analysis meeting leaves ``owner`` to do by ``due``."""
    store = store_of(s)
    if kind not in ACTION_KINDS:
        raise Refused("after_bad_mode", value=kind, modes=", ".join(ACTION_KINDS))
    text = fields.ACTION_TEXT.check(text)
    owner = fields.ACTION_OWNER.check(owner)
    due = parse_date(due)
    store.calendar.require_covered(due)
    case_id = _case_of_owner(s, kind, owner_id) or case_id
    a = Action(owner_kind=kind, owner_id=owner_id, case_id=case_id, text=text, owner=owner, due_on=due,
               created_by=store.user, created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id)
    s.add(a)
    s.flush()
    return Changes.of_cases([case_id] if case_id else [], created_id=a.id)


def finish_action(s: Session, action_id: str, on: dt.date | str, note: str = "",
                  kinds: tuple[str, ...] = ACTION_KINDS) -> Changes:
    """Mark an action done on ``on`` (done is a date, never a deletion)."""
    store = store_of(s)
    a = s.get(Action, (action_id or "").strip())
    if a is None or a.deleted or a.owner_kind not in kinds:
        raise Refused("after_no_action", ref=action_id)
    if a.done_on is not None:
        raise Refused("after_action_done", ref=action_id, on=a.done_on.isoformat())
    on = parse_date(on)
    store.calendar.require_covered(on)
    today = today_of(store)
    if on > today:
        raise Refused("date_in_future", on=on.isoformat(), today=today.isoformat())
    a.done_on = on
    a.note = fields.SHORT_NOTE.check(note)
    return Changes.of_cases([a.case_id] if a.case_id else [], created_id=a.id)


def action_row(a: Action, case_no: str | None, as_of: dt.date | None = None) -> dict:
    return {"id": a.id, "kind": a.owner_kind, "owner_id": a.owner_id, "case_no": case_no, "text": a.text,
            "owner": a.owner, "due_on": _iso(a.due_on), "done_on": _iso(a.done_on), "note": a.note,
            "overdue": bool(as_of and a.done_on is None and a.due_on < as_of)}


def open_actions(s: Session, as_of: dt.date, kinds: tuple[str, ...] = ACTION_KINDS, manager: str | None = None,
                 owner_id: str | None = None) -> list[dict]:
    """The actions of follow-ups and analysis meetings not done, by due date (``overdue`` flagged);
    ``manager``: those about that manager's cases or owned by that person."""
    q = select(Action).where(Action.deleted.is_(False), Action.done_on.is_(None), Action.owner_kind.in_(kinds))
    if owner_id:
        q = q.where(Action.owner_id == owner_id)
    rows = s.scalars(q.order_by(Action.due_on, Action.created_at)).all()
    cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_({a.case_id for a in rows if a.case_id})))}
    out = []
    for a in rows:
        c = cases.get(a.case_id)
        if manager and a.owner != manager and (c is None or c.manager != manager):
            continue
        out.append(action_row(a, c.case_no if c else None, as_of))
    return out


def followup_view(f: FollowUp, case: Case) -> dict:
    return {"id": f.id, "case_no": case.case_no, "customer_name": case.customer_name, "manager": case.manager,
            "planned_on": _iso(f.planned_on), "done_on": _iso(f.done_on), "mode": f.mode, "by": f.by_name,
            "self_reported": f.self_reported, "questionnaire": f.questionnaire, "answers": json.loads(f.answers or "{}"),
            "text": f.text, "customer_applied_on": _iso(f.customer_applied_on),
            "customer_energized_on": _iso(f.customer_energized_on)}


def followups_of(s: Session, ref: str) -> list[dict]:
    """The follow-ups of one case, oldest first, each with its actions."""
    case = get_case(s, ref)
    rows = s.scalars(select(FollowUp).where(FollowUp.case_id == case.id, FollowUp.deleted.is_(False))
                     .order_by(FollowUp.done_on, FollowUp.created_at)).all()
    out = []
    for f in rows:
        v = followup_view(f, case)
        v["actions"] = [action_row(a, case.case_no) for a in s.scalars(select(Action).where(
            Action.owner_kind == "followup", Action.owner_id == f.id, Action.deleted.is_(False)).order_by(Action.due_on))]
        out.append(v)
    return out


def due(s: Session, as_of: dt.date, manager: str | None = None) -> list[dict]:
    """Finished cases whose follow-up is due by ``as_of`` (planned N working days after power on) and
    not yet done: [{case_no, customer_name, manager, contact, energized_on, planned_on, overdue_wd}],
    the longest waiting first. Only cases energised within the ``aftercare`` due window (calendar
    days before ``as_of``) are listed: a case energised years ago (a ledger brought in) is no
    follow-up to make today; the coverage figures still count it."""
    store = store_of(s)
    settings = aftercare.settings(store.config(s))
    cal = store.calendar
    since = as_of - dt.timedelta(days=settings["followup_due_window_days"])
    q = (select(Case.id, Case.case_no, Case.customer_name, Case.manager, Case.contact, StageRound.finished_on)
         .join(StageRound, StageRound.case_id == Case.id)
         .where(Case.deleted.is_(False), Case.status == "finished", StageRound.deleted.is_(False),
                StageRound.stage == "ENERGIZE", StageRound.finished_on >= since, StageRound.finished_on <= as_of,
                (StageRound.outcome.is_(None)) | (StageRound.outcome != "rectify")))
    if manager:
        q = q.where(Case.manager == manager)
    rows: dict[str, tuple] = {}
    for cid, no, name, mgr, contact, on in s.execute(q):
        if cid not in rows or on > rows[cid][4]:
            rows[cid] = (no, name, mgr, contact, on)
    if not rows:
        return []
    done = set(s.scalars(select(FollowUp.case_id).where(FollowUp.deleted.is_(False), FollowUp.done_on.is_not(None),
                                                        FollowUp.case_id.in_(list(rows)))))
    out = []
    for cid, (no, name, mgr, contact, on) in rows.items():
        if cid in done:
            continue
        planned = cal.add_workdays(on, settings["followup_after_wd"])
        if planned > as_of:
            continue
        out.append({"case_no": no, "customer_name": name, "manager": mgr, "contact": contact,
                    "energized_on": on.isoformat(), "planned_on": planned.isoformat(),
                    "overdue_wd": cal.workdays_between(planned, as_of)})
    out.sort(key=lambda r: (r["planned_on"], r["case_no"]))
    return out


def _counted(s: Session, start: dt.date, end: dt.date) -> list[tuple[FollowUp, Case]]:
    """Follow-ups done in the period that count (not self-reported), with their cases."""
    q = (select(FollowUp, Case).join(Case, Case.id == FollowUp.case_id)
         .where(FollowUp.deleted.is_(False), Case.deleted.is_(False), FollowUp.done_on.is_not(None),
                FollowUp.done_on >= start, FollowUp.done_on <= end, FollowUp.self_reported.is_(False))
         .order_by(FollowUp.done_on))
    return [(f, c) for f, c in s.execute(q)]


def satisfaction(s: Session, start: dt.date, end: dt.date, by: str | None = None) -> list[dict]:
    """满意率 of the follow-ups done from ``start`` to ``end`` that count (done, not self-reported):
    rows {group, n, satisfied, rate, cases}, n the answers given (a question not answered is not
    counted), satisfied those with a score the ``aftercare`` document calls satisfied, rate
    satisfied / n (None when n == 0), cases the number of cases followed up. ``by``: None (one row,
    group "all"), "manager", "station" (the township's supply station) or "month" (YYYY-MM)."""
    if by not in (None, "manager", "station", "month"):
        raise Refused("after_bad_group", value=by)
    cfg = store_of(s).config(s)
    good = set(aftercare.settings(cfg)["satisfied_scores"])
    groups: dict[str, dict] = {}
    for f, c in _counted(s, start, end):
        if by == "manager":
            key = c.manager
        elif by == "station":
            key = station_of(cfg, c.township) if c.township else ""
        elif by == "month":
            key = f.done_on.strftime("%Y-%m")
        else:
            key = "all"
        g = groups.setdefault(key, {"group": key, "n": 0, "satisfied": 0, "case_ids": set()})
        scores = [v for v in json.loads(f.answers or "{}").values() if isinstance(v, int)]
        g["n"] += len(scores)
        g["satisfied"] += sum(1 for v in scores if v in good)
        g["case_ids"].add(c.id)
    if by is None and not groups:
        groups["all"] = {"group": "all", "n": 0, "satisfied": 0, "case_ids": set()}
    out = []
    for key in sorted(groups):
        g = groups[key]
        out.append({"group": g["group"], "n": g["n"], "satisfied": g["satisfied"],
                    "rate": round(g["satisfied"] / g["n"], 4) if g["n"] else None, "cases": len(g["case_ids"])})
    return out


def deviations(s: Session, start: dt.date, end: dt.date) -> list[dict]:
    """时间偏差: the follow-ups done in the period (any, self-reported too: the customer's word is
    the point) whose customer-given application or power-on date differs from the recorded one by
    the ``aftercare`` threshold or more. Rows {case_no, field, recorded, reported, days}, days =
    recorded - reported (positive: the case was recorded later than the customer says)."""
    q = (select(FollowUp, Case).join(Case, Case.id == FollowUp.case_id)
         .where(FollowUp.deleted.is_(False), Case.deleted.is_(False), FollowUp.done_on.is_not(None),
                FollowUp.done_on >= start, FollowUp.done_on <= end)
         .order_by(FollowUp.done_on, Case.case_no))
    return _deviation_rows(s, q)


def deviations_of_cases(s: Session, case_ids, until: dt.date) -> list[dict]:
    """时间偏差 of the follow-ups of these cases done up to ``until`` (the analysis meeting of a month
    looks at the cases energised in it, followed up after the month's end)."""
    q = (select(FollowUp, Case).join(Case, Case.id == FollowUp.case_id)
         .where(FollowUp.deleted.is_(False), Case.deleted.is_(False), FollowUp.done_on.is_not(None),
                FollowUp.done_on <= until, FollowUp.case_id.in_(list(case_ids)))
         .order_by(FollowUp.done_on, Case.case_no))
    return _deviation_rows(s, q)


def _deviation_rows(s: Session, q) -> list[dict]:
    cfg = store_of(s).config(s)
    threshold = aftercare.settings(cfg)["deviation_days"]
    out = []
    for f, c in s.execute(q):
        if f.customer_applied_on is not None:
            d = (c.applied_on - f.customer_applied_on).days
            if abs(d) >= threshold:
                out.append({"case_no": c.case_no, "field": "applied_on", "recorded": c.applied_on.isoformat(),
                            "reported": f.customer_applied_on.isoformat(), "days": d, "followup_id": f.id})
        if f.customer_energized_on is not None:
            power = energized_on(s, c.id)
            if power is not None:
                d = (power - f.customer_energized_on).days
                if abs(d) >= threshold:
                    out.append({"case_no": c.case_no, "field": "energized_on", "recorded": power.isoformat(),
                                "reported": f.customer_energized_on.isoformat(), "days": d, "followup_id": f.id})
    return out


def coverage(s: Session, start: dt.date, end: dt.date) -> dict:
    """Cases energised in the period and those of them with a follow-up that counts (done, not
    self-reported, at any date): {finished, followed_up, rate, cases: [{case_no, followed_up}]}."""
    power = energized_between(s, start, end)
    counted = set(s.scalars(select(FollowUp.case_id).where(
        FollowUp.deleted.is_(False), FollowUp.done_on.is_not(None), FollowUp.self_reported.is_(False),
        FollowUp.case_id.in_(list(power)))))
    nos = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(list(power)))).all())
    cases = sorted(({"case_no": nos[cid], "followed_up": cid in counted} for cid in power), key=lambda r: r["case_no"])
    n = len(cases)
    k = sum(1 for r in cases if r["followed_up"])
    return {"finished": n, "followed_up": k, "rate": round(k / n, 4) if n else None, "cases": cases}


def today_items(s: Session, as_of: dt.date, manager: str | None = None) -> dict:
    """What the Today view shows of the work after energisation: follow-ups due and the overdue
    actions of follow-ups and analysis meetings."""
    return {"due": due(s, as_of, manager),
            "actions": [a for a in open_actions(s, as_of, manager=manager) if a["overdue"]]}
