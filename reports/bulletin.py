"""The three bulletins (issue 21) as one A4 PDF each, in the house style: 时限通报 (weekly),
工作质量通报 (monthly), 同业对标 (quarterly). ``data`` is the plain dict of
``app.services.bulletins.build`` (the ``bulletin ... --json`` output); charts are drawn with
reportlab.graphics: compliance per stage under the primary rule set, and the trend of the whole-case
rate over the last periods. Every figure's cases are listed (the late ones in full).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from reports.pdf_base import CONTENT_WIDTH, FONT, build_pdf, cell, data_table, esc, fmt_num, plain_cells, styles

KIND_TITLES = {"weekly": "业扩时限通报", "monthly": "业扩工作质量通报", "quarterly": "业扩同业对标通报"}
LEVEL_NAMES = {"manager": "客户经理", "station": "供电所", "centre": "客户服务中心", "bureau": "营销部专职"}
BAR = colors.HexColor("#4A6FA5")
LATE = colors.HexColor("#C0504D")
DETAIL_ROWS = 300  # late cases listed in the PDF; the workbook and the JSON carry them all


def _rate(v) -> str:
    return "—" if v is None else f"{v:.1f}%"


def _num(v) -> str:
    return "—" if v is None else fmt_num(v)


def _nos(values, limit: int = 6) -> str:
    """A summary cell: the first case numbers and the count; the full lists are in the detail section
    and the workbook."""
    values = list(values or [])
    if len(values) > limit:
        return "、".join(values[:limit]) + f" 等 {len(values)} 件"
    return "、".join(values)


def _primary(data: dict) -> dict | None:
    return next((r for r in data["rule_sets"] if r.get("primary")), data["rule_sets"][0] if data["rule_sets"] else None)


def _stage_chart(rs: dict) -> Drawing:
    """Compliance per stage (item) of a rule set: bars of the on-time rate, 0 to 100 %."""
    stages = [st for st in rs["stages"] if len(st["stages"]) == 1] or rs["stages"]
    width, height = CONTENT_WIDTH, 62 * mm
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 16 * mm, width - 20 * mm, height - 30 * mm
    chart.data = [[st["rate"] if st["rate"] is not None else 0 for st in stages]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    # a long stage name (供电方案确定及答复) on two lines under its bar, not cut
    names = [st["name"].split("(")[0] for st in stages]
    chart.categoryAxis.categoryNames = [n if len(n) <= 6 else n[:6] + "\n" + n[6:12] for n in names]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.leading = 8.5
    chart.categoryAxis.labels.textAnchor = "middle"  # both lines centred under the bar
    chart.categoryAxis.labels.angle = 0
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    for i, st in enumerate(stages):
        if st["rate"] is not None and st["rate"] < 100:
            chart.bars[(0, i)].fillColor = LATE
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    d.add(chart)
    d.add(String(0, height - 5 * mm, f"各环节按时率(%),{rs['name']}", fontName=FONT, fontSize=9))
    return d


def _trend_chart(trend: list[dict]) -> Drawing:
    """The whole-case rate of the primary rule set over the last periods (oldest first)."""
    width, height = CONTENT_WIDTH, 55 * mm
    d = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, width - 20 * mm, height - 28 * mm
    chart.data = [[t["rate"] if t["rate"] is not None else None for t in trend]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [t["period"] for t in trend]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    # a line needs two rated periods (ReportLab refuses a one-point polyline): fewer show the marker only
    rated = sum(1 for t in trend if t["rate"] is not None)
    chart.lines[0].strokeColor = BAR if rated >= 2 else None
    chart.lines[0].strokeWidth = 1.5
    from reportlab.graphics.widgets.markers import makeMarker

    chart.lines[0].symbol = makeMarker("FilledCircle", size=3)
    chart.lineLabelFormat = _label  # a period without cases has no rate: no label (and no crash)
    chart.lineLabels.fontName = FONT
    chart.lineLabels.fontSize = 6.5
    d.add(chart)
    d.add(String(0, height - 5 * mm, "全过程达标率趋势(%)", fontName=FONT, fontSize=9))
    return d


def _table(header, rows, widths):
    st = styles()
    return data_table(header, [[cell(v, st.cell, w) for v, w in zip(r, widths, strict=True)] for r in rows], widths,
                      extra=plain_cells(st.cell))


def _story(data: dict) -> list:
    st = styles()
    title = KIND_TITLES.get(data["kind"], data["kind"])
    level = LEVEL_NAMES.get(data["level"], data["level"])
    story: list = [
        Paragraph(esc(f"{data.get('bureau', '')}{title}"), st.title),
        Paragraph(esc(f"{data['period']}({data['start']} 至 {data['end']})"), st.subtitle),
        Paragraph(esc(f"统计截止:{data['as_of']}　层级:{level}{(' · ' + data['scope']) if data.get('scope') else ''}　"
                      f"规则:{'；'.join(r['name'] for r in data['rule_sets'])}"), st.note),
    ]
    issued = data.get("issued")
    if issued:
        story.append(Paragraph(esc(f"已发布第 {issued['version']} 版;重新计算{'结果一致' if issued['same'] else '与发布版本不同'}"),
                               st.note))
    # 一、时限达标
    story.append(Paragraph("一、时限达标情况", st.h1))
    story.append(Paragraph(esc(f"本期送电工单 {data['finished_cases']} 件。一件工单所有环节均按时方计为达标。"), st.lead))
    story.append(_table(["规则", "工单数", "达标数", "达标率", "未达标工单"],
                        [[r["name"], r["cases"], r["compliant"], _rate(r["rate"]), _nos(r["late_case_nos"])]
                         for r in data["rule_sets"]],
                        [56 * mm, 18 * mm, 18 * mm, 20 * mm, CONTENT_WIDTH - 112 * mm]))
    primary = _primary(data)
    if primary and data["finished_cases"]:
        story += [Spacer(1, 3 * mm), _stage_chart(primary)]
    if primary:
        story.append(Paragraph(esc(f"各环节按时情况({primary['name']})"), st.h2))
        story.append(_table(["环节", "工单数", "按时数", "按时率", "超时工单"],
                            [[s_["name"], s_["cases"], s_["on_time"], _rate(s_["rate"]), _nos(s_["late_case_nos"])]
                             for s_ in primary["stages"]],
                            [50 * mm, 18 * mm, 18 * mm, 20 * mm, CONTENT_WIDTH - 106 * mm]))
    # 二、供电部门耗时与接电
    story.append(Paragraph("二、供电部门耗时与接电情况", st.h1))
    story.append(Paragraph(esc(
        f"高压工单 {data['hv_cases']} 件,供电部门平均耗时 {_num(data['hv_avg_supply_wd'])} 个工作日"
        f"(各环节耗时之和);接电容量 {_num(data['kva_connected'])} kVA,变压器 {_num(data['transformers'])} 台"
        + (f"(另有 {len(data['transformers_unknown_case_nos'])} 件无查勘记录,台数未计)"
           if data["transformers_unknown_case_nos"] else "") + "。"), st.lead))
    story.append(_table(["环节", "合计工作日", "平均工作日"],
                        [[s_["name"], s_["total_wd"], _num(s_["avg_wd"])] for s_ in data["hv_stages"]]
                        + [["合计", data["hv_total_supply_wd"], _num(data["hv_avg_supply_wd"])]],
                        [70 * mm, 40 * mm, 40 * mm]))
    story += [Spacer(1, 3 * mm), KeepTogether([_trend_chart(data["trend"])])]
    for key, name, field in (("by_station", "供电所", "station"), ("by_manager", "客户经理", "manager")):
        rows = data.get("ranking", {}).get("stations" if field == "station" else "managers") or data[key]
        story.append(Paragraph(esc(f"按{name}"), st.h2))
        story.append(_table(["名次" if "ranking" in data else "序号", name, "工单数", "达标率", "高压平均工作日", "容量kVA",
                             "未达标工单"],
                            [[r.get("rank", i), r[field] or "—", r["cases"], _rate(r["rate"]), _num(r["hv_avg_supply_wd"]),
                              _num(r["kva_connected"]), _nos(r["late_case_nos"])] for i, r in enumerate(rows, 1)],
                            [12 * mm, 30 * mm, 16 * mm, 18 * mm, 24 * mm, 20 * mm, CONTENT_WIDTH - 120 * mm]))
    n = 3
    if "open_cases" in data:
        oc = data["open_cases"]
        story.append(Paragraph(f"{_cn(n)}、在途工单", st.h1))
        n += 1
        story.append(Paragraph(esc(f"截止 {data['as_of']} 在途 {oc['open']} 件:正常 {oc['normal']}、预警 {oc['warning']}、"
                                   f"超期 {oc['overdue']},其中暂停 {oc['paused']} 件。"), st.lead))
        for key, name, field in (("by_station", "供电所", "station"), ("by_manager", "客户经理", "manager")):
            story.append(_table([name, "在途", "正常", "预警", "超期", "预警/超期工单"],
                                [[r[field] or "—", r["open"], r["normal"], r["warning"], r["overdue"],
                                  _nos(r["warning_case_nos"] + r["overdue_case_nos"])] for r in oc[key]],
                                [30 * mm, 14 * mm, 14 * mm, 14 * mm, 14 * mm, CONTENT_WIDTH - 86 * mm]))
            story.append(Spacer(1, 2 * mm))
        ps = data["pauses_started"]
        story.append(Paragraph(esc(f"本周新增暂停 {ps['count']} 次"), st.h2))
        if ps["rows"]:
            story.append(_table(["工单号", "环节", "开始", "结束", "原因", "说明"],
                                [[p["case_no"], p.get("stage_name", p["stage"]), p["started_on"], p["ended_on"] or "",
                                  p.get("reason_name", p["reason"]), p["note"]]
                                 for p in ps["rows"][:DETAIL_ROWS]],
                                [26 * mm, 34 * mm, 20 * mm, 20 * mm, 34 * mm, CONTENT_WIDTH - 134 * mm]))
            if len(ps["rows"]) > DETAIL_ROWS:
                story.append(Paragraph(esc(f"以上列出前 {DETAIL_ROWS} 次,共 {ps['count']} 次;全部见工作簿(.xlsx)。"),
                                       st.note))
        es = data["escalations"]
        story.append(Paragraph(esc(f"督办 {es['count']} 条(本周新增 {es['new']},已确认 {es['acknowledged']})"), st.h2))
        if es["rows"]:
            # 环节完成: the day the stage finished, for an escalation reached within the week by a stage
            # no longer open at its end
            story.append(_table(["督办日期", "工单号", "环节", "环节完成", "规则", "通知", "确认"],
                                [[e["escalated_on"], e["case_no"], e["stage"], e.get("stage_finished_on") or "—",
                                  e["rung_name"], f"{e['told_role_name']} {e['told']}", e["acknowledged_by"] or "未确认"]
                                 for e in es["rows"][:DETAIL_ROWS]],
                                [20 * mm, 24 * mm, 26 * mm, 20 * mm, 28 * mm, 36 * mm, CONTENT_WIDTH - 154 * mm]))
            if len(es["rows"]) > DETAIL_ROWS:
                story.append(Paragraph(esc(f"以上列出最近 {DETAIL_ROWS} 条,共 {len(es['rows'])} 条;全部见工作簿(.xlsx)。"),
                                       st.note))
    if "quality" in data:
        q = data["quality"]
        story.append(Paragraph(f"{_cn(n)}、作业规范", st.h1))
        n += 1
        story.append(_table(["项目", "总数", "合格", "比率", "相关工单"], [
            ["整改通知书签收", q["notices"]["issued"], q["notices"]["receipted"], _rate(q["notices"]["rate"]),
             _nos(q["notices"]["not_receipted_case_nos"])],
            ["整改闭环按期", q["rectification"]["due"], q["rectification"]["closed_in_time"],
             _rate(q["rectification"]["rate"]), _nos(q["rectification"]["late_case_nos"])],
            [f"补录(晚于 {q['late_entries']['late_days']} 天录入)", q["late_entries"]["count"], "", "",
             _nos(q["late_entries"]["case_nos"])],
            ["更正", q["corrections"]["count"], "", "", _nos(q["corrections"]["case_nos"])],
            ["暂停无说明", q["pauses_without_note"]["pauses"], q["pauses_without_note"]["without_note"], "",
             _nos(q["pauses_without_note"]["case_nos"])],
        ], [44 * mm, 16 * mm, 16 * mm, 18 * mm, CONTENT_WIDTH - 94 * mm]))
        story.append(Paragraph("一次通过率", st.h2))
        story.append(_table(["环节", "首轮", "一次通过", "通过率", "未通过工单"],
                            [[f["code"], f["rounds"], f["first_pass"], _rate(f["rate"]), _nos(f["failed_case_nos"])]
                             for f in q["first_pass"]],
                            [44 * mm, 16 * mm, 18 * mm, 18 * mm, CONTENT_WIDTH - 96 * mm]))
        fu = data["followups"]
        story.append(Paragraph("事后回访", st.h2))
        cov = fu["coverage"]
        story.append(Paragraph(esc(f"回访覆盖:本月送电 {cov['finished']} 户,已回访(非本人自报){cov['followed_up']} 户,"
                                   f"覆盖率 {_rate(cov['rate'])}。满意率按回答数计(n 为回答数)。"), st.body))
        story.append(_table(["分组", "n", "满意", "满意率"],
                            [[r.get("group") or "全局", r.get("n"), r.get("satisfied"), _rate(r.get("rate"))]
                             for r in fu["satisfaction"] + fu["satisfaction_by_station"]],
                            [60 * mm, 20 * mm, 20 * mm, 30 * mm]))
        story.append(Paragraph("时间偏差(客户所述日期与记录相差一天及以上)", st.h2))
        story.append(_table(["工单", "项目", "记录", "客户所述", "相差天数"],
                            [[d["case_no"], d["field"], d["recorded"], d["reported"], d["days"]]
                             for d in fu["deviations"]] or [["—", "", "", "", ""]],
                            [40 * mm, 30 * mm, 30 * mm, 30 * mm, 20 * mm]))
    if "change" in data:
        ch = data["change"]
        story.append(Paragraph(f"{_cn(n)}、环比({data['previous_period']})", st.h1))
        n += 1
        story.append(_table(["指标", "本期", "上期", "变化"],
                            [[f"{r['rule_set']} 达标率", _rate(r["rate"]), _rate(r["previous"]), _num(r["change"])]
                             for r in ch["rule_sets"]]
                            + [[name, _num(ch[k]["value"]), _num(ch[k]["previous"]), _num(ch[k]["change"])]
                               for k, name in (("hv_avg_supply_wd", "高压平均工作日"), ("kva_connected", "接电容量kVA"),
                                               ("transformers", "变压器台数"))],
                            [60 * mm, 30 * mm, 30 * mm, 30 * mm]))
        comp = data["composite"]
        story.append(Paragraph("综合达标率(加权)", st.h2))
        story.append(_table(["分项", "权重", "达标率", "来源"],
                            [[p["name"], p["weight"], _rate(p["rate"]), "早送计算" if p["computed"] else "录入"]
                             for p in comp["parts"]]
                            + [["综合", comp["weights"], _rate(comp["rate"]) if comp["rate"] is not None
                                else "缺:" + "、".join(comp["missing"]), ""]],
                            [60 * mm, 30 * mm, 40 * mm, 30 * mm]))
    late = [c for c in data["cases"] if any(c["missed"].values())]
    story.append(Paragraph(f"{_cn(n)}、未达标工单明细", st.h1))
    if late:
        story.append(_table(["工单号", "客户名称", "客户经理", "耗时(工作日)", "超时环节"],
                            [[c["case_no"], c["customer_name"], c["manager"], c["supply_dept_wd"],
                              ";".join(f"{k}: {'、'.join(v)}" for k, v in c.get("missed_names", c["missed"]).items()
                                       if v)]
                             for c in late[:DETAIL_ROWS]],
                            [26 * mm, 56 * mm, 20 * mm, 20 * mm, CONTENT_WIDTH - 122 * mm]))
        if len(late) > DETAIL_ROWS:  # a bureau-wide quarter has thousands: the workbook holds every row
            story.append(Paragraph(esc(f"以上列出前 {DETAIL_ROWS} 件,共 {len(late)} 件;全部工单见同期工作簿(.xlsx)。"),
                                   st.note))
    else:
        story.append(Paragraph("本期无未达标工单。", st.body))
    story += [Spacer(1, 6 * mm),
              Paragraph(esc(f"输入摘要 {data['input_hash'][:16]}　规则版本 "
                            + ";".join(f"{r['id']} v{r['version']}" for r in data["rule_set_versions"])), st.note),
              Spacer(1, 8 * mm),
              Paragraph("编制：____________　　审核：____________　　签发：____________", st.right)]
    return story


def _label(value) -> str:
    return "" if value is None else f"{value:.1f}"


def _cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


def render_bulletin(data: dict, out: Path | str) -> Path:
    title = KIND_TITLES.get(data["kind"], data["kind"])
    return build_pdf(out, _story(data), title=f"{title} {data['period']}", subject=title,
                     author=data.get("bureau", ""), keywords=[data["kind"], data["period"]])
