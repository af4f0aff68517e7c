"""The Today view's read: its sections in one job on the database worker (app.services.agenda)."""
from __future__ import annotations

import traceback

from app.errors import Refused
from app.services import agenda


def today_sections(store, as_of, names=None) -> dict:
    """``{"sections": {name: data}, "errors": [message]}``: one session, one as-of. A section that
    fails is said by its message and the others are still shown, as when each was a job of its own
    (the worker's wording: a refusal's text, else the exception's type and text)."""
    sections, errors = {}, []
    with store.reader() as s:
        for name in names or agenda.TODAY_SECTIONS:
            try:
                sections[name] = agenda.TODAY_SECTIONS[name](s, as_of, store.user)
            except Refused as exc:
                errors.append(str(exc))
            except Exception as exc:
                traceback.print_exc()
                errors.append(f"{type(exc).__name__}: {exc}")
    return {"sections": sections, "errors": errors}
