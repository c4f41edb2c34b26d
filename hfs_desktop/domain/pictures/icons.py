"""Icon arrays of 100 people: outcomes, lasting relief, recurrence (the choices side by side
are in ``options.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hfs_desktop.domain.content import Content, Fact
from hfs_desktop.domain.pictures.common import (
    DEFAULT_TEXT_SIZE,
    DEFAULT_WIDTH,
    DENOMINATOR,
    WORDS,
    _cite_ids,
    picture_words,
)
from hfs_desktop.domain.pictures.text import (
    _text_lines,
    text_width,
    wrap_text,
)
from hfs_desktop.domain.scene import Circle, Rect, Scene, Shape, Text

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


def _worded_array(
    words: dict[str, str],
    title_key: str,
    caption: str,
    groups: Sequence[IconGroup],
    width: float,
    text_size: float,
) -> Scene:
    """An icon array in the content's language: its title, legend heading and alt text."""
    return icon_array(
        words[title_key],
        caption,
        groups,
        alt_text=words["icon_alt"],
        width=width,
        text_size=text_size,
        legend_heading=words["legend_heading"],
    )


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
    caption = f"{sentence} {_cite(content, fact)}"
    return _worded_array(words, f"{prefix}_title", caption, groups, width, text_size)


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
    return _worded_array(words, "outcomes_title", caption, groups, width, text_size)


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
