"""The review opinion letter (审图意见书): opinions with their clause, through the CLI to the PDF."""
from __future__ import annotations

import json
import subprocess

from tests.helpers import (
    assert_only_embedded_cjk_subsets,
    cli,
    db_digest,
    flat,
    ok,
    page_count,
    pdf_text,
    refused,
    surveyed,
)

OPINIONS = [
    ("接地电阻计算书缺失", "civil", True, "GB 50065-2011 第 4.2.1 条"),
    ("进线柜缺电磁锁闭锁", "technical", True, "DL/T 404-2018 第 5.11 条"),
    ("CT 变比宜改 75/5", "metering", False, "DL/T 448-2016 第 6.4 条"),
    ("预留一面备用柜位置", "other", False, ""),
]


def reviewed(db) -> str:
    """A 1250 kVA case past FEES, its drawings submitted on 2026-09-21."""
    no = surveyed(db, "象山宏远船舶修造有限公司", "3300000081", 1250, "--address", "石浦镇番西路88号")
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, no)
    ok(db, "meeting", "decide", meeting, no, "--decision", "approve")
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")
    ok(db, "stage", "finish", no, "FEES", "--on", "2026-09-07")
    ok(db, "review", "open", no, "--on", "2026-09-21", "--institute", "宁波电力设计院",
       "--drawings", "电气一次主接线图;配电房平面布置图;接地装置布置图")
    return no


def test_letter_shows_every_opinion_its_clause_and_the_outcome(db_path, tmp_path):
    db = db_path
    no = reviewed(db)
    for text, category, must_fix, clause in OPINIONS:
        ok(db, "review", "opinion", no, "--text", text, "--category", category, *(["--must-fix"] if must_fix else []),
           *(["--clause", clause] if clause else []))
    shown = json.loads(ok(db, "review", "show", no, "--json"))[0]["opinions"]
    assert [(o["number"], o["text"], o["must_fix"], o["clause"]) for o in shown] == [
        (i, t, m, c) for i, (t, _, m, c) in enumerate(OPINIONS, start=1)]

    # still open: a draft, said so
    draft = tmp_path / "draft.pdf"
    ok(db, "review", "pdf", no, "--out", str(draft))
    assert "草稿" in flat(pdf_text(draft)) and "审查尚未结束" in flat(pdf_text(draft))

    ok(db, "review", "participants", no, "--names", "张伟:生产,李海燕:营销,王强:供电所")
    ok(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "returned")
    letter = tmp_path / "letter.pdf"
    assert ok(db, "review", "pdf", no, "--out", str(letter)) == str(letter)
    text = flat(pdf_text(letter))
    assert "设计图纸审查意见书" in text and "草稿" not in text
    assert f"ST-{no}-R1" in text and no in text and "象山宏远船舶修造有限公司" in text and "宁波电力设计院" in text
    assert "石浦镇番西路88号" in text and "1250kVA" in text and "第1次" in text
    assert "电气一次主接线图" in text and "接地装置布置图" in text
    assert "张伟（生产）" in text and "王强（供电所）" in text and "联合审查" in text
    for opinion, _, _must_fix, clause in OPINIONS:
        assert opinion.replace(" ", "") in text
        assert clause.replace(" ", "") in text
    assert text.count("必须整改") >= 2 and "土建" in text and "计量" in text
    assert "共4条，其中必须整改2条，建议2条" in text
    assert "审查结论：退回修改" in text and "2026-09-22" in text
    assert_only_embedded_cjk_subsets(letter)

    # the second round is approved; the letter of round 1 stays as it was
    ok(db, "review", "open", no, "--on", "2026-09-28", "--institute", "宁波电力设计院", "--drawings", "电气一次主接线图(修改版)")
    ok(db, "review", "opinion", no, "--text", "已按意见修改", "--clause", "第1轮意见1、2")
    ok(db, "review", "participants", no, "--names", "张伟:生产,李海燕:营销,王强:供电所")
    ok(db, "review", "close", no, "--on", "2026-09-29", "--outcome", "approved")
    second = tmp_path / "second.pdf"
    ok(db, "review", "pdf", no, "--out", str(second))
    text = flat(pdf_text(second))
    assert f"ST-{no}-R2" in text and "第2次" in text and "审查结论：审查通过" in text and "已按意见修改" in text
    assert "接地电阻计算书缺失" not in text
    first = tmp_path / "first.pdf"
    ok(db, "review", "pdf", no, "--round", "1", "--out", str(first))
    assert "审查结论：退回修改" in flat(pdf_text(first))


def test_letter_refusals_and_hostile_text(db_path, tmp_path):
    db = db_path
    no = surveyed(db, '<b>&amp;</b> 和泰 & "引号"', "3300000082", 630)
    out = tmp_path / "never.pdf"
    before = db_digest(db)
    assert "还没有设计审查" in refused(db, "review", "pdf", no, "--out", str(out))
    assert "YK9999999" in refused(db, "review", "pdf", "YK9999999", "--out", str(out))
    assert not out.exists() and db_digest(db) == before
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:30", "--place", "三楼", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, no)
    ok(db, "meeting", "decide", meeting, no, "--decision", "approve")
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")
    ok(db, "stage", "finish", no, "FEES", "--on", "2026-09-07")
    ok(db, "review", "open", no, "--on", "2026-09-21", "--institute", "<para>设计院</para>")
    before = db_digest(db)
    assert "依据条款" in refused(db, "review", "opinion", no, "--text", "x", "--clause", "条" * 201)
    assert "第 3 轮" in refused(db, "review", "pdf", no, "--round", "3", "--out", str(out))
    assert not out.exists() and db_digest(db) == before
    ok(db, "review", "opinion", no, "--text", "<font size=40>大</font>", "--clause", "<br/>&lt;")
    ok(db, "review", "close", no, "--on", "2026-09-22", "--outcome", "approved")  # under 1000 kVA: the manager alone
    ok(db, "review", "pdf", no, "--out", str(out))
    text = flat(pdf_text(out))
    assert '<b>&amp;</b>和泰&"引号"' in text and "<para>设计院</para>" in text
    assert "<fontsize=40>大</font>" in text and "<br/>&lt;" in text and "客户经理审查" in text


def test_letter_data_is_plain(db_path):
    """The core gives the letter as plain data (the GUI hands it to reports/ on a worker)."""
    from app.services.design_review import letter_data
    from app.store import Store

    no = reviewed(db_path)
    ok(db_path, "review", "opinion", no, "--text", "补充计算书", "--must-fix", "--clause", "GB 50054")
    store = Store.open(db_path)
    try:
        with store.reader() as s:
            data = letter_data(s, no)
    finally:
        store.dispose()
    assert json.loads(json.dumps(data)) == data
    assert data["opinions"] == [{"number": 1, "text": "补充计算书", "category": "technical", "category_name": "电气技术",
                                 "must_fix": True, "kind_name": "必须整改", "clause": "GB 50054"}]
    assert (data["round"], data["outcome"], data["draft"], data["drawings"]) == (
        1, None, True, ["电气一次主接线图", "配电房平面布置图", "接地装置布置图"])
    r = cli(db_path, "review", "show", no, "--json")
    assert json.loads(r.stdout)[0]["opinions"][0]["clause"] == "GB 50054"


def test_core_imports_neither_reportlab_nor_qt():
    """The core (app/ except the CLI front end app/cli/) hands plain dicts to reports/; importing
    every core module loads neither ReportLab nor Qt."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    modules = sorted("app." + ".".join(p.relative_to(root / "app").with_suffix("").parts)
                     for p in (root / "app").rglob("*.py")
                     if "migrations" not in p.parts and p.parts[-2:-1] != ("cli",)
                     and p.name not in ("__init__.py", "__main__.py"))
    assert "app.cli.documents" not in modules and "app.cli.main" not in modules
    assert "app.services.temp_supply" in modules and "app.services.design_review" in modules
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'reports', 'ui', 'PySide6'))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_long_letter_starts_its_opinions_on_the_first_page(tmp_path):
    """Many opinions: the table starts under the case facts and runs on, header repeated, the
    conclusion and signatures after the last opinion; no half-empty first page."""
    from reports.review_letter import render_review_letter

    opinions = [{"number": i, "text": f"第{i}条意见：" + "接地网布置图缺少接地电阻计算书，请补充。" * (1 + i % 3),
                 "category": "civil", "category_name": "土建", "must_fix": i % 2 == 0, "clause": f"条款{i}"}
                for i in range(1, 19)]
    out = render_review_letter({"letter_no": "ST-YK2600001-R1", "bureau": "象山县供电局", "round": 1,
                                "customer_name": "和泰", "opened_on": "2026-11-20", "outcome": "returned",
                                "opinions": opinions, "drawings": ["主接线图"]}, tmp_path / "long.pdf")
    assert page_count(out) == 2
    pages = [flat(pdf_text(out, page)) for page in (1, 2)]
    assert "审查意见共18条，其中必须整改9条，建议9条" in pages[0] and "第1条意见" in pages[0]
    assert "第18条意见" in pages[1] and "序号" in pages[1] and "审查结论：退回修改" in pages[1]
    assert "第2页共2页" in pages[1]
