"""Calendar services: the covered years, and importing a year's schedule from a plain file.

File format (UTF-8 CSV, one date a line, an optional header ``date,kind,name``, ``#`` comments):

    date,kind,name
    2027-01-01,holiday,元旦
    2027-02-06,holiday,春节
    2027-02-14,workday,春节调休上班

``kind`` is ``holiday`` (a day off; 休), ``workday`` (a make-up working day; 班) or ``normal``
(reset a date to the plain weekday/weekend rule). Every year that has at least one ``holiday`` row
becomes a covered year. The whole file is checked first; one bad line refuses it all.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Refused
from app.messages import render
from app.models import CalendarDay, CalendarYear, natural_id
from app.services.changes import Changes
from app.services.cases import today_of
from app.store import store_of, utcnow
from app.workdays import FIRST_DAY, HOLIDAY, KINDS, LAST_DAY, NORMAL, WORKDAY

MAX_FILE_BYTES = 1_000_000
KIND_ALIASES = {"holiday": HOLIDAY, "休": HOLIDAY, "workday": WORKDAY, "班": WORKDAY, "normal": NORMAL}


def parse_calendar_file(path: Path) -> list[tuple[dt.date, str, str]]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise Refused("cal_unreadable", path=path, error=exc.strerror or exc) from None
    if len(raw) > MAX_FILE_BYTES:
        raise Refused("cal_too_big", max=MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused("cal_unreadable", path=path, error=f"not UTF-8 ({exc.reason})") from None
    if "\x00" in text:
        raise Refused("cal_unreadable", path=path, error="binary file")
    rows: list[tuple[dt.date, str, str]] = []
    seen: dict[dt.date, int] = {}
    for lineno, fields in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not fields or not "".join(fields).strip() or fields[0].lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in fields]
        if lineno == 1 and fields[0].lower() == "date":
            continue
        if len(fields) < 2 or len(fields) > 3:
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_columns"))
        try:
            day = dt.date.fromisoformat(fields[0])
        except ValueError:
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_date", value=fields[0])) from None
        if not FIRST_DAY <= day <= LAST_DAY:
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_range", day=day))
        kind = KIND_ALIASES.get(fields[1].lower())
        if kind is None:
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_kind", value=fields[1]))
        if kind == WORKDAY and day.weekday() < 5:
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_weekday", day=day))
        name = fields[2] if len(fields) == 3 else ""
        if len(name) > 50 or any(ord(c) < 32 for c in name):
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_name"))
        if day in seen:
            raise Refused("cal_bad_row", line=lineno, problem=render("cal_row_duplicate", day=day, line=seen[day]))
        seen[day] = lineno
        rows.append((day, kind, name))
    if not rows:
        raise Refused("cal_empty")
    return rows


def import_calendar(s: Session, path: Path, source: str = "import") -> Changes:
    rows = parse_calendar_file(path)
    return apply_calendar_rows(s, rows, source)


def apply_calendar_rows(s: Session, rows: list[tuple[dt.date, str, str]], source: str) -> Changes:
    store = store_of(s)
    existing = {c.day: c for c in s.scalars(select(CalendarDay).where(CalendarDay.day.in_([r[0] for r in rows])))}
    for day, kind, name in rows:
        row = existing.get(day)
        if kind == NORMAL:
            if row is not None and not row.deleted:
                row.deleted = True
                row.hlc, row.device_id = store.hlc.now(), store.device_id
            continue
        if row is None:
            s.add(CalendarDay(id=natural_id("calendar_day", day), day=day, kind=kind, name=name, hlc=store.hlc.now(),
                              device_id=store.device_id))
        else:
            row.kind, row.name, row.deleted = kind, name, False
            row.hlc, row.device_id = store.hlc.now(), store.device_id
    years = sorted({d.year for d, k, _ in rows if k == HOLIDAY})
    known = {y.year: y for y in s.scalars(select(CalendarYear).where(CalendarYear.year.in_(years)))}
    for y in years:
        row = known.get(y)
        if row is None:
            s.add(CalendarYear(id=natural_id("calendar_year", y), year=y, source=source, loaded_at=utcnow(),
                               hlc=store.hlc.now(), device_id=store.device_id))
        else:
            row.source, row.loaded_at, row.deleted = source, utcnow(), False
            row.hlc, row.device_id = store.hlc.now(), store.device_id
    s.info["calendar_changed"] = True
    return Changes(calendar=True)


def calendar_years(s: Session, today: dt.date | None = None) -> list[dict]:
    """Every year with a schedule, and the years without one that matter on ``today`` (the as-of day
    in training, else the calendar's): today's year and the next (deadlines run into it), and the
    years the cases recorded by today reach. A trainee's 2012 is not told that 2027 is missing; a
    manager in 2026 is."""
    from app.models import Case
    from sqlalchemy import func

    today = today or today_of(store_of(s))
    years = {
        y.year: y for y in s.scalars(select(CalendarYear).where(CalendarYear.deleted.is_(False)))
    }
    counts: dict[int, list[int]] = {}
    for day, kind in s.execute(select(CalendarDay.day, CalendarDay.kind).where(CalendarDay.deleted.is_(False))):
        c = counts.setdefault(day.year, [0, 0])
        c[0 if kind == HOLIDAY else 1] += 1
    first = s.scalar(select(func.min(Case.applied_on)).where(Case.deleted.is_(False), Case.applied_on <= today))
    in_play = set(range(first.year if first else today.year, today.year + 2))
    out = []
    for y in sorted(set(years) | set(counts) | in_play):
        row = years.get(y)
        out.append(
            {
                "year": y,
                "covered": row is not None,
                "source": row.source if row else None,
                "holidays": counts.get(y, [0, 0])[0],
                "make_up_workdays": counts.get(y, [0, 0])[1],
                "assumed_weekends_only": row is None,
            }
        )
    return out


def missing_next_year(s: Session, today: dt.date | None = None) -> int | None:
    """From October on, the next year if its schedule is missing (the GUI shows a banner); ``today``
    is the as-of day in training."""
    today = today or today_of(store_of(s))
    if today.month < 10:
        return None
    nxt = today.year + 1
    have = s.scalar(select(CalendarYear.id).where(CalendarYear.year == nxt, CalendarYear.deleted.is_(False)))
    return None if have else nxt


__all__ = ["KINDS", "import_calendar", "calendar_years", "parse_calendar_file", "missing_next_year"]
