"""The bulletin's workbook: a list of case numbers longer than an Excel cell holds is cut where it
fits and says how many cases it holds and where the rest are; text is never a formula or a link."""
from __future__ import annotations

from openpyxl import load_workbook

from app import bulletin_xlsx


def test_a_long_list_of_case_numbers_fits_its_cell_and_says_so():
    nos = [f"YK26{i:05d}" for i in range(5000)]  # 12 characters each: 64,999 joined
    text = bulletin_xlsx._nos(nos)
    assert len(text) <= bulletin_xlsx.CELL_MAX
    shown = text.split("……")[0].split("、")
    assert shown == nos[:len(shown)] and len(shown) > 2000
    assert text.endswith(f"……等共5000件，其余{5000 - len(shown)}件见「工单明细」")
    assert bulletin_xlsx._nos(nos[:10]) == "、".join(nos[:10])  # a short list whole


def test_text_stays_text_in_the_workbook(tmp_path, monkeypatch):
    rows = [["=HYPERLINK(\"http://x\")", "http://example.com", "007", None, 3, 2.5]]
    monkeypatch.setattr(bulletin_xlsx, "sheets", lambda data: [("表", ["甲", "乙", "丙", "丁", "戊", "己"], rows)])
    out = bulletin_xlsx.write_workbook({}, tmp_path / "b.xlsx")
    ws = load_workbook(out)["表"]
    assert [c.value for c in ws[1]] == ["甲", "乙", "丙", "丁", "戊", "己"] and ws[1][0].font.b
    got = [c.value for c in ws[2]]
    assert got == ["=HYPERLINK(\"http://x\")", "http://example.com", "007", None, 3, 2.5]
    assert ws[2][0].data_type == "s" and ws[2][1].hyperlink is None
    assert ws.freeze_panes == "A2"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left beside it
