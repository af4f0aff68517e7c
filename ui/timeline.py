"""The stage timeline of a case: one bar per stage round, elapsed against limit, pauses shaded,
the deadline marked."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.case_model import stage_label

COLORS = {
    "on_time": QColor("#5cb85c"),
    "normal": QColor("#5bc0de"),
    "warning": QColor("#f0ad4e"),
    "late": QColor("#d9534f"),
    "overdue": QColor("#d9534f"),
}


class StageTimeline(QWidget):
    ROW_H = 26
    LABEL_W = 190
    INFO_W = 260

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stages: list[dict] = []
        self.setObjectName("stageTimeline")
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_stages(self, stages: list[dict]) -> None:
        self.stages = stages
        self.setMinimumHeight(self.ROW_H * max(1, len(stages)) + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(700, self.ROW_H * max(1, len(self.stages)) + 8)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        if not self.stages:
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("No stage has started yet."))
            return
        scale_max = max(max((s["limit_wd"] or 0), s["elapsed_wd"] + s["paused_wd"]) for s in self.stages) or 1
        bar_w = max(60, self.width() - self.LABEL_W - self.INFO_W - 16)
        unit = bar_w / scale_max
        for i, s in enumerate(self.stages):
            y = 4 + i * self.ROW_H
            label = stage_label(s["code"]) + (f" #{s['round']}" if s["round"] > 1 else "")
            p.setPen(pal.windowText().color())
            p.drawText(QRectF(4, y, self.LABEL_W - 8, self.ROW_H - 6), Qt.AlignVCenter | Qt.AlignLeft, label)
            x0 = self.LABEL_W
            h = self.ROW_H - 10
            top = y + 2
            limit = s["limit_wd"] or 0
            # the allowance, outlined
            p.setPen(QPen(QColor("#888888"), 1, Qt.DashLine))
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(x0, top, limit * unit, h))
            # elapsed supply-department time
            color = COLORS.get(s["status"], QColor("#5bc0de"))
            p.setPen(Qt.NoPen)
            p.setBrush(QBrush(color))
            p.drawRect(QRectF(x0, top + 3, max(2.0, s["elapsed_wd"] * unit), h - 6))
            # pauses: shaded after the elapsed part (they extend the deadline)
            if s["paused_wd"]:
                p.setBrush(QBrush(QColor("#999999"), Qt.BDiagPattern))
                p.setPen(QPen(QColor("#777777")))
                p.drawRect(QRectF(x0 + s["elapsed_wd"] * unit, top + 3, s["paused_wd"] * unit, h - 6))
            # the deadline
            if limit:
                p.setPen(QPen(QColor("#c9302c"), 2))
                xd = x0 + (limit + s["paused_wd"]) * unit
                p.drawLine(int(xd), int(top - 1), int(xd), int(top + h + 1))
            info = self.tr("%1/%2 wd").replace("%1", str(s["elapsed_wd"])).replace("%2", str(limit))
            if s["paused_wd"]:
                info += " " + self.tr("+%1 paused").replace("%1", str(s["paused_wd"]))
            if s["deadline"]:
                info += "  " + self.tr("deadline %1").replace("%1", s["deadline"][5:])
            if s.get("outcome") == "rectify":
                info += "  " + self.tr("→ rectify")
            if s["finished_on"] is None and s.get("paused"):
                info += "  " + self.tr("(paused)")
            p.setPen(pal.windowText().color())
            p.drawText(QRectF(self.width() - self.INFO_W - 4, y, self.INFO_W, self.ROW_H - 6),
                       Qt.AlignVCenter | Qt.AlignLeft, info)
        p.end()
