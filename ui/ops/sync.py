"""Sync operations for the database worker: this laptop's identity, export, import (preview, then
apply), conflicts and trust. An import's summary carries its ``Changes`` (``summary["changes"]``)."""
from __future__ import annotations

from app.device_keys import fingerprint
from app.errors import Refused
from app.models import Device
from app.services.changes import Changes
from app.sync.export import export_package
from app.sync.importer import import_package
from app.sync.peers import list_conflicts, list_devices, resolve_conflict, trust_device


def sync_overview(store) -> dict:
    with store.reader() as s:
        d = s.get(Device, store.device_id)
        me = {"id": d.id, "name": d.name, "fingerprint": fingerprint(d.public_key)}
    return {"me": me, "devices": list_devices(store), "conflicts": list_conflicts(store)}


def sync_export(store, path, peer, passphrase, progress=None) -> dict:
    return export_package(store, path, peer=peer, passphrase=passphrase, progress=progress)


def sync_import(store, path, passphrase, dry_run: bool, previews=None, progress=None) -> dict:
    """``previews`` (an ``app.sync.importer.PreviewCache``, the sync page's): the preview keeps what
    it checked there, so applying the same file next does not check it again."""
    try:
        return import_package(store, path, passphrase=passphrase, dry_run=dry_run, progress=progress,
                              previews=previews)
    except Refused as exc:
        if exc.code != "sync_untrusted":
            raise
        # a device seen for the first time: the GUI asks a person to compare its fingerprint and trust
        # it there and then (the core has put it among the devices waiting for trust)
        return {"untrusted": {"device": exc.params["device"], "device_id": exc.params["device_id"],
                              "fingerprint": exc.params["fingerprint"]}}


def sync_resolve(store, conflict_id: str, keep: str) -> dict:
    # which side is kept changes a row of any table: every screen may show it
    return {**resolve_conflict(store, conflict_id, keep), "changes": Changes(all_cases=True, all_meetings=True)}


def sync_trust(store, device_id: str, supervisor: bool | None = None) -> dict:
    return trust_device(store, device_id, supervisor=supervisor)
