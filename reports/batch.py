"""Many 整改通知书 in one PDF, for printing a day's notices in one go."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from reports.pdf_base import build_pdf
from reports.rectification_notice import TITLE, notice_story

Progress = Callable[[int, int], None]


class _NoticeDone(Flowable):
    """Zero-size marker placed after each notice; reaching it reports progress."""

    width = height = 0

    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's signature
        return 0, 0

    def draw(self) -> None:
        pass


def render_notices_batch(datas: list[dict], out: Path, progress: Progress | None = None) -> Path:
    """Write every notice of ``datas`` into the one PDF ``out`` and return the path.

    Each notice starts on a new page, and page numbers restart with each notice: every notice
    reads "第 1 页 共 n 页" on its own first page, as it would printed alone, because each goes to
    a different customer. The footer also carries the notice number, and the PDF has one
    bookmark per notice.

    ``progress(done, total)`` is called once per notice, when it has been laid out (done = 1 ..
    total; writing the file follows the last call). It may raise any exception to cancel: the
    exception propagates and no file is left behind (the PDF is written to a temporary file
    beside ``out`` and renamed only when complete; an existing ``out`` is left untouched).
    """
    datas = list(datas)
    if not datas:
        raise ValueError("render_notices_batch: no notices to render")
    total = len(datas)
    story: list = []
    for done, data in enumerate(datas, start=1):
        if done > 1:
            story.append(PageBreak())
        story.extend(notice_story(data))
        story.append(_NoticeDone(done))

    def after_flowable(doc, flowable) -> None:
        if progress is not None and isinstance(flowable, _NoticeDone):
            progress(flowable.done, total)

    first = str(datas[0].get("notice_no") or "")
    return build_pdf(
        out,
        story,
        title=f"{TITLE}（{total} 份）" if total > 1 else f"{TITLE} {first}".strip(),
        subject=f"{TITLE} {first} 等 {total} 份" if total > 1 else str(datas[0].get("customer_name") or ""),
        author=str(datas[0].get("bureau") or ""),
        keywords=[str(d.get("notice_no")) for d in datas if d.get("notice_no")],
        after_flowable=after_flowable,
    )
