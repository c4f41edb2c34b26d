"""Comfort and accessibility: names, mnemonics, shortcuts, tab order, sizes."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hfs_desktop.ui.accessibility import is_input, strip_mnemonic, visible_label
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.profile_dialog import ClinicProfileDialog
from hfs_desktop.ui.settings import ClinicProfile

EXAMPLE = "resources/examples/after-surgery-twitching-returned.json"


def inputs(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if is_input(w)]


def check_names(root: QWidget) -> list[str]:
    wrong = []
    for widget in inputs(root):
        label = visible_label(widget, root)
        if not label or widget.accessibleName() != label:
            wrong.append(
                f"{type(widget).__name__} {widget.objectName()!r}: "
                f"name {widget.accessibleName()!r}, label {label!r}"
            )
    return wrong


def test_strip_mnemonic() -> None:
    assert strip_mnemonic("Patient &name") == "Patient name"
    assert strip_mnemonic("Salt && pepper") == "Salt & pepper"


def test_every_input_is_named_by_its_visible_label(window: MainWindow) -> None:
    from hfs_desktop.storage.session_file import load_session

    window.model.replace(load_session(EXAMPLE))
    for page in window.pages:
        page.prepare()  # topic pages build their text (and its check boxes) lazily
    found = inputs(window)
    assert len(found) > 60  # the walk really covers the pages
    assert check_names(window) == []


def test_profile_dialog_inputs_are_named(qtbot: QtBot) -> None:
    dialog = ClinicProfileDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    assert check_names(dialog) == []


def _mnemonics(widgets: list[QWidget]) -> list[str]:
    keys = []
    for w in widgets:
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(w.window()):
            match = re.search(r"&([^&])", w.text().replace("&&", ""))
            if match:
                keys.append(match.group(1).lower())
    return keys


def test_mnemonics_do_not_clash(window: MainWindow) -> None:
    menus = [
        re.search(r"&(.)", a.text()).group(1).lower()  # type: ignore[union-attr]
        for a in window.menuBar().actions()
    ]
    assert len(menus) == len(set(menus))
    frame = window.nav_panel.findChildren(QLabel)  # shown beside every page
    for page in window.pages:
        page.prepare()
        keys = _mnemonics(page.findChildren(QWidget)) + _mnemonics(frame)
        clashes = {k for k in keys if keys.count(k) > 1} | (set(keys) & set(menus))
        assert not clashes, (page.step_title, clashes)


def test_actions_have_mnemonics_and_shortcuts(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            assert "&" in action.text(), action.text()
    expected = {
        window.new_action: "Ctrl+N",
        window.open_action: "Ctrl+O",
        window.save_action: "Ctrl+S",
        window.save_as_action: "Ctrl+Shift+S",
        window.save_pdf_action: "Ctrl+E",
        window.print_action: "Ctrl+P",
        window.quit_action: "Ctrl+Q",
        window.presentation_action: "F11",
        window.smaller_action: "Ctrl+-",
    }
    for action, key in expected.items():
        assert QKeySequence(key) in action.shortcuts(), action.text()
    assert QKeySequence("Ctrl+PgDown") in window.next_action.shortcuts()
    assert QKeySequence("Alt+Right") in window.next_action.shortcuts()
    assert QKeySequence("Ctrl+PgUp") in window.previous_action.shortcuts()
    assert QKeySequence("Alt+Left") in window.previous_action.shortcuts()


def test_keyboard_moves_between_steps(qtbot: QtBot, window: MainWindow) -> None:
    window.patient_page.name.setFocus()
    qtbot.keyClick(window.patient_page.name, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == 0
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == 6
    window.navigator.setCurrentRow(3)  # the step list reaches any step
    assert window.current_step() == 3


def test_tab_order_follows_the_form(window: MainWindow) -> None:
    page = window.patient_page
    expected = [
        page.name,
        page.preferred,
        page.birth_year,
        page.side_buttons["left"],
        page.stage,
        page.twitching,
        page.surgery_date,
        page.visit_date,
        page.clinician,
    ]
    page.stage.setCurrentIndex(page.stage.findData("after_surgery"))  # enable every field
    order: list[QWidget] = []
    widget: QWidget = page.name
    for _ in range(200):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.name:
            break
    assert order == expected


@pytest.mark.parametrize("presentation", [False, True])
def test_text_size_and_presentation_mode(
    window: MainWindow, presentation: bool, wait_preview: Callable
) -> None:
    window.go_to(2)
    body_before = window.topic_pages[1].view.sizes.body
    if presentation:
        window.presentation_action.trigger()
        assert window.isFullScreen() and not window.nav_panel.isVisible()
        assert window.topic_pages[1].view.sizes.body > body_before
        window.presentation_action.trigger()
        assert not window.isFullScreen() and window.nav_panel.isVisible()
        assert window.topic_pages[1].view.sizes.body == body_before
    else:
        window.larger_action.trigger()
        assert window.topic_pages[1].view.sizes.body > body_before
        assert window.topic_pages[1].view.sizes.body >= 20
        window.smaller_action.trigger()
        assert window.topic_pages[1].view.sizes.body == body_before
    assert body_before >= 18  # large enough to read together at arm's length
