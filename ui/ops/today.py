"""The Today view's read: its sections in one job on the database worker (app.services.agenda)."""
from __future__ import annotations

from app.services import agenda


def today_sections(store, as_of, names=None) -> dict:
    with store.reader() as s:
        return agenda.today_sections(s, as_of, store.user, names)
