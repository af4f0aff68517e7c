"""Benchmarks of the printed documents (reports/): one notice, one handbook, a batch of 100.

Each is set beside a baseline made in the same run with the same embedded font: a one-page
ReportLab document (one paragraph), and for the batch a 100-page one. The font is registered
before timing (both sides share it); the first figure shows the cost of a cold start.

Run by `make bench` (tests/bench/run_all.py), or alone: python tests/bench/bench_reports.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import Figure, print_table, time_process

SECTIONS = ["配电房", "变压器", "高压开关柜", "电缆及通道", "接地装置", "计量装置"]


def notice_data(no: int, photo: Path | None, items: int = 6) -> dict:
    notice_no = f"ZG-YK26{no:05d}-01"
    return {
        "notice_no": notice_no, "bureau": "象山县供电局", "issued_on": "2026-11-20",
        "customer_name": f"象山县海盛水产品加工有限公司第{no}分厂", "account_no": f"33{no:08d}", "case_no": f"YK26{no:05d}",
        "address": "浙江省宁波市象山县石浦镇海港路88号", "capacity_kva": 630.0, "supply_kv": 10.0,
        "inspection_kind": "mid", "inspection_kind_name": "中间检查", "inspected_on": "2026-11-20", "round": 1,
        "inspectors": ["张伟", "李海燕"], "manager": "张伟", "manager_phone": "13800000000",
        "items": [{"no": i, "code": f"M-GND-{i:02d}", "location": SECTIONS[i % len(SECTIONS)],
                   "requirement": "接地电阻应不大于4Ω，接地线应采用热镀锌扁钢并可靠焊接，焊接长度符合规范。",
                   "finding": f"实测 6.{i} Ω；接地线焊接长度不足，防腐处理不到位。", "clause": "GB 50169-2016 第3.1.1条",
                   "deadline": "2026-11-27", "photo": str(photo) if (photo and i == 1) else None}
                  for i in range(1, items + 1)],
        "checksum": "a1b2c3d4e5f60718", "qr_payload": f"ZAOSONG|{notice_no}|YK26{no:05d}|a1b2c3d4e5f60718",
    }


def handbook_data() -> dict:
    return {
        "case_no": "YK2600001", "customer_name": "象山县海盛水产品加工有限公司", "account_no": "3300000001",
        "address": "浙江省宁波市象山县石浦镇海港路88号", "capacity_kva": 2000.0, "supply_kv": 10.0,
        "dual_source": True, "metering": "高压计量", "transformers": [{"count": 2, "type": "干式", "kva": 1000}],
        "bureau": "象山县供电局", "issued_on": "2026-11-20", "manager": {"name": "张伟", "phone": "13800000000"},
        "timeline": [{"step": s, "target": f"2026-12-{d:02d}", "note": ""}
                     for s, d in (("竣工报验", 1), ("竣工检验", 4), ("装表接电", 11))],
        "requirements": [{"section": s, "items": [
            {"code": f"C-{k}-{j:02d}", "text": f"{s}验收要求{j}：设备安装牢固，标识齐全清晰，安全距离符合规范要求。",
             "clause": "GB 50053-2013 第6.2.2条"} for j in range(1, 13)]} for k, s in enumerate(SECTIONS)],
        "documents": ["竣工图纸", "电气试验报告", "主要设备出厂合格证", "施工单位资质证书复印件", "运行管理制度"],
        "self_check": [{"code": f"C-{k}-{j:02d}", "text": f"{s}自查项{j}"}
                       for k, s in enumerate(SECTIONS) for j in (1, 2, 3)],
        "open_items": [{"code": "M-GND-05", "location": "接地装置", "requirement": "接地电阻应不大于4Ω",
                        "deadline": "2026-11-27"}],
        "assumed_calendar_years": [2027],
    }


def baseline_document(out: Path, pages: int = 1) -> None:
    """The plainest ReportLab document with the same embedded font: one paragraph a page."""
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from reports.pdf_base import styles

    story = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story.append(Paragraph("整改通知书：整改完成前，隐蔽工程不得覆盖、回填，设备不得投运送电。", styles().body))
    SimpleDocTemplate(str(out), invariant=1).build(story)


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(db: Path | None = None) -> list[Figure]:
    from PIL import Image

    from reports.acceptance_handbook import render_handbook
    from reports.batch import render_notices_batch
    from reports.pdf_base import register_font
    from reports.rectification_notice import render_notice

    figures = []
    with tempfile.TemporaryDirectory(prefix="zaosong-bench-reports-") as tmp:
        work = Path(tmp)
        photo = work / "photo.jpg"
        Image.new("RGB", (4000, 3000), (90, 140, 200)).save(photo, quality=90)  # a phone-sized photo

        code = ("from pathlib import Path; from reports.rectification_notice import render_notice; "
                "from tests.bench.bench_reports import notice_data; "
                f"render_notice(notice_data(1, None), Path({str(work / 'cold.pdf')!r}))")
        cold = time_process([sys.executable, "-c", code], repeat=3)
        pypass = time_process([sys.executable, "-c", "pass"], repeat=3)
        figures.append(Figure("first notice in a new process (whole process)", "(cold start: font load)", cold, "s",
                              pypass, "python -c pass"))

        register_font()  # both sides below use the registered font
        base1 = median_time(lambda: baseline_document(work / "base1.pdf"), 7)
        one = median_time(lambda: render_notice(notice_data(1, photo), work / "notice.pdf"), 7)
        figures.append(Figure("整改通知书, 6 items + photo (in process)", "<= 0.3 s", one, "s", base1,
                              "one-page ReportLab PDF, same embedded font", limit=0.3))

        book = median_time(lambda: render_handbook(handbook_data(), work / "handbook.pdf"), 5)
        figures.append(Figure("验收手册, 72 requirements (in process)", "<= 1.5 s", book, "s", base1,
                              "one-page ReportLab PDF, same embedded font", limit=1.5))

        datas = [notice_data(no, photo if no % 10 == 0 else None) for no in range(1, 101)]
        base100 = median_time(lambda: baseline_document(work / "base100.pdf", pages=100), 1)
        batch = median_time(lambda: render_notices_batch(datas, work / "batch.pdf"), 1)
        figures.append(Figure("100 整改通知书 in one batch PDF", "<= 20 s", batch, "s", base100,
                              "100-page ReportLab PDF, same embedded font", limit=20))
    return figures


if __name__ == "__main__":
    print_table(run())
