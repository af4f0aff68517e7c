"""Visits (走访, issue 18): the customer service centre's visits to the 发改局, the 招商局, the
townships, parks and (prospective) customers, with what was found and what must be done.

The actions of a visit are rows of the shared ``action`` table (owner_kind ``visit``): what, who,
by when, done on. A government or township visit is *incomplete* until it has at least one action
or an explicit "no action"; incomplete visits and overdue actions are listed for the Today view.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import townships
from app.errors import Refused
from app.fields import Text
from app.messages import language
from app.models import Action, Prospect, ProspectVisit, Visit, natural_id
from app.services import attachments
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.store import store_of, utcnow

PARTIES = {
    "NDRC": ("发改局", "Development and Reform Bureau"),
    "INVESTMENT": ("招商局", "Investment Promotion Bureau"),
    "TOWNSHIP": ("乡镇政府", "Township government"),
    "PARK": ("园区", "Industrial park"),
    "PROSPECT": ("潜在客户", "Prospective customer"),
    "CUSTOMER": ("在途或已送电客户", "Customer (in progress or energised)"),
    "OTHER": ("其他", "Other"),
}
# visits that must end with an action or an explicit "no action" (the seed: 政府经济管理部门, 乡镇)
GOVERNMENT = frozenset({"NDRC", "INVESTMENT", "TOWNSHIP"})

PARTY_NAME = Text("party_name", 100)
MET = Text("met", 500)
PARTICIPANTS = Text("participants", 500)
TOPICS = Text("topics", 4000, required=True)
FINDINGS = Text("findings", 4000)
ACTION_TEXT = Text("action", 500, required=True)
ACTION_OWNER = Text("owner", 50, required=True)
ACTION_NOTE = Text("note", 1000)


def multiline(value: str | None, spec: Text) -> str:
    """A text of several lines (topics, findings): line breaks kept, each line checked as a one-line
    text (no control or invisible characters), the whole at most ``spec.max_len``."""
    lines = [line.rstrip() for line in (value or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    for line in lines:
        check_text(line.replace("\t", " "), spec.name, spec.max_len)
    text = "\n".join(lines).strip("\n").strip()
    if spec.required and not text:
        raise Refused("required", what=spec.name)
    if len(text) > spec.max_len:
        raise Refused("too_long", what=spec.name, max=spec.max_len)
    return text


def _i() -> int:
    return 0 if language() == "zh" else 1


def party_code(value: str) -> str:
    """A party by its code (any case) or its Chinese or English name."""
    v = (value or "").strip()
    for code, (zh, en) in PARTIES.items():
        if v.upper() == code or v == zh or v.lower() == en.lower():
            return code
    raise Refused("visit_bad_party", value=v[:30],
                  known="、".join(f"{zh} ({code})" for code, (zh, _en) in PARTIES.items()))


def get_visit(s: Session, ref: str) -> Visit:
    ref = (ref or "").strip()
    v = s.get(Visit, ref)
    if v is None and len(ref) >= 6:
        found = s.scalars(select(Visit).where(Visit.id.like(f"{ref}%"), Visit.deleted.is_(False)).limit(2)).all()
        v = found[0] if len(found) == 1 else None
    if v is None or v.deleted:
        raise Refused("no_visit", ref=ref[:40])
    return v


def _check_day(store, on: dt.date) -> dt.date:
    store.calendar.require_covered(on)
    today = today_of(store)
    if on > today:
        raise Refused("date_in_future", on=on.isoformat(), today=today.isoformat())
    return on


def add_visit(s: Session, on: dt.date | str, party: str, township: str, topics: str, findings: str = "", *,
              met: str = "", participants: str = "", party_name: str = "", no_action: bool = False,
              prospect: str | None = None) -> Changes:
    """Record a visit; ``prospect`` (an id) links it to the prospect it was about."""
    store = store_of(s)
    on = _check_day(store, parse_date(on))
    code = party_code(party)
    town = townships.require(store.config(s), township)
    values = {"party_name": PARTY_NAME.check(party_name), "met": MET.check(met),
              "participants": PARTICIPANTS.check(participants), "topics": multiline(topics, TOPICS),
              "findings": multiline(findings, FINDINGS)}
    p = find_prospect(s, prospect) if prospect else None
    v = Visit(visited_on=on, party=code, township=town, no_action=bool(no_action), created_by=store.user[:50],
              created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id, **values)
    s.add(v)
    s.flush()
    if p is not None:
        link(s, p, v)
    return Changes(created_id=v.id)


def find_prospect(s: Session, ref: str) -> Prospect:
    """The prospect a visit names (its id or a unique beginning); app.services.prospects imports this
    module, so the lookup is here rather than there."""
    ref = (ref or "").strip()
    p = s.get(Prospect, ref)
    if p is None and len(ref) >= 6:
        found = s.scalars(select(Prospect).where(Prospect.id.like(f"{ref}%"), Prospect.deleted.is_(False))
                          .limit(2)).all()
        p = found[0] if len(found) == 1 else None
    if p is None or p.deleted:
        raise Refused("no_prospect", ref=ref[:40])
    return p


def link(s: Session, prospect: Prospect, visit: Visit) -> None:
    """The prospect was found or discussed on the visit (once: the link's id is the pair)."""
    store = store_of(s)
    lid = natural_id("prospect_visit", prospect.id, visit.id)
    row = s.get(ProspectVisit, lid)
    if row is None:
        s.add(ProspectVisit(id=lid, prospect_id=prospect.id, visit_id=visit.id, hlc=store.hlc.now(),
                            device_id=store.device_id))
    elif row.deleted:
        row.deleted = False
        row.hlc = store.hlc.now()
    s.flush()


def add_action(s: Session, visit_ref: str, text: str, owner: str, due: dt.date | str) -> Changes:
    """An action the visit leaves someone to do by ``due`` (not before the visit)."""
    store = store_of(s)
    v = get_visit(s, visit_ref)
    text = ACTION_TEXT.check(text)
    owner = ACTION_OWNER.check(owner)
    due = parse_date(due)
    store.calendar.require_covered(due)
    if due < v.visited_on:
        raise Refused("action_due_before_visit", due=due.isoformat(), on=v.visited_on.isoformat())
    a = Action(owner_kind="visit", owner_id=v.id, text=text, owner=owner, due_on=due, note="",
               created_by=store.user[:50], created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id)
    s.add(a)
    if v.no_action:  # an action after all: the visit no longer says "no action"
        v.no_action = False
        v.hlc = store.hlc.now()
    s.flush()
    return Changes(created_id=a.id)


def _get_action(s: Session, ref: str) -> Action:
    ref = (ref or "").strip()
    a = s.get(Action, ref)
    if a is None and len(ref) >= 6:
        found = s.scalars(select(Action).where(Action.id.like(f"{ref}%"), Action.owner_kind == "visit",
                                               Action.deleted.is_(False)).limit(2)).all()
        a = found[0] if len(found) == 1 else None
    if a is None or a.deleted or a.owner_kind != "visit":
        raise Refused("no_action_row", ref=ref[:40])
    return a


def finish_action(s: Session, ref: str, on: dt.date | str, note: str = "") -> Changes:
    """The action was done on ``on`` (a date, never a deletion)."""
    store = store_of(s)
    a = _get_action(s, ref)
    on = _check_day(store, parse_date(on))
    if a.done_on is not None:
        raise Refused("action_already_done", on=a.done_on.isoformat())
    v = s.get(Visit, a.owner_id)
    if v is not None and on < v.visited_on:
        raise Refused("action_due_before_visit", due=on.isoformat(), on=v.visited_on.isoformat())
    a.done_on = on
    a.note = ACTION_NOTE.check(note)
    a.hlc = store.hlc.now()
    s.flush()
    return Changes(created_id=a.id)


def set_no_action(s: Session, visit_ref: str) -> Changes:
    """The visit explicitly needs nothing done (refused when it already has actions)."""
    store = store_of(s)
    v = get_visit(s, visit_ref)
    if _actions(s, [v.id]).get(v.id):
        raise Refused("visit_has_actions")
    v.no_action = True
    v.hlc = store.hlc.now()
    s.flush()
    return Changes(created_id=v.id)


def _actions(s: Session, visit_ids: list[str] | None = None) -> dict[str, list[Action]]:
    q = select(Action).where(Action.owner_kind == "visit", Action.deleted.is_(False))
    if visit_ids is not None:
        q = q.where(Action.owner_id.in_(visit_ids))
    out: dict[str, list[Action]] = {}
    for a in s.scalars(q.order_by(Action.due_on, Action.created_at)):
        out.setdefault(a.owner_id, []).append(a)
    return out


def action_view(a: Action, as_of: dt.date) -> dict:
    return {"id": a.id, "text": a.text, "owner": a.owner, "due_on": a.due_on.isoformat(),
            "done_on": a.done_on.isoformat() if a.done_on else None, "note": a.note,
            "overdue": a.done_on is None and a.due_on < as_of}


def incomplete(v: Visit, actions: list) -> bool:
    """A government or township visit with neither an action nor an explicit "no action"."""
    return v.party in GOVERNMENT and not actions and not v.no_action


def visit_view(v: Visit, actions: list[Action], prospects: list[dict], as_of: dt.date,
               attachments: list[dict] | None = None) -> dict:
    i = _i()
    return {"id": v.id, "visited_on": v.visited_on.isoformat(), "party": v.party, "party_label": PARTIES[v.party][i]
            if v.party in PARTIES else v.party, "party_name": v.party_name, "township": v.township, "met": v.met,
            "participants": v.participants, "topics": v.topics, "findings": v.findings, "no_action": v.no_action,
            "incomplete": incomplete(v, actions), "created_by": v.created_by,
            "actions": [action_view(a, as_of) for a in actions], "prospects": prospects,
            "attachments": attachments or []}


def list_visits(s: Session, as_of: dt.date, township: str | None = None, party: str | None = None) -> list[dict]:
    """Visits, newest first, each with its actions and linked prospects."""
    q = select(Visit).where(Visit.deleted.is_(False))
    if township:
        q = q.where(Visit.township == township)
    if party:
        q = q.where(Visit.party == party_code(party))
    visits = list(s.scalars(q.order_by(Visit.visited_on.desc(), Visit.created_at.desc())))
    ids = [v.id for v in visits]
    acts = _actions(s, ids) if ids else {}
    links: dict[str, list[dict]] = {}
    if ids:
        rows = s.execute(select(ProspectVisit.visit_id, Prospect.id, Prospect.name).join(
            Prospect, Prospect.id == ProspectVisit.prospect_id).where(
            ProspectVisit.visit_id.in_(ids), ProspectVisit.deleted.is_(False), Prospect.deleted.is_(False)))
        for vid, pid, name in rows:
            links.setdefault(vid, []).append({"id": pid, "name": name})
    files = visit_attachments(s, ids) if ids else {}
    return [visit_view(v, acts.get(v.id, []), links.get(v.id, []), as_of, files.get(v.id)) for v in visits]


def add_attachment(s: Session, visit_ref: str, path) -> Changes:
    """A photo or scanned list of the visit, stored as a case's attachments are."""
    return attachments.add_owned_attachment(s, "visit", get_visit(s, visit_ref).id, path)


def visit_attachments(s: Session, visit_ids: list[str]) -> dict[str, list[dict]]:
    """{visit id: its attachments, oldest first}."""
    return attachments.owned_attachments(s, "visit", visit_ids)


def visit_data(s: Session, ref: str, as_of: dt.date) -> dict:
    """One visit as plain data (the 走访记录 PDF and the GUI's form)."""
    v = get_visit(s, ref)
    return next(x for x in list_visits(s, as_of) if x["id"] == v.id)


def due_items(s: Session, as_of: dt.date, owner: str | None = None) -> list[dict]:
    """For the Today view: open visit actions past their due date (oldest first), then government and
    township visits still without an action or an explicit "no action"."""
    q = select(Action, Visit).join(Visit, Visit.id == Action.owner_id).where(
        Action.owner_kind == "visit", Action.deleted.is_(False), Action.done_on.is_(None), Action.due_on < as_of,
        Visit.deleted.is_(False))
    if owner:
        q = q.where(Action.owner == owner)
    i = _i()
    out = []
    for a, v in s.execute(q.order_by(Action.due_on, Action.created_at)):
        out.append({"kind": "visit_action", "action_id": a.id, "visit_id": v.id, "due_on": a.due_on.isoformat(),
                    "owner": a.owner, "text": a.text, "township": v.township,
                    "party": PARTIES.get(v.party, (v.party, v.party))[i], "visited_on": v.visited_on.isoformat(),
                    "days_over": (as_of - a.due_on).days})
    acted = {oid for (oid,) in s.execute(select(Action.owner_id).where(Action.owner_kind == "visit",
                                                                       Action.deleted.is_(False)))}
    for v in s.scalars(select(Visit).where(Visit.deleted.is_(False), Visit.party.in_(sorted(GOVERNMENT)),
                                           Visit.no_action.is_(False), Visit.visited_on <= as_of)
                       .order_by(Visit.visited_on)):
        if v.id not in acted and (not owner or v.created_by == owner):
            out.append({"kind": "visit_incomplete", "action_id": None, "visit_id": v.id, "due_on": None,
                        "owner": v.created_by, "text": v.topics[:100], "township": v.township,
                        "party": PARTIES.get(v.party, (v.party, v.party))[i], "visited_on": v.visited_on.isoformat(),
                        "days_over": (as_of - v.visited_on).days})
    return out


