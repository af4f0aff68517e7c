"""Documents of the work before the application (事前, issue 18):

- the 走访记录 (visit record): ``data`` is ``app.services.visits.visit_data`` plus ``bureau``:
  {visited_on, party_label, party_name, township, met, participants, topics, findings, no_action,
   actions: [{text, owner, due_on, done_on, note}], prospects: [{id, name}], attachments: [{file_name}],
   created_by, bureau}
- the 用电需求预测表 for the 发展建设部: ``data`` is ``app.services.demand.document_data``:
  {bureau, on, years, townships, rows, totals, behind, factors, bottlenecks, changes}

Every user value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from reports.pdf_base import (
    CONTENT_WIDTH,
    GRID,
    HEAD_BG,
    PageGroup,
    build_pdf,
    data_table,
    esc,
    fmt_num,
    plain_style,
    styles,
    text,
)

VISIT_TITLE = "业扩走访记录"
FORECAST_TITLE = "用电需求预测表"


def _sign_block(labels: tuple[str, ...]) -> Table:
    st = styles()
    rows = [[Paragraph(label, st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""]
            for label in labels]
    return Table(rows, colWidths=[30 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm], rowHeights=[12 * mm] * len(rows),
                 hAlign="LEFT", style=plain_style(
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                     ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                 ))


def _facts(pairs: list[tuple[str, object]]) -> Table:
    """Label / value pairs, two to a row, in the house's boxed layout."""
    st = styles()
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i:i + 2]:
            row += [Paragraph(label, st.cell_head), text(value, st.cell)]
        while len(row) < 4:
            row += ["", ""]
        rows.append(row)
    widths = [24 * mm, CONTENT_WIDTH / 2 - 24 * mm, 24 * mm, CONTENT_WIDTH / 2 - 24 * mm]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=plain_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("BACKGROUND", (2, 0), (2, -1), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)))


def _block(title: str, value: object) -> list:
    st = styles()
    lines = str(value or "").split("\n")
    body = [text(line, st.body_indent) for line in lines if line.strip()]
    return [Paragraph(title, st.h2), *(body or [Paragraph("（无）", st.note)])]


def visit_story(data: dict) -> list:
    st = styles()
    party = data.get("party_label", "") + (f"（{data['party_name']}）" if data.get("party_name") else "")
    story = [
        PageGroup(label=VISIT_TITLE, outline=f"{VISIT_TITLE} {data.get('visited_on', '')}"),
        Paragraph(VISIT_TITLE, st.title),
        _facts([("走访日期", data.get("visited_on")), ("乡镇(街道)", data.get("township")),
                ("走访对象", party), ("接洽人员", data.get("met")),
                ("我方人员", data.get("participants")), ("记录人", data.get("created_by"))]),
        *_block("走访事项", data.get("topics")),
        *_block("了解情况", data.get("findings")),
        Paragraph("后续行动", st.h2),
    ]
    actions = data.get("actions") or []
    if actions:
        rows = [[text(i, st.cell_center), text(a.get("text"), st.cell), text(a.get("owner"), st.cell_center),
                 text(a.get("due_on"), st.cell_center), text(a.get("done_on") or "", st.cell_center),
                 text(a.get("note"), st.cell)] for i, a in enumerate(actions, 1)]
        story.append(data_table(["序号", "事项", "责任人", "完成期限", "完成日期", "备注"], rows,
                                [10 * mm, 62 * mm, 20 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 136 * mm]))
    else:
        story.append(Paragraph("本次走访无需后续行动。" if data.get("no_action") else "（尚未记录后续行动）", st.body_indent))
    if data.get("prospects"):
        story += [Paragraph("相关意向项目", st.h2),
                  text("、".join(p.get("name", "") for p in data["prospects"]), st.body_indent)]
    if data.get("attachments"):  # listed by name: the files themselves stay in the database's store
        story += [Paragraph("附件", st.h2),
                  *(text(f"{i}. {a.get('file_name', '')}", st.body_indent)
                    for i, a in enumerate(data["attachments"], 1))]
    story += [Spacer(1, 6 * mm),
              KeepTogether([text(data.get("bureau"), st.right), Spacer(1, 2 * mm),
                            _sign_block(("走访人", "被走访单位", "部门负责人"))])]
    return story


def render_visit_record(data: dict, out: Path) -> Path:
    return build_pdf(out, visit_story(data), title=f"{VISIT_TITLE} {data.get('visited_on', '')}",
                     subject=str(data.get("township") or ""), author=str(data.get("bureau") or ""))


def _matrix(data: dict, key: str, unit: str) -> Table:
    st = styles()
    years = data["years"]
    by = {(r["township"], r["year"]): r for r in data["rows"]}
    first = 28 * mm
    w = (CONTENT_WIDTH - first) / len(years)
    rows = [[text(t, st.cell), *[text(fmt_num(by[(t, y)][key]) if by[(t, y)][key] else "–", st.cell_center)
                                 for y in years]] for t in data["townships"]]
    rows.append([Paragraph("合计", st.cell_head), *[text(fmt_num(data["totals"][y][key]), st.cell_center)
                                                   for y in years]])
    return data_table([f"乡镇(街道)\n{unit}".replace("\n", "<br/>"), *[f"{y}年" for y in years]], rows,
                      [first, *[w] * len(years)], extra=[("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEAD_BG)])


def forecast_story(data: dict) -> list:
    st = styles()
    years = data["years"]
    f = data["factors"]
    story = [
        PageGroup(label=FORECAST_TITLE, outline=f"{FORECAST_TITLE} {years[0]}–{years[-1]}"),
        Paragraph(FORECAST_TITLE, st.title),
        Paragraph(f"{years[0]}–{years[-1]} 年 · 报发展建设部", st.subtitle),
        Paragraph(f"{esc(data.get('bureau') or '本局')}客户服务中心根据业扩走访、发改局重点项目、招商信息和在途业扩工单，"
                  "汇总各乡镇(街道)逐年用电需求如下，供主网及配网规划（提前 3~5 年申报）参考。", st.body_indent),
        Paragraph("口径：意向项目按预计送电年份计，加权容量 = 容量 × 成功概率；已申请的项目只按其工单计"
                  "（100%，已送电的按送电年份），不重复计算。规划负荷 = 加权容量 × 功率因数 × 需用系数 × 同时率。",
                  st.note),
        Paragraph("一、加权容量（kVA）", st.h2), _matrix(data, "weighted_kva", "kVA"),
        Paragraph("二、规划负荷（kW）", st.h2), _matrix(data, "load_kw", "kW"),
        Paragraph("三、报装容量（kVA，未加权）", st.h2), _matrix(data, "raw_kva", "kVA"),
    ]
    bn = data.get("bottlenecks") or []
    story.append(Paragraph("四、卡脖子线路", st.h2))
    if bn:
        story.append(data_table(["线路", "变电站", "可开放容量", "意向容量", "超出", "首次超出", "项目"],
                                [[text(b["feeder"], st.cell), text(b["substation"], st.cell),
                                  text(fmt_num(b["spare_kva"]), st.cell_center),
                                  text(fmt_num(b["total_kva"]), st.cell_center),
                                  text(fmt_num(b["over_kva"]), st.cell_center), text(b["year"], st.cell_center),
                                  text("、".join(p["name"] for p in b["prospects"]), st.cell)] for b in bn],
                                [24 * mm, 20 * mm, 20 * mm, 20 * mm, 16 * mm, 16 * mm, CONTENT_WIDTH - 116 * mm]))
    else:
        story.append(Paragraph("已录入可开放容量的线路中，暂无意向容量超出的线路。", st.body_indent))
    ch = data.get("changes")
    story.append(Paragraph("五、较上次报送的变化", st.h2))
    if ch is None:
        story.append(Paragraph("首次报送。", st.body_indent))
    elif not ch["changes"]:
        story.append(Paragraph(f"与 {ch['issued_on']} 报送的版本相比没有变化。", st.body_indent))
    else:
        story.append(Paragraph(f"与 {ch['issued_on']} 报送的版本相比：", st.lead))
        story.append(data_table(["乡镇(街道)", "年份", "报装容量变化(kVA)", "加权容量变化(kVA)", "规划负荷变化(kW)"],
                                [[text(c["township"], st.cell), text(c["year"], st.cell_center),
                                  *[text(f"{c[k]:+g}", st.cell_center) for k in ("raw_kva", "weighted_kva", "load_kw")]]
                                 for c in ch["changes"]], [34 * mm, 18 * mm, 40 * mm, 40 * mm, CONTENT_WIDTH - 132 * mm]))
    story += [Paragraph("六、规划系数", st.h2),
              Paragraph(f"功率因数 {fmt_num(f['power_factor'])}；同时率 {fmt_num(f['simultaneity'])}；需用系数缺省 "
                        f"{fmt_num(f['demand_default'])}" + "".join(f"，{k} {fmt_num(v)}" for k, v in f["industry"].items())
                        + "。", st.body_indent),
              text(f"来源：{f['source']}（{f['doc']}）", st.note)]
    behind = data.get("behind") or []
    story.append(Paragraph("附：预测所含项目及工单", st.h2))
    kinds = {"prospect": "意向", "case": "工单"}
    story.append(data_table(["乡镇(街道)", "年份", "类别", "项目名称", "容量", "概率", "加权", "线路"],
                            [[text(b["township"], st.cell), text(b["year"], st.cell_center),
                              text(kinds[b["kind"]], st.cell_center),
                              text(b["name"] + (f"（{b['ref']}）" if b["kind"] == "case" else ""), st.cell),
                              text(fmt_num(b["capacity_kva"]), st.cell_center), text(f"{b['probability']}%", st.cell_center),
                              text(fmt_num(b["weighted_kva"]), st.cell_center), text(b["feeder"], st.cell)]
                             for b in behind] or [[text("（无）", st.cell), "", "", "", "", "", "", ""]],
                            [24 * mm, 13 * mm, 12 * mm, CONTENT_WIDTH - 131 * mm, 18 * mm, 13 * mm, 18 * mm, 33 * mm]))
    story += [Spacer(1, 6 * mm),
              KeepTogether([text(data.get("bureau"), st.right), text(f"编制日期：{data.get('on')}", st.right),
                            Spacer(1, 2 * mm), _sign_block(("编制", "审核", "发展建设部签收"))])]
    return story


def render_forecast(data: dict, out: Path) -> Path:
    years = data["years"]
    return build_pdf(out, forecast_story(data), title=f"{FORECAST_TITLE} {years[0]}–{years[-1]}",
                     subject="发展建设部", author=str(data.get("bureau") or ""))
