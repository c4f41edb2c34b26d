"""The decision aid in print: the option grid (or its questions one by one in large print)
and the values exercise with leaning and SURE."""

from __future__ import annotations

from markupsafe import Markup
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from hfs_desktop.domain import document as d
from hfs_desktop.handout.flowables import (
    CHECKED,
    UNCHECKED,
    RowsTable,
    _grid_style,
    para,
)
from hfs_desktop.handout.styles import HandoutStyles


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
        return _option_questions(block, st, width, lead)
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


def _option_questions(
    block: d.OptionGridBlock, st: HandoutStyles, width: float, lead: list[Flowable]
) -> list[Flowable]:
    """The grid for large print: per question, the options in the same order; the lead-in
    stays with the first question's table."""
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
        head = [] if out else lead  # one KeepTogether each: nested ones never fit a page
        out.append(KeepTogether([*head, Spacer(1, st.sizes["space"]), table]))
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
