"""One topic section in print: its heading and every block (text, lists, pictures, check
lists, the patient's dates, tables and the decision aid), headings kept with what follows."""

from __future__ import annotations

from markupsafe import Markup
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Spacer, Table

from hfs_desktop.domain import document as d
from hfs_desktop.handout.decision_aid import _option_grid, _values
from hfs_desktop.handout.flowables import (
    BULLET,
    CHECKED,
    RowsTable,
    _box,
    _bullets,
    _grid_style,
    _ruled_style,
    _table_style,
    para,
)
from hfs_desktop.handout.styles import HandoutStyles


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
    table.setStyle(_ruled_style(st, last_rule=-1, left=2, top=4))
    out.append(table)
    out.append(Spacer(1, st.sizes["space"]))
    return out


def _table(block: d.TableBlock, st: HandoutStyles, width: float) -> list[Flowable]:
    n = len(block.header)
    first = width * (0.34 if n == 3 else 0.4)
    widths = [first] + [(width - first) / (n - 1)] * (n - 1)
    rows = [[para(Markup("<b>{}</b>").format(h), st.cell, st) for h in block.header]]
    rows += [[para(c, st.cell, st) for c in row] for row in block.rows]
    table = RowsTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(st))
    return [table, para("", st.small, st, block.sources)]


def _picture(picture: d.Picture, st: HandoutStyles, width: float) -> list[Flowable]:
    from hfs_desktop.handout.scene_pdf import SceneFlowable

    scene = picture.draw(width, st.sizes["picture_text"])
    # a tall picture comes in rows that may run over two pages (the first with the title,
    # the last with the caption); any other is kept whole
    drawings = [SceneFlowable(part, st.fonts.regular, st.fonts.bold) for part in scene.parts()]
    first: list[Flowable] = [Spacer(1, st.sizes["space"]), drawings[0]]
    last: list[Flowable] = [drawings[-1]] if len(drawings) > 1 else first
    if scene.caption:
        last.append(para(Markup.escape(scene.caption), st.caption, st))
    if len(drawings) == 1:
        return [KeepTogether(first)]
    return [KeepTogether(first), *drawings[1:-1], KeepTogether(last)]


def _section_start(title: str, st: HandoutStyles) -> list[Flowable]:
    """A rule and a heading that never sit alone at the bottom of a page."""
    return [
        CondPageBreak(st.sizes["h1"] * 8),
        HRFlowable(width="100%", thickness=1.5, color=st.colors["accent"], spaceBefore=6),
        para(title, st.h1, st),
    ]


def _section(section: d.Section, st: HandoutStyles, width: float) -> list[Flowable]:
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
            out += _picture(block, st, width)
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
