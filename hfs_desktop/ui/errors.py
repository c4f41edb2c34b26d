"""Unexpected errors: a calm message, a log line without patient data, and a window that works.

An exception raised in a slot (a button, a menu, a timer) reaches ``sys.excepthook``. Python's
default hook would print the message, and exception messages can hold whatever text was being
processed, a patient's name included. Our hook instead

- logs the exception *type* and the traceback's file/line/function entries only, never the
  message or its arguments;
- shows a non-blocking message box ("Something went wrong… your work is still here");
- chains to a hook installed before us by a tool (pytest-qt, a debugger), but not to Python's
  default printing hook.

``install()``/``uninstall()`` put back exactly the hook that was there before.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("hfs_desktop.errors")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """``ValueError at session.py:12 in f <- main_window.py:40 in g``: no message, no args."""
    frames = traceback.extract_tb(tb)[-6:]
    where = " <- ".join(
        f"{os.path.basename(f.filename)}:{f.lineno} in {f.name}" for f in reversed(frames)
    )
    return f"{exc_type.__name__} at {where or 'unknown place'}"


# Literal calls, so pyside6-lupdate finds every string (it cannot see through a wrapper).
translate = QCoreApplication.translate


def show_error_dialog(parent: QWidget | None) -> QMessageBox:
    """The message shown for an unexpected error: non-blocking, window-modal."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorHandler", "Something went wrong"))
    box.setText(translate("ErrorHandler", "Something went wrong, but your work is still here."))
    box.setInformativeText(
        translate(
            "ErrorHandler",
            "The last step did not finish. You can carry on, and save your work as usual. "
            "If this keeps happening, please tell your IT team.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()  # not exec(): the window stays responsive and nothing waits on the dialog
    return box


class ErrorHandler(QObject):
    """Owns the ``sys.excepthook`` while a window is open."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._previous: ExceptHook | None = None
        self._installed = False
        self.dialog: QMessageBox | None = None
        self.count = 0

    def install(self) -> None:
        if self._installed:
            return
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous or sys.__excepthook__
        self._installed = False

    def _hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        self.count += 1
        log.error("Unexpected error: %s", describe(exc_type, tb))
        try:
            if self.dialog is None or not self.dialog.isVisible():
                self.dialog = show_error_dialog(self._window)
        except Exception as inner:  # never let the hook itself fail
            log.error("Could not show the error message: %s", type(inner).__name__)
        previous = self._previous
        chained_window = isinstance(getattr(previous, "__self__", None), ErrorHandler)
        if previous is not None and previous is not sys.__excepthook__ and not chained_window:
            previous(exc_type, exc, tb)
