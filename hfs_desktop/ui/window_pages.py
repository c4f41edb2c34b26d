"""The main window's step pages: each built on first use, wired to the window, and rebuilt
when the window's language or the handout's language changes (the session stays)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtWidgets import QWidget

from hfs_desktop.ui.steps import PAGE_FACTORIES, STEP_TOPICS, PageContext, Step
from hfs_desktop.ui.theme import Sizes

if TYPE_CHECKING:
    from hfs_desktop.ui.main_window import MainWindow
    from hfs_desktop.ui.pages.base import Page
    from hfs_desktop.ui.pages.handout import HandoutPage
    from hfs_desktop.ui.pages.patient import PatientPage
    from hfs_desktop.ui.pages.questions import QuestionsPage
    from hfs_desktop.ui.pages.review import ReviewPage
    from hfs_desktop.ui.pages.topics import TopicPage

_P = TypeVar("_P", bound=QWidget)


def as_window(mixin: object) -> MainWindow:
    """The window this part is mixed into (typed: mypy cannot see through the mixin)."""
    return cast("MainWindow", mixin)


class WindowPages:
    """Mixed into ``MainWindow``: ``page(step)`` and the typed page properties."""

    def page(self, index: int) -> Page:
        """The page of a step, built on first use."""
        w = as_window(self)
        from hfs_desktop.ui.accessibility import name_inputs

        step = Step(index)
        page = w._pages.get(step)
        if page is None:
            context = PageContext(w.model, lambda: w.renderer)
            page = w._pages[step] = PAGE_FACTORIES[step](context, w.titles[step])
            w._connect_page(step, page)
            w._put_in_stack(step, page)
            page.apply_sizes(Sizes(w.scale()))
            page.set_patient_view(w.patient_view)
            if w.startup.started:
                page.checks = w.checks
                page.show_problems(w.problems, w.strict)
            name_inputs(page)
        return page

    def _put_in_stack(self, step: Step, widget: QWidget) -> None:
        """``widget`` in the stack at ``step``, in place of what was there."""
        w = as_window(self)
        current = w.stack.currentIndex()
        old = w.stack.widget(step)
        w.stack.insertWidget(step, widget)
        if old is not None:
            w.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        w.stack.setCurrentIndex(current)

    def _connect_page(self, step: Step, page: Page) -> None:
        w = as_window(self)
        if step == Step.HANDOUT:
            page.saveRequested.connect(w.save_pdf)  # type: ignore[attr-defined]
            page.printRequested.connect(w.handouts.print_handout)  # type: ignore[attr-defined]
        elif step == Step.REVIEW:
            review: ReviewPage = page  # type: ignore[assignment]
            review.step_titles = {int(s): title for s, title in w.titles.items()}
            review.saved_pdf = w.handouts.saved_pdf
            review.saveRequested.connect(w.save_pdf)
            review.printRequested.connect(w.handouts.print_handout)
            review.openPdfRequested.connect(w.handouts.open_pdf)
            review.showFolderRequested.connect(w.handouts.show_in_folder)
            review.saveSessionRequested.connect(w.save)
            review.nextPatientRequested.connect(w.new_consultation)
            review.stepRequested.connect(lambda s: w.go_to(s, focus=True))

    def rebuild_pages(self, keep: Step | None = None) -> None:
        """Build every page again (but ``keep``), from the same session: after the window's
        language or the handout's changed. Pages not on screen are built when next needed."""
        w = as_window(self)
        w.pages_language = w.model.session.handout.language
        for step in [s for s in w._pages if s != keep]:
            page = w._pages.pop(step)
            if step == Step.HANDOUT:
                page.forget_preview()  # type: ignore[attr-defined]
            w._put_in_stack(step, QWidget(w.stack))
        current = w.stack.currentIndex()
        if current != keep:
            w.go_to(current)
        if Step.HANDOUT in w._pages or current == Step.HANDOUT:
            w.renderer.schedule(immediate=True)  # the new page shows the handout again

    def built_pages(self) -> list[Page]:
        w = as_window(self)
        return list(w._pages.values())

    @property
    def pages(self) -> list[Page]:
        """Every step's page (builds any not built yet)."""
        w = as_window(self)
        return [w.page(step) for step in Step]

    def _page_as(self, step: Step, kind: type[_P]) -> _P:
        w = as_window(self)
        page = w.page(step)
        assert isinstance(page, kind)
        return page

    @property
    def patient_page(self) -> PatientPage:
        w = as_window(self)
        from hfs_desktop.ui.pages.patient import PatientPage

        return w._page_as(Step.PATIENT, PatientPage)

    @property
    def topic_pages(self) -> list[TopicPage]:
        w = as_window(self)
        from hfs_desktop.ui.pages.topics import TopicPage

        return [w._page_as(step, TopicPage) for step in STEP_TOPICS]

    @property
    def questions_page(self) -> QuestionsPage:
        w = as_window(self)
        from hfs_desktop.ui.pages.questions import QuestionsPage

        return w._page_as(Step.QUESTIONS, QuestionsPage)

    @property
    def handout_page(self) -> HandoutPage:
        w = as_window(self)
        from hfs_desktop.ui.pages.handout import HandoutPage

        return w._page_as(Step.HANDOUT, HandoutPage)

    @property
    def review_page(self) -> ReviewPage:
        w = as_window(self)
        from hfs_desktop.ui.pages.review import ReviewPage

        return w._page_as(Step.REVIEW, ReviewPage)
