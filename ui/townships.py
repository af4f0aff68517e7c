"""The townships in force as the screens' combo boxes list them (issue 18): the bundled document's
until the window has read the database's (a published version may change them), then that."""
from __future__ import annotations

_names: list[str] = []


def names() -> list[str]:
    if not _names:
        from app.config_set import bundled_data_docs

        docs = sorted(bundled_data_docs("townships"), key=lambda d: d.version)
        _names.extend(r["name"] for r in docs[-1].data["townships"])
    return list(_names)


def set_names(new: list[str]) -> None:
    _names[:] = list(new)
