"""House style shared by every Zaosong document: A4, one embedded CJK font, footer "第 x 页 共 y 页".

Rules every document follows (STYLE.md point 8):

- User text reaches ``Paragraph`` only through ``esc`` (or ``text``), because Paragraph parses
  its input as markup: a customer called ``<b>&amp;</b>`` must print exactly that.
- The one font is WenQuanYi Micro Hei from ``resources/fonts``, registered as a TrueType font,
  so ReportLab embeds a subset of its outlines in every PDF; no viewer needs Chinese fonts.
- Every paragraph style wraps with ``wordWrap='CJK'`` so no line starts with closing punctuation
  (ReportLab's list of such characters is extended with the Chinese ones, see below).
- Output is reproducible: the same input gives byte-identical PDFs (``rl_config.invariant``).
- Files appear atomically: a document is written to a temporary file beside the target and
  renamed only when complete, so a failed or cancelled render leaves nothing behind.
"""
from __future__ import annotations

import io
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports.numbers import fmt_num  # noqa: F401 - the documents import it from here too
from resources import resource

FONT = "WenQuanYiMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
PAGE_SIZE = A4
MARGIN = 18 * mm
FOOTER_Y = 9 * mm
BOTTOM_MARGIN = MARGIN + 4 * mm  # room for the footer
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN - BOTTOM_MARGIN
CREATOR = "早送 Zaosong"

GRID = colors.HexColor("#808080")
HEAD_BG = colors.HexColor("#E8E8E8")
MUTED = colors.HexColor("#555555")

# ReportLab's line-start prohibition list (kinsoku) is Japanese: it lacks the full-width comma,
# semicolon, colon, ! and ? and the closing book-title mark that Chinese must not start a line
# with (GB/T 15834). Both breakers read the module-level string, so extend it, once.
_CJK_CANNOT_START = "，。、；：！？）》」』】〕〉”’…％‰·"


def _extend_line_start_rules() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    missing = "".join(c for c in _CJK_CANNOT_START if c not in textsplit.ALL_CANNOT_START)
    if missing:
        textsplit.ALL_CANNOT_START += missing
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START


_extend_line_start_rules()

_font_lock = threading.Lock()
# ReportLab keeps global state (font registry, rl_config, per-document font subsets):
# one document at a time per process.
_build_lock = threading.RLock()


def register_font() -> str:
    """Register the bundled CJK font once per process; return its name."""
    with _font_lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            path = resource(*FONT_FILE)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            # A .ttc holds several faces; face 0 is Micro Hei. TTFont embeds a subset of it.
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
            # The font has no bold or italic face; map them to itself so <b>/<i> never fail.
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


# --- text ------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """Escape a user value for Paragraph markup: & < > and quotes; None gives ""."""
    if text is None:
        return ""
    s = _CONTROL.sub("", str(text))  # control characters have no glyph and upset the parser
    return _xml_escape(s, {'"': "&quot;", "'": "&#39;"})


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``value`` literally (escaped); line breaks in the value are kept."""
    body = esc(value).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")
    return Paragraph(body, style)


def cell(value: object, style: ParagraphStyle, width: float) -> Paragraph | str:
    """A table cell showing ``value`` literally: a plain string when it fits on one line of a column
    ``width`` points wide (the grid's 3-point paddings aside), a wrapping Paragraph otherwise. A long
    table of short values (a bulletin's thousands of case rows) then lays out as fast as plain text:
    ReportLab wraps every Paragraph character by character. The table's style must draw plain strings
    in the Paragraph's font, size and leading (``plain_cells``)."""
    s = "" if value is None else _CONTROL.sub("", str(value))
    if "\n" not in s and "\r" not in s and pdfmetrics.stringWidth(s, style.fontName, style.fontSize) <= width - 6:
        return s
    return text(value, style)


def plain_cells(style: ParagraphStyle, first_row: int = 1) -> list[tuple]:
    """The table style commands that draw plain-string cells (``cell``) as ``style`` draws a
    Paragraph: font, size and leading, from ``first_row`` (below the header) down."""
    return [("FONTNAME", (0, first_row), (-1, -1), style.fontName),
            ("FONTSIZE", (0, first_row), (-1, -1), style.fontSize),
            ("LEADING", (0, first_row), (-1, -1), style.leading)]


def join_names(names: Iterable[object] | str | None) -> str:
    if not names:
        return ""
    if isinstance(names, str):
        return names
    return "、".join(str(n) for n in names if n)


# --- images --------------------------------------------------------------------------------

THUMB_PIXELS = 480  # ~500 dpi at thumbnail size; keeps a 5 MB phone photo out of the PDF
_ROTATED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


class Thumbnail(Flowable):
    """A photo shrunk to fit a box, decoded only when drawn.

    Building a story only reads the image header, so assembling a batch of many notices stays
    quick and the slow part (decoding photos) happens during layout, between progress reports.
    The photo is turned upright (EXIF orientation) and re-encoded as a small JPEG.
    """

    def __init__(self, path: Path, size: tuple[int, int], max_width: float, max_height: float) -> None:
        super().__init__()
        self.path = path
        scale = min(max_width / size[0], max_height / size[1])
        self.width, self.height = size[0] * scale, size[1] * scale
        self._jpeg: bytes | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        return self.width, self.height

    def _encode(self) -> bytes | None:
        from PIL import Image as PILImage
        from PIL import ImageOps

        with PILImage.open(self.path) as im:
            im.draft("RGB", (THUMB_PIXELS, THUMB_PIXELS))  # JPEG: decode at a reduced scale, much faster
            im = ImageOps.exif_transpose(im)
            if im.mode in ("RGBA", "LA", "P", "PA"):
                im = im.convert("RGBA")
                flat = PILImage.new("RGB", im.size, "white")
                flat.paste(im, mask=im.getchannel("A"))
                im = flat
            elif im.mode != "RGB":
                im = im.convert("RGB")
            im.thumbnail((THUMB_PIXELS, THUMB_PIXELS))
            data = io.BytesIO()
            im.save(data, "JPEG", quality=82)
            return data.getvalue()

    def draw(self) -> None:
        if self._jpeg is None:
            try:
                self._jpeg = self._encode() or b""
            except Exception:  # truncated or corrupt past its header: leave the cell empty
                self._jpeg = b""
        if self._jpeg:
            self.canv.drawImage(ImageReader(io.BytesIO(self._jpeg)), 0, 0, self.width, self.height)


def photo_thumbnail(path: object, max_width: float, max_height: float) -> Thumbnail | None:
    """A thumbnail of the image file at ``path`` fitted in the box, or None when there is none.

    A missing file, or one that is not an image, gives None (the cell stays empty) rather than
    failing the document.
    """
    if not path:
        return None
    p = Path(str(path))
    try:
        if not p.is_file():
            return None
        from PIL import Image as PILImage

        with PILImage.open(p) as im:  # reads the header only
            width, height = im.size
            orientation = im.getexif().get(0x0112)
    except Exception:  # not an image, unreadable, a decompression bomb
        return None
    if not width or not height:
        return None
    if orientation in _ROTATED:
        width, height = height, width
    return Thumbnail(p, (width, height), max_width, max_height)


# --- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    body_indent: ParagraphStyle
    lead: ParagraphStyle
    note: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    tick: ParagraphStyle
    label: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles of the house; all use the CJK font and CJK line breaking."""
    font = register_font()

    def style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
        return ParagraphStyle(f"zs-{name}", fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    return Styles(
        title=style("title", 22, 30, alignment=TA_CENTER, spaceAfter=4 * mm),
        subtitle=style("subtitle", 14, 20, alignment=TA_CENTER, spaceAfter=2 * mm),
        h1=style("h1", 15, 21, spaceBefore=5 * mm, spaceAfter=2.5 * mm, keepWithNext=1),
        h2=style("h2", 12, 17, spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1),
        body=style("body", 10.5, 16, spaceAfter=1.5 * mm),
        body_indent=style("body-indent", 10.5, 16, firstLineIndent=21, spaceAfter=1.5 * mm),
        # a sentence introducing the table after it: never left alone at the foot of a page
        lead=style("lead", 10.5, 16, firstLineIndent=21, spaceAfter=1.5 * mm, keepWithNext=1),
        note=style("note", 9, 13, textColor=MUTED, spaceBefore=1 * mm, spaceAfter=1.5 * mm),
        right=style("right", 10.5, 16, alignment=TA_RIGHT),
        center=style("center", 10.5, 16, alignment=TA_CENTER),
        cell=style("cell", 9, 12, alignment=TA_LEFT),
        cell_center=style("cell-center", 9, 12, alignment=TA_CENTER),
        cell_head=style("cell-head", 9, 12, alignment=TA_CENTER),
        cell_small=style("cell-small", 7.5, 10, alignment=TA_CENTER, textColor=MUTED),
        tick=style("tick", 15, 15, alignment=TA_CENTER),  # the font draws □ small: enlarge it
        label=style("label", 10, 14, alignment=TA_LEFT, textColor=colors.black),
        toc0=style("toc0", 12, 22, leftIndent=0, firstLineIndent=0),
        toc1=style("toc1", 10.5, 18, leftIndent=8 * mm, firstLineIndent=0, textColor=MUTED),
    )


def plain_style(*cmds: tuple) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use the house font."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *cmds])


def boxed_closing(statement: Paragraph, contact: Paragraph, closing: list) -> KeepTogether:
    """The end of a letter kept on one page: the statement boxed (so it is not read past), the
    contact line, then the signature block."""
    box = Table([[statement]], colWidths=[CONTENT_WIDTH], hAlign="LEFT",
                style=plain_style(("BOX", (0, 0), (-1, -1), 0.8, GRID), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 6)))
    return KeepTogether([box, Spacer(1, 2 * mm), contact, Spacer(1, 3 * mm), *closing])


def grid_style(header_rows: int = 1, extra: Iterable[tuple] = ()) -> TableStyle:
    """Thin grid, shaded header, cells aligned to the top; the house look of every table."""
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain-string cells too: no stray Helvetica in the file
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    cmds += list(extra)
    return TableStyle(cmds)


class DataTable(Table):
    """A Table that splits between rows and repeats its header; it splits inside a row only
    when that row could never fit on a page of its own (say, a finding pasted from a report)."""

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        in_row = self.splitInRow
        self.splitInRow = 0
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = in_row
        if parts or not in_row:
            for part in parts:  # the pieces were made while the flag was off
                if isinstance(part, Table):
                    part.splitInRow = in_row
            return parts
        heights = self._rowHeights
        head = sum(heights[: self.repeatRows])
        blocking = heights[self.repeatRows] if len(heights) > self.repeatRows else 0
        if head + blocking <= FRAME_HEIGHT:
            return []  # it fits on the next page: move there rather than break the row
        return super().split(availWidth, availHeight)


def data_table(header: list[str], rows: list[list], col_widths: list[float], extra: Iterable[tuple] = ()) -> Table:
    """A table whose cells are Paragraphs: long text wraps, the header repeats on every page.

    ``rows`` hold Paragraphs or other flowables (build them with ``text``).
    """
    st = styles()
    head = [Paragraph(h, st.cell_head) for h in header]
    return DataTable([head, *rows], colWidths=col_widths, repeatRows=1, splitByRow=1, splitInRow=36,
                     style=grid_style(1, extra), hAlign="LEFT")


# --- page numbers ----------------------------------------------------------------------------


class PageGroup(Flowable):
    """Zero-size marker: pages from here on are numbered as a new group, 第 1 页 onwards.

    ``label`` is printed at the left of the footer of the group's pages (e.g. the notice number,
    so loose pages of a batch can be put back together). ``outline`` adds a PDF bookmark.
    """

    width = height = 0

    def __init__(self, label: str = "", outline: str = "") -> None:
        super().__init__()
        self.label = label
        self.outline = outline

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        if isinstance(canv, NumberedCanvas):
            canv.start_page_group(self.label)
        if self.outline:
            canv._zs_outlines = getattr(canv, "_zs_outlines", 0) + 1
            key = f"zs-group-{canv._zs_outlines}"  # deterministic: no id() in the file
            canv.bookmarkPage(key)
            canv.addOutlineEntry(self.outline, key, level=0, closed=True)


class NumberedCanvas(Canvas):
    """Writes "第 x 页 共 y 页" on every page: pages are kept until ``save``, when the total is known.

    The recipe: ``showPage`` records the page's state instead of emitting it; ``save`` replays
    each page, draws the footer with the total of its group, then emits it. Pages are numbered
    per group (see ``PageGroup``); a document without markers is one group.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._zs_pages: list[dict] = []
        self._zs_group: tuple[int, str] = (0, "")

    def start_page_group(self, label: str) -> None:
        self._zs_group = (self._zs_group[0] + 1, label)

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._zs_pages.append(dict(self.__dict__))
        self._startPage()

    def bookmarkPage(self, key, **kw):  # noqa: N802 (ReportLab's name)
        # Pages are emitted only at save, so the document's page counter still points at page 1:
        # point it at the page being drawn while the destination is made.
        doc = self._doc
        saved = doc.pageCounter
        doc.pageCounter = len(self._zs_pages) + 1
        try:
            return super().bookmarkPage(key, **kw)
        finally:
            doc.pageCounter = saved

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._zs_pages:
            group = state["_zs_group"][0]
            totals[group] = totals.get(group, 0) + 1
        seen: dict[int, int] = {}
        for state in self._zs_pages:
            self.__dict__.update(state)
            group, label = self._zs_group
            seen[group] = seen.get(group, 0) + 1
            self._draw_footer(seen[group], totals[group], label)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, total: int, label: str) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(FONT, 8.5)
        self.setFillColor(MUTED)
        self.drawCentredString(width / 2, FOOTER_Y, f"第 {page} 页 共 {total} 页")
        if label:
            self.drawString(MARGIN, FOOTER_Y, label)
        self.setStrokeColor(colors.HexColor("#BBBBBB"))
        self.setLineWidth(0.4)
        self.line(MARGIN, FOOTER_Y + 4 * mm, width - MARGIN, FOOTER_Y + 4 * mm)
        self.restoreState()


# --- document --------------------------------------------------------------------------------


class HouseDocTemplate(BaseDocTemplate):
    """A4 portrait, one frame inside the margins; hooks for headings, TOC and progress.

    ``after_flowable(doc, flowable)`` is called after each flowable is placed, with the current
    page available as ``doc.page``; documents use it to notify TOC entries or report progress.
    """

    def __init__(self, filename, *, after_flowable: Callable | None = None, **kw) -> None:
        super().__init__(filename, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=BOTTOM_MARGIN, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._after_flowable = after_flowable

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab's name
        if self._after_flowable is not None:
            self._after_flowable(self, flowable)


def build_pdf(out: Path | str, story: list, *, title: str, subject: str = "", author: str = "",
              keywords: Iterable[str] = (), multi: bool = False, after_flowable: Callable | None = None) -> Path:
    """Lay out ``story`` into ``out`` (atomically) and return the path.

    ``multi`` runs ReportLab's multiBuild (needed by a table of contents). Any exception raised
    while building, including one raised on purpose by ``after_flowable`` to cancel, leaves no
    file behind and is re-raised; an existing file at ``out`` is replaced only on success.
    """
    out = Path(out)
    register_font()
    with _build_lock:
        # Fixed timestamps and document id: the same input gives the same bytes.
        rl_config.invariant = 1
        buf = io.BytesIO()
        doc = HouseDocTemplate(buf, after_flowable=after_flowable, title=title, subject=subject, author=author,
                               creator=CREATOR, producer=CREATOR, keywords=list(keywords), invariant=1,
                               lang="zh-CN", displayDocTitle=1, initialFontName=FONT)
        if multi:
            doc.multiBuild(story, canvasmaker=NumberedCanvas)
        else:
            doc.build(story, canvasmaker=NumberedCanvas)
        write_atomically(out, buf.getvalue())
    return out


def write_atomically(out: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file in ``out``'s folder, then rename it over ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    # os.open rather than mkstemp: the PDF gets the usual permissions (0666 less the umask), not 0600.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
