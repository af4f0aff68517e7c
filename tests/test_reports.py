"""The printed documents: 整改通知书, 验收手册 and a batch of notices, checked through the PDFs.

Text, pages and fonts are read back with pypdf (tests/helpers.py), as a reader of the file
would see them.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from reports.acceptance_handbook import render_handbook
from reports.batch import render_notices_batch
from reports.pdf_base import esc
from reports.rectification_notice import STATEMENT, render_notice
from tests.helpers import assert_only_embedded_cjk_subsets, flat, page_count, pdf_text

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_NAME = "<b>&amp;</b> <img src=x> 和泰"
HOSTILE_REQUIREMENT = "须符合<para>规定 & 要求，见 \"附件\" 'A'"

# --- sample data -----------------------------------------------------------------------------


def notice_data(n_items: int = 2, *, notice_no: str = "ZG-YK2600001-01", photo: Path | None = None,
                customer: str = "象山县海盛水产品加工有限公司") -> dict:
    first = [
        {"no": 1, "code": "M-GND-05", "location": "接地装置", "requirement": "接地电阻应不大于4Ω",
         "finding": "实测 6.2 Ω", "clause": "GB 50169-2016 第3.1.1条", "deadline": "2026-11-27",
         "photo": str(photo) if photo else None},
        {"no": 2, "code": "M-CAB-02", "location": "电缆沟", "requirement": "电缆沟内应设置排水设施，沟底坡度不小于0.5%",
         "finding": "电缆沟底无坡度，局部积水", "clause": "GB 50217-2018 第5.5.3条", "deadline": "2026-11-30",
         "photo": None},
    ]
    items = first[:n_items]
    for no in range(len(items) + 1, n_items + 1):
        items.append({"no": no, "code": f"M-X-{no:02d}", "location": f"部位{no}",
                      "requirement": f"第{no}项整改要求：设备安装应牢固，标识齐全清晰，安全距离符合规范要求。",
                      "finding": f"缺陷第{no}项", "clause": "GB 50053-2013 第6.2.2条", "deadline": "2026-12-04",
                      "photo": None})
    return {
        "notice_no": notice_no, "bureau": "象山县供电局", "issued_on": "2026-11-20",
        "customer_name": customer, "account_no": "3300000001", "case_no": "YK2600001",
        "address": "浙江省宁波市象山县石浦镇海港路88号", "capacity_kva": 630.0, "supply_kv": 10.0,
        "inspection_kind": "mid", "inspection_kind_name": "中间检查", "inspected_on": "2026-11-20", "round": 1,
        "inspectors": ["张伟", "李海燕"], "manager": "张伟", "manager_phone": "13800000000",
        "items": items, "checksum": "a1b2c3d4e5f60718",
        "qr_payload": f"ZAOSONG|{notice_no}|YK2600001|a1b2c3d4e5f60718",
    }


def handbook_data(*, open_items: bool = True, assumed: list[int] | None = None) -> dict:
    sections = ["配电房", "变压器", "高压开关柜", "电缆及通道", "接地装置"]
    return {
        "case_no": "YK2600001", "customer_name": "象山县海盛水产品加工有限公司", "account_no": "3300000001",
        "address": "浙江省宁波市象山县石浦镇海港路88号", "capacity_kva": 2000.0, "supply_kv": 10.0,
        "dual_source": True, "metering": "高压计量", "transformers": [{"count": 2, "type": "干式", "kva": 1000}],
        "bureau": "象山县供电局", "issued_on": "2026-11-20", "manager": {"name": "张伟", "phone": "13800000000"},
        "timeline": [{"step": "竣工报验", "target": "2026-12-01", "note": ""},
                     {"step": "装表接电", "target": "2027-01-08", "note": "按周末推算"}],
        "requirements": [{"section": s, "items": [
            {"code": f"C-{k}-{j:02d}", "text": f"{s}验收要求{j}：设备安装牢固，标识齐全清晰，安全距离符合规范。",
             "clause": "GB 50053-2013 第6.2.2条"} for j in range(1, 9)]} for k, s in enumerate(sections)],
        "documents": ["竣工图纸", "电气试验报告", "主要设备出厂合格证"],
        "self_check": [{"code": f"C-{k}-01", "text": f"{s}：设备安装牢固，标识齐全"} for k, s in enumerate(sections)],
        "open_items": [{"code": "M-GND-05", "location": "接地装置", "requirement": "接地电阻应不大于4Ω",
                        "deadline": "2026-11-27"}] if open_items else [],
        "assumed_calendar_years": assumed if assumed is not None else [2027],
    }


@pytest.fixture(scope="module")
def photo(tmp_path_factory) -> Path:
    from PIL import Image

    path = tmp_path_factory.mktemp("photos") / "ground.jpg"
    Image.new("RGB", (1600, 1200), (90, 140, 200)).save(path, quality=85)
    return path


# --- escaping --------------------------------------------------------------------------------


def test_esc_escapes_markup_and_handles_none():
    assert esc(None) == ""
    assert esc("") == ""
    assert esc(630.0) == "630.0"
    assert esc("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"
    assert esc("\"x\" 'y'") == "&quot;x&quot; &#39;y&#39;"
    assert esc("a\x00b\x1fc\nd") == "ab" + "c\nd"  # control characters dropped, newlines kept


def test_escaped_text_round_trips_through_paragraph():
    from reportlab.platypus import Paragraph

    from reports.pdf_base import styles

    for s in (HOSTILE_NAME, HOSTILE_REQUIREMENT, "<para>", "&", "a < b > c", "&#x41; &lt;"):
        assert Paragraph(esc(s), styles().body).getPlainText() == s


# --- 整改通知书 ---------------------------------------------------------------------------------


def test_notice_prints_defects_customer_and_deadlines(tmp_path, photo):
    out = render_notice(notice_data(photo=photo), tmp_path / "notice.pdf")
    assert out == tmp_path / "notice.pdf" and out.is_file()
    text = flat(pdf_text(out))
    for needle in ("整改通知书", "ZG-YK2600001-01", "象山县海盛水产品加工有限公司", "3300000001", "YK2600001",
                   "中间检查", "630kVA", "10kV", "张伟、李海燕",
                   "接地电阻应不大于4Ω", "实测6.2Ω", "GB50169-2016第3.1.1条", "2026-11-27",
                   "电缆沟底无坡度，局部积水", "2026-11-30",
                   flat(STATEMENT), "客户签收", "客户经理", "签字", "日期", "第1页共1页"):
        assert needle in text, needle
    assert b"/Subtype /Image" in out.read_bytes()  # the photo thumbnail


def test_fonts_are_embedded_subsets(tmp_path):
    out = render_notice(notice_data(), tmp_path / "notice.pdf")
    assert_only_embedded_cjk_subsets(out)


def test_hostile_strings_print_literally(tmp_path):
    data = notice_data(customer=HOSTILE_NAME)
    data["items"][0]["requirement"] = HOSTILE_REQUIREMENT
    data["items"][1]["finding"] = None
    data["address"] = "海港路<br/>88号 & </para>"
    data["inspectors"] = ["<i>王</i>"]
    out = render_notice(data, tmp_path / "hostile.pdf")
    text = flat(pdf_text(out))
    for needle in (HOSTILE_NAME, HOSTILE_REQUIREMENT, "海港路<br/>88号&</para>", "<i>王</i>"):
        assert flat(needle) in text, needle


def test_a_row_taller_than_a_page_is_split_not_refused(tmp_path):
    data = notice_data()
    data["items"][1]["finding"] = "积水" * 3000  # pasted from a report: taller than a page
    out = render_notice(data, tmp_path / "long_row.pdf")
    assert page_count(out) >= 3
    assert flat(STATEMENT) in flat(pdf_text(out))


def test_missing_or_broken_photo_leaves_the_cell_empty(tmp_path):
    not_an_image = tmp_path / "note.jpg"
    not_an_image.write_text("not a photo")
    data = notice_data()
    data["items"][0]["photo"] = str(tmp_path / "missing.jpg")
    data["items"][1]["photo"] = str(not_an_image)
    out = render_notice(data, tmp_path / "notice.pdf")
    assert out.is_file() and b"/Subtype /Image" not in out.read_bytes()


def test_same_input_gives_identical_bytes(tmp_path, photo):
    data = notice_data(photo=photo)
    a = render_notice(data, tmp_path / "a.pdf").read_bytes()
    b = render_notice(data, tmp_path / "b.pdf").read_bytes()
    assert a == b
    h1 = render_handbook(handbook_data(), tmp_path / "h1.pdf").read_bytes()
    h2 = render_handbook(handbook_data(), tmp_path / "h2.pdf").read_bytes()
    assert h1 == h2


def test_sixty_items_span_pages_with_the_header_repeated(tmp_path):
    out = render_notice(notice_data(60), tmp_path / "long.pdf")
    pages = page_count(out)
    assert pages >= 3
    whole = flat(pdf_text(out))
    for no in range(3, 61):
        assert f"缺陷第{no}项" in whole
    for page in range(1, pages + 1):
        text = flat(pdf_text(out, page))
        assert f"第{page}页共{pages}页" in text
        if page < pages:  # the last page may hold only the statement and signatures
            assert "序号部位整改要求检查发现依据条款整改期限照片" in text, f"no header on page {page}"


# --- 验收手册 ----------------------------------------------------------------------------------


def test_handbook_has_cover_contents_sections_and_tick_boxes(tmp_path):
    out = render_handbook(handbook_data(), tmp_path / "handbook.pdf")
    pages = page_count(out)
    assert pages >= 4
    cover = flat(pdf_text(out, 1))
    for needle in ("客户受电工程竣工验收手册", "象山县海盛水产品加工有限公司", "YK2600001", "2000kVA", "象山县供电局",
                   "2026-11-20", "双电源", "干式1000kVA×2台", f"第1页共{pages}页"):
        assert needle in cover, needle
    contents = pdf_text(out, 2, layout=True)  # -layout: each title on one line with its dots and page
    assert "目录" in flat(contents)
    # every contents line gives the page its section really starts on
    titles = ["一、客户经理联系方式", "二、时间安排", "三、验收要求", "四、需准备的资料", "五、自查清单",
              "六、未关闭的整改项", "（一）配电房", "（五）接地装置"]
    for title in titles:
        m = re.search(re.escape(title) + r"[ .]*?(\d+)[ ]*$", contents, re.M)
        assert m, f"{title} not in contents"
        listed = int(m.group(1))
        assert title in flat(pdf_text(out, listed)), f"{title} not on page {listed}"
    body = flat(pdf_text(out))
    for needle in ("13800000000", "竣工报验", "2026-12-01", "C-0-01", "配电房验收要求1",
                   "电气试验报告", "□", "M-GND-05", "2027年的法定节假日安排尚未导入"):
        assert needle in body, needle
    assert body.count("□") == 3 + 5  # one per document and per self-check item
    for page in range(1, pages + 1):
        assert f"第{page}页共{pages}页" in flat(pdf_text(out, page))


def test_handbook_without_open_items_or_assumed_years(tmp_path):
    data = handbook_data(open_items=False, assumed=[])
    data["customer_name"] = HOSTILE_NAME
    data["requirements"][0]["section"] = "<配电房> & 土建"
    out = render_handbook(data, tmp_path / "handbook.pdf")
    body = pdf_text(out)
    last = flat(body.split("六、未关闭的整改项")[-1])
    assert last.startswith("无")
    assert "尚未导入" not in body
    assert flat(HOSTILE_NAME) in flat(body)
    assert "（一）<配电房>&土建" in flat(pdf_text(out, 2))  # in the contents too


# --- batch -----------------------------------------------------------------------------------


def test_batch_puts_five_notices_in_one_pdf(tmp_path):
    datas = [notice_data(2 + (i == 2) * 30, notice_no=f"ZG-YK260000{i}-01") for i in range(1, 6)]
    calls = []
    out = render_notices_batch(datas, tmp_path / "batch.pdf", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, 5) for i in range(1, 6)]
    text = flat(pdf_text(out))
    for i in range(1, 6):
        assert f"ZG-YK260000{i}-01" in text
    # each notice starts on its own page, numbered from 1 (notice 2 is long: two pages or more)
    assert text.count("编号：ZG-YK26") == 5
    assert page_count(out) >= 6
    assert text.count("第1页共1页") == 4
    second = flat(pdf_text(out, 2))
    assert "编号：ZG-YK2600002-01" in second and "第1页共" in second


def test_cancelled_batch_leaves_no_file(tmp_path):
    datas = [notice_data(notice_no=f"ZG-YK260000{i}-01") for i in range(1, 6)]

    class Cancelled(Exception):
        pass

    def progress(done, total):
        if done == 3:
            raise Cancelled

    out = tmp_path / "batch.pdf"
    with pytest.raises(Cancelled):
        render_notices_batch(datas, out, progress=progress)
    assert list(tmp_path.iterdir()) == []

    out.write_bytes(b"earlier batch")  # a cancelled run never touches an existing file
    with pytest.raises(Cancelled):
        render_notices_batch(datas, out, progress=progress)
    assert out.read_bytes() == b"earlier batch"
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]


def test_empty_batch_is_refused(tmp_path):
    with pytest.raises(ValueError):
        render_notices_batch([], tmp_path / "batch.pdf")
    assert not (tmp_path / "batch.pdf").exists()


# --- layering --------------------------------------------------------------------------------


def test_reports_never_import_qt_or_ui():
    code = (
        "import sys, reports\n"
        "assert 'reportlab' not in sys.modules, 'import reports loads ReportLab eagerly'\n"
        "import reports.batch, reports.acceptance_handbook\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('ui', 'PySide6', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
