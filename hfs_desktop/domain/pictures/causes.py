"""The five reasons twitching can come back, as numbered boxes."""

from __future__ import annotations

from hfs_desktop.domain.content import Content
from hfs_desktop.domain.pictures.common import (
    DEFAULT_TEXT_SIZE,
    DEFAULT_WIDTH,
    _cite_ids,
    picture_words,
)
from hfs_desktop.domain.pictures.text import (
    _text_lines,
    wrap_text,
)
from hfs_desktop.domain.scene import Circle, Rect, Scene, Text
from hfs_desktop.domain.session import Session


def causes_picture(
    session: Session,
    content: Content,
    *,
    width: float = DEFAULT_WIDTH,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """The five reasons twitching can come back as numbered boxes, titles from the content;
    the ones repeat operations often find carry a note (evidence: Liu 2021, Al Mutawa 2024)."""
    words = picture_words(content)
    causes = content.topics["recurrence"].causes
    s = text_size
    pad = s * 0.3
    per_row = 3 if width >= s * 30 else 2
    gap = s * 0.6
    box_w = (width - 2 * pad - gap * (per_row - 1)) / per_row
    scene = Scene(width=width, height=0.0)
    y = pad + s * 1.2
    scene.add(Text(pad, y, words["causes_title"], size=s * 1.2, bold=True))
    y += s * 0.9
    alt = [words["causes_alt"]]
    for start in range(0, len(causes), per_row):
        row = causes[start : start + per_row]
        texts = []
        for cause in row:
            title_lines = wrap_text(cause.title, s, box_w - s * 3.2, bold=True)
            note_lines = (
                wrap_text(words["causes_common"], s * 0.9, box_w - s * 3.2) if cause.common else []
            )
            texts.append((title_lines, note_lines))
        box_h = max(len(t) * s * 1.25 + len(n) * s * 1.15 for t, n in texts) + s * 1.4
        for i, cause in enumerate(row):
            x = pad + i * (box_w + gap)
            number = start + i + 1
            scene.add(
                Rect(
                    x,
                    y,
                    box_w,
                    box_h,
                    fill="paper",
                    stroke="muted",
                    stroke_width=1.0,
                    radius=s * 0.4,
                ),
                Circle(x + s * 1.3, y + s * 1.5, s * 0.8, fill="primary", stroke=None),
                Text(
                    x + s * 1.3,
                    y + s * 1.85,
                    str(number),
                    size=s,
                    anchor="middle",
                    bold=True,
                    fill="paper",
                ),
            )
            title_lines, note_lines = texts[i]
            ty = y + s * 1.5
            scene.add(*_text_lines(x + s * 2.6, ty, title_lines, s, bold=True))
            ny = ty + len(title_lines) * s * 1.25
            scene.add(*_text_lines(x + s * 2.6, ny, note_lines, s * 0.9))
            alt.append(
                f"{number}. {cause.title}"
                + (f" ({words['causes_common']})." if cause.common else ".")
            )
        y += box_h + gap
    scene.height = y + pad
    cited = [src for c in causes for src in c.sources]
    scene.caption = f"{words['causes_caption']} {_cite_ids(content, cited)}"
    scene.alt_text = " ".join(alt)
    return scene
