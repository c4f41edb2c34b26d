"""Translate a domain Scene into a reportlab Drawing (a platypus flowable).

A thin renderer: every decision about the picture was made when the Scene was built
(``hfs_desktop.domain.pictures``). Here we only flip the y axis (reportlab's grows upwards),
look colours up in ``PALETTE`` (colour or grey) and pick the fonts the handout registered.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics import shapes as rl
from reportlab.lib.colors import Color, HexColor

from hfs_desktop.domain.pictures import hatch_segments
from hfs_desktop.domain.scene import PALETTE, Circle, Line, Polygon, Rect, Scene, Shape, Text

HATCH_WIDTH = 0.6
_DASH = (3.0, 2.0)  # in multiples of the line width, as the Qt view does


def palette_color(name: str | None, grayscale: bool = False) -> Color | None:
    """The reportlab colour for a PALETTE name (None stays None: no paint)."""
    if name is None:
        return None
    try:
        colour, grey = PALETTE[name]
    except KeyError:
        raise KeyError(f"Unknown scene colour {name!r}; use a name from PALETTE") from None
    return HexColor(grey if grayscale else colour)


def scene_to_drawing(
    scene: Scene,
    font_name: str = "Helvetica",
    bold_font_name: str = "Helvetica-Bold",
    *,
    grayscale: bool = False,
) -> rl.Drawing:
    """A Drawing of ``scene`` at its own size in points, ready to add to a story."""
    height = scene.height
    drawing = rl.Drawing(scene.width, height)

    def col(name: str | None) -> Color | None:
        return palette_color(name, grayscale)

    def add(shape: Shape) -> None:
        if isinstance(shape, Rect):
            _add_rect(drawing, shape, height, col)
        elif isinstance(shape, Circle):
            drawing.add(
                rl.Circle(
                    shape.cx,
                    height - shape.cy,
                    shape.r,
                    fillColor=col(shape.fill),
                    strokeColor=col(shape.stroke),
                    strokeWidth=shape.stroke_width,
                )
            )
        elif isinstance(shape, Line):
            line = rl.Line(
                shape.x1,
                height - shape.y1,
                shape.x2,
                height - shape.y2,
                strokeColor=col(shape.stroke),
                strokeWidth=shape.width,
                strokeLineCap=0 if shape.dashed else 1,
            )
            if shape.dashed:
                line.strokeDashArray = [d * shape.width for d in _DASH]
            drawing.add(line)
        elif isinstance(shape, Polygon):
            points = [v for x, y in shape.points for v in (x, height - y)]
            if shape.closed:
                drawing.add(
                    rl.Polygon(
                        points,
                        fillColor=col(shape.fill),
                        strokeColor=col(shape.stroke),
                        strokeWidth=shape.stroke_width,
                        strokeLineJoin=1,
                    )
                )
            else:
                drawing.add(
                    rl.PolyLine(
                        points,
                        strokeColor=col(shape.stroke),
                        strokeWidth=shape.stroke_width,
                        strokeLineCap=1,
                        strokeLineJoin=1,
                    )
                )
        elif isinstance(shape, Text):
            drawing.add(
                rl.String(
                    shape.x,
                    height - shape.y,
                    shape.text,
                    fontName=bold_font_name if shape.bold else font_name,
                    fontSize=shape.size,
                    textAnchor=shape.anchor,
                    fillColor=col(shape.fill),
                )
            )
        else:  # pragma: no cover - Shape is a closed union
            raise TypeError(f"Unknown scene shape {shape!r}")

    for shape in scene.shapes:
        add(shape)
    return drawing


def _add_rect(
    drawing: rl.Drawing,
    rect: Rect,
    height: float,
    col: Callable[[str | None], Color | None],
) -> None:
    y = height - rect.y - rect.h
    radius = min(rect.radius, rect.w / 2, rect.h / 2)
    if rect.fill is not None:
        drawing.add(
            rl.Rect(
                rect.x,
                y,
                rect.w,
                rect.h,
                rx=radius,
                ry=radius,
                fillColor=col(rect.fill),
                strokeColor=None,
            )
        )
    if rect.hatch:
        ink = col(rect.stroke or "ink")
        for x1, y1, x2, y2 in hatch_segments(rect):
            drawing.add(
                rl.Line(
                    x1,
                    height - y1,
                    x2,
                    height - y2,
                    strokeColor=ink,
                    strokeWidth=HATCH_WIDTH,
                    strokeLineCap=1,
                )
            )
    if rect.stroke is not None:
        drawing.add(
            rl.Rect(
                rect.x,
                y,
                rect.w,
                rect.h,
                rx=radius,
                ry=radius,
                fillColor=None,
                strokeColor=col(rect.stroke),
                strokeWidth=rect.stroke_width,
            )
        )
