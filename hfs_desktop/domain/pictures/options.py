"""The choices side by side in pictures: how many people get relief with each choice, and how
many have each of its main harms, every array out of the same 100 people.

Benefits and harms are drawn by one function in one style (IPDAS C1: equal detail): the same
person icons, the same order of choices, the same "N out of 100" under each array, striped
where studies differ ("N to M out of 100"). Where a figure rounds to 0 out of 100 the array is
all pale and says "Fewer than 1 in 100"; where our sources give no figure it is an empty
dashed frame with a question mark and says "Not known": never an invented number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hfs_desktop.domain.content import Content, OptionGrid
from hfs_desktop.domain.pictures.common import (
    DEFAULT_TEXT_SIZE,
    DEFAULT_WIDTH,
    DENOMINATOR,
    _cite_ids,
    picture_words,
)
from hfs_desktop.domain.pictures.icons import IconGroup, _fact, _person
from hfs_desktop.domain.pictures.text import _text_lines, wrap_text
from hfs_desktop.domain.scene import Line, Scene, Shape, Text

MAX_PER_ROW = 4  # arrays side by side at most: an MVD's four harms fill one row


@dataclass(frozen=True)
class Panel:
    """One array: whose it is (the choice, and for a harm what harm) and its count out of 100;
    ``low`` None: our sources give no figure."""

    name: str
    label: str
    low: int | None
    high: int | None
    sources: tuple[str, ...]


def count_words(words: dict[str, str], low: int | None, high: int | None) -> str:
    """What prints under an array: "N out of 100", "N to M out of 100", "Fewer than 1 in
    100" (a count that rounds to 0) or "Not known" (no figure)."""
    if low is None or high is None:
        return words["options_unknown"]
    if high == 0:
        return words["options_fewer"]
    key = "options_count" if low == high else "options_range"
    return words[key].format(low=low, high=high)


def _panel(content: Content, name: str, label: str, fact_id: str) -> Panel:
    if not fact_id:
        return Panel(name, label, None, None, ())
    fact, low, high = _fact(content, fact_id)
    return Panel(name, label, low, high, fact.sources)


def benefit_panels(content: Content, grid: OptionGrid) -> list[Panel]:
    """One array per choice: how many people get relief."""
    return [_panel(content, o.name, "", o.chance_fact) for o in grid.options]


def harm_panels(content: Content, grid: OptionGrid) -> list[Panel]:
    """One array per main harm of each choice, the choices in the grid's order. A figure
    cites its fact's sources (the clinic's, where its own figure replaced the published one);
    a harm without a figure cites what names the harm."""
    out = []
    for o in grid.options:
        for h in o.harms:
            panel = _panel(content, o.name, h.label, h.chance_fact)
            if panel.low is None:
                panel = Panel(panel.name, panel.label, None, None, h.sources)
            out.append(panel)
    return out


def _not_known(x: float, y: float, side: float, s: float) -> list[Shape]:
    """Where the 100 people would stand, a dashed empty frame with a question mark: no one is
    drawn, because pale people would read as "not harmed" (or "no relief")."""
    right, bottom, w = x + side, y + side, s * 0.12
    return [
        Line(x, y, right, y, stroke="muted", width=w, dashed=True),
        Line(right, y, right, bottom, stroke="muted", width=w, dashed=True),
        Line(right, bottom, x, bottom, stroke="muted", width=w, dashed=True),
        Line(x, bottom, x, y, stroke="muted", width=w, dashed=True),
        Text(x + side / 2, y + side * 0.66, "?", size=side * 0.45, anchor="middle", bold=True),
    ]


def _groups(low: int, high: int) -> list[IconGroup]:
    return [
        IconGroup("", low, "primary"),
        IconGroup("", high - low, "secondary", hatch=True),
        IconGroup("", DENOMINATOR - high, "rest"),
    ]


def option_arrays(
    words: dict[str, str],
    title: str,
    caption: str,
    alt: str,
    panels: Sequence[Panel],
    *,
    width: float,
    text_size: float,
) -> Scene:
    """Panels in rows: the choice's name (bold), what is counted, a 10 x 10 array of people
    (dark: the low count, striped up to the high count, pale: the rest) and the count."""
    s = text_size
    pad = s * 0.3
    n = len(panels)
    per_row = min(n, MAX_PER_ROW)
    while per_row > 2 and width < per_row * s * 9:
        per_row -= 1
    col_w = (width - 2 * pad) / per_row
    cell = min((col_w - s) / 10, s * 1.1)
    scene = Scene(width=width, height=0.0, caption=caption)
    y = pad + s * 1.2
    scene.add(Text(pad, y, title, size=s * 1.2, bold=True))
    y += s * 1.0
    alt_parts = [alt]
    for start in range(0, n, per_row):
        if start:
            scene.breaks.append(y)  # paper may turn the page between two rows
        row = panels[start : start + per_row]
        heads = [
            (wrap_text(p.name, s, col_w - s, bold=True), wrap_text(p.label, s, col_w - s))
            for p in row
        ]
        head_h = max(len(name) + len(label) for name, label in heads) * s * 1.25
        count_rows = 1
        for i, panel in enumerate(row):
            x0 = pad + i * col_w
            name_lines, label_lines = heads[i]
            scene.add(*_text_lines(x0, y + s, name_lines, s, bold=True))
            if label_lines:
                label_y = y + s + len(name_lines) * s * 1.25
                scene.add(*_text_lines(x0, label_y, label_lines, s))
            top = y + head_h + s * 0.4
            if panel.low is None or panel.high is None:
                scene.add(*_not_known(x0, top, cell * 10, s))
            else:
                people = [g for g in _groups(panel.low, panel.high) for _ in range(g.count)]
                for k, group in enumerate(people):
                    r, c = divmod(k, 10)
                    scene.add(*_person(x0 + c * cell, top + r * cell, cell, group))
            count = count_words(words, panel.low, panel.high)
            count_lines = wrap_text(count, s, col_w - s, bold=True)
            count_rows = max(count_rows, len(count_lines))
            scene.add(*_text_lines(x0, top + cell * 10 + s * 1.2, count_lines, s, bold=True))
            who = f"{panel.name}, {panel.label}" if panel.label else panel.name
            alt_parts.append(f"{who}: {count}.")
        y = top + cell * 10 + s * (1.0 + 1.25 * count_rows)
    scene.height = y + pad
    scene.alt_text = " ".join(alt_parts)
    return scene


def _caption(content: Content, words: dict[str, str], key: str, panels: Sequence[Panel]) -> str:
    """The picture's caption, the unknown sentence where an array has no figure, the sources
    of every figure shown."""
    parts = [words[key]]
    if any(p.low is None for p in panels):
        parts.append(words["options_unknown_note"])
    parts.append(_cite_ids(content, (s for p in panels for s in p.sources)))
    return " ".join(part for part in parts if part)


def options_picture(
    content: Content,
    grid_id: str,
    *,
    width: float = DEFAULT_WIDTH,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """One array per choice in a grid, all out of the same 100: how many get relief."""
    return _grid_picture(content, grid_id, "options", benefit_panels, width, text_size)


def harms_picture(
    content: Content,
    grid_id: str,
    *,
    width: float = DEFAULT_WIDTH,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """One array per main harm of each choice, drawn like the relief arrays (same people,
    order and numbers), so the harms are shown in as much detail as the benefits."""
    return _grid_picture(content, grid_id, "harms", harm_panels, width, text_size)


def _grid_picture(
    content: Content,
    grid_id: str,
    prefix: str,
    panels_of: Callable[[Content, OptionGrid], list[Panel]],
    width: float,
    text_size: float,
) -> Scene:
    """A grid's arrays with the words ``<prefix>_title``, ``_caption`` and ``_alt``."""
    words = picture_words(content)
    panels = panels_of(content, content.options.grids[grid_id])
    caption = _caption(content, words, f"{prefix}_caption", panels)
    title, alt = words[f"{prefix}_title"], words[f"{prefix}_alt"]
    return option_arrays(words, title, caption, alt, panels, width=width, text_size=text_size)
