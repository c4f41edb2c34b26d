"""Paint a domain Scene with QPainter: the on-screen twin of ``handout/scene_pdf.py``.

A thin renderer: the picture was decided when the Scene was built
(``hfs_desktop.domain.pictures``); here we only scale it to the widget, look colours up in
``PALETTE`` and draw with the same font the handout embeds (DejaVu Sans, bundled).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hfs_desktop.domain.pictures import hatch_segments
from hfs_desktop.domain.scene import PALETTE, Circle, Line, Polygon, Rect, Scene, Shape, Text
from hfs_desktop.resources import ResourceNotFoundError, resource_path

HATCH_WIDTH = 0.6
_DASH = [3.0, 2.0]  # in multiples of the pen width, as the PDF does
_FALLBACK_FAMILY = "DejaVu Sans"


@cache
def scene_font_family() -> str:
    """Register the bundled DejaVu Sans (regular and bold) once; return its family name."""
    family = _FALLBACK_FAMILY
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        except ResourceNotFoundError:
            continue
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def _colour(name: str, grayscale: bool) -> QColor:
    colour, grey = PALETTE[name]
    return QColor(grey if grayscale else colour)


def paint_scene(
    painter: QPainter, scene: Scene, target: QRectF, *, grayscale: bool = False
) -> None:
    """Paint ``scene`` into ``target`` (device coordinates), scaled to fit, keeping aspect."""
    if scene.width <= 0 or scene.height <= 0:
        return
    _paint(painter, scene, target, grayscale)


def _paint(painter: QPainter, scene: Scene, target: QRectF, grayscale: bool) -> None:
    scale = min(target.width() / scene.width, target.height() / scene.height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.translate(target.left() + (target.width() - scene.width * scale) / 2, target.top())
    painter.scale(scale, scale)
    dpi = painter.device().logicalDpiY() or 96
    family = scene_font_family()
    for shape in scene.shapes:
        _paint_shape(painter, shape, grayscale, family, dpi)
    painter.restore()


def _pen(colour: QColor, width: float, cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(width)
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _paint_shape(painter: QPainter, shape: Shape, grayscale: bool, family: str, dpi: int) -> None:
    no_pen = Qt.PenStyle.NoPen
    no_brush = Qt.BrushStyle.NoBrush

    def brush(name: str | None) -> QBrush:
        return QBrush(_colour(name, grayscale)) if name is not None else QBrush(no_brush)

    if isinstance(shape, Rect):
        rect = QRectF(shape.x, shape.y, shape.w, shape.h)
        radius = min(shape.radius, shape.w / 2, shape.h / 2)
        painter.setPen(no_pen)
        painter.setBrush(brush(shape.fill))
        if shape.fill is not None:
            painter.drawRoundedRect(rect, radius, radius)
        if shape.hatch:
            painter.setPen(_pen(_colour(shape.stroke or "ink", grayscale), HATCH_WIDTH))
            for x1, y1, x2, y2 in hatch_segments(shape):
                painter.drawLine(QLineF(x1, y1, x2, y2))
        if shape.stroke is not None:
            painter.setPen(
                _pen(_colour(shape.stroke, grayscale), shape.stroke_width, Qt.PenCapStyle.FlatCap)
            )
            painter.setBrush(QBrush(no_brush))
            painter.drawRoundedRect(rect, radius, radius)
    elif isinstance(shape, Circle):
        if shape.stroke is None:
            painter.setPen(no_pen)
        else:
            painter.setPen(_pen(_colour(shape.stroke, grayscale), shape.stroke_width))
        painter.setBrush(brush(shape.fill))
        painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
    elif isinstance(shape, Line):
        cap = Qt.PenCapStyle.FlatCap if shape.dashed else Qt.PenCapStyle.RoundCap
        pen = _pen(_colour(shape.stroke, grayscale), shape.width, cap)
        if shape.dashed:
            pen.setDashPattern(_DASH)
        painter.setPen(pen)
        painter.drawLine(QLineF(shape.x1, shape.y1, shape.x2, shape.y2))
    elif isinstance(shape, Polygon):
        poly = QPolygonF([QPointF(x, y) for x, y in shape.points])
        if shape.stroke is None:
            painter.setPen(no_pen)
        else:
            painter.setPen(_pen(_colour(shape.stroke, grayscale), shape.stroke_width))
        if shape.closed:
            painter.setBrush(brush(shape.fill))
            painter.drawPolygon(poly)
        else:
            painter.setBrush(QBrush(no_brush))
            painter.drawPolyline(poly)
    elif isinstance(shape, Text):
        font = QFont(family)
        font.setBold(shape.bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # shape.size is in scene points; the painter is scaled to scene units already.
        font.setPointSizeF(shape.size * 72.0 / dpi)
        painter.setFont(font)
        painter.setPen(_pen(_colour(shape.fill, grayscale), 1.0))
        x = shape.x
        if shape.anchor != "start":
            advance = QFontMetricsF(font, painter.device()).horizontalAdvance(shape.text)
            x -= advance if shape.anchor == "end" else advance / 2
        painter.drawText(QPointF(x, shape.y), shape.text)


def render_scene_image(scene: Scene, scale: float = 2.0, *, grayscale: bool = False) -> QImage:
    """The scene as an image, ``scale`` pixels per point, on white (for tests and previews)."""
    width = max(1, round(scene.width * scale))
    height = max(1, round(scene.height * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(PALETTE["paper"][0]))
    painter = QPainter(image)
    try:
        paint_scene(painter, scene, QRectF(0, 0, width, height), grayscale=grayscale)
    finally:
        painter.end()
    return image


class SceneView(QWidget):
    """Shows one Scene, as wide as it is given and as tall as its aspect needs.

    Screen readers get the scene's caption as the accessible name and its alt text as the
    accessible description.
    """

    def __init__(self, scene: Scene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene: Scene | None = None
        self._grayscale = False
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if scene is not None:
            self.setScene(scene)

    def scene(self) -> Scene | None:
        return self._scene

    def setScene(self, scene: Scene | None) -> None:
        self._scene = scene
        self.setAccessibleName(scene.caption if scene else "")
        self.setAccessibleDescription(scene.alt_text if scene else "")
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def setGrayscale(self, on: bool) -> None:
        """Show the picture as it prints in black and white."""
        self._grayscale = on
        self.update()

    def hasHeightForWidth(self) -> bool:
        return self._scene is not None

    def heightForWidth(self, width: int) -> int:
        if self._scene is None or self._scene.width <= 0:
            return 0
        return round(width * self._scene.height / self._scene.width)

    def sizeHint(self) -> QSize:
        if self._scene is None:
            return QSize(0, 0)
        zoom = 1.5  # screen pictures are read from arm's length
        return QSize(round(self._scene.width * zoom), round(self._scene.height * zoom))

    def minimumSizeHint(self) -> QSize:
        if self._scene is None:
            return QSize(0, 0)
        width = round(self._scene.width * 0.6)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(PALETTE["paper"][0]))
            if self._scene is not None:
                paint_scene(painter, self._scene, QRectF(self.rect()), grayscale=self._grayscale)
        finally:
            painter.end()
