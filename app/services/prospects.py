"""The prospect pipeline (意向项目, issue 18): projects known before they apply, from the 发改局's list of
key projects, the 招商局, visits, temporary supplies... with expected kVA, year and probability.

A prospect's status is 线索 LEAD, 跟进 FOLLOW, 已申请 APPLIED (only by ``convert``, which makes its
case) or 放弃 DROPPED (with a reason). A converted prospect is counted once, through its case: the
pipeline figures leave it out and the demand forecast counts its case instead.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import townships
from app.errors import Refused
from app.fields import Text, check_capacity, check_kv
from app.messages import language
from app.models import Case, Prospect, ProspectVisit, Visit
from app.pinyin import pinyin_keys
from app.planning_factors import SOURCES as SOURCE_CODES
from app.services import cases as case_svc
from app.services import temp_supply
from app.services import visits as visit_svc
from app.services.changes import Changes
from app.services.checks import parse_date, today_of
from app.store import store_of, utcnow

STATUSES = {
    "LEAD": ("线索", "Lead"),
    "FOLLOW": ("跟进", "Following up"),
    "APPLIED": ("已申请", "Applied"),
    "DROPPED": ("放弃", "Dropped"),
}
PIPELINE = ("LEAD", "FOLLOW")  # what the pipeline figures and the forecast count as prospects
SOURCES = {
    "NDRC_LIST": ("发改重点项目", "Key project list (发改局)"),
    "INVESTMENT": ("招商", "Investment promotion (招商局)"),
    "VISIT": ("走访", "Visit"),
    "TEMP_SUPPLY": ("临时用电转正式", "Temporary supply"),
    "OTHER": ("其他", "Other"),
}
assert tuple(SOURCES) == SOURCE_CODES
# a sanity range for the years of a plan (a year such as 1999 or 3026 is a typing error)
MIN_YEAR, MAX_YEAR = 2000, 2099

NAME = Text("prospect_name", 100, required=True)
CUSTOMER = Text("customer_name", 100)
PLACE = Text("place", 200)
INDUSTRY = Text("industry", 50)
FEEDER = Text("feeder", 50)
SUBSTATION = Text("substation", 50)
MANAGER = Text("manager", 50)
DROP_REASON = Text("drop_reason", 500, required=True)
NOTE = Text("note", 1000)


def _i() -> int:
    return 0 if language() == "zh" else 1


def check_probability(value: object) -> int:
    text = str(value).strip().rstrip("%").strip() if value is not None else ""
    try:
        number = float(text)
    except ValueError:
        raise Refused("prospect_bad_probability", value=str(value)[:20]) from None
    if not number.is_integer() or not 0 <= number <= 100:
        raise Refused("prospect_bad_probability", value=str(value)[:20])
    return int(number)


def check_year(value: object) -> int:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        raise Refused("prospect_bad_year", value=str(value)[:20], lo=MIN_YEAR, hi=MAX_YEAR) from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Refused("prospect_bad_year", value=str(value)[:20], lo=MIN_YEAR, hi=MAX_YEAR)
    return year


def source_code(value: str | None) -> str:
    v = (value or "OTHER").strip()
    for code, (zh, en) in SOURCES.items():
        if v.upper() == code or v == zh or v.lower() == en.lower():
            return code
    raise Refused("prospect_bad_source", value=v[:30], known=", ".join(SOURCES))


def status_code(value: str) -> str:
    v = (value or "").strip()
    for code, (zh, en) in STATUSES.items():
        if v.upper() == code or v == zh or v.lower() == en.lower():
            return code
    raise Refused("prospect_bad_status", value=v[:30],
                  known="、".join(f"{zh} ({code})" for code, (zh, _en) in STATUSES.items()))


def get_prospect(s: Session, ref: str) -> Prospect:
    """A prospect by its id or a unique beginning of it (at least 6 characters)."""
    return visit_svc.find_prospect(s, ref)


def _values(s: Session, store, *, name, township, kva, year, probability, kv, dual_source, feeder, substation,
            place, industry, customer, expected_apply_on, source, key_project, green_channel, manager,
            note) -> dict:
    """Every field checked (a refusal names the first wrong one; nothing is written before)."""
    kv = check_kv(kv if kv not in (None, "") else 10)
    if kva is None or kva == "":
        raise Refused("required", what="capacity_kva")
    return {
        "name": NAME.check(name), "township": townships.require(store.config(s), township),
        "capacity_kva": check_capacity(kva, kv), "supply_kv": kv, "energise_year": check_year(year),
        "probability": check_probability(probability), "dual_source": bool(dual_source),
        "feeder": FEEDER.check(feeder), "substation": SUBSTATION.check(substation), "place": PLACE.check(place),
        "industry": INDUSTRY.check(industry), "customer_name": CUSTOMER.check(customer),
        "expected_apply_on": parse_date(expected_apply_on) if expected_apply_on else None,
        "source": source_code(source), "key_project": bool(key_project), "green_channel": bool(green_channel),
        "manager": MANAGER.check(manager if manager is not None else store.user), "note": NOTE.check(note),
    }


def add_prospect(s: Session, *, name: str, township: str, kva: object, year: object, probability: object,
                 kv: object = 10, dual_source: bool = False, feeder: str = "", substation: str = "", place: str = "",
                 industry: str = "", customer: str = "", expected_apply_on: dt.date | str | None = None,
                 source: str | None = None, key_project: bool = False, green_channel: bool = False,
                 manager: str | None = None, note: str = "", visit: str | None = None,
                 temp_case: str | None = None) -> Changes:
    """A new prospect (status LEAD). ``visit`` links the visit it was found on; ``temp_case`` names
    the temporary-supply case whose formal supply it is (source TEMP_SUPPLY unless given)."""
    store = store_of(s)
    values = _values(s, store, name=name, township=township, kva=kva, year=year, probability=probability, kv=kv,
                     dual_source=dual_source, feeder=feeder, substation=substation, place=place, industry=industry,
                     customer=customer, expected_apply_on=expected_apply_on,
                     source=source or ("TEMP_SUPPLY" if temp_case else ("VISIT" if visit else "OTHER")),
                     key_project=key_project, green_channel=green_channel, manager=manager, note=note)
    v = visit_svc.get_visit(s, visit) if visit else None
    temp = None
    if temp_case:
        temp = case_svc.get_case(s, temp_case)
        if temp.business_type != "TEMPORARY":
            raise Refused("prospect_not_temporary", case_no=temp.case_no)
    p = Prospect(status="LEAD", created_at=utcnow(), temp_case_id=temp.id if temp else None,
                 hlc=store.hlc.now(), device_id=store.device_id, **values)
    s.add(p)
    s.flush()
    if v is not None:
        visit_svc.link(s, p, v)
    return Changes(created_id=p.id, cases=frozenset({temp.id}) if temp else frozenset())


EDITABLE = ("name", "township", "kva", "year", "probability", "kv", "dual_source", "feeder", "substation", "place",
            "industry", "customer", "expected_apply_on", "source", "key_project", "green_channel", "manager", "note")


def edit_prospect(s: Session, ref: str, **changes) -> Changes:
    """Change fields of a prospect not yet converted (the names of ``EDITABLE``)."""
    store = store_of(s)
    p = get_prospect(s, ref)
    if p.status == "APPLIED":
        raise Refused("prospect_converted", case_no=_case_no(s, p))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise Refused("bad_field", value=", ".join(sorted(unknown)))
    current = {"name": p.name, "township": p.township, "kva": p.capacity_kva, "year": p.energise_year,
               "probability": p.probability, "kv": p.supply_kv, "dual_source": p.dual_source, "feeder": p.feeder,
               "substation": p.substation, "place": p.place, "industry": p.industry, "customer": p.customer_name,
               "expected_apply_on": p.expected_apply_on, "source": p.source, "key_project": p.key_project,
               "green_channel": p.green_channel, "manager": p.manager, "note": p.note}
    current.update(changes)
    values = _values(s, store, **current)
    for k, v in values.items():
        setattr(p, k, v)
    p.hlc = store.hlc.now()
    s.flush()
    return Changes(created_id=p.id)


def set_status(s: Session, ref: str, status: str, reason: str = "") -> Changes:
    """Move a prospect between 线索, 跟进 and 放弃 (with a reason). 已申请 only comes from ``convert``;
    a converted prospect stays so."""
    store = store_of(s)
    p = get_prospect(s, ref)
    code = status_code(status)
    if p.status == "APPLIED":
        raise Refused("prospect_converted", case_no=_case_no(s, p))
    if code == "APPLIED":
        raise Refused("prospect_apply_by_convert")
    p.drop_reason = DROP_REASON.check(reason) if code == "DROPPED" else ""
    p.status = code
    p.hlc = store.hlc.now()
    s.flush()
    return Changes(created_id=p.id)


def _case_no(s: Session, p: Prospect) -> str:
    case = s.get(Case, p.case_id) if p.case_id else None
    return case.case_no if case is not None else "?"


def customer_matches(s: Session, account: str, name: str) -> list[dict]:
    """Existing cases of the same customer: the same account, name or pinyin of the name."""
    full, _initials = pinyin_keys(name)
    conds = [Case.account_no == account, Case.customer_name == name]
    if full:
        conds.append(Case.name_pinyin == full)
    rows = s.execute(select(Case.case_no, Case.customer_name, Case.account_no, Case.status).where(
        Case.deleted.is_(False), or_(*conds)).order_by(Case.applied_on.desc()).limit(10))
    return [{"case_no": no, "customer_name": cn, "account_no": acc, "status": st} for no, cn, acc, st in rows]


def convert(s: Session, ref: str, account: str, applied: dt.date | str, manager: str | None = None, *,
            customer: str | None = None, same_as: str | None = None, new_customer: bool = False,
            contact: str | None = None, address: str | None = None) -> Changes:
    """已申请: make the case of the prospect in one action, carrying customer, township, kVA, voltage,
    dual source and the flags, and link the two both ways (``prospect.case_id``; the case's first
    event names the prospect). When a case of the same customer exists (account, name or pinyin)
    the conversion asks (refused with the matches) unless ``same_as`` names that case (its customer
    name and account are taken) or ``new_customer`` says it is another customer. Twice is refused."""
    store = store_of(s)
    p = get_prospect(s, ref)
    if p.status == "APPLIED" or p.case_id:
        raise Refused("prospect_converted", case_no=_case_no(s, p))
    if p.status == "DROPPED":
        raise Refused("prospect_dropped")
    name = CUSTOMER.check(customer) or p.customer_name or p.name
    if same_as:
        other = case_svc.get_case(s, same_as)
        name, account = other.customer_name, other.account_no
        contact = contact if contact is not None else other.contact
        address = address if address is not None else other.address
    elif not new_customer:
        matches = customer_matches(s, (account or "").strip(), name)
        if matches:
            raise Refused("prospect_customer_exists", matches="; ".join(
                f"{m['case_no']} {m['customer_name']} ({m['account_no']})" for m in matches))
    fields = dict(customer_name=name, account_no=account, capacity_kva=p.capacity_kva, supply_kv=p.supply_kv,
                  dual_source=p.dual_source, green_channel=p.green_channel, key_project=p.key_project,
                  manager=manager if manager else (p.manager or None), township=p.township,
                  contact=contact, address=address if address is not None else p.place, applied_on=applied)
    if p.temp_case_id:
        temp = s.get(Case, p.temp_case_id)
        ch = temp_supply.create_formal_case(s, temp.case_no if temp else p.temp_case_id, **fields)
    else:
        ch = case_svc.create_case(s, **fields)
    case = s.get(Case, ch.created_id)
    p.case_id = case.id
    p.status = "APPLIED"
    p.hlc = store.hlc.now()
    s.flush()
    store.record_event(s, case, "FROM_PROSPECT", {"prospect": p.id, "name": p.name,
                                                   "energise_year": p.energise_year}, case.applied_on)
    return ch


def prospect_view(p: Prospect, case_no: str | None, visits: list[dict]) -> dict:
    i = _i()
    return {"id": p.id, "name": p.name, "customer_name": p.customer_name, "township": p.township, "place": p.place,
            "industry": p.industry, "capacity_kva": p.capacity_kva, "supply_kv": p.supply_kv,
            "dual_source": p.dual_source, "expected_apply_on": p.expected_apply_on.isoformat()
            if p.expected_apply_on else None, "energise_year": p.energise_year, "probability": p.probability,
            "weighted_kva": round(p.capacity_kva * p.probability / 100, 2),
            "source": p.source, "source_label": SOURCES.get(p.source, (p.source, p.source))[i],
            "substation": p.substation, "feeder": p.feeder, "key_project": p.key_project,
            "green_channel": p.green_channel, "status": p.status,
            "status_label": STATUSES.get(p.status, (p.status, p.status))[i], "drop_reason": p.drop_reason,
            "manager": p.manager, "note": p.note, "case_id": p.case_id, "case_no": case_no,
            "temp_case_id": p.temp_case_id, "visits": visits}


def list_prospects(s: Session, township: str | None = None, status: str | None = None,
                   manager: str | None = None) -> list[dict]:
    """Prospects (by year, then name), each with its case number when converted and its visits."""
    q = select(Prospect).where(Prospect.deleted.is_(False))
    if township:
        q = q.where(Prospect.township == townships.require(store_of(s).config(s), township))
    if status:
        q = q.where(Prospect.status == status_code(status))
    if manager:
        q = q.where(Prospect.manager == manager)
    rows = list(s.scalars(q.order_by(Prospect.energise_year, Prospect.name, Prospect.id)))
    case_ids = [p.case_id for p in rows if p.case_id]
    nos = {cid: no for cid, no in s.execute(select(Case.id, Case.case_no).where(Case.id.in_(case_ids)))}
    links: dict[str, list[dict]] = {}
    ids = [p.id for p in rows]
    if ids and len(ids) <= 5000:  # the GUI's lists; a bulk export needs no visits
        for pid, vid, on, party in s.execute(select(ProspectVisit.prospect_id, Visit.id, Visit.visited_on, Visit.party)
                                             .join(Visit, Visit.id == ProspectVisit.visit_id)
                                             .where(ProspectVisit.prospect_id.in_(ids),
                                                    ProspectVisit.deleted.is_(False), Visit.deleted.is_(False))):
            links.setdefault(pid, []).append({"id": vid, "visited_on": on.isoformat(), "party": party})
    return [prospect_view(p, nos.get(p.case_id), links.get(p.id, [])) for p in rows]


def pipeline(s: Session, township: str | None = None, manager: str | None = None) -> dict:
    """Counts and kVA by status; a converted prospect (APPLIED) is left out: its case counts."""
    out = {code: {"count": 0, "kva": 0.0, "weighted_kva": 0.0} for code in STATUSES if code != "APPLIED"}
    q = select(Prospect.status, Prospect.capacity_kva, Prospect.probability).where(
        Prospect.deleted.is_(False), Prospect.status != "APPLIED")
    if township:
        q = q.where(Prospect.township == township)
    if manager:
        q = q.where(Prospect.manager == manager)
    for st, kva, prob in s.execute(q):
        if st in out:
            out[st]["count"] += 1
            out[st]["kva"] += kva
            out[st]["weighted_kva"] += kva * prob / 100
    for v in out.values():
        v["kva"], v["weighted_kva"] = round(v["kva"], 2), round(v["weighted_kva"], 2)
    return out


def today_year(s: Session) -> int:
    return today_of(store_of(s)).year
