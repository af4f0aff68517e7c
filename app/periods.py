"""The periods figures are counted in: an ISO week ``2026-W23``, a month ``2026-06``, a quarter
``2026-Q2``. Parsed in one place for the bulletins, the monthly analysis, the outage and metering
plans and the points ledger (each had written its own parser of ``YYYY-MM``)."""
from __future__ import annotations

import datetime as dt
import re

from app.errors import Refused

KINDS = ("weekly", "monthly", "quarterly")
_PATTERNS = {
    "weekly": re.compile(r"^(\d{4})-W(\d{2})\Z"),
    "monthly": re.compile(r"^(\d{4})-(\d{2})\Z"),
    "quarterly": re.compile(r"^(\d{4})-Q([1-4])\Z"),
}


def period_range(kind: str, period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period: ``2026-W23`` (ISO week), ``2026-06``, ``2026-Q2``."""
    if kind not in KINDS:
        raise Refused("bulletin_bad_kind", value=str(kind)[:20], known=", ".join(KINDS))
    m = _PATTERNS[kind].match(period or "")
    try:
        if not m:
            raise ValueError(period)
        year, n = int(m.group(1)), int(m.group(2))
        if kind == "weekly":
            start = dt.date.fromisocalendar(year, n, 1)
            return start, start + dt.timedelta(days=6)
        if kind == "monthly":
            start = dt.date(year, n, 1)
        else:
            start = dt.date(year, 3 * n - 2, 1)
        months = 1 if kind == "monthly" else 3
        nxt = dt.date(start.year + (start.month + months - 1) // 12, (start.month + months - 1) % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    except ValueError:
        example = {"weekly": "2026-W23", "monthly": "2026-06", "quarterly": "2026-Q2"}[kind]
        raise Refused("bulletin_bad_period", value=str(period)[:20], example=example) from None


def period_of(kind: str, day: dt.date) -> str:
    """The period of ``kind`` that holds ``day``."""
    if kind == "weekly":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if kind == "monthly":
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def previous_period(kind: str, period: str) -> str:
    start, _ = period_range(kind, period)
    return period_of(kind, start - dt.timedelta(days=1))


def month_range(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``YYYY-MM``; anything else is refused saying the form."""
    text = month.strip() if isinstance(month, str) else ""
    m = _PATTERNS["monthly"].match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise Refused("bad_month", value=str(month)[:20])
    return period_range("monthly", text)
