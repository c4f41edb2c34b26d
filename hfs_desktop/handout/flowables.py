"""The handout's small building blocks: a paragraph with its source tag, lists, shaded boxes,
table styles, a table that never strands one row, lines to write on."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Table, TableStyle

from hfs_desktop.handout.bidi import BidiParagraph
from hfs_desktop.handout.fonts import with_fallback
from hfs_desktop.handout.styles import HandoutStyles

CHECKED, UNCHECKED, BULLET = "\u2611", "\u2610", "\u2022"


def _table_style(st: HandoutStyles, commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style on our embedded font (reportlab's table default is unembedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fonts.regular), *commands])


def _src(sources: Sequence[str], st: HandoutStyles) -> str:
    if not sources:
        return ""
    # rgb() is parsed directly; a "#hex" string goes through reportlab's slow expression
    # evaluator (about 0.5 ms per source tag).
    red, green, blue = (round(v * 255) for v in st.colors["muted"].rgb())
    colour = f"rgb({red},{green},{blue})"
    return f' <font size="{st.sizes["small"]}" color="{colour}">[{", ".join(sources)}]</font>'


def para(markup: str, style: object, st: HandoutStyles, sources: Sequence[str] = ()) -> Paragraph:
    """A Paragraph from escaped markup, with font fallback and the source tag."""
    text = with_fallback(str(markup)).replace("\n", "<br/>")
    return BidiParagraph(text + _src(sources, st), style)


def _bullets(items: Sequence[str], st: HandoutStyles, sources: Sequence[str] = ()) -> Flowable:
    flow = [
        ListItem(para(item, st.bullet, st, sources if i == len(items) - 1 else ()))
        for i, item in enumerate(items)
    ]
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="\u2022",
        leftIndent=st.sizes["body"] * 1.3,
        bulletFontName=st.fonts.regular,
        bulletColor=st.colors["accent"],
    )


def _numbered(items: Sequence[str], st: HandoutStyles) -> Flowable:
    """A numbered list ("1.", "2.", …): the questions, and "Check your understanding"."""
    return ListFlowable(
        [ListItem(para(item, st.bullet, st)) for item in items],
        bulletType="1",
        bulletFormat="%s.",
        bulletFontName=st.fonts.regular,
        bulletFontSize=st.sizes["body"],
        leftIndent=st.sizes["body"] * 1.8,
    )


def _box(
    content: Sequence[Flowable | list[Flowable]],
    st: HandoutStyles,
    width: float,
    fill: str,
    border: str,
) -> Table:
    """A framed, shaded box that can still break across pages between its rows (one row per
    item; a list is one row that stays whole). Rows must each fit a page: long text goes in
    as ``_chunks``."""
    table = Table([[f] for f in content], colWidths=[width], splitByRow=1)
    pad = st.sizes["space"] * 1.5
    table.setStyle(
        _table_style(
            st,
            [
                ("BOX", (0, 0), (-1, -1), 1.2, st.colors[border]),
                ("BACKGROUND", (0, 0), (-1, -1), st.colors[fill]),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.6),
            ],
        )
    )
    return table


def _ruled_style(
    st: HandoutStyles,
    *,
    last_rule: int,
    left: float,
    top: float | None = None,
    bottom: float | None = None,
    rule: float = 0.4,
) -> TableStyle:
    """Rows parted by thin rules, text at the top of each cell (the visit box, the patient's
    dates, the glossary); ``last_rule``: the last row with a rule below it."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, last_rule), rule, st.colors["rule"]),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
    ]
    if top is not None:
        commands.append(("TOPPADDING", (0, 0), (-1, -1), top))
    if bottom is not None:
        commands.append(("BOTTOMPADDING", (0, 0), (-1, -1), bottom))
    return _table_style(st, commands)


def _grid_style(st: HandoutStyles, header_rows: int = 1) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, st.colors["rule"]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), st.colors["key_fill"]))
    return _table_style(st, commands)


class RowsTable(Table):
    """A table that splits between rows only where each part keeps two rows or more (not
    counting the repeated header): never one row stranded at a page foot or head."""

    MIN_ROWS = 2

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        template = getattr(getattr(self, "canv", None), "_doctemplate", None)
        if getattr(getattr(template, "frame", None), "_atTop", False):
            return parts  # a whole page and two rows still do not fit: any split beats none
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        total = len(self._cellvalues)
        first = len(parts[0]._cellvalues)
        if first - head < self.MIN_ROWS:
            return []  # move the whole table on
        if total - first < self.MIN_ROWS:
            keep = total - self.MIN_ROWS  # rows in the first part, header included
            if keep - head < self.MIN_ROWS:
                # three tall rows that fit no page two by two (long words in narrow large
                # print columns): a row on its own beats a table that cannot be laid out
                return parts
            height = sum(self._rowHeights[:keep])
            parts = super().split(availWidth, height + 0.5)
        return parts


def _chunks(text: str, limit: int = 1200) -> list[str]:
    """Split escaped text into pieces of at most ``limit`` characters, at sentence ends or
    spaces where possible and never inside an entity, so each piece fits on one page."""
    pieces: list[str] = []
    while len(text) > limit:
        end = max(text.rfind(". ", 0, limit), text.rfind("\n", 0, limit)) + 1
        if end < limit // 2:
            end = text.rfind(" ", 0, limit) + 1
        if end < limit // 2:
            end = limit
            amp = text.rfind("&", end - 10, end)
            if amp != -1 and ";" not in text[amp:end]:
                end = amp  # do not split "&amp;" in two
        pieces.append(text[:end].strip())
        text = text[end:]
    pieces.append(text.strip())
    return [p for p in pieces if p]


class _FirstThatFits(Flowable):
    """Lays out ``preferred`` when its first flowable fits where the frame is, else
    ``fallback``: one decision, made at layout time, with no empty space left behind."""

    def __init__(self, preferred: list[Flowable], fallback: list[Flowable]) -> None:
        super().__init__()
        self.preferred, self.fallback = preferred, fallback

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height + 1  # never drawn itself: the frame calls split

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        first = self.preferred[0]  # not a KeepTogether: its wrap always asks for a split
        _w, height = first.wrapOn(self.canv, avail_width, avail_height)
        fits = height + first.getSpaceBefore() <= avail_height
        if fits:
            return self.preferred
        other = self.fallback[0]
        _w, height = other.wrapOn(self.canv, avail_width, avail_height)
        if height > avail_height and not other.split(avail_width, avail_height):
            return []  # neither starts here (a bilingual handout's second title page): next page
        return self.fallback

    def draw(self) -> None:  # pragma: no cover - replaced by split before drawing
        pass


class WriteLines(Flowable):
    """Blank lines to write on (own questions, notes when none were typed)."""

    def __init__(self, count: int, width: float, gap: float, color: colors.Color) -> None:
        super().__init__()
        self.count, self.width, self.gap, self.color = count, width, gap, color
        self.height = count * gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap + 2
            self.canv.line(0, y, self.width, y)
