"""Build the handout's story: the flowables, in reading order, for one document and edition.

Only layout decisions live here; every word comes from ``domain.document`` (already escaped).
Page templates, header and footer are in ``layout.py``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

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
CHECKED, UNCHECKED = "\u2611", "\u2610"


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


def _box(content: list[Flowable], st: HandoutStyles, width: float, fill: str, border: str) -> Table:
    """A framed, shaded box that can still break across pages between its rows (one row per
    flowable). Rows must each fit a page: long text goes in as ``_chunks``."""
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
        mark = CHECKED if item.marked else UNCHECKED
        text = Markup("<b>{}</b><br/>").format(item.title) + item.text if item.title else item.text
        cell: list[Flowable] = [para(text, st.body, st)]
        if item.marked:
            cell.append(para(Markup("<i>{}</i>").format(block.mark_label), st.small, st))
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
    table = Table(rows, colWidths=[label_w, date_w, width - label_w - date_w], repeatRows=0)
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
    for block in section.blocks:
        if isinstance(block, d.Heading):
            out.append(para(block.text, st.h2, st))
        elif isinstance(block, d.Paragraph):
            out.append(para(block.text, st.body, st, block.sources))
        elif isinstance(block, d.Bullets):
            out.append(_bullets(block.items, st, block.sources))
        elif isinstance(block, d.Picture):
            out += _picture(block.kind, session, content, st, width)
        elif isinstance(block, d.CheckList):
            out += _check_list(block, st, width)
        elif isinstance(block, d.Milestones):
            out += _milestones(block, st, width)
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
) -> list[Flowable]:
    """The whole handout, in the order of the brief."""
    line_gap = st.sizes["leading"] * 1.6
    story: list[Flowable] = [_title(doc, st, width, logo), _visit_table(doc, st, width)]

    story.append(Spacer(1, st.sizes["space"] * 2))
    key = [para(doc.key_points_title, st.h2, st)]
    key.append(_bullets([p.text for p in doc.key_points], st))
    sources = sorted({s for p in doc.key_points for s in p.sources})
    key.append(para("", st.small, st, sources))
    story.append(_box(key, st, width, "key_fill", "accent"))

    for section in doc.sections:
        story += _section(section, session, content, st, width)

    # Questions
    story += _section_start(doc.questions_title, st)
    if doc.questions:
        story.append(
            ListFlowable(
                [ListItem(para(q, st.bullet, st)) for q in doc.questions],
                bulletType="1",
                bulletFormat="%s.",
                bulletFontName=st.fonts.regular,
                bulletFontSize=st.sizes["body"],
                leftIndent=st.sizes["body"] * 1.8,
            )
        )
    story.append(WriteLines(doc.blank_question_lines, width, line_gap, st.colors["rule"]))

    # Notes from the care team: clearly the clinician's own words
    notes: list[Flowable] = [
        para(doc.notes_title, st.h2, st),
        para(Markup("<i>{}</i>").format(doc.notes_intro), st.small, st),
    ]
    if doc.notes:
        for block in str(doc.notes).split("\n\n"):
            notes += [para(Markup(chunk), st.body, st) for chunk in _chunks(block)]
    else:
        notes.append(WriteLines(3, width, line_gap, st.colors["rule"]))  # wrap() fits the box
    story.append(Spacer(1, st.sizes["space"] * 2))
    story.append(_box(notes, st, width, "notes_fill", "notes_border"))

    # When to contact the care team
    contact: list[Flowable] = [
        para(doc.contact_title, st.h2, st),
        para(doc.contact_intro, st.body, st),
    ]
    contact.append(
        _bullets(
            [r.text for r in doc.contact_reasons],
            st,
            sorted({s for r in doc.contact_reasons for s in r.sources}),
        )
    )
    story.append(Spacer(1, st.sizes["space"] * 2))
    story.append(KeepTogether([_box(contact, st, width, "contact_fill", "accent")]))

    # Words, sources and about this handout
    if doc.glossary:
        story.append(CondPageBreak(st.sizes["h1"] * 6))
        story.append(para(doc.glossary_title, st.h1, st))
        term_w = width * 0.3
        rows = [
            [para(Markup("<b>{}</b>").format(t), st.body, st), para(m, st.body, st)]
            for t, m in doc.glossary
        ]
        table = Table(rows, colWidths=[term_w, width - term_w])
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
    tail: list[Flowable] = [para(doc.sources_title, st.h2, st)]
    tail += [para(s, st.small, st) for s in doc.sources]
    tail += [para(a, st.small, st) for a in doc.about]
    tail.append(Spacer(1, st.sizes["space"]))
    tail.append(para(Markup("<b>{}</b>").format(doc.disclaimer), st.body, st))
    story.append(KeepTogether(tail))
    return story
