"""Recurring shapes of a scene (the icons of an icon array) are PDF forms placed by reference."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from hfs_desktop.domain import pictures as pic
from hfs_desktop.domain.scene import Circle, Rect, Scene
from hfs_desktop.handout.scene_pdf import draw_scene


def _draw(*scenes: Scene) -> PdfReader:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(600, 600), pageCompression=0)
    for scene in scenes:
        draw_scene(canvas, scene)
    canvas.showPage()
    canvas.save()
    return PdfReader(BytesIO(buffer.getvalue()))


def test_each_distinct_icon_is_one_form_placed_once_per_person() -> None:
    groups = [
        pic.IconGroup("stop twitching", 67, "primary"),
        pic.IconGroup("improve slowly", 33, "secondary", hatch=True),
    ]
    scene = pic.icon_array("Recovery", "About 67 out of 100 people", groups)
    page = _draw(scene, scene).pages[0]  # the second array reuses the first one's forms
    xobjects = page["/Resources"]["/XObject"]
    assert len(xobjects) == 4  # head and body of each group
    contents = page.get_contents()
    assert contents is not None
    assert contents.get_data().count(b" Do") == 2 * 2 * 100


def test_a_shape_seen_once_is_drawn_directly() -> None:
    scene = Scene(width=100, height=100)
    scene.add(Rect(10, 10, 20, 20, fill="primary"), Circle(50, 50, 5, fill="primary"))
    page = _draw(scene).pages[0]
    assert "/XObject" not in page["/Resources"]
