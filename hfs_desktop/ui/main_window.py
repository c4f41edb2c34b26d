"""The consultation window: steps on the left, the current step, Back/Next, menus.

The window holds one session in memory (``SessionModel``). Nothing about the patient is
written anywhere until the clinician saves a session or a PDF to a file they choose. The
title never shows the patient's name or the file name (task switchers and screen sharing
show titles); "*" marks unsaved changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

# Dialog and printing classes (and the ``Qt`` namespace, ~20 ms) are imported in the methods
# that use them: PySide6 creates a Python type and its enums on first import, and the first
# paint should pay only for what it shows.
from PySide6.QtCore import QTimer
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

from hfs_desktop.domain.atomic import SaveError, write_atomic
from hfs_desktop.domain.session import TOPICS, Session, TopicId
from hfs_desktop.ui import files
from hfs_desktop.ui.errors import ErrorHandler
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.navigator import StepNavigator
from hfs_desktop.ui.settings import DEFAULT_TEXT_SIZE, TEXT_SIZES, Settings, save_settings
from hfs_desktop.ui.theme import (
    Sizes,
    install_comfort_style,
    register_fallback_fonts,
    stylesheet,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
    from PySide6.QtPrintSupport import QPrinter

    from hfs_desktop.domain.validation import Problem
    from hfs_desktop.ui.pages.base import Page
    from hfs_desktop.ui.pages.handout import HandoutPage
    from hfs_desktop.ui.pages.patient import PatientPage
    from hfs_desktop.ui.pages.questions import QuestionsPage
    from hfs_desktop.ui.pages.topics import TopicPage
    from hfs_desktop.ui.preview import PreviewRenderer
    from hfs_desktop.ui.readiness import Check

APP_TITLE = "HFS Counsel"
PRESENTATION_SCALE = 1.25  # the patient view's least enlargement
# The patient view's body text at 1080 screen lines, read from about a metre: 29 px (the
# issue asks for at least 28); other screens scale in proportion to their height.
PATIENT_BODY_AT_1080 = 29
MAX_PATIENT_SCALE = 3.0
PDF_WAIT_MS = 60_000
HANDOUT_STEP = 6  # the last of the seven steps
# Imported one per start-up step after the first paint (Jinja2 alone takes ~30-50 ms).
_CONTENT_MODULES = ("jinja2", "hfs_desktop.domain.content", "hfs_desktop.domain.personalize")
_P = TypeVar("_P", bound=QWidget)


def patient_scale(text_scale: float, screen_height: int) -> float:
    """The patient view's text scale: the clinician's text size, enlarged so the body text
    is PATIENT_BODY_AT_1080 px on a 1080-line screen (in proportion on others), and at
    least PRESENTATION_SCALE times the normal size."""
    screen_factor = screen_height / 1080 * PATIENT_BODY_AT_1080 / Sizes(1.0).body
    return min(MAX_PATIENT_SCALE, text_scale * max(PRESENTATION_SCALE, screen_factor))


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(f"{APP_TITLE}[*]")
        self.setMinimumSize(1000, 640)
        self.errors = ErrorHandler(self)
        self.errors.install()
        self.strict = False  # after a refused save, every problem shows as an error
        self._presentation = False
        self._was_maximized = False

        self.model = SessionModel(self.new_session(), self)
        self._renderer: PreviewRenderer | None = None

        self.step_titles = [
            self.tr("Patient & visit"),
            self.tr("The surgery"),
            self.tr("Recovery"),
            self.tr("If twitching returns"),
            self.tr("Second surgery"),
            self.tr("Questions & notes"),
            self.tr("Handout"),
        ]
        # Start-up paints the window's frame first (menus, steps, Back/Next) and builds the
        # rest in the next turns of the event loop (_finish_start): step 1, then the checks,
        # then steps 2-7 one at a time. A page is also built at once when something needs it.
        self._pages: list[Page | None] = [None] * len(self.step_titles)
        self._started = self._finish_scheduled = False
        self._start_steps: list[Callable[[], object]] = []
        self._problems: list[Problem] = []
        self.checks: list[Check] = []  # what stops the handout going out

        self._build_central()
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&File")),
            "view": bar.addMenu(self.tr("&View")),
            "go": bar.addMenu(self.tr("&Go")),
            "tools": bar.addMenu(self.tr("&Tools")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        self.statusBar().setSizeGripEnabled(False)  # now, so Back/Next never move

        self.model.changed.connect(self._on_changed)
        self.model.reset.connect(self._on_reset)
        self.model.modifiedChanged.connect(self.setWindowModified)

        self.apply_text_size()
        self._show_step(0)

    # Start-up --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._finish_scheduled:
            self._finish_scheduled = True
            QTimer.singleShot(0, self._finish_start)

    def _finish_start(self) -> None:
        """Everything the first paint did not need, as a queue of small steps run one per
        turn of the event loop (each well under 50 ms), so typing is never held up for long:
        the window's style, the frame's shortcuts and step painting, step 1, the content
        engine, the content, fonts for every script with the marks and checks, then steps
        2-7. Anything that needs a part sooner (an edit, a click on a step) builds it then.
        """
        if self._started:
            return
        self._started = True
        # (Importing on a worker thread was tried: with the GIL it made each step on this
        # thread slower, and the longest hold-up grew from ~50 to ~70 ms.)
        self._start_steps = [
            self._install_style,
            self.navigator.finish_setup,
            self._finish_frame,
            lambda: self.go_to(self.current_step()),
            *[partial(importlib.import_module, name) for name in _CONTENT_MODULES],
            lambda: self.model.content,
            self._check_and_mark,
            *[partial(self.page, index) for index in range(len(self._pages))],
        ]
        self._next_start_step()

    def _next_start_step(self) -> None:
        if self._start_steps:
            self._start_steps.pop(0)()
        if self._start_steps:
            QTimer.singleShot(0, self._next_start_step)

    def _install_style(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_comfort_style(app)

    def _finish_frame(self) -> None:
        from hfs_desktop.ui.accessibility import label_for, name_inputs

        label_for(self.steps_label, self.navigator)
        self._build_actions()
        name_inputs(self)  # the frame's buttons and step list; pages are named when built

    def _check_and_mark(self) -> None:
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

    def is_ready(self) -> bool:
        """Whether start-up has finished: every step built, checked and marked."""
        return self._started and not self._start_steps

    def page(self, index: int) -> Page:
        """The page of step ``index``, built on first use."""
        from hfs_desktop.ui.accessibility import name_inputs

        page = self._pages[index]
        if page is None:
            page = self._make_page(index)
            self._pages[index] = page
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            page.apply_sizes(Sizes(self.scale()))
            if self._presentation:
                page.set_patient_view(True)
            if self._started:
                page.checks = self.checks
                page.show_problems(self._problems, self.strict)
            name_inputs(page)
        return page

    def _make_page(self, index: int) -> Page:
        title = self.step_titles[index]
        if index == 0:
            from hfs_desktop.ui.pages.patient import PatientPage

            return PatientPage(self.model, title)
        if 1 <= index <= 4:
            from hfs_desktop.ui.pages import topics

            page_class = (
                topics.SurgeryPage,
                topics.RecoveryPage,
                topics.RecurrencePage,
                topics.SecondSurgeryPage,
            )[index - 1]
            return page_class(self.model, title)
        if index == 5:
            from hfs_desktop.ui.pages.questions import QuestionsPage

            return QuestionsPage(self.model, title)
        from hfs_desktop.ui.pages.handout import HandoutPage

        topic_titles: dict[TopicId, str] = dict(zip(TOPICS, self.step_titles[1:5], strict=True))
        page = HandoutPage(self.model, title, self.renderer, topic_titles)
        page.saveRequested.connect(self.save_pdf)
        page.printRequested.connect(self.print_handout)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every step's page (builds any not built yet)."""
        return [self.page(i) for i in range(len(self._pages))]

    def _built_pages(self) -> list[Page]:
        return [page for page in self._pages if page is not None]

    def _page_as(self, index: int, kind: type[_P]) -> _P:
        page = self.page(index)
        assert isinstance(page, kind)
        return page

    @property
    def patient_page(self) -> PatientPage:
        from hfs_desktop.ui.pages.patient import PatientPage

        return self._page_as(0, PatientPage)

    @property
    def topic_pages(self) -> list[TopicPage]:
        from hfs_desktop.ui.pages.topics import TopicPage

        return [self._page_as(i, TopicPage) for i in range(1, 5)]

    @property
    def questions_page(self) -> QuestionsPage:
        from hfs_desktop.ui.pages.questions import QuestionsPage

        return self._page_as(5, QuestionsPage)

    @property
    def handout_page(self) -> HandoutPage:
        from hfs_desktop.ui.pages.handout import HandoutPage

        return self._page_as(HANDOUT_STEP, HandoutPage)

    # Building --------------------------------------------------------------------------------
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
        for _title in self.step_titles:
            self.stack.addWidget(QWidget(self.stack))  # replaced by the page when it is built
        right.addWidget(self.stack, 1)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"), central)
        self.next_button = QPushButton(self.tr("Next →"), central)
        self.next_button.setProperty("primary", True)
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left or Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right or Ctrl+Page Down)"))
        self.step_label = QLabel(central)
        self.step_label.setObjectName("StepLine")  # centred by the style sheet
        self.step_label.setProperty("role", "muted")
        self.patient_view_button = QPushButton(self.tr("Patient view (F11)"), central)
        self.patient_view_button.setCheckable(True)
        self.patient_view_button.setToolTip(
            self.tr("The patient's text only, full screen and larger (F11; Esc to leave)")
        )
        self.patient_view_button.toggled.connect(self._patient_view_toggled)
        bar.addWidget(self.back_button)
        bar.addWidget(self.step_label, 1)
        bar.addWidget(self.patient_view_button)
        bar.addWidget(self.next_button)
        right.addLayout(bar)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self.navigator.currentRowChanged.connect(self._nav_row_changed)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        checkable: bool = False,
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        keys: list[QKeySequence] = []
        for key in shortcuts or []:
            if isinstance(key, QKeySequence.StandardKey):
                keys += QKeySequence.keyBindings(key)
            else:
                keys.append(QKeySequence(key))
        seen: list[QKeySequence] = []
        for key in keys:
            if key not in seen and not key.isEmpty():
                seen.append(key)
        action.setShortcuts(seen)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        file_menu = self._menus["file"]
        self.new_action = self._action(
            self.tr("&New consultation"), self.new_consultation, ["Ctrl+N"]
        )
        self.open_action = self._action(self.tr("&Open…"), self.open_session, ["Ctrl+O"])
        self.save_action = self._action(self.tr("&Save"), self.save, ["Ctrl+S"])
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, ["Ctrl+Shift+S"])
        self.save_pdf_action = self._action(
            self.tr("Save handout as &PDF…"), self.save_pdf, ["Ctrl+E"]
        )
        self.print_action = self._action(self.tr("P&rint handout…"), self.print_handout, ["Ctrl+P"])
        self.preview_action = self._action(
            self.tr("Print pre&view…"), self.print_preview, ["Ctrl+Shift+P"]
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, ["Ctrl+Q"])
        for action in (
            self.new_action,
            self.open_action,
            None,
            self.save_action,
            self.save_as_action,
            None,
            self.save_pdf_action,
            self.print_action,
            self.preview_action,
            None,
            self.quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)

        view_menu = self._menus["view"]
        self.larger_action = self._action(
            self.tr("&Larger text"), lambda: self.change_text_size(+1), ["Ctrl++", "Ctrl+="]
        )
        self.smaller_action = self._action(
            self.tr("&Smaller text"), lambda: self.change_text_size(-1), ["Ctrl+-"]
        )
        self.reset_size_action = self._action(
            self.tr("&Normal text size"), lambda: self.change_text_size(0), ["Ctrl+0"]
        )
        self.presentation_action = self._action(
            self.tr("&Patient view"), self.set_presentation, ["F11"], checkable=True
        )
        for action in (self.larger_action, self.smaller_action, self.reset_size_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation_action)
        self.leave_presentation = QShortcut(QKeySequence("Esc"), self)
        self.leave_presentation.setEnabled(False)
        self.leave_presentation.activated.connect(
            lambda: self.presentation_action.setChecked(False)
        )

        go_menu = self._menus["go"]
        self.next_action = self._action(
            self.tr("&Next step"), self.next_step, ["Ctrl+PgDown", "Alt+Right"]
        )
        self.previous_action = self._action(
            self.tr("&Previous step"), self.previous_step, ["Ctrl+PgUp", "Alt+Left"]
        )
        self.step_list_action = self._action(
            self.tr("Step &list"), self._focus_step_list, ["Ctrl+L"]
        )
        go_menu.addAction(self.next_action)
        go_menu.addAction(self.previous_action)
        go_menu.addAction(self.step_list_action)
        go_menu.addSeparator()
        self.step_actions = []
        for i, title in enumerate(self.step_titles):
            action = self._action(
                f"&{i + 1} {title.replace('&', '&&')}",
                partial(self.go_to, i, focus=True),
                [f"Ctrl+{i + 1}"],
            )
            go_menu.addAction(action)
            self.step_actions.append(action)

        tools_menu = self._menus["tools"]
        self.profile_action = self._action(self.tr("&Clinic profile…"), self.edit_profile)
        tools_menu.addAction(self.profile_action)

        help_menu = self._menus["help"]
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1"]
        )
        self.about_action = self._action(self.tr("&About HFS Counsel"), self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    # Steps -----------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int, focus: bool = False) -> None:
        index = max(0, min(len(self._pages) - 1, index))
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
        self.next_button.setEnabled(index < len(self._pages) - 1)
        self.step_label.setText(
            self.tr("Step {n} of {total} · {title}").format(
                n=index + 1, total=len(self._pages), title=self.step_titles[index]
            )
        )

    def _focus_step_list(self) -> None:
        from PySide6.QtCore import Qt

        if self.nav_panel.isVisible():
            self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def next_step(self) -> None:
        self.go_to(self.current_step() + 1, focus=True)

    def previous_step(self) -> None:
        self.go_to(self.current_step() - 1, focus=True)

    # Model events ----------------------------------------------------------------------------
    def _on_changed(self, aspect: str) -> None:
        self._finish_start()  # an edit before the first paint (tests, scripts)
        if aspect in ("visit", "marks", "sections"):
            self._refresh_marks()
        self._validate()
        self.renderer.schedule()

    def _on_reset(self) -> None:
        self._finish_start()
        self.strict = False
        if self._pages[HANDOUT_STEP] is not None:
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

    def _validate(self) -> list[Problem]:
        import datetime as dt

        from hfs_desktop.ui.readiness import handout_checks

        problems = self._problems = self.model.problems()
        checks = self.checks = handout_checks(
            self.model.session, self.model.included(), dt.date.today()
        )
        for page in self._built_pages():
            page.checks = checks
            page.show_problems(problems, self.strict)
        steps = {check.step for check in checks}
        for row in range(self.navigator.count()):
            self.navigator.set_attention(row, row in steps)
        return problems

    # Text size and presentation -----------------------------------------------------------
    def scale(self) -> float:
        base = self.settings.text_size / 100
        if not self._presentation:
            return base
        screen = self.screen()
        height = screen.geometry().height() if screen is not None else 1080
        return patient_scale(base, height)

    def apply_text_size(self) -> None:
        sizes = Sizes(self.scale())
        self.setStyleSheet(stylesheet(sizes))
        self.nav_panel.setFixedWidth(min(sizes.px(250), 300))
        for page in self._built_pages():
            page.apply_sizes(sizes)

    def change_text_size(self, step: int) -> None:
        current = TEXT_SIZES.index(self.settings.text_size)
        last = len(TEXT_SIZES) - 1
        new = DEFAULT_TEXT_SIZE if step == 0 else TEXT_SIZES[max(0, min(last, current + step))]
        if new == self.settings.text_size:
            return
        self.settings = self.settings.with_text_size(new)
        self.apply_text_size()
        self.statusBar().showMessage(self.tr("Text size {n} %").format(n=new), 3000)
        self._store_settings()

    def set_presentation(self, on: bool) -> None:
        """The patient view: full screen, the patient's text only, larger with the screen.

        The step list, the clinician panel, source tags and tick boxes are hidden; Back/Next
        and every shortcut still work; Esc (or F11) brings the clinician's view back.
        """
        if on == self._presentation:
            return
        self._presentation = on
        self.nav_panel.setVisible(not on)
        self.leave_presentation.setEnabled(on)
        self.patient_view_button.blockSignals(True)
        self.patient_view_button.setChecked(on)
        self.patient_view_button.blockSignals(False)
        self.patient_view_button.setText(
            self.tr("Clinician view (Esc)") if on else self.tr("Patient view (F11)")
        )
        for page in self._built_pages():
            page.set_patient_view(on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        self.apply_text_size()
        if self.presentation_action.isChecked() != on:
            self.presentation_action.setChecked(on)

    def _patient_view_toggled(self, on: bool) -> None:
        if self._started and hasattr(self, "presentation_action"):
            self.presentation_action.setChecked(on)  # one path: the action drives the view
        else:
            self.set_presentation(on)

    def _store_settings(self) -> None:
        try:
            save_settings(self.settings)
        except SaveError as exc:
            self.statusBar().showMessage(
                self.tr("Settings could not be saved: {reason}").format(reason=exc), 8000
            )

    # Sessions --------------------------------------------------------------------------------
    def maybe_discard(self, doing: str) -> bool:
        """Ask before unsaved changes are lost. True: go ahead."""
        from PySide6.QtWidgets import QMessageBox

        if not self.model.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "This consultation has changes that are not saved.\n\nSave them before you {doing}?"
            ).format(doing=doing),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_consultation(self) -> bool:
        if not self.maybe_discard(self.tr("start a new consultation")):
            return False
        self.model.replace(self.new_session())
        self.go_to(0, focus=True)
        self.statusBar().showMessage(self.tr("New consultation started."), 4000)
        return True

    def open_session(self, path: Path | None = None) -> bool:
        if not self.maybe_discard(self.tr("open another consultation")):
            return False
        if path is None:
            path = files.ask_open_path(self, self.tr("Open a consultation"))
            if path is None:
                return False
        from hfs_desktop.domain.content import ContentError, load_content
        from hfs_desktop.domain.session_file import load_session
        from hfs_desktop.domain.validation import SessionError, content_problems

        try:
            session = load_session(path)
            problems = content_problems(
                session.to_json_dict(), load_content(session.handout.language)
            )
            if problems:
                raise SessionError(problems)
        except SessionError as exc:
            self._problem_box(
                self.tr("This file cannot be opened"),
                self.tr("{name} is not a consultation HFS Counsel can open:").format(
                    name=path.name
                ),
                [str(p) for p in exc.problems],
            )
            return False
        except ContentError as exc:
            self._problem_box(self.tr("This file cannot be opened"), str(exc), [])
            return False
        self.model.replace(session, path)
        self.go_to(0)
        self.statusBar().showMessage(self.tr("Opened {name}.").format(name=path.name), 4000)
        return True

    def save(self) -> bool:
        if self.model.path is None:
            return self.save_as()
        return self._save_to(self.model.path)

    def save_as(self) -> bool:
        if not self._ready_to_save(self.tr("saved")):
            return False
        path = files.ask_save_path(
            self,
            self.tr("Save the consultation"),
            files.suggested_session_name(self.model.session.visit_date),
            pdf=False,
        )
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from hfs_desktop.domain.session_file import save_session
        from hfs_desktop.domain.validation import SessionError

        if not self._ready_to_save(self.tr("saved")):
            return False
        try:
            save_session(path, self.model.session)
        except SessionError as exc:  # should not happen after the check; be safe anyway
            self._problem_box(self.tr("Not saved"), "", [str(p) for p in exc.problems])
            return False
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self.model.path = path
        self.model.set_modified(False)
        self.statusBar().showMessage(self.tr("Saved {name}.").format(name=path.name), 5000)
        return True

    def _ready_to_save(self, what: str) -> bool:
        """Check the session; if it has problems, show them all and open the first one."""
        problems = self.model.problems()
        if not problems:
            return True
        self.strict = True
        self._validate()
        lines, first_page = [], None
        for problem in problems:
            page_index, text = self._locate(problem)
            lines.append(f"{self.step_titles[page_index]}: {text}")
            first_page = page_index if first_page is None else first_page
        self._problem_box(
            self.tr("Please check a few things"),
            self.tr("The consultation cannot be {what} yet:").format(what=what),
            lines,
        )
        if first_page is not None:
            self.go_to(first_page, focus=True)
        return False

    def _locate(self, problem: Problem) -> tuple[int, str]:
        """Which step shows this problem, and its plain words."""
        for index, page in enumerate(self.pages):
            text = page.problem_text(problem)
            if text is not None:
                return index, text
        lists: dict[str, TopicId] = {
            "causes_relevant": "recurrence",
            "risks_discussed": "second_surgery",
        }
        topic = lists.get(problem.field.split("[")[0])
        if topic is not None:
            return 1 + TOPICS.index(topic), str(problem)
        if problem.field.startswith("handout"):
            return HANDOUT_STEP, str(problem)
        return 0, str(problem)

    def _problem_box(self, title: str, intro: str, lines: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(intro or title)
        if lines:
            box.setInformativeText("\n".join(f"• {line}" for line in lines[:12]))
            if len(lines) > 12:
                box.setDetailedText("\n".join(lines))
        box.exec()

    # Handout ---------------------------------------------------------------------------------
    def current_pdf(self) -> bytes | None:
        """The handout for the session as it is now; waits for the renderer if needed."""
        from PySide6.QtCore import QEventLoop, Qt
        from PySide6.QtWidgets import QProgressDialog

        pdf = self.renderer.current_pdf()
        if pdf is not None:
            return pdf
        progress = QProgressDialog(self.tr("Preparing the handout…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        loop = QEventLoop(self)
        outcome: list[bool] = []

        def done(*_args: object) -> None:
            outcome.append(True)
            loop.quit()

        self.renderer.ready.connect(done)
        self.renderer.failed.connect(done)
        QTimer.singleShot(PDF_WAIT_MS, loop.quit)
        try:
            self.renderer.request_now()
            if self.renderer.current_pdf() is None:
                loop.exec()
        finally:
            self.renderer.ready.disconnect(done)
            self.renderer.failed.disconnect(done)
            progress.close()
        return self.renderer.current_pdf()

    def _handout_ready(self) -> bytes | None:
        from PySide6.QtWidgets import QMessageBox

        if not self._ready_to_save(self.tr("printed or saved as a PDF")):
            return None
        pdf = self.current_pdf()
        if pdf is None:
            QMessageBox.warning(
                self,
                self.tr("Handout not ready"),
                self.tr("The handout could not be made. Please try again."),
            )
        return pdf

    def save_pdf(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        pdf = self._handout_ready()
        if pdf is None:
            return False
        path = files.ask_save_path(
            self,
            self.tr("Save the handout as PDF"),
            files.suggested_pdf_name(self.model.session.visit_date),
            pdf=True,
        )
        if path is None:
            return False
        try:
            write_atomic(path, pdf)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("PDF not saved"), str(exc))
            return False
        self.statusBar().showMessage(
            self.tr("Handout saved as {name}.").format(name=path.name), 6000
        )
        return True

    def _printer(self) -> QPrinter | None:
        from PySide6.QtPrintSupport import QPrinter

        from hfs_desktop.ui.printing import prepare_printer

        if self._handout_ready() is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.model.session.handout.paper, self.handout_page.pages)
        return printer

    def print_handout(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        if printer is None:
            return False
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.handout_page.pages))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self._print_to(printer)

    def print_preview(self) -> bool:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()
        if printer is None:
            return False
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self._print_to)
        dialog.exec()
        return True

    def _print_to(self, printer: QPrinter) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from hfs_desktop.ui.printing import print_document

        try:
            print_document(self.handout_page.document(), printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
            return False
        return True

    # Profile, help -----------------------------------------------------------------------------
    def edit_profile(self) -> bool:
        from hfs_desktop.ui.profile_dialog import ClinicProfileDialog

        dialog = ClinicProfileDialog(self.settings.profile, self)
        if dialog.exec() != ClinicProfileDialog.DialogCode.Accepted:
            return False
        old, new = self.settings.profile, dialog.profile()
        self.settings = Settings(profile=new, text_size=self.settings.text_size)
        self._store_settings()
        if old.logo_path != new.logo_path:
            self.renderer.logo_path = new.logo_path
            self.renderer.schedule(immediate=True)
        if self.model.path is None and not self.model.modified:
            # A consultation that has not started yet takes the new profile at once.
            self.model.replace(self.new_session())
        elif old != new:
            self.statusBar().showMessage(
                self.tr("The clinic profile applies from the next new consultation."), 6000
            )
        return True

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        rows = [
            (self.tr("Next / previous step"), "Alt+Right / Alt+Left, Ctrl+PgDown / Ctrl+PgUp"),
            (self.tr("Go to step 1–7"), "Ctrl+1 … Ctrl+7"),
            (self.tr("The list of steps"), "Ctrl+L"),
            (self.tr("New consultation"), "Ctrl+N"),
            (self.tr("Open / Save / Save as"), "Ctrl+O / Ctrl+S / Ctrl+Shift+S"),
            (self.tr("Save handout as PDF"), "Ctrl+E"),
            (self.tr("Print / Print preview"), "Ctrl+P / Ctrl+Shift+P"),
            (self.tr("Larger / smaller / normal text"), "Ctrl++ / Ctrl+- / Ctrl+0"),
            (self.tr("Patient view (text only, larger)"), self.tr("F11 (Esc leaves it)")),
            (self.tr("Quit"), "Ctrl+Q"),
        ]
        text = "\n".join(f"{what}:  {keys}" for what, keys in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from hfs_desktop import __version__

        content = self.model.content
        QMessageBox.about(
            self,
            self.tr("About HFS Counsel"),
            self.tr(
                "HFS Counsel {version}\nCounseling content {content} (reviewed {review}).\n\n"
                "Patient details stay in memory until you save a file you choose."
            ).format(
                version=__version__,
                content=content.version,
                review=content.review_date.isoformat(),
            ),
        )

    # Closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_discard(self.tr("close HFS Counsel")):
            event.ignore()
            return
        if self._renderer is not None:
            self._renderer.shutdown()
        if self._pages[HANDOUT_STEP] is not None:
            self.handout_page.forget_preview()
        self.errors.uninstall()
        event.accept()
