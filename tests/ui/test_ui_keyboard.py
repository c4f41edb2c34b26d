"""Keyboard and screen reader: focus is visible, starts in the patient's text (never on a
toggle), scroll areas have names, field errors are read with the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.steps import Step


def _look(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _focus_shows(qtbot: QtBot, window: MainWindow, widget: QWidget) -> bool:
    window.next_button.setFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    before = _look(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return _look(widget) != before


@pytest.mark.parametrize("what", ["radio", "check box", "step list", "text area", "topic text",
                                  "pdf view"])  # fmt: skip
def test_focus_is_visible(qtbot: QtBot, window: MainWindow, what: str) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    if what == "radio":
        window.go_to(Step.PATIENT)
        widget: QWidget = window.patient_page.side_buttons["left"]
    elif what == "check box":
        window.go_to(Step.HANDOUT)
        widget = window.handout_page.large_print
    elif what == "step list":
        widget = window.navigator
    elif what == "text area":
        window.go_to(Step.QUESTIONS)
        widget = window.questions_page.notes
    elif what == "topic text":
        window.go_to(Step.SURGERY)
        widget = window.topic_pages[0].text_area
    else:
        window.go_to(Step.HANDOUT)
        widget = window.handout_page.view
    assert _focus_shows(qtbot, window, widget)


def test_topic_pages_start_in_the_text_and_space_unticks_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    for step, page in zip(
        (Step.SURGERY, Step.RECOVERY, Step.RECURRENCE, Step.SECOND_SURGERY),
        window.topic_pages,
        strict=True,
    ):
        window.go_to(step, focus=True)
        focused = QApplication.focusWidget()
        assert focused is page.text_area
        assert not isinstance(focused, QCheckBox)
        included = list(window.model.included())
        qtbot.keyClick(focused, Qt.Key.Key_Space)
        assert window.model.included() == included


def test_scroll_areas_have_names(window: MainWindow) -> None:
    for page in window.pages:
        for area in page.findChildren(QScrollArea):
            if area.isVisibleTo(page):
                assert area.accessibleName(), f"{page.objectName()}: unnamed scroll area"


def test_field_errors_are_accessible_descriptions(window: MainWindow) -> None:
    page = window.patient_page
    page.birth_year.setText("19")
    assert "four digits" in page.birth_year.accessibleDescription()
    page.birth_year.setText("1958")
    assert page.birth_year.accessibleDescription() == ""
