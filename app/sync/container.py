"""The package as a file: the zip (member names, sizes, compression ratios, hashes), the manifest
and its signature by the sending device, the sealed payload (AES-256-GCM under a passphrase), and
the signed chain heads. What lies inside the records is for ``rows`` and ``staging``.
"""


from __future__ import annotations

import hashlib
import io
import queue
import threading
import zipfile
from pathlib import Path

from cryptography.exceptions import InvalidTag
from sqlalchemy import select

from app import device_keys as keys
from app import fields
from app.db import SCHEMA_REVISIONS
from app.errors import Refused
from app.messages import render
from app.models import Device
from app.store import Store
from app.sync.format import (
    ATTACHMENT_NAME,
    FORMAT,
    HEX64_RE,
    MAX_ATTACHMENT_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_RECORDS_BYTES,
    UUID_RE,
    bad_package,
)
from app.sync.peers import wait_for_trust
from app.sync.rows import is_public_key


class HashingWriter(io.RawIOBase):
    """A raw stream that hashes and counts what passes through it on the way to ``raw``."""
    def __init__(self, raw) -> None:
        self.raw, self.sha, self.size = raw, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.sha.update(b)
        self.size += len(b)
        self.raw.write(b)
        return len(b)


def sha256_of_file(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_zip(zf: zipfile.ZipFile, allowed: set[str], where: str) -> dict[str, zipfile.ZipInfo]:
    """The members of a zip, each checked (allowed name, no link or folder, size, compression ratio)
    before anything is read; ``where`` names the zip in messages."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise bad_package("sync_p_too_many_members", where=where)
    out: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in out:
            raise bad_package("sync_p_duplicate_member", where=where, name=name)
        if name not in allowed and not ATTACHMENT_NAME.match(name):
            raise bad_package("sync_p_member_name", where=where, name=name[:80])
        mode = (info.external_attr >> 16) & 0o170000
        if mode in (0o120000, 0o040000) or info.is_dir():
            raise bad_package("sync_p_link_member", where=where, name=name[:80])
        if info.flag_bits & 0x1:
            raise bad_package("sync_p_encrypted_member", where=where)
        cap = MAX_MANIFEST_BYTES if name == "manifest.json" else MAX_ATTACHMENT_BYTES if name.startswith(
            "attachments/") else MAX_RECORDS_BYTES
        if info.file_size > cap:
            raise bad_package("sync_p_member_too_large_in", where=where, name=name)
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise bad_package("sync_p_compression_ratio", where=where, name=name)
        total += info.file_size
        out[name] = info
    if total > MAX_PACKAGE_BYTES:
        raise bad_package("sync_p_unpacked_too_large", where=where)
    return out


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's content, refused when it holds more than ``cap`` bytes (whatever its header says)."""
    with zf.open(info) as f:
        data = f.read(cap + 1)
    if len(data) > cap:
        raise bad_package("sync_p_member_too_large", name=info.filename)
    return data


def check_members(zf: zipfile.ZipFile, infos: dict, members: dict) -> None:
    """Every member the manifest lists is there with its size and sha256; records.jsonl is hashed
    while its lines are checked (_stage_records)."""
    for name, meta in members.items():
        if name not in infos:
            raise bad_package("sync_p_member_missing", name=name)
        if name != "records.jsonl":
            member_matches(name, *hash_member(zf, infos[name]), meta)


def member_matches(name: str, digest: str, size: int, meta: dict) -> None:
    """Refuses a member whose hash or size differs from what the manifest says."""
    if digest != meta["sha256"] or size != meta["size"]:
        raise bad_package("sync_p_member_hash", name=name)


def hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    """sha256 and size of a member as read."""
    h, n = hashlib.sha256(), 0
    with zf.open(info) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += len(block)
            if n > info.file_size:  # a lying header
                raise bad_package("sync_p_member_size", name=info.filename)
            h.update(block)
    return h.hexdigest(), n


def _device_label(store: Store, device_id: str, devices: list) -> str:
    with store.reader() as s:
        d = s.get(Device, device_id)
    if d is not None:
        return d.name
    return next((x["name"] for x in devices if x["id"] == device_id), device_id[:8])


def check_heads(store: Store, m: dict, tops: dict, devices: list) -> dict:
    """Every device whose events the package carries must have signed their head: the sender in the
    manifest it signs, any other device in its own statement (``keys.sign_head``), relayed as it
    was. Returns the statements verified (device -> statement)."""
    sender, chain = m["device_id"], m["chain"]
    heads = m.get("heads")
    if heads is None:  # an older Zaosong: its manifest vouches for the sender's own chain, nothing else
        heads = {}
    with store.reader() as s:
        known = {d.id: d.public_key for d in s.scalars(select(Device))}
    relayed = {d["id"]: d["public_key"] for d in devices}
    verified: dict[str, dict] = {}
    for dev, att in heads.items():
        if dev == store.device_id:
            continue  # this device's own events are compared with what it holds
        key = m["public_key"] if dev == sender else (known.get(dev) or relayed.get(dev) or "")
        if not key:
            continue  # a device nobody here knows a key of: its statement cannot count for anything
        if not keys.verify_head(key, dev, att):
            raise Refused("sync_forged", device=_device_label(store, dev, devices), sender=m["device_name"],
                          problem=render("sync_p_bad_signature"))
        verified[dev] = att
    own = verified.get(sender)
    if own is not None and (own["seq"], own["head"]) != (chain["seq"], chain["head"]):
        raise bad_package("sync_p_heads_chain")
    for dev, (seq, head) in tops.items():
        if dev == store.device_id:
            continue
        att = verified.get(dev) or ({"seq": chain["seq"], "head": chain["head"]} if dev == sender else None)
        if att is None:
            raise Refused("sync_forged", device=_device_label(store, dev, devices), sender=m["device_name"],
                          problem=render("sync_p_unsigned", seq=seq))
        if (att["seq"], att["head"]) != (seq, head):
            raise Refused("sync_forged", device=_device_label(store, dev, devices), sender=m["device_name"],
                          problem=render("sync_p_not_signed_head", seq=seq, signed=att["seq"]))
    return verified


class MemberStream:
    """A zip member read by a thread (decompressed, counted, hashed) into a short queue; ``read``
    hands its blocks on, and raises what the thread met (a damaged stream, a lying size)."""
    def __init__(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, block: int, depth: int = 8) -> None:
        self._queue: queue.Queue = queue.Queue(depth)
        self._full = queue.Full
        self._stopped = threading.Event()
        self._sha = hashlib.sha256()
        self._n = 0
        self._error: BaseException | None = None
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(zf, info, block), name="zsync-reader", daemon=True)
        self._thread.start()

    def _run(self, zf, info, block) -> None:
        try:
            with zf.open(info) as f:
                while not self._stopped.is_set():
                    data = f.read(block)
                    if not data:
                        break
                    self._n += len(data)
                    if self._n > info.file_size:  # a lying header
                        raise bad_package("sync_p_member_size", name=info.filename)
                    self._sha.update(data)
                    self._put(data)
        except BaseException as exc:  # handed to the reading thread
            self._error = exc
        finally:
            self._put(None)

    def _put(self, item) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except self._full:
                continue

    def read(self, _size: int = -1) -> bytes:
        if self._done:
            return b""
        data = self._queue.get()
        if data is None:
            self._done = True
            if self._error is not None:
                raise self._error
            return b""
        return data

    def result(self) -> tuple[str, int]:
        """The rest read, then the member's sha256 and size."""
        while self.read():
            pass
        self._thread.join()
        return self._sha.hexdigest(), self._n

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=10)


def check_manifest(m) -> None:
    """Every field of the manifest of the type and form it must have; a newer format or schema is
    refused as such."""
    if not isinstance(m, dict):
        raise bad_package("sync_p_manifest_not_object")
    fmt = m.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise bad_package("manifest.format")
    if fmt > FORMAT:
        raise Refused("sync_newer", what=f"format {fmt}")
    schema = m.get("schema")
    if not isinstance(schema, str):
        raise bad_package("manifest.schema")
    if schema not in SCHEMA_REVISIONS:
        raise Refused("sync_newer", what=f"schema {schema[:40]}")
    if SCHEMA_REVISIONS.index(schema) < SCHEMA_REVISIONS.index("0003_sync"):
        raise bad_package("sync_p_too_old")
    need = {"package_id": str, "device_id": str, "device_name": str, "public_key": str, "seq": int,
            "prev_package_sha256": str, "peer": str, "created_at": str, "chain": dict, "members": dict,
            "signature": str, "counts": dict}
    for key, typ in need.items():
        if not isinstance(m.get(key), typ) or isinstance(m.get(key), bool):
            raise bad_package(f"manifest.{key}")
    if not UUID_RE.match(m["package_id"]) or not UUID_RE.match(m["device_id"]):
        raise bad_package("manifest: UUID")
    if m["seq"] < 1:
        raise bad_package("manifest.seq")
    # the key and name are shown to a person (fingerprint, "trust this device?"): well-formed or refused
    if not is_public_key(m["public_key"]):
        raise bad_package("manifest.public_key")
    if fields.text_problem(m["device_name"], fields.DEVICE_NAME.max_len, required=True):
        raise bad_package("manifest.device_name")
    if m["peer"] and not UUID_RE.match(m["peer"]):
        raise bad_package("manifest.peer")
    if m["prev_package_sha256"] and not HEX64_RE.match(m["prev_package_sha256"]):
        raise bad_package("manifest.prev_package_sha256")
    if len(m["created_at"]) > 40:
        raise bad_package("manifest.created_at")
    for key in ("members", "inner_members"):
        members = m.get(key)
        if key == "inner_members" and members is None:
            continue
        if not isinstance(members, dict):
            raise bad_package(f"manifest.{key}")
        for name, meta in members.items():
            if not isinstance(meta, dict) or not HEX64_RE.match(str(meta.get("sha256", ""))) or \
                    not isinstance(meta.get("size"), int) or isinstance(meta.get("size"), bool) or meta["size"] < 0:
                raise bad_package(f"manifest.{key}[{name[:40]!r}]")
    heads = m.get("heads")
    if heads is not None:
        if not isinstance(heads, dict) or len(heads) > 10_000:
            raise bad_package("manifest.heads")
        for dev, att in heads.items():
            if not UUID_RE.match(dev) or not isinstance(att, dict) or set(att) != {"seq", "head", "vv", "sig"} or any(
                    not isinstance(att[k], int) or isinstance(att[k], bool) or not 0 <= att[k] <= 2**53
                    for k in ("seq", "vv")) or not isinstance(att["head"], str) or not (
                    att["head"] == "" or HEX64_RE.match(att["head"])) or not isinstance(att["sig"], str) or \
                    len(att["sig"]) > 200 or (att["seq"] == 0) != (att["head"] == ""):
                raise bad_package(f"manifest.heads[{dev[:40]!r}]")
    if m.get("encryption") is not None and not isinstance(m["encryption"], dict):
        raise bad_package("manifest.encryption")
    chain = m["chain"]
    if not isinstance(chain.get("seq"), int) or isinstance(chain.get("seq"), bool) or chain["seq"] < 0 or \
            not isinstance(chain.get("head"), str) or not (chain["head"] == "" or HEX64_RE.match(chain["head"])):
        raise bad_package("manifest.chain")


def check_sender(store: Store, m: dict, body: bytes, signature: str) -> bool:
    """The package must be signed by a device a person has trusted."""
    with store.reader() as s:
        dev = s.get(Device, m["device_id"])
        if dev is not None and dev.is_local:
            raise bad_package("sync_p_own_package")
        if dev is not None and dev.trusted:
            if dev.public_key and dev.public_key != m["public_key"]:
                raise Refused("sync_key_changed", device=dev.name, fingerprint=keys.fingerprint(m["public_key"]))
            key = dev.public_key or m["public_key"]
            if not keys.verify(key, body, signature):
                raise Refused("sync_signature")
            return True
    # unknown or untrusted: check the signature against the key it carries, then ask a person
    if not keys.verify(m["public_key"], body, signature):
        raise Refused("sync_signature")
    wait_for_trust(store, m["device_id"], m["device_name"], m["public_key"])
    raise Refused("sync_untrusted", device=m["device_name"][:100], device_id=m["device_id"],
                  fingerprint=keys.fingerprint(m["public_key"]))


def unseal(zf, info, enc: dict, passphrase: str | None, dest: Path) -> None:
    """Decrypt ``payload.bin`` into ``dest`` with the passphrase; a wrong passphrase or a changed byte fails
    the authentication tag."""
    if not passphrase:
        raise Refused("sync_passphrase_needed")
    if not isinstance(enc, dict) or enc.get("cipher") != "AES-256-GCM" or enc.get("kdf") != "scrypt":
        raise bad_package("manifest.encryption")
    if (enc.get("n"), enc.get("r"), enc.get("p")) != (keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P):
        raise bad_package("sync_p_kdf")
    try:
        salt, nonce, tag = bytes.fromhex(enc["salt"]), bytes.fromhex(enc["nonce"]), bytes.fromhex(enc["tag"])
    except (KeyError, TypeError, ValueError):
        raise bad_package("manifest.encryption") from None
    if len(salt) != 16 or len(nonce) != keys.NONCE_BYTES or len(tag) != keys.TAG_BYTES:
        raise bad_package("manifest.encryption")
    dec = keys.decryptor(passphrase, salt, nonce, tag)

    written = 0
    with zf.open(info) as src, dest.open("wb") as out:
        for block in iter(lambda: src.read(1 << 20), b""):
            chunk = dec.update(block)
            written += len(chunk)
            if written > MAX_PACKAGE_BYTES:
                raise bad_package("sync_p_decrypted_too_large")
            out.write(chunk)
        try:
            out.write(dec.finalize())
        except InvalidTag:
            raise Refused("sync_wrong_passphrase") from None


def extract(zf, infos, staging: Path) -> dict[str, Path]:
    """Copy the attachments into the staging folder under names we choose (never the package's);
    records.jsonl is read where its lines are checked."""
    if "records.jsonl" not in infos:
        raise bad_package("sync_p_records_missing")
    attachments = {}
    for name, info in infos.items():
        m = ATTACHMENT_NAME.match(name)
        if not m:
            continue
        dest = staging / f"att-{m.group(1)}"
        data = read_member(zf, info, MAX_ATTACHMENT_BYTES)
        if hashlib.sha256(data).hexdigest() != m.group(1):
            raise bad_package("sync_p_attachment_content", name=name)
        dest.write_bytes(data)
        attachments[m.group(1)] = dest
    return attachments
