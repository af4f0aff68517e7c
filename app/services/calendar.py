"""Calendar services: the covered years, and importing a year's schedule from a plain file.

File format (UTF-8 CSV, one date a line, an optional header ``date,kind,name``, ``#`` comments):

    date,kind,name
    2027-01-01,holiday,元旦
    2027-02-06,holiday,春节
    2027-02-14,workday,春节调休上班

``kind`` is ``holiday`` (a day off; 休), ``workday`` (a make-up working day; 班) or ``normal``
(reset a date to the plain weekday/weekend rule). Every year that has at least one ``holiday`` row
becomes a covered year. The whole file is checked first; a bad line refuses it all, and every bad
line is reported at once.

The calendar page's editor (and ``calendar set``) marks single days (``edit_days``): the same
rows, synced to every laptop like an imported schedule (from a supervisor's laptop only, as rule
sets), each edit of a covered year counting as a new version of that year's schedule.
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
from app.models import CalendarDay, CalendarYear, Case, natural_id
from app.services.changes import Changes
from app.services.checks import today_of
from app.store import store_of, utcnow
from app.workdays import FIRST_DAY, HOLIDAY, KINDS, LAST_DAY, NORMAL, WORKDAY

MAX_FILE_BYTES = 1_000_000
KIND_ALIASES = {"holiday": HOLIDAY, "休": HOLIDAY, "workday": WORKDAY, "班": WORKDAY, "normal": NORMAL}


def _row_problem(fields: list[str]) -> tuple[tuple[dt.date, str, str] | None, tuple | None]:
    """One line's (row, None), or (None, (problem code, params)): the checks of a file line and of
    a day marked in the editor, written once."""
    if len(fields) < 2 or len(fields) > 3:
        return None, ("cal_p_columns", {})
    try:
        day = dt.date.fromisoformat(fields[0])
    except ValueError:
        return None, ("cal_p_date", {"value": fields[0][:30]})
    if not FIRST_DAY <= day <= LAST_DAY:
        return None, ("cal_p_range", {"value": day.isoformat()})
    kind = KIND_ALIASES.get(fields[1].lower())
    if kind is None:
        return None, ("cal_p_kind", {"value": fields[1][:30]})
    if kind == WORKDAY and day.weekday() < 5:
        return None, ("cal_p_weekday", {"value": day.isoformat()})
    name = fields[2] if len(fields) == 3 else ""
    if len(name) > 50 or any(ord(c) < 32 for c in name):
        return None, ("cal_p_name", {})
    return (day, kind, name), None


def _bad_lines(problems: list[tuple[int, str, dict]]) -> Refused:
    """Every bad line at once (issue 16: only the first was reported), in the user's language."""
    shown = problems[:50]
    lines = "\n".join(render("cal_line", line=n, problem=render(code, **params)) for n, code, params in shown)
    if len(problems) > len(shown):
        lines += "\n" + render("cal_more_lines", count=len(problems) - len(shown))
    return Refused("cal_bad_rows", count=len(problems), lines=lines)


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
        raise Refused("cal_unreadable", path=path, error=f"UTF-8 ({exc.reason})") from None
    if "\x00" in text:
        raise Refused("cal_unreadable", path=path, error="\\x00")
    rows: list[tuple[dt.date, str, str]] = []
    seen: dict[dt.date, int] = {}
    problems: list[tuple[int, str, dict]] = []
    header_allowed = True  # the header is the first line that is not blank or a # comment
    for lineno, fields in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not fields or not "".join(fields).strip() or fields[0].lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in fields]
        if header_allowed and fields[0].lower() == "date":
            header_allowed = False
            continue
        header_allowed = False
        row, problem = _row_problem(fields)
        if problem is not None:
            problems.append((lineno, *problem))
            continue
        day = row[0]
        if day in seen:
            problems.append((lineno, "cal_p_duplicate", {"value": day.isoformat(), "other": seen[day]}))
            continue
        seen[day] = lineno
        rows.append(row)
    if problems:
        raise _bad_lines(problems)
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


def edit_version(source: str | None) -> int:
    """The edit version a year's source records ("edit v3" -> 3; an import or the seed -> 0)."""
    if source and source.startswith("edit v") and source[6:].isdigit():
        return int(source[6:])
    return 0


def edit_days(s: Session, days: list[tuple[dt.date | str, str, str]], complete_year: int | None = None) -> dict:
    """Mark days as holiday / make-up working day / normal (the holiday editor). Every day is
    checked first; any bad one refuses them all, every problem reported. A covered year edited gets
    the next version; an uncovered one stays "weekends only" (its deadlines marked *) until
    ``complete_year`` says its schedule is now complete. Returns the years and their versions."""
    problems: list[tuple[int, str, dict]] = []
    rows: list[tuple[dt.date, str, str]] = []
    seen: set[dt.date] = set()
    for n, (day, kind, name) in enumerate(days, start=1):
        row, problem = _row_problem([str(day), str(kind), str(name or "").strip()])
        if problem is None and row[0] in seen:
            problem = ("cal_p_duplicate", {"value": row[0].isoformat(), "other": "?"})
        if problem is not None:
            problems.append((n, *problem))
            continue
        seen.add(row[0])
        rows.append(row)
    if complete_year is not None and not FIRST_DAY.year <= complete_year <= LAST_DAY.year:
        problems.append((len(days) + 1, "cal_p_range", {"value": str(complete_year)}))
    if problems:
        raise _bad_lines(problems)
    if not rows and complete_year is None:
        raise Refused("cal_empty")
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
            s.add(CalendarDay(id=natural_id("calendar_day", day), day=day, kind=kind, name=name,
                              hlc=store.hlc.now(), device_id=store.device_id))
        elif (row.kind, row.name, row.deleted) != (kind, name, False):
            row.kind, row.name, row.deleted = kind, name, False
            row.hlc, row.device_id = store.hlc.now(), store.device_id
    years = {d.year for d, _k, _n in rows} | ({complete_year} if complete_year is not None else set())
    known = {y.year: y for y in s.scalars(select(CalendarYear).where(CalendarYear.year.in_(years)))}
    versions = {}
    for y in sorted(years):
        row = known.get(y)
        covered = row is not None and not row.deleted
        if not covered and y != complete_year:
            versions[y] = None  # still weekends only (plus the days marked)
            continue
        version = (edit_version(row.source) if covered else 0) + 1
        if row is None:
            s.add(CalendarYear(id=natural_id("calendar_year", y), year=y, source=f"edit v{version}",
                               loaded_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id))
        else:
            row.source, row.loaded_at, row.deleted = f"edit v{version}", utcnow(), False
            row.hlc, row.device_id = store.hlc.now(), store.device_id
        versions[y] = version
    s.info["calendar_changed"] = True
    return {"days": [(d.isoformat(), k, n) for d, k, n in rows], "versions": versions}


def day_names(s: Session, year: int) -> list[dict]:
    """The days of ``year`` that differ from the weekday rule, with their names (元旦, 春节…)."""
    q = select(CalendarDay.day, CalendarDay.kind, CalendarDay.name).where(
        CalendarDay.deleted.is_(False), CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31))
    return [{"day": d.isoformat(), "kind": k, "name": n} for d, k, n in s.execute(q.order_by(CalendarDay.day))]


__all__ = ["KINDS", "import_calendar", "calendar_years", "parse_calendar_file", "missing_next_year", "edit_days",
           "day_names", "edit_version"]
