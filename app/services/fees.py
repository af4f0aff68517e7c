"""Fees of a case (业务收费, issue 16): what the fee notice (业务收费通知单) prints.

A fee is an item, an amount in yuan (kept in fen, an integer, so sums are exact) and the basis of
the amount. Fees are append-only like every other entry: a wrong fee is never edited in place, it
is withdrawn with a reason and, to correct it, a new fee is recorded that names the one it
replaces (``correct_fee`` does both in one transaction). Each step is an event on the device's
hash chain (FEE_RECORDED, FEE_WITHDRAWN), so the history shows who charged what and why it changed.

The usual items and the wording of their bases are versioned data (``resources/fees/items.json``);
the amount is always what the manager types.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields as F
from app.errors import Refused
from app.models import Case, CaseFee
from app.paths import resource
from app.services.cases import check_text, get_case, parse_date, today_of
from app.services.changes import Changes
from app.store import store_of

MAX_FEN = 100_000_000_00  # 100 million yuan: beyond any connection fee, so a typo is caught
_AMOUNT_RE = re.compile(r"^\d+(\.\d{1,2})?\Z")


@lru_cache(maxsize=1)
def fee_items() -> dict:
    """The usual fee items and their bases (versioned data, with its source)."""
    with open(resource("fees", "items.json"), encoding="utf-8") as f:
        return json.load(f)


def parse_amount(text: object) -> int:
    """Yuan as typed ("1200", "1,200.50", "¥1200") to fen; refused unless a positive amount with at
    most two decimals."""
    raw = str(text if text is not None else "").strip().replace(",", "").replace("，", "")
    raw = raw.removeprefix("¥").removeprefix("￥").removesuffix("元").strip()
    if not _AMOUNT_RE.match(raw):
        raise Refused("fee_bad_amount", value=str(text or ""))
    fen = int((Decimal(raw) * 100).to_integral_value())
    if fen <= 0 or fen > MAX_FEN:
        raise Refused("fee_bad_amount", value=str(text))
    return fen


def yuan(fen: int) -> str:
    """Fen as yuan with two decimals and thousands separators: 123456 -> "1,234.56"."""
    return f"{Decimal(fen) / 100:,.2f}"


def _basis_of(item: str, basis: str | None) -> str:
    basis = (basis or "").strip()
    if basis:
        return basis
    for it in fee_items()["items"]:  # a usual item brings its usual basis
        if item in (it["zh"], it["en"], it["code"]):
            return it["basis"]
    raise Refused("fee_basis_required", item=item)


def _item_name(item: str) -> str:
    for it in fee_items()["items"]:
        if item.upper() == it["code"] or item.lower() == it["en"].lower():
            return it["zh"]  # the paper is in Chinese: a code or English name prints as the Chinese item
    return item


def record_fee(s: Session, ref: str, item: str, amount: object, basis: str | None = None,
               on: dt.date | str | None = None, replaces: CaseFee | None = None, reason: str = "") -> Changes:
    store = store_of(s)
    case = get_case(s, ref)
    item = _item_name(check_text(item, "fee_item", F.FEE_ITEM.max_len, required=True))
    fen = parse_amount(amount)
    basis = check_text(_basis_of(item, basis), "fee_basis", F.FEE_BASIS.max_len, required=True)
    on = parse_date(on) if on else today_of(store)
    store.calendar.require_covered(on)
    if on < case.applied_on:
        raise Refused("before_application", on=on.isoformat(), applied=case.applied_on.isoformat())
    fee = CaseFee(case_id=case.id, item=item, amount_fen=fen, basis=basis, recorded_on=on,
                  recorded_by=store.user or "", replaces_id=replaces.id if replaces else None,
                  hlc=store.hlc.now(), device_id=store.device_id)
    s.add(fee)
    s.flush()
    payload = {"fee": fee.id, "item": item, "amount_fen": fen, "basis": basis}
    if replaces is not None:
        payload.update(replaces=replaces.id, reason=reason)
    store.record_event(s, case, "FEE_RECORDED", payload, on)
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=fee.id)


def _fee(s: Session, fee_id: str, case_ref: str | None = None) -> CaseFee:
    fee = s.get(CaseFee, (fee_id or "").strip())
    if fee is None or fee.deleted or (case_ref is not None and fee.case_id != get_case(s, case_ref).id):
        raise Refused("fee_unknown", ref=fee_id)
    if fee.withdrawn_on is not None:
        raise Refused("fee_withdrawn_already", ref=fee_id, on=fee.withdrawn_on.isoformat())
    return fee


def withdraw_fee(s: Session, fee_id: str, reason: str, on: dt.date | str | None = None,
                 case_ref: str | None = None) -> Changes:
    """Take a wrong fee off the notice; the row and its event stay, marked with the reason.
    ``case_ref``: the case the fee must belong to (the CLI names both)."""
    store = store_of(s)
    fee = _fee(s, fee_id, case_ref)
    reason = check_text(reason, "fee_reason", F.FEE_REASON.max_len, required=True)
    on = parse_date(on) if on else today_of(store)
    store.calendar.require_covered(on)
    if on < fee.recorded_on:
        raise Refused("close_before_raised", on=on.isoformat(), raised=fee.recorded_on.isoformat())
    fee.withdrawn_on, fee.withdraw_reason = on, reason
    fee.hlc, fee.device_id = store.hlc.now(), store.device_id
    case = s.get(Case, fee.case_id)
    store.record_event(s, case, "FEE_WITHDRAWN", {"fee": fee.id, "item": fee.item, "reason": reason}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


def correct_fee(s: Session, fee_id: str, reason: str, *, item: str | None = None, amount: object = None,
                basis: str | None = None, on: dt.date | str | None = None, case_ref: str | None = None) -> Changes:
    """A wrong fee replaced: the old one withdrawn with ``reason``, a new one recorded that names it.
    What is not given is carried over from the old fee."""
    fee = _fee(s, fee_id, case_ref)
    if item is None and amount is None and basis is None:
        raise Refused("correct_what")
    case = s.get(Case, fee.case_id)
    new_item = item if item is not None else fee.item
    new_basis = basis if basis is not None else fee.basis
    new_amount = amount if amount is not None else yuan(fee.amount_fen)
    # checked before anything changes: a refused correction leaves the old fee in force
    parse_amount(new_amount)
    withdraw_fee(s, fee.id, reason, on)
    return record_fee(s, case.id, new_item, new_amount, new_basis, on, replaces=fee, reason=reason)


def fee_view(fee: CaseFee) -> dict:
    return {"id": fee.id, "item": fee.item, "amount_fen": fee.amount_fen, "amount": yuan(fee.amount_fen),
            "basis": fee.basis, "recorded_on": fee.recorded_on.isoformat(), "recorded_by": fee.recorded_by,
            "replaces": fee.replaces_id, "in_force": fee.withdrawn_on is None,
            "withdrawn_on": fee.withdrawn_on.isoformat() if fee.withdrawn_on else None,
            "withdraw_reason": fee.withdraw_reason}


def list_fees(s: Session, ref: str, in_force_only: bool = False) -> list[dict]:
    """The fees of a case in the order recorded; withdrawn ones too unless ``in_force_only``."""
    case = get_case(s, ref)
    q = select(CaseFee).where(CaseFee.case_id == case.id, CaseFee.deleted.is_(False))
    if in_force_only:
        q = q.where(CaseFee.withdrawn_on.is_(None))
    return [fee_view(f) for f in s.scalars(q.order_by(CaseFee.recorded_on, CaseFee.hlc))]
