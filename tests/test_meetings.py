"""Review meetings (业扩会审), design review (审图) and policy risks through the CLI."""
from __future__ import annotations

import datetime as dt
import json

from tests.helpers import cli, db_digest, ok, pdf_text, refused, surveyed


def test_meeting_gates_plan_of_big_cases_only(db_path, tmp_path):
    db = db_path
    big = surveyed(db, "和泰电器有限公司", "3300000001", 630)
    small = surveyed(db, "小五金厂", "3300000002", 400)
    early = ok(db, "case", "new", "--customer", "未查勘公司", "--account", "3300000003", "--kva", "800",
               "--applied", "2026-09-01")  # survey not finished: not proposed
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼会议室", "--chair", "王主任",
                 "--departments", "发展策划部,运维检修部,营销部")
    r = cli(db, "meeting", "propose", meeting, "--json")
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)
    assert [a["case_no"] for a in added] == [big]
    assert small not in r.stdout and early not in r.stdout
    assert added[0]["plan_deadline"] == "2026-09-07" and added[0]["warning"] is None
    # proposing again adds nothing: the case is already on the agenda
    assert json.loads(ok(db, "meeting", "propose", meeting, "--json")) == []

    # the small case finishes PLAN freely; the big one needs the decision
    ok(db, "stage", "finish", small, "PLAN", "--on", "2026-09-04")
    before = db_digest(db)
    msg = refused(db, "stage", "finish", big, "PLAN", "--on", "2026-09-04")
    assert "会审" in msg and "630" in msg
    assert db_digest(db) == before
    ok(db, "meeting", "decide", meeting, big, "--decision", "approve", "--note", "同意丹城线12号杆T接")
    refused(db, "stage", "finish", big, "PLAN", "--on", "2026-09-03")  # before the meeting decided
    ok(db, "stage", "finish", big, "PLAN", "--on", "2026-09-04")
    v = json.loads(ok(db, "case", "show", big, "--json"))
    assert any(s["code"] == "PLAN" and s["finished_on"] == "2026-09-04" for s in v["stages"])
    assert any(e["kind"] == "MEETING_DECIDED" for e in v["events"])
    # a decided plan is not put on a meeting again
    refused(db, "meeting", "add", meeting, big)
    listed = json.loads(ok(db, "meeting", "list", "--month", "2026-09", "--json"))
    assert [m["id"] for m in listed] == [meeting] and listed[0]["agenda"][0]["decision"] == "approve"
    assert json.loads(ok(db, "meeting", "list", "--month", "2026-10", "--json")) == []


def test_late_meeting_warns_and_rejection_blocks(db_path, tmp_path):
    db = db_path
    a = surveyed(db, "甲公司", "3300000011", 630)
    b = surveyed(db, "乙公司", "3300000012", 500)
    meeting = ok(db, "meeting", "new", "--on", "2026-09-10 14:00", "--place", "营销部会议室", "--chair", "王主任")
    r = cli(db, "meeting", "propose", meeting, "--json")
    assert r.returncode == 0, r.stderr
    added = {x["case_no"]: x for x in json.loads(r.stdout)}
    assert set(added) == {a, b}
    assert added[a]["warning"] and added[a]["latest_meeting_date"] == added[a]["plan_deadline"] == "2026-09-07"
    assert "2026-09-07" in r.stderr  # the warning is shown to the user too
    ok(db, "meeting", "decide", meeting, a, "--decision", "reject", "--note", "线路容量不足,另选电源点")
    ok(db, "meeting", "decide", meeting, b, "--decision", "approve_with_changes", "--note", "改为高供高计")
    assert "未获同意" in refused(db, "stage", "finish", a, "PLAN", "--on", "2026-09-11")
    ok(db, "stage", "finish", b, "PLAN", "--on", "2026-09-11")
    # the rejected case goes to the next meeting and passes there
    m2 = ok(db, "meeting", "new", "--on", "2026-09-17 09:00", "--place", "营销部会议室", "--chair", "王主任")
    assert [x["case_no"] for x in json.loads(ok(db, "meeting", "propose", m2, "--json"))] == [a]
    ok(db, "meeting", "decide", m2, a, "--decision", "approve")
    ok(db, "stage", "finish", a, "PLAN", "--on", "2026-09-17")

    # minutes show each decision
    pdf = tmp_path / "minutes.pdf"
    ok(db, "meeting", "pdf", meeting, "--minutes", "--out", str(pdf))
    text = pdf_text(pdf)
    flat = text.replace(" ", "").replace("\n", "")
    assert "业扩会审会议纪要" in flat and "营销部会议室" in flat and "王主任" in flat
    assert a in flat and b in flat and "不同意" in flat and "修改后同意" in flat
    assert "线路容量不足" in flat and "改为高供高计" in flat


def test_notice_postpone_cancel_and_hostile_text(db_path, tmp_path):
    db = db_path
    hostile = '<b>&amp;</b> 和泰 & "引号"'
    a = surveyed(db, hostile, "3300000021", 800)
    b = surveyed(db, "乙公司", "3300000022", 630)
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "<para>三楼</para>", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, a, "--representative", "李经理")
    ok(db, "meeting", "add", meeting, b)
    before = db_digest(db)
    refused(db, "meeting", "add", meeting, a)  # already on the agenda
    refused(db, "meeting", "postpone", meeting, "--to", "2026-09-03 09:00", "--reason", "提前")  # earlier
    refused(db, "meeting", "postpone", meeting, "--to", "2026-09-08", "--reason", "改期")  # no time
    refused(db, "meeting", "pdf", meeting, "--minutes", "--out", str(tmp_path / "m.pdf"))  # nothing decided
    assert db_digest(db) == before
    ok(db, "meeting", "postpone", meeting, "--to", "2026-09-07 09:30", "--reason", "主任出差")
    notice = tmp_path / "notice.pdf"
    ok(db, "meeting", "pdf", meeting, "--notice", "--out", str(notice))
    flat = pdf_text(notice).replace("\n", "")
    assert "业扩会审通知" in flat and "<para>三楼</para>" in flat and "<b>&amp;</b>" in flat
    assert "2026-09-07 09:30" in flat and "主任出差" in flat and b in flat
    one = tmp_path / "notice-a.pdf"
    ok(db, "meeting", "pdf", meeting, "--notice", "--case", b, "--out", str(one))
    flat = pdf_text(one).replace("\n", "")
    assert b in flat and a not in flat and "乙公司" in flat
    ok(db, "meeting", "cancel", meeting, "--reason", "议题合并到下次")
    assert json.loads(ok(db, "meeting", "list", "--json"))[0]["status"] == "cancelled"
    refused(db, "meeting", "decide", meeting, a, "--decision", "approve")
    # the cases of a cancelled meeting are proposed to the next one
    m2 = ok(db, "meeting", "new", "--on", "2026-09-08 09:30", "--place", "三楼", "--chair", "王主任")
    assert sorted(x["case_no"] for x in json.loads(ok(db, "meeting", "propose", m2, "--json"))) == sorted([a, b])


def test_joint_design_review_needs_three_departments(db_path):
    db = db_path
    no = surveyed(db, "和泰电器有限公司", "3300000031", 1250, "--dual-source")
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, no)
    ok(db, "meeting", "decide", meeting, no, "--decision", "approve")
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")
    ok(db, "stage", "finish", no, "FEES", "--on", "2026-09-07")
    ok(db, "review", "open", no, "--on", "2026-09-21", "--institute", "宁波电力设计院")
    ok(db, "review", "opinion", no, "--text", "接地网布置图缺少接地电阻计算", "--must-fix")
    before = db_digest(db)
    msg = refused(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "approved")
    assert "联合审图" in msg and "供电所" in msg
    refused(db, "stage", "finish", no, "DESIGN_REVIEW", "--on", "2026-09-22")
    refused(db, "review", "participants", no, "--names", "张伟生产")  # no department
    assert db_digest(db) == before
    ok(db, "review", "participants", no, "--names", "张伟:生产,李海燕:营销")
    msg = refused(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "approved")
    assert "供电所" in msg and "营销" not in msg.split("尚缺")[-1]
    # returning the drawings for revision is allowed: the round ends with rectify
    ok(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "returned")
    ok(db, "review", "open", no, "--on", "2026-09-28", "--institute", "宁波电力设计院")
    ok(db, "review", "participants", no, "--names", "张伟:生产,李海燕:营销,王强:供电所")
    ok(db, "review", "close", no, "--on", "2026-09-29", "--outcome", "approved")
    reviews = json.loads(ok(db, "review", "show", no, "--json"))
    assert [(r["round"], r["outcome"]) for r in reviews] == [(1, "returned"), (2, "approved")]
    assert reviews[0]["opinions"][0]["must_fix"] is True and reviews[0]["joint_required"]
    v = json.loads(ok(db, "case", "show", no, "--json"))
    assert [(s["round"], s["outcome"]) for s in v["stages"] if s["code"] == "DESIGN_REVIEW"] == [(1, "rectify"), (2, "pass")]


def test_small_or_typical_design_review_by_manager(db_path):
    db = db_path
    ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任")  # gates in force
    for kva, account, extra in ((800, "3300000041", ()), (1250, "3300000042", ("--typical-design",))):
        no = surveyed(db, "某公司", account, kva, *extra)
        m = ok(db, "meeting", "new", "--on", "2026-09-04 10:00", "--place", "三楼", "--chair", "王主任")
        ok(db, "meeting", "add", m, no)
        ok(db, "meeting", "decide", m, no, "--decision", "approve")
        ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")
        ok(db, "stage", "finish", no, "FEES", "--on", "2026-09-07")
        ok(db, "review", "open", no, "--on", "2026-09-21")
        ok(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "approved")


def test_risks_add_close_and_bad_input_refused_unchanged(db_path):
    db = db_path
    no = surveyed(db, "和泰电器有限公司", "3300000051", 630)
    risk = ok(db, "risk", "add", no, "--kind", "RIGHT_OF_WAY", "--text", "电缆路径经过村道,需村委会同意",
              "--owner", "张伟", "--due", "2026-10-10", "--on", "2026-09-05")
    rows = json.loads(ok(db, "risk", "list", no, "--json"))
    assert [(r["id"], r["status"], r["kind_name"], r["owner"], r["due_on"]) for r in rows] == [
        (risk, "open", "线路通道", "张伟", "2026-10-10")]
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任")
    before = db_digest(db)
    for args in (
        ("risk", "add", no, "--kind", "WEATHER", "--text", "台风"),
        ("risk", "add", no, "--kind", "PERMIT", "--text", ""),
        ("risk", "add", "YK9999999", "--kind", "PERMIT", "--text", "规划许可"),
        ("risk", "close", risk, "--on", "2026-09-01"),  # before it was raised
        ("risk", "close", "no-such-risk", "--on", "2026-09-30"),
        ("meeting", "new", "--on", "2026-09-04", "--place", "三楼", "--chair", "王主任"),
        ("meeting", "new", "--on", "2026-13-04 09:30", "--place", "三楼", "--chair", "王主任"),
        ("meeting", "new", "--on", "2026-09-04 09:30", "--place", "", "--chair", "王主任"),
        ("meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王\x01主任"),
        ("meeting", "add", "no-such-meeting", no),
        ("meeting", "add", meeting, "YK9999999"),
        ("meeting", "decide", meeting, no, "--decision", "approve"),  # not on the agenda
        ("meeting", "list", "--month", "2026-13", "--json"),
        ("meeting", "pdf", meeting, "--minutes", "--out", "/tmp/never.pdf"),
        ("review", "opinion", no, "--text", "无审图"),  # no review open
        ("review", "close", no, "--on", "2026-09-22", "--outcome", "approved"),
        ("meeting", "cancel", meeting, "--reason", ""),
    ):
        refused(db, *args)
    assert db_digest(db) == before
    ok(db, "risk", "close", risk, "--on", "2026-09-30")
    refused(db, "risk", "close", risk, "--on", "2026-09-30")
    assert json.loads(ok(db, "risk", "list", no, "--open", "--json")) == []
    closed = json.loads(ok(db, "risk", "list", "--json"))[0]
    assert closed["status"] == "closed" and closed["closed_on"] == "2026-09-30"


def test_meetings_travel_with_sync(db_path, tmp_path, template_db):

    db = db_path
    no = surveyed(db, "和泰电器有限公司", "3300000061", 630)
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任",
                 "--departments", "营销部")
    ok(db, "meeting", "add", meeting, no)
    ok(db, "meeting", "decide", meeting, no, "--decision", "approve")
    ok(db, "risk", "add", no, "--kind", "PERMIT", "--text", "规划许可", "--on", "2026-09-05")
    pkg = tmp_path / "out.zsync"
    ok(db, "sync", "export", "--out", str(pkg))
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = other_dir / "zaosong.db"
    r = cli(other, "init", "--user", "李海燕", "--device-name", "另一台")
    assert r.returncode == 0, r.stderr
    r = cli(other, "sync", "import", str(pkg))
    if r.returncode != 0 and "sync trust" in r.stderr:
        device = r.stderr.split("sync trust ")[1].split("。")[0].split()[0].strip(".,")
        ok(other, "sync", "trust", device)
        r = cli(other, "sync", "import", str(pkg))
    assert r.returncode == 0, r.stderr
    listed = json.loads(ok(other, "meeting", "list", "--json"))
    assert listed[0]["id"] == meeting and listed[0]["agenda"][0]["decision"] == "approve"
    assert json.loads(ok(other, "risk", "list", "--json"))[0]["text"] == "规划许可"
    ok(other, "stage", "finish", no, "PLAN", "--on", "2026-09-04")


def test_gate_holds_before_any_meeting_exists(db_path):
    db = db_path
    before_meetings = surveyed(db, "旧工单公司", "3300000071", 630)
    # the seed's rule holds from the first case (issue 14 §2), not once a meeting was held
    assert "会审" in refused(db, "stage", "finish", before_meetings, "PLAN", "--on", "2026-09-04")
    no = surveyed(db, "和泰电器有限公司", "3300000072", 630)
    ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任")
    msg = refused(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")  # never proposed: still refused
    assert "会审" in msg


def test_meeting_minutes_text(db_path, tmp_path):
    """The meeting's own minutes text (会议纪要正文): written after the meeting, replaced, cleared,
    shown by `meeting list`, printed in the minutes PDF; bad input refused with the reason, in both
    languages, without changing anything."""
    db = db_path
    a = surveyed(db, "甲公司", "3300000021", 630)
    b = surveyed(db, "乙公司", "3300000022", 800)
    meeting = ok(db, "meeting", "new", "--on", "2026-09-10 14:00", "--place", "营销部会议室", "--chair", "王主任",
                 "--departments", "运维检修部,营销部")
    ok(db, "meeting", "propose", meeting, "--json")
    ok(db, "meeting", "decide", meeting, a, "--decision", "approve", "--note", "同意按查勘方案供电")
    ok(db, "meeting", "decide", meeting, b, "--decision", "reject", "--note", "线路容量不足")
    listed = json.loads(ok(db, "meeting", "list", "--month", "2026-09", "--json"))
    assert listed[0]["minutes"] == ""  # none yet

    text = ("一、会议听取了客户经理对两个项目查勘情况的汇报。  \r\n"
            "二、丹城线 12 号杆 T 接点负荷已接近上限,运维检修部在 10 月底前提出改造方案。\r\n\r\n"
            "三、<para>乙公司</para> 另选电源点后重新上会。\n\n")
    assert ok(db, "meeting", "minutes", meeting, "--text", text) == meeting
    minutes = json.loads(ok(db, "meeting", "list", "--month", "2026-09", "--json"))[0]["minutes"]
    # line breaks normalised, trailing blanks and blank lines at the end dropped, the rest kept as typed
    assert minutes == ("一、会议听取了客户经理对两个项目查勘情况的汇报。\n"
                       "二、丹城线 12 号杆 T 接点负荷已接近上限,运维检修部在 10 月底前提出改造方案。\n\n"
                       "三、<para>乙公司</para> 另选电源点后重新上会。")

    # the minutes PDF prints it after the decisions, literally
    pdf = tmp_path / "minutes.pdf"
    ok(db, "meeting", "pdf", meeting, "--minutes", "--out", str(pdf))
    flat = pdf_text(pdf).replace(" ", "").replace("\n", "")
    assert "会议内容" in flat and "线路容量不足" in flat
    assert "一、会议听取了客户经理对两个项目查勘情况的汇报。" in flat
    assert "运维检修部在10月底前提出改造方案" in flat and "三、<para>乙公司</para>另选电源点后重新上会" in flat
    assert flat.index("线路容量不足") < flat.index("会议内容") < flat.index("三、<para>")

    # bad input: refused with the reason, in both languages, nothing changed
    before = db_digest(db)
    err = refused(db, "meeting", "minutes", meeting, "--text", "第一行\n第二\x07行")
    assert "第 2 行" in err and "控制字符" in err
    r = cli(db, "meeting", "minutes", meeting, "--text", "第一行\n第二\x07行", env={"ZAOSONG_LANG": "en"})
    assert r.returncode == 1 and "Line 2" in r.stderr and "control characters" in r.stderr
    err = refused(db, "meeting", "minutes", meeting, "--text", "纪" * 10001)
    assert "10001" in err and "10000" in err
    r = cli(db, "meeting", "minutes", meeting, "--text", "x" * 10001, env={"ZAOSONG_LANG": "en"})
    assert r.returncode == 1 and "too long" in r.stderr and "at most 10000" in r.stderr
    assert "找不到会审" in refused(db, "meeting", "minutes", "no-such-meeting", "--text", "x")
    assert db_digest(db) == before

    # not before the meeting is held, not for a cancelled meeting. set_minutes compares with the system
    # clock (it takes no as_of), so the meeting not yet held is dated a year after the real today.
    ahead = (dt.date.today() + dt.timedelta(days=365)).isoformat()
    later = ok(db, "meeting", "new", "--on", f"{ahead} 09:00", "--place", "三楼", "--chair", "王主任")
    err = refused(db, "meeting", "minutes", later, "--text", "预先写好的纪要")
    assert f"{ahead} 09:00" in err and "尚未召开" in err
    r = cli(db, "meeting", "minutes", later, "--text", "x", env={"ZAOSONG_LANG": "en"})
    assert r.returncode == 1 and "before it is held" in r.stderr
    past = ok(db, "meeting", "new", "--on", "2026-09-24 09:00", "--place", "三楼", "--chair", "王主任")
    ok(db, "meeting", "cancel", past, "--reason", "无议题")
    assert "已取消" in refused(db, "meeting", "minutes", past, "--text", "x")

    # replaced, then cleared with an empty text; the PDF then has no minutes section
    ok(db, "meeting", "minutes", meeting, "--text", "会议同意甲公司方案。")
    assert json.loads(ok(db, "meeting", "list", "--month", "2026-09", "--json"))[0]["minutes"] == "会议同意甲公司方案。"
    ok(db, "meeting", "minutes", meeting, "--text", "")
    assert json.loads(ok(db, "meeting", "list", "--month", "2026-09", "--json"))[0]["minutes"] == ""
    ok(db, "meeting", "pdf", meeting, "--minutes", "--out", str(pdf))
    assert "会议内容" not in pdf_text(pdf).replace(" ", "")


def test_minutes_text_travels_by_sync_package(trio):
    """The minutes written on one laptop reach the other with the meeting (review_meeting.minutes is
    an ordinary synced column), and so does a later change."""
    from app.services import meetings as mt

    a, b, _sup = trio
    mid = a.do(mt.new_meeting, "2026-09-10 14:00", "营销部会议室", "王主任", "运维检修部").meeting_id
    a.do(mt.set_minutes, mid, "一、第一条。\n二、第二条。")
    b.receive(a.send(b))
    with b.store.reader() as s:
        assert mt.meeting_view(s, mt.get_meeting(s, mid))["minutes"] == "一、第一条。\n二、第二条。"
    a.do(mt.set_minutes, mid, "一、改过的纪要。")
    b.receive(a.send(b))
    with b.store.reader() as s:
        assert mt.meeting_view(s, mt.get_meeting(s, mid))["minutes"] == "一、改过的纪要。"
