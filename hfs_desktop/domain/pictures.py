"""The pictures: 100-person icon arrays, the patient's own recovery timeline, the nerve diagram.

Each picture is built once here as a :class:`~hfs_desktop.domain.scene.Scene`; the window
(``hfs_desktop.ui.scene_view``) and the PDF (``hfs_desktop.handout.scene_pdf``) only translate
its shapes, so the screen and the handout always show the same picture.

Rules kept here:

- Every number comes from ``facts.toml`` (``per_100_low`` / ``per_100_high``); captions are
  built from the fact's ``words`` and cite the fact's sources, so a picture can never disagree
  with the text beside it. Counts always add up to one denominator: 100.
- Sizes derive from ``width`` (points) and ``text_size`` so the large-print handout can ask for
  bigger pictures and type.
- The few fixed words of the pictures (legend phrases, "Today", diagram labels) have English
  defaults in ``WORDS``. A language folder can override any of them with a
  ``[picture_words]`` table in its ``handout.toml``; ``{fact}``, ``{label}``, ``{date}``,
  ``{side}`` are filled in.

Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from hfs_desktop.domain.clinic_outcomes import with_clinic_outcomes
from hfs_desktop.domain.content import Content, Fact
from hfs_desktop.domain.personalize import format_date, milestones
from hfs_desktop.domain.scene import Circle, Line, Polygon, Rect, Scene, Shape, Text
from hfs_desktop.domain.session import Session

DENOMINATOR = 100
DEFAULT_WIDTH = 460.0
DEFAULT_TEXT_SIZE = 9.0
LARGE_PRINT_TEXT_SIZE = 13.0
PICTURE_KINDS = (
    "outcomes",
    "lasting_relief",
    "recurrence",
    "timeline",
    "diagram",
    "causes",
    "options_first",
    "options_second",
)
HATCH_SPACING = 3.0

WORDS: dict[str, str] = {
    # icon arrays
    "legend_heading": "Out of 100 people:",
    "icon_alt": "A picture of 100 people in 10 rows of 10.",
    "outcomes_title": "Recovery after surgery, in one large study",
    "outcomes_now": "twitch-free in the first week",
    "outcomes_now_sentence": "{fact} were twitch-free in the first week.",
    "outcomes_slow": "twitch-free later, over weeks to months",
    "outcomes_slow_sentence": "{fact} became twitch-free later, over weeks to months.",
    "outcomes_rest": "still had some twitching",
    "outcomes_rest_sentence": "{fact} still had some twitching.",
    # options side by side
    "options_title": "How many people get relief, out of 100",
    "options_count": "{low} out of 100",
    "options_range": "{low} to {high} out of 100",
    "options_caption": "Each square of 100 people shows one choice. Dark: people who get "
    "relief. Striped: more in some studies. Read the table for what relief means for each "
    "choice.",
    "options_alt": "Four groups of 100 people, one for each choice.",
    # causes
    "causes_title": "Five reasons twitching can come back",
    "causes_common": "often found at a repeat operation",
    "causes_caption": "The five known reasons twitching can come back. Your care team can "
    "tell you which may fit you.",
    "causes_alt": "Five boxes, one for each reason twitching can come back:",
    "lasting_title": "Lasting relief after surgery",
    "lasting_yes": "have lasting relief",
    "lasting_some": "more in some studies",
    "lasting_no": "do not have lasting relief",
    "lasting_sentence": "{fact} have lasting relief after surgery. Studies give different "
    "numbers in this range.",
    "recurrence_title": "Twitching that comes back",
    "recurrence_yes": "have the twitching come back",
    "recurrence_some": "more in some studies",
    "recurrence_no": "do not have it come back",
    "recurrence_sentence": "For {fact}, the twitching comes back after surgery.",
    # timeline
    "surgery": "Surgery",
    "today": "Today",
    "today_after": "Today (after {label})",
    "timeline_caption": "Your recovery timeline, counted from your surgery on {date}.",
    "timeline_caption_before": "What recovery usually looks like, counted from the day of surgery.",
    "timeline_alt": "Timeline from your surgery to {label} after it.",
    "timeline_alt_before": "Timeline of the usual recovery after surgery, without dates "
    "because the surgery has not happened yet:",
    "timeline_alt_item": "{label}: {date}.",
    "timeline_alt_today_at": "Today, {date}, is at {label}.",
    "timeline_alt_today_between": "Today, {date}, is between {label} and {next}.",
    "timeline_alt_today_after": "Today, {date}, is more than {label} after surgery.",
    # diagram
    "diagram_heading": "Your {side} side",
    "diagram_heading_unknown": "Side not recorded",
    "side_left": "left",
    "side_right": "right",
    "brainstem": "Brainstem",
    "nerve": "Facial nerve",
    "nerve_note": "moves your face",
    "vessel": "Blood vessel",
    "vessel_note": "pressed on the nerve",
    "pad": "Soft pad (Teflon felt)",
    "pad_note": "keeps them apart",
    "diagram_caption": "Your {side} side: a soft pad (Teflon felt) keeps the blood vessel off "
    "the facial nerve, where the nerve leaves the brainstem.",
    "diagram_caption_unknown": "Side not recorded. The drawing shows the right side: a soft "
    "pad (Teflon felt) keeps the blood vessel off the facial nerve.",
    "diagram_alt": "Drawing of the brainstem with the facial nerve (moves your face) leaving "
    "it on your {side} side. A blood vessel loops down onto the nerve near where it leaves "
    "the brainstem. A soft pad (Teflon felt) sits between the vessel and the nerve.",
    "diagram_alt_unknown": "The side was not recorded; the drawing shows the right side.",
    "orientation_left": "Left",
    "orientation_right": "Right",
}


def picture_words(content: Content | None) -> dict[str, str]:
    """The fixed picture words: English defaults, overridden by ``[picture_words]`` in the
    language's ``handout.toml``."""
    words = dict(WORDS)
    if content is not None:
        extra = content.strings.get("picture_words")
        if isinstance(extra, Mapping):
            words.update({str(k): str(v) for k, v in extra.items()})
    return words


# --- text measuring (no font engine in the domain: DejaVu Sans advance widths) -------------

# Advance widths of ASCII 32..126 in hundredths of an em, DejaVu Sans and DejaVu Sans Bold.
_W_REGULAR = (
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86,
    75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63,
    62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64,
    34, 64, 84,
)  # fmt: skip
_W_BOLD = (
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70,
    70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100,
    84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72,
    68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71,
    37, 71, 84,
)  # fmt: skip


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width in points of ``text`` set in DejaVu Sans (the handout's font).

    Exact for ASCII; other letters count as a wide Latin letter, East Asian ones as 1 em.
    """
    table = _W_BOLD if bold else _W_REGULAR
    total = 0.0
    for ch in text:
        code = ord(ch)
        if 32 <= code <= 126:
            total += table[code - 32]
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            total += 100
        elif unicodedata.combining(ch):
            continue
        else:
            total += 72 if bold else 66
    return total * size / 100.0


def wrap_text(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap; a word longer than the line keeps a line to itself."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, size, bold) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def texts_fit(texts: Sequence[str], size: float, max_width: float, max_lines: int) -> bool:
    """Whether every text wraps into at most ``max_lines`` lines no wider than ``max_width``."""
    for text in texts:
        lines = wrap_text(text, size, max_width)
        if len(lines) > max_lines or any(text_width(ln, size) > max_width for ln in lines):
            return False
    return True


def fit_text_size(
    texts: Sequence[str],
    size: float,
    max_width: float,
    *,
    tries: Sequence[tuple[int, float]] = ((2, 0.9), (3, 0.9), (3, 0.75)),
) -> float:
    """The text size for labels that must share narrow columns: for each (max lines, smallest
    share of ``size``) in ``tries``, the largest size at which all texts fit; the last try's
    smallest size when nothing fits. Big type first, a third line before small type."""
    for max_lines, smallest in tries:
        sz = size
        while sz >= size * smallest - 1e-9:
            if texts_fit(texts, sz, max_width, max_lines):
                return sz
            sz -= size * 0.025
    return size * tries[-1][1]


def _text_lines(
    x: float,
    y: float,
    lines: Sequence[str],
    size: float,
    *,
    anchor: str = "start",
    bold: bool = False,
    fill: str = "ink",
    leading: float | None = None,
) -> list[Shape]:
    step = leading if leading is not None else size * 1.25
    return [
        Text(x, y + i * step, line, size=size, anchor=anchor, bold=bold, fill=fill)
        for i, line in enumerate(lines)
    ]


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


# --- icon arrays -----------------------------------------------------------------------------


@dataclass(frozen=True)
class IconGroup:
    """One group of people in an icon array: PALETTE colour, label (said after the count, e.g.
    "67 stop twitching right after surgery"), count out of 100, stripes as a second cue."""

    label: str
    count: int
    colour: str
    hatch: bool = False


def _person(x: float, y: float, cell: float, group: IconGroup) -> list[Shape]:
    """One person icon in a cell whose top-left corner is (x, y): head circle and body."""
    stroke = "muted" if group.colour == "rest" else None
    sw = 0.5
    head_r = cell * 0.16
    body_w, body_h = cell * 0.62, cell * 0.4
    body_top = y + cell * 0.46
    return [
        Circle(
            x + cell / 2, y + cell * 0.25, head_r, fill=group.colour, stroke=stroke, stroke_width=sw
        ),
        Rect(
            x + (cell - body_w) / 2,
            body_top,
            body_w,
            body_h,
            fill=group.colour,
            stroke=stroke,
            stroke_width=sw,
            radius=body_w * 0.32,
            hatch=group.hatch,
        ),
    ]


def icon_array(
    title: str,
    caption: str,
    groups: Sequence[IconGroup],
    *,
    alt_text: str = "",
    width: float = DEFAULT_WIDTH,
    text_size: float = DEFAULT_TEXT_SIZE,
    legend_heading: str = WORDS["legend_heading"],
) -> Scene:
    """100 people in 10 rows of 10, filled row by row group after group, beside a legend
    (swatch, count, label). Raises ValueError unless the counts add up to 100."""
    if any(g.count < 0 for g in groups):
        raise ValueError(f"Icon array counts must not be negative: {[g.count for g in groups]}")
    total = sum(g.count for g in groups)
    if total != DENOMINATOR:
        raise ValueError(
            f"Icon array counts must add up to {DENOMINATOR}, got {total} "
            f"({', '.join(f'{g.label}: {g.count}' for g in groups)})"
        )
    shown = [g for g in groups if g.count > 0]
    s = text_size
    pad = s * 0.3
    scene = Scene(width=width, height=0.0, caption=caption)

    y = pad
    if title:
        title_size = s * 1.2
        lines = wrap_text(title, title_size, width - 2 * pad, bold=True)
        y += title_size
        scene.add(*_text_lines(pad, y, lines, title_size, bold=True))
        y += (len(lines) - 1) * title_size * 1.25 + s * 0.8

    grid = min(width * 0.48, width - 2 * pad)
    cell = grid / 10
    grid_top = y
    colours = [g for g in shown for _ in range(g.count)]
    for i, group in enumerate(colours):
        row, col = divmod(i, 10)
        scene.add(*_person(pad + col * cell, grid_top + row * cell, cell, group))

    # legend: swatch | count (right-aligned) | label (wrapped)
    lx = pad + grid + s * 1.6
    sw_size = s * 1.5
    count_w = max(text_width(str(g.count), s * 1.15, bold=True) for g in shown)
    tx = lx + sw_size + s * 0.7 + count_w + s * 0.5
    label_w = max(width - tx - pad, s * 6)
    ly = grid_top + s
    scene.add(Text(lx, ly, legend_heading, size=s, bold=True, fill="muted"))
    ly += s * 1.0
    for g in shown:
        lines = wrap_text(g.label, s, label_w)
        block_h = max(sw_size, len(lines) * s * 1.25)
        ly += s * 0.7
        scene.add(
            Rect(
                lx,
                ly,
                sw_size,
                sw_size,
                fill=g.colour,
                stroke="muted" if g.colour == "rest" else None,
                stroke_width=0.6,
                radius=sw_size * 0.15,
                hatch=g.hatch,
            ),
            Text(
                lx + sw_size + s * 0.7 + count_w,
                ly + sw_size / 2 + s * 0.42,
                str(g.count),
                size=s * 1.15,
                anchor="end",
                bold=True,
            ),
        )
        first_baseline = ly + sw_size / 2 + s * 0.36
        scene.add(*_text_lines(tx, first_baseline, lines, s))
        ly += block_h
    scene.height = max(grid_top + grid, ly + s * 0.5) + pad
    summary = " ".join(f"{g.count} {g.label}." for g in shown)
    scene.alt_text = f"{alt_text or WORDS['icon_alt']} {summary}".strip()
    return scene


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cite(content: Content, *facts: Fact) -> str:
    return _cite_ids(content, (s for f in facts for s in f.sources))


def _fact(content: Content, fact_id: str) -> tuple[Fact, int, int]:
    """The fact and its (low, high) count out of 100; ValueError names what is wrong."""
    fact = content.facts.get(fact_id)
    if fact is None:
        raise ValueError(f"facts.toml has no fact {fact_id!r} (needed by a picture)")
    low, high = fact.per_100_low, fact.per_100_high
    if low is None:
        raise ValueError(f"facts.toml [{fact_id}] needs per_100_low for its picture")
    if high is None:
        high = low
    if not 0 <= low <= high <= DENOMINATOR:
        raise ValueError(f"facts.toml [{fact_id}]: need 0 <= per_100_low <= per_100_high <= 100")
    return fact, low, high


def _range_picture(
    content: Content,
    fact_id: str,
    prefix: str,
    *,
    width: float,
    text_size: float,
) -> Scene:
    words = picture_words(content)
    fact, low, high = _fact(content, fact_id)
    groups = [
        IconGroup(words[f"{prefix}_yes"], low, "primary"),
        IconGroup(words[f"{prefix}_some"], high - low, "secondary", hatch=True),
        IconGroup(words[f"{prefix}_no"], DENOMINATOR - high, "rest"),
    ]
    sentence = _cap(words[f"{prefix}_sentence"].format(fact=fact.words))
    return icon_array(
        words[f"{prefix}_title"],
        f"{sentence} {_cite(content, fact)}",
        groups,
        alt_text=words["icon_alt"],
        width=width,
        text_size=text_size,
        legend_heading=words["legend_heading"],
    )


def outcomes_picture(
    content: Content, *, width: float = DEFAULT_WIDTH, text_size: float = DEFAULT_TEXT_SIZE
) -> Scene:
    """Out of 100: who stops twitching right after surgery (fact ``immediate_relief``) and who
    improves slowly over weeks to 12 months (fact ``delayed_recovery``)."""
    words = picture_words(content)
    now, now_n, _ = _fact(content, "immediate_relief")
    slow, slow_n, _ = _fact(content, "later_twitch_free")
    rest, rest_n, _ = _fact(content, "still_twitching")
    if now_n + slow_n + rest_n != DENOMINATOR:
        raise ValueError(
            "facts.toml: immediate_relief, later_twitch_free and still_twitching must add up "
            f"to 100 out of 100 for the outcomes picture, got {now_n} + {slow_n} + {rest_n}"
        )
    groups = [
        IconGroup(words["outcomes_now"], now_n, "primary"),
        IconGroup(words["outcomes_slow"], slow_n, "secondary", hatch=True),
        IconGroup(words["outcomes_rest"], rest_n, "rest"),
    ]
    caption = " ".join(
        [
            _cap(words["outcomes_now_sentence"].format(fact=now.words)),
            _cap(words["outcomes_slow_sentence"].format(fact=slow.words)),
            _cap(words["outcomes_rest_sentence"].format(fact=rest.words)),
            _cite(content, now, slow, rest),
        ]
    )
    return icon_array(
        words["outcomes_title"],
        caption,
        groups,
        alt_text=words["icon_alt"],
        width=width,
        text_size=text_size,
        legend_heading=words["legend_heading"],
    )


def lasting_relief_picture(
    content: Content, *, width: float = DEFAULT_WIDTH, text_size: float = DEFAULT_TEXT_SIZE
) -> Scene:
    """Out of 100: lasting relief (fact ``lasting_relief``): the low count, the extra people
    some studies report (high - low, striped), and everyone else."""
    return _range_picture(content, "lasting_relief", "lasting", width=width, text_size=text_size)


def recurrence_picture(
    content: Content, *, width: float = DEFAULT_WIDTH, text_size: float = DEFAULT_TEXT_SIZE
) -> Scene:
    """Out of 100: twitching comes back (fact ``recurrence``), low count plus the extra some
    studies report (striped), and everyone else."""
    return _range_picture(content, "recurrence", "recurrence", width=width, text_size=text_size)


# --- timeline ---------------------------------------------------------------------------------


def timeline_position(day: dt.date, dates: Sequence[dt.date], xs: Sequence[float]) -> float:
    """Where ``day`` sits on a timeline whose ticks at ``xs`` carry ``dates``: linear in days
    between the two ticks around it, clamped to the first and last tick."""
    if len(dates) != len(xs) or not dates:
        raise ValueError("timeline_position needs one x per date")
    if day <= dates[0]:
        return xs[0]
    for i in range(len(dates) - 1):
        a, b = dates[i], dates[i + 1]
        if day <= b:
            span = max(1, (b - a).days)
            return xs[i] + (xs[i + 1] - xs[i]) * (day - a).days / span
    return xs[-1]


def timeline_picture(
    session: Session,
    content: Content,
    width: float = DEFAULT_WIDTH,
    *,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """The patient's recovery path from surgery to the last milestone (12 months).

    Ticks are evenly spaced (the early milestones are days apart, the late ones months), the
    label above each, the calendar date below once surgery has happened, and a dashed "Today"
    marker at the visit date placed by days between the two ticks around it. Before surgery:
    the same path without dates and without "Today".
    """
    words = picture_words(content)
    dated = milestones(session, content)
    after = session.after_surgery and session.surgery_date is not None
    labels = [words["surgery"]] + [d.milestone.label for d in dated]
    dates: list[dt.date] = []
    if after and session.surgery_date is not None:
        dates = [session.surgery_date] + [d.date for d in dated if d.date is not None]
    s = text_size
    lead = s * 1.25
    pad = s * 0.3
    n = len(labels)
    col = (width - 2 * pad) / n
    xs = [pad + col * (i + 0.5) for i in range(n)]
    text_w = col - s * 0.5
    label_lines = [wrap_text(lab, s, text_w, bold=True) for lab in labels]
    date_texts = [format_date(d, content) for d in dates]
    date_w = col - s * 0.6
    date_size = fit_text_size(date_texts, s, date_w)
    date_lead = date_size * 1.25
    date_lines = [wrap_text(t, date_size, date_w) for t in date_texts]
    r = s * 0.5

    scene = Scene(width=width, height=0.0)
    today_x: float | None = None
    today_label = ""
    y = pad
    if after:
        visit = session.visit_date
        today_x = timeline_position(visit, dates, xs)
        beyond = visit > dates[-1]
        today_label = words["today_after"].format(label=labels[-1]) if beyond else words["today"]
        y += s * 1.1  # baseline of the Today label
        today_baseline = y
        y += s * 0.9
        marker_top = y
        y += s * 0.6
    max_label = max(len(lines) for lines in label_lines)
    axis_y = y + max_label * lead + r + s * 0.1

    # axis: the whole path, then the part already travelled
    scene.add(Line(xs[0], axis_y, xs[-1], axis_y, stroke="muted", width=s * 0.22))
    if today_x is not None and today_x > xs[0]:
        scene.add(Line(xs[0], axis_y, today_x, axis_y, stroke="primary", width=s * 0.5))

    if today_x is not None:
        # dashed marker behind the labels; labels get a paper backing where it crosses them
        scene.add(
            Line(
                today_x,
                marker_top,
                today_x,
                axis_y,
                stroke="today",
                width=max(1.0, s * 0.16),
                dashed=True,
            ),
            Polygon(
                (
                    (today_x - s * 0.45, marker_top - s * 0.15),
                    (today_x + s * 0.45, marker_top - s * 0.15),
                    (today_x, marker_top + s * 0.5),
                ),
                fill="today",
                stroke=None,
            ),
        )

    for i, x in enumerate(xs):
        lines = label_lines[i]
        first = axis_y - r - s * 0.55 - (len(lines) - 1) * lead
        if today_x is not None:
            half = max(text_width(t, s, bold=True) for t in lines) / 2 + s * 0.2
            if abs(today_x - x) < half:
                # hide the marker behind the label (and down to the tick when it is on it)
                back_bottom = (
                    axis_y - r
                    if abs(today_x - x) < r
                    else first + (len(lines) - 1) * lead + s * 0.3
                )
                scene.add(
                    Rect(
                        x - half,
                        first - s * 1.0,
                        2 * half,
                        back_bottom - (first - s * 1.0),
                        fill="paper",
                        stroke=None,
                    )
                )
        scene.add(*_text_lines(x, first, lines, s, anchor="middle", bold=True, leading=lead))
        passed = after and (i == 0 or dated[i - 1].passed)
        scene.add(
            Circle(
                x,
                axis_y,
                r,
                fill="primary" if passed else "paper",
                stroke="primary",
                stroke_width=max(0.8, s * 0.16),
            )
        )
        if after:
            scene.add(
                *_text_lines(
                    x,
                    axis_y + r + s * 1.35,
                    date_lines[i],
                    date_size,
                    anchor="middle",
                    leading=date_lead,
                )
            )

    bottom = axis_y + r + s * 0.5
    if after:
        bottom = (
            axis_y + r + s * 1.35 + (max(len(d) for d in date_lines) - 1) * date_lead + s * 0.45
        )
    if today_x is not None:
        tw = text_width(today_label, s * 1.1, bold=True)
        left = min(max(today_x - tw / 2, pad), width - pad - tw)
        scene.add(Text(left, today_baseline, today_label, size=s * 1.1, bold=True, fill="today"))
    scene.height = bottom + pad

    cite = _cite_ids(content, (src for d in dated for src in d.milestone.sources))
    if after and session.surgery_date is not None:
        surgery_text = format_date(session.surgery_date, content)
        scene.caption = f"{words['timeline_caption'].format(date=surgery_text)} {cite}"
        items = [
            words["timeline_alt_item"].format(label=lab, date=dt_)
            for lab, dt_ in zip(labels, date_texts, strict=True)
        ]
        visit_text = format_date(session.visit_date, content)
        scene.alt_text = " ".join(
            [
                words["timeline_alt"].format(label=labels[-1]),
                *items,
                _today_phrase(session.visit_date, dates, labels, visit_text, words),
            ]
        )
    else:
        scene.caption = f"{words['timeline_caption_before']} {cite}"
        scene.alt_text = f"{words['timeline_alt_before']} {', '.join(labels)}."
    return scene


def _cite_ids(content: Content, ids: Iterable[str]) -> str:
    """Source ids in the order the content lists them, e.g. "[S1, S2]" (one formatter)."""
    return content.source_tag(ids)


def _today_phrase(
    visit: dt.date,
    dates: Sequence[dt.date],
    labels: Sequence[str],
    visit_text: str,
    words: Mapping[str, str],
) -> str:
    if visit > dates[-1]:
        return words["timeline_alt_today_after"].format(date=visit_text, label=labels[-1])
    for i, day in enumerate(dates):
        if visit == day:
            return words["timeline_alt_today_at"].format(date=visit_text, label=labels[i])
        if visit < day:
            return words["timeline_alt_today_between"].format(
                date=visit_text, label=labels[max(0, i - 1)], next=labels[i]
            )
    return ""  # pragma: no cover - visit > dates[-1] handled above


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


# --- options side by side and the five causes ------------------------------------------------


def options_picture(
    content: Content,
    grid_id: str,
    *,
    width: float = DEFAULT_WIDTH,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """One 10 x 10 array of people per option in a grid, all out of the same 100: dark for
    the low count of people who get relief, striped up to the high count, pale for the rest."""
    words = picture_words(content)
    grid = content.options.grids[grid_id]
    s = text_size
    pad = s * 0.3
    n = len(grid.options)
    per_row = n if width >= n * s * 9 else 2
    col_w = (width - 2 * pad) / per_row
    cell = min((col_w - s) / 10, s * 1.1)
    scene = Scene(width=width, height=0.0, caption=words["options_caption"])
    y = pad + s * 1.2
    scene.add(Text(pad, y, words["options_title"], size=s * 1.2, bold=True))
    y += s * 1.0
    alt = [words["options_alt"]]
    cited: list[str] = []
    rows = [grid.options[i : i + per_row] for i in range(0, n, per_row)]
    for row in rows:
        name_lines = [wrap_text(o.name, s, col_w - s, bold=True) for o in row]
        name_h = max(len(lines) for lines in name_lines) * s * 1.25
        count_rows = 1
        for i, option in enumerate(row):
            fact, low, high = _fact(content, option.chance_fact)
            cited += fact.sources
            x0 = pad + i * col_w
            scene.add(*_text_lines(x0, y + s, name_lines[i], s, bold=True))
            top = y + name_h + s * 0.4
            groups = [
                IconGroup("", low, "primary"),
                IconGroup("", high - low, "secondary", hatch=True),
                IconGroup("", DENOMINATOR - high, "rest"),
            ]
            people = [g for g in groups for _ in range(g.count)]
            for k, group in enumerate(people):
                r, c = divmod(k, 10)
                scene.add(*_person(x0 + c * cell, top + r * cell, cell, group))
            key = "options_count" if low == high else "options_range"
            count = words[key].format(low=low, high=high)
            count_lines = wrap_text(count, s, col_w - s, bold=True)
            count_rows = max(count_rows, len(count_lines))
            scene.add(*_text_lines(x0, top + cell * 10 + s * 1.2, count_lines, s, bold=True))
            alt.append(f"{option.name}: {count}.")
        y = top + cell * 10 + s * (1.0 + 1.25 * count_rows)
    scene.height = y + pad
    scene.caption = f"{words['options_caption']} {_cite_ids(content, cited)}"
    scene.alt_text = " ".join(alt)
    return scene


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


# --- one entry point --------------------------------------------------------------------------


def picture_for(
    kind: str,
    session: Session,
    content: Content,
    width: float = DEFAULT_WIDTH,
    *,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """The picture named in a content ``picture`` block, for this session."""
    content = with_clinic_outcomes(content, session.clinic.outcomes)
    if kind == "outcomes":
        return outcomes_picture(content, width=width, text_size=text_size)
    if kind == "lasting_relief":
        return lasting_relief_picture(content, width=width, text_size=text_size)
    if kind == "recurrence":
        return recurrence_picture(content, width=width, text_size=text_size)
    if kind == "timeline":
        return timeline_picture(session, content, width, text_size=text_size)
    if kind == "causes":
        return causes_picture(session, content, width=width, text_size=text_size)
    if kind in ("options_first", "options_second"):
        grid = kind.removeprefix("options_")
        return options_picture(content, grid, width=width, text_size=text_size)
    if kind == "diagram":
        return diagram_picture(
            session.patient.affected_side,
            width=width,
            text_size=text_size,
            words=picture_words(content),
        )
    raise ValueError(f"Unknown picture {kind!r}; expected one of {', '.join(PICTURE_KINDS)}")
