"""Fixtures for the window tests: a fresh main window per test, closed without questions,
and file dialogs answered by the test (no real dialog ever opens)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hfs_desktop.ui import files
from hfs_desktop.ui.main_window import MainWindow

PREVIEW_TIMEOUT_MS = 15_000


@pytest.fixture(autouse=True)
def _clinic_profile(_isolated_home: Path) -> None:
    """A clinic with a phone and an emergency number, as every real installation has: without
    them the handout is not ready to go out (the window refuses Save PDF and Print)."""
    from hfs_desktop.ui.settings import ClinicProfile, Settings, save_settings

    save_settings(
        Settings(
            profile=ClinicProfile(
                clinic_name="Riverside", phone="01632 960000", emergency_number="999"
            )
        )
    )


@pytest.fixture(autouse=True)
def _no_hanging_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box a test did not expect fails the test instead of waiting forever."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message box: {box.text()} {box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


def _discard(window: MainWindow) -> None:
    window.model.set_modified(False)  # teardown closes the window: no unsaved-changes question


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[[], MainWindow]:
    """Build windows the way the application does; each is closed after the test."""
    from hfs_desktop.app import create_main_window

    def make() -> MainWindow:
        window = create_main_window()
        qtbot.addWidget(window, before_close_func=_discard)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.is_ready)  # steps 2-7 are built after the first paint
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


@dataclass
class Dialogs:
    """What the next file dialog answers; ``None`` is Cancel."""

    session: Path | None = None
    pdf: Path | None = None
    open: Path | None = None
    suggested: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    answers = Dialogs()

    def ask_save(parent: object, title: str, name: str, pdf: bool) -> Path | None:
        answers.suggested.append(name)
        return answers.pdf if pdf else answers.session

    def ask_open(parent: object, title: str, name_filter: str = "") -> Path | None:
        return answers.open

    monkeypatch.setattr(files, "ask_save_path", ask_save)
    monkeypatch.setattr(files, "ask_open_path", ask_open)
    return answers


@pytest.fixture
def wait_preview(qtbot: QtBot) -> Callable[[MainWindow], None]:
    """Wait until the preview shows the handout of the session as it is now."""

    def wait(window: MainWindow) -> None:
        qtbot.waitUntil(
            lambda: window.renderer.current_pdf() is not None and window.handout_page.pages > 0,
            timeout=PREVIEW_TIMEOUT_MS,
        )

    return wait
