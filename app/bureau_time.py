"""The bureau's time zone, in one place: dates people see and compare are Beijing dates.

Recording times are stored in UTC; an effective date is a date of the bureau's calendar. Comparing
the UTC date of a recording with an effective date misses a day for everything recorded between
00:00 and 08:00 Beijing time, so a recording time is turned into a Beijing date first.
"""
from __future__ import annotations

import datetime as dt

BUREAU_TZ_NAME = "Asia/Shanghai"
try:
    from zoneinfo import ZoneInfo

    BUREAU_TZ: dt.tzinfo = ZoneInfo(BUREAU_TZ_NAME)
except Exception:  # no time-zone database (Windows without tzdata): China has kept UTC+8 without DST since 1991
    BUREAU_TZ = dt.timezone(dt.timedelta(hours=8), BUREAU_TZ_NAME)


def bureau_date(utc: dt.datetime) -> dt.date:
    """The Beijing date of a UTC time (naive values are UTC, as the database stores them)."""
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=dt.UTC)
    return utc.astimezone(BUREAU_TZ).date()


def is_late_entry(recorded_at_utc: dt.datetime, effective_on: dt.date, late_days: int) -> bool:
    """补录: recorded more than ``late_days`` calendar days after the date it takes effect."""
    return (bureau_date(recorded_at_utc) - effective_on).days > late_days
