"""Paint a domain Scene onto a reportlab canvas, as a platypus flowable.

A thin renderer: every decision about the picture was made when the Scene was built
(``hfs_desktop.domain.pictures``). Here we only flip the y axis (reportlab's grows upwards),
look colours up in ``PALETTE`` (colour or grey) and pick the fonts the handout registered.

Shapes go straight to canvas operators rather than through a reportlab ``Drawing``: an icon
array is several hundred shapes, and the Drawing's per-attribute checks and per-node state
saving took about a third of the handout's render time. A circle or rect that recurs in a
scene (the 100 heads and bodies of an icon array) is drawn once as a PDF form XObject and
placed by reference: about 600 icons per handout cost a third of the scene drawing otherwise.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hfs_desktop.domain.pictures import hatch_segments
from hfs_desktop.domain.scene import PALETTE, Circle, Line, Polygon, Rect, Scene, Text
from hfs_desktop.handout.fonts import font_runs

HATCH_WIDTH = 0.6
_DASH = (3.0, 2.0)  # in multiples of the line width, as the Qt view does
_ROUND = 1  # PDF line cap and line join: round

ColourOf = Callable[[str | None], Color | None]


def palette_color(name: str | None, grayscale: bool = False) -> Color | None:
    """The reportlab colour for a PALETTE name (None stays None: no paint)."""
    if name is None:
        return None
    try:
        colour, grey = PALETTE[name]
    except KeyError:
        raise KeyError(f"Unknown scene colour {name!r}; use a name from PALETTE") from None
    return HexColor(grey if grayscale else colour)


class SceneFlowable(Flowable):
    """A Scene at its own size in points, ready to add to a story."""

    def __init__(
        self,
        scene: Scene,
        font_name: str = "Helvetica",
        bold_font_name: str = "Helvetica-Bold",
        *,
        grayscale: bool = False,
    ) -> None:
        super().__init__()
        self.scene = scene
        self.font_name, self.bold_font_name = font_name, bold_font_name
        self.grayscale = grayscale
        self.width, self.height = scene.width, scene.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        draw_scene(
            self.canv, self.scene, self.font_name, self.bold_font_name, grayscale=self.grayscale
        )


def draw_scene(
    canvas: Canvas,
    scene: Scene,
    font_name: str = "Helvetica",
    bold_font_name: str = "Helvetica-Bold",
    *,
    grayscale: bool = False,
) -> None:
    """Paint ``scene`` with its top-left corner at the canvas's (0, height); state is restored."""
    height = scene.height

    def col(name: str | None) -> Color | None:
        return palette_color(name, grayscale)

    def paint(fill: str | None, stroke: str | None, width: float) -> tuple[int, int]:
        """Set the colours and line width; return the (stroke, fill) flags for drawing calls."""
        fill_colour, stroke_colour = col(fill), col(stroke)
        if fill_colour is not None:
            canvas.setFillColor(fill_colour)
        if stroke_colour is not None:
            canvas.setStrokeColor(stroke_colour)
            canvas.setLineWidth(width)
        return int(stroke_colour is not None), int(fill_colour is not None)

    def circle(shape: Circle, x: float, y: float) -> None:
        stroke, fill = paint(shape.fill, shape.stroke, shape.stroke_width)
        if stroke or fill:
            canvas.circle(x, y, shape.r, stroke=stroke, fill=fill)

    def place(shape: Circle | Rect, name: str) -> None:
        """Draw ``shape`` by reference to a form holding it at the origin (made on first use)."""
        if isinstance(shape, Circle):
            x, y, pad = shape.cx, height - shape.cy, shape.r + shape.stroke_width
            box = (-pad, -pad, pad, pad)
        else:
            x, y, pad = shape.x, height - shape.y - shape.h, shape.stroke_width + HATCH_WIDTH
            box = (-pad, -pad, shape.w + pad, shape.h + pad)
        if not canvas.hasForm(name):
            canvas.beginForm(name, *box)
            canvas.setLineJoin(_ROUND)
            if isinstance(shape, Circle):
                circle(shape, 0.0, 0.0)
            else:
                _rect(canvas, replace(shape, x=0.0, y=0.0), shape.h, col)
            canvas.endForm()
        # saveState(), translate(x, y), doForm(name), restoreState(), written straight into
        # the page's operators (the same bytes): the canvas calls, with their state stack,
        # cost a fifth of the handout's picture drawing at ~2,600 placements per handout
        code.extend(("q", f"{fp_str(1, 0, 0, 1, x, y)} cm", xobjects[name], "Q"))
        canvas._formsinuse.append(name)

    keys = [_form_key(shape, grayscale) for shape in scene.shapes]
    forms = {  # a name for each look that recurs, the same in every scene and document
        key: "hfs" + hashlib.md5(repr(key).encode()).hexdigest()[:16]
        for key, count in Counter(keys).items()
        if key is not None and count > 1
    }
    code: list[str] = canvas._code
    xobjects = {name: f"/{canvas._doc.getXObjectName(name)} Do" for name in forms.values()}
    canvas.saveState()
    canvas.setLineJoin(_ROUND)
    for shape, key in zip(scene.shapes, keys, strict=True):
        if key in forms:
            assert isinstance(shape, Circle | Rect)
            place(shape, forms[key])
        elif isinstance(shape, Rect):
            _rect(canvas, shape, height, col)
        elif isinstance(shape, Circle):
            circle(shape, shape.cx, height - shape.cy)
        elif isinstance(shape, Line):
            stroke, _ = paint(None, shape.stroke, shape.width)
            if stroke:
                canvas.setLineCap(0 if shape.dashed else _ROUND)
                canvas.setDash([d * shape.width for d in _DASH] if shape.dashed else [])
                canvas.line(shape.x1, height - shape.y1, shape.x2, height - shape.y2)
                canvas.setDash([])
        elif isinstance(shape, Polygon):
            stroke, fill = paint(
                shape.fill if shape.closed else None, shape.stroke, shape.stroke_width
            )
            if (stroke or fill) and shape.points:
                canvas.setLineCap(_ROUND)
                path = canvas.beginPath()
                (x, y), *rest = shape.points
                path.moveTo(x, height - y)
                for x, y in rest:
                    path.lineTo(x, height - y)
                if shape.closed:
                    path.close()
                canvas.drawPath(path, stroke=stroke, fill=fill)
        elif isinstance(shape, Text):
            _text(canvas, shape, height, bold_font_name if shape.bold else font_name, col)
        else:  # pragma: no cover - Shape is a closed union
            raise TypeError(f"Unknown scene shape {shape!r}")
    canvas.restoreState()


def _form_key(shape: object, grayscale: bool) -> tuple[object, ...] | None:
    """What a circle or rect looks like apart from where it is (None: not drawn as a form)."""
    if isinstance(shape, Circle):  # a plain tuple: dataclasses.replace costs 4x as much
        return (grayscale, shape.r, shape.fill, shape.stroke, shape.stroke_width)
    if isinstance(shape, Rect):
        s = shape
        return (grayscale, s.w, s.h, s.fill, s.stroke, s.stroke_width, s.radius, s.hatch)
    return None


def _rect(canvas: Canvas, rect: Rect, height: float, col: ColourOf) -> None:
    y = height - rect.y - rect.h
    radius = min(rect.radius, rect.w / 2, rect.h / 2)

    def box(stroke: int, fill: int) -> None:
        if radius > 0:
            canvas.roundRect(rect.x, y, rect.w, rect.h, radius, stroke=stroke, fill=fill)
        else:
            canvas.rect(rect.x, y, rect.w, rect.h, stroke=stroke, fill=fill)

    fill_colour = col(rect.fill)
    if fill_colour is not None:
        canvas.setFillColor(fill_colour)
        box(stroke=0, fill=1)
    if rect.hatch:
        hatch_colour = col(rect.stroke or "ink")
        assert hatch_colour is not None
        canvas.setStrokeColor(hatch_colour)
        canvas.setLineWidth(HATCH_WIDTH)
        canvas.setLineCap(_ROUND)
        canvas.lines(
            [(x1, height - y1, x2, height - y2) for x1, y1, x2, y2 in hatch_segments(rect)]
        )
    stroke_colour = col(rect.stroke)
    if stroke_colour is not None:
        canvas.setStrokeColor(stroke_colour)
        canvas.setLineWidth(rect.stroke_width)
        box(stroke=1, fill=0)


def _text(canvas: Canvas, text: Text, height: float, font: str, col: ColourOf) -> None:
    colour = col(text.fill)
    if colour is None:
        return
    canvas.setFillColor(colour)
    canvas.setFont(font, text.size)
    x, y = text.x, height - text.y
    if not text.text.isascii():  # Chinese labels: each character in a font that has it
        runs = font_runs(text.text, font, bold=font.endswith("Bold"))
        width = sum(stringWidth(chunk, f, text.size) for f, chunk in runs)
        x -= {"middle": width / 2, "end": width}.get(text.anchor, 0.0)
        for f, chunk in runs:
            canvas.setFont(f, text.size)
            canvas.drawString(x, y, chunk)
            x += stringWidth(chunk, f, text.size)
    elif text.anchor == "middle":
        canvas.drawCentredString(x, y, text.text)
    elif text.anchor == "end":
        canvas.drawRightString(x, y, text.text)
    else:
        canvas.drawString(x, y, text.text)
