"""Build the handout's story: the flowables, in reading order, for one document and edition.

Only layout decisions live here; every word comes from ``domain.document`` (already escaped).
Page templates, header and footer are in ``layout.py``.
"""

from __future__ import annotations

import logging
import os

from markupsafe import Markup
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from hfs_desktop.domain import document as d
from hfs_desktop.handout.flowables import (
    RowsTable,
    WriteLines,
    _box,
    _bullets,
    _chunks,
    _FirstThatFits,
    _grid_style,
    _numbered,
    _ruled_style,
    _table_style,
    para,
)
from hfs_desktop.handout.safety_box import _safety, _safety_box
from hfs_desktop.handout.sections import _section, _section_start
from hfs_desktop.handout.styles import HandoutStyles

log = logging.getLogger(__name__)

LOGO_MAX_W, LOGO_MAX_H = 45 * mm, 20 * mm


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
    table.setStyle(_ruled_style(st, last_rule=-2, left=0, top=3, bottom=0))
    return table


def build_story(
    doc: d.HandoutDocument,
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
    safety_first = doc.safety is not None and doc.safety_first
    # one row: the title never sits alone at a page foot with the points on the next page
    sources = doc.key_points_sources
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
        story += _section(section, st, width)

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
            doc.contact_sources,
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
        table.setStyle(_ruled_style(st, last_rule=-1, left=0, rule=0.3))
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


def edition_divider(doc: d.HandoutDocument, st: HandoutStyles, width: float) -> list[Flowable]:
    """Where a bilingual handout's second language starts: a new page, a rule, its name."""
    return [
        PageBreak(),
        HRFlowable(width=width, thickness=1.2, color=st.colors["accent"]),
        para(doc.language_name, st.title, st),
        para(doc.edition_intro, st.body, st),
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
