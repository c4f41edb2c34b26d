"""The consultation window: steps on the left, the current step, Back/Next, menus.

The window holds one session in memory (``SessionModel``). Nothing about the patient is
written anywhere until the clinician saves a session or a PDF to a file they choose. The
title never shows the patient's name or the file name (task switchers and screen sharing
show titles); "*" marks unsaved changes.

Its parts live beside it: the steps and their pages (``steps.py``, built and rebuilt by
``window_pages.py``), the frame, moving between steps and the frame's words
(``window_frame.py``), the commands and menus (``actions.py``), consultation files
(``session_ops.py``), the handout's way out (``handout_ops.py``), start-up after the first
paint (``startup.py``) and small dialogs (``window_dialogs.py``). On a ``LanguageChange``
(the clinic profile's window language) it rebuilds its words and pages from the same session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Dialog and printing classes (and the ``Qt`` namespace, ~20 ms) are imported where used:
# PySide6 creates a Python type and its enums on first import, and the first paint should pay
# only for what it shows.
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from hfs_desktop.domain.session import TOPICS, Session
from hfs_desktop.resources import content_languages
from hfs_desktop.storage.atomic import SaveError
from hfs_desktop.ui import checking, view_modes, window_dialogs, window_language
from hfs_desktop.ui.errors import ErrorHandler
from hfs_desktop.ui.handout_ops import HandoutOps
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.navigator import StepNavigator
from hfs_desktop.ui.session_ops import SessionOps
from hfs_desktop.ui.settings import Settings, save_settings
from hfs_desktop.ui.startup import StartUp
from hfs_desktop.ui.steps import Step
from hfs_desktop.ui.theme import register_fallback_fonts
from hfs_desktop.ui.window_frame import StepMoves, build_frame, fit_bar, retranslate
from hfs_desktop.ui.window_pages import WindowPages

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QResizeEvent, QShortcut
    from PySide6.QtWidgets import QMenu

    from hfs_desktop.domain.validation import Problem
    from hfs_desktop.ui.pages.base import Page
    from hfs_desktop.ui.preview import PreviewRenderer
    from hfs_desktop.ui.readiness import Check

APP_TITLE = "HFS Counsel"
HANDOUT_STEP = Step.HANDOUT


class MainWindow(WindowPages, StepMoves, QMainWindow):
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
    # Set by window_frame.build_frame().
    nav_panel: QWidget
    steps_label: QLabel
    navigator: StepNavigator
    stack: QStackedWidget
    back_button: QPushButton
    next_button: QPushButton
    patient_view_button: QPushButton
    step_label: QLabel
    bottom_bar: QGridLayout
    step_line_above: bool  # the step line above Back/Next (no room between them)
    menus: dict[str, QMenu]

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
        self.titles: dict[Step, str] = {}
        self.step_titles: list[str] = [""] * len(Step)
        self._pages: dict[Step, Page] = {}
        self.problems: list[Problem] = []
        self.checks: list[Check] = []  # what stops the handout going out
        self.shortcut_rows: list[tuple[str, str]] = []
        self.startup = StartUp(self)
        self.sessions = SessionOps(self)
        self.handouts = HandoutOps(self)
        self._retranslating = False
        self.pages_language = self.model.session.handout.language  # the pages' content pack

        build_frame(self)
        self.statusBar().setSizeGripEnabled(False)  # now, so Back/Next never move
        self.model.changed.connect(self._on_changed)
        self.model.reset.connect(self._on_reset)
        self.model.modifiedChanged.connect(self.setWindowModified)
        self.apply_text_size()
        self.show_step(Step.PATIENT)

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
        self.refresh_marks()
        self.validate()

    @property
    def renderer(self) -> PreviewRenderer:
        """The handout preview's renderer, made on first use."""
        if self._renderer is None:
            from hfs_desktop.ui.preview import PreviewRenderer

            self._renderer = PreviewRenderer(self.model, self)
            self._renderer.logo_path = self.settings.profile.logo_path
        return self._renderer

    # Building ---------------------------------------------------------------------------------
    def new_session(self) -> Session:
        """A blank consultation; its handout starts in the window's language when there is a
        content pack for it (a Spanish-speaking clinic prints Spanish unless step 1 says not)."""
        session = Session()
        self.settings.profile.apply_to(session)
        language = window_language.current()
        if language != session.handout.language and language in content_languages():
            session.handout.language = language
        return session

    # Language (window_language.py, window_frame.retranslate) -------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True  # one rebuild for the several events of one switch
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_bar(self)

    def _retranslate(self) -> None:
        self._retranslating = False
        retranslate(self)

    # Model events -----------------------------------------------------------------------------
    def _on_changed(self, aspect: str) -> None:
        self.startup.finish()  # an edit before the first paint (tests, scripts)
        if aspect == "language":  # the handout's: the topic pages show another content pack
            self.rebuild_pages(keep=Step(self.current_step()))
        if aspect in ("visit", "marks", "sections"):
            self.refresh_marks()
        self.validate()
        self.renderer.schedule()

    def _on_reset(self) -> None:
        self.startup.finish()
        if self.model.session.handout.language != self.pages_language:
            self.rebuild_pages()  # an opened consultation in another language's content
        self.strict = False
        self.handouts.saved_pdf = None
        if Step.HANDOUT in self._pages:
            self.handout_page.forget_preview()
        self.renderer.clear()
        self.refresh_marks()
        self.validate()
        if self.model.path is not None:  # an opened consultation: have its handout ready
            self.renderer.schedule(immediate=True)

    def refresh_marks(self) -> None:
        recommended = set(self.model.recommended())
        discussed = set(self.model.session.discussed)
        for row, topic in enumerate(TOPICS, start=1):
            self.navigator.set_marks(row, topic in recommended, topic in discussed)
        self.navigator.viewport().update()

    # Checks (checking.py) ---------------------------------------------------------------------
    def validate(self) -> list[Problem]:
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
