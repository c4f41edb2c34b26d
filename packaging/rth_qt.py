"""Run-time hook of the bundle, in place of PyInstaller's ``pyi_rth_pyside6``.

PyInstaller's hook imports PySide6.QtCore before the app's first line, to register a
``qt.conf`` that the PyPI PySide6 wheels do not need (their Qt finds its plugins relative to
``libQt6Core``, and the bundle keeps that layout). That import made every ``export``, which
uses no Qt, about 60 ms slower. This hook only tells Qt where its plugins are, on Windows and
macOS as PyInstaller does; on Linux Qt's own relative lookup finds them (tested).

On Linux it also gives programs the app starts (a PDF viewer opened through ``xdg-open``, a
print dialog's helper) the library path they would have had: PyInstaller's bootloader points
``LD_LIBRARY_PATH`` at the bundle, which would make them load the bundle's copies of GLib,
libstdc++ or X11. The app's own process read that variable when it started, so it keeps
finding its libraries.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def set_qt_plugin_path(base: str, platform: str, environ: MutableMapping[str, str]) -> None:
    if platform.startswith("linux"):
        return
    qt_dir = os.path.join(base, "PySide6")
    if platform != "win32":
        qt_dir = os.path.join(qt_dir, "Qt")
    environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")


def restore_library_path(environ: MutableMapping[str, str]) -> None:
    """``LD_LIBRARY_PATH`` as it was before the bootloader set it (PyInstaller keeps the
    original in ``LD_LIBRARY_PATH_ORIG``)."""
    if "LD_LIBRARY_PATH_ORIG" in environ:
        environ["LD_LIBRARY_PATH"] = environ.pop("LD_LIBRARY_PATH_ORIG")
    else:
        environ.pop("LD_LIBRARY_PATH", None)


_bundle_dir = getattr(sys, "_MEIPASS", None)
if getattr(sys, "frozen", False) and isinstance(_bundle_dir, str):
    set_qt_plugin_path(_bundle_dir, sys.platform, os.environ)
    if sys.platform.startswith("linux"):
        restore_library_path(os.environ)
