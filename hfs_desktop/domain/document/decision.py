"""The decision aid's blocks: the option grid (with each option's chance out of 100) and the
values exercise with leaning and SURE."""

from __future__ import annotations

from markupsafe import Markup

from hfs_desktop.domain.document.blocks import OptionChance, OptionGridBlock, ValuesBlock
from hfs_desktop.domain.document.context import _Ctx


def _option_grid(ctx: _Ctx, grid_id: str) -> OptionGridBlock:
    grid = ctx.content.options.grids[grid_id]
    facts = ctx.content.facts
    chances = []
    for o in grid.options:
        if not o.chance_fact:  # our sources give no figure for this choice
            chances.append(OptionChance(ctx.r(o.name), None, None, Markup("")))
            continue
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
            + [s for o in grid.options if o.chance_fact for s in facts[o.chance_fact].sources],
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
