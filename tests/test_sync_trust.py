"""Sync's trust model (issue 13 §2): what a dishonest colleague's trusted laptop cannot do.

Packages are exported for real and then tampered with by the "colleague", who re-signs them with
his own real key (he is trusted: his signature is valid; what he says in others' names is not).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from app import device_keys as keys
from app.errors import Refused
from app.services import cases as svc
from app.store import canonical_json, event_hash
from app.sync.export import export_package
from app.sync.importer import PreviewCache, import_package, waiting_packages
from app.sync.peers import MAX_PENDING, list_devices, trust_device, verify_audit
from tests.helpers import Laptop, answer_box, cli, digest, new_case, open_window, raw_connect, visible_box, wait_idle

D = dt.date


def private_key(lt: Laptop) -> str:
    return keys.device_private_key(lt.store)


def records_of(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as zf:
        return [json.loads(x) for x in zf.read("records.jsonl").decode("utf-8").splitlines() if x.strip()]


def resign(src: Path, dst: Path, key: str, records=None, manifest=None) -> Path:
    """``src`` with its records and/or manifest edited, signed again with ``key`` (a plain package)."""
    with zipfile.ZipFile(src) as zf:
        m = json.loads(zf.read("manifest.json"))
        data = {i.filename: zf.read(i) for i in zf.infolist() if i.filename != "manifest.json"}
    if records is not None:
        recs = [json.loads(x) for x in data["records.jsonl"].decode("utf-8").splitlines() if x.strip()]
        records(recs)
        data["records.jsonl"] = b"".join(canonical_json(r).encode("utf-8") + b"\n" for r in recs)
    m.pop("signature")
    m["package_id"] = __import__("uuid").uuid4().__str__()
    m["members"] = {n: {"size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in data.items()}
    if manifest is not None:
        manifest(m)
    m["signature"] = keys.sign(key, canonical_json(m).encode("utf-8"))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", canonical_json(m))
        for n, d in data.items():
            zf.writestr(n, d)
    return dst


def rehash(ev: dict) -> None:
    fields = {k: ev[k] for k in ("case_id", "kind", "payload", "effective_on", "actor", "device_id", "device_seq",
                                 "prev_hash")}
    fields["recorded_at"] = dt.datetime.fromisoformat(ev["recorded_at"]).isoformat(timespec="microseconds")
    ev["hash"] = event_hash(fields)


def chain_of(lt: Laptop) -> tuple[int, str]:
    from app.models import Device

    with lt.store.reader() as s:
        d = s.get(Device, lt.id)
        return d.chain_seq, d.chain_head


def refused(lt: Laptop, package: Path, code: str) -> Refused:
    before = digest(lt.path)
    with pytest.raises(Refused) as exc:
        lt.receive(package)
    assert exc.value.code == code, str(exc.value)
    assert digest(lt.path) == before
    return exc.value


# --- events in another laptop's name ---------------------------------------------------------------------
def test_events_forged_in_a_colleagues_name_are_refused_and_his_own_go_on(trio_any, tmp_path):
    a, b, sup = trio_any  # sup plays the dishonest colleague: trusted by b, relaying a's data
    x = new_case(a, "和泰电器有限公司", "3300000001")
    sup.receive(a.send(sup))
    b.receive(a.send(b))
    seq, head = chain_of(a)
    case_id = next(r["row"]["id"] for r in records_of(a.send(b, full=True)) if r["t"] == "case")

    def forge(recs):  # a "next event" of a's, linked to a's real chain head
        ev = dict(next(r["row"] for r in recs if r["t"] == "case_event" and r["row"]["device_id"] == a.id))
        ev.update(id=str(__import__("uuid").uuid4()), case_id=case_id, kind="CASE_DELETED", device_seq=seq + 1,
                  prev_hash=head, payload=canonical_json({"reason": "客户撤销"}))
        rehash(ev)
        recs.append({"t": "case_event", "row": ev})

    relayed = resign(sup.send(b, full=True), tmp_path / "forged.zsync", private_key(sup), records=forge)
    exc = refused(b, relayed, "sync_forged")
    assert a.store.setting("user") in str(exc) or "张伟" in str(exc)
    assert "主管" in str(exc)  # the sender is named

    # the colleague signs a statement in a's name with his own key: a bad signature
    def fake_head(m):
        m["heads"][a.id] = keys.sign_head(private_key(sup), a.id, seq + 1, "0" * 64, 1)

    refused(b, resign(sup.send(b, full=True), tmp_path / "forged2.zsync", private_key(sup), records=forge,
                      manifest=fake_head), "sync_forged")
    # a's genuine next package is taken (before: refused for ever as a forked history)
    a.do(svc.finish_stage, x, "ACCEPT", D(2026, 11, 3))
    b.receive(a.send(b))
    assert verify_audit(b.store)["ok"]


def test_relayed_events_travel_with_their_authors_signature(trio_any):
    a, b, sup = trio_any
    new_case(a, "恒达针织有限公司", "3300000002")
    sup.receive(a.send(sup))
    summary = b.receive(sup.send(b))  # a's events reach b through the supervisor
    assert summary["inserted"].get("case_event", 0) >= 1
    assert verify_audit(b.store)["ok"]


# --- version-vector inflation --------------------------------------------------------------------------
def test_counters_above_what_a_device_signed_are_refused_and_named(trio_any, tmp_path):
    a, b, sup = trio_any
    mine = new_case(b, "宏远船舶修造有限公司", "3300000003")
    other = new_case(b, "象山港湾酒店", "3300000004")
    theirs = new_case(a, "和泰电器有限公司", "3300000001")
    sup.receive(b.send(sup))
    sup.receive(a.send(sup))
    b.receive(a.send(b))

    def inflate(case_no, device, **values):
        def fn(recs):
            row = next(r["row"] for r in recs if r["t"] == "case" and r["row"]["case_no"] == case_no)
            vv = json.loads(row["vv"])
            vv[device] = 50
            row.update(vv=canonical_json(vv), **values)
        return fn

    n = [0]

    def crafted(fn):
        n[0] += 1
        return resign(sup.send(b, full=True), tmp_path / f"inflated{n[0]}.zsync", private_key(sup), records=fn)

    # the receiver's own case renamed, another of its own deleted by a tombstone, a third device's case edited
    for fn, name in ((inflate(mine, b.id, customer_name="改过的户名"), mine),
                     (inflate(other, b.id, deleted=True), other),
                     (inflate(theirs, a.id, account_no="3399999999"), theirs)):
        exc = refused(b, crafted(fn), "sync_counter")
        assert name in str(exc), str(exc)
    # the control: a real edit made on the supervisor's laptop goes in as the newer version
    sup.do(svc.edit_case, mine, contact="王经理 13800000000")
    summary = b.receive(sup.send(b, full=True))
    assert summary["updated"].get("case") == 1, summary


# --- rewritten or gapped history -------------------------------------------------------------------------
def test_a_known_event_coming_back_changed_is_refused(trio_any, tmp_path):
    a, b, _ = trio_any
    x = new_case(a, "和泰电器有限公司", "3300000001")
    a.do(svc.finish_stage, x, "ACCEPT", D(2026, 11, 3))
    b.receive(a.send(b))
    new_case(a, "恒达针织有限公司", "3300000002")  # the chain grows: its head is a new one

    def rewrite(recs):  # a edits its own first event and rebuilds its chain (it holds its own key)
        evs = sorted((r["row"] for r in recs if r["t"] == "case_event" and r["row"]["device_id"] == a.id),
                     key=lambda e: e["device_seq"])
        evs[0]["effective_on"] = "2026-10-01"
        for prev, ev in zip([None, *evs], evs):
            if prev is not None:
                ev["prev_hash"] = prev["hash"]
            rehash(ev)
        rewrite.top = evs[-1]

    def head(m):
        top = rewrite.top
        m["chain"] = {"seq": top["device_seq"], "head": top["hash"]}
        m["heads"][a.id] = keys.sign_head(private_key(a), a.id, top["device_seq"], top["hash"], m["heads"][a.id]["vv"])

    refused(b, resign(a.send(b, full=True), tmp_path / "rewritten.zsync", private_key(a), records=rewrite,
                      manifest=head), "sync_rewritten")
    assert verify_audit(b.store)["ok"]


def test_a_chain_head_that_is_not_the_packages_own_top_event_is_refused(trio_any, tmp_path):
    a, b, _ = trio_any
    new_case(a, "和泰电器有限公司", "3300000001")

    def head(m):
        m["chain"]["head"] = "ab" * 32
        m["heads"][a.id] = keys.sign_head(private_key(a), a.id, m["chain"]["seq"], "ab" * 32, m["heads"][a.id]["vv"])

    refused(b, resign(a.send(b), tmp_path / "head.zsync", private_key(a), manifest=head), "sync_forged")


def test_a_gap_in_a_chain_is_refused_and_the_package_waits_for_the_missing_one(trio_any):
    a, b, _ = trio_any
    new_case(a, "甲", "3300000001")
    b.receive(a.send(b))
    second = new_case(a, "乙", "3300000002")
    lost = a.send(b)  # not imported yet
    third = new_case(a, "丙", "3300000003")
    later = a.send(b)
    exc = refused(b, later, "sync_chain_gap")
    assert "--full" in str(exc)
    assert len(waiting_packages(b.store)) == 1
    summary = b.receive(lost)
    assert [w["seq"] for w in summary["waiting_imported"]] == [3], summary
    assert waiting_packages(b.store) == []
    from app.services.query import case_view

    with b.store.reader() as s:
        assert case_view(s, second)["customer_name"] == "乙" and case_view(s, third)["customer_name"] == "丙"
    assert verify_audit(b.store)["ok"]
    from app.services.audit import check_database

    assert check_database(b.store)["ok"]


def test_a_sealed_package_leaves_no_decrypted_content_behind(trio_any, tmp_path):
    a, b, _ = trio_any
    new_case(a, "甲", "3300000001")
    p = a.send(b, passphrase="象山2026")
    staging = b.store.path.parent / "sync" / "staging"  # a server's: its local folder
    # a preview kept for the GUI's apply keeps nothing of a sealed package (before: its rows, decrypted)
    import_package(b.store, p, passphrase="象山2026", dry_run=True, previews=PreviewCache())
    assert not any(staging.iterdir())
    # and after the import itself
    b.receive(p, passphrase="象山2026")
    assert not any(staging.iterdir())


# --- poison values: one definition of what is valid ------------------------------------------------------
@pytest.mark.parametrize("user, device, code", [
    ("张" * 51, None, "too_long"),
    ("张伟", "主管\u200b笔记本", "invisible_chars"),
    ("张伟", "laptop\u200f", "invisible_chars"),
    ("张伟", "x" * 101, "too_long"),
    ("张\u202e伟", None, "invisible_chars"),
])
def test_names_every_receiver_would_refuse_are_refused_where_they_are_typed(tmp_path, user, device, code):
    from app.store import Store

    with pytest.raises(Refused) as exc:
        Store.open(tmp_path / "zaosong.db", user=user, device_name=device)
    assert exc.value.code == code
    assert not (tmp_path / "zaosong.db").exists()


def test_settings_and_cli_init_use_the_same_rules(store, tmp_path):
    from app.services.settings import update_settings

    for kw in ({"user": "张" * 51}, {"device_name": "主管\u200b"}, {"device_name": "a" * 101}):
        with pytest.raises(Refused), store.session() as s:
            update_settings(s, **kw)
    res = cli(tmp_path / "new" / "zaosong.db", "init", "--user", "张" * 51)
    assert res.returncode == 1 and "过长" in res.stderr, res.stderr
    res = cli(tmp_path / "new2" / "zaosong.db", "init", "--device-name", "主管\u200f笔记本")
    assert res.returncode == 1 and "不可见字符" in res.stderr, res.stderr


def test_export_refuses_to_write_what_every_receiver_would_refuse(store, tmp_path):
    with store.session() as s:
        no = svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630,
                             applied_on=D(2026, 11, 2)).case_no
    # a value from before these rules (or written behind the app's back)
    con = raw_connect(store.path)
    con.execute('UPDATE "case" SET capacity_kva = ? WHERE case_no = ?', (-5.0, no))
    con.commit()
    con.close()
    out = tmp_path / "out.zsync"
    with pytest.raises(Refused) as exc:
        export_package(store, out)
    assert exc.value.code == "sync_export_invalid" and no in str(exc.value) and "大于 0" in str(exc.value)
    assert not out.exists() and not list(tmp_path.glob(".zsync-*"))
    with store.session() as s:  # mended, it goes out
        svc.edit_case(s, no, capacity_kva=630)
    export_package(store, out)
    assert out.exists()


def test_case_services_refuse_invisible_characters(store):
    with pytest.raises(Refused) as exc, store.session() as s:
        svc.create_case(s, customer_name="和泰\u200b电器", account_no="3300000001", capacity_kva=630,
                        applied_on=D(2026, 11, 2))
    assert exc.value.code == "invisible_chars"


# --- configuration only from a supervisor ----------------------------------------------------------------
def _december_off(lt: Laptop) -> None:
    from app.services.calendar import apply_calendar_rows

    days = [D(2026, 12, day) for day in range(1, 32) if D(2026, 12, day).weekday() < 5]
    lt.do(apply_calendar_rows, [(d, "holiday", "全月放假") for d in days], "manual")


def test_calendar_changes_are_taken_only_from_a_supervisor_and_always_listed(trio_any):
    from sqlalchemy import func, select

    from app.models import CalendarDay

    a, b, sup = trio_any
    _december_off(a)  # a colleague makes every weekday of December a holiday
    new_case(a, "和泰电器有限公司", "3300000001")
    summary = b.receive(a.send(b))
    changes = summary["config_changes"]
    assert len([ch for ch in changes if ch["table"] == "calendar_day"]) == 23, changes
    assert not any(ch["applied"] for ch in changes)
    assert any("2026-12-01" in ch["change"] for ch in changes)
    assert summary["warnings"] and "supervisor" in summary["warnings"][0]
    with b.store.reader() as s:
        held = s.scalar(select(func.count()).select_from(CalendarDay).where(CalendarDay.name == "全月放假"))
    assert held == 0 and summary["inserted"]["case"] == 1  # the rest of the package went in
    # the supervisor's calendar is taken once a person has marked it, and still listed
    trust_device(b.store, sup.id, supervisor=True)
    assert next(d for d in list_devices(b.store) if d["id"] == sup.id)["supervisor"]
    from app.services.calendar import apply_calendar_rows

    sup.do(apply_calendar_rows, [(D(2026, 12, 31), "holiday", "跨年")], "manual")
    got = b.receive(sup.send(b))
    applied = [ch["change"] for ch in got["config_changes"] if ch["applied"] and ch["table"] == "calendar_day"]
    assert applied == ["2026-12-31 节假日 跨年"], got["config_changes"]  # one language (issue 16)
    with b.store.reader() as s:
        assert s.scalar(select(func.count()).select_from(CalendarDay).where(CalendarDay.name == "跨年")) == 1


def test_sync_trust_supervisor_from_the_cli(trio_any):
    a, b, sup = trio_any
    b.store.dispose()
    res = cli(b.path, "sync", "trust", sup.id, "--supervisor")
    assert res.returncode == 0 and json.loads(res.stdout)["supervisor"] is True, res.stderr
    res = cli(b.path, "sync", "devices")
    assert "主管" in next(line for line in res.stdout.splitlines() if line.startswith(sup.id))
    res = cli(b.path, "sync", "trust", sup.id, "--not-supervisor")
    assert json.loads(res.stdout)["supervisor"] is False
    from app.store import Store

    b.store = Store.open(b.path)


def test_the_sync_page_marks_a_supervisor_and_previews_config_changes(qtbot, app_zh, tmp_path, db_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from app.services.calendar import apply_calendar_rows
    from app.store import Store

    other = Store.open(tmp_path / "other" / "zaosong.db", user="王主任", device_name="主管的笔记本")
    with other.session() as s:
        apply_calendar_rows(s, [(D(2026, 12, 31), "holiday", "跨年")], "manual")
    p1 = tmp_path / "p1.zsync"
    export_package(other, p1)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.sync_page
    win.show_page("sync")
    wait_idle(qtbot, win)
    page.preview(p1)  # unknown: the page asks to trust it; cancelled, then trusted from the list
    wait_idle(qtbot, win)
    answer_box(qtbot, page, "trustAndImport", QMessageBox.Cancel)
    wait_idle(qtbot, win)
    row = next(i for i, d in enumerate(page.devices) if d["id"] == other.device_id)
    page.device_table.selectRow(row)
    page.trust_selected()
    answer_box(qtbot, page, "trustConfirm")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(d["id"] == other.device_id and d["trusted"] for d in page.devices), timeout=10000)
    # the preview of a plain trusted device lists the change as not applied
    page.preview(p1)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: visible_box(page, "importPreview") is not None, timeout=10000)
    assert "跨年" in visible_box(page, "importPreview").text()
    assert not page.last_summary["config_changes"][0]["applied"]
    answer_box(qtbot, page, "importPreview", QMessageBox.No)
    row = next(i for i, d in enumerate(page.devices) if d["id"] == other.device_id)
    page.device_table.selectRow(row)
    qtbot.mouseClick(page.btn_supervisor, Qt.LeftButton)
    answer_box(qtbot, page, "supervisorConfirm")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(d["id"] == other.device_id and d.get("supervisor") for d in page.devices),
                    timeout=10000)
    row = next(i for i, d in enumerate(page.devices) if d["id"] == other.device_id)
    assert page.device_table.item(row, 1).text() == page.tr("supervisor")
    page.preview(p1)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: visible_box(page, "importPreview") is not None, timeout=10000)
    assert [c["applied"] for c in page.last_summary["config_changes"] if c["table"] == "calendar_day"] == [True]
    answer_box(qtbot, page, "importPreview", QMessageBox.No)
    wait_idle(qtbot, win)
    other.dispose()


# --- strangers' packages ---------------------------------------------------------------------------------
def test_refused_packages_of_unknown_devices_keep_the_pending_list_bounded(trio_any, tmp_path):
    import uuid

    a, b, _ = trio_any
    new_case(a, "甲", "3300000001")
    real = a.send(b)
    last = None
    for i in range(MAX_PENDING + 15):
        key, pub = keys.new_device_key()
        last = str(uuid.uuid4())

        def stranger(m, dev=last, pub=pub):
            m.update(device_id=dev, public_key=pub, device_name=f"陌生设备{i}", heads={},
                     chain={"seq": 0, "head": ""})
        with pytest.raises(Refused) as exc:
            b.receive(resign(real, tmp_path / f"s{i}.zsync", key, manifest=stranger))
        assert exc.value.code == "sync_untrusted"
    pending = [d["id"] for d in list_devices(b.store) if d.get("pending")]  # kept in the database (0024)
    assert len(pending) == MAX_PENDING and last in pending
    assert trust_device(b.store, last)["id"] == last  # the newest stranger can still be trusted


def test_the_first_run_dialog_holds_names_to_the_same_rules(qtbot, app_zh, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from app import fields
    from ui.first_run import FirstRunDialog

    dlg = FirstRunDialog(tmp_path / "zaosong.db")
    qtbot.addWidget(dlg)
    dlg.user.insert("张" * 60)
    assert len(dlg.user.text()) == fields.USER.max_len  # the field's own limit
    dlg.device.setText("主管\u200b笔记本")
    ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    ok.click()
    assert dlg.result() != dlg.DialogCode.Accepted and "不可见字符" in dlg.error.text()
    dlg.device.setText("主管的笔记本")
    ok.click()
    assert dlg.result() == dlg.DialogCode.Accepted
