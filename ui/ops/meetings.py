"""Review-meeting (业扩会审) operations for the database worker; the meeting PDFs are in
ui/ops/documents.py."""
from __future__ import annotations

from app.services import gates, meetings


def meetings_of_month(store, month: str) -> list:
    with store.reader() as s:
        return meetings.list_meetings(s, month)


def locks_in_force(store) -> dict:
    """The stage locks of the rule set in force (gates.describe): which are on, from what capacity."""
    with store.reader() as s:
        return gates.describe(s)


def new_meeting(store, on: str, place: str, chair: str, departments):
    with store.session() as s:
        return meetings.new_meeting(s, on, place, chair, departments)


def edit_meeting(store, ref: str, place: str, chair: str, departments):
    with store.session() as s:
        return meetings.edit_meeting(s, ref, place, chair, departments)


def postpone_meeting(store, ref: str, to: str, reason: str):
    with store.session() as s:
        return meetings.postpone_meeting(s, ref, to, reason)


def cancel_meeting(store, ref: str, reason: str):
    with store.session() as s:
        return meetings.cancel_meeting(s, ref, reason)


def propose_meeting(store, ref: str) -> dict:
    """The cases the proposal added (with their PLAN-deadline warnings) and the change set."""
    with store.session() as s:
        changes, added = meetings.propose(s, ref)
    return {"changes": changes, "added": added}


def add_to_agenda(store, ref: str, case_ref: str, representative: str):
    with store.session() as s:
        return meetings.add_case(s, ref, case_ref, representative)


def drop_from_agenda(store, ref: str, case_ref: str):
    with store.session() as s:
        return meetings.drop_case(s, ref, case_ref)


def set_minutes(store, ref: str, text: str):
    with store.session() as s:
        return meetings.set_minutes(s, ref, text)


def decide(store, ref: str, case_ref: str, decision: str, note: str):
    with store.session() as s:
        return meetings.decide(s, ref, case_ref, decision, note)
