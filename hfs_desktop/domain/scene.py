"""A tiny vector-drawing description shared by the window and the PDF.

A picture (icon array, timeline, diagram) is built once as a Scene of primitives; the Qt view
and the reportlab drawing each translate the same primitives, so what the patient sees on the
screen and what they take home can never disagree. Coordinates are points (1/72 inch), origin
top-left, y growing downwards. Colours are names from ``PALETTE``: each has a colour and a
grey level chosen so that shades stay distinct when printed in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)
