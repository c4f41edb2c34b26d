"""One topic for one patient: its heading and blocks (the same for the window and the PDF),
the safety box, and the facts a topic uses with any clinician-only notes on them."""

from __future__ import annotations

from markupsafe import Markup, escape

from hfs_desktop.domain import personalize
from hfs_desktop.domain.content import Content, Topic
from hfs_desktop.domain.document.blocks import (
    Block,
    Bullets,
    CheckItem,
    CheckList,
    Heading,
    Milestones,
    Paragraph,
    Picture,
    SafetyBox,
    SceneMaker,
    TableBlock,
)
from hfs_desktop.domain.document.context import FACT_RE, _Ctx, personal_extra
from hfs_desktop.domain.document.decision import _option_grid, _values
from hfs_desktop.domain.pictures import picture_for
from hfs_desktop.domain.scene import Scene
from hfs_desktop.domain.session import Session


def _scene_maker(kind: str, session: Session, content: Content) -> SceneMaker:
    """This patient's picture of ``kind``, to be drawn at whatever size the renderer has."""

    def draw(width: float, text_size: float) -> Scene:
        return picture_for(kind, session, content, width, text_size=text_size)

    return draw


def _milestones(ctx: _Ctx) -> Milestones:
    session, content = ctx.session, ctx.content
    rows = []
    dated = personalize.milestones(session, content)
    extra = personal_extra(session, content)
    twitching = personalize.twitching_now(session)
    for d in dated:
        when = Markup(escape(personalize.format_date(d.date, content))) if d.date else Markup("")
        text = d.milestone.text_for(twitching)
        rows.append((ctx.r(d.milestone.label, **extra), when, ctx.r(text, **extra)))
    phase = personalize.current_phase(session, content)
    cited = [s for d in dated for s in d.milestone.sources]
    cited += phase.sources if phase else ()
    heads = [ctx.r(str(h)) for h in content.strings.get("milestone_header", ["", "", ""])]
    return Milestones(
        rows=tuple(rows),
        header=(heads[0], heads[1], heads[2]),
        phase=ctx.r(phase.text, **extra) if phase and session.after_surgery else None,
        check_up=None,  # the phase says what fits; no "ask for a check-up" at the check-up
        sources=ctx.srcs(cited),
        next_steps_title=ctx.s("next_steps_title"),
        next_steps=tuple(ctx.r(step, **extra) for step in phase.next_steps) if phase else (),
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
        if not personalize.applies(b.when, session):
            continue
        if b.type == "heading":
            out.append(Heading(ctx.r(b.text)))
        elif b.type == "paragraph":
            out.append(Paragraph(ctx.r(b.text), ctx.srcs(b.sources, b.text)))
        elif b.type == "bullets":
            out.append(Bullets(tuple(ctx.r(i) for i in b.items), ctx.srcs(b.sources, *b.items)))
        elif b.type == "table":
            out.append(
                TableBlock(
                    tuple(ctx.r(h) for h in b.header),
                    tuple(tuple(ctx.r(c) for c in row) for row in b.rows),
                    ctx.srcs(b.sources, *(c for row in b.rows for c in row)),
                )
            )
        elif b.type == "option_grid":
            out.append(_option_grid(ctx, b.grid))
        elif b.type == "values":
            out.append(_values(ctx, b.grid))
        elif b.type == "picture":
            out.append(Picture(b.picture, _scene_maker(b.picture, session, content)))
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
                    sources=ctx.srcs(s for c in topic.causes for s in c.sources),
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
                        sources=ctx.srcs(g.sources),
                        mark_label=ctx.s("risk_marked"),
                    )
                )
        elif b.type == "personal" and session.after_surgery:
            out.append(_milestones(ctx))
    return tuple(out)


def safety_box(session: Session, content: Content) -> SafetyBox | None:
    """The "Get help now" box: on every handout for someone who has had or will have surgery
    (all three stages). The call lines adapt to the numbers the clinic profile has."""
    if session.stage not in ("before_surgery", "after_surgery", "considering_second_surgery"):
        return None  # pragma: no cover - every stage today is a surgical one
    ctx = _Ctx(session, content)
    net = content.safety
    return SafetyBox(
        title=ctx.r(net.title),
        intro=ctx.r(net.intro),
        emergency_title=ctx.r(net.emergency_title),
        emergency_call=ctx.r(net.emergency_call),
        emergency=tuple(ctx.r(i) for i in net.emergency),
        same_day_title=ctx.r(net.same_day_title),
        same_day_call=ctx.r(net.same_day_call),
        same_day=tuple(ctx.r(i) for i in net.same_day),
        sources=ctx.srcs(net.sources),
    )


def topic_fact_ids(topic: Topic, content: Content) -> list[str]:
    """The facts a topic's words use (its blocks, causes and option grids), in first-use order."""
    texts: list[str] = []
    for b in topic.blocks:
        texts += [b.text, *b.items, *(c for row in b.rows for c in row)]
        if b.type == "option_grid":
            grid = content.options.grids[b.grid]
            texts += [c for o in grid.options for c in o.cells.values()]
            for o in grid.options:
                counted = [o.chance_fact, *(h.chance_fact for h in o.harms)]
                texts += [f'fact("{fid}")' for fid in counted if fid]
    texts += [c.text for c in topic.causes]
    found = [m for t in texts for m in FACT_RE.findall(t)]
    return list(dict.fromkeys(found))


def clinician_notes(topic: Topic, content: Content) -> list[tuple[str, str]]:
    """Where a seed and the studies disagree on a figure this topic uses: (fact words, note).

    Shown on screen to the clinician only; never printed on the handout.
    """
    out = []
    for fid in topic_fact_ids(topic, content):
        fact = content.facts.get(fid)
        if fact is not None and fact.conflict:
            out.append((fact.words, fact.conflict))
    return out
