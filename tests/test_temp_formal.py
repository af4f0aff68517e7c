"""Temporary supply (临时用电) and its formal successor (临时转正式): advice, link, carried data."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import Refused
from app.services import cases as svc
from app.services import field, temp_supply
from app.services.query import case_view
from tests.helpers import cli, db_digest, ok, refused

D = dt.date
SURVEY = {"surveyed_on": "2026-03-04", "participants": [{"name": "张伟", "dept": "客户经理"}],
          "findings": "工地东侧临时箱变位置", "substation": "丹城变", "feeder": "丹城线", "pole": "12号杆",
          "supply_kv": 10, "metering": "LV", "ct_ratio": "", "vt_ratio": "",
          "transformers": [{"count": 1, "type": "oil", "kva": 400}]}
ADVICE = ("--room", "1号楼地下一层东侧,预留 12×8 m", "--transformer", "2×800 kVA 干式 SCB13",
          "--switchgear", "10 kV 环网柜 4 面、低压柜 12 面", "--note", "电缆沟沿东侧围墙预埋")


def temporary(db, tmp_path, account="3300000100") -> str:
    """A TEMPORARY case applied on 2026-03-02 with its survey and its advice for the formal supply."""
    no = ok(db, "case", "new", "--type", "TEMPORARY", "--customer", "象山建工集团(一号地块临时用电)",
            "--account", account, "--kva", "400", "--applied", "2026-03-02", "--contact", "李四 13800000000",
            "--address", "丹东街道天安路1号工地", "--township", "丹东街道", "--key-project")
    survey = tmp_path / f"survey-{account}.json"
    survey.write_text(json.dumps(SURVEY, ensure_ascii=False), encoding="utf-8")
    ok(db, "survey", "set", no, "--json", str(survey))
    ok(db, "case", "advice", no, *ADVICE, "--on", "2026-03-05")
    return no


def show(db, no) -> dict:
    return json.loads(ok(db, "case", "show", no, "--json", "--as-of", "2026-10-12"))


def test_advice_and_survey_appear_on_the_formal_successor(db_path, tmp_path):
    db = db_path
    temp = temporary(db, tmp_path)
    v = show(db, temp)
    assert v["temp_advice"]["room"] == "1号楼地下一层东侧,预留 12×8 m"
    assert v["successor"] is None and v["predecessor"] is None and v["carried_survey"] is None

    r = cli(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600",
                "--applied", "2026-10-09", "--dual-source")
    assert r.returncode == 0, r.stderr
    formal = r.stdout.strip()
    assert "警告" not in r.stderr  # the same account as its open temporary case is no duplicate

    f = show(db, formal)
    # the customer's data, typed once on the temporary case
    assert (f["customer_name"], f["account_no"], f["contact"], f["address"], f["township"], f["supply_kv"],
            f["key_project"]) == ("象山建工集团(一号地块临时用电)", "3300000100", "李四 13800000000",
                                  "丹东街道天安路1号工地", "丹东街道", 10.0, True)
    assert (f["business_type"], f["capacity_kva"], f["dual_source"], f["applied_on"]) == (
        "TEMP_TO_FORMAL", 1600.0, True, "2026-10-09")
    # the advice, as recorded on the temporary case
    assert f["temp_advice"] == v["temp_advice"]
    assert f["temp_advice"] == {"room": "1号楼地下一层东侧,预留 12×8 m", "transformer": "2×800 kVA 干式 SCB13",
                                "switchgear": "10 kV 环网柜 4 面、低压柜 12 面", "note": "电缆沟沿东侧围墙预埋",
                                "recorded_on": "2026-03-05", "recorded_by": "张伟"}
    # the survey of the temporary case, without who took part
    survey = json.loads(ok(db, "survey", "show", temp, "--json"))
    carried = f["carried_survey"]
    assert carried == {k: survey[k] for k in temp_supply.SURVEY_FIELDS}
    assert carried["substation"] == "丹城变" and carried["transformers"] == [{"count": 1, "type": "oil", "kva": 400.0}]
    assert "participants" not in carried
    # the link, both ways
    assert f["predecessor"]["case_no"] == temp and f["predecessor"]["business_type"] == "TEMPORARY"
    assert f["successor"] is None
    t = show(db, temp)
    assert t["successor"]["case_no"] == formal and t["successor"]["applied_on"] == "2026-10-09"
    assert t["predecessor"] is None
    # the history says so on both cases
    created = next(e for e in f["events"] if e["kind"] == "CASE_CREATED")
    assert created["payload"]["from_case"] == temp
    assert [e["payload"]["formal"] for e in t["events"] if e["kind"] == "FORMAL_SUCCESSOR"] == [formal]
    assert any(e["kind"] == "TEMP_ADVICE" for e in t["events"])
    # the plain listing names them too
    text = ok(db, "case", "show", formal)
    assert f"由临时用电工单 {temp} 转正式" in text and "2×800 kVA 干式 SCB13" in text and "丹城变" in text
    assert f"已转为正式工单 {formal}" in ok(db, "case", "show", temp)


def test_given_values_win_over_carried_ones(db_path, tmp_path):
    db = db_path
    temp = temporary(db, tmp_path)
    formal = ok(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1250", "--kv", "20",
                "--customer", "象山建工集团有限公司", "--account", "3300000999", "--address", "丹东街道天安路1号",
                "--applied", "2026-10-09")
    f = show(db, formal)
    assert (f["customer_name"], f["account_no"], f["address"], f["supply_kv"], f["contact"]) == (
        "象山建工集团有限公司", "3300000999", "丹东街道天安路1号", 20.0, "李四 13800000000")


def test_refusals_say_why_and_change_nothing(db_path, tmp_path):
    db = db_path
    temp = temporary(db, tmp_path)
    plain = ok(db, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "630",
               "--applied", "2026-09-01")
    before = db_digest(db)
    msg = refused(db, "case", "advice", plain, *ADVICE)
    assert plain in msg and "临时用电" in msg and "新装" in msg
    assert "配电房位置" in refused(db, "case", "advice", temp, "--room", " ", "--transformer", "x", "--switchgear", "y")
    assert "须指明它由哪个临时用电工单转来" in refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--kva", "1600")
    msg = refused(db, "case", "new", "--from", temp, "--kva", "1600")  # the type is NEW unless given
    assert "TEMP_TO_FORMAL" in msg and "“新装”" in msg
    assert "“增容”" in refused(db, "case", "new", "--type", "INCREASE", "--from", temp, "--kva", "1600")
    msg = refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", plain, "--kva", "1600")
    assert plain in msg and "不是临时用电" in msg
    assert "YK9999999" in refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", "YK9999999", "--kva", "1600")
    assert "2026-03-02" in refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600",
                                   "--applied", "2026-03-01")
    assert "户名" in refused(db, "case", "new", "--account", "3300000002", "--kva", "630")  # no --from: name needed
    assert "户号" in refused(db, "case", "new", "--customer", "甲", "--kva", "630")
    en = refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--kva", "1600", env={"ZAOSONG_LANG": "en"})
    assert "must name the temporary case it follows" in en
    assert db_digest(db) == before

    formal = ok(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600",
                "--applied", "2026-10-09")
    before = db_digest(db)
    msg = refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600")
    assert temp in msg and formal in msg and "不能再转" in msg
    msg = refused(db, "case", "advice", temp, *ADVICE)  # carried over already: no silent divergence
    assert formal in msg and "带入" in msg
    assert "临时转正式" in refused(db, "case", "advice", formal, *ADVICE)
    assert "不是临时用电" in refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", formal, "--kva", "1600")
    en = refused(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600",
                 env={"ZAOSONG_LANG": "en"})
    assert f"already became formal case {formal}" in en
    assert db_digest(db) == before


def test_services_for_the_gui(store):
    """The calls the GUI makes: prefill, create from the temporary case, survey prefill, locks."""
    with store.session() as s:
        temp = svc.create_case(s, customer_name="临时户", account_no="3300000300", capacity_kva=315,
                               business_type="TEMPORARY", applied_on=D(2026, 4, 1), contact="王五",
                               address="石浦镇", green_channel=True).case_no
    # nothing recorded yet: a formal case still links, carrying no advice and no survey
    with store.reader() as s:
        defaults = temp_supply.formal_defaults(s, temp)
    assert defaults == {"customer_name": "临时户", "account_no": "3300000300", "contact": "王五", "address": "石浦镇",
                        "township": "", "supply_kv": 10.0, "green_channel": True, "key_project": False,
                        "business_type": "TEMP_TO_FORMAL", "from_case": temp}
    with store.session() as s:
        temp_supply.record_temp_advice(s, temp, room="厂区北侧", transformer="1×630 kVA", switchgear="环网柜 3 面",
                                       on=D(2026, 4, 2))
    with store.session() as s:
        ch = temp_supply.create_formal_case(s, capacity_kva=630, applied_on=D(2026, 11, 2), **defaults)
    formal = ch.case_no
    with store.reader() as s:  # both cases changed, for the screens to refresh
        assert ch.cases == {svc.get_case(s, formal).id, svc.get_case(s, temp).id}
    with store.reader() as s:
        v = case_view(s, formal, D(2026, 11, 3))
        assert v["green_channel"] is True and v["temp_advice"]["room"] == "厂区北侧"
        assert v["carried_survey"] is None and v["predecessor"]["case_no"] == temp
        assert temp_supply.survey_prefill(s, formal) is None
        with pytest.raises(Refused) as exc:
            temp_supply.formal_defaults(s, temp)
        assert exc.value.code == "already_formal"
    # the pair keeps its business types
    for ref, new_type in ((formal, "NEW"), (temp, "NEW")):
        with store.session() as s, pytest.raises(Refused) as exc:
            svc.edit_case(s, ref, business_type=new_type)
        assert exc.value.code == "link_type_locked"
    # withdrawing a formal case entered by mistake frees the temporary case
    with store.session() as s:
        svc.delete_case(s, formal, "录错了")
    with store.reader() as s:
        assert case_view(s, temp)["successor"] is None
    with store.session() as s:
        field.set_survey(s, temp, {**SURVEY, "surveyed_on": "2026-04-03"})
    with store.session() as s:
        again = temp_supply.create_formal_case(s, temp, capacity_kva=800,
                                               applied_on=D(2026, 11, 5)).case_no
    with store.reader() as s:
        assert case_view(s, temp)["successor"]["case_no"] == again
        prefill = temp_supply.survey_prefill(s, again)
    # the survey form of the formal case starts from the carried survey, without its date
    assert prefill["feeder"] == "丹城线" and "surveyed_on" not in prefill and set(prefill) <= field.SURVEY_KEYS
    with store.session() as s:
        field.set_survey(s, again, {**prefill, "surveyed_on": "2026-11-06", "pole": "15号杆"})
    with store.reader() as s:
        assert temp_supply.survey_prefill(s, again)["pole"] == "15号杆"  # its own survey, once recorded
        assert case_view(s, again)["carried_survey"]["pole"] == "12号杆"  # the carried copy stays as it was


def test_link_travels_with_sync_in_any_order(db_path, tmp_path):
    """Export order follows change numbers: an edit of the temporary case after the formal case
    exists puts it after its successor in the package. The link (no foreign key) still arrives."""
    db = db_path
    temp = temporary(db, tmp_path)
    formal = ok(db, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600",
                "--applied", "2026-10-09")
    ok(db, "case", "edit", temp, "--contact", "李四 13900000000")
    pkg = tmp_path / "out.zsync"
    ok(db, "sync", "export", "--out", str(pkg))
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = other_dir / "zaosong.db"
    ok(other, "init", "--user", "李海燕", "--device-name", "另一台")
    r = cli(other, "sync", "import", str(pkg))
    if r.returncode != 0 and "sync trust" in r.stderr:
        device = r.stderr.split("sync trust ")[1].split("。")[0].split()[0].strip(".,")
        ok(other, "sync", "trust", device)
        r = cli(other, "sync", "import", str(pkg))
    assert r.returncode == 0, r.stderr
    f = show(other, formal)
    assert f["predecessor"]["case_no"] == temp and f["temp_advice"]["transformer"] == "2×800 kVA 干式 SCB13"
    assert f["carried_survey"]["feeder"] == "丹城线"
    assert show(other, temp)["successor"]["case_no"] == formal
    # and the rule holds there too
    assert formal in refused(other, "case", "new", "--type", "TEMP_TO_FORMAL", "--from", temp, "--kva", "1600")
