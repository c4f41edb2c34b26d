"""Counseling content: the plain-language text of every topic, loaded from data files.

One folder per language under ``resources/content/`` (format: ``docs/content-format.md``);
the numbers (``facts.toml``) and the sources (``sources.toml``) sit beside the folders, shared
by every language, so a translation holds prose only and cannot change a number. Each prose
value is a Jinja2 template rendered with autoescape, so anything personal that is put into it
(a name, a phone number) is escaped and can never turn into markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hfs_desktop.domain.content.language import DateStyle, NumberStyle, TranslationStatus
from hfs_desktop.domain.content.loader import _load
from hfs_desktop.domain.content.model import (
    BLOCK_TYPES,
    PICTURES,
    STAGES,
    TOPIC_IDS,
    TWITCHING,
    Block,
    Cause,
    Condition,
    ContactReason,
    Fact,
    GlossaryTerm,
    KeyPoint,
    Milestone,
    Phase,
    QuestionPrompt,
    Risk,
    RiskGroup,
    SafetyNet,
    Source,
    TeachBack,
    Topic,
)
from hfs_desktop.domain.content.options import (
    DecisionAid,
    GridOption,
    Harm,
    OptionGrid,
    ValueItem,
)
from hfs_desktop.domain.content.pack import Content
from hfs_desktop.domain.content.templates import _make_env
from hfs_desktop.domain.content.toml_files import ContentError
from hfs_desktop.resources import ResourceNotFoundError, content_languages, resource_path

__all__ = [
    "BLOCK_TYPES",
    "PICTURES",
    "STAGES",
    "TOPIC_IDS",
    "TWITCHING",
    "Block",
    "Cause",
    "Condition",
    "ContactReason",
    "Content",
    "ContentError",
    "DateStyle",
    "DecisionAid",
    "Fact",
    "GlossaryTerm",
    "GridOption",
    "Harm",
    "HandoutLanguage",
    "KeyPoint",
    "Milestone",
    "NumberStyle",
    "OptionGrid",
    "Phase",
    "QuestionPrompt",
    "Risk",
    "RiskGroup",
    "SafetyNet",
    "Source",
    "TeachBack",
    "Topic",
    "TranslationStatus",
    "ValueItem",
    "_make_env",  # clinic_outcomes builds a Content with the clinic's facts
    "handout_languages",
    "load_content",
    "translation_status",
]


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
