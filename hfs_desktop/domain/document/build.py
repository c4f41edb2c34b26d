"""``build_document``: everything the handout says for one session, in print order, with
the glossary cut to the words the handout uses."""

from __future__ import annotations

from markupsafe import Markup, escape

from hfs_desktop.domain import personalize
from hfs_desktop.domain.content import Content
from hfs_desktop.domain.document.blocks import (
    Block,
    Bullets,
    CheckList,
    Diary,
    HandoutDocument,
    Heading,
    Milestones,
    OptionGridBlock,
    Paragraph,
    Section,
    TableBlock,
    ValuesBlock,
    VisitLine,
)
from hfs_desktop.domain.document.context import _Ctx, personal_extra
from hfs_desktop.domain.document.topics import safety_box, topic_blocks, topic_heading
from hfs_desktop.domain.session import Session

ABOUT_KEYS = ("authors", "reviewers", "funding", "conflicts", "update_policy")


def _block_text(block: Block) -> str:
    if isinstance(block, Heading | Paragraph):
        return str(block.text)
    if isinstance(block, Bullets):
        return " ".join(block.items)
    if isinstance(block, CheckList):
        return " ".join(f"{i.title} {i.text}" for i in block.items) + str(block.title)
    if isinstance(block, Milestones):
        return " ".join(" ".join(r) for r in block.rows) + str(block.phase or "")
    if isinstance(block, TableBlock):
        return " ".join(" ".join(r) for r in (block.header, *block.rows))
    if isinstance(block, OptionGridBlock):
        cells = [c for _label, row in block.rows for c in row]
        return " ".join([block.decision, block.intro, *block.options, *cells])
    if isinstance(block, ValuesBlock):
        return " ".join([block.intro, *(v for v, _ in block.values)])
    return ""


def _glossary_used(
    ctx: _Ctx,
    sections: tuple[Section, ...],
    key_points: tuple[Paragraph, ...],
    front: tuple[Markup, ...] = (),
) -> tuple[tuple[Markup, Markup], ...]:
    """Only the words this handout actually uses: a short list is one people read.
    ``front``: page 1's own words (the title and the purpose line name the condition)."""
    printed = " ".join(
        [str(t) for t in front]
        + [str(s.title) + " " + str(s.summary) for s in sections]
        + [_block_text(b) for s in sections for b in s.blocks]
        + [str(k.text) for k in key_points]
    ).lower()
    terms = [(g, str(ctx.r(g.term))) for g in ctx.content.glossary]

    def names(term: str) -> list[str]:
        # "microvascular decompression (MVD)" is used when either part is
        parts = [part.strip(" )").lower() for part in term.split("(") if part.strip(" )")]
        return [n for n in [term.lower(), *parts] if n]

    # Longer terms first, and their words blanked out, so "anaesthetic" is listed only when
    # it is used on its own and not just inside "general anaesthetic".
    used: set[str] = set()
    rest = printed
    for _g, term in sorted(terms, key=lambda t: -len(t[1])):
        found = [n for n in names(term) if n in rest]
        if found:
            used.add(term)
            for n in sorted(found, key=len, reverse=True):
                rest = rest.replace(n, " ")
    return tuple((Markup(term), ctx.r(g.meaning)) for g, term in terms if term in used)


def build_document(session: Session, content: Content) -> HandoutDocument:
    """Everything the handout says for this session, in print order."""
    ctx = _Ctx(session, content)
    content = ctx.content
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
    sources = tuple(ctx.s("source_line", id=s.id, citation=s.citation) for s in content.sources)
    about = (
        *(ctx.r(str(content.about[key])) for key in ABOUT_KEYS),
        ctx.s("about_version", version=content.version),
        ctx.s(
            "about_review",
            review=personalize.format_date(content.review_date, content),
            next_review=personalize.format_date(content.next_review_date, content),
        ),
    )
    key_points = tuple(
        Paragraph(ctx.r(k.text), ctx.srcs(k.sources, k.text))
        for k in personalize.key_points(session, content)
    )
    phase = personalize.current_phase(session, content)
    extra = personal_extra(session, content)
    next_steps = tuple(ctx.r(step, **extra) for step in phase.next_steps) if phase else ()
    contact_reasons = tuple(
        Paragraph(ctx.r(r.text), ctx.srcs(r.sources))
        for r in content.contact_reasons
        if personalize.applies(r.when, session)
    )
    check_prompts: tuple[Markup, ...] = ()
    if session.handout.check_understanding:
        check_prompts = tuple(
            ctx.r(tb.prompt) for s in sections for tb in content.topics[s.id].teach_back
        )
    diary = None
    if session.handout.twitch_diary:
        diary = Diary(
            ctx.s("diary_title"),
            ctx.s("diary_intro"),
            tuple(ctx.r(str(h)) for h in content.strings.get("diary_header", [])),
            int(content.strings.get("diary_rows", 14)),
        )
    return HandoutDocument(
        title=ctx.s("title"),
        purpose=ctx.s("purpose"),
        visit=tuple(visit),
        key_points_title=ctx.s("key_points_title"),
        key_points=key_points,
        safety=safety_box(session, content),
        sections=sections,
        next_steps_title=ctx.s("next_steps_title"),
        next_steps=next_steps,
        next_steps_sources=ctx.srcs(phase.sources) if phase else (),
        check_title=ctx.s("check_title"),
        check_intro=ctx.s("check_intro"),
        check_prompts=check_prompts,
        diary=diary,
        questions_title=ctx.s("questions_title"),
        questions=questions,
        blank_question_lines=int(content.strings.get("own_questions_blank_lines", 3)),
        notes_title=ctx.s("notes_title"),
        notes_intro=ctx.s("notes_intro"),
        notes=escape(session.notes.strip()),
        contact_title=ctx.r(content.contact_title),
        contact_intro=ctx.r(content.contact_intro),
        contact_reasons=contact_reasons,
        glossary_title=ctx.s("glossary_title"),
        glossary=_glossary_used(ctx, sections, key_points, (ctx.s("title"), ctx.s("purpose"))),
        sources_title=ctx.s("sources_title"),
        sources=sources,
        about=about,
        disclaimer=ctx.r(content.disclaimer),
        page_label=content.string("page_label"),
        running_header=(
            f"{content.string('title')} · {personalize.format_date(session.visit_date, content)}"
        ),
        safety_first=session.after_surgery,
        key_points_sources=content.sort_sources(s for k in key_points for s in k.sources),
        contact_sources=content.sort_sources(s for r in contact_reasons for s in r.sources),
        language_name=Markup(content.string("language_name")),
        edition_intro=Markup(content.string("edition_intro")),
        translation_status=escape(content.translation_line),
    )
