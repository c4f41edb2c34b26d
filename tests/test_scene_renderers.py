"""The two thin renderers of a Scene: reportlab (handout) and QPainter (window)."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from hfs_desktop.domain import pictures as pic
from hfs_desktop.domain.scene import PALETTE, Circle, Line, Polygon, Rect, Scene, Text
from hfs_desktop.handout.scene_pdf import SceneFlowable, draw_scene


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


def scene_ops(scene: Scene, *, grayscale: bool = False) -> bytes:
    """The content stream of a one-page PDF with only ``scene`` painted on it."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(scene.width, scene.height), pageCompression=0)
    draw_scene(canvas, scene, grayscale=grayscale)
    canvas.showPage()
    canvas.save()
    return page_streams(buffer.getvalue())


def rg(hex_colour: str) -> bytes:
    """The PDF fill-colour operator reportlab writes for ``hex_colour``."""
    return (fp_str(*HexColor(hex_colour).rgb()) + " rg").encode()


def test_flowable_has_the_scene_size() -> None:
    flowable = SceneFlowable(every_shape_scene())
    assert isinstance(flowable, Flowable)
    assert flowable.wrap(500, 800) == (200, 100)


def test_y_axis_is_flipped() -> None:
    scene = Scene(width=100, height=50)
    scene.add(Rect(0, 0, 10, 5, fill="primary", stroke=None), Text(5, 45, "x"))
    ops = scene_ops(scene)
    assert b"0 45 10 5 re" in ops  # the top of the scene is the top of the page
    assert re.search(rb"BT .*1 0 0 1 5 5 Tm", ops)


def test_colours_and_grayscale_come_from_the_palette() -> None:
    scene = Scene(width=10, height=10)
    scene.add(Circle(5, 5, 4, fill="primary", stroke=None))
    colour, grey = PALETTE["primary"]
    assert rg(colour) in scene_ops(scene)
    assert rg(grey) in scene_ops(scene, grayscale=True)
    assert rg(colour) not in scene_ops(scene, grayscale=True)
    assert HexColor(grey).red == HexColor(grey).green == HexColor(grey).blue


def test_hatch_and_dashes_are_drawn() -> None:
    ops = scene_ops(every_shape_scene())
    hatch = pic.hatch_segments(Rect(10, 10, 60, 30, radius=6))
    assert len(hatch) > 5
    assert ops.count(b" l\n") >= len(hatch) + 1  # every stripe, the dashed line, the polyline
    assert re.search(rb"\[[0-9. ]+\] 0 d", ops)  # a dash pattern is set ...
    assert b"[] 0 d" in ops  # ... and cleared after the dashed line
    assert b"h\n" in ops or b" h " in ops  # the closed polygon is closed


def test_nothing_is_painted_for_a_shape_without_colours() -> None:
    scene = Scene(width=10, height=10)
    scene.add(Circle(5, 5, 4, fill=None, stroke=None), Text(1, 1, "hidden", fill=None))  # type: ignore[arg-type]
    ops = scene_ops(scene)
    assert b"hidden" not in ops and b" c\n" not in ops


@pytest.mark.parametrize("grayscale", [False, True])
def test_scenes_print_into_a_pdf(grayscale: bool) -> None:
    story: list[Flowable] = []
    style = getSampleStyleSheet()["BodyText"]
    for scene in [every_shape_scene(), *sample_scenes()]:
        story += [
            SceneFlowable(scene, "Helvetica", "Helvetica-Bold", grayscale=grayscale),
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
