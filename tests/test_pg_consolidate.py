"""Consolidation on PostgreSQL (issue 22 §3): the same signed packages imported into a SQLite file
(``sync import``'s code) and into a server database (``consolidate --to``, the same import code)
give the same logical content and the same figures; re-import changes nothing; conflicts kept."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from app.models import CaseEvent, Device, SyncConflict
from app.services import cases as svc
from app.store import Store
from app.sync.format import MUTABLE
from app.sync.importer import import_package
from tests.helpers import cli, new_case

D = dt.date


def trust_all(store: Store, laptops) -> None:
    """The supervisor compared the laptops' fingerprints (as the trio fixture's laptops did)."""
    with store.session() as s:
        for lt in laptops:
            with lt.store.reader() as ls:
                d = ls.get(Device, lt.id)
                s.add(Device(id=d.id, name=d.name, public_key=d.public_key, trusted=True, is_local=False,
                             created_at=d.created_at))


def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, float):
        return round(v, 6)
    return v


def content(store: Store) -> dict:
    """Rows by id of every synced table and the events, canonical, without what is each database's
    own (change numbers); conflicts by what they are about (the detecting device stamps its row)."""
    out = {}
    with store.reader() as s:
        for model in [*MUTABLE, CaseEvent]:
            t = model.__table__
            if model is SyncConflict:
                out[t.name] = sorted((r.table_name, r.row_id, r.older, r.newer) for r in s.scalars(select(model)))
                continue
            cols = [c for c in t.columns if c.name != "lseq"]
            rows = {r[0]: json.dumps([_plain(v) for v in r], ensure_ascii=False, sort_keys=True)
                    for r in s.execute(select(*cols))}
            out[t.name] = rows
    return out


def figures(store: Store, as_of=D(2026, 11, 27)) -> dict:
    from app.services.agenda import month_overview
    from app.services.query import list_cases, warnings

    with store.reader() as s:
        return {"warnings": warnings(s, as_of=as_of),
                "cases": [(r.case_no, r.customer_name) for r in list_cases(s, as_of=as_of)],
                "month": month_overview(s, 2026, 11, as_of)}


def test_same_packages_into_sqlite_and_postgresql_give_the_same_content(trio, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    a, b, sup = trio
    srv = Store.open(pg_url)
    trust_all(srv, [a, b, sup])
    home = {"ZAOSONG_HOME": str(tmp_path / "srv")}

    x = new_case(a, "和泰电器有限公司", "3300000001")
    new_case(a, "象山海鲜城", "3300000002", D(2026, 11, 3))
    a.do(svc.finish_stage, x, "ACCEPT", D(2026, 11, 3))
    new_case(b, "丹城五金厂", "3300000003")
    pa1, pb1 = a.send(sup), b.send(sup)
    b.receive(a.send(b))
    # the same case edited on both laptops before they exchanged again: a conflict, both kept
    a.do(svc.edit_case, x, customer_name="和泰电器股份有限公司")
    b.do(svc.edit_case, x, customer_name="和泰电器(象山)有限公司")
    pa2, pb2 = a.send(sup), b.send(sup)
    packages = [pa1, pb1, pa2, pb2]

    for p in packages:
        sup.receive(p)
    r = cli(pg_url, "consolidate", "--to", pg_url, *map(str, packages), env=home)
    assert r.returncode == 0, r.stdout
    assert "4/4" in r.stdout and "导入 4" in r.stdout
    try:
        assert content(srv) == content(sup.store)
        assert figures(srv) == figures(sup.store)
        with srv.reader() as s:
            conflicts = s.scalars(select(SyncConflict)).all()
            assert len(conflicts) == 1 and conflicts[0].table_name == "case"
        before = content(srv)
        # re-import: every package already consolidated, nothing changed
        again = cli(pg_url, "consolidate", "--to", pg_url, *map(str, packages), "--json", env=home)
        assert again.returncode == 0, again.stderr
        out = json.loads(again.stdout)
        assert out["again"] == 4 and out["imported"] == 0
        assert content(srv) == before
        # the first case made on the server after consolidation: a number of its own, chain intact
        with srv.session() as s:
            c = svc.create_case(s, customer_name="市局新工单", account_no="3300000009", capacity_kva=800,
                                applied_on=D(2026, 11, 20))
        assert c.case_no.startswith("YK") and c.case_no not in {r[0] for r in figures(sup.store)["cases"]}
        assert cli(pg_url, "audit", "verify", env=home).returncode == 0
    finally:
        srv.dispose()


def test_dry_run_and_a_refused_package_change_nothing(trio, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    a, b, sup = trio
    srv = Store.open(pg_url)
    trust_all(srv, [a])  # b is not trusted here: its package is refused, a's goes in
    home = {"ZAOSONG_HOME": str(tmp_path / "srv")}
    new_case(a, "和泰电器有限公司", "3300000001")
    new_case(b, "丹城五金厂", "3300000003")
    pa, pb = a.send(sup), b.send(sup)
    try:
        before = content(srv)
        dry = cli(pg_url, "consolidate", "--to", pg_url, str(pa), "--dry-run", "--json", env=home)
        assert dry.returncode == 0, dry.stderr
        assert json.loads(dry.stdout)["packages"][0]["inserted"]["case"] == 1
        assert content(srv) == before
        r = cli(pg_url, "consolidate", "--to", pg_url, str(pb), str(pa), env=home)
        assert r.returncode == 1  # one refused: said, and the others imported
        assert "1/2" in r.stdout and "未导入" in r.stdout and "导入 1" in r.stdout
        names = {row[1] for row in figures(srv)["cases"]}
        assert names == {"和泰电器有限公司"}
    finally:
        srv.dispose()


def test_consolidate_needs_a_server(tmp_path):
    r = cli(tmp_path / "x.db", "consolidate", "--to", str(tmp_path / "x.db"), str(tmp_path / "none.zsync"))
    assert r.returncode == 1 and "postgresql://" in r.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_tampered_package_is_refused_on_the_server_as_on_a_file(trio, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    a, _b, sup = trio
    srv = Store.open(pg_url)
    trust_all(srv, [a])
    new_case(a, "和泰电器有限公司", "3300000001")
    p = a.send(sup)
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.zsync"
    bad.write_bytes(bytes(data))
    try:
        import pytest

        from app.errors import Refused

        with pytest.raises(Refused):
            import_package(srv, bad)
        with pytest.raises(Refused):
            import_package(sup.store, bad)
        assert figures(srv)["cases"] == []
    finally:
        srv.dispose()


def test_an_unknown_county_is_trusted_on_the_server_then_consolidated(trio, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "srv"))
    a, _b, sup = trio
    home = {"ZAOSONG_HOME": str(tmp_path / "srv")}
    new_case(a, "和泰电器有限公司", "3300000001")
    p = a.send(sup)
    first = cli(pg_url, "consolidate", "--to", pg_url, str(p), env=home)
    assert first.returncode == 1 and "sync trust" in first.stdout
    assert cli(pg_url, "sync", "trust", a.id[:8], env=home).returncode == 0
    again = cli(pg_url, "consolidate", "--to", pg_url, str(p), env=home)
    assert again.returncode == 0 and "导入 1" in again.stdout
