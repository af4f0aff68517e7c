"""The SQLite file: pragmas, migrations, backups, refusal of newer files, events and their chain."""
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import db
from app.errors import Refused
from app.services import cases as svc
from app.services.audit import verify_chains
from app.store import Store
from tests.helpers import raw_connect

FIXTURES = Path(__file__).parent / "fixtures"


def test_pragmas_take_effect(store):
    found = db.check_pragmas(store.engine)
    assert str(found["journal_mode"]).lower() == "wal"
    assert found["synchronous"] == 2 and found["foreign_keys"] == 1 and found["busy_timeout"] == 10000


def test_schema_revisions_match_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    script = ScriptDirectory.from_config(cfg)
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert chain == db.SCHEMA_REVISIONS
    assert script.get_current_head() == db.SCHEMA_HEAD


# Columns a migration rewrites on purpose, so they are not compared before and after:
# 0003 gives calendar rows the natural ids and the shared seed device every laptop uses (app.store).
REWRITTEN = {"0003_sync": {"calendar_day": {"id", "device_id", "hlc"},
                           "calendar_year": {"id", "device_id", "hlc", "loaded_at"}}}


def _fixture(rev: str) -> Path:
    return FIXTURES / f"schema_{rev}.db"


# Every past revision needs its fixture (a missing one fails below, it is not skipped); the head's
# fixture is upgraded too once it exists (it is the next revision's past).
UPGRADE_FROM = [r for r in db.SCHEMA_REVISIONS if r != db.SCHEMA_HEAD or _fixture(r).exists()]


def _rows(con: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    cols = ", ".join(f'"{c}"' for c in columns)
    return sorted(con.execute(f'SELECT {cols} FROM "{table}"').fetchall(), key=repr)


def _tables(con: sqlite3.Connection) -> dict[str, list[str]]:
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in names}


def test_every_fixture_is_a_known_revision_at_its_name():
    for fixture in sorted(FIXTURES.glob("schema_*.db")):
        rev = fixture.stem.removeprefix("schema_")
        assert rev in db.SCHEMA_REVISIONS, f"{fixture.name}: no such schema revision"
        con = raw_connect(fixture)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == rev, fixture.name
        con.close()


@pytest.mark.parametrize("rev", UPGRADE_FROM)
def test_upgrade_from_every_revision_keeps_data(rev, tmp_path):
    """A fixture database per schema revision, written by that revision's code; each is upgraded
    by Store.open (the real Alembic path) with a backup first and every row it held intact."""
    fixture = _fixture(rev)
    assert fixture.exists(), (
        f"schema revision {rev} has no fixture database: add tests/fixtures/{fixture.name}, written with the "
        f"code of that revision (see tests/fixtures/build_old_fixture.py), so the upgrade from it is tested")
    path = tmp_path / "zaosong.db"
    shutil.copy(fixture, path)
    con = raw_connect(path)
    before_tables = _tables(con)
    rewritten: dict[str, set[str]] = {}
    for later in db.SCHEMA_REVISIONS[db.SCHEMA_REVISIONS.index(rev) + 1:]:
        for table, cols in REWRITTEN.get(later, {}).items():
            rewritten.setdefault(table, set()).update(cols)
    kept = {t: [c for c in cols if c not in rewritten.get(t, set())]
            for t, cols in before_tables.items() if t not in ("alembic_version", "meta")}
    before = {t: _rows(con, t, cols) for t, cols in kept.items()}
    meta_before = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'user', 'case_prefix')"))
    cases_before = con.execute('SELECT case_no, customer_name, capacity_kva FROM "case" ORDER BY case_no').fetchall()
    has_minutes = "minutes" in before_tables.get("review_meeting", [])
    minutes_before = (con.execute("SELECT id, minutes FROM review_meeting ORDER BY id").fetchall()
                      if has_minutes else None)
    con.close()
    assert len(cases_before) >= 40, "a fixture holds representative data"

    store = Store.open(path)
    # the real upgrade backed the old file up first (none is taken when already at head)
    backups = sorted(db.backups_dir(path).glob(f"pre-upgrade-{rev}-*.db"))
    if rev == db.SCHEMA_HEAD:
        assert backups == []
    else:
        assert len(backups) == 1, f"the upgrade from {rev} took no backup (backups/pre-upgrade-{rev}-*.db)"
        bcon = raw_connect(backups[0])
        assert bcon.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert bcon.execute("SELECT version_num FROM alembic_version").fetchone()[0] == rev
        assert {t: _rows(bcon, t, cols) for t, cols in kept.items()} == before
        bcon.close()
    with store.reader() as s:
        from app.services.query import case_view

        v = case_view(s, cases_before[0][0], dt.date(2026, 11, 27))
    assert v["customer_name"] == cases_before[0][1]
    con = raw_connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.SCHEMA_HEAD
    after_tables = _tables(con)
    for table, cols in kept.items():  # every table, every row, every column it had: the same
        assert set(cols) <= set(after_tables[table]), table
        assert _rows(con, table, cols) == before[table], f"{table} changed in the upgrade from {rev}"
    assert dict(con.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'user', 'case_prefix')")) == meta_before
    assert con.execute('SELECT case_no, customer_name, capacity_kva FROM "case" ORDER BY case_no').fetchall() == cases_before
    # 0003: existing rows become one edit by the device that wrote them
    if db.SCHEMA_REVISIONS.index(rev) < db.SCHEMA_REVISIONS.index("0003_sync"):
        for table in ("case", "stage_round", "survey", "inspection", "rectification_item", "notice", "attachment"):
            vvs = con.execute(f'SELECT device_id, vv FROM "{table}"').fetchall()
            assert len(vvs) == len(before.get(table, [])) and all(json.loads(vv) == {dev: 1} for dev, vv in vvs), table
    # 0006: temporary -> formal link and advice on the case, clause of review opinions
    assert {"predecessor_id", "temp_advice"} <= set(after_tables["case"])
    assert "clause" in after_tables["review_opinion"]
    if db.SCHEMA_REVISIONS.index(rev) < db.SCHEMA_REVISIONS.index("0006_temp_formal"):
        assert con.execute('SELECT DISTINCT predecessor_id, temp_advice FROM "case"').fetchall() == [(None, "{}")]
        assert v["temp_advice"] is None and v["predecessor"] is None and v["successor"] is None
    # 0007: the minutes text of review meetings ('' for meetings from before; kept as written after)
    assert "minutes" in after_tables["review_meeting"]
    if minutes_before is None:
        assert con.execute("SELECT DISTINCT minutes FROM review_meeting").fetchall() in ([], [("",)])
    else:
        assert con.execute("SELECT id, minutes FROM review_meeting ORDER BY id").fetchall() == minutes_before
    # 0008: published rule sets and checklist templates (none before; kept and in force after)
    published = con.execute("SELECT doc_id, version FROM config_doc").fetchall()
    if db.SCHEMA_REVISIONS.index(rev) < db.SCHEMA_REVISIONS.index("0008_config_docs"):
        assert published == []
    else:
        assert ("internal", 2) in published
        assert any(r["rule_set"] == "internal" and r["version"] == 2 for r in v["rules"])
    held = con.execute("SELECT id FROM review_meeting WHERE status = 'scheduled' AND deleted = 0 "
                       "AND held_at < '2026-11-01' ORDER BY held_at LIMIT 1").fetchone()
    temp = con.execute('SELECT case_no FROM "case" WHERE business_type = \'TEMPORARY\' AND deleted = 0 '
                       'AND id NOT IN (SELECT predecessor_id FROM "case" WHERE predecessor_id IS NOT NULL) '
                       "ORDER BY case_no LIMIT 1").fetchone()
    field_case = con.execute('SELECT c.case_no FROM "case" c JOIN rectification_item r ON r.case_id = c.id '
                             "WHERE r.closed_on IS NULL AND r.deleted = 0 LIMIT 1").fetchone()
    con.close()
    assert verify_chains(store) == []
    if temp:  # the upgraded file takes the new data
        from app.services import temp_supply
        from app.services.temp_supply import record_temp_advice

        with store.session() as s:
            record_temp_advice(s, temp[0], room="北侧", transformer="1×800 kVA", switchgear="环网柜 3 面",
                               on=dt.date(2026, 11, 27))
        with store.session() as s:
            formal = temp_supply.create_formal_case(s, temp[0], capacity_kva=800,
                                                    applied_on=dt.date(2026, 11, 27)).case_no
        with store.reader() as s:
            from app.services.query import case_view

            assert case_view(s, formal)["temp_advice"]["transformer"] == "1×800 kVA"
            assert case_view(s, temp[0])["successor"]["case_no"] == formal
        assert verify_chains(store) == []
    if held:  # and the minutes text
        from app.services import meetings as mt

        with store.session() as s:
            mt.set_minutes(s, held[0], "一、升级后写入的纪要。\n二、第二行。")
        with store.reader() as s:
            assert mt.meeting_view(s, mt.get_meeting(s, held[0]))["minutes"] == "一、升级后写入的纪要。\n二、第二行。"
    if field_case:  # an open rectification item from before is still open, and can be closed
        from app.services import field

        with store.reader() as s:
            items = field.list_rectification(s, field_case[0])
        still_open = [i for i in items if i["open"]]
        assert still_open
        with store.session() as s:
            field.close_rectification(s, still_open[0]["id"], on=dt.date(2026, 11, 27), by="张伟")
        assert verify_chains(store) == []
    store.dispose()


def test_newer_database_is_refused_untouched(db_path):
    con = raw_connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(db.NewerDatabaseError) as exc:
        Store.open(db_path)
    assert "更新版本" in str(exc.value)
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Refused):
        Store.open(junk)
    other = tmp_path / "other.db"
    con = raw_connect(other)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(Refused):
        Store.open(other)


def test_rows_carry_uuid_clock_and_device(store):
    with store.session() as s:
        no = svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100,
                             applied_on=dt.date(2026, 11, 2)).case_no
    with store.session() as s:
        svc.finish_stage(s, no, "ACCEPT", dt.date(2026, 11, 3))
    con = raw_connect(store.path)
    for table in ("case", "stage_round"):
        for rid, hlc, dev, vv, lseq in con.execute(f'SELECT id, hlc, device_id, vv, lseq FROM "{table}" LIMIT 50'):
            assert len(rid) == 36 and len(hlc) == 18 and dev == store.device_id
            assert json.loads(vv)[store.device_id] >= 1 and lseq > 0
    from app.store import SEED_DEVICE

    # the seeded calendar is the same rows on every device (so sync sees no difference)
    assert {r[0] for r in con.execute("SELECT device_id FROM calendar_day")} == {SEED_DEVICE}
    stamps = [r[0] for r in con.execute("SELECT hlc FROM stage_round ORDER BY hlc")]
    assert len(set(stamps)) == len(stamps)
    kinds = [r[0] for r in con.execute("SELECT kind FROM case_event ORDER BY device_seq")]
    assert kinds == ["CASE_CREATED", "STAGE_FINISHED"]
    con.close()


def test_change_numbers_stay_unique_when_two_processes_write_one_file(store):
    """The workbench open and the CLI beside it: each holds its own counter in memory. The second
    writer goes on from the number the file holds, so no number is handed out twice (a sync export
    would miss a row, the verdict cache's stamp an edit)."""
    other = Store.open(store.path)  # opened now: its counter is the file's as of now
    try:
        with store.session() as s:
            no = svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100,
                                 applied_on=dt.date(2026, 11, 2)).case_no
        first = store.lseq
        assert other.lseq < first  # stale, as the other process would be
        with other.session() as s:
            svc.finish_stage(s, no, "ACCEPT", dt.date(2026, 11, 3))
        assert other.lseq > first
        with store.session() as s:  # and back: the first store catches up with the other's numbers
            svc.finish_stage(s, no, "SURVEY", dt.date(2026, 11, 4))
        assert store.lseq > other.lseq
    finally:
        other.dispose()
    con = raw_connect(store.path)
    numbers = [r[0] for table in ("case", "stage_round", "case_event")
               for r in con.execute(f'SELECT lseq FROM "{table}" WHERE lseq > 0')]
    held = int(con.execute("SELECT value FROM meta WHERE key = 'lseq'").fetchone()[0])
    con.close()
    assert len(numbers) == len(set(numbers)) and max(numbers) == held


def test_event_chain_detects_tampering(store):
    with store.session() as s:
        no = svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100,
                             applied_on=dt.date(2026, 11, 2)).case_no
    with store.session() as s:
        svc.finish_stage(s, no, "ACCEPT", dt.date(2026, 11, 3))
    assert verify_chains(store) == []
    con = raw_connect(store.path)
    con.execute("UPDATE case_event SET effective_on='2026-11-05' WHERE kind='STAGE_FINISHED'")
    con.commit()
    con.close()
    problems = verify_chains(store)
    assert problems and "哈希" in problems[0]


def test_late_entries_are_flagged(demo_db):
    store = Store.open(demo_db)
    from app.services.query import case_view

    con = raw_connect(demo_db)
    case_id = con.execute(
        "SELECT case_id FROM case_event WHERE julianday(date(recorded_at)) - julianday(effective_on) > 3 LIMIT 1"
    ).fetchone()[0]
    no = con.execute('SELECT case_no FROM "case" WHERE id=?', (case_id,)).fetchone()[0]
    con.close()
    with store.reader() as s:
        v = case_view(s, no, dt.date(2026, 11, 27))
    assert any(e["late_entry"] for e in v["events"])
    assert not all(e["late_entry"] for e in v["events"])
    store.dispose()


def test_backup_and_restore_keep_the_current_file_aside(demo_db, tmp_path):
    from app.services.backup import backup_now, check_backup, restore

    store = Store.open(demo_db)
    backup = backup_now(store.path)
    assert check_backup(backup) == db.SCHEMA_HEAD
    with store.session() as s:
        svc.create_case(s, customer_name="备份之后", account_no="3399999999", capacity_kva=100,
                        applied_on=dt.date(2026, 11, 27))
    store.dispose()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 4096)
    before = demo_db.read_bytes()
    with pytest.raises(Refused):
        restore(demo_db, junk)  # a bad backup is refused before anything is touched
    assert demo_db.read_bytes() == before
    aside = restore(demo_db, backup)
    assert aside.exists()
    con = raw_connect(demo_db)
    assert con.execute("SELECT count(*) FROM \"case\" WHERE customer_name='备份之后'").fetchone()[0] == 0
    con.close()
    con = raw_connect(aside)
    assert con.execute("SELECT count(*) FROM \"case\" WHERE customer_name='备份之后'").fetchone()[0] == 1
    con.close()


def test_natural_id_is_uuid5_in_the_zaosong_namespace():
    """natural_id writes uuid5 out by hand (speed): it must give exactly uuid.uuid5's ids, which
    every laptop and every older package relies on."""
    import random
    import uuid

    from app.models import ZAOSONG_NS, natural_id

    rng = random.Random(7)
    for _ in range(5000):
        kind = rng.choice(["round", "calendar_day", "inspection_result", "结果"])
        parts = [rng.randint(0, 10**12), "中文" * rng.randint(0, 3), rng.random(), None, "a|b"]
        name = kind + ":" + "|".join(str(p) for p in parts)
        assert natural_id(kind, *parts) == str(uuid.uuid5(ZAOSONG_NS, name))
