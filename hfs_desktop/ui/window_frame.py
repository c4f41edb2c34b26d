"""The frame around the pages: the step list, Back/Next, the patient-view button and the
menus; moving between steps; and the frame's words, set again when the language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.ui.navigator import StepNavigator
from hfs_desktop.ui.steps import STEP_TOPICS, Step, step_titles
from hfs_desktop.ui.window_language import join_list
from hfs_desktop.ui.window_pages import as_window

if TYPE_CHECKING:
    from hfs_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them
MENUS = ("file", "view", "go", "tools", "help")
MARGIN = 16  # px left and right of the frame


def menu_titles() -> dict[str, str]:
    return {
        "file": translate("MainWindow", "&File"),
        "view": translate("MainWindow", "&View"),
        "go": translate("MainWindow", "&Go"),
        "tools": translate("MainWindow", "&Tools"),
        "help": translate("MainWindow", "&Help"),
    }


def build_frame(window: MainWindow) -> None:
    """The step list on the left; the page stack with Back/Next under it on the right."""
    central = QWidget(window)
    central.setObjectName("Central")
    row = QHBoxLayout(central)
    row.setContentsMargins(MARGIN, 14, MARGIN, 10)
    row.setSpacing(16)
    window.nav_panel = QWidget(central)
    nav_col = QVBoxLayout(window.nav_panel)
    nav_col.setContentsMargins(0, 0, 0, 0)
    nav_col.setSpacing(6)
    window.steps_label = QLabel(window.nav_panel)
    window.steps_label.setProperty("role", "muted")
    window.navigator = StepNavigator(window.step_titles, window.nav_panel)
    nav_col.addWidget(window.steps_label)
    nav_col.addWidget(window.navigator, 1)
    row.addWidget(window.nav_panel, 0)

    right = QVBoxLayout()
    right.setSpacing(10)
    window.stack = QStackedWidget(central)
    for _step in Step:
        window.stack.addWidget(QWidget(window.stack))  # replaced by the page when it is built
    right.addWidget(window.stack, 1)
    bar = window.bottom_bar = QGridLayout()
    window.step_line_above = False
    bar.setHorizontalSpacing(6)
    bar.setColumnStretch(1, 1)
    window.back_button = QPushButton(central)
    window.next_button = QPushButton(central)
    window.next_button.setProperty("primary", True)
    window.patient_view_button = QPushButton(central)
    window.patient_view_button.setCheckable(True)
    window.step_label = QLabel(central)
    window.step_label.setObjectName("StepLine")  # centred by the style sheet
    window.step_label.setProperty("role", "muted")
    window.step_label.setWordWrap(True)
    for column, widget in enumerate(_bar_widgets(window)):
        bar.addWidget(widget, 1, column)
    right.addLayout(bar)
    row.addLayout(right, 1)
    window.setCentralWidget(central)
    bar_menu = window.menuBar()
    window.menus = {key: bar_menu.addMenu("") for key in MENUS}
    frame_texts(window)
    window.navigator.currentRowChanged.connect(window.nav_row_changed)
    window.back_button.clicked.connect(window.previous_step)
    window.next_button.clicked.connect(window.next_step)
    window.patient_view_button.toggled.connect(window.set_presentation)


def _bar_widgets(window: MainWindow) -> tuple[QWidget, ...]:
    return (window.back_button, window.step_label, window.patient_view_button, window.next_button)


def fit_bar(window: MainWindow) -> None:
    """The step line between the buttons, or above them when the buttons need its room
    (large text in a long language): Back and Next are never cut off."""
    bar, label = window.bottom_bar, window.step_label
    room = window.width() - 2 * MARGIN
    if window.nav_panel.isVisibleTo(window):
        room -= window.nav_panel.width() + 16
    widgets = _bar_widgets(window)
    need = sum(w.sizeHint().width() for w in widgets if w is not label)
    # The line may wrap once, not into a column of single words (Spanish at 200 %).
    half_line = label.fontMetrics().horizontalAdvance(label.text()) // 2
    need += max(label.minimumSizeHint().width(), half_line)
    need += bar.horizontalSpacing() * (len(widgets) - 1)
    above = need > room
    if window.step_line_above != above:
        window.step_line_above = above
        bar.removeWidget(label)
        if above:
            bar.addWidget(label, 0, 0, 1, len(widgets))
        else:
            bar.addWidget(label, 1, 1)


def frame_texts(window: MainWindow) -> None:
    """The frame's words in the window's language."""
    window.titles = step_titles()
    window.step_titles = list(window.titles.values())
    window.navigator.set_titles(window.step_titles)
    window.steps_label.setText(translate("MainWindow", "Steps"))
    window.back_button.setText(translate("MainWindow", "← Back"))
    window.next_button.setText(translate("MainWindow", "Next →"))
    window.back_button.setToolTip(
        translate("MainWindow", "Previous step (Alt+Left or Ctrl+Page Up)")
    )
    window.next_button.setToolTip(
        translate("MainWindow", "Next step (Alt+Right or Ctrl+Page Down)")
    )
    on = window.patient_view
    window.patient_view_button.setText(
        translate("MainWindow", "Clinician view (Esc)")
        if on
        else translate("MainWindow", "Patient view (F11)")
    )
    window.patient_view_button.setToolTip(
        translate(
            "MainWindow", "The patient's text only, full screen and larger (F11; Esc to leave)"
        )
    )
    for key, title in menu_titles().items():
        window.menus[key].setTitle(title)
    fit_bar(window)


def retranslate(window: MainWindow) -> None:
    """After a language change: the frame's words, the menus and every page, built again from
    the same session (typed data, the current step and unsaved changes are kept)."""
    from hfs_desktop.ui.accessibility import name_inputs
    from hfs_desktop.ui.actions import action_table, build_actions

    frame_texts(window)
    if window.startup.started and hasattr(window, "new_action"):
        for action in window.actions():
            window.removeAction(action)
            action.deleteLater()
        for menu in window.menus.values():
            menu.clear()
        window.shortcut_rows = build_actions(window, action_table(window.step_titles))
        window.presentation_action.setChecked(window.patient_view)
    window.rebuild_pages()
    window.show_step(window.current_step())
    window.refresh_marks()
    window.validate()
    name_inputs(window)


class StepMoves:
    """Mixed into ``MainWindow``: going to a step, Back/Next (passing over topics not for
    this patient), and the step list."""

    def current_step(self) -> int:
        w = as_window(self)
        return w.stack.currentIndex()

    def go_to(self, index: int, focus: bool = False) -> None:
        w = as_window(self)
        index = max(0, min(w.stack.count() - 1, index))
        old, focused = w.stack.currentWidget(), QApplication.focusWidget()
        had_focus = old is not None and focused is not None and old.isAncestorOf(focused)
        page = w.page(index)
        page.prepare()
        w.show_step(index)
        target = page.first_focus()
        if target is not None and (focus or had_focus):
            from PySide6.QtCore import Qt

            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_step(self, index: int) -> None:
        """Point the stack, the step list, Back/Next and the step line at ``index``."""
        w = as_window(self)
        w.stack.setCurrentIndex(index)
        if w.navigator.currentRow() != index:
            w.navigator.blockSignals(True)
            w.navigator.setCurrentRow(index)
            w.navigator.blockSignals(False)
        w.back_button.setEnabled(index > 0)
        w.next_button.setEnabled(index < w.stack.count() - 1)
        w.step_label.setText(
            translate("MainWindow", "Step {n} of {total} · {title}").format(
                n=index + 1, total=w.stack.count(), title=w.step_titles[index]
            )
        )
        fit_bar(w)  # a longer step title may need the line above the buttons

    def focus_step_list(self) -> None:
        w = as_window(self)
        from PySide6.QtCore import Qt

        if w.nav_panel.isVisible():
            w.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def nav_row_changed(self, row: int) -> None:
        w = as_window(self)
        if row >= 0:
            w.go_to(row)

    def _skipped(self, step: int) -> bool:
        """Next and Back pass over topics neither recommended nor in the handout."""
        w = as_window(self)
        topic = STEP_TOPICS.get(Step(step)) if 0 <= step < len(Step) else None
        if topic is None or not w.startup.started:
            return False
        return topic not in w.model.recommended() and topic not in w.model.included()

    def _move(self, direction: int) -> None:
        w = as_window(self)
        target, skipped = w.current_step() + direction, []
        while w._skipped(target):
            skipped.append(w.step_titles[target])
            target += direction
        w.go_to(target, focus=True)
        if skipped:
            w.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Passed over {steps}: not for this patient's stage. The step list opens them.",
                ).format(steps=join_list(skipped)),
                8000,
            )

    def next_step(self) -> None:
        w = as_window(self)
        w._move(+1)

    def previous_step(self) -> None:
        w = as_window(self)
        w._move(-1)
