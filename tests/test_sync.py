"""Sync by file between three databases: two managers' laptops and the supervisor's."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import Refused
from app.services import cases as svc
from app.store import Store
from app.sync.export import export_package
from app.sync.importer import import_package
from app.sync.peers import list_conflicts, list_devices, resolve_conflict, trust_device, verify_audit
from tests.helpers import digest, new_case, raw_connect

D = dt.date
def test_two_managers_and_supervisor_converge_with_conflicts_kept(trio_any):
    a, b, sup = trio_any
    x = new_case(a, "和泰电器有限公司", "3300000001")
    y = new_case(b, "恒达针织有限公司", "3300000002")
    a.do(svc.finish_stage, x, "ACCEPT", D(2026, 11, 3))
    # monthly consolidation: both laptops to the supervisor, then back
    sup.receive(a.send(sup))
    sup.receive(b.send(sup))
    a.receive(sup.send(a))
    b.receive(sup.send(b))
    assert digest(a.path) == digest(b.path) == digest(sup.path)

    # concurrent edits of the same case on both laptops, plus a hand-over and a delete vs an edit
    a.do(svc.edit_case, x, contact="王先生 13800000001")
    time.sleep(0.01)
    b.do(svc.edit_case, x, contact="王太太 13900000002")
    a.do(svc.edit_case, y, manager="张伟")  # B's customer handed over to A
    b.do(svc.finish_stage, y, "ACCEPT", D(2026, 11, 4))
    # exchanges in a different order this time
    pa, pb = a.send(sup), b.send(sup)
    sup.receive(pb)
    sup.receive(pa)
    a.receive(sup.send(a))
    b.receive(sup.send(b))
    assert digest(a.path) == digest(b.path) == digest(sup.path)
    for lt in (a, b, sup):
        conflicts = list_conflicts(lt.store)
        assert conflicts, lt.user
        cf = next(c for c in conflicts if c["table"] == "case")
        assert cf["fields"] == ["contact"] and {cf["mine"]["contact"], cf["theirs"]["contact"]} == {
            "王先生 13800000001", "王太太 13900000002"}
    with a.store.reader() as s:
        from app.services.query import case_view

        vy = case_view(s, y, D(2026, 11, 5))
    assert vy["manager"] == "张伟" and vy["stages"][0]["finished_on"] == "2026-11-04"  # both edits kept (no conflict)

    # a person resolves the conflict on the supervisor's laptop; it wins everywhere afterwards
    cf = next(c for c in list_conflicts(sup.store) if c["table"] == "case")
    keep = "mine" if cf["mine"]["contact"] == "王先生 13800000001" else "theirs"
    resolve_conflict(sup.store, cf["id"], keep)
    a.receive(sup.send(a))
    b.receive(sup.send(b))
    for lt in (a, b, sup):
        with lt.store.reader() as s:
            assert case_view(s, x, D(2026, 11, 5))["contact"] == "王先生 13800000001"
    assert digest(a.path) == digest(b.path) == digest(sup.path)


def test_deletion_against_an_edit_is_flagged_and_newer_wins(trio_any):
    a, b, sup = trio_any
    x = new_case(a, "和泰电器有限公司", "3300000001")
    b.receive(a.send(b))
    b.do(svc.edit_case, x, contact="李四")
    time.sleep(0.01)
    a.do(svc.delete_case, x, reason="客户撤回申请")  # newer: the tombstone wins, and it is flagged
    b.receive(a.send(b))
    a.receive(b.send(a))
    assert digest(a.path) == digest(b.path)
    for lt in (a, b):
        with pytest.raises(Refused):
            with lt.store.reader() as s:
                from app.services.query import case_view

                case_view(s, x)
        cf = [c for c in list_conflicts(lt.store) if c["table"] == "case"]
        assert cf and "deleted" in cf[0]["fields"]
        # the edit is not lost: it is kept in the conflict for a person
        assert "李四" in (cf[0]["mine"]["contact"], cf[0]["theirs"]["contact"])


def test_import_twice_changes_nothing_and_incremental_is_small(trio_any):
    a, b, _ = trio_any
    new_case(a, "和泰电器有限公司", "3300000001")
    p = a.send(b)
    s1 = b.receive(p)
    before = digest(b.path)
    s2 = b.receive(p)
    assert s2.get("already_imported") and digest(b.path) == before
    assert s1["inserted"]["case"] == 1
    # the next package to b carries only what changed since
    x2 = new_case(a, "宏远船舶修造有限公司", "3300000003")
    p2 = a.send(b)
    man = json.loads(__import__("zipfile").ZipFile(p2).read("manifest.json"))
    assert man["counts"].get("case") == 1 and "calendar_day" not in man["counts"]
    s3 = b.receive(p2)
    assert s3["inserted"]["case"] == 1 and not s3["missing_packages"]
    with b.store.reader() as s:
        from app.services.query import case_view

        assert case_view(s, x2)["customer_name"] == "宏远船舶修造有限公司"


def test_missing_package_is_reported(trio_any):
    a, b, _ = trio_any
    new_case(a, "甲", "3300000001")
    b.receive(a.send(b, full=True))
    a.send(b, full=True)  # lost on the way
    new_case(a, "乙", "3300000002")
    summary = b.receive(a.send(b, full=True))
    assert summary["missing_packages"] == [2]


def test_encrypted_package_and_dry_run(trio_any):
    a, b, _ = trio_any
    x = new_case(a, "和泰电器有限公司", "3300000001")
    p = a.send(b, passphrase="象山2026")
    with pytest.raises(Refused):
        b.receive(p)  # no passphrase
    with pytest.raises(Refused):
        b.receive(p, passphrase="wrong")
    before = digest(b.path)
    preview = b.receive(p, passphrase="象山2026", dry_run=True)
    assert preview["dry_run"] and preview["inserted"]["case"] == 1
    assert digest(b.path) == before
    b.receive(p, passphrase="象山2026")
    with b.store.reader() as s:
        from app.services.query import case_view

        assert case_view(s, x)["customer_name"] == "和泰电器有限公司"


def test_untrusted_device_is_refused_until_trusted(tmp_path):
    a = Store.open(tmp_path / "a" / "zaosong.db", user="张伟")
    b = Store.open(tmp_path / "b" / "zaosong.db", user="李海燕")
    with a.session() as s:
        svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100, applied_on=D(2026, 11, 2))
    p = tmp_path / "a.zsync"
    export_package(a, p)
    with pytest.raises(Refused) as exc:
        import_package(b, p)
    assert "sync trust" in str(exc.value)
    devices = list_devices(b)
    pending = next(d for d in devices if d["id"] == a.device_id)
    assert pending["pending"] and pending["fingerprint"]
    trust_device(b, a.device_id[:8])
    assert import_package(b, p)["inserted"]["case"] == 1
    a.dispose()
    b.dispose()


def test_audit_chain_tampering_on_a_laptop_is_detected_at_next_import(trio):
    a, b, sup = trio
    x = new_case(a, "甲", "3300000001")
    sup.receive(a.send(sup))
    a.do(svc.finish_stage, x, "ACCEPT", D(2026, 11, 3))
    # someone edits history on laptop a behind the app's back
    con = raw_connect(a.path)
    con.execute("UPDATE case_event SET effective_on='2026-11-02' WHERE kind='STAGE_FINISHED'")
    con.commit()
    con.close()
    assert verify_audit(a.store)["ok"] is False
    before = digest(sup.path)
    with pytest.raises(Refused) as exc:
        sup.receive(a.send(sup))
    assert "审计" in str(exc.value) or "audit" in str(exc.value)
    assert digest(sup.path) == before


def test_kill_mid_import_then_import_again(trio, tmp_path):
    """A child process importing a large package is killed at random moments; importing again gives
    the same result as one clean import."""
    a, b, _ = trio
    from app.demo import build_demo

    a.store.dispose()
    big = tmp_path / "big"
    big.mkdir()
    src = Store.open(big / "zaosong.db", user="张伟")
    build_demo(src, 1500, seed=4, as_of=D(2026, 11, 27))
    p = tmp_path / "big.zsync"
    export_package(src, p)
    with b.store.session() as s:
        from app.models import Device

        with src.reader() as ss:
            d = ss.get(Device, src.device_id)
            s.add(Device(id=d.id, name=d.name, public_key=d.public_key, trusted=True, is_local=False,
                         created_at=d.created_at))
    src.dispose()
    clean = tmp_path / "clean.db"
    b.store.dispose()
    shutil.copy(b.path, clean)
    cs = Store.open(clean)
    import_package(cs, p)
    cs.dispose()
    env = {**os.environ, "ZAOSONG_HOME": str(b.path.parent)}
    for delay in (0.3, 0.8, 1.5):
        child = subprocess.Popen([sys.executable, "-m", "app", "--db", str(b.path), "sync", "import", str(p)],
                                 cwd=Path(__file__).parent.parent, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
    r = subprocess.run([sys.executable, "-m", "app", "--db", str(b.path), "sync", "import", str(p), "--json"],
                       cwd=Path(__file__).parent.parent, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert digest(b.path) == digest(clean)
    r = subprocess.run([sys.executable, "-m", "app", "--db", str(b.path), "check"], cwd=Path(__file__).parent.parent,
                       env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout
