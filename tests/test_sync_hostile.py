"""Hostile sync packages: every one is refused with a clear message, the receiving database is
left exactly as it was, and nothing is written anywhere but ``<db folder>/sync/``.

One trusted sender and one receiver are built once for the module; every test works on its own
copy of the receiver. Packages are crafted by hand with ``zipfile`` (re-signed with the sender's
real key where the point is to get past the signature to a later check), or exported for real
and then damaged.
"""
from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import struct
import uuid
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import device_keys as keys
from app.errors import Refused
from app.services import cases as svc
from app.store import GENESIS, Store, canonical_json, event_hash
from app.sync import container
from app.sync.export import export_package
from app.sync.importer import import_package
from app.sync.peers import trust_device
from tests.conftest import ROOT
from tests.helpers import cli, raw_connect

D = dt.date
PASSPHRASE = "早送 correct horse battery"
TOKEN = "zaosong-slip-" + uuid.uuid4().hex[:12]  # in every hostile member name: must never appear on disk
DB_FILES = {"zaosong.db", "zaosong.db-wal", "zaosong.db-shm", "zaosong.db-journal"}
SYNC_CODES = {"sync_bad", "sync_newer", "sync_key_changed", "sync_signature", "sync_untrusted", "sync_passphrase_needed",
              "sync_wrong_passphrase", "sync_replayed", "sync_audit",
              "sync_forged", "sync_counter", "sync_rewritten", "sync_chain_gap"}
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


# --- the sender / receiver pair, built once --------------------------------------------------------
@dataclass
class Pair:
    base: Path
    recv_dir: Path
    recv_id: str
    sender_id: str
    sender_pub: str
    sender_key: str  # the sender's private key, from its meta table
    other_key: str  # a key pair that is not the sender's
    other_pub: str
    p1: Path  # imported by the receiver (seq 1)
    p2: Path  # valid, not imported (seq 2): the case made since p1
    p3: Path  # sealed with PASSPHRASE (seq 3)
    p2_manifest: dict
    base_records: list[dict]  # the p2 lines the receiver does not have yet (device + new rows)
    bomb: Path | None = None
    recv_url: str | None = None  # pg_sync: the receiver on the test server (its database the copies' template)


def _records_of(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as zf:
        return [json.loads(line) for line in zf.read("records.jsonl").decode("utf-8").splitlines() if line.strip()]


def _manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> Pair:
    base = tmp_path_factory.mktemp("hostile")
    return _make_pair(base, Store.open(base / "recv" / "zaosong.db", user="李娜", device_name="接收机"))


def _make_pair(base: Path, recv: Store) -> Pair:
    sender = Store.open(base / "sender" / "zaosong.db", user="张伟", device_name="发送机")
    try:
        with sender.session() as s:
            no = svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630,
                                 applied_on=D(2026, 11, 2), manager="张伟").case_no
        with sender.session() as s:
            svc.finish_stage(s, no, "ACCEPT", D(2026, 11, 3))
        with sender.session() as s:
            svc.pause_stage(s, no, D(2026, 11, 4), "POLICY", note="政策处理")
        png = base / "photo.png"
        png.write_bytes(PNG)
        from app.services.attachments import add_attachment

        with sender.session() as s:
            add_attachment(s, no, png)
        p1 = export_package(sender, base / "out" / "p1.zsync")["file"]
        with pytest.raises(Refused) as first:
            import_package(recv, Path(p1))
        assert first.value.code == "sync_untrusted"
        trust_device(recv, sender.device_id)
        summary = import_package(recv, Path(p1))
        assert summary["inserted"].get("case") == 1, summary
        with sender.session() as s:
            no2 = svc.create_case(s, customer_name="恒达针织有限公司", account_no="3300000002", capacity_kva=400,
                                  applied_on=D(2026, 11, 9), manager="张伟").case_no
        with sender.session() as s:
            svc.finish_stage(s, no2, "ACCEPT", D(2026, 11, 10))
        p2 = Path(export_package(sender, base / "out" / "p2.zsync")["file"])
        p3 = Path(export_package(sender, base / "out" / "p3.zsync", passphrase=PASSPHRASE)["file"])
        with sender.reader() as s:
            from app.models import Device

            sender_key = sender.signing_key()
            sender_pub = s.get(Device, sender.device_id).public_key
        sender_id = sender.device_id
        recv_id = recv.device_id
    finally:
        sender.dispose()
        recv.dispose()
    have = {(r["t"], r["row"]["id"]) for r in _records_of(Path(p1))}
    base_records = [r for r in _records_of(p2) if r["t"] == "device" or (r["t"], r["row"]["id"]) not in have]
    assert {r["t"] for r in base_records} == {"device", "case", "stage_round", "case_event"}, base_records
    other_key, other_pub = keys.new_device_key()
    pair = Pair(base=base, recv_dir=recv.path.parent, recv_id=recv_id, sender_id=sender_id, sender_pub=sender_pub,
                sender_key=sender_key, other_key=other_key, other_pub=other_pub, p1=Path(p1), p2=p2, p3=p3,
                p2_manifest=_manifest_of(p2), base_records=base_records)
    pair.bomb = make_bomb(pair, base / "bomb.zsync")
    return pair


# --- snapshots: the database content and the files around it ----------------------------------------
def db_content_hash(db: Path) -> str:
    from sqlite3.dump import _iterdump  # the stdlib's dump, on any DB-API connection (sqlcipher3 has none)

    con = raw_connect(f"file:{db}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for line in _iterdump(con):
            if line.startswith('INSERT INTO "pending_device"'):
                continue  # the devices waiting for trust: an unknown sender's refusal lists it (0024)
            h.update(line.encode("utf-8", "surrogatepass") + b"\n")
        return h.hexdigest()
    finally:
        con.close()


def tree(folder: Path) -> tuple[dict[str, str], set[str]]:
    files, dirs = {}, set()
    for p in folder.rglob("*"):
        rel = p.relative_to(folder).as_posix()
        if p.is_dir() and not p.is_symlink():
            dirs.add(rel)
        elif rel not in DB_FILES:
            files[rel] = "link" if p.is_symlink() else hashlib.sha256(p.read_bytes()).hexdigest()
    return files, dirs


def files_outside(root: Path, skip: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if skip not in p.parents and p != skip}


class Receiver:
    """A copy of the receiving database, its snapshot, and the checks every hostile case must pass."""

    def __init__(self, pair: Pair, tmp_path: Path) -> None:
        self.pair = pair
        self.tmp = tmp_path
        self.folder = tmp_path / "recv"
        shutil.copytree(pair.recv_dir, self.folder)
        self.db = self.folder / "zaosong.db"
        self.pkgs = tmp_path / "pkgs"
        self.pkgs.mkdir()
        self.store = Store.open(self.db)
        self.local = self.folder  # where sync/, backups/ and attachments/ are
        self.snapshot()
        self.tmp_before = files_outside(tmp_path, self.folder)
        self.basetemp = tmp_path.parent
        self.outside_before = files_outside(self.basetemp, tmp_path)
        self.n = 0
        self.caps: dict[str, int] = {}  # a kind may lower a cap (too many members) rather than build a huge file

    def content_hash(self) -> str:
        return db_content_hash(self.db)

    def snapshot(self) -> None:
        self.hash_before = self.content_hash()
        self.tree_before = tree(self.local)

    def path(self, suffix: str = ".zsync") -> Path:
        self.n += 1
        return self.pkgs / f"h{self.n}{suffix}"

    def refuse(self, path: Path, passphrase: str | None = None) -> Refused:
        with pytest.raises(Refused) as info:
            import_package(self.store, path, passphrase=passphrase)
        exc = info.value
        assert exc.code in SYNC_CODES, (exc.code, str(exc))
        text = str(exc)
        assert text and "Traceback" not in text and len(text) < 600, text
        return exc

    def assert_untouched(self) -> None:
        assert self.content_hash() == self.hash_before, "the receiving database changed"
        files_before, dirs_before = self.tree_before
        files_after, dirs_after = tree(self.local)
        changed = {f for f in set(files_before) | set(files_after) if files_before.get(f) != files_after.get(f)}
        # a package that passes every check is backed up against before it is applied (the last ten are
        # kept); one refused while being applied leaves that copy: of the unchanged database, nothing else
        backups = {f for f in changed - set(files_before) if re.fullmatch(r"backups/pre-import-[0-9-]+\.db", f)}
        for f in backups:
            assert db_content_hash(self.local / f) == self.hash_before, f
        # a package refused for a gap in a chain waits for the missing one (a copy named by its hash)
        waiting = {f for f in changed - set(files_before) if re.fullmatch(r"sync/waiting/[0-9a-f]{64}\.zsync", f)}
        assert changed - backups - waiting <= {"sync/pending_devices.json"}, changed
        assert dirs_after - dirs_before <= {"sync", "sync/staging", "sync/waiting", "backups"}, dirs_after - dirs_before
        staging = self.local / "sync" / "staging"
        assert not staging.exists() or not any(staging.iterdir()), list(staging.iterdir())
        # nothing beside the receiver folder (a zip-slip target), nor above it, nor absolute
        assert files_outside(self.tmp, self.folder) - self.tmp_before <= {
            p.relative_to(self.tmp).as_posix() for p in self.pkgs.rglob("*")} | {"pkgs"}
        assert files_outside(self.basetemp, self.tmp) == self.outside_before
        for where in (Path("/tmp"), Path("/etc"), Path("/"), ROOT, Path.cwd(), Path.home(), self.pkgs,
                      self.local / "sync", self.local / "attachments"):
            assert not list(where.glob(f"*{TOKEN}*")), where
        assert not list(self.basetemp.rglob(f"*{TOKEN}*"))


@pytest.fixture
def recv(pair, tmp_path):
    r = Receiver(pair, tmp_path)
    yield r
    r.store.dispose()


# --- crafting packages ----------------------------------------------------------------------------------
def meta(data: bytes) -> dict:
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def sign(manifest: dict, key: str) -> dict:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return {**body, "signature": keys.sign(key, canonical_json(body).encode("utf-8"))}


def base_manifest(pair: Pair, **overrides) -> dict:
    m = {k: v for k, v in copy.deepcopy(pair.p2_manifest).items() if k != "signature"}
    m.update(package_id=str(uuid.uuid4()), seq=2, members={}, counts={}, inner_members=None, encryption=None)
    m.update(overrides)
    return m


def lines(records: list[dict]) -> bytes:
    return b"".join(canonical_json(r).encode("utf-8") + b"\n" for r in records)


def write_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]],
              compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        with zipfile.ZipFile(path, "w", compression=compression) as zf:
            for name, data in members:
                zf.writestr(name, data)
    return path


def craft(pair: Pair, path: Path, records: bytes | None = None, *, attachments: dict[str, bytes] | None = None,
          extra: list = (), listed: dict | None = None, key: str | None = None, raw_manifest: bytes | None = None,
          **manifest_overrides) -> Path:
    """A plain package: records (default: the p2 rows the receiver lacks), signed by the sender
    unless ``key`` says otherwise; ``extra`` members go into the zip unlisted; ``listed`` entries are
    added to the manifest's members whether or not they are in the zip."""
    records = lines(pair.base_records) if records is None else records
    attachments = attachments or {}
    members = {"records.jsonl": meta(records)}
    members.update({f"attachments/{sha}": meta(data) for sha, data in attachments.items()})
    members.update(listed or {})
    if manifest_overrides.get("device_id", pair.sender_id) != pair.sender_id:
        # another device's own package: a chain of its own (none), no statements of the sender's
        manifest_overrides.setdefault("chain", {"seq": 0, "head": ""})
        manifest_overrides.setdefault("heads", {})
    elif "heads" not in manifest_overrides:
        resign_sender_head(pair, records, manifest_overrides)
    m = sign(base_manifest(pair, members=members, **manifest_overrides), key or pair.sender_key)
    content = [("manifest.json", raw_manifest if raw_manifest is not None else canonical_json(m).encode("utf-8")),
               ("records.jsonl", records)]
    content += [(f"attachments/{sha}", data) for sha, data in attachments.items()]
    content += list(extra)
    return write_zip(path, content)


def resign_sender_head(pair: Pair, records: bytes, overrides: dict) -> None:
    """The genuine sender wrote the records: its chain head and its signed statement of it follow
    its top event in them (a package that changes the sender's events is the sender's own doing)."""
    top = None
    for line in records.splitlines():
        try:
            rec = json.loads(line)
        except (ValueError, RecursionError):
            return  # a damaged line: refused before heads are looked at
        if isinstance(rec, dict) and rec.get("t") == "case_event" and isinstance(rec.get("row"), dict) and \
                rec["row"].get("device_id") == pair.sender_id:
            if top is None or rec["row"]["device_seq"] > top["device_seq"]:
                top = rec["row"]
    heads = dict(pair.p2_manifest["heads"])
    if top is not None and isinstance(top.get("hash"), str) and isinstance(top.get("device_seq"), int):
        own = heads[pair.sender_id]
        heads[pair.sender_id] = keys.sign_head(pair.sender_key, pair.sender_id, top["device_seq"], top["hash"], own["vv"])
        overrides.setdefault("chain", {"seq": top["device_seq"], "head": top["hash"]})
    overrides["heads"] = heads


def mutate(pair: Pair, fn: Callable[[list[dict]], None]) -> bytes:
    recs = copy.deepcopy(pair.base_records)
    fn(recs)
    return lines(recs)


def row(recs: list[dict], table: str, n: int = 0) -> dict:
    return [r for r in recs if r["t"] == table][n]["row"]


def raw_line_edit(pair: Pair, table: str, edit: Callable[[bytes], bytes]) -> bytes:
    out = []
    done = False
    for r in pair.base_records:
        line = canonical_json(r).encode("utf-8")
        if r["t"] == table and not done:
            new = edit(line)
            assert new != line
            line, done = new, True
        out.append(line + b"\n")
    assert done
    return b"".join(out)


def data_span(path: Path, name: str) -> tuple[int, int]:
    """Where a member's (compressed) bytes lie in the zip file."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    raw = path.read_bytes()
    off = info.header_offset
    assert raw[off:off + 4] == b"PK\x03\x04"
    n, m = struct.unpack("<HH", raw[off + 26:off + 30])
    start = off + 30 + n + m
    return start, start + info.compress_size


def patch_central(path: Path, name: str, *, usize: int | None = None) -> None:
    """Rewrite a member's uncompressed size in the central directory (what zipfile believes)."""
    raw = bytearray(path.read_bytes())
    pos = 0
    target = name.encode("utf-8")
    while True:
        i = raw.find(b"PK\x01\x02", pos)
        assert i >= 0, name
        n = struct.unpack("<H", raw[i + 28:i + 30])[0]
        if bytes(raw[i + 46:i + 46 + n]) == target:
            break
        pos = i + 4
    if usize is not None:
        raw[i + 24:i + 28] = struct.pack("<I", usize)
    path.write_bytes(bytes(raw))


def rewrite(pair: Pair, src: Path, dst: Path, *, manifest_fn=None, member_fn=None, key: str | None = None) -> Path:
    """Copy a real package, changing members and/or the manifest, and re-sign it."""
    with zipfile.ZipFile(src) as zf:
        m = json.loads(zf.read("manifest.json"))
        data = {i.filename: zf.read(i) for i in zf.infolist() if i.filename != "manifest.json"}
    if member_fn:
        data = member_fn(data)
    m.pop("signature")
    m["package_id"] = str(uuid.uuid4())
    m["members"] = {n: meta(d) for n, d in data.items()}
    if manifest_fn:
        manifest_fn(m)
    m = sign(m, key or pair.sender_key)
    return write_zip(dst, [("manifest.json", canonical_json(m).encode("utf-8")), *data.items()])


def seal(pair: Pair, path: Path, inner: bytes, inner_members, passphrase: str = PASSPHRASE, **overrides) -> Path:
    """A sealed package around any inner bytes (normally a zip of records and attachments)."""
    salt, nonce, enc = keys.encryptor(passphrase)
    payload = enc.update(inner) + enc.finalize()
    encryption = {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": keys.SCRYPT_N, "r": keys.SCRYPT_R,
                  "p": keys.SCRYPT_P, "salt": salt.hex(), "nonce": nonce.hex(), "tag": enc.tag.hex()}
    m = sign(base_manifest(pair, members={"payload.bin": meta(payload)}, inner_members=inner_members,
                           encryption=encryption, **overrides), pair.sender_key)
    return write_zip(path, [("manifest.json", canonical_json(m).encode("utf-8")), ("payload.bin", payload)])


def inner_zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
    return buf.getvalue()


def entry(name: str, mode: int | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    if mode is not None:
        info.create_system = 3
        info.external_attr = mode << 16
    return info


def flip(path: Path, dst: Path, offset: int, mask: int = 0x01) -> Path:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= mask
    dst.write_bytes(bytes(raw))
    return dst


def new_event(pair: Pair, recs: list[dict]) -> dict:
    return [r for r in recs if r["t"] == "case_event"][0]["row"]


def rechain(recs: list[dict]) -> None:
    """Recompute the hashes of the new events, each linked to the one before."""
    evs = [r["row"] for r in recs if r["t"] == "case_event"]
    for prev, ev in zip([None, *evs], evs):
        if prev is not None:
            ev["prev_hash"] = prev["hash"]
        rehash(ev)


def rehash(ev: dict) -> None:
    fields = {k: ev[k] for k in ("case_id", "kind", "payload", "actor", "device_id", "device_seq", "prev_hash")}
    fields["effective_on"] = ev["effective_on"]
    fields["recorded_at"] = dt.datetime.fromisoformat(ev["recorded_at"]).isoformat(timespec="microseconds")
    ev["hash"] = event_hash(fields)


def make_bomb(pair: Pair, path: Path) -> Path:
    """records.jsonl of 200 MB of zeros, deflated to ~200 KB, listed and signed: only the ratio tells."""
    zeros = b"\0" * (1 << 20)
    h = hashlib.sha256()
    for _ in range(200):
        h.update(zeros)
    m = sign(base_manifest(pair, members={"records.jsonl": {"size": 200 << 20, "sha256": h.hexdigest()}}),
             pair.sender_key)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", canonical_json(m))
        with zf.open(entry("records.jsonl"), "w", force_zip64=True) as f:
            for _ in range(200):
                f.write(zeros)
    return path


# --- the hostile kinds ------------------------------------------------------------------------------------
@dataclass
class Attempt:
    path: Path
    expect: tuple[str, ...]  # the message must contain one of these
    passphrase: str | None = None


KINDS: dict[str, Callable[[Pair, Receiver], list[Attempt]]] = {}


def kind(name: str):
    """Register a hostile kind: a function (pair, receiver) -> the attempts, each to be refused."""
    def deco(fn):
        assert name not in KINDS, name
        KINDS[name] = fn
        return fn
    return deco


# the file itself
@kind("truncated-half")
def _(p, r):
    raw = p.p1.read_bytes()
    out = r.path()
    out.write_bytes(raw[: len(raw) // 2])
    return [Attempt(out, ("不是有效的同步包",))]


@kind("truncated-tail")
def _(p, r):
    raw = p.p1.read_bytes()
    out = r.path()
    out.write_bytes(raw[:-7])  # the end-of-central-directory record cut short
    return [Attempt(out, ("不是有效的同步包",))]


@kind("truncated-data")
def _(p, r):
    # the records' bytes cut out of the middle, the directory kept: offsets now point at garbage
    raw = p.p1.read_bytes()
    start, end = data_span(p.p1, "records.jsonl")
    out = r.path()
    out.write_bytes(raw[:start + 100] + raw[end - 100:])
    return [Attempt(out, ("同步包被拒绝",))]


@kind("bitflip-records")
def _(p, r):
    start, end = data_span(p.p1, "records.jsonl")
    spots = [start, start + 1, start + 7, start + 100, (start + end) // 2, end - 40, end - 5, end - 1]
    return [Attempt(flip(p.p1, r.path(), o, mask), ("同步包被拒绝", "重放"))
            for o in spots for mask in (0x01, 0x80, 0xFF)]


@kind("bitflip-manifest")
def _(p, r):
    start, end = data_span(p.p1, "manifest.json")
    spots = [start, start + 3, (start + end) // 2, end - 20, end - 1]
    # a flip the decompressor happens to ignore leaves p1's own manifest: then it is refused as a replay
    return [Attempt(flip(p.p1, r.path(), o, mask), ("同步包被拒绝", "签名无效", "重放"))
            for o in spots for mask in (0x01, 0x40)]


@kind("bitflip-directory")
def _(p, r):
    raw = p.p1.read_bytes()
    cd = raw.rfind(b"PK\x01\x02")  # the last central-directory entry: flip its sizes, name, offset
    return [Attempt(flip(p.p1, r.path(), cd + o, 0x10), ("同步包被拒绝", "重放"))
            for o in (20, 24, 28, 42, 46)]


@kind("not-a-zip")
def _(p, r):
    out = r.path()
    out.write_bytes(b"<html><body>this is not a sync package</body></html>\n" * 50)
    return [Attempt(out, ("不是有效的同步包",))]


@kind("empty-file")
def _(p, r):
    out = r.path()
    out.write_bytes(b"")
    return [Attempt(out, ("文件大小异常",))]


@kind("a-folder-not-a-file")
def _(p, r):
    out = r.path()
    out.mkdir()
    link = r.path()
    link.symlink_to(p.p2)  # a link to a perfectly good package is still not taken
    return [Attempt(out, ("不是普通文件",)), Attempt(link, ("不是普通文件",))]


# encryption
@kind("wrong-passphrase")
def _(p, r):
    return [Attempt(p.p3, ("Wrong passphrase", "口令错误"), passphrase="wrong " + PASSPHRASE)]


@kind("sealed-without-passphrase")
def _(p, r):
    return [Attempt(p.p3, ("需要口令",))]


@kind("sealed-payload-tampered")
def _(p, r):
    def tamper(data):
        b = bytearray(data["payload.bin"])
        b[len(b) // 2] ^= 0x04
        return {**data, "payload.bin": bytes(b)}

    resigned = rewrite(p, p.p3, r.path(), member_fn=tamper)  # the manifest re-signed: only GCM can tell
    unsigned = flip(p.p3, r.path(), data_span(p.p3, "payload.bin")[0] + 500, 0x04)
    return [Attempt(resigned, ("口令错误",), PASSPHRASE), Attempt(unsigned, ("package refused", "同步包被拒绝"), PASSPHRASE)]


@kind("sealed-kdf-inflated")
def _(p, r):
    def inflate(m):
        m["encryption"]["n"] = 2**30  # a key derivation that would take gigabytes
    return [Attempt(rewrite(p, p.p3, r.path(), manifest_fn=inflate), ("KDF",), PASSPHRASE)]


@kind("sealed-bad-encryption-fields")
def _(p, r):
    def mk(fn):
        return rewrite(p, p.p3, r.path(), manifest_fn=fn)

    return [
        Attempt(mk(lambda m: m["encryption"].update(salt=12)), ("manifest.encryption",), PASSPHRASE),
        Attempt(mk(lambda m: m["encryption"].update(nonce="zz")), ("manifest.encryption",), PASSPHRASE),
        Attempt(mk(lambda m: m["encryption"].update(cipher="ROT13")), ("manifest.encryption",), PASSPHRASE),
        Attempt(mk(lambda m: m.update(encryption=["AES-256-GCM"])), ("encryption",), PASSPHRASE),
    ]


@kind("sealed-inner-members-malformed")
def _(p, r):
    inner = inner_zip([("records.jsonl", lines(p.base_records))])
    good = {"records.jsonl": meta(lines(p.base_records))}
    return [
        Attempt(seal(p, r.path(), inner, ["records.jsonl"]), ("inner_members",), PASSPHRASE),
        Attempt(seal(p, r.path(), inner, {"records.jsonl": "sha"}), ("inner_members",), PASSPHRASE),
        Attempt(seal(p, r.path(), inner, {"records.jsonl": {**good["records.jsonl"], "size": -1}}),
                ("inner_members",), PASSPHRASE),
        Attempt(seal(p, r.path(), inner, None), ("inner_members", "未列入清单"), PASSPHRASE),
    ]


@kind("sealed-inner-hostile-zip")
def _(p, r):
    rec = lines(p.base_records)
    listed = {"records.jsonl": meta(rec)}
    return [
        Attempt(seal(p, r.path(), b"PK\x03\x04 not really a zip" * 10, listed), ("不是 zip",), PASSPHRASE),
        Attempt(seal(p, r.path(), inner_zip([("records.jsonl", rec), (f"../{TOKEN}", b"x")]),
                     {**listed, f"../{TOKEN}": meta(b"x")}), ("不允许的成员名",), PASSPHRASE),
        Attempt(seal(p, r.path(), inner_zip([("records.jsonl", rec), ("manifest.json", b"{}")]),
                     {**listed, "manifest.json": meta(b"{}")}), ("不允许的成员名",), PASSPHRASE),
        Attempt(seal(p, r.path(), inner_zip([("records.jsonl", rec + b"\n")]), listed), ("成员校验失败",), PASSPHRASE),
    ]


# who sent it
@kind("signed-by-another-key")
def _(p, r):
    return [Attempt(craft(p, r.path(), key=p.other_key), ("signature is invalid", "签名无效"))]


@kind("signature-garbage")
def _(p, r):
    m = sign(base_manifest(p, members={"records.jsonl": meta(lines(p.base_records))}), p.sender_key)
    attempts = []
    for sig in ("", "!!!not base64!!!", "AAAA", m["signature"][:-4] + "AAA=", 12):
        raw = canonical_json({**m, "signature": sig}).encode("utf-8")
        exp = ("manifest.signature",) if not isinstance(sig, str) else ("签名无效",)
        attempts.append(Attempt(craft(p, r.path(), raw_manifest=raw), exp))
    return attempts


@kind("manifest-edited-not-resigned")
def _(p, r):
    m = sign(base_manifest(p, members={"records.jsonl": meta(lines(p.base_records))}), p.sender_key)
    raw = canonical_json({**m, "seq": 77}).encode("utf-8")
    return [Attempt(craft(p, r.path(), raw_manifest=raw), ("签名无效",))]


@kind("unknown-device")
def _(p, r):
    dev = str(uuid.uuid4())
    out = craft(p, r.path(), key=p.other_key, device_id=dev, public_key=p.other_pub, device_name="陌生设备")
    return [Attempt(out, ("尚未信任", dev))]


@kind("key-changed")
def _(p, r):
    out = craft(p, r.path(), key=p.other_key, public_key=p.other_pub)  # the trusted device's id, a new key
    return [Attempt(out, ("签名密钥变了",))]


@kind("public-key-garbage")
def _(p, r):
    attempts = []
    for pub in ("!!not-a-key!!", "AAAA", "", p.sender_pub + "AAAA"):
        attempts.append(Attempt(craft(p, r.path(), public_key=pub), ("public_key", "签名")))
        dev = str(uuid.uuid4())
        attempts.append(Attempt(craft(p, r.path(), public_key=pub, device_id=dev), ("public_key", "签名")))
    return attempts


@kind("own-package")
def _(p, r):
    out = r.path()
    export_package(r.store, out)  # writes only the export log: snapshot again
    r.snapshot()
    return [Attempt(out, ("本机自己导出",))]


@kind("replayed-package-id")
def _(p, r):
    old = _manifest_of(p.p1)["package_id"]
    return [Attempt(craft(p, r.path(), package_id=old), ("重放",))]


@kind("replayed-older-seq")
def _(p, r):
    return [Attempt(craft(p, r.path(), seq=1), ("重放",)), Attempt(craft(p, r.path(), seq=0), ("manifest.seq",))]


# versions
@kind("newer-format")
def _(p, r):
    return [Attempt(craft(p, r.path(), format=2), ("format 2",))]


@kind("newer-schema")
def _(p, r):
    return [Attempt(craft(p, r.path(), schema="0099_future"), ("schema 0099_future",))]


@kind("older-schema")
def _(p, r):
    return [Attempt(craft(p, r.path(), schema="0001_initial"), ("过旧的同步包格式",))]


@kind("manifest-malformed")
def _(p, r):
    rec = lines(p.base_records)

    def raw(m):
        if isinstance(m, dict):
            m = canonical_json(sign(m, p.sender_key)).encode()
        return craft(p, r.path(), raw_manifest=m)

    good = base_manifest(p, members={"records.jsonl": meta(rec)})
    return [
        Attempt(raw(b"[]"), ("不是对象",)),
        Attempt(raw(b"\xff\xfe{}"), ("manifest.json",)),
        Attempt(raw(b'{"format":1,"format":1}'), ("duplicate key",)),
        Attempt(raw(b'{"format":1}' + b" " * (3 << 20)), ("过大",)),
        Attempt(raw({**good, "format": True}), ("manifest.format",)),
        Attempt(raw({**good, "format": "1"}), ("manifest.format",)),
        Attempt(raw({**good, "schema": None}), ("manifest.schema",)),
        Attempt(raw({**good, "seq": "2"}), ("manifest.seq",)),
        Attempt(raw({**good, "device_id": "../../etc"}), ("UUID",)),
        Attempt(raw({**good, "package_id": str(uuid.uuid4()) + "\n"}), ("UUID",)),
        Attempt(raw({**good, "members": {"records.jsonl": {"size": 1, "sha256": "x"}}}), ("manifest.members",)),
        Attempt(raw({**good, "members": {"records.jsonl": {**meta(rec), "size": True}}}), ("manifest.members",)),
        Attempt(raw({**good, "chain": {"seq": True, "head": "x"}}), ("manifest.chain",)),
        Attempt(raw({**good, "chain": {"seq": 3, "head": "../../x"}}), ("manifest.chain",)),
        Attempt(raw({**good, "device_name": "x" * 5000}), ("manifest.device_name",)),
        Attempt(raw({**good, "peer": "../x"}), ("manifest.peer",)),
        Attempt(raw({**good, "counts": []}), ("manifest.counts",)),
        Attempt(raw({k: v for k, v in good.items() if k != "members"}), ("manifest.members",)),
        Attempt(raw({**good, "seq": 10**30}), ("number too large",)),
    ]


# where members would land
@kind("zip-slip-relative")
def _(p, r):
    return [Attempt(craft(p, r.path(), extra=[(name, b"owned")]), ("不允许的成员名",))
            for name in (f"../{TOKEN}", f"../../../../{TOKEN}", f"attachments/../../{TOKEN}", f"./../{TOKEN}")]


@kind("absolute-path-member")
def _(p, r):
    return [Attempt(craft(p, r.path(), extra=[(name, b"owned")]), ("不允许的成员名",))
            for name in (f"/etc/{TOKEN}", f"/tmp/{TOKEN}", f"//server/share/{TOKEN}")]


@kind("windows-path-member")
def _(p, r):
    return [Attempt(craft(p, r.path(), extra=[(name, b"owned")]), ("不允许的成员名",))
            for name in (f"C:\\{TOKEN}", f"C:{TOKEN}", f"..\\..\\{TOKEN}", "attachments\\" + "a" * 64,
                         f"C:/Windows/{TOKEN}")]


@kind("windows-reserved-name")
def _(p, r):
    return [Attempt(craft(p, r.path(), extra=[(name, b"x")]), ("不允许的成员名",))
            for name in ("CON", "aux.txt", "attachments/NUL", "COM1", "lpt1.jsonl", "records.jsonl.", "records.jsonl ",
                         "RECORDS.JSONL")]


@kind("symlink-member")
def _(p, r):
    sha = hashlib.sha256(b"/etc/passwd").hexdigest()
    return [
        Attempt(craft(p, r.path(), extra=[(entry(f"attachments/{sha}", 0o120777), b"/etc/passwd")]), ("链接或目录成员",)),
        Attempt(craft(p, r.path(), extra=[(entry(f"{TOKEN}", 0o120777), b"/etc/passwd")]), ("不允许的成员名", "链接或目录成员")),
    ]


@kind("symlink-records")
def _(p, r):
    # records.jsonl itself a link: built by hand so the manifest lists it with the right hash
    target = b"/etc/passwd"
    m = sign(base_manifest(p, members={"records.jsonl": meta(target)}), p.sender_key)
    out = write_zip(r.path(), [("manifest.json", canonical_json(m).encode()), (entry("records.jsonl", 0o120777), target)])
    return [Attempt(out, ("链接或目录成员",))]


@kind("directory-member")
def _(p, r):
    return [
        Attempt(craft(p, r.path(), extra=[(entry("attachments/", 0o40755), b"")]), ("不允许的成员名", "链接或目录成员")),
        Attempt(craft(p, r.path(), extra=[(entry(f"{TOKEN}/", 0o40755), b"")]), ("不允许的成员名", "链接或目录成员")),
    ]


@kind("directory-mode-on-allowed-name")
def _(p, r):
    rec = lines(p.base_records)
    m = sign(base_manifest(p, members={"records.jsonl": meta(rec)}), p.sender_key)
    out = write_zip(r.path(), [("manifest.json", canonical_json(m).encode()), (entry("records.jsonl", 0o40755), rec)])
    return [Attempt(out, ("链接或目录成员",))]


@kind("zip-bomb")
def _(p, r):
    return [Attempt(p.bomb, ("zip 炸弹", "压缩比异常"))]


@kind("zip-bomb-understated")
def _(p, r):
    # the same bomb, its directory claiming 1 MB: reading must stop at 1 MB and fail the checks
    out = r.path()
    shutil.copy(p.bomb, out)
    return [Attempt(_understate(out), ("package refused", "同步包被拒绝"))]


def _understate(path: Path) -> Path:
    """Rewrite the zip64 sizes of the bomb's records entry down to 1 MB."""
    raw = bytearray(path.read_bytes())
    pos = 0
    while True:
        i = raw.find(b"PK\x01\x02", pos)
        assert i >= 0
        n, m = struct.unpack("<HH", raw[i + 28:i + 32])
        if bytes(raw[i + 46:i + 46 + n]) == b"records.jsonl":
            break
        pos = i + 4
    usize = struct.unpack("<I", raw[i + 24:i + 28])[0]
    if usize == 0xFFFFFFFF:  # the real size is in the zip64 extra field
        extra = i + 46 + n
        end = extra + m
        while extra < end:
            hid, hlen = struct.unpack("<HH", raw[extra:extra + 4])
            if hid == 0x0001:
                raw[extra + 4:extra + 12] = struct.pack("<Q", 1 << 20)
                break
            extra += 4 + hlen
    else:
        raw[i + 24:i + 28] = struct.pack("<I", 1 << 20)
    path.write_bytes(bytes(raw))
    return path


@kind("huge-member-declared")
def _(p, r):
    out = craft(p, r.path())
    patch_central(out, "records.jsonl", usize=0xFFFFFFF0)  # 4 GB declared
    out2 = craft(p, r.path(), attachments={hashlib.sha256(PNG).hexdigest(): PNG})
    patch_central(out2, f"attachments/{hashlib.sha256(PNG).hexdigest()}", usize=25 << 20)
    out3 = craft(p, r.path())
    patch_central(out3, "manifest.json", usize=3 << 20)
    return [Attempt(x, ("过大",)) for x in (out, out2, out3)]


@kind("too-many-members")
def _(p, r):
    names = [f"attachments/{hashlib.sha256(str(i).encode()).hexdigest()}" for i in range(40)]
    out = craft(p, r.path(), extra=[(n, b"") for n in names])
    r.caps["MAX_MEMBERS"] = 20
    return [Attempt(out, ("成员过多",))]


@kind("member-not-listed")
def _(p, r):
    data = PNG
    sha = hashlib.sha256(data).hexdigest()
    return [Attempt(craft(p, r.path(), extra=[(f"attachments/{sha}", data)]), ("未列入清单",))]


@kind("member-listed-but-missing")
def _(p, r):
    sha = hashlib.sha256(PNG).hexdigest()
    return [Attempt(craft(p, r.path(), listed={f"attachments/{sha}": meta(PNG)}), ("缺少成员",))]


@kind("records-missing")
def _(p, r):
    m = sign(base_manifest(p, members={}), p.sender_key)
    out = write_zip(r.path(), [("manifest.json", canonical_json(m).encode())])
    return [Attempt(out, ("缺少 records.jsonl",))]


@kind("manifest-missing")
def _(p, r):
    return [Attempt(write_zip(r.path(), [("records.jsonl", lines(p.base_records))]), ("缺少 manifest.json",))]


@kind("attachment-name-lies")
def _(p, r):
    # listed with its real hash, but named after another file's hash
    fake = hashlib.sha256(b"another file").hexdigest()
    return [Attempt(craft(p, r.path(), extra=[(f"attachments/{fake}", PNG)], listed={f"attachments/{fake}": meta(PNG)}),
                    ("附件内容与名称不符",))]


@kind("duplicate-member")
def _(p, r):
    rec = lines(p.base_records)
    return [
        Attempt(craft(p, r.path(), records=rec, extra=[("records.jsonl", rec)]), ("重复成员",)),
        Attempt(craft(p, r.path(), extra=[("manifest.json", b"{}")]), ("重复成员",)),
    ]


@kind("zip-encrypted-member")
def _(p, r):
    out = craft(p, r.path())
    raw = bytearray(out.read_bytes())
    pos = 0
    while (i := raw.find(b"PK\x01\x02", pos)) >= 0:  # set the "encrypted" flag in the directory
        raw[i + 8] |= 0x01
        pos = i + 4
    out.write_bytes(bytes(raw))
    return [Attempt(out, ("加密的 zip 成员",))]


@kind("names-differ-in-local-header")
def _(p, r):
    out = craft(p, r.path())
    raw = bytearray(out.read_bytes())
    i = raw.find(b"PK\x03\x04records.jsonl"[:4])
    while raw[i + 30:i + 43] != b"records.jsonl":
        i = raw.find(b"PK\x03\x04", i + 4)
    raw[i + 30:i + 43] = b"../" + TOKEN.encode()[:10]
    out.write_bytes(bytes(raw))
    return [Attempt(out, ("package refused", "同步包被拒绝"))]


@kind("unsupported-compression")
def _(p, r):
    out = craft(p, r.path())
    raw = bytearray(out.read_bytes())
    pos = 0
    while (i := raw.find(b"PK\x01\x02", pos)) >= 0:
        raw[i + 10:i + 12] = struct.pack("<H", 99)  # AES (WinZip): not supported
        pos = i + 4
    pos = 0
    while (i := raw.find(b"PK\x03\x04", pos)) >= 0:
        raw[i + 8:i + 10] = struct.pack("<H", 99)
        pos = i + 4
    out.write_bytes(bytes(raw))
    return [Attempt(out, ("package refused", "同步包被拒绝"))]


# what the records say
def rec_attempt(p, r, records: bytes, *expect: str) -> list[Attempt]:
    return [Attempt(craft(p, r.path(), records=records), expect)]


@kind("json-duplicate-keys")
def _(p, r):
    a = raw_line_edit(p, "case", lambda line: line.replace(b'"customer_name":', b'"customer_name":"x","customer_name":', 1))
    b = raw_line_edit(p, "case", lambda line: line.replace(b'{"row":', b'{"t":"calendar_day","row":', 1))
    return rec_attempt(p, r, a, "duplicate key") + rec_attempt(p, r, b, "duplicate key")


@kind("json-nan")
def _(p, r):
    out = []
    for word in (b"NaN", b"Infinity", b"-Infinity", b"1e999"):
        data = raw_line_edit(p, "case", lambda line: line.replace(b'"capacity_kva":400.0', b'"capacity_kva":' + word, 1))
        out += rec_attempt(p, r, data, "not JSON", "out of range", "超出范围")
    return out


@kind("json-deep-nesting")
def _(p, r):
    deep = b"[" * 20 + b"]" * 20
    deeper = b"[" * 200_000 + b"]" * 200_000
    a = raw_line_edit(p, "case", lambda line: line.replace(b'"address":""', b'"address":' + deep, 1))
    b = raw_line_edit(p, "case", lambda line: line.replace(b'"address":""', b'"address":' + deeper, 1))
    c = mutate(p, lambda recs: row(recs, "case").update(vv=json.dumps({"a": [[[[[[[[[[[1]]]]]]]]]]]})))
    return (rec_attempt(p, r, a, "nested too deeply") + rec_attempt(p, r, b, "nested", "recursion", "line")
            + rec_attempt(p, r, c, "case.vv"))


@kind("json-huge-integer")
def _(p, r):
    a = raw_line_edit(p, "stage_round", lambda line: line.replace(b'"round":1', b'"round":' + b"9" * 5000, 1))
    b = mutate(p, lambda recs: row(recs, "stage_round").update(round=9_999_999_999_999_999))
    c = mutate(p, lambda recs: row(recs, "case").update(capacity_kva=1e300))
    d = mutate(p, lambda recs: row(recs, "stage_round").update(round=-(2**60)))
    return (rec_attempt(p, r, a, "number too large") + rec_attempt(p, r, b, "应为整数")
            + rec_attempt(p, r, c, "数值无效") + rec_attempt(p, r, d, "number too large"))


@kind("invalid-date")
def _(p, r):
    out = []
    for bad in ("2026-02-30", "2026-13-01", "1900-01-01", "2026-11-02T00:00:00", "yesterday", "", "2026-11-02\n"):
        out += rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(applied_on=bad)),
                           "日期无效", "超出范围")
    for bad in ("2026-11-02T25:61:00", "0001-01-01T00:00:00", "9999-12-31T23:59:59", "2026-11-02T08:00:00+08:00"):
        out += rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(created_at=bad)),
                           "时间无效", "时间超出范围")
    out += rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(applied_on=20261102)), "应为文字")
    return out


@kind("invalid-enum-stage")
def _(p, r):
    return (rec_attempt(p, r, mutate(p, lambda recs: row(recs, "stage_round").update(stage="LUNCH")), "LUNCH")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(current_stage="LUNCH")), "LUNCH"))


@kind("invalid-enum-pause-reason")
def _(p, r):
    def add_pause(recs):
        rnd = row(recs, "stage_round", 1)
        recs.append({"t": "pause", "row": {
            "id": str(uuid.uuid4()), "hlc": rnd["hlc"], "device_id": p.sender_id, "deleted": False,
            "vv": json.dumps({p.sender_id: 1}), "round_id": rnd["id"], "started_on": "2026-11-11", "ended_on": None,
            "reason": "SUPPLY_SIDE_DELAY", "note": ""}})
    return rec_attempt(p, r, mutate(p, add_pause), "SUPPLY_SIDE_DELAY")


@kind("invalid-enum-outcome")
def _(p, r):
    return (rec_attempt(p, r, mutate(p, lambda recs: row(recs, "stage_round").update(outcome="maybe")), "maybe")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(business_type="GIFT")), "GIFT")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(status="deleted")), "deleted"))


@kind("unknown-table")
def _(p, r):
    out = []
    for t, rw in (("meta", {"key": "device_key", "value": p.other_key}), ("sqlite_master", {}),
                  ("device_key", {}), ("sync_package", {"id": str(uuid.uuid4())})):
        out += rec_attempt(p, r, mutate(p, lambda recs: recs.append({"t": t, "row": rw})), "未知的表")
    return out


@kind("table-name-not-text")
def _(p, r):
    out = []
    for t in (["case"], {"case": 1}, 7, None):
        out += rec_attempt(p, r, mutate(p, lambda recs: recs.append({"t": t, "row": {}})), "未知的表", "{t, row}")
    return out


@kind("unknown-or-missing-column")
def _(p, r):
    return (rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(is_admin=True)), "字段不符")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(lseq=10**6)), "字段不符")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").pop("manager")), "字段不符")
            + rec_attempt(p, r, mutate(p, lambda recs: recs[1].update(extra=1)), "{t, row}")
            + rec_attempt(p, r, mutate(p, lambda recs: recs[1].update(row=[1, 2])), "row"))


@kind("vv-not-a-version-vector")
def _(p, r):
    out = []
    for vv in ("[1, 2]", "{}", '{"x": 1}', json.dumps({p.sender_id: 0}), json.dumps({p.sender_id: True}),
               json.dumps({p.sender_id: 1.5}), "not json", '{"a":1,"a":2}'):
        out += rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(vv=vv)), "case.vv")
    out += rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(vv={p.sender_id: 1})), "应为文字")
    return out


@kind("bad-utf8")
def _(p, r):
    a = raw_line_edit(p, "case", lambda line: line.replace("恒达".encode(), b"\xff\xfe\xe6\x81", 1))
    b = raw_line_edit(p, "case", lambda line: line.replace("恒达".encode(), b"\xed\xa0\x80", 1))  # a UTF-8 surrogate
    c = b"\xef\xbb\xbf" + lines(p.base_records)  # a byte-order mark
    return rec_attempt(p, r, a, "不是 UTF-8") + rec_attempt(p, r, b, "不是 UTF-8") + rec_attempt(p, r, c, "line 1")


@kind("lone-surrogate-escape")
def _(p, r):
    a = raw_line_edit(p, "case", lambda line: line.replace("恒达".encode(), b"\\ud800", 1))
    b = raw_line_edit(p, "case", lambda line: line.replace(b'"address":""', b'"address":"\\udfff\\ud800"', 1))
    return rec_attempt(p, r, a, "surrogate", "Unicode") + rec_attempt(p, r, b, "surrogate", "Unicode")


@kind("control-characters")
def _(p, r):
    return rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(customer_name="恒达\x00针织")), "NUL")


@kind("overlong-values")
def _(p, r):
    return (rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(customer_name="长" * 101)), "过长")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(hlc="1-1")), "case.hlc")
            + rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(id="../../x")), "case.id"))


@kind("overlong-line")
def _(p, r):
    from app.sync.format import MAX_LINE_BYTES

    noise = base64.b64encode(os.urandom(MAX_LINE_BYTES * 3 // 4 + (1 << 20)))  # incompressible: not a bomb
    data = mutate(p, lambda recs: row(recs, "case").update(address=noise[: 1 << 20].decode()))
    spaces = lines(p.base_records) + noise  # one line longer than the cap, without a newline
    return rec_attempt(p, r, data, "过长") + rec_attempt(p, r, spaces, "过长")


@kind("path-in-attachment-row")
def _(p, r):
    def add(recs):
        case = row(recs, "case")
        recs.append({"t": "attachment", "row": {
            "id": str(uuid.uuid4()), "hlc": case["hlc"], "device_id": p.sender_id, "deleted": False,
            "vv": json.dumps({p.sender_id: 1}), "case_id": case["id"], "owner_kind": "case", "owner_ref": "",
            "sha256": f"../../../../{TOKEN}", "file_name": "x.png", "media_type": "image/png", "size": 1,
            "width": None, "height": None, "added_at": "2026-11-10T08:00:00"}})
    return rec_attempt(p, r, mutate(p, add), "attachment.sha256")


def attachment_row(p: Pair, case: dict, sha: str, media: str = "image/png") -> dict:
    return {"t": "attachment", "row": {
        "id": str(uuid.uuid4()), "hlc": case["hlc"], "device_id": p.sender_id, "deleted": False,
        "vv": json.dumps({p.sender_id: 1}), "case_id": case["id"], "owner_kind": "case", "owner_ref": "",
        "sha256": sha, "file_name": "x.png", "media_type": media, "size": 1, "width": None, "height": None,
        "added_at": "2026-11-10T08:00:00"}}


@kind("attachment-content-not-its-type")
def _(p, r):
    out = []
    for data, media in ((b"<html><script>alert(1)</script></html>", "image/png"), (b"MZ\x90\x00 a program", "image/jpeg"),
                        (PNG, "application/pdf")):
        sha = hashlib.sha256(data).hexdigest()
        recs = mutate(p, lambda recs: recs.append(attachment_row(p, row(recs, "case"), sha, media)))
        out.append(Attempt(craft(p, r.path(), records=recs, attachments={sha: data}), ("文件内容不是",)))
    return out


@kind("json-column-not-json")
def _(p, r):
    def payload(value):
        def fn(recs):
            new_event(p, recs)["payload"] = value
        return fn

    def survey(recs):
        case = row(recs, "case")
        recs.append({"t": "survey", "row": {
            "id": str(uuid.uuid4()), "hlc": case["hlc"], "device_id": p.sender_id, "deleted": False,
            "vv": json.dumps({p.sender_id: 1}), "case_id": case["id"], "surveyed_on": "2026-11-10",
            "participants": "张伟, 李娜", "findings": "", "substation": "", "feeder": "", "pole": "", "supply_kv": 10.0,
            "dual_source": False, "metering": "LV", "ct_ratio": "", "vt_ratio": "", "transformers": "[]"}})
    return (rec_attempt(p, r, mutate(p, payload("not json")), "case_event.payload")
            + rec_attempt(p, r, mutate(p, payload("[1, 2]")), "case_event.payload")
            + rec_attempt(p, r, mutate(p, survey), "survey.participants"))


@kind("conflict-row-names-unknown-table")
def _(p, r):
    def add(recs):
        case = row(recs, "case")
        version = json.dumps({"hlc": case["hlc"], "device_id": p.sender_id})
        recs.append({"t": "sync_conflict", "row": {
            "id": str(uuid.uuid4()), "hlc": case["hlc"], "device_id": p.sender_id, "deleted": False,
            "vv": json.dumps({p.sender_id: 1}), "table_name": "meta", "row_id": case["id"], "older": version,
            "newer": version, "package_id": str(uuid.uuid4()), "detected_at": "2026-11-10T08:00:00",
            "resolved_at": None, "resolution": ""}})
    return rec_attempt(p, r, mutate(p, add), "sync_conflict")


@kind("trailing-newline-in-names")
def _(p, r):
    sha = hashlib.sha256(PNG).hexdigest()
    name = f"attachments/{sha}\n"
    return [Attempt(craft(p, r.path(), extra=[(name, PNG)], listed={name: meta(PNG)}), ("不允许的成员名",)),
            *rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(device_id=p.sender_id + "\n")),
                         "case.device_id")]


@kind("terminal-escape-in-device-name")
def _(p, r):
    dev = str(uuid.uuid4())
    out = []
    for name in ("\x1b[2J\x1b[31m可信设备", "主管\u202e\u2066moc.exe", "a\rb", ""):
        out.append(Attempt(craft(p, r.path(), key=p.other_key, device_id=dev, public_key=p.other_pub, device_name=name),
                           ("manifest.device_name",)))
    out += rec_attempt(p, r, mutate(p, lambda recs: recs.append(
        {"t": "device", "row": {"id": dev, "name": "\x1b]0;owned\x07", "public_key": p.other_pub}})), "device")
    return out


@kind("lzma-garbage")
def _(p, r):
    rec = lines(p.base_records)
    m = sign(base_manifest(p, members={"records.jsonl": meta(rec)}), p.sender_key)
    out = r.path()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", canonical_json(m))
        zf.writestr(zipfile.ZipInfo("records.jsonl"), rec, compress_type=zipfile.ZIP_LZMA)
    start, end = data_span(out, "records.jsonl")
    raw = bytearray(out.read_bytes())
    raw[start + 9:start + 40] = bytes(31)  # the stream's first bytes zeroed (the 4-byte header and properties kept)
    out.write_bytes(bytes(raw))
    return [Attempt(out, ("同步包被拒绝",))]


@kind("path-in-case-number")
def _(p, r):
    out = []
    for no in ("../../x", "/etc/passwd", "CON", "a\\b", "YK 26 00001"):
        out += rec_attempt(p, r, mutate(p, lambda recs: row(recs, "case").update(case_no=no)), "case.case_no")
    return out


@kind("row-refers-to-missing-parent")
def _(p, r):
    orphan = mutate(p, lambda recs: row(recs, "stage_round").update(case_id=str(uuid.uuid4())))
    return rec_attempt(p, r, orphan, "missing rows", "记录相互矛盾")


@kind("event-hash-mismatch")
def _(p, r):
    def tamper(recs):
        new_event(p, recs)["effective_on"] = "2026-11-01"  # history edited after the fact, hash kept
    return rec_attempt(p, r, mutate(p, tamper), "哈希不符")


@kind("event-chain-broken")
def _(p, r):
    def relink(recs):
        ev = new_event(p, recs)
        ev["prev_hash"] = "0" * 63 + "1"
        rehash(ev)  # a consistent event that does not follow its predecessor
    return rec_attempt(p, r, mutate(p, relink), "不衔接")


@kind("event-forged-for-receiver")
def _(p, r):
    def forge(recs):
        ev = new_event(p, recs)
        ev.update(id=str(uuid.uuid4()), device_id=p.recv_id, device_seq=1, prev_hash=GENESIS, actor="李娜")
        rehash(ev)  # history this laptop never wrote, correctly hashed in its name
    return rec_attempt(p, r, mutate(p, forge), "以本机名义记录")


# --- the trust model (issue 13 §2) ---
@kind("events-of-a-third-device-unsigned")
def _(p, r):
    third_key, third_pub = keys.new_device_key()
    third = str(uuid.uuid4())

    def forge(recs):
        ev = dict(new_event(p, recs))
        ev.update(id=str(uuid.uuid4()), device_id=third, device_seq=1, prev_hash=GENESIS, actor="王五")
        rehash(ev)
        recs.append({"t": "device", "row": {"id": third, "name": "王五的笔记本", "public_key": third_pub}})
        recs.append({"t": "case_event", "row": ev})
    records = mutate(p, forge)
    heads = dict(p.p2_manifest["heads"])
    unsigned = craft(p, r.path(), records=records)
    heads[third] = keys.sign_head(p.sender_key, third, 1, "0" * 64, 1)  # signed by the relayer, not by it
    by_relayer = craft(p, r.path(), records=records, heads=heads)
    return [Attempt(unsigned, ("没有签名",)), Attempt(by_relayer, ("签名无效",))]


@kind("event-beyond-a-devices-signed-head")
def _(p, r):
    def forge(recs):  # one more event of the sender's, past the head it signed
        evs = [x["row"] for x in recs if x["t"] == "case_event"]
        ev = dict(evs[-1])
        ev.update(id=str(uuid.uuid4()), device_seq=evs[-1]["device_seq"] + 1, prev_hash=evs[-1]["hash"])
        rehash(ev)
        recs.append({"t": "case_event", "row": ev})
    return [Attempt(craft(p, r.path(), records=mutate(p, forge), heads=p.p2_manifest["heads"]),
                    ("不是它签名的链头",))]


@kind("counter-of-the-receiver-inflated")
def _(p, r):
    def inflate(recs):
        case = row(recs, "case")
        vv = json.loads(case["vv"])
        vv[p.recv_id] = 50
        case["vv"] = json.dumps(vv)
    out = rec_attempt(p, r, mutate(p, inflate), "版本计数高于")

    def third(recs):  # a device that never signed a counter
        case = row(recs, "case")
        case["vv"] = json.dumps({p.sender_id: 1, str(uuid.uuid4()): 7})
    return out + rec_attempt(p, r, mutate(p, third), "自己签名的 0")


@kind("known-event-rewritten")
def _(p, r):
    known = [x for x in _records_of(p.p1) if x["t"] == "case_event"]

    def rewrite(recs):
        evs = copy.deepcopy(known)
        evs[-1]["row"]["effective_on"] = "2026-10-01"  # an event the receiver holds, edited
        new = [x for x in recs if x["t"] == "case_event"]
        others = [x for x in recs if x["t"] != "case_event"]
        recs[:] = others + evs + new
        rechain(recs[len(others) + len(evs) - 1:])  # it and the new ones after it hashed and linked again
    return rec_attempt(p, r, mutate(p, rewrite), "历史被改写")


@kind("new-case-round-takes-a-held-id")
def _(p, r):
    """A case new to the receiver whose round claims the id of a round the receiver holds (another
    case's): a server copies a new case's rows without probing them, so the copy itself must refuse."""
    held = next(x["row"]["id"] for x in _records_of(p.p1) if x["t"] == "stage_round")
    return rec_attempt(p, r, mutate(p, lambda recs: row(recs, "stage_round").update(id=held)),
                       "记录相互矛盾", "历史被改写", "冲突")


@kind("new-case-event-takes-a-held-id")
def _(p, r):
    """The same for an event of the new case (its hash does not cover the id: the chain stays whole)."""
    held = next(x["row"]["id"] for x in _records_of(p.p1) if x["t"] == "case_event")
    return rec_attempt(p, r, mutate(p, lambda recs: new_event(p, recs).update(id=held)),
                       "记录相互矛盾", "历史被改写")


@kind("chain-gap")
def _(p, r):
    def drop(recs):
        first = new_event(p, recs)
        recs.remove({"t": "case_event", "row": first})
    return rec_attempt(p, r, mutate(p, drop), "缺少设备")


@kind("case-values-out-of-range")
def _(p, r):
    out = []
    for values, expect in (({"capacity_kva": -5.0}, "申请容量必须大于 0"),
                           ({"capacity_kva": -0.0}, "申请容量必须大于 0"),
                           ({"capacity_kva": 999_999_999.0}, "申请容量对该电压不合理"),
                           ({"supply_kv": 999.0}, "供电电压只能是"),
                           ({"account_no": "ABC"}, "户号必须是 10 位数字")):
        out += rec_attempt(p, r, mutate(p, lambda recs, v=values: row(recs, "case").update(v)), expect)

    def backwards(recs):
        done = next(x["row"] for x in recs if x["t"] == "stage_round" and x["row"]["finished_on"])
        done["finished_on"] = "2020-01-02"
    return out + rec_attempt(p, r, mutate(p, backwards), "环节结束早于开始")


@kind("invisible-or-overlong-names")
def _(p, r):
    out = []
    for col, value in (("customer_name", "和泰\u200b电器"), ("manager", "张" * 51), ("contact", "李\u202e工"),
                       ("township", "丹\ufeff城")):
        out += rec_attempt(p, r, mutate(p, lambda recs, c=col, v=value: row(recs, "case").update({c: v})),
                           "." + col)

    def actor(recs):
        new_event(p, recs)["actor"] = "张\u200f伟"
        rechain(recs)
    out += rec_attempt(p, r, mutate(p, actor), "actor")
    dev = str(uuid.uuid4())
    for name in ("主管\u200f", "x" * 101, "\u200b"):
        out += rec_attempt(p, r, mutate(p, lambda recs, n=name: recs.append(
            {"t": "device", "row": {"id": dev, "name": n, "public_key": p.other_pub}})), "device")
    return out


def png_bomb(width: int = 40_000, height: int = 40_000) -> bytes:
    """A well-formed PNG header claiming 1.6 Gpx, with a little zlib data: small, and only a
    decoder's size check stops it."""
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 200_000))
            + chunk(b"IEND", b""))


@kind("attachment-judged-by-content-not-magic")
def _(p, r):
    out = []
    for data, media in ((b"\xff\xd8\xff\xe0" + b"<html><script>alert(1)</script></html>" * 20, "image/jpeg"),
                        (png_bomb(), "image/png"),
                        (PNG[:40] + b"<html>" + PNG[40:], "image/png")):
        sha = hashlib.sha256(data).hexdigest()
        recs = mutate(p, lambda recs, s=sha, m=media: recs.append(attachment_row(p, row(recs, "case"), s, m)))
        path = r.path()
        craft(p, path, records=recs, attachments={sha: data})
        # stored, not deflated, so that the zip's compression-ratio check is not what refuses it
        with zipfile.ZipFile(path) as zf:
            members = [(i.filename, zf.read(i)) for i in zf.infolist()]
        write_zip(path, members, compression=zipfile.ZIP_STORED)
        out.append(Attempt(path, ("文件内容不是",)))
    return out


KIND_NAMES = list(KINDS)


def test_relayed_device_row_cannot_plant_a_key(pair, recv):
    third_key, third_pub = keys.new_device_key()
    third = str(uuid.uuid4())
    # the trusted sender relays a row for a third device, with a key of its own choosing
    planted = mutate(pair, lambda recs: recs.append(
        {"t": "device", "row": {"id": third, "name": "主管的笔记本", "public_key": pair.other_pub}}))
    import_package(recv.store, craft(pair, recv.path(), records=planted))
    # the third device's own package: refused until a person compares its fingerprint, then trusted
    own = craft(pair, recv.path(), key=third_key, device_id=third, public_key=third_pub, device_name="主管的笔记本",
                seq=1, records=lines([{"t": "device", "row": {"id": third, "name": "主管的笔记本",
                                                               "public_key": third_pub}}]))
    with pytest.raises(Refused) as first:
        import_package(recv.store, own)
    assert keys.fingerprint(third_pub) in str(first.value)
    trusted = trust_device(recv.store, third)
    assert trusted["fingerprint"] == keys.fingerprint(third_pub)  # the key the person checked
    import_package(recv.store, own)  # and its packages are taken


@pytest.mark.parametrize("name", KIND_NAMES)
def test_hostile_package_is_refused(name, pair, recv, monkeypatch):
    fn = KINDS[name]
    attempts = fn(pair, recv)
    for cap, value in recv.caps.items():
        monkeypatch.setattr(container, cap, value)  # where the caps are read
    assert attempts
    for a in attempts:
        exc = recv.refuse(a.path, a.passphrase)
        assert any(e in str(exc) for e in a.expect), (a.path.name, str(exc))
    recv.assert_untouched()


def test_crafted_packages_are_accepted_when_nothing_is_wrong(pair, recv):
    """The control: the hand-built package is good, so the refusals above are for what was changed."""
    out = craft(pair, recv.path())
    summary = import_package(recv.store, out, dry_run=True)
    assert summary["inserted"] == {"case": 1, "stage_round": 2, "case_event": 2}, summary
    inner = lines(pair.base_records)
    sealed = seal(pair, recv.path(), inner_zip([("records.jsonl", inner)]), {"records.jsonl": meta(inner)})
    assert import_package(recv.store, sealed, passphrase=PASSPHRASE, dry_run=True)["inserted"]["case"] == 1
    assert import_package(recv.store, pair.p2, dry_run=True)["inserted"]["case"] == 1
    recv.assert_untouched()  # dry runs


MARKUP = {
    "customer_name": "'); DROP TABLE \"case\";--",
    "address": "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "contact": "Robert'); DELETE FROM case_event WHERE ('1'='1",
    "manager": "{{7*7}} ${jndi:ldap://x/a}",
    "township": "%s%n%x \\x00 ../../",
}


def test_markup_and_sql_looking_strings_import_literally(pair, recv):
    def scary(recs):
        row(recs, "case").update(MARKUP)
        new_event(pair, recs)["actor"] = "'); DROP TABLE case;--"
        rechain(recs)

    out = craft(pair, recv.path(), records=mutate(pair, scary))
    con = raw_connect(recv.db)
    events_before = con.execute("SELECT count(*) FROM case_event").fetchone()[0]
    con.close()
    summary = import_package(recv.store, out)
    assert summary["inserted"]["case"] == 1
    case_id = row(pair.base_records, "case")["id"]
    con = raw_connect(recv.db)
    try:
        got = con.execute('SELECT customer_name, address, contact, manager, township FROM "case" WHERE id=?',
                          (case_id,)).fetchone()
        assert dict(zip(MARKUP, got)) == MARKUP
        assert con.execute("SELECT actor FROM case_event WHERE case_id=? ORDER BY device_seq LIMIT 1",
                           (case_id,)).fetchone()[0] == "'); DROP TABLE case;--"
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"case", "case_event", "stage_round", "meta", "device"} <= tables
        assert con.execute('SELECT count(*) FROM "case"').fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM case_event").fetchone()[0] == events_before + 2
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    from app.services.query import case_view

    with recv.store.reader() as s:
        v = case_view(s, row(pair.base_records, "case")["case_no"], D(2026, 11, 27))
    assert v["customer_name"] == MARKUP["customer_name"] and v["address"] == MARKUP["address"]
    from app.services.audit import verify_chains

    assert verify_chains(recv.store) == []


# --- the CLI: the same refusals, exit 1, a message, no traceback ---------------------------------------
CLI_KINDS = ["not-a-zip", "bitflip-records", "zip-slip-relative", "wrong-passphrase", "json-nan", "lone-surrogate-escape"]


@pytest.mark.parametrize("name", CLI_KINDS)
def test_hostile_package_is_refused_by_the_cli(name, pair, recv):
    fn = KINDS[name]
    attempts = fn(pair, recv)[:2]
    recv.store.dispose()
    for a in attempts:
        args = ["sync", "import", str(a.path), "--json"]
        if a.passphrase:
            pf = recv.tmp / "pass.txt"
            pf.write_text(a.passphrase + "\n", encoding="utf-8")
            args += ["--passphrase-file", str(pf)]
        res = cli(recv.db, *args)
        assert res.returncode == 1, (res.returncode, res.stdout, res.stderr)
        assert res.stderr.strip() and "Traceback" not in res.stderr, res.stderr
        assert any(e in res.stderr for e in a.expect), res.stderr
        assert not res.stdout.strip()
    (recv.tmp / "pass.txt").unlink(missing_ok=True)
    recv.assert_untouched()
    recv.store = Store.open(recv.db)


# --- pg_sync (issue 22): the hostile packages whose refusal needs the receiver's database -------------
# The kinds refused while the package is read (zip, manifest, lines: app.sync.container and staging)
# never reach the database and run above on a file; these are refused by what the receiver holds
# (its devices, packages, events, counters) or while the rows are applied, which on a server is
# its own code (app/sync/apply_pg.py): run again with the receiver on the throw-away server.
SQL_KINDS = ["unknown-device", "key-changed", "own-package", "replayed-package-id", "replayed-older-seq",
             "row-refers-to-missing-parent", "event-chain-broken", "event-forged-for-receiver",
             "events-of-a-third-device-unsigned", "event-beyond-a-devices-signed-head",
             "counter-of-the-receiver-inflated", "known-event-rewritten", "chain-gap",
             "conflict-row-names-unknown-table", "case-values-out-of-range", "new-case-round-takes-a-held-id",
             "new-case-event-takes-a-held-id"]


def _server_hash(url: str) -> str:
    """Every row of every table but the waiting list (tests.helpers.db_digest without it)."""
    from tests.helpers import raw_connect as connect

    h = hashlib.sha256()
    with connect(url) as con:
        tables = [r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                            "AND tablename <> 'pending_device' ORDER BY tablename")]
        for t in tables:
            for r in con.execute(f'SELECT t::text FROM "{t}" t ORDER BY 1'):
                h.update(f"{t}:{r[0]}\n".encode())
    return h.hexdigest()


@pytest.fixture(scope="module")
def pg_pair(tmp_path_factory, pg_server, pg_template) -> Pair:
    import psycopg

    base = tmp_path_factory.mktemp("hostile-pg")
    name = f"hostile_recv_{os.getpid()}"
    with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    old = os.environ.get("ZAOSONG_HOME")
    os.environ["ZAOSONG_HOME"] = str(base / "recv-home")
    try:
        pair = _make_pair(base, Store.open(pg_server.url(name)))
    finally:
        if old is None:
            os.environ.pop("ZAOSONG_HOME", None)
        else:
            os.environ["ZAOSONG_HOME"] = old
    pair.recv_url = name
    return pair


class ServerReceiver(Receiver):
    """A copy of the server receiver's database (CREATE DATABASE … TEMPLATE) and its local folder."""

    _n = 0

    def __init__(self, pair: Pair, tmp_path: Path, server, monkeypatch) -> None:
        import psycopg

        ServerReceiver._n += 1
        self.dbname = f"hostile_{os.getpid()}_{ServerReceiver._n}"
        self.server = server
        with psycopg.connect(host=str(server.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{self.dbname}" TEMPLATE "{pair.recv_url}"')
        self.pair, self.tmp = pair, tmp_path
        self.folder = tmp_path / "recv"
        monkeypatch.setenv("ZAOSONG_HOME", str(self.folder))
        self.db = server.url(self.dbname)
        self.pkgs = tmp_path / "pkgs"
        self.pkgs.mkdir()
        self.store = Store.open(self.db)
        self.local = self.store.path.parent
        if (pair.recv_dir / "attachments").is_dir():  # the files the receiver's rows name, as a file's copy has them
            shutil.copytree(pair.recv_dir / "attachments", self.local / "attachments", dirs_exist_ok=True)
        self.snapshot()
        self.tmp_before = files_outside(tmp_path, self.folder)
        self.basetemp = tmp_path.parent
        self.outside_before = files_outside(self.basetemp, tmp_path)
        self.n = 0
        self.caps = {}

    def content_hash(self) -> str:
        return _server_hash(self.db)

    def drop(self) -> None:
        import psycopg

        self.store.dispose()
        with psycopg.connect(host=str(self.server.socket_dir), user="postgres", dbname="postgres",
                             autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')


@pytest.fixture
def recv_pg(pg_pair, pg_server, tmp_path, monkeypatch):
    r = ServerReceiver(pg_pair, tmp_path, pg_server, monkeypatch)
    yield r
    r.drop()


@pytest.mark.parametrize("name", SQL_KINDS)
def test_hostile_package_is_refused_by_a_server(name, pg_pair, recv_pg):
    attempts = KINDS[name](pg_pair, recv_pg)
    assert attempts
    for a in attempts:
        exc = recv_pg.refuse(a.path, a.passphrase)
        assert any(e in str(exc) for e in a.expect), (a.path.name, str(exc))
    recv_pg.assert_untouched()


def test_crafted_packages_are_accepted_by_a_server_when_nothing_is_wrong(pg_pair, recv_pg):
    """The control for the server: the same hand-built packages pass, as dry runs."""
    out = craft(pg_pair, recv_pg.path())
    summary = import_package(recv_pg.store, out, dry_run=True)
    assert summary["inserted"] == {"case": 1, "stage_round": 2, "case_event": 2}, summary
    assert import_package(recv_pg.store, pg_pair.p2, dry_run=True)["inserted"]["case"] == 1
    recv_pg.assert_untouched()


def test_relayed_device_row_cannot_plant_a_key_on_a_server(pg_pair, recv_pg):
    test_relayed_device_row_cannot_plant_a_key(pg_pair, recv_pg)
