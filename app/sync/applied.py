"""What both second passes of an import share (into a SQLite file, ``apply``; into a server,
``apply_pg``): how a configuration change and a device are named to the user, and the attachment
files copied beside the database. Below both, so neither imports the other's privates."""
from __future__ import annotations

import os
import shutil

from app.blobs import extension, stored_path
from app.data_kinds import DATA_KINDS
from app.messages import language, render
from app.models import Device
from app.store import Store
from app.sync.format import Checked


def describe_config(table: str, r: dict) -> str:
    """One configuration change in the user's language (issue 16: both languages were mixed)."""
    if table == "calendar_day":
        what = render("sync_cfg_day_holiday" if r["kind"] == "holiday" else "sync_cfg_day_workday",
                      day=r["day"], name=r["name"])
    elif table == "calendar_year":
        what = render("sync_cfg_year", year=r["year"], source=r["source"])
    else:
        if r["kind"] in DATA_KINDS:  # a data document (townships, questionnaire, point rule...)
            spec = DATA_KINDS[r["kind"]]
            kind = spec.name_zh if language() == "zh" else spec.name_en
        else:
            kind = render("sync_cfg_rules") if r["kind"] == "rules" else render("sync_cfg_checklist")
        what = f"{kind} {r['doc_id']} v{r['version']} {r['name']}"
    return what.strip() + (render("sync_cfg_deleted") if r.get("deleted") in (True, "true", 1) else "")


def store_attachment_files(store: Store, c: Checked, media: dict[str, str]) -> None:
    for sha, src in c.attachments.items():
        if sha not in media:
            continue
        dest = stored_path(store, sha, extension(media[sha]))
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_suffix(".part")
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)


def device_label(s, device_id: str) -> str:
    d = s.get(Device, device_id)
    return d.name if d is not None else device_id[:8]
