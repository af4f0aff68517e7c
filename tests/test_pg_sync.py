"""pg_sync (issue 22): sync packages from a server database, and the devices waiting for trust
kept in the database. A server exports the package a file would (the same record lines, byte for
byte, for the same rows); what the city publishes (rule sets, data documents, calendar, its own
cases) reaches a county laptop; any computer opening the database (or the file after a restore)
sees a refused device and can trust it. Without a server the PG cases skip (tests/pg_server.py)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app import device_keys as keys
from app.errors import Refused
from app.models import CalendarDay, Case, CaseEvent, Device, PendingDevice
from app.services import calendar as cal
from app.services import cases as svc
from app.services import config_docs
from app.store import Store
from app.sync.export import export_package
from app.sync.format import MUTABLE
from app.sync.importer import import_package
from app.sync.peers import list_devices, trust_device
from tests.helpers import cli

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


def trust(receiver: Store, sender: Store, supervisor: bool = False) -> None:
    """The receiver's person compared the sender's fingerprint (by phone, in real life)."""
    with sender.reader() as s:
        d = s.get(Device, sender.device_id)
        dev = {"id": d.id, "name": d.name, "public_key": d.public_key, "created_at": d.created_at}
    with receiver.session() as s:
        s.add(Device(**dev, trusted=True, is_local=False))
    if supervisor:
        trust_device(receiver, dev["id"], supervisor=True)


def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, float):
        return round(v, 9)
    return v


def content(store: Store) -> dict:
    """Every synced row and event by id, without the local change number (either back end)."""
    out = {}
    with store.reader() as s:
        for model in [*MUTABLE, CaseEvent]:
            cols = [c for c in model.__table__.columns if c.name != "lseq"]
            out[model.__tablename__] = {r[0]: [_plain(v) for v in r] for r in s.execute(select(*cols))}
    return out


def record_lines(package: Path) -> list[str]:
    """The package's record lines of rows and events (device lines are each exporter's own)."""
    with zipfile.ZipFile(package) as zf:
        lines = zf.read("records.jsonl").decode("utf-8").splitlines()
    return sorted(x for x in lines if not x.endswith('"t":"device"}'))


def fresh(folder: Path, user: str) -> Store:
    folder.mkdir(parents=True)
    return Store.open(folder / "zaosong.db", user=user, device_name=f"{user}的电脑")


@pytest.fixture
def county(db_path):
    """A county supervisor's file with a little of everything (the demo's 40 cases and their
    surveys, rounds, pauses, meetings, fees...), written by the real CLI."""
    r = cli(db_path, "demo", "--cases", "40", "--as-of", "2026-11-27")
    assert r.returncode == 0, r.stderr
    st = Store.open(db_path)
    with st.session() as s:  # a name that needs escaping in a line, and a float that needs 17 digits
        c = svc.create_case(s, customer_name='和泰"电器"\\有限公司', account_no="3300000061", capacity_kva=0.1 + 0.2 + 630,
                            applied_on=D(2026, 11, 2))
        svc.finish_stage(s, c.case_no, "ACCEPT", D(2026, 11, 3))
    yield st
    st.dispose()


def test_a_server_exports_the_package_a_file_would_and_a_laptop_takes_it_alike(county, pg_url, tmp_path,
                                                                               monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    srv = Store.open(pg_url)
    sup = fresh(tmp_path / "sup", "主管")
    lap_pg, lap_file = fresh(tmp_path / "c", "张伟"), fresh(tmp_path / "d", "李海燕")
    try:
        # the same county package consolidated into the server and into a supervisor's file
        trust(srv, county)
        trust(sup, county)
        p = tmp_path / "county.zsync"
        export_package(county, p)
        import_package(srv, p)
        import_package(sup, p)
        assert content(srv) == content(sup)
        # both send everything: the same rows give the same record lines, byte for byte (the
        # receiver's fast path takes the server's lines as it takes a file's)
        from_pg, from_file = tmp_path / "pg.zsync", tmp_path / "file.zsync"
        out = export_package(srv, from_pg)
        export_package(sup, from_file)
        lines = record_lines(from_pg)
        assert lines == record_lines(from_file)
        assert out["counts"]["case"] == 41 and out["counts"]["case_event"] > 41
        assert any('\\"电器\\"\\\\' in x for x in lines)
        # a laptop importing either has the same content
        trust(lap_pg, srv)
        trust(lap_file, sup)
        s1, s2 = import_package(lap_pg, from_pg), import_package(lap_file, from_file)
        assert s1["inserted"] == s2["inserted"]
        assert content(lap_pg) == content(lap_file) == content(county)
    finally:
        for st in (srv, sup, lap_pg, lap_file):
            st.dispose()


def test_what_the_city_publishes_reaches_a_county_laptop(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    srv = Store.open(pg_url, user="市局")
    lap = fresh(tmp_path / "lap", "张伟")
    try:
        trust(srv, lap)
        trust(lap, srv, supervisor=True)  # the city is this laptop's supervisor: its rules apply
        first = export_package(lap, tmp_path / "hello.zsync", peer=srv.device_id)
        import_package(srv, Path(first["file"]))
        import_package(lap, Path(export_package(srv, tmp_path / "first-down.zsync", peer=lap.device_id)["file"]))
        # the city publishes: a townships document, a holiday, a rule set; and makes a case
        towns = json.loads((ROOT / "resources" / "townships" / "xiangshan.json").read_text(encoding="utf-8"))
        towns["version"] += 1
        doc = tmp_path / "towns.json"
        doc.write_text(json.dumps(towns, ensure_ascii=False), encoding="utf-8")
        rules = json.loads((ROOT / "resources" / "rules" / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
        rules["version"] += 1
        rdoc = tmp_path / "rules.json"
        rdoc.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
        with srv.session() as s:
            config_docs.publish(s, "townships", doc)
            config_docs.publish(s, "rules", rdoc)
            cal.edit_days(s, [(D(2026, 12, 24), "holiday", "市局调休")])
            no = svc.create_case(s, customer_name="市局新工单", account_no="3300000009", capacity_kva=800,
                                 applied_on=D(2026, 11, 20)).case_no
        # the package since the last one to this laptop: the server's own rows and events, signed
        r = cli(pg_url, "sync", "export", "--out", str(tmp_path / "down.zsync"), "--peer", lap.device_id,
                "--json", env={"ZAOSONG_HOME": str(tmp_path / "srv")})
        assert r.returncode == 0, r.stderr
        counts = json.loads(r.stdout)["counts"]
        assert counts["config_doc"] == 2 and counts["calendar_day"] == 1 and counts["case"] == 1
        summary = import_package(lap, tmp_path / "down.zsync")
        changes = summary["config_changes"]  # the holiday, its year's new version, the two documents
        assert all(ch["applied"] for ch in changes) and [ch["table"] for ch in changes].count("config_doc") == 2
        assert "calendar_day" in {ch["table"] for ch in changes}
        with lap.reader() as s:
            cfg = config_docs.config(s)
            assert cfg.doc("townships").version == towns["version"]
            assert s.scalar(select(CalendarDay.name).where(CalendarDay.day == D(2026, 12, 24))) == "市局调休"
            assert s.scalar(select(Case.customer_name).where(Case.case_no == no)) == "市局新工单"
        assert cli(lap.path, "audit", "verify").returncode == 0
        # nothing new since: the next package to the laptop carries no row
        again = export_package(srv, tmp_path / "none.zsync", peer=lap.device_id)
        assert {k for k, v in again["counts"].items() if v and k not in ("device", "attachment_files")} == set()
    finally:
        srv.dispose()
        lap.dispose()


def test_rows_every_receiver_would_refuse_are_not_exported_from_a_server(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    srv = Store.open(pg_url)
    try:
        with srv.session() as s:
            svc.create_case(s, customer_name="甲公司", account_no="3300000001", capacity_kva=400,
                            applied_on=D(2026, 11, 2))
        with srv.session() as s:  # written behind the services' back (a script, an old version)
            s.execute(Case.__table__.update().values(account_no="33000X0001", customer_name="乙\u200b公司"))
        with pytest.raises(Refused) as exc:
            export_package(srv, tmp_path / "x.zsync")
        assert exc.value.code == "sync_export_invalid"
        assert "account" in str(exc.value) or "户号" in str(exc.value), str(exc.value)
        assert not list(tmp_path.glob("*.zsync")) and not list(tmp_path.glob(".zsync-*"))
    finally:
        srv.dispose()


def test_a_computer_without_the_servers_key_is_refused_plainly(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "other"))
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "no-keys"))  # another supervisor's computer
    r = cli(pg_url, "sync", "export", "--out", str(tmp_path / "x.zsync"))
    assert r.returncode == 1 and "签名密钥" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (tmp_path / "x.zsync").exists()


# --- the devices waiting for trust, in the database ------------------------------------------------
def _stranger_package(tmp_path: Path) -> tuple[Store, Path]:
    other = fresh(tmp_path / "stranger", "王强")
    with other.session() as s:
        svc.create_case(s, customer_name="丙公司", account_no="3300000003", capacity_kva=400,
                        applied_on=D(2026, 11, 2))
    p = tmp_path / "stranger.zsync"
    export_package(other, p)
    return other, p


def test_a_refused_device_is_seen_and_trusted_from_another_computer(any_db, tmp_path, monkeypatch):
    other, p = _stranger_package(tmp_path)
    try:
        here = Store.open(any_db)
        with pytest.raises(Refused) as exc:
            import_package(here, p)
        assert exc.value.code == "sync_untrusted"
        here.dispose()
        if isinstance(any_db, Path):  # a file: the same laptop after a restore (a copy elsewhere)
            restored = tmp_path / "restored" / "zaosong.db"
            restored.parent.mkdir()
            shutil.copy(any_db, restored)
            target, home = restored, restored.parent
        else:  # a server: another supervisor's computer (its own local folder)
            target, home = any_db, tmp_path / "second-computer"
        monkeypatch.setenv("ZAOSONG_HOME", str(home))
        assert not (home / "sync" / "pending_devices.json").exists()
        listed = cli(target, "sync", "devices", "--json", env={"ZAOSONG_HOME": str(home)})
        assert listed.returncode == 0, listed.stderr
        assert any(d["id"] == other.device_id and d.get("pending") for d in json.loads(listed.stdout))
        r = cli(target, "sync", "trust", other.device_id[:8], env={"ZAOSONG_HOME": str(home)})
        assert r.returncode == 0, r.stderr
        st = Store.open(target)
        try:
            assert import_package(st, p)["inserted"]["case"] == 1
            assert not [d for d in list_devices(st) if d.get("pending")]
            with st.reader() as s:
                assert s.scalars(select(PendingDevice)).all() == []
        finally:
            st.dispose()
    finally:
        other.dispose()


def test_an_old_pending_file_is_moved_into_the_database_once(any_db, tmp_path):
    _key, pub = keys.new_device_key()
    did = str(uuid.uuid4())
    st = Store.open(any_db)
    try:
        old = st.path.parent / "sync" / "pending_devices.json"
        old.parent.mkdir(parents=True, exist_ok=True)
        old.write_text(json.dumps({did: {"name": "老版本记下的设备", "public_key": pub},
                                   "not-a-uuid": {"name": "x", "public_key": pub}}, ensure_ascii=False),
                       encoding="utf-8")
        pending = [d for d in list_devices(st) if d.get("pending")]
        assert [(d["id"], d["name"]) for d in pending] == [(did, "老版本记下的设备")]
        assert not old.exists()
        with st.reader() as s:
            assert [r.id for r in s.scalars(select(PendingDevice))] == [did]
        assert trust_device(st, did[:8])["id"] == did
        assert not [d for d in list_devices(st) if d.get("pending")]
        with st.reader() as s:
            assert s.get(Device, did).trusted and s.get(Device, did).public_key == pub
    finally:
        st.dispose()


def test_a_file_that_is_no_list_of_devices_is_left_alone(db_path):
    st = Store.open(db_path)
    try:
        old = st.path.parent / "sync" / "pending_devices.json"
        old.parent.mkdir(parents=True, exist_ok=True)
        old.write_bytes(b"x")
        assert not [d for d in list_devices(st) if d.get("pending")]
        assert old.read_bytes() == b"x"
    finally:
        st.dispose()


def test_a_preview_on_a_server_is_not_reused_after_another_client_wrote(pg_url, tmp_path, monkeypatch):
    """The GUI's preview-then-apply on a server: a write by another supervisor's client since the
    preview makes it stale, as a change on the same laptop does (before: only this client's own
    change numbers were looked at, and the preview was applied unchecked)."""
    from app.sync.importer import PreviewCache

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    srv, other_client = Store.open(pg_url), None
    lap = fresh(tmp_path / "lap", "张伟")
    try:
        trust(srv, lap)
        with lap.session() as s:
            svc.create_case(s, customer_name="甲公司", account_no="3300000001", capacity_kva=400,
                            applied_on=D(2026, 11, 2))
        p = tmp_path / "p.zsync"
        export_package(lap, p)
        previews = PreviewCache()
        import_package(srv, p, dry_run=True, previews=previews)
        other_client = Store.open(pg_url)
        with other_client.session() as s:
            svc.create_case(s, customer_name="乙公司", account_no="3300000002", capacity_kva=400,
                            applied_on=D(2026, 11, 3))
        assert previews.take(srv, p, None) is None
    finally:
        for st in (srv, other_client, lap):
            if st is not None:
                st.dispose()


def test_with_real_roles_one_supervisor_sees_the_refusal_another_trusts_and_reporting_cannot(pg_server, tmp_path,
                                                                                            monkeypatch):
    """pg-setup's roles: a supervisor's login meets an unknown laptop's package; a second
    supervisor, on another computer, sees it waiting and trusts it; the reporting role is refused
    as untrusted in words, with nothing written (it may not write the waiting list either)."""
    import psycopg

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "admin"))
    unused = tmp_path / "unused.db"
    r = cli(unused, "pg-setup", "--admin", pg_server.url("postgres"), "--database", "zs_pending", "--prefix", "zp")
    assert r.returncode == 0, r.stderr
    assert cli(pg_server.url("zs_pending", user="zp_owner"), "init", "--user", "市局").returncode == 0
    with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
        for who in ("zp_wang", "zp_li"):
            c.execute(f"DROP ROLE IF EXISTS {who}")
            c.execute(f"CREATE ROLE {who} LOGIN IN ROLE zp_writer")
    other, p = _stranger_package(tmp_path)
    try:
        for user in ("zp_report", "zp_wang"):
            refused = cli(pg_server.url("zs_pending", user=user), "sync", "import", str(p),
                          env={"ZAOSONG_HOME": str(tmp_path / user)})
            assert refused.returncode == 1 and "sync trust" in refused.stderr and "Traceback" not in refused.stderr
        li = pg_server.url("zs_pending", user="zp_li")
        home = {"ZAOSONG_HOME": str(tmp_path / "li-computer")}
        listed = json.loads(cli(li, "sync", "devices", "--json", env=home).stdout)
        assert [d["name"] for d in listed if d.get("pending")] == ["王强的电脑"]
        assert cli(li, "sync", "trust", other.device_id[:8], env=home).returncode == 0
        done = cli(li, "sync", "import", str(p), "--json", env=home)
        assert done.returncode == 0 and json.loads(done.stdout)["inserted"]["case"] == 1, done.stderr
    finally:
        other.dispose()
        with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres",
                             autocommit=True) as c:
            c.execute('DROP DATABASE IF EXISTS "zs_pending" WITH (FORCE)')
