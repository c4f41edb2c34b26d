"""Run-time hook of the bundle, in place of PyInstaller's ``pyi_rth_pyside6``.

PyInstaller's hook imports PySide6.QtCore before the app's first line, to register a
``qt.conf`` that the PyPI PySide6 wheels do not need (their Qt finds its plugins relative to
``libQt6Core``, and the bundle keeps that layout). That import made every ``export``, which
uses no Qt, about 60 ms slower. This hook only tells Qt where its plugins are, on Windows and
macOS as PyInstaller does; on Linux Qt's own relative lookup finds them (tested), and no
``QT_PLUGIN_PATH`` leaks into programs the app starts (e.g. a PDF viewer built on another Qt).
"""

import os
import sys


def _qt_plugin_path() -> None:
    base = getattr(sys, "_MEIPASS", None)
    if base is None or sys.platform.startswith("linux"):
        return
    qt_dir = (
        os.path.join(base, "PySide6")
        if sys.platform == "win32"
        else os.path.join(base, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")


_qt_plugin_path()
