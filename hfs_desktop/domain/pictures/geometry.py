"""Hatching and mirroring: one geometry for both renderers (Qt and PDF)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from hfs_desktop.domain.pictures.common import (
    HATCH_SPACING,
)
from hfs_desktop.domain.scene import Circle, Line, Polygon, Rect, Scene, Shape

# --- hatch: one geometry for both renderers --------------------------------------------------


def hatch_segments(
    rect: Rect, spacing: float = HATCH_SPACING
) -> list[tuple[float, float, float, float]]:
    """Diagonal lines (lower left to upper right) filling ``rect``, clipped to its rounded
    corners. Both renderers draw exactly these segments, so the stripes match.

    The stripes start at the rect's own corner, so a moved rect gets the same stripes moved:
    they are computed once per size (an icon array has 100 equal icons) and translated.
    """
    r = max(0.0, min(rect.radius, rect.w / 2, rect.h / 2))
    x, y = rect.x, rect.y
    return [
        (ax + x, ay + y, bx + x, by + y)
        for ax, ay, bx, by in _hatch_at_origin(rect.w, rect.h, r, spacing)
    ]


@cache
def _hatch_at_origin(
    w: float, h: float, r: float, spacing: float
) -> tuple[tuple[float, float, float, float], ...]:
    """The stripes of a ``w`` x ``h`` rect with corner radius ``r`` whose corner is at 0, 0."""

    def inside(px: float, py: float) -> bool:
        if not (-1e-9 <= px <= w + 1e-9 and -1e-9 <= py <= h + 1e-9):
            return False
        if r == 0:
            return True
        cx = min(max(px, r), w - r)
        cy = min(max(py, r), h - r)
        return math.hypot(px - cx, py - cy) <= r + 1e-9

    out: list[tuple[float, float, float, float]] = []
    c = spacing / 2
    while c < w + h:
        # the line x + y = c (y grows downwards, so this runs lower-left to upper-right)
        xa, xb = max(0.0, c - h), min(w, c)
        if xb - xa > 1e-6:
            seg = _clip_segment((xa, c - xa), (xb, c - xb), inside)
            if seg is not None:
                out.append(seg)
        c += spacing
    return tuple(out)


def _clip_segment(
    p: tuple[float, float],
    q: tuple[float, float],
    inside: Callable[[float, float], bool],
) -> tuple[float, float, float, float] | None:
    """The part of segment pq inside a convex shape (one interval), found by bisection."""

    def at(t: float) -> tuple[float, float]:
        return p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t

    n = 16
    hits = [i / n for i in range(n + 1) if inside(*at(i / n))]
    if not hits:
        return None

    def edge(outside_t: float, inside_t: float) -> float:
        for _ in range(24):
            mid = (outside_t + inside_t) / 2
            if inside(*at(mid)):
                inside_t = mid
            else:
                outside_t = mid
        return inside_t

    t0 = hits[0] if hits[0] == 0 else edge(hits[0] - 1 / n, hits[0])
    t1 = hits[-1] if hits[-1] == 1 else edge(hits[-1] + 1 / n, hits[-1])
    (ax, ay), (bx, by) = at(t0), at(t1)
    if math.hypot(bx - ax, by - ay) < 0.3:
        return None
    return ax, ay, bx, by


# --- mirroring ---------------------------------------------------------------------------------

_FLIP_ANCHOR = {"start": "end", "end": "start", "middle": "middle"}


def mirror_shape(shape: Shape, width: float) -> Shape:
    """Mirror one shape left-right inside a scene of ``width``; text stays readable (its
    anchor flips start <-> end instead of its letters)."""
    if isinstance(shape, Rect):
        return replace(shape, x=width - shape.x - shape.w)
    if isinstance(shape, Circle):
        return replace(shape, cx=width - shape.cx)
    if isinstance(shape, Line):
        return replace(shape, x1=width - shape.x1, x2=width - shape.x2)
    if isinstance(shape, Polygon):
        return replace(shape, points=tuple((width - x, y) for x, y in shape.points))
    return replace(shape, x=width - shape.x, anchor=_FLIP_ANCHOR[shape.anchor])


def mirrored(scene: Scene) -> Scene:
    """A left-right mirror image of ``scene`` (same words)."""
    return Scene(
        width=scene.width,
        height=scene.height,
        shapes=[mirror_shape(s, scene.width) for s in scene.shapes],
        alt_text=scene.alt_text,
        caption=scene.caption,
    )
