"""The "Get help now" box: emergency and same-day signs with whom to call, side by side
when that fits a page, else one above the other."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from hfs_desktop.domain import document as d
from hfs_desktop.handout.flowables import _box, _bullets, _table_style, para
from hfs_desktop.handout.styles import HandoutStyles


def _safety(box: d.SafetyBox, st: HandoutStyles, width: float) -> Flowable:
    """The safety box, kept on one page when it fits one."""
    return KeepTogether([_safety_box(box, st, width)])


class _SafetyBox(Flowable):
    """ "Get help now" side by side (emergency | same day) when that fits a page, else the
    two groups one above the other at full width, which is shorter: in large print on
    Letter paper the narrow columns made the box taller than a page, and it broke after its
    intro, leaving a page with only the title on it."""

    def __init__(self, side: Table, stacked: Table) -> None:
        super().__init__()
        self.side, self.stacked = side, stacked
        self.chosen: Table = side

    def _choose(self, avail_width: float) -> Table:
        template = getattr(self.canv, "_doctemplate", None)
        page = getattr(template, "height", None)
        _w, height = self.side.wrapOn(self.canv, avail_width, 10**6)
        self.chosen = self.stacked if page is not None and height > page else self.side
        return self.chosen

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._choose(avail_width).wrapOn(self.canv, avail_width, avail_height)
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._choose(avail_width).split(avail_width, avail_height)
        return parts

    def draw(self) -> None:
        self.chosen.drawOn(self.canv, 0, 0)


def _safety_box(box: d.SafetyBox, st: HandoutStyles, width: float) -> Flowable:
    """ "Get help now": emergency signs beside same-day signs, each with whom to call. Never
    split inside a group, so the signs and the numbers are read together."""

    def column(title: Markup, items: tuple[Markup, ...], call: Markup) -> list[Flowable]:
        return [
            para(Markup("<b>{}</b>").format(title), st.lead_in, st),
            _bullets(list(items), st),
            para(Markup("<b>{}</b>").format(call), st.body, st),
        ]

    def head() -> list[Flowable]:
        return [para(box.title, st.h1, st), para(box.intro, st.body, st, box.sources)]

    # one above the other: the title, the intro and the emergency signs share a row, the
    # same-day signs with their numbers are the second row
    emergency = column(box.emergency_title, box.emergency, box.emergency_call)
    same_day = column(box.same_day_title, box.same_day, box.same_day_call)
    stacked = _box(
        [[*head(), *emergency], [Spacer(1, st.sizes["space"]), *same_day]],
        st,
        width,
        "safety_fill",
        "safety_border",
    )
    stacked.setStyle(
        _table_style(st, [("LINEABOVE", (0, 1), (-1, 1), 0.8, st.colors["safety_border"])])
    )
    return _SafetyBox(_safety_side_by_side(box, st, width, column, head()), stacked)


def _safety_side_by_side(
    box: d.SafetyBox,
    st: HandoutStyles,
    width: float,
    column: Callable[[Markup, tuple[Markup, ...], Markup], list[Flowable]],
    head: list[Flowable],
) -> Table:
    pad = st.sizes["space"] * 1.5
    col = (width - 3 * pad) / 2

    columns = Table(
        [
            [
                column(box.emergency_title, box.emergency, box.emergency_call),
                column(box.same_day_title, box.same_day, box.same_day_call),
            ]
        ],
        colWidths=[col + pad / 2, col + pad / 2],
    )
    columns.setStyle(
        _table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), pad),
                ("LINEAFTER", (0, 0), (0, 0), 0.8, st.colors["safety_border"]),
                ("LEFTPADDING", (1, 0), (1, 0), pad),
            ],
        )
    )
    # Two rows: kept together when they fit a page (_SafetyBox stacks them when not).
    return _box([head, columns], st, width, "safety_fill", "safety_border")
