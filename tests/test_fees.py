"""Fees as data of the case (issue 16): recorded, listed, withdrawn and corrected, append-only, through
the real CLI and the services; the schema revision that holds them (0012_case_fees)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import Refused
from app.services import fees
from tests.helpers import db_digest, ok, raw_connect, refused


def test_a_fee_is_recorded_and_listed_with_its_basis(surveyed_case_any):
    db, no = surveyed_case_any
    fee_id = ok(db, "case", "fees", no, "--item", "高可靠性供电费", "--amount", "12,000.5", "--on", "2026-09-05")
    ok(db, "case", "fees", no, "--item", "HIGH_RELIABILITY", "--amount", "¥300", "--basis", "备用容量 100 kVA")
    rows = json.loads(ok(db, "case", "fees", no, "--json"))
    assert [(r["item"], r["amount"], r["amount_fen"]) for r in rows] == [
        ("高可靠性供电费", "12,000.50", 1200050), ("高可靠性供电费", "300.00", 30000)]
    assert rows[0]["id"] == fee_id and "省级价格主管部门" in rows[0]["basis"]  # the usual basis of a usual item
    assert rows[1]["basis"] == "备用容量 100 kVA" and all(r["in_force"] for r in rows)
    listing = ok(db, "case", "fees", no)
    assert "12,000.50 元" in listing and "备用容量 100 kVA" in listing
    con = raw_connect(db)
    kinds = [k for (k,) in con.execute("SELECT kind FROM case_event WHERE kind LIKE 'FEE_%'")]
    assert kinds == ["FEE_RECORDED", "FEE_RECORDED"]


@pytest.mark.parametrize("amount", ["0", "-5", "1.234", "abc", "", "1e3", "100000000.01"])
def test_a_bad_amount_is_refused_and_changes_nothing(surveyed_case, amount):
    db, no = surveyed_case
    before = db_digest(db)
    err = refused(db, "case", "fees", no, "--item", "高可靠性供电费", "--amount", amount)
    assert "金额" in err
    assert db_digest(db) == before


def test_an_unusual_item_needs_its_basis_and_the_item_needs_an_amount(surveyed_case_any):
    db, no = surveyed_case_any
    before = db_digest(db)
    assert "没有默认依据" in refused(db, "case", "fees", no, "--item", "场地租赁费", "--amount", "10")
    assert "金额不能为空" in refused(db, "case", "fees", no, "--item", "高可靠性供电费")
    assert "找不到工单" in refused(db, "case", "fees", "YK000", "--item", "高可靠性供电费", "--amount", "1")
    assert db_digest(db) == before


def test_a_wrong_fee_is_withdrawn_or_corrected_never_edited(surveyed_case_any):
    db, no = surveyed_case_any
    first = ok(db, "case", "fees", no, "--item", "高可靠性供电费", "--amount", "1200", "--on", "2026-09-05")
    second = ok(db, "case", "fees", no, "--item", "临时接电费", "--amount", "500", "--on", "2026-09-05")
    before = db_digest(db)
    assert "原因不能为空" in refused(db, "case", "fees", no, "--withdraw", second)
    assert "金额" in refused(db, "case", "fees", no, "--correct", first, "--reason", "少写一个零", "--amount", "x")
    assert db_digest(db) == before  # a refused correction leaves the old fee in force
    ok(db, "case", "fees", no, "--withdraw", second, "--reason", "本户不是临时用电", "--on", "2026-09-06")
    ok(db, "case", "fees", no, "--correct", first, "--reason", "少写一个零", "--amount", "12000", "--on", "2026-09-06")
    rows = json.loads(ok(db, "case", "fees", no, "--json"))
    by_id = {r["id"]: r for r in rows}
    assert by_id[second]["in_force"] is False and by_id[second]["withdraw_reason"] == "本户不是临时用电"
    assert by_id[first]["in_force"] is False and by_id[first]["amount"] == "1,200.00"  # the old value kept
    new = [r for r in rows if r["in_force"]]
    assert len(new) == 1 and new[0]["replaces"] == first and new[0]["amount"] == "12,000.00"
    assert new[0]["basis"] == by_id[first]["basis"]  # what is not given is carried over
    assert "已于 2026-09-06 撤销" in refused(db, "case", "fees", no, "--withdraw", second, "--reason", "再撤")
    other = ok(db, "case", "new", "--customer", "乙公司", "--account", "3300000002", "--kva", "200",
               "--applied", "2026-09-01")
    before = db_digest(db)
    assert "找不到收费记录" in refused(db, "case", "fees", other, "--withdraw", new[0]["id"], "--reason", "错户")
    assert db_digest(db) == before  # another case's fee is not withdrawn through this one
    con = raw_connect(db)
    events = [(k, json.loads(p)) for k, p in con.execute(
        "SELECT kind, payload FROM case_event WHERE kind LIKE 'FEE_%' ORDER BY device_seq")]
    assert [k for k, _ in events] == ["FEE_RECORDED", "FEE_RECORDED", "FEE_WITHDRAWN", "FEE_WITHDRAWN", "FEE_RECORDED"]
    assert events[-1][1]["replaces"] == first and events[-1][1]["reason"] == "少写一个零"
    assert ok(db, "check").splitlines()[-1].endswith("ok")


def test_fee_before_the_application_is_refused(store, surveyed_case):
    _db, no = surveyed_case
    with pytest.raises(Refused) as exc:
        with store.session() as s:
            fees.record_fee(s, no, "高可靠性供电费", "100", on=dt.date(2026, 8, 1))
    assert exc.value.code == "before_application"


def test_the_usual_items_are_versioned_data_with_their_source():
    doc = fees.fee_items()
    assert doc["version"] >= 1 and doc["source"]
    assert {"高可靠性供电费", "临时接电费"} <= {i["zh"] for i in doc["items"]}
    assert all(i["basis"] and i["code"] and i["en"] for i in doc["items"])


def test_fees_travel_to_another_laptop(trio):
    a, b = trio[0], trio[1]
    from tests.helpers import new_case

    no = new_case(a, "收费同步公司", "3300000777")
    ch = a.do(fees.record_fee, no, "高可靠性供电费", "8000", on=dt.date(2026, 11, 3))
    b.receive(a.send(b))
    got = b.do(fees.list_fees, no)
    assert [(f["id"], f["amount"]) for f in got] == [(ch.created_id, "8,000.00")]
