"""``Content``: everything one language says, loaded and checked; renders its prose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, TemplateError
from markupsafe import Markup

from hfs_desktop.domain.content.language import DateStyle, NumberStyle, TranslationStatus
from hfs_desktop.domain.content.model import (
    ContactReason,
    Fact,
    GlossaryTerm,
    KeyPoint,
    Milestone,
    Phase,
    QuestionPrompt,
    SafetyNet,
    Source,
    Topic,
)
from hfs_desktop.domain.content.options import DecisionAid
from hfs_desktop.domain.content.templates import _compile
from hfs_desktop.domain.content.toml_files import ContentError


@dataclass(frozen=True)
class Content:
    """Everything one language says. Immutable and cached: load once, share everywhere."""

    language: str
    dates: DateStyle
    numbers: NumberStyle
    translation: TranslationStatus | None  # None: the source language (English)
    version: str
    review_date: dt.date
    next_review_date: dt.date
    disclaimer: str
    sources: tuple[Source, ...]
    facts: Mapping[str, Fact]
    glossary: tuple[GlossaryTerm, ...]
    topics: Mapping[str, Topic]
    milestones: tuple[Milestone, ...]
    phases: tuple[Phase, ...]
    check_up: str
    check_up_sources: tuple[str, ...]
    key_points: tuple[KeyPoint, ...]
    prompts: tuple[QuestionPrompt, ...]
    contact_title: str
    contact_intro: str
    contact_reasons: tuple[ContactReason, ...]
    safety: SafetyNet
    options: DecisionAid
    about: Mapping[str, Any]  # authors, reviewers, funding, conflicts, update_policy
    strings: Mapping[str, Any]
    _env: Environment = field(repr=False, compare=False, hash=False)

    def render(self, template: str, **context: Any) -> Markup:
        """Render one prose template; ``fact("id")`` gives a fact's words."""
        if "{" not in template and not template.endswith("\n"):  # plain text: skip Jinja
            return Markup(template)
        try:
            return Markup(_compile(self._env, template).render(**context))
        except TemplateError as exc:
            raise ContentError(f"Content template failed ({exc}): {template[:80]!r}") from exc

    def format_number(self, number: int) -> str:
        """A whole number the language's way ("1,105" in English)."""
        return self.numbers.format(number)

    @property
    def translation_line(self) -> str:
        """The translation status as printed on the handout ("" for the source language);
        a reviewed pack's line carries the review date in this language's form."""
        tr = self.translation
        if tr is None:
            return ""
        if tr.reviewed_on is not None:
            return tr.line.replace("{date}", self.dates.format(tr.reviewed_on))
        return tr.line

    def string(self, key: str) -> str:
        value = self.strings.get(key)
        if value is None:
            raise ContentError(f"handout.toml ({self.language}) has no key {key!r}")
        return str(value)

    # Ids the session may refer to -------------------------------------------------------
    @property
    def cause_ids(self) -> set[str]:
        return {c.id for t in self.topics.values() for c in t.causes}

    @property
    def risk_ids(self) -> set[str]:
        return {r.id for t in self.topics.values() for g in t.risk_groups for r in g.risks}

    @property
    def teach_back_ids(self) -> set[str]:
        return {tb.id for t in self.topics.values() for tb in t.teach_back}

    @property
    def prompt_ids(self) -> set[str]:
        return {p.id for p in self.prompts}

    @property
    def value_ids(self) -> set[str]:
        return {v.id for v in self.options.values}

    @property
    def sure_ids(self) -> set[str]:
        return {v.id for v in self.options.sure}

    @property
    def leaning_ids(self) -> set[str]:
        ids = {o.id for g in self.options.grids.values() for o in g.options}
        return ids | {"unsure"}

    def sort_sources(self, ids: Iterable[str]) -> tuple[str, ...]:
        """Cited source ids, each once, in the order meta.toml lists them (S1, S2, E1, ...)."""
        order = {src.id: i for i, src in enumerate(self.sources)}
        return tuple(sorted(set(ids), key=lambda i: (order.get(i, len(order)), i)))

    def source_tag(self, ids: Iterable[str]) -> str:
        """The one way to print cited sources, e.g. "[S1, S2, E1]"."""
        unique = self.sort_sources(ids)
        return f"[{', '.join(unique)}]" if unique else ""
