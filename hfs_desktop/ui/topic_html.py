"""A topic's blocks as Qt rich-text HTML: headings, paragraphs, lists, milestones, tables.

Plain functions of (block, ``Sizes``) → an HTML string, so the topic view (``topic_view.py``)
only places widgets. Text values are escaped ``Markup`` (only ``<b>``/``<i>`` remain as tags);
sizes are pixels of the current text scale. Tables too wide for the column are shown row by
row (``stacked_html``), the option grid question by question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markupsafe import Markup, escape

from hfs_desktop.domain import document as d
from hfs_desktop.domain.content import DecisionAid
from hfs_desktop.domain.palette import color
from hfs_desktop.ui.theme import ACCENT, BORDER, MUTED, Sizes

# "[S1, E4, C1]", as sources_html writes it: seeds (S), studies (E), the clinic's own figures (C)
SOURCE_TAG = re.compile(r"\s*\[[A-Z]\d+(?:,\s*[A-Z]\d+)*\]")


def sources_html(sources: Sequence[str], sizes: Sizes) -> str:
    if not sources:
        return ""
    return (
        f' <span style="color:{MUTED}; font-size:{sizes.small}px">'
        f"[{escape(', '.join(sources))}]</span>"
    )


def heading_html(text: Markup, sizes: Sizes, sources: Sequence[str] = ()) -> str:
    return (
        f'<p style="margin-top:{sizes.px(22)}px; margin-bottom:{sizes.px(6)}px; '
        f'font-size:{sizes.heading}px; font-weight:600">{text}{sources_html(sources, sizes)}</p>'
    )


def paragraph_html(text: Markup, sources: Sequence[str], sizes: Sizes) -> str:
    body = str(text).replace("\n", "<br/>")
    return f'<p style="margin-bottom:{sizes.px(10)}px">{body}{sources_html(sources, sizes)}</p>'


def bullets_html(items: Sequence[Markup], sources: Sequence[str], sizes: Sizes) -> str:
    rows = "".join(
        f'<li style="margin-bottom:{sizes.px(6)}px">{item}'
        f"{sources_html(sources, sizes) if i == len(items) - 1 else ''}</li>"
        for i, item in enumerate(items)
    )
    return f'<ul style="margin-top:0; margin-bottom:{sizes.px(10)}px">{rows}</ul>'


def milestones_html(block: d.Milestones, sizes: Sizes) -> str:
    parts = []
    if block.phase:
        parts.append(
            f'<p style="margin-bottom:{sizes.px(10)}px"><b>{block.phase}</b>'
            f"{sources_html(block.sources, sizes)}</p>"
        )
    if block.check_up:
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="{sizes.px(12)}" '
            f'style="border-collapse:collapse; margin-bottom:{sizes.px(10)}px">'
            f'<tr><td style="background:{color("check_up_fill")}; '
            f'border:2px solid {color("check_up_border")}">'
            f"<b>{block.check_up}</b></td></tr></table>"
        )
    if block.next_steps:
        steps = "".join(f"<li>{step}</li>" for step in block.next_steps)
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="{sizes.px(12)}" '
            f'style="border-collapse:collapse; margin-bottom:{sizes.px(10)}px">'
            f'<tr><td style="background:{color("key_fill")}; border:2px solid {ACCENT}">'
            f"<b>{block.next_steps_title}</b><ul style='margin:0'>{steps}</ul></td></tr></table>"
        )
    pad = f"{sizes.px(6)}px {sizes.px(8)}px {sizes.px(6)}px 0"
    cell = f"padding:{pad}; border-bottom:1px solid {BORDER}"
    rows = "".join(
        f'<tr><td width="24%" style="{cell}"><b>{label}</b></td>'
        f'<td width="26%" style="{cell}">{when}</td>'
        f'<td style="{cell}">{text}</td></tr>'
        for label, when, text in block.rows
    )
    parts.append(f'<table width="100%" cellspacing="0">{rows}</table>')
    return "".join(parts)


def table_html(
    header: Sequence[Markup], rows: Sequence[Sequence[Markup]], sizes: Sizes, first: int = 30
) -> str:
    """A table with a header row, as in the handout (risks with numbers, option grid)."""
    pad = f"{sizes.px(6)}px {sizes.px(8)}px"
    cell = f"padding:{pad}; border:1px solid {BORDER}; vertical-align:top"
    head = "".join(
        f'<th align="left" style="{cell}; background:{color("key_fill")}"'
        + (f' width="{first}%"' if i == 0 else "")
        + f">{h}</th>"
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="{cell}">' + (f"<b>{c}</b>" if i == 0 else str(c)) + "</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table width="100%" cellspacing="0" style="border-collapse:collapse; '
        f'margin-bottom:{sizes.px(8)}px"><tr>{head}</tr>{body}</table>'
    )


def stacked_html(header: Sequence[Markup], rows: Sequence[Sequence[Markup]], sizes: Sizes) -> str:
    """A table too wide for the column, row by row: each row's first cell as a small heading,
    then each column's heading with that row's value. The same words, and no cell that can
    make a narrow column wider than the view."""
    parts = []
    for row in rows:
        parts.append(
            f'<p style="margin-top:{sizes.px(10)}px; margin-bottom:{sizes.px(4)}px">'
            f"<b>{row[0]}</b></p>"
        )
        parts.extend(
            f'<p style="margin-left:{sizes.px(16)}px; margin-bottom:{sizes.px(4)}px">'
            f"<i>{head}:</i> {value}</p>"
            for head, value in zip(header[1:], row[1:], strict=True)
        )
    return "".join(parts)


def grid_html(
    block: d.OptionGridBlock, sizes: Sizes, sources: Sequence[str], side_by_side: bool
) -> str:
    """The option grid: one column per option when the column is wide enough; otherwise (large
    text, a laptop) question by question, each with every option's answer, as large print
    prints it. The same rows for every option either way."""
    header = [block.corner, *block.options]
    rows = [[label, *cells] for label, cells in block.rows]
    if side_by_side:
        table = table_html(header, rows, sizes, first=18)
    else:
        table = stacked_html(header, rows, sizes)
    return (
        heading_html(block.title, sizes)
        + paragraph_html(Markup("<b>{}</b>").format(block.decision), (), sizes)
        + paragraph_html(block.intro, (), sizes)
        + table
        + paragraph_html(Markup(""), sources, sizes)
    )


def clinician_notes_html(notes: Sequence[tuple[str, str]], title: str, sizes: Sizes) -> str:
    """Where seeds and studies disagree: for the clinician, on screen only (never printed)."""
    items = "".join(
        f'<li style="margin-bottom:{sizes.px(4)}px"><b>{escape(words)}</b>: {escape(note)}</li>'
        for words, note in notes
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{sizes.px(10)}" '
        f'style="border-collapse:collapse"><tr>'
        f'<td style="background:{color("clinician_note_fill")}; '
        f'border:1px dashed {MUTED}; font-size:{sizes.small + 1}px">'
        f"<b>{escape(title)}</b><ul style='margin:0'>{items}</ul></td></tr></table>"
    )


def values_html(block: d.ValuesBlock, aid: DecisionAid, sizes: Sizes) -> str:
    """The values exercise as the patient reads it in patient view (no answer boxes)."""
    questions = [Markup(escape(item.text)) for item in (*aid.values, *aid.sure)]
    return (
        heading_html(block.title, sizes)
        + str(block.intro)
        + bullets_html(questions, (), sizes)
        + paragraph_html(Markup(escape(aid.leaning_title)), (), sizes)
    )
