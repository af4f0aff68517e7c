"""Photos and scans: stored content-addressed in ``attachments/`` beside the database.

A file is read once, its type decided by its content (JPEG, PNG or PDF; never by its name), its
SHA-256 computed while it is copied to ``attachments/ab/<sha256>.<ext>``, and a thumbnail made
with the EXIF orientation applied. Rows refer to it by UUID and hash, so sync can carry it; the
user's own path is never stored.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.blobs import (
    MAX_BYTES,
    attachments_dir,
    sniff,
    stored_path,
    thumb_path,
    thumbnail,
)
from app.errors import Refused
from app.messages import render
from app.models import Attachment
from app.services.cases import get_case
from app.services.changes import Changes
from app.store import store_of, utcnow


def add_attachment(s: Session, ref: str, path: Path | str, owner_kind: str = "case", owner_ref: str = "") -> Changes:
    store = store_of(s)
    case = get_case(s, ref)
    src = Path(path)
    if owner_kind not in ("case", "survey", "item"):
        raise Refused("att_type", path=src.name)
    row = _stored_row(store, src, case_id=case.id, owner_kind=owner_kind, owner_ref=owner_ref)
    s.add(row)
    s.flush()
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=row.id)


def add_owned_attachment(s: Session, owner_kind: str, owner_id: str, path: Path | str) -> Changes:
    """A photo or scan owned by a row that is not a case (a visit, issue 18: ``app.services.visits``
    resolves the visit and calls this): stored as a case's is, with no case."""
    store = store_of(s)
    row = _stored_row(store, Path(path), case_id=None, owner_kind=owner_kind, owner_ref=owner_id)
    s.add(row)
    s.flush()
    return Changes(created_id=row.id)


def _stored_row(store, src: Path, **owner) -> Attachment:
    """Copy ``src`` into the content-addressed store (judged by its content) and make its row, not
    yet added. Refused, with nothing stored, for an unreadable, too big or unknown file."""
    try:
        if src.is_symlink() or not src.is_file():
            raise Refused("att_unreadable", path=src.name, error=render("att_not_regular"))
        size = src.stat().st_size
    except OSError as exc:
        raise Refused("att_unreadable", path=src.name, error=exc.strerror or exc) from None
    if size > MAX_BYTES:
        raise Refused("att_too_big", path=src.name, size=round(size / 1048576, 1), max=MAX_BYTES // 1048576)
    folder = attachments_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=folder, suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as f:
            head = f.read(16)
            kind = sniff(head)
            if kind is None:
                raise Refused("att_type", path=src.name)
            out.write(head)
            digest.update(head)
            copied = len(head)
            for block in iter(lambda: f.read(1 << 20), b""):
                copied += len(block)
                if copied > MAX_BYTES:
                    raise Refused("att_too_big", path=src.name, size=round(copied / 1048576, 1), max=MAX_BYTES // 1048576)
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        media_type, ext = kind
        sha = digest.hexdigest()
        width = height = None
        if media_type.startswith("image/"):
            width, height = thumbnail(tmp, thumb_path(store, sha), src.name)
        dest = stored_path(store, sha, ext)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            tmp.unlink()  # the same content is stored once
        else:
            os.replace(tmp, dest)
    except OSError as exc:
        raise Refused("att_unreadable", path=src.name, error=exc.strerror or exc) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return Attachment(
        **owner, sha256=sha, file_name=src.name[:200],
        media_type=media_type, size=copied, width=width, height=height, added_at=utcnow(),
        hlc=store.hlc.now(), device_id=store.device_id,
    )


def list_attachments(s: Session, ref: str, owner_kind: str | None = None, owner_ref: str | None = None) -> list[dict]:
    store = store_of(s)
    case = get_case(s, ref)
    q = select(Attachment).where(Attachment.case_id == case.id, Attachment.deleted.is_(False))
    if owner_kind:
        q = q.where(Attachment.owner_kind == owner_kind)
    if owner_ref is not None:
        q = q.where(Attachment.owner_ref == owner_ref)
    return _views(store, s.scalars(q.order_by(Attachment.added_at)))


def owned_attachments(s: Session, owner_kind: str, owner_ids: list[str]) -> dict[str, list[dict]]:
    """{owner id: its attachments, oldest first} for rows of ``owner_kind`` (visits)."""
    store = store_of(s)
    q = select(Attachment).where(Attachment.owner_kind == owner_kind, Attachment.deleted.is_(False))
    if len(owner_ids) <= 500:  # a long list: every owner's, filtered here (no bound-parameter limit)
        q = q.where(Attachment.owner_ref.in_(owner_ids))
    wanted = set(owner_ids)
    out: dict[str, list[dict]] = {}
    for a in _views(store, s.scalars(q.order_by(Attachment.added_at))):
        if a["owner_ref"] in wanted:
            out.setdefault(a["owner_ref"], []).append(a)
    return out


def _views(store, rows) -> list[dict]:
    out = []
    for a in rows:
        ext = a.media_type.split("/")[1].replace("jpeg", "jpg")
        thumb = thumb_path(store, a.sha256)
        out.append({
            "id": a.id, "sha256": a.sha256, "file_name": a.file_name, "media_type": a.media_type, "size": a.size,
            "width": a.width, "height": a.height, "owner_kind": a.owner_kind, "owner_ref": a.owner_ref,
            "path": str(stored_path(store, a.sha256, ext)), "thumbnail": str(thumb) if thumb.exists() else None,
        })
    return out


__all__ = ["add_attachment", "add_owned_attachment", "list_attachments", "owned_attachments"]
