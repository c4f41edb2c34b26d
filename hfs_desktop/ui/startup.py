"""Start-up after the first paint: the rest of the window, one small step per event-loop turn.

The first paint shows only the frame (menus, the step list, Back/Next). Then, each step well
under 50 ms so typing is never held up for long: the window's style, the frame's shortcuts
and step painting, step 1's page, the content engine, the content, fonts for every script
with the step marks and checks, then the other steps. Anything needed sooner (an edit, a
click on a step) is built at once by ``MainWindow.page()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hfs_desktop.ui.theme import install_comfort_style

if TYPE_CHECKING:
    from hfs_desktop.ui.main_window import MainWindow

# Imported one per start-up step after the first paint (Jinja2 alone takes ~30-50 ms).
CONTENT_MODULES = ("jinja2", "hfs_desktop.domain.content", "hfs_desktop.domain.personalize")


class StartUp:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.started = False
        self.scheduled = False
        self.steps: list[Callable[[], object]] = []

    def after_paint(self) -> None:
        """Called on every paint; queues the rest of start-up once."""
        if not self.scheduled:
            self.scheduled = True
            QTimer.singleShot(0, self.finish)

    def finish(self) -> None:
        """Queue the remaining steps (once); an edit before the first paint calls it too."""
        if self.started:
            return
        self.started = True
        w = self.window
        # (Importing on a worker thread was tried: with the GIL it made each step on this
        # thread slower, and the longest hold-up grew from ~50 to ~70 ms.)
        self.steps = [
            self._install_style,
            w.navigator.finish_setup,
            w.finish_frame,
            lambda: w.go_to(w.current_step()),
            *[partial(importlib.import_module, name) for name in CONTENT_MODULES],
            lambda: w.model.content,
            w.check_and_mark,
            *[partial(w.page, index) for index in range(w.stack.count())],
        ]
        self._next()

    def _next(self) -> None:
        if self.steps:
            self.steps.pop(0)()
        if self.steps:
            QTimer.singleShot(0, self._next)

    def is_done(self) -> bool:
        return self.started and not self.steps

    @staticmethod
    def _install_style() -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_comfort_style(app)
