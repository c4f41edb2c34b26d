"""The shared numbers (``content/facts.toml``) with one language's words for each."""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from hfs_desktop.domain.content.language import NumberStyle
from hfs_desktop.domain.content.model import Fact
from hfs_desktop.domain.content.toml_files import ContentError, _need, _srcs


def _facts(
    shared: Mapping[str, Any], words: Mapping[str, Any], known: set[str], style: NumberStyle
) -> dict[str, Fact]:
    """The shared numbers (``content/facts.toml``) with this language's words for each."""
    if set(words) != set(shared):
        missing, extra = sorted(set(shared) - set(words)), sorted(set(words) - set(shared))
        raise ContentError(
            f"facts.toml: the language's facts must be those of ../facts.toml "
            f"(missing {missing}, unknown {extra})"
        )
    facts = {}
    for fid, f in shared.items():
        where = f"facts.toml [{fid}]"
        template = _need(words[fid], "words", where)
        numbers = tuple(int(n) for n in f.get("numbers", ()))
        if any(c.isdigit() for c in _literal_text(template)):
            raise ContentError(f"{where}: words may not type a digit; use {{0}}, {{1}}, ...")
        try:
            fields = {int(name) for _t, name, _s, _c in Formatter().parse(template) if name}
            text = template.format(*(style.format(n) for n in numbers))
        except (ValueError, IndexError, KeyError) as exc:
            raise ContentError(
                f"{where}: words {template!r} do not fit numbers {numbers} ({exc})"
            ) from None
        if fields != set(range(len(numbers))):
            raise ContentError(f"{where}: words must use each of its {len(numbers)} numbers once")
        facts[fid] = Fact(
            id=fid,
            words=text,
            sources=_srcs(f, f"../facts.toml [{fid}]", known),
            note=f.get("note", ""),
            per_100_low=f.get("per_100_low"),
            per_100_high=f.get("per_100_high"),
            conflict=f.get("conflict", ""),
            numbers=numbers,
        )
    return facts


def _literal_text(template: str) -> str:
    """The literal text of a str.format template (its {fields} left out)."""
    return "".join(text for text, _n, _s, _c in Formatter().parse(template))
