"""Operations on the workbench itself for the database worker: calendar, settings, configuration
documents, demo data, backups and the database check."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.db_health import DamagedDatabase
from app.demo import build_demo as _build_demo
from app.services import audit, backup
from app.services import calendar as cal_svc
from app.services import config_docs as cfg
from app.services import settings as settings_svc
from app.services.changes import Changes


def calendar_overview(store, as_of: dt.date | None = None) -> dict:
    with store.reader() as s:
        years = cal_svc.calendar_years(s, as_of)  # judged on the window's day (training: the as-of day)
        missing = cal_svc.missing_next_year(s, as_of)  # the window's day, so the banner follows its clock
    cal = store.calendar
    days = {}
    for y in years:  # (date, kind, name): the names (元旦, 春节…) are shown (issue 16)
        days[y["year"]] = [(d, k, cal.name_of(d)) for d, k in cal.days_of_year(y["year"])]
    return {"years": years, "missing_next_year": missing, "days": days}


def edit_calendar_days(store, days: list, complete_year: int | None = None) -> dict:
    with store.session() as s:
        return cal_svc.edit_days(s, days, complete_year=complete_year)


def import_calendar(store, path):
    with store.session() as s:
        return cal_svc.import_calendar(s, path)


def update_settings(store, **kw):
    with store.session() as s:
        return settings_svc.update_settings(s, **kw)


def identity(store) -> dict:
    with store.reader() as s:
        return {"user": store.user, "device_name": settings_svc.device_name(s), "device_id": store.device_id,
                "warn_wd": store.warn_wd, "db": str(store.path), "phone": store.setting("phone", ""),
                "bureau_name": store.bureau_name, "station": store.setting("station", "")}


def build_demo(store, cases: int, as_of: dt.date, progress=None) -> dict:
    return _build_demo(store, cases, seed=1, as_of=as_of, progress=progress)


def backup_now(store) -> str:
    return str(backup.backup_now(store.path))


def verify_database(store):
    """quick_check of the file at start (after the first loads, so the window is ready meanwhile);
    returns the DamagedDatabase found, or None."""
    try:
        store.verify()
    except DamagedDatabase as exc:
        return exc
    return None


def restore_backup(store, path: str) -> str:
    """Check a backup, then put it in place of the database with every connection closed; returns
    where the previous file was kept. A backup that fails the check changes nothing."""
    backup.check_backup(Path(path))
    store.dispose()
    return str(backup.restore(store.path, Path(path), checked=True))


def check_database(store) -> dict:
    return audit.check_database(store)


def config_docs(store) -> list:
    """Rule sets and checklist templates: bundled and published versions, which are in force."""
    with store.reader() as s:
        return cfg.list_docs(s)


def publish_config(store, kind: str, path: str) -> dict:
    with store.session() as s:
        out = cfg.publish(s, kind, path)
    return {**out, "changes": Changes(config=True)}


REISSUE_STEPS = ("rekey", "check", "rekey_backups")  # app.rekey's steps, in order: one bar across them


def reissue_recovery_key(store, progress=None) -> dict:
    """A new recovery key (app.rekey.reissue): every pooled connection closed first (the old file is
    replaced), then reopened by the engine with the new key. ``progress(done, total)``: one bar over
    the steps (1000 a step). Not stoppable half-way: a window closing meanwhile waits for it."""
    from app import rekey
    from ui.worker import Cancelled

    def report(step: str, share: float) -> None:
        if progress is None or step not in REISSUE_STEPS:
            return
        try:
            progress(REISSUE_STEPS.index(step) * 1000 + int(share * 1000), len(REISSUE_STEPS) * 1000)
        except Cancelled:
            pass  # the files are being swapped: finished, not abandoned

    from app import db_health

    store.dispose()
    try:
        return rekey.reissue(store.path, report=report)
    except OSError as exc:  # a full disk: said plainly (nothing was changed: app.rekey)
        raise db_health.translate(exc, store.path) or exc from None
    finally:
        store.dispose()  # nothing pooled on the old file survives
