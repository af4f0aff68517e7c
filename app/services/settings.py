"""Settings stored in the database (who uses it, this device's name, the warning threshold, and
what every printed document says about who issued it: the bureau, the supply station, the phone)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app import fields
from app.errors import Refused
from app.models import Device
from app.services.checks import check_text
from app.store import store_of


def update_settings(
    s: Session, *, user: str | None = None, device_name: str | None = None, warn_wd: int | None = None,
    phone: str | None = None, bureau_name: str | None = None, station: str | None = None,
) -> dict:
    store = store_of(s)
    changed = {}
    if user is not None:
        changed["user"] = fields.USER.check(user)
    if device_name is not None:
        changed["device_name"] = fields.DEVICE_NAME.check(device_name)
    if warn_wd is not None:
        if isinstance(warn_wd, bool) or not isinstance(warn_wd, int) or not 0 <= warn_wd <= 10:
            raise Refused("bad_number", what="warn_wd", lo=0, hi=10)
        changed["warn_wd"] = warn_wd
    if phone is not None:
        changed["phone"] = check_text(phone, "phone", fields.PHONE.max_len)
    if bureau_name is not None:
        changed["bureau_name"] = check_text(bureau_name, "bureau_name", fields.BUREAU_NAME.max_len, required=True)
    if station is not None:
        changed["station"] = check_text(station, "station", fields.STATION.max_len)
    for key in ("user", "phone", "bureau_name", "station"):
        if key in changed:
            store.set_setting(s, key, changed[key])
    if "warn_wd" in changed:
        store.set_setting(s, "warn_wd", str(changed["warn_wd"]))
    if "device_name" in changed:
        s.get(Device, store.device_id).name = changed["device_name"]
    return changed


def device_name(s: Session) -> str:
    store = store_of(s)
    return s.get(Device, store.device_id).name


def bureau_name(store) -> str:
    """The 供电局 printed on every document (``Store.bureau_name``: the one definition, with its
    default for a database from before the first run asked for it)."""
    return store.bureau_name


def document_identity(store) -> dict:
    """Who issues the papers: the bureau, the supply station (may be empty) and the manager's phone."""
    return {"bureau": bureau_name(store), "station": store.setting("station", ""),
            "phone": store.setting("phone", "")}
