"""Stored files (photos and scans): where they live beside the database and what they are.

Content-addressed under ``attachments/``: ``attachments/ab/<sha256>.<ext>``, thumbnails under
``attachments/thumbs/``. A file's type is judged by its content (JPEG, PNG or PDF; an image is also
decoded within a pixel limit), never by its name. Used by the attachment service when a person adds
a file and by sync when files arrive in a package (below both: it reads no rows).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Refused

if TYPE_CHECKING:  # for annotations only: the blobs sit below the store
    from app.store import Store  # annotations only (the store imports this module)

MAX_BYTES = 20 * 1024 * 1024
THUMB_PX = 320
MAX_PIXELS = 60_000_000  # a phone photo is ~12-50 Mpx; anything larger is refused, not decoded
KINDS = {b"\xff\xd8\xff": ("image/jpeg", "jpg"), b"\x89PNG\r\n\x1a\n": ("image/png", "png"), b"%PDF-": ("application/pdf", "pdf")}


def attachments_dir(store: Store) -> Path:
    """The attachments folder beside the database."""
    return store.path.parent / "attachments"


def stored_path(store: Store, sha: str, ext: str) -> Path:
    """Where the file of content hash ``sha`` is kept: attachments/ab/<sha256>.<ext>."""
    return attachments_dir(store) / sha[:2] / f"{sha}.{ext}"


def thumb_path(store: Store, sha: str) -> Path:
    """Where the thumbnail of an image is kept: attachments/thumbs/<sha256>.jpg."""
    return attachments_dir(store) / "thumbs" / f"{sha}.jpg"


def sniff(head: bytes) -> tuple[str, str] | None:
    """(media type, extension) from a file's leading bytes, or None: a type is never taken from a name."""
    for magic, kind in KINDS.items():
        if head.startswith(magic):
            return kind
    return None


def extension(media_type: str) -> str:
    """The file extension a stored file of ``media_type`` has (image/jpeg -> jpg)."""
    return media_type.split("/")[1].replace("jpeg", "jpg")


def thumbnail(src: Path, dest: Path | None, shown_name: str) -> tuple[int, int]:
    """Decode the image (its size read first: a pixel bomb is refused before it is decoded) and,
    given ``dest``, write its thumbnail. An image that does not decode is not an image."""
    from PIL import (  # lazy: Pillow loads only when an image is judged (start-up time)
        Image,
        ImageOps,
    )

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
        src = stored_path(store, sha, extension(media_type))
        if thumb.exists() or not src.is_file():
            continue
        try:
            thumbnail(src, thumb, src.name)
        except (Refused, OSError):
            continue
        made += 1
    return made


def judge_file(path: Path, shown_name: str) -> str:
    """The media type of a stored file, judged by its content as ``add_attachment`` judges it (the
    leading bytes, then for an image a full decode within the pixel limit); Refused otherwise.
    Sync judges every attachment it receives with this."""
    with path.open("rb") as f:
        kind = sniff(f.read(16))
    if kind is None:
        raise Refused("att_type", path=shown_name)
    if kind[0].startswith("image/"):
        thumbnail(path, None, shown_name)
    return kind[0]
