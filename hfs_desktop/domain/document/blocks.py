"""The handout's pieces as frozen dataclasses of escaped ``Markup``: the blocks a topic is
made of, the safety box, sections and the whole ``HandoutDocument``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup

from hfs_desktop.domain.scene import Scene
from hfs_desktop.domain.session import TopicId

# A picture drawn for a width and a text size (both the renderer's): the session and content
# are already bound in, so neither renderer has to reach back into them.
SceneMaker = Callable[[float, float], Scene]


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
    """One option's chance of relief, counted out of 100 for its icon array; ``low`` and
    ``high`` None (and no words) where our sources give no figure."""

    option: Markup
    low: int | None
    high: int | None
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
    """A picture for this session (see ``domain.pictures``), drawn at the renderer's size."""

    kind: str  # outcomes | lasting_relief | recurrence | timeline | causes | options_* | …
    draw: SceneMaker = field(compare=False, repr=False)


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
    running_header: str  # title · visit date, at the top of every page after the first
    safety_first: bool  # after surgery the safety box follows the visit block on page 1
    key_points_sources: tuple[str, ...]  # sorted once, the order every source tag uses
    contact_sources: tuple[str, ...]
    language_name: Markup  # the edition's language, for a bilingual handout's divider
    edition_intro: Markup
    # A translated pack's status ("translated, not yet reviewed by ..."), in its language;
    # printed near the title and with the sources. Empty for the source language.
    translation_status: Markup = Markup("")
