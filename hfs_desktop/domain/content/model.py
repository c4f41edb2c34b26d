"""What the content files hold, as frozen dataclasses: topics and their blocks, facts,
sources, milestones, phases, key points and the rest (the decision aid is in ``options.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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
    "harms_first",
    "harms_second",
)
STAGES = ("before_surgery", "after_surgery", "considering_second_surgery")
TWITCHING = ("stopped", "improving", "unchanged", "returned")


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
    # whom it fits: "your twitching comes back after a spell without it" is no news to a
    # patient whose twitching already has
    when: Condition | None = None


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
