"""The handout as a neutral document: sections of rendered, escaped text and picture slots.

Built once from (session, content). The PDF builder lays it out with reportlab; the window's
topic pages show the same blocks, so screen and paper never say different things. Text values
are ``Markup``: content prose rendered by Jinja2 with autoescape, where everything the clinician
typed has been escaped. Only ``<b>``/``<i>`` from the content authors remain as tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from hfs_desktop.domain import personalize
from hfs_desktop.domain.clinic_outcomes import SOURCE_ID as CLINIC_SOURCE
from hfs_desktop.domain.clinic_outcomes import with_clinic_outcomes
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
class TableBlock:
    """A table with a header row (risks with numbers, slow recovery or a return)."""

    header: tuple[Markup, ...]
    rows: tuple[tuple[Markup, ...], ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class OptionChance:
    """One option's chance of relief, counted out of 100 for its icon array."""

    option: Markup
    low: int
    high: int
    words: Markup


@dataclass(frozen=True)
class OptionGridBlock:
    """The options side by side: the same rows for every option (see options.toml)."""

    grid: str
    title: Markup
    decision: Markup
    intro: Markup
    corner: Markup  # the top-left cell's words
    options: tuple[Markup, ...]  # column heads
    rows: tuple[tuple[Markup, tuple[Markup, ...]], ...]  # (row label, one cell per option)
    chances: tuple[OptionChance, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ValuesBlock:
    """The values exercise, "which way are you leaning" and SURE, with any recorded answers."""

    title: Markup
    intro: Markup
    answer_labels: tuple[Markup, ...]  # A lot / Some / A little
    values: tuple[tuple[Markup, Markup | None], ...]  # (statement, the patient's answer)
    leaning_title: Markup
    leaning: tuple[tuple[Markup, bool], ...]  # (choice, chosen)
    sure_title: Markup
    sure_intro: Markup
    yes_no: tuple[Markup, ...]
    sure: tuple[tuple[Markup, Markup | None], ...]  # (question, the patient's answer)
    answers_label: Markup  # "Your answers at the visit" / "Fill in at home"


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
    header: tuple[Markup, Markup, Markup]  # column heads: when, your date, what to expect
    phase: Markup | None
    check_up: Markup | None
    sources: tuple[str, ...]
    # "Your next steps" for the screen; the handout prints them in its own box at the end
    next_steps_title: Markup = Markup("")
    next_steps: tuple[Markup, ...] = ()


Block = (
    Heading
    | Paragraph
    | Bullets
    | Picture
    | CheckList
    | Milestones
    | TableBlock
    | OptionGridBlock
    | ValuesBlock
)


@dataclass(frozen=True)
class SafetyBox:
    """ "Get help now": emergency signs and same-day signs, with the numbers to call."""

    title: Markup
    intro: Markup
    emergency_title: Markup
    emergency_call: Markup
    emergency: tuple[Markup, ...]
    same_day_title: Markup
    same_day_call: Markup
    same_day: tuple[Markup, ...]
    sources: tuple[str, ...]


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
class Diary:
    """An optional page to note twitching day by day."""

    title: Markup
    intro: Markup
    header: tuple[Markup, ...]
    rows: int


@dataclass(frozen=True)
class HandoutDocument:
    """The whole handout's words, in order, ready for any renderer."""

    title: Markup
    purpose: Markup
    visit: tuple[VisitLine, ...]
    key_points_title: Markup
    key_points: tuple[Paragraph, ...]
    safety: SafetyBox | None
    sections: tuple[Section, ...]
    next_steps_title: Markup
    next_steps: tuple[Markup, ...]
    next_steps_sources: tuple[str, ...]
    check_title: Markup
    check_intro: Markup
    check_prompts: tuple[Markup, ...]  # empty unless the clinician chose to print them
    diary: Diary | None
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
    # A translated pack's status ("translated, not yet reviewed by ..."), in its language;
    # printed near the title and with the sources. Empty for the source language.
    translation_status: Markup = Markup("")
    patient_name: str = field(repr=False, default="")  # for the header only, never metadata


class _Ctx:
    """Render helper: one content, one personal context."""

    def __init__(self, session: Session, content: Content) -> None:
        self.session = session
        # the clinic's own figures, when the profile gave some, replace the published ones
        content = with_clinic_outcomes(content, session.clinic.outcomes)
        self.content = content
        side = session.patient.affected_side
        clinic = session.clinic
        words = content.strings
        self.base = {
            "you": session.patient.display_name or str(words.get("you", "you")),
            "side": str(words.get(f"side_word_{side or 'unknown'}", side or "affected")),
            "clinic_phone": clinic.phone.strip(),
            "out_of_hours_phone": clinic.out_of_hours_phone.strip(),
            "emergency_number": clinic.emergency_number.strip(),
        }

    def r(self, template: str, **extra: object) -> Markup:
        return self.content.render(template, **self.base, **extra)

    def s(self, key: str, **extra: object) -> Markup:
        return self.r(self.content.string(key), **extra)

    def srcs(self, ids: Iterable[str], *texts: str) -> tuple[str, ...]:
        """Sorted source ids; a text using a fact the clinic replaced also cites the clinic."""
        cited = list(ids)
        outcomes = self.session.clinic.outcomes
        if outcomes is not None and texts:
            replaced = {fid for fid, _count in outcomes.figures}
            used = {m for t in texts for m in FACT_RE.findall(t)}
            if used & replaced:
                cited.append(CLINIC_SOURCE)
        return self.content.sort_sources(cited)

    def label(self, key: str) -> Markup:
        labels = self.content.strings.get("visit_labels", {})
        return self.r(str(labels.get(key, key)))


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


def personal_extra(session: Session, content: Content) -> dict[str, object]:
    """The ``date(...)`` and ``months`` names personal templates may use."""
    dates = {d.milestone.id: d.date for d in personalize.milestones(session, content)}

    def date_of(milestone_id: str) -> str:
        day = dates.get(milestone_id)
        return personalize.format_date(day, content) if day else ""

    months = (
        personalize.months_between(session.surgery_date, session.visit_date)
        if session.surgery_date
        else 0
    )
    return {"date": date_of, "months": months}


def _option_grid(ctx: _Ctx, grid_id: str) -> OptionGridBlock:
    grid = ctx.content.options.grids[grid_id]
    facts = ctx.content.facts
    chances = []
    for o in grid.options:
        fact = facts[o.chance_fact]
        low = fact.per_100_low or 0
        high = fact.per_100_high if fact.per_100_high is not None else low
        chances.append(OptionChance(ctx.r(o.name), low, high, ctx.r(fact.words)))
    return OptionGridBlock(
        grid=grid_id,
        title=ctx.r(grid.title),
        decision=ctx.r(grid.decision),
        intro=ctx.r(grid.intro),
        corner=ctx.s("grid_corner"),
        options=tuple(ctx.r(o.name) for o in grid.options),
        rows=tuple(
            (ctx.r(label), tuple(ctx.r(o.cells[row_id]) for o in grid.options))
            for row_id, label in grid.rows
        ),
        chances=tuple(chances),
        sources=ctx.srcs(
            [s for o in grid.options for s in o.sources]
            + [s for o in grid.options for s in facts[o.chance_fact].sources],
            *(c for o in grid.options for c in o.cells.values()),
        ),
    )


def _values(ctx: _Ctx, grid_id: str) -> ValuesBlock:
    aid, decision = ctx.content.options, ctx.session.decision
    answers = {k: ctx.r(v) for k, v in aid.answers.items()}
    yes_no = {k: ctx.r(v) for k, v in aid.yes_no.items()}
    grid = aid.grids[grid_id]
    leaning = [(ctx.r(o.name), decision.leaning == o.id) for o in grid.options]
    leaning.append((ctx.r(aid.leaning_unsure), decision.leaning == "unsure"))
    recorded = not decision.empty
    return ValuesBlock(
        title=ctx.r(aid.values_title),
        intro=ctx.r(aid.values_intro),
        answer_labels=tuple(answers.values()),
        values=tuple(
            (ctx.r(v.text), answers.get(decision.values.get(v.id, ""))) for v in aid.values
        ),
        leaning_title=ctx.r(aid.leaning_title),
        leaning=tuple(leaning),
        sure_title=ctx.r(aid.sure_title),
        sure_intro=ctx.r(aid.sure_intro),
        yes_no=tuple(yes_no.values()),
        sure=tuple((ctx.r(v.text), yes_no.get(decision.sure.get(v.id, ""))) for v in aid.sure),
        answers_label=ctx.s("answers_recorded" if recorded else "answers_at_home"),
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
    ctx: _Ctx, sections: tuple[Section, ...], key_points: tuple[Paragraph, ...]
) -> tuple[tuple[Markup, Markup], ...]:
    """Only the words this handout actually uses: a short list is one people read."""
    printed = " ".join(
        [str(s.title) + " " + str(s.summary) for s in sections]
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


ABOUT_KEYS = ("authors", "reviewers", "funding", "conflicts", "update_policy")
FACT_RE = re.compile(r"""fact\(\s*["']([A-Za-z0-9_]+)["']\s*\)""")


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
            texts += [f'fact("{o.chance_fact}")' for o in grid.options]
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
        contact_reasons=tuple(
            Paragraph(ctx.r(r.text), ctx.srcs(r.sources)) for r in content.contact_reasons
        ),
        glossary_title=ctx.s("glossary_title"),
        glossary=_glossary_used(ctx, sections, key_points),
        sources_title=ctx.s("sources_title"),
        sources=sources,
        about=about,
        disclaimer=ctx.r(content.disclaimer),
        page_label=content.string("page_label"),
        patient_name=p.display_name,
        translation_status=escape(content.translation_line),
    )
