"""The decision aid (``options.toml``): option grids, the values exercise, leaning and SURE."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hfs_desktop.domain.content.model import Fact
from hfs_desktop.domain.content.toml_files import ContentError, _need, _srcs


@dataclass(frozen=True)
class Harm:
    """One harm of a choice, for its icon array: the fact counting it out of 100, or ""
    where our sources give no figure (the picture then says so instead of a number)."""

    id: str
    label: str
    chance_fact: str  # "" : our sources do not say how many
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class GridOption:
    """One choice in an option grid: its name, one cell per grid row, its chance fact and
    its harms, so benefits and harms each get an icon array out of the same 100."""

    id: str
    name: str
    cells: Mapping[str, str]
    chance_fact: str  # fact with per_100 counts: how many get relief; "" : not known
    sources: tuple[str, ...]
    harms: tuple[Harm, ...] = ()


@dataclass(frozen=True)
class OptionGrid:
    """Options side by side with the same rows for each (options.toml [grids.<id>])."""

    id: str
    title: str
    decision: str
    intro: str
    rows: tuple[tuple[str, str], ...]  # (row id, row label)
    options: tuple[GridOption, ...]


@dataclass(frozen=True)
class ValueItem:
    """A statement in the "what matters most to you" exercise."""

    id: str
    text: str


@dataclass(frozen=True)
class DecisionAid:
    """Everything in options.toml: the grids, the values exercise, leaning and SURE."""

    grids: Mapping[str, OptionGrid]
    values_title: str
    values_intro: str
    values: tuple[ValueItem, ...]
    answers: Mapping[str, str]  # a_lot / some / little -> words
    leaning_title: str
    leaning_unsure: str
    sure_title: str
    sure_intro: str
    sure: tuple[ValueItem, ...]
    yes_no: Mapping[str, str]  # yes / no -> words


def _counted(
    table: Mapping[str, Any], where: str, facts: Mapping[str, Fact], *, required: bool
) -> str:
    """A ``chance_fact``: a fact with ``per_100_low`` (one denominator for every icon array),
    or "" where the key is left out on purpose: our sources give no figure."""
    if "chance_fact" not in table and not required:
        return ""
    fid = _need(table, "chance_fact", where)
    if fid not in facts or facts[fid].per_100_low is None:
        raise ContentError(f"{where}: chance_fact {fid!r} needs a fact with per_100_low")
    return str(fid)


def _harms(
    o: Mapping[str, Any], where: str, known: set[str], facts: Mapping[str, Fact]
) -> tuple[Harm, ...]:
    harms = []
    for h in _need(o, "harms", where):
        hw = f"{where} harm {h.get('id')}"
        fid = _counted(h, hw, facts, required=False)
        sources = _srcs(h, hw, known) if fid or "sources" in h else ()
        harms.append(Harm(_need(h, "id", hw), _need(h, "label", hw), fid, sources))
    if not harms:
        raise ContentError(f"{where}: list at least one harm (or one our sources say nothing on)")
    return tuple(harms)


def _options(data: Mapping[str, Any], known: set[str], facts: Mapping[str, Fact]) -> DecisionAid:
    """options.toml: every grid has the same rows for every option, and every option's chance
    and harms are facts counted out of 100 (or left out where no source gives a figure), so
    the icon arrays share one denominator."""
    grids = {}
    for gid, g in _need(data, "grids", "options.toml").items():
        where = f"options.toml [grids.{gid}]"
        rows = tuple((r["id"], r["label"]) for r in _need(g, "rows", where))
        row_ids = [r for r, _ in rows]
        options = []
        for o in _need(g, "options", where):
            ow = f"{where} option {o.get('id')}"
            cells = dict(_need(o, "cells", ow))
            if sorted(cells) != sorted(row_ids):
                raise ContentError(f"{ow}: cells must be exactly the rows {row_ids}")
            chance = _counted(o, ow, facts, required=False)
            harms = _harms(o, ow, known, facts)
            options.append(
                GridOption(o["id"], o["name"], cells, chance, _srcs(o, ow, known), harms)
            )
        grids[gid] = OptionGrid(
            gid,
            _need(g, "title", where),
            _need(g, "decision", where),
            _need(g, "intro", where),
            rows,
            tuple(options),
        )
    values = _need(data, "values", "options.toml")
    sure = _need(data, "sure", "options.toml")
    return DecisionAid(
        grids=grids,
        values_title=_need(values, "title", "options.toml [values]"),
        values_intro=_need(values, "intro", "options.toml [values]"),
        values=tuple(ValueItem(v["id"], v["text"]) for v in _need(values, "items", "values")),
        answers=dict(_need(values, "answers", "options.toml [values]")),
        leaning_title=_need(data, "leaning_title", "options.toml"),
        leaning_unsure=_need(data, "leaning_unsure", "options.toml"),
        sure_title=_need(sure, "title", "options.toml [sure]"),
        sure_intro=_need(sure, "intro", "options.toml [sure]"),
        sure=tuple(ValueItem(v["id"], v["text"]) for v in _need(sure, "items", "sure")),
        yes_no=dict(_need(sure, "answers", "options.toml [sure]")),
    )
