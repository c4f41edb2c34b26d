"""Render the app icon's PNG sizes from ``hfs-counsel.svg`` (run after editing the SVG).

``python3 -m uv run python packaging/icons/render_icons.py`` writes ``hfs-counsel-N.png`` for
every size in ``SIZES`` beside this file, with Qt's SVG renderer (PySide6 is already a
dependency, so nothing extra is installed). The Windows ``.ico`` and macOS ``.icns`` are made
from these PNGs at build time (``packaging/icon_formats.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "hfs-counsel.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return HERE / f"hfs-counsel-{size}.png"


def render_all() -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"could not write {png_path(size)}")
        written.append(png_path(size))
    del app
    return written


if __name__ == "__main__":
    for path in render_all():
        print(path.relative_to(HERE.parent.parent))
    sys.exit(0)
