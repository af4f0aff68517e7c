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

from app.errors import Refused
from app.messages import render
from app.models import Attachment
from app.services.cases import Change, get_case
from app.store import Store, store_of, utcnow

MAX_BYTES = 20 * 1024 * 1024
THUMB_PX = 320
MAX_PIXELS = 60_000_000  # a phone photo is ~12-50 Mpx; anything larger is refused, not decoded
KINDS = {b"\xff\xd8\xff": ("image/jpeg", "jpg"), b"\x89PNG\r\n\x1a\n": ("image/png", "png"), b"%PDF-": ("application/pdf", "pdf")}


def attachments_dir(store: Store) -> Path:
    return store.path.parent / "attachments"


def stored_path(store: Store, sha: str, ext: str) -> Path:
    return attachments_dir(store) / sha[:2] / f"{sha}.{ext}"


def thumb_path(store: Store, sha: str) -> Path:
    return attachments_dir(store) / "thumbs" / f"{sha}.jpg"


def _sniff(head: bytes) -> tuple[str, str] | None:
    for magic, kind in KINDS.items():
        if head.startswith(magic):
            return kind
    return None


def add_attachment(s: Session, ref: str, path: Path | str, owner_kind: str = "case", owner_ref: str = "") -> Change:
    store = store_of(s)
    case = get_case(s, ref)
    src = Path(path)
    if owner_kind not in ("case", "survey", "item"):
        raise Refused("att_type", path=src.name)
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
            kind = _sniff(head)
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
            width, height = _thumbnail(tmp, thumb_path(store, sha), src.name)
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
    row = Attachment(
        case_id=case.id, owner_kind=owner_kind, owner_ref=owner_ref, sha256=sha, file_name=src.name[:200],
        media_type=media_type, size=copied, width=width, height=height, added_at=utcnow(),
        hlc=store.hlc.now(), device_id=store.device_id,
    )
    s.add(row)
    s.flush()
    ch = Change(case_ids=[case.id], case_no=case.case_no)
    ch.attachment_id = row.id  # type: ignore[attr-defined]
    return ch


def _thumbnail(src: Path, dest: Path | None, shown_name: str) -> tuple[int, int]:
    """Decode the image (its size read first: a pixel bomb is refused before it is decoded) and,
    given ``dest``, write its thumbnail. An image that does not decode is not an image."""
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(src) as im:
            if im.width * im.height > MAX_PIXELS:
                raise Refused("att_type", path=shown_name)
            im = ImageOps.exif_transpose(im)  # a phone photo held sideways shows upright
            width, height = im.size
            im = im.convert("RGB")
            im.thumbnail((THUMB_PX, THUMB_PX))
            if dest is not None:
                dest.parent.mkdir(parents=True, exist_ok=True)
                part = dest.with_suffix(".part")
                im.save(part, "JPEG", quality=85)
                os.replace(part, dest)
            return width, height
    except (Image.DecompressionBombError, Image.UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise Refused("att_type", path=shown_name) from None


def make_missing_thumbnails(store: Store, media: dict[str, str]) -> int:
    """The thumbnails of stored images (sha256 -> media type) that have none, made as ``add_attachment``
    makes them; sync calls it once an import has stored the files it brought (a colleague's photos
    arrive with their pictures, not only their names). A file that is absent or will not decode is
    left as it is: a thumbnail is a convenience, the file is the record. Returns how many were made."""
    made = 0
    for sha, media_type in media.items():
        if not media_type.startswith("image/"):
            continue
        thumb = thumb_path(store, sha)
        src = stored_path(store, sha, media_type.split("/")[1].replace("jpeg", "jpg"))
        if thumb.exists() or not src.is_file():
            continue
        try:
            _thumbnail(src, thumb, src.name)
        except (Refused, OSError):
            continue
        made += 1
    return made


def judge_file(path: Path, shown_name: str) -> str:
    """The media type of a stored file, judged by its content as ``add_attachment`` judges it (the
    leading bytes, then for an image a full decode within the pixel limit); Refused otherwise.
    Sync judges every attachment it receives with this."""
    with path.open("rb") as f:
        kind = _sniff(f.read(16))
    if kind is None:
        raise Refused("att_type", path=shown_name)
    if kind[0].startswith("image/"):
        _thumbnail(path, None, shown_name)
    return kind[0]


def list_attachments(s: Session, ref: str, owner_kind: str | None = None, owner_ref: str | None = None) -> list[dict]:
    store = store_of(s)
    case = get_case(s, ref)
    q = select(Attachment).where(Attachment.case_id == case.id, Attachment.deleted.is_(False))
    if owner_kind:
        q = q.where(Attachment.owner_kind == owner_kind)
    if owner_ref is not None:
        q = q.where(Attachment.owner_ref == owner_ref)
    out = []
    for a in s.scalars(q.order_by(Attachment.added_at)):
        ext = a.media_type.split("/")[1].replace("jpeg", "jpg")
        thumb = thumb_path(store, a.sha256)
        out.append({
            "id": a.id, "sha256": a.sha256, "file_name": a.file_name, "media_type": a.media_type, "size": a.size,
            "width": a.width, "height": a.height, "owner_kind": a.owner_kind, "owner_ref": a.owner_ref,
            "path": str(stored_path(store, a.sha256, ext)), "thumbnail": str(thumb) if thumb.exists() else None,
        })
    return out


__all__ = ["add_attachment", "list_attachments", "make_missing_thumbnails"]
