"""客户受电工程竣工验收手册: what one customer must do and prepare before the completion inspection.

``render_handbook(data, out)`` writes the handbook: a cover, a contents page (目录, with the page
of every section, by ReportLab's TableOfContents over two passes), then six sections. ``data``:

    {"case_no", "customer_name", "account_no", "address", "capacity_kva": float, "supply_kv": float,
     "dual_source": bool, "metering": "高压计量" | "低压计量",
     "transformers": [{"count": 2, "type": "干式", "kva": 1000}],
     "bureau": "象山县供电局", "issued_on": "2026-11-20", "manager": {"name": ..., "phone": ...},
     "timeline": [{"step": "竣工报验", "target": "2026-12-01", "note": ""}],
     "requirements": [{"section": "配电房", "items": [{"code", "text", "clause"}]}],
     "documents": ["竣工图纸", ...], "self_check": [{"code", "text"}],
     "open_items": [{"code", "location", "requirement", "deadline"}],
     "assumed_calendar_years": [2027]}

Every value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

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

TITLE = "客户受电工程竣工验收手册"
TICK_BOX = "□"
SECTIONS = ("一、客户经理联系方式", "二、时间安排", "三、验收要求", "四、需准备的资料", "五、自查清单", "六、未关闭的整改项")
_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (for 1..99; larger numbers in digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


class _Heading(Paragraph):
    """A section heading: listed in the contents page and in the PDF's bookmarks."""

    def __init__(self, markup: str, style, level: int, key: str, plain: str) -> None:
        super().__init__(markup, style)
        self.toc_level = level
        self.toc_key = key
        self.toc_markup = markup
        self.toc_plain = plain


def _after_flowable(doc, flowable) -> None:
    if isinstance(flowable, _Heading):
        canv = doc.canv
        canv.bookmarkPage(flowable.toc_key)
        canv.addOutlineEntry(flowable.toc_plain, flowable.toc_key, level=flowable.toc_level)
        doc.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, doc.page, flowable.toc_key))


class _Story:
    """Builds the flowables; numbers headings so bookmark keys are the same on every build."""

    def __init__(self) -> None:
        self.st = styles()
        self.flowables: list = []
        self._headings = 0

    def heading(self, title: str, level: int = 0) -> None:
        self._headings += 1
        style = self.st.h1 if level == 0 else self.st.h2
        self.flowables.append(_Heading(esc(title), style, level, f"sec-{self._headings}", title))

    def add(self, *flowables) -> None:
        self.flowables.extend(flowables)

    def none(self) -> None:
        self.add(Paragraph("无", self.st.body_indent))


def _transformers(data: dict) -> str:
    parts = []
    for t in data.get("transformers") or []:
        kind = str(t.get("type") or "").strip()
        kva = fmt_num(t.get("kva"))
        count = t.get("count") or 1
        desc = " ".join(p for p in (kind, f"{kva} kVA" if kva else "") if p)
        parts.append(f"{desc} × {count} 台" if desc else f"{count} 台")
    return "；".join(parts)


def _tick_column(col: int) -> list[tuple]:
    """The tick-box column: the box centred in its cell."""
    return [("VALIGN", (col, 1), (col, -1), "MIDDLE"), ("TOPPADDING", (col, 1), (col, -1), 0),
            ("BOTTOMPADDING", (col, 1), (col, -1), 0)]


def _kv_table(rows: list[tuple[str, object]], label_width: float, value_width: float):
    st = styles()
    return Table(
        [[Paragraph(label, st.cell_head), text(value, st.cell)] for label, value in rows],
        colWidths=[label_width, value_width],
        style=plain_style(
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ),
    )


def _cover(s: _Story, data: dict) -> None:
    st = s.st
    capacity = fmt_num(data.get("capacity_kva"))
    supply = fmt_num(data.get("supply_kv"))
    dual = data.get("dual_source")
    rows = [
        ("客户名称", data.get("customer_name")),
        ("户号", data.get("account_no")),
        ("业务编号", data.get("case_no")),
        ("用电地址", data.get("address")),
        ("受电容量", f"{capacity} kVA" if capacity else ""),
        ("供电电压", f"{supply} kV" if supply else ""),
        ("电源", "" if dual is None else ("双电源" if dual else "单电源")),
        ("计量方式", data.get("metering")),
        ("变压器", _transformers(data)),
    ]
    s.add(
        Spacer(1, 45 * mm),
        Paragraph(TITLE, st.title),
        Spacer(1, 25 * mm),
        _kv_table(rows, 28 * mm, 100 * mm),
        Spacer(1, 50 * mm),
        text(data.get("bureau"), st.subtitle),
        text(f"编制日期：{data.get('issued_on') or ''}", st.center),
        PageBreak(),
    )


def _contents(s: _Story) -> None:
    st = s.st
    toc = TableOfContents(levelStyles=[st.toc0, st.toc1], dotsMinLevel=0, rightColumnWidth=15 * mm,
                          tableStyle=plain_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    s.add(Paragraph("目　录", st.title), Spacer(1, 4 * mm), toc, PageBreak())


def _manager(s: _Story, data: dict) -> None:
    manager = data.get("manager") or {}
    s.heading(SECTIONS[0])
    s.add(
        Paragraph("工程建设和验收中如有疑问，请与客户经理联系。", s.st.lead),
        _kv_table([("客户经理", manager.get("name")), ("联系电话", manager.get("phone")),
                   ("供电单位", data.get("bureau"))], 28 * mm, 80 * mm),
    )


def _timeline(s: _Story, data: dict) -> None:
    st = s.st
    s.heading(SECTIONS[1])
    steps = data.get("timeline") or []
    if steps:
        rows = [[text(i, st.cell_center), text(t.get("step"), st.cell), text(t.get("target"), st.cell_center),
                 text(t.get("note"), st.cell)] for i, t in enumerate(steps, start=1)]
        s.add(data_table(["序号", "步骤", "目标日期", "说明"], rows,
                         [12 * mm, 50 * mm, 28 * mm, CONTENT_WIDTH - 90 * mm]))
    else:
        s.none()
    years = [str(y) for y in data.get("assumed_calendar_years") or []]
    if years:
        s.add(Paragraph(
            f"注：{esc('、'.join(years))} 年的法定节假日安排尚未导入，该年内的日期仅按周末推算，"
            "遇节假日时实际日期将相应顺延。", st.note))
    s.add(Paragraph("说明为“实际日期”的是工单已记录的日期，“按工单期限”的是工单在办环节的期限；"
                    "其余目标日期按工作日推算，仅供安排工程进度参考。", st.note))


def _requirements(s: _Story, data: dict) -> None:
    st = s.st
    s.heading(SECTIONS[2])
    groups = [g for g in data.get("requirements") or [] if g]
    if not groups:
        s.none()
        return
    s.add(Paragraph("竣工检验将按以下要求逐项检查，请在报验前对照落实。", st.lead))
    for n, group in enumerate(groups, start=1):
        s.heading(f"（{cn_number(n)}）{group.get('section') or ''}", level=1)
        items = group.get("items") or []
        if not items:
            s.none()
            continue
        rows = [[text(i, st.cell_center), text(it.get("code"), st.cell), text(it.get("text"), st.cell),
                 text(it.get("clause"), st.cell)] for i, it in enumerate(items, start=1)]
        s.add(data_table(["序号", "编号", "验收要求", "依据条款"], rows,
                         [12 * mm, 25 * mm, CONTENT_WIDTH - 82 * mm, 45 * mm]))


def _documents(s: _Story, data: dict) -> None:
    st = s.st
    s.heading(SECTIONS[3])
    docs = data.get("documents") or []
    if not docs:
        s.none()
        return
    s.add(Paragraph("报验时请备齐以下资料（原件或加盖公章的复印件），备齐后在“已备”栏内打“✓”。", st.lead))
    rows = [[text(i, st.cell_center), text(d, st.cell), Paragraph(TICK_BOX, st.tick)]
            for i, d in enumerate(docs, start=1)]
    s.add(data_table(["序号", "资料名称", "已备"], rows, [12 * mm, CONTENT_WIDTH - 30 * mm, 18 * mm],
                     extra=_tick_column(2)))


def _self_check(s: _Story, data: dict) -> None:
    st = s.st
    s.heading(SECTIONS[4])
    checks = data.get("self_check") or []
    if not checks:
        s.none()
        return
    s.add(Paragraph("请在申请竣工检验前逐项自查，符合要求的在“完成”栏内打“✓”。", st.lead))
    rows = [[text(i, st.cell_center), text(c.get("code"), st.cell), text(c.get("text"), st.cell),
             Paragraph(TICK_BOX, st.tick)] for i, c in enumerate(checks, start=1)]
    s.add(data_table(["序号", "编号", "自查内容", "完成"], rows,
                     [12 * mm, 25 * mm, CONTENT_WIDTH - 55 * mm, 18 * mm],
                     extra=_tick_column(3)))


def _open_items(s: _Story, data: dict) -> None:
    st = s.st
    s.heading(SECTIONS[5])
    items = data.get("open_items") or []
    if not items:
        s.none()
        return
    s.add(Paragraph("以下整改项尚未关闭，请在整改期限内完成整改并申请复验；整改项未全部关闭前不能通过竣工检验。",
                    st.lead))
    rows = [[text(i, st.cell_center), text(it.get("code"), st.cell), text(it.get("location"), st.cell),
             text(it.get("requirement"), st.cell), text(it.get("deadline"), st.cell_center)]
            for i, it in enumerate(items, start=1)]
    s.add(data_table(["序号", "编号", "部位", "整改要求", "整改期限"], rows,
                     [12 * mm, 25 * mm, 30 * mm, CONTENT_WIDTH - 91 * mm, 24 * mm]))


def handbook_story(data: dict) -> list:
    """The flowables of the handbook (needs a multi-pass build for its contents page)."""
    s = _Story()
    s.add(PageGroup(label=f"竣工验收手册 {data.get('case_no') or ''}".strip()))
    _cover(s, data)
    _contents(s)
    _manager(s, data)
    _timeline(s, data)
    _requirements(s, data)
    _documents(s, data)
    _self_check(s, data)
    _open_items(s, data)
    return s.flowables


def render_handbook(data: dict, out: Path) -> Path:
    """Write the 验收手册 of one case to ``out`` (atomically) and return the path."""
    case_no = str(data.get("case_no") or "")
    return build_pdf(
        out,
        handbook_story(data),
        title=f"{TITLE} {case_no}".strip(),
        subject=str(data.get("customer_name") or ""),
        author=str(data.get("bureau") or ""),
        keywords=[k for k in (case_no,) if k],
        multi=True,
        after_flowable=_after_flowable,
    )
