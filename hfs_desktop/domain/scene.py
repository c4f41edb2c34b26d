"""A tiny vector-drawing description shared by the window and the PDF.

A picture (icon array, timeline, diagram) is built once as a Scene of primitives; the Qt view
and the reportlab drawing each translate the same primitives, so what the patient sees on the
screen and what they take home can never disagree. Coordinates are points (1/72 inch), origin
top-left, y growing downwards. Colours are names from ``PALETTE``: each has a colour and a
grey level chosen so that shades stay distinct when printed in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from hfs_desktop.domain.palette import picture_colors

# name -> (colour hex, grey hex), from the [pictures] table of resources/styles/palette.toml.
PALETTE: dict[str, tuple[str, str]] = picture_colors()


@dataclass(frozen=True)
class Rect:
    """A rectangle, optionally rounded and hatched."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = "ink"
    stroke_width: float = 1.0
    radius: float = 0.0
    hatch: bool = False  # diagonal lines on top of the fill: a second cue beside shade


@dataclass(frozen=True)
class Circle:
    """A circle by centre and radius."""

    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = "ink"
    stroke_width: float = 1.0


@dataclass(frozen=True)
class Line:
    """A straight line, solid or dashed."""

    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = "ink"
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Polygon:
    """A closed (filled) polygon or an open polyline."""

    points: tuple[tuple[float, float], ...]
    fill: str | None = None
    stroke: str | None = "ink"
    stroke_width: float = 1.0
    closed: bool = True


@dataclass(frozen=True)
class Text:
    """One line of text at a baseline point."""

    x: float
    y: float  # baseline
    text: str
    size: float = 10.0
    anchor: str = "start"  # start | middle | end
    bold: bool = False
    fill: str = "ink"


Shape = Rect | Circle | Line | Polygon | Text


@dataclass
class Scene:
    """A picture: its size in points, its shapes in paint order, and its words for everyone
    who cannot see it (screen-reader description, PDF caption)."""

    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)
    alt_text: str = ""
    caption: str = ""
    # y values where paper may start a new page (between rows of icon arrays); the screen
    # shows the picture whole
    breaks: list[float] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)

    def parts(self) -> list[Scene]:
        """The picture cut at its ``breaks``, each part moved to the top: a tall picture can
        then run over two pages row by row, like a table, instead of leaving half a page
        empty. A shape goes with the part its top lies in."""
        cuts = [0.0, *sorted(b for b in self.breaks if 0 < b < self.height), self.height]
        if len(cuts) == 2:
            return [self]
        out = []
        for top, bottom in zip(cuts, cuts[1:], strict=False):
            part = Scene(self.width, bottom - top, alt_text=self.alt_text, caption=self.caption)
            part.add(*(_moved(s, -top) for s in self.shapes if top <= _top(s) < bottom))
            out.append(part)
        return out


def _top(shape: Shape) -> float:
    """The highest point of a shape (a text's top is about one size above its baseline)."""
    if isinstance(shape, Rect):
        return shape.y
    if isinstance(shape, Circle):
        return shape.cy - shape.r
    if isinstance(shape, Line):
        return min(shape.y1, shape.y2)
    if isinstance(shape, Polygon):
        return min((y for _x, y in shape.points), default=0.0)
    return shape.y - shape.size


def _moved(shape: Shape, dy: float) -> Shape:
    """The same shape ``dy`` points lower (higher when negative); the two shapes of every
    person icon are built directly (``replace`` costs several times as much)."""
    if isinstance(shape, Rect):
        s = shape
        return Rect(s.x, s.y + dy, s.w, s.h, s.fill, s.stroke, s.stroke_width, s.radius, s.hatch)
    if isinstance(shape, Circle):
        return Circle(
            shape.cx, shape.cy + dy, shape.r, shape.fill, shape.stroke, shape.stroke_width
        )
    if isinstance(shape, Text):
        return replace(shape, y=shape.y + dy)
    if isinstance(shape, Line):
        return replace(shape, y1=shape.y1 + dy, y2=shape.y2 + dy)
    return replace(shape, points=tuple((x, y + dy) for x, y in shape.points))
