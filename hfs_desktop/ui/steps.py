"""The consultation's steps, in order: each with its title and the page that shows it.

A registry in the manner of the Qt for Python licensewizard example: code asks for a page by
``Step`` (``window.page(Step.HANDOUT)``), never by a bare number, and adding a step is one line
here plus its page class. Page modules are imported when a page is first built, so the
window's first paint pays for none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfs_desktop.domain.session import TopicId

if TYPE_CHECKING:
    from hfs_desktop.ui.model import SessionModel
    from hfs_desktop.ui.pages.base import Page
    from hfs_desktop.ui.preview import PreviewRenderer


class Step(IntEnum):
    PATIENT = 0
    SURGERY = 1
    RECOVERY = 2
    RECURRENCE = 3
    SECOND_SURGERY = 4
    QUESTIONS = 5
    HANDOUT = 6
    REVIEW = 7


TOPIC_STEPS: dict[TopicId, Step] = {
    "surgery": Step.SURGERY,
    "recovery": Step.RECOVERY,
    "recurrence": Step.RECURRENCE,
    "second_surgery": Step.SECOND_SURGERY,
}
STEP_TOPICS: dict[Step, TopicId] = {step: topic for topic, step in TOPIC_STEPS.items()}


@dataclass(frozen=True)
class PageContext:
    """What a page factory may need besides the model."""

    model: SessionModel
    renderer: Callable[[], PreviewRenderer]  # made on first use (QtPdf is not cheap)


# Literal calls, so pyside6-lupdate finds every string (it cannot see through a wrapper).
translate = QCoreApplication.translate


def step_titles() -> dict[Step, str]:
    """Every step's title, as the step list shows it (translated)."""
    return {
        Step.PATIENT: translate("Steps", "Patient & visit"),
        Step.SURGERY: translate("Steps", "The surgery"),
        Step.RECOVERY: translate("Steps", "Recovery"),
        Step.RECURRENCE: translate("Steps", "If twitching returns"),
        Step.SECOND_SURGERY: translate("Steps", "Second surgery"),
        Step.QUESTIONS: translate("Steps", "Questions & notes"),
        Step.HANDOUT: translate("Steps", "Handout"),
        Step.REVIEW: translate("Steps", "Review & finish"),
    }


def _patient(ctx: PageContext, title: str) -> Page:
    from hfs_desktop.ui.pages.patient import PatientPage

    return PatientPage(ctx.model, title)


def _topic(step: Step) -> Callable[[PageContext, str], Page]:
    def make(ctx: PageContext, title: str) -> Page:
        from hfs_desktop.ui.pages import topics

        page_class = {
            Step.SURGERY: topics.SurgeryPage,
            Step.RECOVERY: topics.RecoveryPage,
            Step.RECURRENCE: topics.RecurrencePage,
            Step.SECOND_SURGERY: topics.SecondSurgeryPage,
        }[step]
        return page_class(ctx.model, title)

    return make


def _questions(ctx: PageContext, title: str) -> Page:
    from hfs_desktop.ui.pages.questions import QuestionsPage

    return QuestionsPage(ctx.model, title)


def topic_titles() -> dict[TopicId, str]:
    """Each topic's step title (translated): "The surgery", "Recovery"…"""
    titles = step_titles()
    return {topic: titles[step] for topic, step in TOPIC_STEPS.items()}


def _handout(ctx: PageContext, title: str) -> Page:
    from hfs_desktop.ui.pages.handout import HandoutPage

    return HandoutPage(ctx.model, title, ctx.renderer())


def _review(ctx: PageContext, title: str) -> Page:
    from hfs_desktop.ui.pages.review import ReviewPage

    return ReviewPage(ctx.model, title)


PAGE_FACTORIES: dict[Step, Callable[[PageContext, str], Page]] = {
    Step.PATIENT: _patient,
    **{step: _topic(step) for step in TOPIC_STEPS.values()},
    Step.QUESTIONS: _questions,
    Step.HANDOUT: _handout,
    Step.REVIEW: _review,
}
