"""Build the handout's story: the flowables, in reading order, for one document and edition.

Only layout decisions live here; every word comes from ``domain.document`` (already escaped).
Page templates, header and footer are in ``layout.py``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

from markupsafe import Markup
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hfs_desktop.domain import document as d
from hfs_desktop.domain.content import Content
from hfs_desktop.domain.session import Session
from hfs_desktop.handout.bidi import BidiParagraph
from hfs_desktop.handout.fonts import with_fallback
from hfs_desktop.handout.styles import HandoutStyles

log = logging.getLogger(__name__)
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


LOGO_MAX_W, LOGO_MAX_H = 45 * mm, 20 * mm


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


def _title(
    doc: d.HandoutDocument, st: HandoutStyles, width: float, logo: str | os.PathLike[str] | None
) -> Flowable:
    """The title, with the clinic's logo at the right when the profile has one."""
    title = para(doc.title, st.title, st)
    if not logo:
        return title
    try:
        reader = ImageReader(str(logo))
        w, h = reader.getSize()
    except Exception:  # the profile dialog validates logos; a file gone since is skipped
        log.warning("Clinic logo could not be read; the handout prints without it")
        return title
    scale = min(LOGO_MAX_W / w, LOGO_MAX_H / h)
    image = Image(str(logo), width=w * scale, height=h * scale)
    image.hAlign = "RIGHT"
    table = Table([[title, image]], colWidths=[width - LOGO_MAX_W - 6, LOGO_MAX_W + 6])
    table.setStyle(
        _table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    return table


def _visit_table(doc: d.HandoutDocument, st: HandoutStyles, width: float) -> Table:
    rows = [[para(v.label, st.label, st), para(v.value, st.body, st)] for v in doc.visit]
    label_w = width * (0.32 if st.sizes["body"] > 12 else 0.26)
    table = Table(rows, colWidths=[label_w, width - label_w])
    table.setStyle(
        _table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, st.colors["rule"]),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    return table


def _check_list(block: d.CheckList, st: HandoutStyles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if block.title:
        out.append(para(block.title, st.h2, st, block.sources))
    box_w = st.sizes["checkbox"] * 1.6
    rows = []
    for item in block.items:
        # A ticked item prints a ticked box and says what the tick means; an unticked one is a
        # plain bullet, never an empty box that could read as "not for you".
        mark = CHECKED if item.marked else BULLET
        text = Markup("<b>{}</b><br/>").format(item.title) + item.text if item.title else item.text
        cell: list[Flowable] = [para(text, st.body, st)]
        if item.marked:
            cell.append(para(Markup("<b><i>{}</i></b>").format(block.mark_label), st.body, st))
        rows.append([para(mark, st.body, st), cell])
    table = Table(rows, colWidths=[box_w, width - box_w])
    table.setStyle(
        _table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    out.append(table)
    if not block.title:
        out.append(para("", st.small, st, block.sources))
    return out


def _milestones(block: d.Milestones, st: HandoutStyles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if block.phase:
        out.append(para(Markup("<b>{}</b>").format(block.phase), st.body, st, block.sources))
    if block.check_up:
        out.append(
            _box(
                [para(Markup("<b>{}</b>").format(block.check_up), st.body, st)],
                st,
                width,
                "notes_fill",
                "notes_border",
            )
        )
        out.append(Spacer(1, st.sizes["space"]))
    label_w, date_w = width * 0.24, width * 0.26
    rows = [
        [
            para(Markup("<b>{}</b>").format(label), st.body, st),
            para(when, st.body, st),
            para(text, st.body, st),
        ]
        for label, when, text in block.rows
    ]
    rows.insert(
        0,
        [para(Markup("<b>{}</b>").format(h), st.label, st) for h in block.header],
    )
    table = RowsTable(rows, colWidths=[label_w, date_w, width - label_w - date_w], repeatRows=1)
    table.setStyle(
        _table_style(
            st,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.colors["rule"]),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ],
        )
    )
    out.append(table)
    out.append(Spacer(1, st.sizes["space"]))
    return out


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


def _table(block: d.TableBlock, st: HandoutStyles, width: float) -> list[Flowable]:
    n = len(block.header)
    first = width * (0.34 if n == 3 else 0.4)
    widths = [first] + [(width - first) / (n - 1)] * (n - 1)
    rows = [[para(Markup("<b>{}</b>").format(h), st.cell, st) for h in block.header]]
    rows += [[para(c, st.cell, st) for c in row] for row in block.rows]
    table = RowsTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(st))
    return [table, para("", st.small, st, block.sources)]


def _option_grid(block: d.OptionGridBlock, st: HandoutStyles, width: float) -> list[Flowable]:
    """The options side by side: one column per option, one row per question. In large
    print five columns are too narrow (a row filled half a page and the grid's lead-in was
    left alone on a page): there the same questions come one by one, each a small table of
    the options in the same order."""
    # keepWithNext would bind the lead-in to the whole grid and move both: in the grid the
    # measured CondPageBreak below keeps the lead-in with the first rows instead
    large = st.sizes["body"] > 13
    lead: list[Flowable] = [
        para(block.title, st.h2, st),
        para(Markup("<b>{}</b>").format(block.decision), st.lead_in, st),
        para(block.intro, st.lead_in if large else st.body, st),
    ]
    if large:
        return [*lead, *_option_questions(block, st, width)]
    n = len(block.options)
    label_w = width * 0.2
    col = (width - label_w) / n
    rows = [[para(Markup("<b>{}</b>").format(block.corner), st.cell, st)]]
    rows[0] += [para(Markup("<b>{}</b>").format(o), st.cell, st) for o in block.options]
    for label, cells in block.rows:
        rows.append(
            [para(Markup("<b>{}</b>").format(label), st.cell, st)]
            + [para(c, st.cell, st) for c in cells]
        )
    table = RowsTable(rows, colWidths=[label_w] + [col] * n, repeatRows=1, splitByRow=1)
    table.setStyle(_grid_style(st))
    # The title, the decision and the intro go to a new page with the grid's heads and its
    # first two rows when they do not fit together here (a table split keeps two rows a
    # side): measured here, so the lead-in never sits alone at a page foot.
    table.wrap(width, 10**6)
    height = sum(f.wrap(width, 10**6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in lead)
    height += sum(table._rowHeights[: 1 + RowsTable.MIN_ROWS])
    return [
        CondPageBreak(height),
        *lead,
        table,  # splits keep two rows or more on each page, heads repeated
        para("", st.small, st, block.sources),
    ]


def _option_questions(block: d.OptionGridBlock, st: HandoutStyles, width: float) -> list[Flowable]:
    """The grid for large print: per question, the options in the same order."""
    name_w = width * 0.3
    out: list[Flowable] = []
    for label, cells in block.rows:
        rows = [[para(Markup("<b>{}</b>").format(label), st.cell, st), ""]]
        rows += [
            [para(Markup("<b>{}</b>").format(o), st.cell, st), para(c, st.cell, st)]
            for o, c in zip(block.options, cells, strict=True)
        ]
        table = Table(rows, colWidths=[name_w, width - name_w])
        style = _grid_style(st)
        style.add("SPAN", (0, 0), (1, 0))
        table.setStyle(style)
        out += [Spacer(1, st.sizes["space"]), KeepTogether([table])]
    out.append(para("", st.small, st, block.sources))
    return out


def _values(block: d.ValuesBlock, st: HandoutStyles, width: float) -> list[Flowable]:
    """The values exercise: the patient's answers when recorded, else boxes to fill in."""
    # the title, the intro and "You can fill this in at home" stay with the table (the
    # intro printed at a page foot with the boxes on the next page)
    lead: list[Flowable] = [
        para(block.title, st.h2, st),
        para(block.intro, st.body, st),
        para(Markup("<i>{}</i>").format(block.answers_label), st.body, st),
    ]
    out: list[Flowable] = []

    def choices(labels: tuple[Markup, ...], answer: Markup | None) -> Markup:
        marks = [
            Markup("{} {}").format(CHECKED if answer == lab else UNCHECKED, lab) for lab in labels
        ]
        return Markup("&nbsp;&nbsp; ").join(marks)

    rows = [
        [para(text, st.cell, st), para(choices(block.answer_labels, ans), st.cell, st)]
        for text, ans in block.values
    ]
    table = Table(rows, colWidths=[width * 0.5, width * 0.5])
    table.setStyle(_grid_style(st, header_rows=0))
    out.append(KeepTogether([*lead, table]))
    lean = [
        para(Markup("{} {}").format(CHECKED if chosen else UNCHECKED, name), st.bullet, st)
        for name, chosen in block.leaning
    ]
    out.append(KeepTogether([para(block.leaning_title, st.h2, st), *lean]))
    sure_rows = [
        [para(text, st.cell, st), para(choices(block.yes_no, ans), st.cell, st)]
        for text, ans in block.sure
    ]
    sure = Table(sure_rows, colWidths=[width * 0.7, width * 0.3])
    sure.setStyle(_grid_style(st, header_rows=0))
    out.append(
        KeepTogether([para(block.sure_title, st.h2, st), para(block.sure_intro, st.body, st), sure])
    )
    return out


def _picture(
    kind: str, session: Session, content: Content, st: HandoutStyles, width: float
) -> list[Flowable]:
    from hfs_desktop.domain.pictures import picture_for
    from hfs_desktop.handout.scene_pdf import SceneFlowable

    scene = picture_for(kind, session, content, width=width, text_size=st.sizes["picture_text"])
    drawing = SceneFlowable(scene, st.fonts.regular, st.fonts.bold)
    flow: list[Flowable] = [Spacer(1, st.sizes["space"]), drawing]
    if scene.caption:
        flow.append(para(Markup.escape(scene.caption), st.caption, st))
    return [KeepTogether(flow)]


def _section_start(title: str, st: HandoutStyles) -> list[Flowable]:
    """A rule and a heading that never sit alone at the bottom of a page."""
    return [
        CondPageBreak(st.sizes["h1"] * 8),
        HRFlowable(width="100%", thickness=1.5, color=st.colors["accent"], spaceBefore=6),
        para(title, st.h1, st),
    ]


def _section(
    section: d.Section, session: Session, content: Content, st: HandoutStyles, width: float
) -> list[Flowable]:
    out = _section_start(section.title, st)
    out.append(para(section.summary, st.body_muted, st))
    heading: Flowable | None = None  # the heading just appended, if the last thing
    for block in section.blocks:
        after_heading = heading is not None and out and out[-1] is heading
        heading = None
        if isinstance(block, d.Heading):
            heading = para(block.text, st.h2, st)
            out.append(heading)
        elif isinstance(block, d.Paragraph):
            # a lead-in ("... if both of these are true:") stays with what follows
            style = st.lead_in if str(block.text).rstrip().endswith(":") else st.body
            out.append(para(block.text, style, st, block.sources))
        elif isinstance(block, d.Bullets):
            # a short list stays whole (and so with its heading): "How to read your
            # timeline" printed its first point on one page and the rest on the next
            bullets = _bullets(block.items, st, block.sources)
            if len(block.items) > 6:
                out.append(bullets)
            elif after_heading:  # keepWithNext does not reach into a KeepTogether
                out.append(KeepTogether([out.pop(), bullets]))
            else:
                out.append(KeepTogether([bullets]))
        elif isinstance(block, d.Picture):
            out += _picture(block.kind, session, content, st, width)
        elif isinstance(block, d.CheckList):
            out += _check_list(block, st, width)
        elif isinstance(block, d.Milestones):
            out += _milestones(block, st, width)
        elif isinstance(block, d.TableBlock):
            out += _table(block, st, width)
        elif isinstance(block, d.OptionGridBlock):
            out += _option_grid(block, st, width)
        elif isinstance(block, d.ValuesBlock):
            out += _values(block, st, width)
    return out


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


def build_story(
    doc: d.HandoutDocument,
    session: Session,
    content: Content,
    st: HandoutStyles,
    width: float,
    logo: str | os.PathLike[str] | None = None,
    edition_note: Markup | None = None,
) -> list[Flowable]:
    """The whole handout, in the order of the brief. ``edition_note``: in a bilingual
    handout's first part, the line saying the same handout follows in the other language."""
    line_gap = st.sizes["leading"] * 1.6
    story: list[Flowable] = [
        _title(doc, st, width, logo),
        para(doc.purpose, st.body, st),
    ]
    if edition_note:
        story.append(para(Markup("<b>{}</b>").format(edition_note), st.body, st))
    if doc.translation_status:  # a translated pack says whether a medical translator checked it
        story.append(para(Markup("<i>{}</i>").format(doc.translation_status), st.small, st))
    story.append(_visit_table(doc, st, width))

    # After surgery the safety net comes first: it fills page 1 under the visit block (it
    # never fits beside the key points, and a split box would part signs from numbers).
    # Before surgery it follows the topics, where the operation has been described.
    safety_first = doc.safety is not None and session.after_surgery
    # one row: the title never sits alone at a page foot with the points on the next page
    sources = content.sort_sources(s for p in doc.key_points for s in p.sources)
    key = [
        para(doc.key_points_title, st.h2, st),
        _bullets([p.text for p in doc.key_points], st),
        para("", st.small, st, sources),
    ]
    key_box = _box([key], st, width, "key_fill", "accent")
    story.append(Spacer(1, st.sizes["space"] * 2))
    if safety_first and doc.safety is not None:
        # the safety box first when it fits under the visit block; else the key points fill
        # page 1 and the box starts page 2 (large print, Letter paper)
        story.append(
            _FirstThatFits(
                [
                    _safety_box(doc.safety, st, width),
                    Spacer(1, st.sizes["space"] * 2),
                    key_box,
                ],
                [key_box, Spacer(1, st.sizes["space"] * 2), _safety(doc.safety, st, width)],
            )
        )
    else:
        story.append(key_box)

    for section in doc.sections:
        story += _section(section, session, content, st, width)

    steps_box: list[Flowable] = []
    if doc.next_steps:
        steps: list[Flowable] = [para(doc.next_steps_title, st.h2, st)]
        steps.append(_bullets(list(doc.next_steps), st, doc.next_steps_sources))
        steps_box = [
            Spacer(1, st.sizes["space"] * 2),
            _box([steps], st, width, "key_fill", "accent"),
        ]
    if doc.safety is not None and not safety_first:
        gap = Spacer(1, st.sizes["space"] * 2)
        # the safety box here when it fits the page, else the next steps fill the gap first
        story.append(
            _FirstThatFits(
                [_safety_box(doc.safety, st, width), *steps_box],
                [*steps_box, gap, _safety(doc.safety, st, width)]
                if steps_box
                else [gap, _safety(doc.safety, st, width)],
            )
        )
    else:
        story += steps_box

    if doc.check_prompts:
        check = [para(doc.check_title, st.h2, st), para(doc.check_intro, st.body, st)]
        check.append(_numbered(doc.check_prompts, st))
        story.append(KeepTogether(check))

    # Questions
    story += _section_start(doc.questions_title, st)
    if doc.questions:
        story.append(_numbered(doc.questions, st))
    story.append(WriteLines(doc.blank_question_lines, width, line_gap, st.colors["rule"]))

    # Notes from the care team: clearly the clinician's own words. The title, the intro and
    # the first piece of the note share one row of the box, so the title is never stranded.
    head: list[Flowable] = [
        para(doc.notes_title, st.h2, st),
        para(Markup("<i>{}</i>").format(doc.notes_intro), st.small, st),
    ]
    rest: list[Flowable] = []
    if doc.notes:
        pieces = [
            para(Markup(chunk), st.body, st)
            for block in str(doc.notes).split("\n\n")
            for chunk in _chunks(block)
        ]
        head.append(pieces[0])
        rest = pieces[1:]
    else:
        head.append(WriteLines(3, width, line_gap, st.colors["rule"]))  # wrap() fits the box
    story.append(Spacer(1, st.sizes["space"] * 2))
    story.append(_box([head, *rest], st, width, "notes_fill", "notes_border"))

    # When to contact the care team
    contact: list[Flowable] = [
        para(doc.contact_title, st.h2, st),
        para(doc.contact_intro, st.body, st),
    ]
    contact.append(
        _bullets(
            [r.text for r in doc.contact_reasons],
            st,
            content.sort_sources(s for r in doc.contact_reasons for s in r.sources),
        )
    )
    story.append(Spacer(1, st.sizes["space"] * 2))
    story.append(KeepTogether([_box(contact, st, width, "contact_fill", "accent")]))

    # Words, sources and about this handout
    if doc.glossary:
        story.append(CondPageBreak(st.sizes["h1"] * 6))
        # no keepWithNext here: it would bind the title to the whole table and move both
        story.append(para(doc.glossary_title, st.h1_free, st))
        term_w = width * (0.38 if st.sizes["body"] > 13 else 0.32)
        rows = [
            [para(Markup("<b>{}</b>").format(t), st.term, st), para(m, st.body, st)]
            for t, m in doc.glossary
        ]
        table = RowsTable(rows, colWidths=[term_w, width - term_w])
        table.setStyle(
            _table_style(
                st,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, st.colors["rule"]),
                ],
            )
        )
        story.append(table)
    # The source list may run over a page: only its heading is kept with the first source,
    # and the about lines with the closing sentence.
    story.append(para(doc.sources_title, st.h2, st))
    if doc.translation_status:
        story.append(para(Markup("<i>{}</i>").format(doc.translation_status), st.small, st))
    story += [para(s, st.small, st) for s in doc.sources]
    about: list[Flowable] = [Spacer(1, st.sizes["space"])]
    about += [para(a, st.small, st) for a in doc.about]
    about.append(Spacer(1, st.sizes["space"]))
    about.append(para(Markup("<b>{}</b>").format(doc.disclaimer), st.body, st))
    story.append(KeepTogether(about))
    if doc.diary is not None:
        story += _diary(doc.diary, st, width)
    return story


def edition_divider(content: Content, st: HandoutStyles, width: float) -> list[Flowable]:
    """Where a bilingual handout's second language starts: a new page, a rule, its name."""
    return [
        PageBreak(),
        HRFlowable(width=width, thickness=1.2, color=st.colors["accent"]),
        para(Markup(content.string("language_name")), st.title, st),
        para(Markup(content.string("edition_intro")), st.body, st),
        Spacer(1, st.sizes["space"] * 2),
    ]


def _diary(diary: d.Diary, st: HandoutStyles, width: float) -> list[Flowable]:
    """A page of empty rows to note twitching day by day."""
    widths = [width * 0.2, width * 0.4, width * 0.4]
    rows: list[list[Flowable | str]] = [
        [para(Markup("<b>{}</b>").format(h), st.cell, st) for h in diary.header]
    ]
    count = diary.rows if st.sizes["body"] < 13 else diary.rows * 4 // 5  # one page either way
    rows += [["", "", ""] for _ in range(count)]
    table = Table(rows, colWidths=widths, rowHeights=[None] + [st.sizes["leading"] * 1.7] * count)
    table.setStyle(_grid_style(st))
    return [PageBreak(), para(diary.title, st.h1, st), para(diary.intro, st.body, st), table]
