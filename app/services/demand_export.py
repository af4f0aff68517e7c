"""The 用电需求预测表 for the 发展建设部 as a workbook (issue 18): an overview (township x year of
weighted kVA), a sheet per year (raw kVA, weighted kVA, planning load, counts, with a total row), a
sheet with every prospect and case behind the numbers, the changes since the last issued version,
and a 说明 sheet with the planning factors and their source. Numbers are numbers, written as the
forecast computed them, so the sheets add up to exactly what ``demand forecast --json`` gives.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

BOLD_FILL = "FFDDEBF7"
MAX_WIDTH = 40


def _text(v: object) -> object:
    # a text starting with "=" stays text, never a formula (a project named "=HYPERLINK(...)")
    return "'" + v if isinstance(v, str) and v.startswith(("=", "+", "-", "@")) else v


def _sheet(wb, title: str, header: list[str], rows: list[list], total: list | None = None, widths=None):
    from openpyxl.styles import Font, PatternFill

    ws = wb.create_sheet(title[:31])
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([_text(v) for v in r])
    if total is not None:
        ws.append(total)
        fill = PatternFill("solid", fgColor=BOLD_FILL)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
            cell.fill = fill
    ws.freeze_panes = "B2"
    for i, h in enumerate(header, 1):
        sample = [h] + [r[i - 1] for r in rows[:200]]
        w = max(sum(2 if ord(c) > 0x2E80 else 1 for c in str(v if v is not None else "")) for v in sample)
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(MAX_WIDTH, (widths or {}).get(i, w) + 2)
    return ws


def write_forecast_xlsx(data: dict, out: Path | str) -> Path:
    """Write the workbook (atomically: a half-written file never replaces a good one)."""
    from openpyxl import Workbook

    out = Path(out)
    wb = Workbook()
    wb.remove(wb.active)
    years, towns, rows = data["years"], data["townships"], data["rows"]
    by = {(r["township"], r["year"]): r for r in rows}
    _sheet(wb, "汇总(加权kVA)", ["乡镇(街道)", *[f"{y}年" for y in years]],
           [[t, *[by[(t, y)]["weighted_kva"] for y in years]] for t in towns],
           ["合计", *[data["totals"][y]["weighted_kva"] for y in years]])
    for y in years:
        _sheet(wb, f"{y}年", ["乡镇(街道)", "报装容量(kVA)", "加权容量(kVA)", "规划负荷(kW)", "意向项目数", "工单数"],
               [[t, by[(t, y)]["raw_kva"], by[(t, y)]["weighted_kva"], by[(t, y)]["load_kw"],
                 len(by[(t, y)]["prospects"]), len(by[(t, y)]["cases"])] for t in towns],
               ["合计", data["totals"][y]["raw_kva"], data["totals"][y]["weighted_kva"], data["totals"][y]["load_kw"],
                sum(len(by[(t, y)]["prospects"]) for t in towns), sum(len(by[(t, y)]["cases"]) for t in towns)])
    kinds = {"prospect": "意向项目", "case": "工单"}
    _sheet(wb, "明细", ["乡镇(街道)", "年份", "类别", "编号", "项目名称", "行业", "容量(kVA)", "概率(%)", "加权容量(kVA)",
                      "变电站", "线路", "状态"],
           [[b["township"], b["year"], kinds[b["kind"]], b["ref"], b["name"], b["industry"], b["capacity_kva"],
             b["probability"], b["weighted_kva"], b["substation"], b["feeder"], b["status"]] for b in data["behind"]],
           widths={4: 14})
    ch = data.get("changes")
    if ch is not None:
        _sheet(wb, "较上次报送变化", ["乡镇(街道)", "年份", "报装容量变化(kVA)", "加权容量变化(kVA)", "规划负荷变化(kW)"],
               [[c["township"], c["year"], c["raw_kva"], c["weighted_kva"], c["load_kw"]] for c in ch["changes"]])
    if data.get("bottlenecks"):
        _sheet(wb, "卡脖子线路", ["线路", "变电站", "可开放容量(kVA)", "意向容量(kVA)", "超出(kVA)", "首次超出年份", "项目"],
               [[b["feeder"], b["substation"], b["spare_kva"], b["total_kva"], b["over_kva"], b["year"],
                 "、".join(p["name"] for p in b["prospects"])] for b in data["bottlenecks"]])
    f = data["factors"]
    about = [["报送单位", data["bureau"] or ""], ["编制日期", data["on"]],
             ["预测年份", f"{years[0]}–{years[-1]}"],
             ["口径", "意向项目(线索、跟进)按预计送电年份计,加权容量 = 容量 × 概率;已申请的项目只按其工单计"
                      "(100%,已送电的按送电年份),不重复计算。"],
             ["规划负荷", "加权容量 × 功率因数 × 需用系数(按行业) × 同时率"],
             ["功率因数", f["power_factor"]], ["同时率", f["simultaneity"]], ["需用系数(缺省)", f["demand_default"]],
             *[[f"需用系数:{k}", v] for k, v in f["industry"].items()],
             ["系数来源", f["source"]], ["系数文件", f["doc"]]]
    if ch is not None:
        about.append(["上次报送", f"{ch['issued_on']}({ch['issued_by']})"])
    ws = _sheet(wb, "说明", ["项目", "内容"], about, widths={2: 38})
    wb.move_sheet(ws, offset=-(len(wb.sheetnames) - 1))
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".~", suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out
