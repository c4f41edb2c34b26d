"""One topic file (``topics/<id>.toml``): its blocks, when each shows, causes, risks and
teach-back questions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from hfs_desktop.domain.content.model import (
    BLOCK_TYPES,
    PICTURES,
    STAGES,
    TWITCHING,
    Block,
    Cause,
    Condition,
    Risk,
    RiskGroup,
    TeachBack,
    Topic,
)
from hfs_desktop.domain.content.toml_files import ContentError, _need, _srcs


def _condition(table: Mapping[str, Any], where: str) -> Condition | None:
    """A block's optional ``stages`` / ``twitching`` / ``from_days`` / ``to_days``, and
    ``unless`` (a table of the same keys: where the block does not show)."""
    keys = ("stages", "twitching", "from_days", "to_days", "unless")
    if not any(k in table for k in keys):
        return None
    unless = None
    if "unless" in table:
        if not isinstance(table["unless"], Mapping):
            raise ContentError(f"{where}: unless must be a table of conditions")
        unless = _condition(table["unless"], f"{where} unless")
    stages, twitching = tuple(table.get("stages", ())), tuple(table.get("twitching", ()))
    if not set(stages) <= set(STAGES) or not set(twitching) <= set(TWITCHING):
        raise ContentError(f"{where}: stages/twitching must use {STAGES} / {TWITCHING}")
    from_days, to_days = table.get("from_days"), table.get("to_days")
    return Condition(
        stages,
        twitching,
        None if from_days is None else int(from_days),
        None if to_days is None else int(to_days),
        unless,
    )


def _topic(data: Mapping[str, Any], where: str, known: set[str]) -> Topic:
    blocks = []
    for i, b in enumerate(_need(data, "blocks", where)):
        bw = f"{where} blocks[{i}]"
        kind = _need(b, "type", bw)
        if kind not in BLOCK_TYPES:
            raise ContentError(f"{bw}: unknown block type {kind!r}")
        when = _condition(b, bw)
        if kind == "heading":
            blocks.append(Block(kind, text=_need(b, "text", bw)))
        elif kind == "paragraph":
            blocks.append(Block(kind, text=_need(b, "text", bw), sources=_srcs(b, bw, known)))
        elif kind == "bullets":
            items = tuple(_need(b, "items", bw))
            blocks.append(Block(kind, items=items, sources=_srcs(b, bw, known)))
        elif kind == "picture":
            pic = _need(b, "picture", bw)
            if pic not in PICTURES:
                raise ContentError(f"{bw}: unknown picture {pic!r}")
            blocks.append(Block(kind, picture=pic, when=when))
            continue
        elif kind == "table":
            header = tuple(_need(b, "header", bw))
            rows = tuple(tuple(r) for r in _need(b, "rows", bw))
            if any(len(r) != len(header) for r in rows):
                raise ContentError(f"{bw}: every row needs {len(header)} cells, like the header")
            blocks.append(
                Block(kind, header=header, rows=rows, sources=_srcs(b, bw, known), when=when)
            )
            continue
        elif kind in ("option_grid", "values"):
            blocks.append(Block(kind, grid=_need(b, "grid", bw), when=when))
            continue
        elif kind == "clinician_note":
            blocks.append(Block(kind, text=_need(b, "text", bw), when=when))
            continue
        else:
            blocks.append(Block(kind))
        if when is not None:
            blocks[-1] = replace(blocks[-1], when=when)
    causes = tuple(
        Cause(
            c["id"],
            c["title"],
            c["text"],
            _srcs(c, f"{where} causes", known),
            bool(c.get("common", False)),
        )
        for c in data.get("causes", [])
    )
    groups = tuple(
        RiskGroup(
            g["id"],
            g["title"],
            tuple(Risk(r["id"], r["text"]) for r in g["risks"]),
            _srcs(g, f"{where} risk_groups", known),
        )
        for g in data.get("risk_groups", [])
    )
    teach = tuple(TeachBack(t["id"], t["prompt"]) for t in data.get("teach_back", []))
    return Topic(
        id=_need(data, "id", where),
        title=_need(data, "title", where),
        summary=_need(data, "summary", where),
        blocks=tuple(blocks),
        causes=causes,
        risk_groups=groups,
        teach_back=teach,
    )
