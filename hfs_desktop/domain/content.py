"""Counseling content: the plain-language text of every topic, loaded from data files.

One folder per language under ``resources/content/`` (format: ``docs/content-format.md``);
the numbers (``facts.toml``) and the sources (``sources.toml``) sit beside the folders, shared
by every language, so a translation holds prose only and cannot change a number. Each prose
value is a Jinja2 template rendered with autoescape, so anything personal that is put into it
(a name, a phone number) is escaped and can never turn into markup.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

from jinja2 import Environment, StrictUndefined, Template, TemplateError
from markupsafe import Markup

from hfs_desktop.resources import ResourceNotFoundError, content_languages, resource_path

TOPIC_IDS = ("surgery", "recovery", "recurrence", "second_surgery")
BLOCK_TYPES = {
    "heading",
    "paragraph",
    "bullets",
    "picture",
    "causes",
    "risks",
    "personal",
    "table",  # a table with a header row: risks with numbers, what happens when
    "option_grid",  # the options side by side (options.toml)
    "values",  # the "what matters most to you" exercise, leaning and SURE (options.toml)
    "clinician_note",  # shown on screen to the clinician only, never printed
}
# The one list of picture kinds; domain/pictures draws each (its PICTURE_KINDS is this).
PICTURES = (
    "outcomes",
    "lasting_relief",
    "recurrence",
    "timeline",
    "diagram",
    "causes",
    "options_first",
    "options_second",
)
STAGES = ("before_surgery", "after_surgery", "considering_second_surgery")
TWITCHING = ("stopped", "improving", "unchanged", "returned")


class ContentError(ValueError):
    """A content file is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Source:
    """One source (S1 ... for the seed pages, E1 ... for published studies) that text cites.

    ``citation`` is what the reader sees: authors, title, journal and year, enough to find it.
    ``document`` is the seed file stem for the seeds (for the tests), never printed.
    """

    id: str
    citation: str
    document: str = ""
    title: str = ""


@dataclass(frozen=True)
class Fact:
    """A number or claim in plain words, with its sources and, for pictures, a count per 100.

    ``words`` is the language's template (``about {0} out of {1} people``) filled with the
    shared ``numbers``, formatted the language's way.
    """

    id: str
    words: str
    sources: tuple[str, ...]
    note: str = ""
    per_100_low: int | None = None
    per_100_high: int | None = None
    # Where a seed and the studies disagree: shown to the clinician on screen, never printed.
    conflict: str = ""
    numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class Block:
    """One piece of a topic as written in the TOML: heading, paragraph, bullets, picture, ..."""

    type: str
    text: str = ""
    items: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    picture: str = ""
    header: tuple[str, ...] = ()  # table only
    rows: tuple[tuple[str, ...], ...] = ()  # table only
    grid: str = ""  # option_grid and values: which grid in options.toml
    when: Condition | None = None  # None: always shown


@dataclass(frozen=True)
class Condition:
    """When a block, key point or phase applies: stages, twitching, days since surgery.

    Empty tuples mean "any"; day bounds are inclusive and only apply after surgery.
    """

    stages: tuple[str, ...] = ()
    twitching: tuple[str, ...] = ()
    from_days: int | None = None
    to_days: int | None = None
    unless: Condition | None = None  # blocks only: not where this applies

    def applies(self, stage: str, twitching: str | None, days: int | None) -> bool:
        if self.unless is not None and self.unless.applies(stage, twitching, days):
            return False
        if self.stages and stage not in self.stages:
            return False
        if self.twitching and twitching not in self.twitching:
            return False
        if self.from_days is not None and (days is None or days < self.from_days):
            return False
        return not (self.to_days is not None and (days is None or days > self.to_days))


@dataclass(frozen=True)
class Cause:
    """A reason twitching can come back, which the clinician can mark as fitting."""

    id: str
    title: str
    text: str
    sources: tuple[str, ...]
    common: bool = False  # often found at a repeat operation (shown in the causes picture)


@dataclass(frozen=True)
class Risk:
    """One risk of a second surgery."""

    id: str
    text: str


@dataclass(frozen=True)
class RiskGroup:
    """Risks listed together under one title, with their sources."""

    id: str
    title: str
    risks: tuple[Risk, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TeachBack:
    """A question the patient answers in their own words to show they understood."""

    id: str
    prompt: str


@dataclass(frozen=True)
class Topic:
    """One counseling topic: its summary, blocks, and any causes, risks and teach-back."""

    id: str
    title: str
    summary: str
    blocks: tuple[Block, ...]
    causes: tuple[Cause, ...] = ()
    risk_groups: tuple[RiskGroup, ...] = ()
    teach_back: tuple[TeachBack, ...] = ()


@dataclass(frozen=True)
class Milestone:
    """A point on the recovery path, placed by an offset from the surgery date."""

    id: str
    label: str
    offset: str
    text: str
    sources: tuple[str, ...]
    by_twitching: Mapping[str, str] = field(default_factory=dict)  # twitching -> own text

    def text_for(self, twitching: str | None) -> str:
        return self.by_twitching.get(twitching or "", self.text)


@dataclass(frozen=True)
class Phase:
    """Where this patient is (stage, twitching, days since surgery) and what to do next.

    The first phase whose condition applies is the patient's; its ``next_steps`` print in
    the "Your next steps" box.
    """

    id: str
    from_days: int | None
    to_days: int | None
    text: str
    sources: tuple[str, ...]
    stages: tuple[str, ...] = ()
    twitching: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()

    @property
    def when(self) -> Condition:
        return Condition(self.stages, self.twitching, self.from_days, self.to_days)


@dataclass(frozen=True)
class KeyPoint:
    """A take-home point, shown for the stages (and twitching) it applies to."""

    text: str
    sources: tuple[str, ...]
    stages: tuple[str, ...]
    twitching: tuple[str, ...] = ()
    order: int = 100
    # None: always; True: only when a check-up is due; False: only when it is not.
    check_up: bool | None = None
    from_days: int | None = None
    to_days: int | None = None

    @property
    def when(self) -> Condition:
        return Condition(self.stages, self.twitching, self.from_days, self.to_days)


@dataclass(frozen=True)
class QuestionPrompt:
    """A question from the prompt list a patient may want to ask."""

    id: str
    text: str
    topic: str


@dataclass(frozen=True)
class GlossaryTerm:
    """A word the handout explains, printed only when its text uses it."""

    term: str
    meaning: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ContactReason:
    """A reason to contact the clinic, as the sources give it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SafetyNet:
    """The "Get help now" box: emergency signs, same-day signs and how to call (contact.toml)."""

    title: str
    intro: str
    emergency_title: str
    emergency_call: str
    emergency: tuple[str, ...]
    same_day_title: str
    same_day_call: str
    same_day: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class GridOption:
    """One choice in an option grid: its name, one cell per grid row, and its chance fact."""

    id: str
    name: str
    cells: Mapping[str, str]
    chance_fact: str  # fact with per_100 counts: how many stop twitching (icon array)
    sources: tuple[str, ...]


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


@dataclass(frozen=True)
class DateStyle:
    """How this language prints a date, e.g. "3 June 2027" (``meta.toml`` [dates])."""

    pattern: str  # uses {day}, {month} and {year}
    months: tuple[str, ...]  # January ... December

    def format(self, day: dt.date) -> str:
        return self.pattern.format(day=day.day, month=self.months[day.month - 1], year=day.year)


_DATE_FIELDS = {"day", "month", "year"}


@dataclass(frozen=True)
class NumberStyle:
    """How this language prints a whole number (``meta.toml`` [numbers]): "1,105" in English.

    Digits are grouped in threes with ``group`` when the number has ``group_from`` digits or
    more (Spanish: a space from five digits on, so "1105" but "12 000").
    """

    group: str = ","
    group_from: int = 4

    def format(self, number: int) -> str:
        digits = str(abs(number))
        if len(digits) >= self.group_from and self.group:
            head = len(digits) % 3 or 3
            parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
            digits = self.group.join(parts)
        return f"-{digits}" if number < 0 else digits


@dataclass(frozen=True)
class TranslationStatus:
    """Whether a translated pack has been checked by a qualified medical translator.

    ``line`` is printed on the handout (near the title and with the sources) in the pack's
    language; ``summary`` is the same in English, for the clinician's window before printing.
    """

    language: str
    translated_from: str
    reviewer: str
    reviewed_on: dt.date | None
    line: str

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewer) and self.reviewed_on is not None

    @property
    def summary(self) -> str:
        if self.reviewed and self.reviewed_on is not None:
            return (
                f"translated from {self.translated_from}, reviewed by {self.reviewer} "
                f"on {self.reviewed_on.isoformat()}"
            )
        return "translated, not yet reviewed by a qualified medical translator"


def _translation(meta: Mapping[str, Any], language: str) -> TranslationStatus | None:
    """``meta.toml`` [translation] (absent in the source language): who reviewed it, and the
    printed line: ``unreviewed`` until a reviewer and a date are recorded, then ``reviewed``."""
    table = meta.get("translation")
    if table is None:
        return None
    where = "meta.toml [translation]"
    reviewer = str(table.get("reviewer", "")).strip()
    raw_date = str(table.get("reviewed_on", "")).strip()
    try:
        reviewed_on = dt.date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        raise ContentError(f"{where}: reviewed_on must be YYYY-MM-DD, got {raw_date!r}") from None
    if bool(reviewer) != (reviewed_on is not None):
        raise ContentError(f"{where}: give both reviewer and reviewed_on, or neither")
    source = str(_need(table, "from", where))
    if reviewer and reviewed_on is not None:
        line = str(_need(table, "reviewed", where)).format(reviewer=reviewer, date="{date}")
    else:
        line = str(_need(table, "unreviewed", where))
    return TranslationStatus(language, source, reviewer, reviewed_on, line)


def _date_style(meta: Mapping[str, Any]) -> DateStyle:
    table = _need(meta, "dates", "meta.toml")
    pattern, months = (
        _need(table, "pattern", "meta.toml [dates]"),
        _need(table, "months", "meta.toml [dates]"),
    )
    fields: set[str] | None = None
    if isinstance(pattern, str):
        try:
            fields = {name for _text, name, _spec, _conv in Formatter().parse(pattern) if name}
            pattern.format(day=1, month="m", year=2000)
        except (ValueError, KeyError, IndexError, AttributeError):  # stray or odd braces
            fields = None
    if fields != _DATE_FIELDS:
        raise ContentError(
            "meta.toml [dates]: pattern must use {day}, {month} and {year}, e.g. "
            f'"{{day}} {{month}} {{year}}"; got {pattern!r}'
        )
    if not (
        isinstance(months, list)
        and len(months) == 12
        and all(isinstance(m, str) and m.strip() for m in months)
    ):
        raise ContentError("meta.toml [dates]: months must list the 12 month names in order")
    return DateStyle(pattern, tuple(months))


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


@cache
def _compile(env: Environment, template: str) -> Template:
    return env.from_string(template)


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"Content file missing: {path}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise ContentError(f"{path}: not valid TOML ({exc})") from None


def _need(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ContentError(f"{where}: missing key {key!r}")
    return table[key]


def _srcs(table: Mapping[str, Any], where: str, known: set[str]) -> tuple[str, ...]:
    ids = tuple(_need(table, "sources", where))
    unknown = [s for s in ids if s not in known]
    if not ids or unknown:
        raise ContentError(f"{where}: sources must name ids from meta.toml, got {list(ids)}")
    return ids


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


def _make_env(facts: Mapping[str, Fact]) -> Environment:
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=False)

    def fact(fact_id: str) -> str:
        if fact_id not in facts:
            raise ContentError(f"Unknown fact {fact_id!r}; add it to facts.toml")
        return facts[fact_id].words

    env.globals["fact"] = fact
    return env


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


def _options(data: Mapping[str, Any], known: set[str], facts: Mapping[str, Fact]) -> DecisionAid:
    """options.toml: every grid has the same rows for every option, and every option's chance
    is a fact counted out of 100, so the icon arrays share one denominator."""
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
            chance = _need(o, "chance_fact", ow)
            if chance not in facts or facts[chance].per_100_low is None:
                raise ContentError(f"{ow}: chance_fact {chance!r} needs a fact with per_100_low")
            options.append(GridOption(o["id"], o["name"], cells, chance, _srcs(o, ow, known)))
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


def _number_style(meta: Mapping[str, Any]) -> NumberStyle:
    table = meta.get("numbers", {})
    group, group_from = table.get("group", ","), table.get("group_from", 4)
    if (
        not isinstance(group, str)
        or any(c.isdigit() for c in group)
        or not (isinstance(group_from, int) and group_from >= 4)
    ):
        raise ContentError('meta.toml [numbers]: group is a separator such as ","; group_from >= 4')
    return NumberStyle(group, group_from)


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


def _load(folder: Path) -> Content:
    meta = _read(folder, "meta.toml")
    shared_sources = _read(folder.parent, "sources.toml")
    sources = tuple(
        Source(
            _need(s, "id", "sources.toml"),
            _need(s, "citation", f"sources.toml {s.get('id')}"),
            s.get("document", ""),
            s.get("title", ""),
        )
        for s in _need(shared_sources, "sources", "sources.toml")
    )
    known = {s.id for s in sources}
    numbers = _number_style(meta)
    facts = _facts(_read(folder.parent, "facts.toml"), _read(folder, "facts.toml"), known, numbers)
    topics = {}
    for tid in TOPIC_IDS:
        topic = _topic(_read(folder / "topics", f"{tid}.toml"), f"topics/{tid}.toml", known)
        if topic.id != tid:
            raise ContentError(f"topics/{tid}.toml: id is {topic.id!r}, expected {tid!r}")
        topics[tid] = topic
    personal = _read(folder, "personal.toml")
    milestones = tuple(
        Milestone(
            m["id"],
            m["label"],
            m["offset"],
            m["text"],
            _srcs(m, "milestones", known),
            dict(m.get("by_twitching", {})),
        )
        for m in _need(personal, "milestones", "personal.toml")
    )
    phases = []
    for p in _need(personal, "phases", "personal.toml"):
        where = f"personal.toml phases {p.get('id')}"
        cond = _condition(p, where) or Condition()
        if cond.unless is not None:
            raise ContentError(f"{where}: unless is for topic blocks only")
        phases.append(
            Phase(
                _need(p, "id", where),
                cond.from_days,
                cond.to_days,
                _need(p, "text", where),
                _srcs(p, where, known),
                cond.stages,
                cond.twitching,
                tuple(_need(p, "next_steps", where)),
            )
        )
    check_up = personal.get("check_up", {"text": "", "sources": []})
    check_text, check_sources = check_up.get("text", ""), tuple(check_up.get("sources", ()))
    key_points = tuple(
        KeyPoint(
            text=k["text"],
            sources=_srcs(k, "key_points.toml", known),
            stages=tuple(k["stages"]),
            twitching=tuple(k.get("twitching", ())),
            order=int(k.get("order", 100)),
            check_up=k.get("check_up"),
            from_days=k.get("from_days"),
            to_days=k.get("to_days"),
        )
        for k in _need(_read(folder, "key_points.toml"), "points", "key_points.toml")
    )
    prompts = tuple(
        QuestionPrompt(q["id"], q["text"], q.get("topic", ""))
        for q in _need(_read(folder, "questions.toml"), "prompts", "questions.toml")
    )
    glossary = tuple(
        GlossaryTerm(g["term"], g["meaning"], _srcs(g, f"glossary {g.get('term')}", known))
        for g in _need(_read(folder, "glossary.toml"), "terms", "glossary.toml")
    )
    contact = _read(folder, "contact.toml")
    reasons = tuple(
        ContactReason(r["text"], _srcs(r, "contact.toml reasons", known))
        for r in _need(contact, "reasons", "contact.toml")
    )
    help_table = _need(contact, "get_help", "contact.toml")
    safety = SafetyNet(
        **{
            key: _need(help_table, key, "contact.toml [get_help]")
            for key in (
                "title",
                "intro",
                "emergency_title",
                "emergency_call",
                "same_day_title",
                "same_day_call",
            )
        },
        emergency=tuple(_need(help_table, "emergency", "contact.toml [get_help]")),
        same_day=tuple(_need(help_table, "same_day", "contact.toml [get_help]")),
        sources=_srcs(help_table, "contact.toml [get_help]", known),
    )
    about = {
        key: _need(meta, key, "meta.toml")
        for key in ("authors", "reviewers", "funding", "conflicts", "update_policy")
    }
    try:
        review = dt.date.fromisoformat(_need(meta, "review_date", "meta.toml"))
        next_review = dt.date.fromisoformat(_need(meta, "next_review_date", "meta.toml"))
    except (TypeError, ValueError) as exc:
        raise ContentError(f"meta.toml: review dates must be YYYY-MM-DD ({exc})") from None
    return Content(
        language=_need(meta, "language", "meta.toml"),
        dates=_date_style(meta),
        numbers=numbers,
        translation=_translation(meta, str(meta.get("language", ""))),
        version=str(_need(meta, "content_version", "meta.toml")),
        review_date=review,
        next_review_date=next_review,
        disclaimer=_need(meta, "disclaimer", "meta.toml"),
        sources=sources,
        facts=facts,
        glossary=glossary,
        topics=topics,
        milestones=milestones,
        phases=tuple(phases),
        check_up=check_text,
        check_up_sources=check_sources,
        key_points=key_points,
        prompts=prompts,
        contact_title=_need(contact, "title", "contact.toml"),
        contact_intro=_need(contact, "intro", "contact.toml"),
        contact_reasons=reasons,
        safety=safety,
        options=_options(_read(folder, "options.toml"), known, facts),
        about=about,
        strings=_read(folder, "handout.toml"),
        _env=_make_env(facts),
    )


@cache
def load_content(language: str = "en") -> Content:
    """Load (once) and check the content of one language; ContentError says what is wrong."""
    try:
        folder = resource_path("content", language)
    except ResourceNotFoundError:
        available = ", ".join(content_languages())
        raise ContentError(
            f"No content for language {language!r}; available: {available}"
        ) from None
    return _load(folder)


@dataclass(frozen=True)
class HandoutLanguage:
    """A language the handout can print in, for the window's language choice."""

    code: str  # e.g. "es", the folder name and the session's handout.language
    name: str  # the language's name in itself, e.g. "Español"
    translation: TranslationStatus | None  # None: the source language (English)

    @property
    def notice(self) -> str:
        """What the clinician should see before printing ("" for the source language), e.g.
        "Español: translated, not yet reviewed by a qualified medical translator"."""
        return f"{self.name}: {self.translation.summary}" if self.translation else ""


def translation_status(language: str) -> TranslationStatus | None:
    """The pack's translation status (None for the source language); ContentError if the
    language has no usable pack."""
    return load_content(language).translation


def handout_languages() -> tuple[HandoutLanguage, ...]:
    """Every language with a content pack, source language first (each pack is loaded)."""
    out = []
    for code in content_languages():
        content = load_content(code)
        name = str(content.strings.get("language_name", code))
        out.append(HandoutLanguage(code, name, content.translation))
    return tuple(sorted(out, key=lambda lang: (lang.translation is not None, lang.code)))
