"""The handout as a neutral document: sections of rendered, escaped text and picture slots.

Built once from (session, content). The PDF builder lays it out with reportlab; the window's
topic pages show the same blocks, so screen and paper never say different things. Text values
are ``Markup``: content prose rendered by Jinja2 with autoescape, where everything the clinician
typed has been escaped. Only ``<b>``/``<i>`` from the content authors remain as tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from hfs_desktop.domain import personalize
from hfs_desktop.domain.content import Content, Topic
from hfs_desktop.domain.session import Session, TopicId


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section."""

    text: Markup


@dataclass(frozen=True)
class Paragraph:
    """Running text with the sources it cites."""

    text: Markup
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bullets:
    """A bulleted list with the sources it cites."""

    items: tuple[Markup, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Picture:
    """A picture built from the session (see ``domain.pictures``)."""

    kind: str  # outcomes | lasting_relief | recurrence | timeline | diagram


@dataclass(frozen=True)
class CheckItem:
    """An item the clinician can mark (cause that fits, risk discussed)."""

    id: str
    title: Markup
    text: Markup
    marked: bool


@dataclass(frozen=True)
class CheckList:
    """Causes or risks, each marked when the clinician ticked it."""

    kind: str  # causes | risks
    title: Markup
    items: tuple[CheckItem, ...]
    sources: tuple[str, ...]
    mark_label: Markup


@dataclass(frozen=True)
class Milestones:
    """The patient's own recovery dates and where the visit falls among them."""

    rows: tuple[tuple[Markup, Markup, Markup], ...]  # (label, date or "", text)
    phase: Markup | None
    check_up: Markup | None
    sources: tuple[str, ...]


Block = Heading | Paragraph | Bullets | Picture | CheckList | Milestones


@dataclass(frozen=True)
class Section:
    """One topic as printed: title, summary and blocks."""

    id: TopicId
    title: Markup
    summary: Markup
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class VisitLine:
    """One line of the visit box (who, when, which side, ...)."""

    label: Markup
    value: Markup


@dataclass(frozen=True)
class HandoutDocument:
    """The whole handout's words, in order, ready for any renderer."""

    title: Markup
    visit: tuple[VisitLine, ...]
    key_points_title: Markup
    key_points: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    questions_title: Markup
    questions: tuple[Markup, ...]
    blank_question_lines: int
    notes_title: Markup
    notes_intro: Markup
    notes: Markup  # escaped, line breaks kept as "\n"
    contact_title: Markup
    contact_intro: Markup
    contact_reasons: tuple[Paragraph, ...]
    glossary_title: Markup
    glossary: tuple[tuple[Markup, Markup], ...]
    sources_title: Markup
    sources: tuple[Markup, ...]
    about: tuple[Markup, ...]
    disclaimer: Markup
    page_label: str  # "Page {page} of {pages}"
    patient_name: str = field(repr=False, default="")  # for the header only, never metadata


class _Ctx:
    """Render helper: one content, one personal context."""

    def __init__(self, session: Session, content: Content) -> None:
        self.session = session
        self.content = content
        side = session.patient.affected_side
        self.base = {
            "you": session.patient.display_name or "you",
            "side": side or "affected",
            "clinic_phone": session.clinic.phone,
        }

    def r(self, template: str, **extra: object) -> Markup:
        return self.content.render(template, **self.base, **extra)

    def s(self, key: str, **extra: object) -> Markup:
        return self.r(self.content.string(key), **extra)

    def label(self, key: str) -> Markup:
        labels = self.content.strings.get("visit_labels", {})
        return self.r(str(labels.get(key, key)))


def _milestones(ctx: _Ctx) -> Milestones:
    session, content = ctx.session, ctx.content
    rows = []
    dated = personalize.milestones(session, content)
    dates = {d.milestone.id: d.date for d in dated}

    def date_of(milestone_id: str) -> str:
        day = dates.get(milestone_id)
        return personalize.format_date(day, content) if day else ""

    months = (
        personalize.months_between(session.surgery_date, session.visit_date)
        if session.surgery_date
        else 0
    )
    extra = {"date": date_of, "months": months}
    for d in dated:
        when = Markup(escape(personalize.format_date(d.date, content))) if d.date else Markup("")
        rows.append((ctx.r(d.milestone.label, **extra), when, ctx.r(d.milestone.text, **extra)))
    phase = personalize.current_phase(session, content)
    check = personalize.needs_check_up(session)
    cited = [s for d in dated for s in d.milestone.sources]
    cited += (phase.sources if phase else ()) + (content.check_up_sources if check else ())
    return Milestones(
        rows=tuple(rows),
        phase=ctx.r(phase.text, **extra) if phase else None,
        check_up=ctx.r(content.check_up, **extra) if check else None,
        sources=tuple(dict.fromkeys(cited)),  # each source once, in first-cited order
    )


def topic_heading(topic: Topic, session: Session, content: Content) -> tuple[Markup, Markup]:
    """A topic's (title, summary) for this patient, as the handout prints them."""
    ctx = _Ctx(session, content)
    return ctx.r(topic.title), ctx.r(topic.summary)


def topic_blocks(topic: Topic, session: Session, content: Content) -> tuple[Block, ...]:
    """The blocks of one topic for this patient: the same for the window and the PDF."""
    ctx = _Ctx(session, content)
    out: list[Block] = []
    for b in topic.blocks:
        if b.type == "heading":
            out.append(Heading(ctx.r(b.text)))
        elif b.type == "paragraph":
            out.append(Paragraph(ctx.r(b.text), b.sources))
        elif b.type == "bullets":
            out.append(Bullets(tuple(ctx.r(i) for i in b.items), b.sources))
        elif b.type == "picture":
            out.append(Picture(b.picture))
        elif b.type == "causes":
            relevant = set(session.causes_relevant)
            out.append(
                CheckList(
                    kind="causes",
                    title=Markup(""),
                    items=tuple(
                        CheckItem(c.id, ctx.r(c.title), ctx.r(c.text), c.id in relevant)
                        for c in topic.causes
                    ),
                    sources=tuple(dict.fromkeys(s for c in topic.causes for s in c.sources)),
                    mark_label=ctx.s("cause_marked"),
                )
            )
        elif b.type == "risks":
            discussed = set(session.risks_discussed)
            for g in topic.risk_groups:
                out.append(
                    CheckList(
                        kind="risks",
                        title=ctx.r(g.title),
                        items=tuple(
                            CheckItem(r.id, Markup(""), ctx.r(r.text), r.id in discussed)
                            for r in g.risks
                        ),
                        sources=g.sources,
                        mark_label=ctx.s("risk_marked"),
                    )
                )
        elif b.type == "personal" and session.after_surgery:
            out.append(_milestones(ctx))
    return tuple(out)


def _block_text(block: Block) -> str:
    if isinstance(block, Heading | Paragraph):
        return str(block.text)
    if isinstance(block, Bullets):
        return " ".join(block.items)
    if isinstance(block, CheckList):
        return " ".join(f"{i.title} {i.text}" for i in block.items) + str(block.title)
    if isinstance(block, Milestones):
        return " ".join(" ".join(r) for r in block.rows) + str(block.phase or "")
    return ""


def _glossary_used(
    ctx: _Ctx, sections: tuple[Section, ...], key_points: tuple[Paragraph, ...]
) -> tuple[tuple[Markup, Markup], ...]:
    """Only the words this handout actually uses: a short list is one people read."""
    printed = " ".join(
        [str(s.title) + " " + str(s.summary) for s in sections]
        + [_block_text(b) for s in sections for b in s.blocks]
        + [str(k.text) for k in key_points]
    ).lower()
    out = []
    for g in ctx.content.glossary:
        term = str(ctx.r(g.term))
        # "microvascular decompression (MVD)" is used when either part is
        names = [term.lower()] + [
            part.strip(" )").lower() for part in term.split("(") if part.strip(" )")
        ]
        if any(name and name in printed for name in names):
            out.append((Markup(term), ctx.r(g.meaning)))
    return tuple(out)


def build_document(session: Session, content: Content) -> HandoutDocument:
    """Everything the handout says for this session, in print order."""
    ctx = _Ctx(session, content)
    p = session.patient
    visit: list[VisitLine] = [
        VisitLine(ctx.label("name"), escape(p.display_name)),
        VisitLine(
            ctx.label("visit_date"), escape(personalize.format_date(session.visit_date, content))
        ),
    ]
    if session.after_surgery and session.surgery_date:
        visit.append(
            VisitLine(
                ctx.label("surgery_date"),
                escape(personalize.format_date(session.surgery_date, content)),
            )
        )
    if p.affected_side:
        visit.append(VisitLine(ctx.label("side"), ctx.s(f"side_{p.affected_side}")))
    if session.clinician:
        visit.append(VisitLine(ctx.label("clinician"), escape(session.clinician)))
    if session.clinic.name:
        visit.append(VisitLine(ctx.label("clinic"), escape(session.clinic.name)))

    sections = tuple(
        Section(
            tid,
            *topic_heading(content.topics[tid], session, content),
            blocks=topic_blocks(content.topics[tid], session, content),
        )
        for tid in personalize.chosen_sections(session)
    )
    chosen = set(session.question_prompts)
    questions = tuple(ctx.r(q.text) for q in content.prompts if q.id in chosen) + tuple(
        escape(q) for q in session.questions if q.strip()
    )
    sources = tuple(
        ctx.s("source_line", id=s.id, title=s.title, document=s.document) for s in content.sources
    )
    about = (
        ctx.s("about_version", version=content.version),
        ctx.s(
            "about_review",
            review=personalize.format_date(content.review_date, content),
            next_review=personalize.format_date(content.next_review_date, content),
        ),
    )
    key_points = tuple(
        Paragraph(ctx.r(k.text), k.sources) for k in personalize.key_points(session, content)
    )
    return HandoutDocument(
        title=ctx.s("title"),
        visit=tuple(visit),
        key_points_title=ctx.s("key_points_title"),
        key_points=key_points,
        sections=sections,
        questions_title=ctx.s("questions_title"),
        questions=questions,
        blank_question_lines=int(content.strings.get("own_questions_blank_lines", 3)),
        notes_title=ctx.s("notes_title"),
        notes_intro=ctx.s("notes_intro"),
        notes=escape(session.notes.strip()),
        contact_title=ctx.r(content.contact_title),
        contact_intro=ctx.r(content.contact_intro),
        contact_reasons=tuple(Paragraph(ctx.r(r.text), r.sources) for r in content.contact_reasons),
        glossary_title=ctx.s("glossary_title"),
        glossary=_glossary_used(ctx, sections, key_points),
        sources_title=ctx.s("sources_title"),
        sources=sources,
        about=about,
        disclaimer=ctx.r(content.disclaimer),
        page_label=content.string("page_label"),
        patient_name=p.display_name,
    )
