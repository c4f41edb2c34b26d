"""The two thin renderers of a Scene: reportlab (handout) and QPainter (window)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics import shapes as rl
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from hfs_desktop.domain import pictures as pic
from hfs_desktop.domain.scene import PALETTE, Circle, Line, Polygon, Rect, Scene, Text
from hfs_desktop.handout.scene_pdf import scene_to_drawing


def sample_scenes() -> list[Scene]:
    groups = [
        pic.IconGroup("stop twitching right after surgery", 67, "primary"),
        pic.IconGroup("improve more slowly", 33, "secondary", hatch=True),
    ]
    return [
        pic.icon_array("Recovery after surgery", "About 67 out of 100 people [S1]", groups),
        pic.diagram_picture("right"),
        pic.diagram_picture("left", width=600, text_size=13),
    ]


def every_shape_scene() -> Scene:
    scene = Scene(width=200, height=100, caption="Every shape", alt_text="Test shapes")
    scene.add(
        Rect(10, 10, 60, 30, fill="secondary", stroke="ink", radius=6, hatch=True),
        Circle(120, 30, 15, fill="primary", stroke=None),
        Line(10, 70, 190, 70, stroke="today", width=2, dashed=True),
        Polygon(((100, 80), (150, 90), (190, 60)), stroke="vessel", stroke_width=5, closed=False),
        Polygon(((150, 10), (190, 10), (170, 40)), fill="nerve"),
        Text(100, 95, "Today", size=10, anchor="middle", bold=True, fill="today"),
    )
    return scene


# --- reportlab --------------------------------------------------------------------------------


def page_streams(pdf: bytes) -> bytes:
    """The decompressed content streams of every page."""
    reader = PdfReader(BytesIO(pdf))
    out = b""
    for page in reader.pages:
        contents = page.get_contents()
        assert contents is not None
        out += contents.get_data()
    return out


def test_drawing_is_a_flowable_with_the_scene_size() -> None:
    scene = every_shape_scene()
    drawing = scene_to_drawing(scene)
    assert isinstance(drawing, Flowable)
    assert (drawing.width, drawing.height) == (200, 100)


def test_y_axis_is_flipped() -> None:
    scene = Scene(width=100, height=50)
    scene.add(Rect(0, 0, 10, 5, fill="primary", stroke=None), Text(5, 45, "x"))
    drawing = scene_to_drawing(scene)
    rect = next(s for s in drawing.contents if isinstance(s, rl.Rect))
    text = next(s for s in drawing.contents if isinstance(s, rl.String))
    assert rect.y == 45  # the top of the scene is the top of the drawing
    assert text.y == 5


def test_colours_and_grayscale_come_from_the_palette() -> None:
    scene = Scene(width=10, height=10)
    scene.add(Circle(5, 5, 4, fill="primary", stroke=None))
    colour = next(iter(scene_to_drawing(scene).contents)).fillColor
    grey = next(iter(scene_to_drawing(scene, grayscale=True).contents)).fillColor
    assert colour.hexval().lower() == "0x" + PALETTE["primary"][0][1:].lower()
    assert grey.hexval().lower() == "0x" + PALETTE["primary"][1][1:].lower()
    assert grey.red == grey.green == grey.blue


def test_hatch_and_dashes_are_drawn() -> None:
    drawing = scene_to_drawing(every_shape_scene())
    lines = [s for s in drawing.contents if isinstance(s, rl.Line)]
    assert len(lines) >= 1 + len(pic.hatch_segments(Rect(10, 10, 60, 30, radius=6)))
    assert any(getattr(line, "strokeDashArray", None) for line in lines)
    assert any(isinstance(s, rl.PolyLine) for s in drawing.contents)
    assert any(isinstance(s, rl.Polygon) for s in drawing.contents)


@pytest.mark.parametrize("grayscale", [False, True])
def test_drawings_print_into_a_pdf(grayscale: bool) -> None:
    story: list[Flowable] = []
    style = getSampleStyleSheet()["BodyText"]
    for scene in [every_shape_scene(), *sample_scenes()]:
        story += [
            scene_to_drawing(scene, "Helvetica", "Helvetica-Bold", grayscale=grayscale),
            Paragraph(scene.caption, style),
        ]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=True).build(story)
    pdf = buffer.getvalue()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    ops = page_streams(pdf)
    for op in (b" m", b" l", b" c", b" S", b"BT", b"Tj"):
        assert op in ops, op
    assert b"Recovery after surgery" in ops and b"Blood vessel" in ops


def test_render_pdf_directly() -> None:
    data = renderPDF.drawToString(scene_to_drawing(every_shape_scene()))
    assert data.startswith(b"%PDF")
    assert b"Today" in page_streams(data)


# --- Qt ---------------------------------------------------------------------------------------


def non_white(image) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    # RGB32 is stored as B, G, R, 0xff
    return sum(1 for i in range(0, len(data), 4) if data[i : i + 3] != b"\xff\xff\xff")


def test_render_scene_image_is_not_blank(qapp) -> None:  # type: ignore[no-untyped-def]
    from hfs_desktop.ui.scene_view import render_scene_image

    for scene in [every_shape_scene(), *sample_scenes()]:
        image = render_scene_image(scene, 1.0)
        assert (image.width(), image.height()) == (round(scene.width), round(scene.height))
        assert non_white(image) > 0.03 * image.width() * image.height()


def test_grayscale_image_has_no_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from hfs_desktop.ui.scene_view import render_scene_image

    image = render_scene_image(pic.diagram_picture("right"), 0.5, grayscale=True)
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            assert abs(c.red() - c.green()) <= 2 and abs(c.green() - c.blue()) <= 2


def test_left_and_right_diagrams_paint_on_their_own_half(qapp) -> None:  # type: ignore[no-untyped-def]
    from hfs_desktop.ui.scene_view import render_scene_image

    def ink_by_half(side: str) -> tuple[int, int]:
        image = render_scene_image(pic.diagram_picture(side), 1.0)
        w = image.width()
        left = image.copy(0, 0, w // 2 - 40, image.height())
        right = image.copy(w // 2 + 40, 0, w - w // 2 - 40, image.height())
        return non_white(left), non_white(right)

    r_left, r_right = ink_by_half("right")
    l_left, l_right = ink_by_half("left")
    assert r_right > 5 * r_left
    assert l_left > 5 * l_right


def test_scene_view_accessibility_and_aspect(qtbot) -> None:  # type: ignore[no-untyped-def]
    from hfs_desktop.ui.scene_view import SceneView

    scene = pic.diagram_picture("left")
    view = SceneView(scene)
    qtbot.addWidget(view)
    assert view.accessibleName() == scene.caption
    assert view.accessibleDescription() == scene.alt_text
    assert view.hasHeightForWidth()
    assert view.heightForWidth(920) == round(920 * scene.height / scene.width)

    other = every_shape_scene()
    view.setScene(other)
    assert view.scene() is other
    assert view.accessibleName() == "Every shape"
    assert view.accessibleDescription() == "Test shapes"

    view.resize(400, view.heightForWidth(400))
    view.show()
    qtbot.waitExposed(view)
    assert non_white(view.grab().toImage()) > 100
