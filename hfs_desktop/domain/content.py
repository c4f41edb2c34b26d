"""Counseling content: the plain-language text of every topic, loaded from data files.

One folder per language under ``resources/content/`` (format: ``docs/content-format.md``).
Each prose value is a Jinja2 template rendered with autoescape, so anything personal that is
put into it (a name, a phone number) is escaped and can never turn into markup.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

from jinja2 import Environment, StrictUndefined, Template, TemplateError
from markupsafe import Markup

from hfs_desktop.resources import ResourceNotFoundError, content_languages, resource_path

TOPIC_IDS = ("surgery", "recovery", "recurrence", "second_surgery")
BLOCK_TYPES = {"heading", "paragraph", "bullets", "picture", "causes", "risks", "personal"}
PICTURES = {"outcomes", "lasting_relief", "recurrence", "timeline", "diagram"}


class ContentError(ValueError):
    """A content file is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Source:
    """One clinical source document (S1, S2, ...) that facts cite."""

    id: str
    document: str
    title: str


@dataclass(frozen=True)
class Fact:
    """A number or claim in plain words, with its sources and, for pictures, a count per 100."""

    id: str
    words: str
    sources: tuple[str, ...]
    note: str = ""
    per_100_low: int | None = None
    per_100_high: int | None = None


@dataclass(frozen=True)
class Block:
    """One piece of a topic as written in the TOML: heading, paragraph, bullets, picture, ..."""

    type: str
    text: str = ""
    items: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    picture: str = ""


@dataclass(frozen=True)
class Cause:
    """A reason twitching can come back, which the clinician can mark as fitting."""

    id: str
    title: str
    text: str
    sources: tuple[str, ...]


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


@dataclass(frozen=True)
class Phase:
    """What recovery usually looks like between two days after surgery."""

    id: str
    from_days: int
    to_days: int | None
    text: str
    sources: tuple[str, ...]


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
class DateStyle:
    """How this language prints a date, e.g. "3 June 2027" (``meta.toml`` [dates])."""

    pattern: str  # uses {day}, {month} and {year}
    months: tuple[str, ...]  # January ... December

    def format(self, day: dt.date) -> str:
        return self.pattern.format(day=day.day, month=self.months[day.month - 1], year=day.year)


_DATE_FIELDS = {"day", "month", "year"}


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
            blocks.append(Block(kind, picture=pic))
        else:
            blocks.append(Block(kind))
    causes = tuple(
        Cause(c["id"], c["title"], c["text"], _srcs(c, f"{where} causes", known))
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


def _load(folder: Path) -> Content:
    meta = _read(folder, "meta.toml")
    sources = tuple(
        Source(s["id"], s["document"], s["title"]) for s in _need(meta, "sources", "meta.toml")
    )
    known = {s.id for s in sources}
    facts = {
        fid: Fact(
            id=fid,
            words=_need(f, "words", f"facts.toml [{fid}]"),
            sources=_srcs(f, f"facts.toml [{fid}]", known),
            note=f.get("note", ""),
            per_100_low=f.get("per_100_low"),
            per_100_high=f.get("per_100_high"),
        )
        for fid, f in _read(folder, "facts.toml").items()
    }
    topics = {}
    for tid in TOPIC_IDS:
        topic = _topic(_read(folder / "topics", f"{tid}.toml"), f"topics/{tid}.toml", known)
        if topic.id != tid:
            raise ContentError(f"topics/{tid}.toml: id is {topic.id!r}, expected {tid!r}")
        topics[tid] = topic
    personal = _read(folder, "personal.toml")
    milestones = tuple(
        Milestone(m["id"], m["label"], m["offset"], m["text"], _srcs(m, "milestones", known))
        for m in _need(personal, "milestones", "personal.toml")
    )
    phases = tuple(
        Phase(
            p["id"],
            int(p["from_days"]),
            None if p.get("to_days") is None else int(p["to_days"]),
            p["text"],
            _srcs(p, f"personal.toml phases {p.get('id')}", known),
        )
        for p in _need(personal, "phases", "personal.toml")
    )
    check_up = _need(personal, "check_up", "personal.toml")
    if isinstance(check_up, str):
        check_text, check_sources = check_up, tuple(personal.get("check_up_sources", ()))
    else:
        check_text = _need(check_up, "text", "personal.toml check_up")
        check_sources = _srcs(check_up, "personal.toml check_up", known)
    key_points = tuple(
        KeyPoint(
            text=k["text"],
            sources=_srcs(k, "key_points.toml", known),
            stages=tuple(k["stages"]),
            twitching=tuple(k.get("twitching", ())),
            order=int(k.get("order", 100)),
            check_up=k.get("check_up"),
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
    try:
        review = dt.date.fromisoformat(_need(meta, "review_date", "meta.toml"))
        next_review = dt.date.fromisoformat(_need(meta, "next_review_date", "meta.toml"))
    except (TypeError, ValueError) as exc:
        raise ContentError(f"meta.toml: review dates must be YYYY-MM-DD ({exc})") from None
    return Content(
        language=_need(meta, "language", "meta.toml"),
        dates=_date_style(meta),
        version=str(_need(meta, "content_version", "meta.toml")),
        review_date=review,
        next_review_date=next_review,
        disclaimer=_need(meta, "disclaimer", "meta.toml"),
        sources=sources,
        facts=facts,
        glossary=glossary,
        topics=topics,
        milestones=milestones,
        phases=phases,
        check_up=check_text,
        check_up_sources=check_sources,
        key_points=key_points,
        prompts=prompts,
        contact_title=_need(contact, "title", "contact.toml"),
        contact_intro=_need(contact, "intro", "contact.toml"),
        contact_reasons=reasons,
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
