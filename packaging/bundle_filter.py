"""Which parts of Qt and Python ship in the bundle (used by ``hfs-counsel.spec``).

PyInstaller's Qt hooks collect every plugin of a kind and every translation; the app needs few
of them. ``keep()`` drops the rest from PyInstaller's lists of binaries and data files. The app
imports QtCore, QtGui, QtWidgets, QtPdf, QtPdfWidgets and QtPrintSupport (no QtSvg, QML,
Quick, WebEngine or Network module of its own; ``libQt6Network`` ships only because
``libQt6Pdf`` links to it).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

# Python modules that PyInstaller would otherwise follow from optional imports.
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSvg",
    "PySide6.QtOpenGL",
    "PySide6.QtDBus",
    # Pillow (reportlab needs it for the clinic logo, PNG or JPEG): not its AVIF, WebP, colour
    # management or Tk parts (AVIF alone is 4.9 MB).
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "pyphen",  # reportlab's optional hyphenation (the venv has it for textstat, a dev tool)
    # textstat measures translated packs in `check-pack`, a development tool (a dev
    # dependency, imported only there); it drags in setuptools' pkg_resources (3 MB).
    "textstat",
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    # Standard-library parts nothing on the app's paths imports (about 1.4 MB).
    "asyncio",
    "unittest",
    "doctest",
    "pydoc",
    "ssl",  # the app never uses the network; urllib and http.client work without it
    "readline",
    "multiprocessing",  # unused; PyInstaller's run-time hook for it costs every start 7 ms
    "pdb",
    "_hashlib",  # OpenSSL's hashes (4.6 MB libcrypto); hashlib falls back to its built-in ones
    "numpy",
    "pytest",
    "IPython",
]

# Qt plugins that ship, by folder, by name without "lib" prefix and file suffix. A folder not
# named here ships nothing.
KEPT_PLUGINS: dict[str, set[str]] = {
    # X11 (and Wayland through XWayland), headless runs, Windows, macOS.
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},
    # Native file dialogs on GNOME/KDE through the desktop portal (D-Bus). Not qgtk3: it
    # would pull in a copy of the build machine's GLib/Cairo/Pango next to the host's GTK.
    "platformthemes": {"qxdgdesktopportal"},
    # Typing accented and non-Latin names (compose key, IBus input methods).
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # The clinic logo may be a JPEG (PNG is built into QtGui).
    "imageformats": {"qjpeg"},
    # Windows: the style plugin keeps native dialogs (file, print) looking native.
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
}

# Plugin folders that ship whole: printing (CUPS on Linux, Cocoa on macOS, Windows) and the
# X11 OpenGL integrations (GLX, EGL).
KEPT_PLUGIN_KINDS = {"printsupport", "xcbglintegrations"}

# Qt libraries that ship; anything else named libQt6* / Qt6*.dll / Qt*.framework is dropped.
KEPT_QT_LIBS = {
    "Core",
    "Gui",
    "Widgets",
    "Pdf",
    "PdfWidgets",
    "PrintSupport",
    "Network",  # libQt6Pdf links to it
    "DBus",  # Linux: QtGui's platform integration (input methods, portals)
    "XcbQpa",  # Linux: the X11 platform plugin's library
    "OpenGL",  # the xcb GL integrations link to it
}

# Windows: Qt's software OpenGL (20 MB) and the shader compiler serve Qt Quick and OpenGL
# widgets, which the app does not use (its widgets and the PDF view paint without OpenGL).
UNUSED_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}

# Linux: libraries taken from the host, not shipped. Every desktop with printing has libcups
# (a copy from the build machine would bring its own TLS/Kerberos stack and CUPS settings);
# libdbus-1 is part of every desktop session. The README lists the host's requirements.
HOST_LIBRARIES = {"libcups.so.2", "libdbus-1.so.3"}

_QT_LIB = re.compile(r"(?:lib)?Qt6([A-Za-z]+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)?$")
_PLUGIN = re.compile(r"(?:^|[\\/])plugins[\\/]([^\\/]+)[\\/](?:lib)?([^\\/]+?)\.(?:so|dll|dylib)$")
_FRAMEWORK = re.compile(r"(?:^|[\\/])Qt([A-Za-z]+)\.framework(?:[\\/]|$)")

Entry = TypeVar("Entry", bound=tuple[str, str, str])


# Qt's own words (OK, Cancel, Yes/No) in the languages the window has: hfs_desktop/ui's
# window_language.py loads qtbase_<lang>.qm; the other 200-odd Qt translations do not ship.
KEPT_QT_TRANSLATIONS = {"qtbase_es.qm", "qtbase_zh_CN.qm"}


def ships(dest: str) -> bool:
    """Whether a file at ``dest`` (its path inside the bundle) belongs in the bundle."""
    path = dest.replace("\\", "/")
    if "/Qt/translations/" in f"/{path}" or path.endswith(".qm"):
        # The window's own (compiled at build time) and Qt's for the same languages.
        name = path.rsplit("/", 1)[-1]
        return name in KEPT_QT_TRANSLATIONS or "_resources/translations/" in path
    if "/Qt/qml/" in f"/{path}" or "/Qt/resources/qtwebengine" in path:
        return False
    plugin = _PLUGIN.search(path)
    if plugin:
        kind, name = plugin.groups()
        return kind in KEPT_PLUGIN_KINDS or name in KEPT_PLUGINS.get(kind, set())
    name = path.rsplit("/", 1)[-1]
    lib = _QT_LIB.fullmatch(name)
    if lib and "/plugins/" not in path:
        return lib.group(1) in KEPT_QT_LIBS
    framework = _FRAMEWORK.search(path)
    if framework:
        return framework.group(1) in KEPT_QT_LIBS
    return name not in HOST_LIBRARIES and name.lower() not in UNUSED_FILES


def keep(entries: Iterable[Entry]) -> list[Entry]:
    """PyInstaller's TOC entries ``(dest, source, kind)`` without the parts that do not ship."""
    return [entry for entry in entries if ships(entry[0])]


def prune_unused_libraries(binaries: Iterable[Entry]) -> list[Entry]:
    """Linux: drop the shared libraries that no shipped module, plugin or Qt library needs.

    PyInstaller resolved the dependencies of every plugin before ``keep()`` dropped some
    plugins and the host's libraries; theirs (GTK's stack for qgtk3, CUPS's TLS and Kerberos
    stack) would otherwise stay. Starting from Python extensions, Qt plugins and the Qt, PySide
    and Python libraries, this follows each file's own ``DT_NEEDED`` entries (``objdump -p``,
    from binutils, which PyInstaller needs on Linux anyway) through the libraries that ship.
    """
    entries = list(binaries)
    by_name = {Path(dest).name: entry for entry in entries for dest in [entry[0]]}

    def is_root(entry: Entry) -> bool:
        dest, _source, kind = entry
        name = Path(dest).name
        return (
            kind == "EXTENSION"
            or "/plugins/" in dest
            or name.startswith(("libQt6", "libpyside6", "libshiboken6", "libpython", "libicu"))
        )

    shipped: set[str] = set()
    queue = [entry for entry in entries if is_root(entry)]
    while queue:
        entry = queue.pop()
        for name in _needed(entry[1]):
            if name in by_name and name not in shipped:
                shipped.add(name)
                queue.append(by_name[name])
    return [entry for entry in entries if is_root(entry) or Path(entry[0]).name in shipped]


def _needed(path: str) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF file (its direct dependencies only, unlike ldd)."""
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True)
    return [
        line.split()[1] for line in out.stdout.splitlines() if line.strip().startswith("NEEDED")
    ]


# PyInstaller run-time hooks left out: pyi_rth_pyside6 imports PySide6.QtCore before the app
# starts (packaging/rth_qt.py does the part the app needs without it).
DROPPED_RUNTIME_HOOKS = {"pyi_rth_pyside6", "pyi_rth_inspect"}


def without_runtime_hooks(scripts: Iterable[Entry]) -> list[Entry]:
    """PyInstaller's scripts (run-time hooks, then the app) without ``DROPPED_RUNTIME_HOOKS``."""
    return [entry for entry in scripts if entry[0] not in DROPPED_RUNTIME_HOOKS]


def hidden_imports() -> list[str]:
    """Modules loaded by name at run time (``importlib.import_module``, ``exec``): every module
    of the app itself (the window imports some by name, and the package is reorganised from
    time to time), and reportlab's C speed-ups, which it imports inside ``exec()``; without
    them it silently runs their slower Python versions."""
    from PyInstaller.utils.hooks import collect_submodules

    return [*collect_submodules("hfs_desktop"), "_rl_accel"]
