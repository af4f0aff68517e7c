"""Temporary supply (临时用电) and the formal case that follows it (临时转正式, TEMP_TO_FORMAL).

A TEMPORARY case records early advice for its later formal supply (``record_temp_advice``): where
the distribution room is reserved, which transformer and switchgear to prepare, free notes. The
formal case is made by ``create_formal_case(s, TEMP, ...)`` (``cases.create_case`` with the
temporary case as ``predecessor``): it names the temporary case in ``predecessor_id`` and gets, so nobody retypes them, the customer's
data (unless given), a copy of the advice and a copy of the temporary case's joint survey
(``carried_survey``). The temporary case finds its successor through that column; one temporary
case has at most one formal successor.

Both copies live in the one JSON column ``case.temp_advice`` (an object, ``{}`` when empty):

    TEMPORARY case:       {"advice": {room, transformer, switchgear, note, recorded_on, recorded_by}}
    TEMP_TO_FORMAL case:  {"from_case_no": "YK2600012", "carried_on": "2026-10-09",
                           "advice": {...} | null, "survey": {...} | null}
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields as F
from app.domain import BUSINESS_TYPES
from app.errors import Refused
from app.messages import language
from app.models import Case, Survey
from app.services import cases as case_svc
from app.services.cases import get_case, successor_of
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.services.field import survey_view
from app.store import canonical_json, store_of

TEMPORARY = "TEMPORARY"
FORMAL = "TEMP_TO_FORMAL"
ADVICE_LIMITS = {"room": F.ADVICE_ROOM.max_len, "transformer": F.ADVICE_TRANSFORMER.max_len,
                 "switchgear": F.ADVICE_SWITCHGEAR.max_len, "note": F.ADVICE_NOTE.max_len}
# the customer's data a formal case takes from its temporary predecessor unless given
CARRIED_FIELDS = ("customer_name", "account_no", "contact", "address", "township", "supply_kv",
                  "green_channel", "key_project")
# the survey fields carried over (who took part in the temporary survey is not)
SURVEY_FIELDS = ("surveyed_on", "findings", "substation", "feeder", "pole", "supply_kv", "dual_source", "metering",
                 "ct_ratio", "vt_ratio", "transformers")


# --- reading ----------------------------------------------------------------------------------------
def stored(case: Case) -> dict:
    """The case's ``temp_advice`` object; anything unreadable counts as empty (never an error)."""
    try:
        value = json.loads(case.temp_advice or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _type_name(code: str) -> str:
    names = BUSINESS_TYPES.get(code)
    return (names[0] if language() == "zh" else names[1]) if names else code


def _link(case: Case | None) -> dict | None:
    if case is None:
        return None
    return {"id": case.id, "case_no": case.case_no, "customer_name": case.customer_name,
            "business_type": case.business_type, "applied_on": case.applied_on.isoformat(),
            "capacity_kva": case.capacity_kva, "status": case.status}


def links_view(s: Session, case: Case) -> dict:
    """The keys ``query.case_view`` adds for temporary supply:

    ``temp_advice`` (the advice: own on a TEMPORARY case, carried on a formal one; None if none),
    ``carried_survey`` (formal case: the temporary case's survey as carried over; else None),
    ``predecessor`` and ``successor`` (None, or {id, case_no, customer_name, business_type,
    applied_on, capacity_kva, status}; a predecessor not (yet) in this database shows its id and
    the case number carried over, with ``missing: true``).
    """
    data = stored(case)
    predecessor = None
    if case.predecessor_id:
        row = s.get(Case, case.predecessor_id)
        if row is not None and not row.deleted:
            predecessor = _link(row)
        else:
            predecessor = {"id": case.predecessor_id, "case_no": data.get("from_case_no"), "missing": True}
    advice = data.get("advice") if isinstance(data.get("advice"), dict) else None
    survey = data.get("survey") if isinstance(data.get("survey"), dict) else None
    return {"temp_advice": advice, "carried_survey": survey if case.predecessor_id else None,
            "predecessor": predecessor, "successor": _link(successor_of(s, case))}


def survey_prefill(s: Session, ref: str) -> dict | None:
    """What the survey form of a case starts from: its own survey, else (a formal case) the survey
    carried over from the temporary case, without its date. Keys as ``field.set_survey`` takes."""
    case = get_case(s, ref)
    own = survey_view(s, case.id)
    if own is not None:
        own.pop("id", None)
        return own
    carried = links_view(s, case)["carried_survey"]
    if carried is None:
        return None
    return {k: v for k, v in carried.items() if k in SURVEY_FIELDS and k != "surveyed_on"}


def formal_candidates(s: Session) -> list[dict]:
    """The TEMPORARY cases a formal case can still be made from (not withdrawn, no formal successor
    yet), newest application first: what the new-case form offers as the source case."""
    taken = select(Case.predecessor_id).where(Case.predecessor_id.is_not(None), Case.deleted.is_(False))
    rows = s.scalars(select(Case).where(Case.business_type == TEMPORARY, Case.deleted.is_(False),
                                        Case.id.not_in(taken))
                     .order_by(Case.applied_on.desc(), Case.case_no.desc())).all()
    return [_link(c) for c in rows]


# --- advice -----------------------------------------------------------------------------------------
def record_temp_advice(s: Session, ref: str, room: str = "", transformer: str = "", switchgear: str = "",
                       note: str = "", on: dt.date | str | None = None) -> Changes:
    """Record (or replace) the early advice of a TEMPORARY case for its formal supply.

    Refused for a case that is not TEMPORARY, and once the formal case exists (the advice was
    carried over then; it is read on the formal case)."""
    store = store_of(s)
    advice = {
        "room": check_text(room, "room", ADVICE_LIMITS["room"], required=True),
        "transformer": check_text(transformer, "transformer", ADVICE_LIMITS["transformer"], required=True),
        "switchgear": check_text(switchgear, "switchgear", ADVICE_LIMITS["switchgear"], required=True),
        "note": check_text((note or "").replace("\r\n", "\n").replace("\n", "；"), "note", ADVICE_LIMITS["note"]),
    }
    on = parse_date(on) if on else today_of(store)
    store.calendar.require_covered(on)
    case = get_case(s, ref)
    if case.business_type != TEMPORARY:
        raise Refused("not_temporary", case_no=case.case_no, type=_type_name(case.business_type))
    formal = successor_of(s, case)
    if formal is not None:
        raise Refused("advice_carried", case_no=case.case_no, formal=formal.case_no)
    if on < case.applied_on:
        raise Refused("before_application", on=on.isoformat(), applied=case.applied_on.isoformat())
    advice["recorded_on"] = on.isoformat()
    advice["recorded_by"] = store.user
    data = stored(case)
    data["advice"] = advice
    case.temp_advice = canonical_json(data)
    store.record_event(s, case, "TEMP_ADVICE", advice, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


# --- the formal case --------------------------------------------------------------------------------
def formal_source(s: Session, business_type: str, from_case: str | None, applied_on: dt.date | None = None) -> Case:
    """The TEMPORARY case a new TEMP_TO_FORMAL case comes from, after every check (refusals name why)."""
    from_case = (from_case or "").strip()
    if business_type != FORMAL:
        raise Refused("from_needs_formal", type=_type_name(business_type))
    if not from_case:
        raise Refused("formal_needs_from")
    source = get_case(s, from_case)
    if source.business_type != TEMPORARY:
        raise Refused("not_temporary", case_no=source.case_no, type=_type_name(source.business_type))
    formal = successor_of(s, source)
    if formal is not None:
        raise Refused("already_formal", case_no=source.case_no, formal=formal.case_no)
    if applied_on is not None and applied_on < source.applied_on:
        raise Refused("formal_before_temp", on=applied_on.isoformat(), case_no=source.case_no,
                      applied=source.applied_on.isoformat())
    return source


def formal_defaults(s: Session, temp_ref: str) -> dict:
    """The fields a new formal case takes from the temporary case ``temp_ref`` (to prefill a form),
    as ``create_formal_case`` keywords, with ``business_type`` and ``from_case`` set. Checks as creating would."""
    source = formal_source(s, FORMAL, temp_ref)
    out = {k: getattr(source, k) for k in CARRIED_FIELDS}
    out.update(business_type=FORMAL, from_case=source.case_no)
    return out


def carried_data(s: Session, source: Case, on: dt.date) -> dict:
    """The ``temp_advice`` object of a new formal case: the advice and the survey of ``source``."""
    advice = stored(source).get("advice")
    survey = None
    if s.scalar(select(Survey.id).where(Survey.case_id == source.id, Survey.deleted.is_(False))) is not None:
        view = survey_view(s, source.id)
        survey = {k: view[k] for k in SURVEY_FIELDS}
    return {"from_case_no": source.case_no, "carried_on": on.isoformat(),
            "advice": advice if isinstance(advice, dict) else None, "survey": survey}


def create_formal_case(s: Session, from_case: str | None, *, business_type: str = FORMAL,
                       applied_on: dt.date | str | None = None, **fields) -> Changes:
    """A formal case (TEMP_TO_FORMAL) after the TEMPORARY case ``from_case``: every check of the pair
    first (refusals name why), then ``cases.create_case`` with the customer's data not given here
    (None) taken from it, and a copy of its advice and survey (``temp_advice``). ``fields`` are
    ``create_case``'s keywords. The change names both cases (the temporary one shows its successor)."""
    if business_type not in BUSINESS_TYPES:
        raise Refused("bad_type", value=business_type)
    applied = parse_date(applied_on) if applied_on else today_of(store_of(s))
    store_of(s).calendar.require_covered(applied)
    source = formal_source(s, business_type, from_case, applied)
    for key in CARRIED_FIELDS:
        if key in ("green_channel", "key_project"):
            fields[key] = bool(fields.get(key)) or getattr(source, key)
        elif fields.get(key) is None:
            fields[key] = getattr(source, key)
    change = case_svc.create_case(s, business_type=business_type, applied_on=applied, predecessor=source, **fields)
    formal = s.get(Case, change.created_id)
    link_formal(s, formal, source)
    return change


def link_formal(s: Session, formal: Case, source: Case) -> None:
    """Once the formal row exists: copy what is carried over, and say so on the temporary case."""
    store = store_of(s)
    data = carried_data(s, source, formal.applied_on)
    formal.temp_advice = canonical_json(data)
    store.record_event(s, source, "FORMAL_SUCCESSOR", {"formal": formal.case_no, "formal_id": formal.id,
                                                       "applied_on": formal.applied_on.isoformat()},
                       formal.applied_on)
