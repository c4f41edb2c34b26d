"""Keep the GUI benchmark alive despite PySide6 6.12's stolen references to True/False.

On CPython 3.11, PySide6 6.12's ``SignalInstance.emit()`` returns ``True`` without taking a
new reference (the same bug ``hfs_desktop.ui.qt_compat`` works around for ``None``). The
window emits two signals per keystroke in the notes (``SessionModel.changed``,
``PreviewRenderer.busyChanged``), so after about two thousand keystrokes ``True``'s
reference count reaches zero and CPython aborts ("Fatal Python error: bool_dealloc").

The benchmark child applies the same remedy to True and False *only if the application
has not already done so*, so that the timings can be measured; it reports how many
keystrokes the unprotected application survives (see child_gui.py), which the table shows
as its own row.
"""

from __future__ import annotations

import ctypes
import sys

LARGE = 1 << 40


def app_protects_bools() -> bool:
    """True when nothing needs doing (CPython 3.12+, or the app made True/False immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return True
    return sys.getrefcount(True) >= LARGE // 2 and sys.getrefcount(False) >= LARGE // 2


def guard_bools() -> int:
    """Raise True's and False's reference counts by LARGE unless protected; return the amount."""
    if app_protects_bools():
        return 0
    for obj in (True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += LARGE
    return LARGE
