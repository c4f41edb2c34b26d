"""Pasted hidden characters are removed (and said so), one length message, stage-ordered
question prompts."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from hfs_desktop.ui.clean_text import clean
from hfs_desktop.ui.main_window import MainWindow


def test_clean_removes_controls_and_direction_overrides() -> None:
    assert clean("An\u202ena\x07 B\u200fo\tb", one_line=True) == ("Anna Bo b", 3)
    assert clean("line one\nline two", one_line=False) == ("line one\nline two", 0)
    assert clean("Zoë Łukasiewicz 王小明 محمد", one_line=True)[1] == 0  # real letters stay


def test_a_paste_with_hidden_characters_is_cleaned_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.patient_page
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Maria\u202e Gonz\x00ález\x1b", QClipboard.Mode.Clipboard)
    page.name.setFocus()
    page.name.paste()
    assert page.name.text() == "Maria González"
    assert window.model.session.patient.name == "Maria González"
    message = page.messages["patient.name"]
    assert message.isVisible() and "Removed 3 hidden" in message.text()
    qtbot.keyClicks(page.name, "x")  # the next plain edit clears the notice
    assert "Removed" not in message.text()


def test_one_message_when_a_name_is_too_long(window: MainWindow) -> None:
    page = window.patient_page
    page.name.setText("a" * 280)
    assert page.name_counter.isVisible()  # near the limit: the count
    page.name.setText("a" * 320)
    assert not page.name_counter.isVisible()  # past it: one message, not two
    text = page.messages["patient.name"].text()
    assert text == "Too long: 320 characters, at most 300. Remove 20."


def test_question_prompts_follow_the_stage(window: MainWindow) -> None:
    page = window.patient_page
    questions = window.questions_page
    assert questions.group_order()[:2] == ["surgery", "recovery"]  # before surgery
    page.stage.setCurrentIndex(page.stage.findData("after_surgery"))
    first = questions.group_order()[0]
    assert first == window.model.recommended()[0] and first != "surgery"
