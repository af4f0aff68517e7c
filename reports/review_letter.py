"""审图意见书: the review opinion letter for the customer's designer, one per design-review round.

``render_review_letter(data, out)`` writes it; ``letter_story(data)`` gives its flowables. ``data``
is the plain dict of ``app.services.design_review.letter_data``:

    {"letter_no": "ST-YK2600001-R1", "bureau": "象山县供电局", "issued_on": "2026-09-22", "draft": False,
     "case_no", "customer_name", "account_no", "address", "capacity_kva": 1250.0, "supply_kv": 10.0,
     "manager", "manager_phone", "institute": "宁波电力设计院", "drawings": ["电气主接线图", ...],
     "round": 1, "opened_on", "closed_on", "joint_required": True, "review_mode": "联合审查",
     "participants": [{"name", "dept"}], "outcome": "approved" | "returned" | None, "outcome_name",
     "opinions": [{"number", "text", "category", "category_name", "must_fix", "kind_name", "clause"}],
     "must_fix_count", "advisory_count"}

Every user value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from reports.pdf_base import (
    CONTENT_WIDTH,
    GRID,
    HEAD_BG,
    PageGroup,
    boxed_closing,
    build_pdf,
    data_table,
    esc,
    fmt_num,
    plain_style,
    styles,
    text,
)

TITLE = "设计图纸审查意见书"
OUTCOME_NAMES = {"approved": "审查通过", "returned": "退回修改"}
CONCLUSIONS = {
    "approved": "审查结论：审查通过。请按审定的图纸施工；建议事项请设计单位酌情采纳。"
                "隐蔽工程覆盖前请申请中间检查，未经检验合格的受电工程不得接电。",
    "returned": "审查结论：退回修改。请设计单位按上述意见修改图纸，“必须整改”的意见须逐条落实，"
                "修改后连同本意见书重新报审。",
    None: "审查结论：审查尚未结束，本意见书为草稿，不作为正式审查意见。",
}

# 序号, 类别, 性质, 审查意见, 依据条款: 174 mm
OPINION_COLUMNS = [10 * mm, 18 * mm, 18 * mm, 86 * mm, 42 * mm]
MUST_FIX_BG = colors.HexColor("#F4F4F4")


@lru_cache(maxsize=1)
def _free_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """The heading and lead of the opinions without keep-with-next: kept with a long table, they
    would carry the whole table to the next page and leave this one half empty. A conditional
    page break before them keeps them off the foot of a page instead."""
    st = styles()
    return (ParagraphStyle("zs-letter-h2", parent=st.h2, keepWithNext=0),
            ParagraphStyle("zs-letter-lead", parent=st.lead, keepWithNext=0))


def _outcome(data: dict) -> str | None:
    outcome = data.get("outcome")
    return outcome if outcome in OUTCOME_NAMES else None


def _participants(data: dict) -> str:
    people = []
    for p in data.get("participants") or []:
        if isinstance(p, dict):
            name, dept = p.get("name") or "", p.get("dept") or ""
            people.append(f"{name}（{dept}）" if dept else str(name))
        elif p:
            people.append(str(p))
    return "、".join(people) or (data.get("manager") or "")


def _info_table(data: dict) -> Table:
    st = styles()
    lab = st.cell_head

    def v(value: object) -> Paragraph:
        return text(value, st.cell)

    capacity = fmt_num(data.get("capacity_kva"))
    supply = fmt_num(data.get("supply_kv"))
    rows = [
        [Paragraph("客户名称", lab), v(data.get("customer_name")), "", ""],
        [Paragraph("户号", lab), v(data.get("account_no")), Paragraph("业务编号", lab), v(data.get("case_no"))],
        [Paragraph("工程地址", lab), v(data.get("address")), "", ""],
        [Paragraph("受电容量", lab), v(f"{capacity} kVA" if capacity else ""),
         Paragraph("供电电压", lab), v(f"{supply} kV" if supply else "")],
        [Paragraph("设计单位", lab), v(data.get("institute")), Paragraph("报审次数", lab),
         v(f"第 {data.get('round') or 1} 次")],
        [Paragraph("收图日期", lab), v(data.get("opened_on")), Paragraph("审查完成", lab),
         v(data.get("closed_on") or "审查中")],
        [Paragraph("审查方式", lab), v(data.get("review_mode")), "", ""],
        [Paragraph("审查人员", lab), v(_participants(data)), "", ""],
        [Paragraph("报审图纸", lab), _drawings(data.get("drawings") or []), "", ""],
    ]
    widths = [22 * mm, 65 * mm, 22 * mm, CONTENT_WIDTH - 109 * mm]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=plain_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("BACKGROUND", (2, 1), (2, 1), HEAD_BG),
        ("BACKGROUND", (2, 3), (2, 5), HEAD_BG),
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (1, 2), (3, 2)),
        ("SPAN", (1, 6), (3, 6)),
        ("SPAN", (1, 7), (3, 7)),
        ("SPAN", (1, 8), (3, 8)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))


def _drawings(drawings: list) -> Paragraph:
    """The drawing list in one cell, numbered: 1. 电气主接线图　2. 配电房平面布置图 ..."""
    st = styles()
    if not drawings:
        return text("（未登记图纸清单）", st.cell)
    return Paragraph("　".join(f"{i}.&nbsp;{esc(d)}" for i, d in enumerate(drawings, start=1)), st.cell)


def _opinions_table(opinions: list) -> Table:
    st = styles()
    rows = []
    for index, o in enumerate(opinions, start=1):
        must = bool(o.get("must_fix"))
        kind = o.get("kind_name") or ("必须整改" if must else "建议")
        rows.append([
            text(o.get("number") if o.get("number") not in (None, "") else index, st.cell_center),
            text(o.get("category_name") or o.get("category"), st.cell_center),
            Paragraph(f"<b>{esc(kind)}</b>" if must else esc(kind), st.cell_center),
            text(o.get("text"), st.cell),
            text(o.get("clause"), st.cell),
        ])
    if not rows:
        rows.append([text("—", st.cell_center), "", "", text("无审查意见。", st.cell), ""])
    # a must-fix opinion is the point of the letter: its row is shaded so it is not read past
    shade = [("BACKGROUND", (0, i), (-1, i), MUST_FIX_BG)
             for i, o in enumerate(opinions, start=1) if o.get("must_fix")]
    return data_table(["序号", "类别", "性质", "审查意见", "依据条款"], rows, OPINION_COLUMNS, extra=shade)


def _closing_block(data: dict) -> list:
    st = styles()
    blank = ""
    sign = Table(
        [
            [Paragraph("审查人", st.label), Paragraph("签字：", st.label), blank, Paragraph("日期：", st.label), blank],
            [Paragraph("设计单位签收", st.label), Paragraph("签字：", st.label), blank, Paragraph("日期：", st.label),
             blank],
            [Paragraph("客户签收", st.label), Paragraph("签字：", st.label), blank, Paragraph("日期：", st.label), blank],
        ],
        colWidths=[26 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm],
        rowHeights=[11 * mm] * 3,
        hAlign="LEFT",
        style=plain_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
            ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ),
    )
    issuer = [text(data.get("bureau"), st.right), text(f"签发日期：{data.get('issued_on') or ''}", st.right)]
    return [Table([[sign, issuer]], colWidths=[126 * mm, CONTENT_WIDTH - 126 * mm], hAlign="LEFT",
                  style=plain_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)))]


def letter_story(data: dict) -> list:
    """The flowables of one letter, starting a new page-number group (see ``PageGroup``)."""
    st = styles()
    opinions = list(data.get("opinions") or [])
    drawings = list(data.get("drawings") or [])
    letter_no = str(data.get("letter_no") or "")
    outcome = _outcome(data)
    draft = bool(data.get("draft")) or outcome is None
    customer = data.get("customer_name")
    institute = data.get("institute")
    addressee = f"{esc(customer)}、{esc(institute)}：" if institute else f"{esc(customer)}："
    must = sum(1 for o in opinions if o.get("must_fix"))
    intro = (f"{esc(data.get('bureau'))}于 {esc(data.get('opened_on'))} 收到贵方报送的{esc(customer)}受电工程设计图纸"
             f"（第 {esc(data.get('round') or 1)} 次报审，共 {len(drawings)} 项），依据有关规程规范和已答复的供电方案"
             f"进行了{esc(data.get('review_mode') or '审查')}。")
    summary = (f"审查意见共 {len(opinions)} 条，其中必须整改 {must} 条，建议 {len(opinions) - must} 条，详见下表。"
               if opinions else "本次审查未提出意见。")
    manager = data.get("manager") or ""
    phone = data.get("manager_phone") or ""
    contact = f"客户经理：{esc(manager)}"
    if phone:
        contact += f"　联系电话：{esc(phone)}"
    title = TITLE + ("（草稿）" if draft else "")
    story = [
        PageGroup(label=f"{TITLE} {letter_no}", outline=f"{TITLE} {letter_no} {customer or ''}".strip()),
        Paragraph(esc(title), st.title),
        text(f"编号：{letter_no}", st.right),
        Spacer(1, 2 * mm),
        Paragraph(addressee, st.body),
        Paragraph(intro, st.body_indent),
        Spacer(1, 1 * mm),
        _info_table(data),
        CondPageBreak(45 * mm),
        Paragraph("审查意见", _free_styles()[0]),
        Paragraph(summary, _free_styles()[1]),
        _opinions_table(opinions),
        Spacer(1, 3 * mm),
    ]
    story.append(boxed_closing(Paragraph(CONCLUSIONS[outcome], st.body), Paragraph(contact, st.body),
                               _closing_block(data)))
    return story


def render_review_letter(data: dict, out: Path) -> Path:
    """Write one 审图意见书 to ``out`` (atomically) and return the path."""
    letter_no = str(data.get("letter_no") or "")
    return build_pdf(
        out,
        letter_story(data),
        title=f"{TITLE} {letter_no}".strip(),
        subject=f"{data.get('customer_name') or ''} 第 {data.get('round') or 1} 次报审".strip(),
        author=str(data.get("bureau") or ""),
        keywords=[k for k in (letter_no, str(data.get("case_no") or "")) if k],
    )
