"""Parse and check helpers every service shares, below the features: dates, stage codes, the dates
a stage step may carry, and (one definition each, in ``app.fields``) the value checks.

A check refuses (``Refused``) before anything is written; it never clamps or guesses.
"""
from __future__ import annotations

import datetime as dt

from app.domain import STAGE_INDEX
from app.errors import Refused
from app.fields import check_account, check_capacity, check_kv, check_text, fmt_kv

__all__ = ["check_account", "check_capacity", "check_kv", "check_on", "check_stage", "check_text", "fmt_kv",
           "parse_date", "today_of"]


def parse_date(text: str | dt.date, what: str = "date") -> dt.date:
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise Refused("bad_date", value=text) from None


def today_of(store) -> dt.date:
    """The day that is "today" for the rules: the calendar's, or the as-of day the workbench was
    set to (training, demos), so a trainee on 2026-11-20 cannot record 2026-11-21."""
    return getattr(store, "training_day", None) or dt.date.today()


def check_on(case, on: dt.date, store) -> None:
    """Dates checks shared by start, finish, pause and resume: in the calendar, not in the future
    (a future finish left the stage looking open and the case going overdue), not before the
    application. Refused with the reason, never clamped."""
    store.calendar.require_covered(on)
    today = today_of(store)
    if on > today:
        code = "date_after_training_day" if getattr(store, "training_day", None) else "date_in_future"
        raise Refused(code, on=on.isoformat(), today=today.isoformat())
    if on < case.applied_on:
        raise Refused("before_application", on=on.isoformat(), applied=case.applied_on.isoformat())


def check_stage(stage: str) -> str:
    stage = (stage or "").strip().upper()
    if stage not in STAGE_INDEX:
        raise Refused("bad_stage", value=stage)
    return stage
