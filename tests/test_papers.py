"""The papers a manager hands over (issue 16): 受理回执, 供电方案答复单, 业务收费通知单, 竣工验收意见书,
送电单, through the real CLI, read back from the PDF (text, embedded CJK fonts, page count)."""
from __future__ import annotations

import json

import pytest

from tests.helpers import (
    SURVEY,
    assert_only_embedded_cjk_subsets,
    db_digest,
    flat,
    ok,
    page_count,
    pdf_text,
    refused,
    surveyed,
)

KINDS = ["accept-receipt", "plan-reply", "fee-notice", "acceptance-opinion", "power-on"]


@pytest.fixture
def papers_case(case_accepted):
    db, no = case_accepted
    ok(db, "case", "fees", no, "--item", "高可靠性供电费", "--amount", "36000", "--on", "2026-09-09")
    ok(db, "case", "fees", no, "--item", "临时接电费", "--amount", "5,000.50", "--basis", "浙价资〔2099〕1号 <b>&amp;",
       "--on", "2026-09-09")
    return db, no


def _pdf(db, no, kind, tmp_path, as_of="2026-11-27"):
    out = tmp_path / f"{kind}-{as_of}.pdf"
    assert ok(db, "doc", "pdf", no, "--kind", kind, "--out", str(out), "--as-of", as_of) == str(out)
    assert_only_embedded_cjk_subsets(out)
    assert page_count(out) == 1
    return flat(pdf_text(out))


def test_every_paper_prints_the_cases_own_data(papers_case, tmp_path):
    db, no = papers_case
    common = ["象山县供电局", "和泰电器有限公司", "3300000001", no, "第1页共1页"]
    expect = {
        "accept-receipt": ["受理回执", f"SL-{no}", "2026-09-02受理", "现场查勘", "个工作日", "客户签收"],
        "plan-reply": ["供电方案答复单", "丹城变丹城线12号杆", "双电源", "1250kVA", "高压计量",
                       "电流互感器变比100/5", "电压互感器变比10000/100", "油浸式变压器2台×630kVA",
                       "2026-09-08业扩会审决定：同意", "有效期12个月"],
        "fee-notice": ["业务收费通知单", "高可靠性供电费", "36,000.00", "临时接电费", "5,000.50",
                       "浙价资〔2099〕1号<b>&amp;", "合计", "41,000.50", "省级价格主管部门"],
        "acceptance-opinion": ["竣工验收意见书", "2026-11-05", "第2次", "张伟、王强", "竣工验收合格",
                               "整改完成", "2026-11-04", "验收负责人", "整改后合格1项"],
        "power-on": ["送电单", "丹城变丹城线12号杆", "2026-11-05合格", "送电前确认", "□", "客户（运行负责人）",
                     "送电操作人", "签字（盖章）"],
    }
    for kind in KINDS:
        text = _pdf(db, no, kind, tmp_path)
        for want in [*common, *expect[kind]]:
            assert flat(want) in text, (kind, want)
        if kind == "acceptance-opinion":  # round 2 re-checked nothing: the count covers every round (defect seen)
            import re

            checked = int(re.search(r"共(\d+)项", text).group(1))
            assert checked > 10, text


def test_a_paper_is_refused_naming_what_is_missing_and_nothing_changes(surveyed_case, tmp_path):
    db, no = surveyed_case  # 400 kVA, accepted and surveyed on the clock, but no survey results recorded
    before = db_digest(db)
    out = tmp_path / "x.pdf"
    missing = {"plan-reply": "尚未录入现场查勘结果", "fee-notice": "尚未登记收费项目",
               "acceptance-opinion": "竣工检验未进行", "power-on": "竣工检验未进行"}
    for kind, why in missing.items():
        err = refused(db, "doc", "pdf", no, "--kind", kind, "--out", str(out))
        assert why in err and no in err, (kind, err)
    assert not out.exists() and db_digest(db) == before
    rows = json.loads(ok(db, "doc", "list", no, "--json"))
    assert [r["available"] for r in rows] == [True, False, False, False, False]
    assert "现场查勘" in rows[1]["reason"]
    ok(db, "doc", "pdf", no, "--kind", "accept-receipt", "--out", str(out))
    assert out.exists()


def test_the_plan_reply_needs_the_meetings_approval(db_path, tmp_path):
    db = db_path
    no = surveyed(db, "大容量公司", "3300000002", 800)  # 800 kVA: the review meeting decides
    f = tmp_path / "survey.json"
    f.write_text(json.dumps(SURVEY, ensure_ascii=False), encoding="utf-8")
    ok(db, "survey", "set", no, "--json", str(f))
    out = tmp_path / "plan.pdf"
    assert "会审尚未作出决定" in refused(db, "doc", "pdf", no, "--kind", "plan-reply", "--out", str(out))
    meeting = ok(db, "meeting", "new", "--on", "2026-09-07 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, no)
    ok(db, "meeting", "decide", meeting, no, "--decision", "reject", "--note", "电源点不明")
    assert "未同意" in refused(db, "doc", "pdf", no, "--kind", "plan-reply", "--out", str(out))
    assert not out.exists()
    second = ok(db, "meeting", "new", "--on", "2026-09-08 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db, "meeting", "add", second, no)
    ok(db, "meeting", "decide", second, no, "--decision", "approve_with_changes", "--note", "改为丹城线13号杆接入")
    text = _pdf(db, no, "plan-reply", tmp_path)
    assert "修改后同意" in text and "改为丹城线13号杆接入" in text


def test_a_reprint_is_the_same_paper(papers_case, tmp_path):
    """Dated by the step it records, not the day printed: a reprint later gives identical bytes."""
    db, no = papers_case
    for kind in KINDS:
        a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
        ok(db, "doc", "pdf", no, "--kind", kind, "--out", str(a), "--as-of", "2026-11-27")
        ok(db, "doc", "pdf", no, "--kind", kind, "--out", str(b), "--as-of", "2026-11-30")
        if kind == "power-on":  # not energised yet: the record is dated the day it is printed
            assert "2026-11-30" in pdf_text(b)
            continue
        assert a.read_bytes() == b.read_bytes(), kind


def test_all_papers_of_a_case_in_one_file_each_numbered_alone(papers_case, tmp_path):
    db, no = papers_case
    out = tmp_path / "all.pdf"
    ok(db, "doc", "pdf", no, "--kind", "all", "--out", str(out))
    assert page_count(out) == 5
    for page, title in enumerate(["受理回执", "供电方案答复单", "业务收费通知单", "竣工验收意见书", "送电单"], start=1):
        text = flat(pdf_text(out, page))
        assert title in text and "第1页共1页" in text


def test_withdrawn_fee_leaves_the_notice_and_the_bureau_setting_is_printed(papers_case, tmp_path):
    db, no = papers_case
    fees = json.loads(ok(db, "case", "fees", no, "--json"))
    ok(db, "case", "fees", no, "--withdraw", fees[1]["id"], "--reason", "临时接电费不适用于本户")
    from app.services.settings import update_settings
    from app.store import Store

    store = Store.open(db)
    with store.session() as s:
        update_settings(s, bureau_name="宁海县供电局")
    store.dispose()
    text = _pdf(db, no, "fee-notice", tmp_path)
    assert "临时接电费" not in text and "36,000.00" in text and "宁海县供电局" in text and "象山县供电局" not in text
    out = tmp_path / "none.pdf"
    ok(db, "case", "fees", no, "--withdraw", fees[0]["id"], "--reason", "已免收")
    assert "尚未登记收费项目" in refused(db, "doc", "pdf", no, "--kind", "fee-notice", "--out", str(out))


def test_unknown_kind_is_refused_by_the_parser(surveyed_case, tmp_path):
    db, no = surveyed_case
    from tests.helpers import cli

    r = cli(db, "doc", "pdf", no, "--kind", "invoice", "--out", str(tmp_path / "x.pdf"))
    assert r.returncode != 0 and "invoice" in r.stderr and not (tmp_path / "x.pdf").exists()


def test_papers_core_imports_neither_qt_nor_reportlab():
    import subprocess
    import sys

    code = ("import sys, app.services.papers, app.services.fees, app.cli.papers; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]; print(bad); sys.exit(bool(bad))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
