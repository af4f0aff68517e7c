"""The bulk import path (app/sync/staging.py and app/sync/apply.py) against the strict one it stands in for.

Every line Zaosong's exporter writes must take the fast path and give exactly the row the strict
path gives; a package from a laptop one schema behind is converted, not refused; a database that
received a full package holds the same rows as the sender.
"""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from app import device_keys as keys
from app.errors import Refused
from app.models import CaseEvent
from app.store import Store, canonical_json
from app.sync import staging as staging_mod
from app.sync.export import export_package
from app.sync.format import COLUMNS, MUTABLE
from app.sync.importer import PreviewCache, import_package
from app.sync.peers import trust_device
from app.sync.staging import FAST_TABLES, LineChecker, Spec, Stager, check_records, strict_line
from tests.helpers import as_stored, cli, ok, raw_connect, surveyed


@pytest.fixture
def rich(db_path, tmp_path):
    """A database with a little of everything that travels, written through the CLI."""
    return _make_rich(db_path)


@pytest.fixture(scope="module")
def rich_lines(template_db, tmp_path_factory) -> list[str]:
    """The record lines of a full package of ``rich`` (made once for the block-path tests)."""
    import shutil as sh

    folder = tmp_path_factory.mktemp("rich")
    db = folder / "zaosong.db"
    sh.copy(template_db, db)
    _make_rich(db)
    return _lines(_full_package(db, folder / "full.zsync"))


def _full_package(db: Path, out: Path) -> Path:
    st = Store.open(db)
    try:
        export_package(st, out)
    finally:
        st.dispose()
    return out


def _make_rich(db: Path) -> Path:
    r = cli(db, "demo", "--cases", "40", "--as-of", "2026-11-27")
    assert r.returncode == 0, r.stderr
    big = surveyed(db, '和泰"电器"\\有限公司', "3300000061", 1250)
    small = surveyed(db, "恒达针织", "3300000062", 400)
    ok(db, "stage", "pause", small, "--on", "2026-09-04", "--reason", "CUSTOMER_REQUEST", "--note",
       '客户说:"等\\厂房完工后再办" (白天联系)')
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼会议室", "--chair", "王主任",
                 "--departments", "营销部,运检部")
    ok(db, "meeting", "add", meeting, big, "--representative", "李工")
    ok(db, "meeting", "decide", meeting, big, "--decision", "approve_with_changes", "--note", "变压器改为 2×630")
    ok(db, "stage", "finish", big, "PLAN", "--on", "2026-09-07")
    ok(db, "risk", "add", big, "--kind", "PERMIT", "--text", "规划许可 <b>'; DROP TABLE case;--", "--on",
       "2026-09-05")
    temp = ok(db, "case", "new", "--customer", "临时工地", "--account", "3300000063", "--kva", "315", "--applied",
              "2026-09-01", "--type", "TEMPORARY")
    ok(db, "case", "advice", temp, "--room", "东北角预留配电房", "--transformer", "2×800 kVA", "--switchgear",
       "KYN28 六面")
    return db


def _lines(package: Path) -> list[str]:
    with zipfile.ZipFile(package) as zf:
        return zf.read("records.jsonl").decode("utf-8").splitlines()


def test_exporter_lines_take_the_fast_path_and_agree_with_the_strict_one(rich, tmp_path):
    out = _full_package(rich, tmp_path / "full.zsync")
    specs = {name: Spec(name) for name in COLUMNS}
    fast_hits: dict[str, int] = {}
    seen: dict[str, int] = {}
    for lineno, line in enumerate(_lines(out), start=1):
        t = json.loads(line)["t"]
        if t == "device":
            continue
        seen[t] = seen.get(t, 0) + 1
        strict = strict_line(line, lineno)[1]
        fast = specs[t].fast(line) if t in FAST_TABLES else None
        if fast is not None:
            assert fast == strict, (t, line[:200])
            fast_hits[t] = fast_hits.get(t, 0) + 1
    for t in ("case", "stage_round", "pause", "case_event", "review_meeting", "meeting_case", "policy_risk"):
        assert seen.get(t), f"no {t} rows exported"
    # every exported line takes the fast path, markup and SQL-looking text included; only the one
    # customer name with a quote and a backslash in it (a short text column) goes the strict way
    expected = {t: n for t, n in seen.items() if t in FAST_TABLES}
    expected["case"] -= 1
    assert fast_hits == expected, (fast_hits, seen)


def _content(path: Path | str) -> dict:
    """Synced tables as sets of rows, without the local change number; a server database's values
    in a file's stored form (pg_sync: the same package into either gives the same rows)."""
    con = raw_connect(path)
    try:
        out = {}
        for model in MUTABLE + [CaseEvent]:
            t = model.__tablename__
            cols = [c for c in COLUMNS[t]]
            rows = con.execute(f'SELECT {",".join(chr(34) + c + chr(34) for c in cols)} FROM "{t}"').fetchall()
            out[t] = sorted(tuple(as_stored(v) for v in r) for r in rows)
        return out
    finally:
        con.close()


@pytest.fixture(params=["sqlite", "pg"])
def recv_at(request, tmp_path, monkeypatch):
    """Where the receiver of _trusting_receiver lives: its folder's file, or a server database."""
    if request.param == "sqlite":
        return tmp_path / "recv" / "zaosong.db"
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "recv-home"))
    return request.getfixturevalue("pg_url")


def _trusting_receiver(sender: Store, folder: Path, at: Path | str | None = None) -> Store:
    from app.models import Device

    if isinstance(at, str):  # a server database (recv_at)
        recv = Store.open(at, user="主管", device_name="主管电脑")
    else:
        folder.mkdir()
        recv = Store.open(folder / "zaosong.db", user="主管", device_name="主管电脑")
    with sender.reader() as s, recv.session() as rs:
        d = s.get(Device, sender.device_id)
        rs.add(Device(id=d.id, name=d.name, public_key=d.public_key, trusted=True, is_local=False,
                      created_at=d.created_at))
    return recv


def test_full_package_into_an_empty_database_gives_the_same_rows(rich, tmp_path, recv_at):
    st = Store.open(rich)
    recv = _trusting_receiver(st, tmp_path / "recv", recv_at)
    try:
        out = tmp_path / "full.zsync"
        export_package(st, out)
        summary = import_package(recv, out)
        assert summary["inserted"]["case"] > 40 and not summary["conflicts"], summary
        again = import_package(recv, out)
        assert again.get("already_imported")
    finally:
        st.dispose()
        recv.dispose()
    mine, theirs = _content(rich), _content(recv_at)
    for t in mine:
        if t in ("calendar_day", "calendar_year"):
            continue  # both start from the same seeded calendar under their own ids
        assert mine[t] == theirs[t], t


def test_package_from_a_laptop_one_schema_behind_is_converted(rich, tmp_path, recv_at):
    st = Store.open(rich)
    recv = _trusting_receiver(st, tmp_path / "recv", recv_at)
    try:
        out = tmp_path / "new.zsync"
        export_package(st, out)
        with st.reader():
            key = st.signing_key()
        # what a 0005 laptop would have sent: no predecessor, advice or clause columns
        lines = []
        for line in _lines(out):
            rec = json.loads(line)
            if rec["t"] == "case":
                rec["row"].pop("predecessor_id")
                rec["row"].pop("temp_advice")
            lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
        body = ("\n".join(lines) + "\n").encode("utf-8")
        with zipfile.ZipFile(out) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        manifest.pop("signature")
        manifest["schema"] = "0005_meetings"
        import hashlib

        manifest["members"] = {"records.jsonl": {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}}
        manifest["signature"] = keys.sign(key, canonical_json(manifest).encode("utf-8"))
        old = tmp_path / "old.zsync"
        with zipfile.ZipFile(old, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("records.jsonl", body)
            zf.writestr("manifest.json", canonical_json(manifest))
        summary = import_package(recv, old)
        assert summary["inserted"]["case"] > 40, summary
        con = raw_connect(recv_at)
        assert con.execute('SELECT count(*) FROM "case" WHERE temp_advice = \'{}\' AND predecessor_id IS NULL'
                           ).fetchone()[0] == summary["inserted"]["case"]
        con.close()
        # and a schema this version does not know is "please update"
        manifest.pop("signature")
        manifest["schema"] = "0099_future"
        manifest["signature"] = keys.sign(key, canonical_json(manifest).encode("utf-8"))
        newer = tmp_path / "newer.zsync"
        with zipfile.ZipFile(newer, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("records.jsonl", body)
            zf.writestr("manifest.json", canonical_json(manifest))
        with pytest.raises(Refused) as exc:
            import_package(recv, newer)
        assert exc.value.code == "sync_newer"
    finally:
        st.dispose()
        recv.dispose()


def _resigned(src: Path, dest: Path, key: str, edit) -> Path:
    """``src`` with each record line passed through ``edit(rec) -> rec``, re-signed with ``key``."""
    import hashlib

    lines = [json.dumps(edit(json.loads(line)), ensure_ascii=False, separators=(",", ":")) for line in _lines(src)]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    with zipfile.ZipFile(src) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest.pop("signature")
    manifest["members"] = {"records.jsonl": {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}}
    manifest["signature"] = keys.sign(key, canonical_json(manifest).encode("utf-8"))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("records.jsonl", body)
        zf.writestr("manifest.json", canonical_json(manifest))
    return dest


def test_a_published_rule_set_that_is_not_what_it_says_is_refused(db_path, tmp_path, recv_at):
    from app.paths import resource
    from app.services import config_docs

    data = json.loads((resource("rules") / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
    data["version"] = 2
    rule_file = tmp_path / "internal_v2.json"
    rule_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    st = Store.open(db_path)
    recv = _trusting_receiver(st, tmp_path / "recv", recv_at)
    trust_device(recv, st.device_id, supervisor=True)  # rule sets are taken from a supervisor only
    try:
        with st.session() as s:
            config_docs.publish(s, "rules", rule_file)
        out = export_package(st, tmp_path / "p.zsync")["file"]
        with st.reader() as s:
            key = st.signing_key()
        recv_db = recv_at
        before = _content(recv_db)

        def tampered(rec):  # the limits changed after publishing: the hash no longer matches
            if rec["t"] == "config_doc":
                content = json.loads(rec["row"]["content"])
                content["stage_limits"]["SURVEY"] = 30
                rec["row"]["content"] = canonical_json(content)
            return rec

        def unusable(rec):  # hash recomputed, but not a rule set this version can apply
            if rec["t"] == "config_doc":
                import hashlib

                rec["row"]["content"] = canonical_json({"format": 1, "id": "internal", "version": 2})
                rec["row"]["sha256"] = hashlib.sha256(rec["row"]["content"].encode("utf-8")).hexdigest()
            return rec

        for name, edit in (("tampered", tampered), ("unusable", unusable)):
            bad = _resigned(Path(out), tmp_path / f"{name}.zsync", key, edit)
            with pytest.raises(Refused) as exc:
                import_package(recv, bad)
            assert exc.value.code == "sync_bad" and "config_doc" in str(exc.value), str(exc.value)
            assert _content(recv_db) == before
        summary = import_package(recv, Path(out))
        assert summary["inserted"].get("config_doc") == 1
        with recv.reader() as s:
            assert any(d["doc_id"] == "internal" and d["version"] == 2 and d["in_force"]
                       for d in config_docs.list_docs(s))
    finally:
        st.dispose()
        recv.dispose()


def test_cancel_while_checking_leaves_nothing(db_path, tmp_path):
    r = cli(db_path, "demo", "--cases", "1500", "--as-of", "2026-11-27")
    assert r.returncode == 0, r.stderr
    st = Store.open(db_path)
    recv = _trusting_receiver(st, tmp_path / "recv")
    try:
        out = Path(export_package(st, tmp_path / "big.zsync")["file"])
        recv_db = tmp_path / "recv" / "zaosong.db"
        before = _content(recv_db)
        seen = []

        class Stop(Exception):
            pass

        def progress(done, _total):
            seen.append(done)
            raise Stop  # what the GUI worker raises when a person presses Cancel

        with pytest.raises(Stop):
            import_package(recv, out, progress=progress)
        # stopped while still checking (at the first block of lines past 20,000), before anything
        # was applied
        assert len(seen) == 1 and 20000 <= seen[0] < len(_lines(out)), seen
        assert _content(recv_db) == before
        staging = tmp_path / "recv" / "sync" / "staging"
        assert not any(staging.iterdir())
    finally:
        st.dispose()
        recv.dispose()


def test_preview_is_reused_only_for_the_same_file_and_database(rich, tmp_path):
    import shutil as sh

    st = Store.open(rich)
    recv = _trusting_receiver(st, tmp_path / "recv")
    try:
        first = Path(export_package(st, tmp_path / "a.zsync")["file"])
        ok(rich, "case", "new", "--customer", "预览之后新增的工单", "--account", "3300000099", "--kva", "630",
           "--applied", "2026-11-02")
        st.dispose()
        st = Store.open(rich)
        second = Path(export_package(st, tmp_path / "b.zsync")["file"])
        chosen = tmp_path / "chosen.zsync"
        sh.copy(first, chosen)
        previews = PreviewCache()  # the sync page's, handed to both imports
        preview = import_package(recv, chosen, dry_run=True, previews=previews)
        staging = tmp_path / "recv" / "sync" / "staging"
        assert any(staging.iterdir())  # kept for the apply that follows
        # the person picks the other file under the same name before applying: it is checked anew
        sh.copy(second, chosen)
        applied = import_package(recv, chosen, previews=previews)
        assert applied["package_id"] != preview["package_id"]
        assert not any(staging.iterdir())
        con = raw_connect(tmp_path / "recv" / "zaosong.db")
        assert con.execute('SELECT count(*) FROM "case" WHERE customer_name = ?', ("预览之后新增的工单",)).fetchone()[0] == 1
        con.close()
    finally:
        st.dispose()
        recv.dispose()


def test_blocks_of_lines_take_the_chunk_path_and_stage_what_the_strict_path_stages(rich_lines, tmp_path,
                                                                                  monkeypatch):
    """check_records matches whole blocks of one table's lines at once; what it stages must be
    exactly what the strict parser makes of each line, line numbers included."""
    records = tmp_path / "records.jsonl"
    lines = rich_lines
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # small blocks, so that many of them hold one table only and some straddle two tables
    monkeypatch.setattr(staging_mod, "CHUNK_BYTES", 4096)
    one_by_one = []
    real_line = LineChecker.line
    monkeypatch.setattr(LineChecker, "line",
                        lambda self, line, lineno: (one_by_one.append(lineno), real_line(self, line, lineno)))
    chunked = Stager(tmp_path / "chunked.db")
    counts = check_records(records, chunked, {})
    chunked.close()
    assert len(one_by_one) < len(lines) / 2, (len(one_by_one), len(lines))  # most went by blocks
    expected: dict[str, list] = {}
    for lineno, line in enumerate(lines, start=1):
        t, values = strict_line(line, lineno)
        if t != "device":
            expected.setdefault(t, []).append(tuple(values) + (lineno,))
    got = raw_connect(tmp_path / "chunked.db", key=chunked.key)  # encrypted with the import's own key
    try:
        for t, rows in expected.items():
            staged = got.execute(f'SELECT * FROM "{t}" ORDER BY ln').fetchall()
            # integers and reals come back typed (the staging columns' affinity); compare as text
            norm = [tuple(None if v is None else str(v) for v in r) for r in staged]
            want = [tuple(None if v is None else str(v) for v in r) for r in rows]
            assert norm == want, t
            assert counts[t] == len(rows)
    finally:
        got.close()


@pytest.mark.parametrize("damage, expect", [
    ("event_hash", "哈希不符"),
    ("payload_nan", "第 {n} 行"),
    ("duplicate_key", "第 {n} 行"),
    ("bad_date", "日期无效"),
    ("null_in_required", "第 {n} 行"),
    ("escaped_nul", "第 {n} 行"),
])
def test_a_bad_line_inside_a_block_is_refused_by_its_line(rich_lines, tmp_path, monkeypatch, damage, expect):
    """The block path must be no looser than the line path: one bad line in the middle of a block of
    good ones sends the block line by line, and the refusal names that line."""
    lines = list(rich_lines)
    kind = "case_event" if damage in ("event_hash", "payload_nan") else "stage_round"
    picks = [i for i, line in enumerate(lines) if line.startswith(f'{{"t":"{kind}"')]
    i = picks[len(picks) // 2]
    line = lines[i]
    if damage == "event_hash":
        line = line[:-5] + ("0" if line[-5] != "0" else "1") + line[-4:]
    elif damage == "payload_nan":
        line = line.replace('"payload":"{', '"payload":"{\\"x\\":NaN,', 1)
    elif damage == "duplicate_key":
        line = line.replace('"seq":', '"round":1,"seq":', 1)
    elif damage == "bad_date":
        line = re.sub(r'"started_on":"\d{4}-\d\d-\d\d"', '"started_on":"2026-02-30"', line, count=1)
    elif damage == "null_in_required":
        line = re.sub(r'"stage":"[A-Z_]+"', '"stage":null', line, count=1)
    elif damage == "escaped_nul":
        line = line.replace('"vv":"{', '"vv":"\\u0000{', 1)
    assert line != lines[i]
    lines[i] = line
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(staging_mod, "CHUNK_BYTES", 8192)
    stager = Stager(tmp_path / "stage.db")
    with pytest.raises(Refused) as err:
        check_records(records, stager, {})
        stager.close()
    stager.abandon()
    assert expect.format(n=i + 1) in str(err.value), str(err.value)
