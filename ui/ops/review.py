"""Design review and policy-risk operations for the database worker (the opinion letter's PDF is in
ui/ops/documents.py)."""
from __future__ import annotations

from app.services import design_review as dr


def review_overview(store, ref: str) -> dict:
    """Design review rounds and policy risks of a case."""
    with store.reader() as s:
        return {"reviews": dr.review_view(s, ref), "risks": dr.list_risks(s, ref)}


def open_review(store, ref: str, on, institute: str, drawings: str):
    with store.session() as s:
        return dr.open_review(s, ref, on, institute, drawings)


def add_opinion(store, ref: str, text: str, must_fix: bool, category: str, clause: str = ""):
    kw = {"clause": clause} if clause else {}
    with store.session() as s:
        return dr.add_opinion(s, ref, text, must_fix, category, **kw)


def set_participants(store, ref: str, people: list):
    names = ",".join(f"{p['name']}:{p['dept']}" for p in people)
    with store.session() as s:
        return dr.set_participants(s, ref, names)


def close_review(store, ref: str, on, outcome: str):
    with store.session() as s:
        return dr.close_review(s, ref, on, outcome)


def add_risk(store, ref: str, kind: str, text: str, owner: str, due):
    with store.session() as s:
        return dr.add_risk(s, ref, kind, text, owner, due)


def close_risk(store, risk_id: str, on):
    with store.session() as s:
        return dr.close_risk(s, risk_id, on)
