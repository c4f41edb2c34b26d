"""Work-arounds for known Qt for Python bugs, applied before any Qt object is made.

PySide6 6.12 on CPython 3.11 returns ``None`` from every void method (``setText``,
``update``, every ``QPainter.draw…``) without taking a new reference to it. Each call steals
one reference; after a few thousand calls CPython aborts with "none_dealloc". CPython 3.12
made ``None`` immortal, which hides the bug; ``protect_none`` gives 3.11 the same immortality
by raising None's reference count far beyond what any session can steal (2**40 calls). The
only other way out — PySide6 6.11 — has no separate PySide6-Pdf package and would pull in the
700 MB Addons wheel.
"""

from __future__ import annotations

import ctypes
import sys

_LARGE = 1 << 40


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12.

    ``Signal.emit()`` from Python steals a reference to ``True`` the same way (found by a
    regression test typing 460 keystrokes). No-op on 3.12+ and other interpreters.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every PyObject
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _LARGE:
            refcount.value += _LARGE


protect_none()
