"""The charts of the quarter in review, painted into images for its PDF.

A printed page is always light, so the charts take the light palette of ``ui.theme``
(imported where a chart is painted: the command line loads Qt only for a PDF). Painting
needs a ``QGuiApplication``, as the PDF itself does; no widgets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# The size a chart takes in the PDF's text (the printed text is about 500 units wide),
# painted at twice that for a sharp print.
CHART_WIDTH = 500
CHART_HEIGHT = 200
SHARPNESS = 2


@dataclass(frozen=True)
class Trend:
    """One chart: a value (or None: nothing that week) per labelled point on the x axis."""

    name: str  # the image's name in the document, e.g. "quarter-reliability.png"
    title: str
    points: Sequence[tuple[str, float | None]]
    low: float
    high: float
    ticks: Sequence[tuple[float, str]]  # the horizontal grid lines and their labels
    kind: Literal["bars", "line"]
    colour: int = 0  # which of the palette's series colours
    value_format: str = "{:.0f}"
    target: float | None = None  # drawn as a dashed line, e.g. a metric's target


def trend_image(trend: Trend) -> QImage:
    """Paint ``trend`` as a small bar or line chart on white."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontMetricsF,
        QImage,
        QPainter,
        QPainterPath,
        QPen,
    )

    from leadjournal.ui.theme import LIGHT

    image = QImage(CHART_WIDTH * SHARPNESS, CHART_HEIGHT * SHARPNESS, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(SHARPNESS)
    image.fill(QColor(LIGHT.card))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont()
    title_font.setPixelSize(13)
    title_font.setBold(True)
    small = QFont()
    small.setPixelSize(10)
    metrics = QFontMetricsF(small)
    painter.setFont(title_font)
    painter.setPen(QColor(LIGHT.text))
    painter.drawText(QRectF(0, 0, CHART_WIDTH, 20), Qt.AlignmentFlag.AlignLeft, trend.title)

    left, right, top, bottom = 40.0, CHART_WIDTH - 6.0, 40.0, CHART_HEIGHT - 22.0
    span = (trend.high - trend.low) or 1.0

    def y_of(value: float) -> float:
        return bottom - (min(max(value, trend.low), trend.high) - trend.low) / span * (bottom - top)

    painter.setFont(small)
    for tick, tick_label in trend.ticks:
        y = y_of(tick)
        painter.setPen(QPen(QColor(LIGHT.divider), 1))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(QColor(LIGHT.muted))
        painter.drawText(
            QRectF(0, y - 7, left - 6, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            tick_label,
        )
    count = max(len(trend.points), 1)
    slot = (right - left) / count
    # Label every point under the axis, or every second, third… when they would touch.
    widest = max((metrics.horizontalAdvance(label) for label, _v in trend.points), default=0)
    every = max(1, math.ceil((widest + 8) / slot))
    colour = QColor(LIGHT.series[trend.colour % len(LIGHT.series)])
    shown_values = count <= 16
    line = QPainterPath()
    drawing = False
    for index, (label, value) in enumerate(trend.points):
        centre = left + slot * (index + 0.5)
        if index % every == 0:
            painter.setPen(QColor(LIGHT.muted))
            painter.drawText(
                QRectF(centre - slot * every / 2, bottom + 4, slot * every, 14),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        if value is None:
            drawing = False
            continue
        y = y_of(value)
        if trend.kind == "bars":
            width = max(2.0, slot * 0.6)
            painter.fillRect(QRectF(centre - width / 2, y, width, bottom - y), colour)
        else:
            if drawing:
                line.lineTo(centre, y)
            else:
                line.moveTo(centre, y)
            drawing = True
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(centre, y), 3.5, 3.5)
        if shown_values:
            painter.setPen(QColor(LIGHT.text))
            painter.drawText(
                QRectF(centre - slot / 2, y - (16 if trend.kind == "bars" else 20), slot, 14),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                trend.value_format.format(value),
            )
    if trend.target is not None:
        pen = QPen(QColor(LIGHT.muted), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y = y_of(trend.target)
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.drawText(
            QRectF(right - 120, y - 15, 120, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            "target",
        )
    if trend.kind == "line":
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
    painter.setPen(QPen(QColor(LIGHT.border), 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    painter.end()
    return image


def pdf_with_charts(markdown: str, title: str, trends: Sequence[Trend]) -> bytes:
    """The review's PDF: ``markdown`` with each trend painted where ``![…](name)`` is."""
    from leadjournal.services.documents import pdf_bytes

    return pdf_bytes(markdown, title, {trend.name: trend_image(trend) for trend in trends})
