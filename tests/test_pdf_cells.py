"""Table cells of the bulletins' PDFs (reports.pdf_base.cell): a value that fits on one line is a plain
string drawn in the Paragraph's font, size and leading, one that does not wraps as a Paragraph; both
print the value literally. And ReportLab measures text with its C accelerator (rl_accel)."""
from __future__ import annotations

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from reports.pdf_base import build_pdf, cell, data_table, plain_cells, styles, text
from tests.helpers import pdf_text


def test_the_c_accelerator_measures_text():
    from reportlab.lib import rl_accel

    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"


def test_short_values_are_plain_strings_long_ones_wrap_and_both_print_literally(tmp_path):
    st = styles()
    assert cell("YK2026000123", st.cell, 80) == "YK2026000123"
    assert isinstance(cell("象山县和泰电器有限公司丹东街道滨海路八号厂区二期", st.cell, 60), Paragraph)
    assert isinstance(cell("两行\n文字", st.cell, 200), Paragraph)  # a line break is kept: a Paragraph
    assert cell("控制\x07字符", st.cell, 200) == "控制字符"
    assert cell(None, st.cell, 50) == ""
    hostile = "<b>粗</b> & <i>大</i>"
    rows = [["YK2026000123", hostile], ["YK2026000124", "很长的客户名称" * 6]]
    widths = [100, 160]

    def story(make):
        return [data_table(["工单号", "客户名称"], [[make(v, w) for v, w in zip(r, widths)] for r in rows], widths,
                           extra=plain_cells(st.cell))]
    fast, slow = tmp_path / "fast.pdf", tmp_path / "slow.pdf"
    build_pdf(fast, story(lambda v, w: cell(v, st.cell, w)), title="cells")
    build_pdf(slow, story(lambda v, w: text(v, st.cell)), title="cells")
    assert cell(hostile, st.cell, 160) == hostile  # fits: a plain string, never read as markup
    flat = pdf_text(fast)
    assert hostile in flat and "很长的客户名称很长的" in flat.replace("\n", "")
    # the plain strings sit where the Paragraphs did: the same text at the same places and sizes
    assert _placed(fast) == _placed(slow)


def _placed(path):
    out = []

    def seen(txt, cm, tm, _font, size):
        if txt.strip():
            out.append((round(tm[4] * cm[0] + cm[4], 1), round(tm[5] * cm[3] + cm[5], 1), txt.strip(), size))
    PdfReader(str(path)).pages[0].extract_text(visitor_text=seen)
    return out


def test_numbers_are_written_out_never_in_exponent_form():
    from reports.numbers import fmt_num
    from ui.bulletins_page import BulletinsPage
    from ui.paper_print import _num

    # the bulletins page showed a quarter's 4,585,460 kVA as "4.58546e+06"
    for write in (fmt_num, BulletinsPage._num, _num):
        assert write(4585460.0) == "4585460"
        assert write(72000) == "72000" and write(0.4) == "0.4" and write(1250.5) == "1250.5"
        assert "e" not in write(123456789.25)
    assert BulletinsPage._num(None) == "—" and fmt_num(None) == "" and _num(None) == ""


def test_the_bulletins_print_names_not_codes(demo_db, tmp_path):
    """The weekly's pauses print the stage's and the reason's Chinese names, the quarterly's late cases
    the rule sets' and the items' names (the JSON keeps the codes for scripts)."""
    import json

    from tests.helpers import ok

    weekly, quarterly = tmp_path / "w.pdf", tmp_path / "q.pdf"
    ok(demo_db, "bulletin", "weekly", "--week", "2026-W47", "--pdf", str(weekly))
    ok(demo_db, "bulletin", "quarterly", "--quarter", "2026-Q3", "--pdf", str(quarterly))
    data = json.loads(ok(demo_db, "bulletin", "weekly", "--week", "2026-W47", "--json"))
    assert data["pauses_started"]["rows"], "the demo has pauses started that week"
    text_w = pdf_text(weekly).replace("\n", "")
    for code in ("CUSTOMER_", "SITE_NOT_READY", "POLICY"):
        assert code not in text_w
    assert data["pauses_started"]["rows"][0]["reason_name"] in text_w
    text_q = pdf_text(quarterly).replace("\n", "")
    assert "external:" not in text_q and "internal:" not in text_q and "ENERGIZE" not in text_q
    q = json.loads(ok(demo_db, "bulletin", "quarterly", "--quarter", "2026-Q3", "--json"))
    late = next(c for c in q["cases"] if any(c["missed"].values()))
    assert set(late["missed"]) == {"internal", "external"} and all(late["missed_names"])
