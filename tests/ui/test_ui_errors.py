"""An unexpected error in a slot: a calm message, a clean log line, a window that still works."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hfs_desktop.ui import errors
from hfs_desktop.ui.main_window import MainWindow


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_message_and_the_window_still_works(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert sys.excepthook == window.errors._hook
    shown: list[object] = []
    monkeypatch.setattr(errors, "show_error_dialog", lambda parent: shown.append(parent))
    window.patient_page.name.setText("Secretname Patient")

    def broken() -> None:
        raise ValueError(f"cannot handle {window.model.session.patient.name}")

    window.next_button.clicked.connect(broken)
    with caplog.at_level(logging.ERROR, logger="hfs_desktop"):
        window.next_button.click()
        QTimer.singleShot(0, broken)  # and from the event loop
        qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown == [window, window]
    assert window.current_step() == 1  # the button's own work still happened
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "test_ui_errors.py" in logged
    assert "Secretname" not in logged  # never the message, which held patient text
    # The window carries on.
    window.next_button.clicked.disconnect(broken)
    window.next_button.click()
    assert window.current_step() == 2
    window.patient_page.preferred.setText("Sam")
    assert window.model.session.patient.preferred_name == "Sam"
    # Closing the window gives the hook back.
    window.model.set_modified(False)
    window.close()
    assert sys.excepthook is sys.__excepthook__


@pytest.mark.qt_no_exception_capture
def test_the_real_dialog_is_non_blocking(qtbot: QtBot, window: MainWindow) -> None:
    window.errors._hook(RuntimeError, RuntimeError("x"), None)
    box = window.errors.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "your work is still here" in box.text()
    # A second error while it is open does not stack another dialog.
    window.errors._hook(RuntimeError, RuntimeError("y"), None)
    assert window.errors.dialog is box
    box.accept()


def test_describe_names_type_and_place_only() -> None:
    try:
        raise KeyError("Secretname")
    except KeyError as exc:
        text = errors.describe(type(exc), exc.__traceback__)
    assert text.startswith("KeyError at test_ui_errors.py:")
    assert "Secretname" not in text
