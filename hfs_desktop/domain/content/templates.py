"""The Jinja2 environment prose is rendered with: autoescape on, ``fact("id")`` for a fact's
words, every template compiled once."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from jinja2 import Environment, StrictUndefined, Template

from hfs_desktop.domain.content.model import Fact
from hfs_desktop.domain.content.toml_files import ContentError


@cache
def _compile(env: Environment, template: str) -> Template:
    return env.from_string(template)


def _make_env(facts: Mapping[str, Fact]) -> Environment:
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=False)

    def fact(fact_id: str) -> str:
        if fact_id not in facts:
            raise ContentError(f"Unknown fact {fact_id!r}; add it to facts.toml")
        return facts[fact_id].words

    env.globals["fact"] = fact
    return env
