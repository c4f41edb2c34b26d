"""The consultation window: steps on the left, the current step, Back/Next, menus.

The window holds one session in memory (``SessionModel``). Nothing about the patient is
written anywhere until the clinician saves a session or a PDF to a file they choose. The
title never shows the patient's name or the file name (task switchers and screen sharing
show titles); "*" marks unsaved changes.

Its parts live beside it: the steps and their pages (``steps.py``), the commands and menus
(``actions.py``), consultation files (``session_ops.py``), the handout's way out
(``handout_ops.py``), start-up after the first paint (``startup.py``) and small dialogs
(``window_dialogs.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

# Dialog and printing classes (and the ``Qt`` namespace, ~20 ms) are imported where used:
# PySide6 creates a Python type and its enums on first import, and the first paint should pay
# only for what it shows.
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.session import TOPICS, Session
from hfs_desktop.storage.atomic import SaveError
from hfs_desktop.ui import checking, view_modes, window_dialogs
from hfs_desktop.ui.errors import ErrorHandler
from hfs_desktop.ui.handout_ops import HandoutOps
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.navigator import StepNavigator
from hfs_desktop.ui.session_ops import SessionOps
from hfs_desktop.ui.settings import Settings, save_settings
from hfs_desktop.ui.startup import StartUp
from hfs_desktop.ui.steps import PAGE_FACTORIES, STEP_TOPICS, PageContext, Step, step_titles
from hfs_desktop.ui.theme import Sizes, register_fallback_fonts

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QShortcut
    from PySide6.QtWidgets import QMenu

    from hfs_desktop.domain.validation import Problem
    from hfs_desktop.ui.pages.base import Page
    from hfs_desktop.ui.pages.handout import HandoutPage
    from hfs_desktop.ui.pages.patient import PatientPage
    from hfs_desktop.ui.pages.questions import QuestionsPage
    from hfs_desktop.ui.pages.review import ReviewPage
    from hfs_desktop.ui.pages.topics import TopicPage
    from hfs_desktop.ui.preview import PreviewRenderer
    from hfs_desktop.ui.readiness import Check

APP_TITLE = "HFS Counsel"
HANDOUT_STEP = Step.HANDOUT
_P = TypeVar("_P", bound=QWidget)


class MainWindow(QMainWindow):
    # Set by actions.build_actions() after the first paint (one per row of its table).
    new_action: QAction
    open_action: QAction
    save_action: QAction
    save_as_action: QAction
    save_pdf_action: QAction
    print_action: QAction
    quit_action: QAction
    larger_action: QAction
    smaller_action: QAction
    reset_size_action: QAction
    presentation_action: QAction
    next_action: QAction
    previous_action: QAction
    profile_action: QAction
    leave_presentation: QShortcut

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(f"{APP_TITLE}[*]")
        self.setMinimumSize(960, 600)
        self.errors = ErrorHandler(self)
        self.errors.install()
        self.strict = False  # after a refused save, every problem shows as an error
        self.patient_view = self.was_maximized = False
        self.model = SessionModel(self.new_session(), self)
        self._renderer: PreviewRenderer | None = None
        self.titles = step_titles()
        self.step_titles = list(self.titles.values())
        self._pages: dict[Step, Page] = {}
        self.problems: list[Problem] = []
        self.checks: list[Check] = []  # what stops the handout going out
        self.shortcut_rows: list[tuple[str, str]] = []
        self.startup = StartUp(self)
        self.sessions = SessionOps(self)
        self.handouts = HandoutOps(self)

        self._build_central()
        bar = self.menuBar()
        names = (("file", "&File"), ("view", "&View"), ("go", "&Go"), ("tools", "&Tools"),
                 ("help", "&Help"))  # fmt: skip
        self.menus: dict[str, QMenu] = {key: bar.addMenu(self.tr(text)) for key, text in names}
        self.statusBar().setSizeGripEnabled(False)  # now, so Back/Next never move
        self.model.changed.connect(self._on_changed)
        self.model.reset.connect(self._on_reset)
        self.model.modifiedChanged.connect(self.setWindowModified)
        self.apply_text_size()
        self._show_step(Step.PATIENT)

    # Start-up (startup.py) -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.startup.after_paint()

    @property
    def _started(self) -> bool:
        return self.startup.started

    def is_ready(self) -> bool:
        """Whether start-up has finished: every step built, checked and marked."""
        return self.startup.is_done()

    def finish_frame(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        from hfs_desktop.ui.accessibility import label_for, name_inputs
        from hfs_desktop.ui.actions import action_table, build_actions

        label_for(self.steps_label, self.navigator)
        self.shortcut_rows = build_actions(self, action_table(self.step_titles))
        self.leave_presentation = QShortcut(QKeySequence("Esc"), self)
        self.leave_presentation.setEnabled(False)
        self.leave_presentation.activated.connect(lambda: self.set_presentation(False))
        name_inputs(self)  # the frame's buttons and step list; pages are named when built

    def check_and_mark(self) -> None:
        register_fallback_fonts()
        self._refresh_marks()
        self._validate()

    @property
    def renderer(self) -> PreviewRenderer:
        """The handout preview's renderer, made on first use."""
        if self._renderer is None:
            from hfs_desktop.ui.preview import PreviewRenderer

            self._renderer = PreviewRenderer(self.model, self)
            self._renderer.logo_path = self.settings.profile.logo_path
        return self._renderer

    # Pages (steps.py) ------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        """The page of a step, built on first use."""
        from hfs_desktop.ui.accessibility import name_inputs

        step = Step(index)
        page = self._pages.get(step)
        if page is None:
            context = PageContext(self.model, lambda: self.renderer, self.titles)
            page = self._pages[step] = PAGE_FACTORIES[step](context, self.titles[step])
            self._connect_page(step, page)
            placeholder = self.stack.widget(step)
            self.stack.insertWidget(step, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            page.apply_sizes(Sizes(self.scale()))
            page.set_patient_view(self.patient_view)
            if self.startup.started:
                page.checks = self.checks
                page.show_problems(self.problems, self.strict)
            name_inputs(page)
        return page

    def _connect_page(self, step: Step, page: Page) -> None:
        if step == Step.HANDOUT:
            page.saveRequested.connect(self.save_pdf)  # type: ignore[attr-defined]
            page.printRequested.connect(self.handouts.print_handout)  # type: ignore[attr-defined]
        elif step == Step.REVIEW:
            review: ReviewPage = page  # type: ignore[assignment]
            review.step_titles = {int(s): title for s, title in self.titles.items()}
            review.saveRequested.connect(self.save_pdf)
            review.printRequested.connect(self.handouts.print_handout)
            review.openPdfRequested.connect(self.handouts.open_pdf)
            review.showFolderRequested.connect(self.handouts.show_in_folder)
            review.saveSessionRequested.connect(self.save)
            review.nextPatientRequested.connect(self.new_consultation)
            review.stepRequested.connect(lambda s: self.go_to(s, focus=True))

    def built_pages(self) -> list[Page]:
        return list(self._pages.values())

    @property
    def pages(self) -> list[Page]:
        """Every step's page (builds any not built yet)."""
        return [self.page(step) for step in Step]

    def _page_as(self, step: Step, kind: type[_P]) -> _P:
        page = self.page(step)
        assert isinstance(page, kind)
        return page

    @property
    def patient_page(self) -> PatientPage:
        from hfs_desktop.ui.pages.patient import PatientPage

        return self._page_as(Step.PATIENT, PatientPage)

    @property
    def topic_pages(self) -> list[TopicPage]:
        from hfs_desktop.ui.pages.topics import TopicPage

        return [self._page_as(step, TopicPage) for step in STEP_TOPICS]

    @property
    def questions_page(self) -> QuestionsPage:
        from hfs_desktop.ui.pages.questions import QuestionsPage

        return self._page_as(Step.QUESTIONS, QuestionsPage)

    @property
    def handout_page(self) -> HandoutPage:
        from hfs_desktop.ui.pages.handout import HandoutPage

        return self._page_as(Step.HANDOUT, HandoutPage)

    @property
    def review_page(self) -> ReviewPage:
        from hfs_desktop.ui.pages.review import ReviewPage

        return self._page_as(Step.REVIEW, ReviewPage)

    # Building ---------------------------------------------------------------------------------
    def new_session(self) -> Session:
        session = Session()
        self.settings.profile.apply_to(session)
        return session

    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("Central")
        row = QHBoxLayout(central)
        row.setContentsMargins(16, 14, 16, 10)
        row.setSpacing(16)
        self.nav_panel = QWidget(central)
        nav_col = QVBoxLayout(self.nav_panel)
        nav_col.setContentsMargins(0, 0, 0, 0)
        nav_col.setSpacing(6)
        self.steps_label = QLabel(self.tr("Steps"), self.nav_panel)
        self.steps_label.setProperty("role", "muted")
        self.navigator = StepNavigator(self.step_titles, self.nav_panel)
        nav_col.addWidget(self.steps_label)
        nav_col.addWidget(self.navigator, 1)
        row.addWidget(self.nav_panel, 0)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.stack = QStackedWidget(central)
        for _step in Step:
            self.stack.addWidget(QWidget(self.stack))  # replaced by the page when it is built
        right.addWidget(self.stack, 1)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"), central)
        self.next_button = QPushButton(self.tr("Next →"), central)
        self.next_button.setProperty("primary", True)
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left or Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right or Ctrl+Page Down)"))
        self.patient_view_button = QPushButton(self.tr("Patient view (F11)"), central)
        self.patient_view_button.setCheckable(True)
        self.patient_view_button.setToolTip(
            self.tr("The patient's text only, full screen and larger (F11; Esc to leave)")
        )
        self.step_label = QLabel(central)
        self.step_label.setObjectName("StepLine")  # centred by the style sheet
        self.step_label.setProperty("role", "muted")
        self.step_label.setWordWrap(True)
        for widget, stretch in ((self.back_button, 0), (self.step_label, 1),
                                (self.patient_view_button, 0), (self.next_button, 0)):  # fmt: skip
            bar.addWidget(widget, stretch)
        right.addLayout(bar)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.navigator.currentRowChanged.connect(self._nav_row_changed)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.patient_view_button.toggled.connect(self.set_presentation)

    # Steps ------------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int, focus: bool = False) -> None:
        index = max(0, min(self.stack.count() - 1, index))
        old, focused = self.stack.currentWidget(), QApplication.focusWidget()
        had_focus = old is not None and focused is not None and old.isAncestorOf(focused)
        page = self.page(index)
        page.prepare()
        self._show_step(index)
        target = page.first_focus()
        if target is not None and (focus or had_focus):
            from PySide6.QtCore import Qt

            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_step(self, index: int) -> None:
        """Point the stack, the step list, Back/Next and the step line at ``index``."""
        self.stack.setCurrentIndex(index)
        if self.navigator.currentRow() != index:
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(index)
            self.navigator.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.stack.count() - 1)
        self.step_label.setText(
            self.tr("Step {n} of {total} · {title}").format(
                n=index + 1, total=self.stack.count(), title=self.step_titles[index]
            )
        )

    def focus_step_list(self) -> None:
        from PySide6.QtCore import Qt

        if self.nav_panel.isVisible():
            self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def _skipped(self, step: int) -> bool:
        """Next and Back pass over topics neither recommended nor in the handout."""
        topic = STEP_TOPICS.get(Step(step)) if 0 <= step < len(Step) else None
        if topic is None or not self.startup.started:
            return False
        return topic not in self.model.recommended() and topic not in self.model.included()

    def _move(self, direction: int) -> None:
        target, skipped = self.current_step() + direction, []
        while self._skipped(target):
            skipped.append(self.step_titles[target])
            target += direction
        self.go_to(target, focus=True)
        if skipped:
            self.statusBar().showMessage(
                self.tr("Passed over {steps}: not for this patient's stage. The step list "
                        "opens them.").format(steps=", ".join(skipped)),
                8000,
            )  # fmt: skip

    def next_step(self) -> None:
        self._move(+1)

    def previous_step(self) -> None:
        self._move(-1)

    # Model events -----------------------------------------------------------------------------
    def _on_changed(self, aspect: str) -> None:
        self.startup.finish()  # an edit before the first paint (tests, scripts)
        if aspect in ("visit", "marks", "sections"):
            self._refresh_marks()
        self._validate()
        self.renderer.schedule()

    def _on_reset(self) -> None:
        self.startup.finish()
        self.strict = False
        self.handouts.saved_pdf = None
        if Step.HANDOUT in self._pages:
            self.handout_page.forget_preview()
        self.renderer.clear()
        self._refresh_marks()
        self._validate()
        if self.model.path is not None:  # an opened consultation: have its handout ready
            self.renderer.schedule(immediate=True)

    def _refresh_marks(self) -> None:
        recommended = set(self.model.recommended())
        discussed = set(self.model.session.discussed)
        for row, topic in enumerate(TOPICS, start=1):
            self.navigator.set_marks(row, topic in recommended, topic in discussed)
        self.navigator.viewport().update()

    # Checks (checking.py) ---------------------------------------------------------------------
    def _validate(self) -> list[Problem]:
        return checking.validate(self)

    def ready_to_save(self, what: str) -> bool:
        return checking.ready_to_save(self, what)

    def problem_box_for_checks(self, checks: list[Check], doing: str) -> None:
        checking.refuse_for_checks(self, checks, doing)

    def _locate(self, problem: Problem) -> tuple[int, str]:
        return checking.locate(self, problem)

    def _problem_box(
        self, title: str, intro: str, lines: list[str], details_only: bool = False
    ) -> None:
        window_dialogs.problem_box(self, title, intro, lines, details_only)

    # Text size and the patient view (view_modes.py) --------------------------------------------
    def scale(self) -> float:
        return view_modes.scale(self)

    def apply_text_size(self) -> None:
        view_modes.apply_text_size(self)

    def change_text_size(self, step: int) -> None:
        view_modes.change_text_size(self, step)

    def set_presentation(self, on: bool) -> None:
        """The patient view (True) or the clinician's (False): ``view_modes.set_patient_view``."""
        view_modes.set_patient_view(self, on)

    def store_settings(self) -> None:
        try:
            save_settings(self.settings)
        except SaveError as exc:
            self.statusBar().showMessage(
                self.tr("Settings could not be saved: {reason}").format(reason=exc), 8000
            )

    # Commands (session_ops.py, handout_ops.py, window_dialogs.py) -----------------------------
    def maybe_discard(self, doing: str) -> bool:
        return self.sessions.maybe_discard(doing)

    def new_consultation(self) -> bool:
        return self.sessions.new_consultation()

    def open_session(self, path: Path | None = None) -> bool:
        return self.sessions.open_session(path)

    def save(self) -> bool:
        return self.sessions.save()

    def save_as(self) -> bool:
        return self.sessions.save_as()

    def save_pdf(self) -> bool:
        return self.handouts.save_pdf()

    def pdf_saved(self, path: Path) -> None:
        if Step.REVIEW in self._pages:
            self.review_page.set_saved_pdf(path)

    def edit_profile(self) -> bool:
        return window_dialogs.edit_profile(self)

    def show_shortcuts(self) -> None:
        window_dialogs.show_shortcuts(self)

    def show_about(self) -> None:
        window_dialogs.show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_discard(self.tr("close HFS Counsel")):
            event.ignore()
            return
        if self._renderer is not None:
            self._renderer.shutdown()
        if Step.HANDOUT in self._pages:
            self.handout_page.forget_preview()
        self.errors.uninstall()
        event.accept()
