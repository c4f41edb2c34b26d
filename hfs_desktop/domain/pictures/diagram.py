"""The nerve, vessel and pad on the affected side."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from hfs_desktop.domain.pictures.common import (
    DEFAULT_TEXT_SIZE,
    DEFAULT_WIDTH,
    WORDS,
)
from hfs_desktop.domain.pictures.geometry import (
    mirrored,
)
from hfs_desktop.domain.pictures.text import (
    _text_lines,
    wrap_text,
)
from hfs_desktop.domain.scene import Line, Polygon, Rect, Scene, Shape, Text

# --- diagram ----------------------------------------------------------------------------------


def _tube(points: Sequence[tuple[float, float]], colour: str, thickness: float) -> list[Shape]:
    """A thick rounded line with a dark outline (drawn as two strokes)."""
    pts = tuple(points)
    return [
        Polygon(pts, fill=None, stroke="ink", stroke_width=thickness + 2.0, closed=False),
        Polygon(pts, fill=None, stroke=colour, stroke_width=thickness, closed=False),
    ]


def _ease(f: float) -> float:
    f = min(max(f, 0.0), 1.0)
    return 3 * f * f - 2 * f * f * f


def _label_lines(title: str, note: str, s: float, max_w: float) -> tuple[list[str], list[str]]:
    """A label's bold title lines and muted note lines, wrapped to ``max_w``."""
    return wrap_text(title, s, max_w, bold=True), (wrap_text(note, s, max_w) if note else [])


def _label_shapes(
    x: float,
    y: float,
    lines: tuple[list[str], list[str]],
    s: float,
    anchor: str = "start",
) -> list[Shape]:
    title, note = lines
    shapes = _text_lines(x, y, title, s, anchor=anchor, bold=True)
    shapes += _text_lines(x, y + len(title) * s * 1.25, note, s, anchor=anchor, fill="muted")
    return shapes


def diagram_picture(
    side: str | None,
    *,
    width: float = DEFAULT_WIDTH,
    text_size: float = DEFAULT_TEXT_SIZE,
    words: Mapping[str, str] | None = None,
) -> Scene:
    """Brainstem, facial nerve, the blood vessel loop and the soft pad, on the patient's side.

    Built for the right side, then mirrored shape by shape for the left. ``side=None`` draws
    the right side and says the side was not recorded.
    """
    if side not in ("left", "right", None):
        raise ValueError(f"side must be 'left', 'right' or None, got {side!r}")
    w = dict(WORDS) if words is None else {**WORDS, **words}
    s = text_size
    W = width
    k = W / DEFAULT_WIDTH
    lead = s * 1.25
    heading_size = s * 1.3
    top = s * 0.4 + heading_size + s * 0.9
    lx = W * 0.76  # the label column
    max_w = W - lx - s * 0.3
    vessel_lines = _label_lines(w["vessel"], w["vessel_note"], s, max_w)
    pad_lines = _label_lines(w["pad"], w["pad_note"], s, max_w)

    # sizes of the parts
    bw = W * 0.13
    bx = W / 2 - bw / 2
    root_x = bx + bw - 2 * k
    nerve_t = 11 * k
    vessel_t = 8 * k
    pad_w, pad_h = W * 0.09, 8 * k
    pad_x = root_x + W * 0.03
    # the nerve's level: low enough for the vessel loop and for both label blocks above it
    gap_pad = nerve_t / 2 + 1.0 * k + pad_h  # nerve centre to pad top
    label_room = sum(len(part) for part in (*vessel_lines, *pad_lines)) * lead + s * 0.9
    ny = top + max(W * 0.14, label_room + gap_pad - pad_h + s * 0.2)
    pad_y = ny - gap_pad
    end_x, end_y = W * 0.95, ny + W * 0.16
    straight = root_x + W * 0.12

    nerve_lines = _label_lines(w["nerve"], w["nerve_note"], s, W * 0.3)
    n_label_y = end_y + nerve_t / 2 + s * 1.9
    H = n_label_y + (len(nerve_lines[0]) + len(nerve_lines[1]) - 1) * lead + s * 0.6 + s * 1.9
    scene = Scene(width=W, height=H)

    # brainstem: a tall rounded column on the midline
    stem_top, stem_bottom = top, H - s * 2.0
    scene.add(
        Rect(
            bx,
            stem_top,
            bw,
            stem_bottom - stem_top,
            fill="brainstem",
            stroke="muted",
            stroke_width=1.0,
            radius=bw * 0.45,
        )
    )

    # facial nerve: leaves the brainstem sideways, then bends gently down toward the face
    nerve_pts = [(root_x, ny), (straight, ny)]
    for i in range(1, 17):
        f = i / 16
        nerve_pts.append((straight + (end_x - straight) * f, ny + (end_y - ny) * _ease(f)))
    scene.add(*_tube(nerve_pts, "nerve", nerve_t))

    # blood vessel: a loop coming down from above onto the pad (before surgery: the nerve)
    cx = pad_x + pad_w / 2
    rx = pad_w * 0.5
    bottom = pad_y - vessel_t / 2 - 1.0 * k
    loop_top = top + 2 * k
    ry = min((bottom - loop_top) * 0.6, W * 0.06)
    cy = bottom - ry
    vessel_pts = [(cx - rx - W * 0.01, loop_top), (cx - rx, loop_top + (cy - loop_top) * 0.5)]
    for i in range(0, 25):
        a = math.pi * i / 24  # from the left arm, round the bottom, to the right arm
        vessel_pts.append((cx - rx * math.cos(a), cy + ry * math.sin(a)))
    arm_x = cx + rx
    vessel_pts += [(arm_x, loop_top + (cy - loop_top) * 0.5), (arm_x + W * 0.015, loop_top)]
    scene.add(*_tube(vessel_pts, "vessel", vessel_t))

    # soft pad: a white striped block between the vessel and the nerve
    scene.add(
        Rect(
            pad_x,
            pad_y,
            pad_w,
            pad_h,
            fill="pad",
            stroke="ink",
            stroke_width=1.0,
            radius=2 * k,
            hatch=True,
        )
    )

    # labels with short leader lines, all on this side
    v_y = top + s * 0.9
    scene.add(
        Line(
            lx - s * 0.4,
            v_y - s * 0.35,
            arm_x + vessel_t * 0.9,
            v_y - s * 0.35,
            stroke="muted",
            width=0.7,
        )
    )
    scene.add(*_label_shapes(lx, v_y, vessel_lines, s))
    # the pad block ends level with the pad's bottom edge
    p_y = pad_y + pad_h - s * 0.25 - (len(pad_lines[0]) + len(pad_lines[1]) - 1) * lead
    p_mark = p_y + (len(pad_lines[0]) - 1) * lead - s * 0.35
    scene.add(
        Line(
            lx - s * 0.4,
            p_mark,
            pad_x + pad_w + 2 * k,
            pad_y + pad_h / 2,
            stroke="muted",
            width=0.7,
        )
    )
    scene.add(*_label_shapes(lx, p_y, pad_lines, s))
    n_x = W - s * 0.3
    tip_x = W * 0.86
    tip_y = ny + (end_y - ny) * _ease((tip_x - straight) / (end_x - straight))
    scene.add(
        Line(
            tip_x,
            tip_y + nerve_t / 2 + 2 * k,
            tip_x,
            n_label_y - s * 1.0,
            stroke="muted",
            width=0.7,
        )
    )
    scene.add(*_label_shapes(n_x, n_label_y, nerve_lines, s, anchor="end"))
    scene.add(Text(W / 2, H - s * 0.7, w["brainstem"], size=s, anchor="middle", bold=True))

    if side == "left":
        scene = mirrored(scene)
    side_word = w["side_left"] if side == "left" else w["side_right"]
    heading = (
        w["diagram_heading"].format(side=side_word)
        if side is not None
        else w["diagram_heading_unknown"]
    )
    scene.add(
        Text(W / 2, s * 0.4 + heading_size, heading, size=heading_size, anchor="middle", bold=True),
        Text(s * 0.3, H - s * 0.7, w["orientation_left"], size=s * 0.9, fill="muted"),
        Text(
            W - s * 0.3,
            H - s * 0.7,
            w["orientation_right"],
            size=s * 0.9,
            anchor="end",
            fill="muted",
        ),
    )
    if side is None:
        scene.caption = w["diagram_caption_unknown"]
        scene.alt_text = (
            f"{w['diagram_alt'].format(side=w['side_right'])} {w['diagram_alt_unknown']}"
        )
    else:
        scene.caption = w["diagram_caption"].format(side=side_word)
        scene.alt_text = w["diagram_alt"].format(side=side_word)
    return scene
