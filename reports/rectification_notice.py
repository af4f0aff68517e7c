"""整改通知书: the rectification notice handed to the customer after an inspection finds defects.

``render_notice(data, out)`` writes one notice; ``notice_story(data)`` gives its flowables so
``reports.batch`` can put many notices in one PDF. ``data`` is a plain dict:

    {"notice_no": "ZG-YK2600001-01", "bureau": "象山县供电局", "issued_on": "2026-11-20",
     "customer_name": ..., "account_no": "3300000001", "case_no": "YK2600001", "address": ...,
     "capacity_kva": 630.0, "supply_kv": 10.0, "inspection_kind": "mid" | "completion",
     "inspection_kind_name": "中间检查", "inspected_on": "2026-11-20", "round": 1,
     "inspectors": ["张伟", "李海燕"], "manager": "张伟", "manager_phone": "13800000000",
     "items": [{"no": 1, "code": "M-GND-05", "location": "接地装置", "requirement": ...,
                "finding": ..., "clause": ..., "deadline": "2026-11-27", "photo": None | path}],
     "checksum": "a1b2c3d4e5f60718", "qr_payload": "ZAOSONG|ZG-YK2600001-01|YK2600001|a1b2c3d4e5f60718"}

Every value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

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
    join_names,
    photo_thumbnail,
    plain_style,
    styles,
    text,
)

TITLE = "整改通知书"
STATEMENT = "整改完成前，隐蔽工程不得覆盖、回填，设备不得投运送电；整改完成后请及时申请复验。"
KIND_NAMES = {"mid": "中间检查", "completion": "竣工检验"}

# 序号, 部位, 整改要求, 检查发现, 依据条款, 整改期限, 照片: 174 mm in all
ITEM_COLUMNS = [9 * mm, 23 * mm, 40 * mm, 32 * mm, 25 * mm, 20 * mm, 25 * mm]
PHOTO_BOX = (ITEM_COLUMNS[-1] - 2.5 * mm, 22 * mm)
QR_SIZE = 30 * mm


def kind_name(data: dict) -> str:
    return data.get("inspection_kind_name") or KIND_NAMES.get(data.get("inspection_kind") or "", "检查")


def qr_payload(data: dict) -> str:
    payload = data.get("qr_payload")
    if payload:
        return str(payload)
    return "|".join(["ZAOSONG", str(data.get("notice_no") or ""), str(data.get("case_no") or ""),
                     str(data.get("checksum") or "")])


class QrFlowable(QrCode):
    """ReportLab's QR flowable, always drawn black (whatever fill the table left set).

    It draws the modules straight onto the canvas: a Drawing around a QrCodeWidget encodes the
    payload twice and builds hundreds of validated shapes, which made it most of a batch's time.
    """

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        super().draw()
        self.canv.restoreState()


def qr_code(payload: str, size: float = QR_SIZE) -> QrFlowable:
    """A QR code of ``payload`` in a ``size`` square, quiet zone (4 modules) included."""
    return QrFlowable(payload, width=size, height=size, qrLevel="M")


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
        [Paragraph("检查类别", lab), v(kind_name(data)), Paragraph("检查日期", lab), v(data.get("inspected_on"))],
        [Paragraph("检查轮次", lab), v(f"第 {data.get('round') or 1} 次"),
         Paragraph("检查人员", lab), v(join_names(data.get("inspectors")))],
    ]
    widths = [22 * mm, 65 * mm, 22 * mm, CONTENT_WIDTH - 109 * mm]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=plain_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("BACKGROUND", (2, 1), (2, -1), HEAD_BG),
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (1, 2), (3, 2)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))


def _items_table(items: list[dict]) -> Table:
    st = styles()
    header = ["序号", "部位", "整改要求", "检查发现", "依据条款", "整改期限", "照片"]
    rows = []
    for index, item in enumerate(items, start=1):
        location = esc(item.get("location"))
        code = esc(item.get("code"))
        if code:
            location += f'<br/><font size="7.5" color="#555555">{code}</font>'
        photo = photo_thumbnail(item.get("photo"), *PHOTO_BOX)
        rows.append([
            text(item.get("no") if item.get("no") not in (None, "") else index, st.cell_center),
            Paragraph(location, st.cell),
            text(item.get("requirement"), st.cell),
            text(item.get("finding"), st.cell),
            text(item.get("clause"), st.cell),
            text(item.get("deadline"), st.cell_center),
            photo if photo is not None else "",
        ])
    if not rows:
        rows.append([text("—", st.cell_center), text("无", st.cell), "", "", "", "", ""])
    return data_table(header, rows, ITEM_COLUMNS, extra=[("ALIGN", (6, 1), (6, -1), "CENTER")])


def _closing_block(data: dict) -> list:
    """Signatures and the QR code: kept together, usually at the foot of the last page."""
    st = styles()
    blank = ""
    sign = Table(
        [
            [Paragraph("客户签收", st.label), Paragraph("签字：", st.label), blank, Paragraph("日期：", st.label), blank],
            [Paragraph("客户经理", st.label), Paragraph("签字：", st.label), blank, Paragraph("日期：", st.label), blank],
        ],
        colWidths=[20 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm],
        rowHeights=[14 * mm, 14 * mm],
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
    qr = Table(
        [[qr_code(qr_payload(data))], [text(data.get("notice_no"), st.cell_center)]],
        colWidths=[QR_SIZE + 12 * mm],
        style=plain_style(
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ),
    )
    checksum = data.get("checksum")
    qr_cell = [qr]
    if checksum:
        qr_cell.append(text(f"校验码 {checksum}", st.cell_small))
    issuer = [
        text(data.get("bureau"), st.right),
        text(f"签发日期：{data.get('issued_on') or ''}", st.right),
    ]
    outer = Table(
        [[[*issuer, Spacer(1, 2 * mm), sign], qr_cell]],
        colWidths=[CONTENT_WIDTH - QR_SIZE - 14 * mm, QR_SIZE + 14 * mm],
        hAlign="LEFT",
        style=plain_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ),
    )
    return [outer]


def notice_story(data: dict) -> list:
    """The flowables of one notice, starting a new page-number group (see ``PageGroup``).

    To put several notices in one document, separate their stories with ``PageBreak()``.
    """
    st = styles()
    items = list(data.get("items") or [])
    notice_no = str(data.get("notice_no") or "")
    customer = data.get("customer_name")
    manager = data.get("manager") or ""
    phone = data.get("manager_phone") or ""
    intro = (f"{esc(data.get('bureau'))}于 {esc(data.get('inspected_on'))} 对你单位受电工程进行了"
             f"{esc(kind_name(data))}（第 {esc(data.get('round') or 1)} 次），发现下列 {len(items)} 项问题，"
             "不符合有关规程规范和供电方案的要求，请在整改期限内完成整改。")
    contact = f"客户经理：{esc(manager)}"
    if phone:
        contact += f"　联系电话：{esc(phone)}"
    story = [
        PageGroup(label=f"{TITLE} {notice_no}", outline=f"{TITLE} {notice_no} {customer or ''}".strip()),
        Paragraph(TITLE, st.title),
        text(f"编号：{notice_no}", st.right),
        Spacer(1, 2 * mm),
        Paragraph(f"{esc(customer)}：", st.body),
        Paragraph(intro, st.body_indent),
        Spacer(1, 1 * mm),
        _info_table(data),
        Spacer(1, 4 * mm),
        _items_table(items),
        Spacer(1, 3 * mm),
    ]
    # The statement is the point of the notice: boxed, so it is not read past.
    story.append(boxed_closing(Paragraph(STATEMENT, st.body), Paragraph(contact, st.body), _closing_block(data)))
    return story


def render_notice(data: dict, out: Path) -> Path:
    """Write one 整改通知书 to ``out`` (atomically) and return the path."""
    notice_no = str(data.get("notice_no") or "")
    return build_pdf(
        out,
        notice_story(data),
        title=f"{TITLE} {notice_no}".strip(),
        subject=f"{data.get('customer_name') or ''} {kind_name(data)}".strip(),
        author=str(data.get("bureau") or ""),
        keywords=[k for k in (notice_no, str(data.get("case_no") or "")) if k],
    )
