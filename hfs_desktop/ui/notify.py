"""Python-only notifications for the GUI thread, used instead of Qt signals emitted from Python.

Why: PySide6 6.12 on CPython 3.11 returns ``True`` from every ``SignalInstance.emit()`` call
made in Python without taking a reference to it. Each emit steals one reference from ``True``,
which starts with only a few hundred; the window notified the pages two or three times per
keystroke, so a few hundred keystrokes into the notes ended in "Fatal Python error:
bool_dealloc". (``qt_compat.protect_none`` covers the same bug for ``None``; see the report
in issue 3 for protecting ``True``/``False`` there too.)

Signals that Qt itself emits (``clicked``, ``textChanged``, signal-to-signal connections) are
not affected and stay Qt signals. Only notifications the window raises from Python go through
``Notifier``. Like Qt, a failing slot does not stop the others: its exception goes to
``sys.excepthook`` (the window's error handler) and the next slot runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable


class Notifier:
    """A minimal signal: ``connect(slot)``, ``disconnect(slot)``, ``emit(*args)``."""

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[Callable[..., object]] = []

    def connect(self, slot: Callable[..., object]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[..., object]) -> None:
        self._slots.remove(slot)

    def emit(self, *args: object) -> None:
        for slot in list(self._slots):
            try:
                slot(*args)
            except Exception:  # as Qt does for a slot: report it, carry on with the others
                sys.excepthook(*sys.exc_info())
