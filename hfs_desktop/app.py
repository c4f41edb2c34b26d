"""Start the window: ``create_main_window()`` builds it, ``run()`` runs the application.

``create_main_window()`` needs an existing QApplication and starts no event loop (tests and
embedding use it). Settings come from ``$HFS_DESKTOP_HOME`` when set, else the platform's
user config folder (``hfs_desktop.ui.settings``); Qt's QSettings default locations are not used.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from hfs_desktop import __version__
from hfs_desktop.ui import window_language
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.settings import load_settings
from hfs_desktop.ui.theme import apply_app_theme

APP_NAME = "HFS Counsel"
ORGANIZATION = "HFS Counsel"
ORGANIZATION_DOMAIN = "hfs-counsel.invalid"
# Smoke tests of an installed build (packaging/, benchmarks/bundle.py): with this set to 1 the
# window closes itself, exit code 0, as soon as start-up is complete (MainWindow.is_ready()),
# and says on stdout which language it was shown in ("window ready: language es, Qt's es").
CLOSE_WHEN_READY_ENV = "HFS_DESKTOP_CLOSE_WHEN_READY"
FRAME_ROOM = 40  # px a window manager may add around the window (title bar, borders)


def create_main_window() -> MainWindow:
    """Build the main window inside the running QApplication (no event loop).

    The window paints its frame first and completes itself in the next turns of the event
    loop (``MainWindow.is_ready()``); anything asked for earlier is built at once.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window() needs a QApplication; create one first")
    apply_app_theme(app)
    settings = load_settings()
    # The window's language before its first word: the profile's, else the system's.
    window_language.install(window_language.resolve(settings.window_language))
    # The preview renders on a worker thread; a short GIL switch interval keeps typing smooth
    # (benchmark: worst GUI stall 40-53 ms -> 8-11 ms while a render runs).
    sys.setswitchinterval(0.001)
    return MainWindow(settings)


def run() -> int:
    """Create the application, show the window, and run until it closes."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationVersion(__version__)
    # Fusion from the start, by name: the window's own style (theme.install_comfort_style)
    # is Fusion too and arrives after the first paint, so nothing changes on screen.
    styled = any(arg.startswith("-style") for arg in sys.argv)
    args = sys.argv if styled else [*sys.argv, "-style", "Fusion"]
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    window = create_main_window()
    place_on_screen(window)
    if os.environ.get(CLOSE_WHEN_READY_ENV) == "1":
        _close_when_ready(window)
    return app.exec()


def _close_when_ready(window: MainWindow) -> None:
    timer = QTimer(window)
    timer.setInterval(10)

    def close_if_ready() -> None:
        if window.is_ready():
            timer.stop()
            qt = window_language.qt_words() or "en"
            print(f"window ready: language {window_language.current()}, Qt's {qt}", flush=True)
            window.close()

    timer.timeout.connect(close_if_ready)
    timer.start()


def place_on_screen(window: MainWindow) -> None:
    """Show the window at 1280×800, or maximized when the screen has less room than that
    (a 1366×768 laptop, a 1280×720 projector): the title bar and Back/Next stay on screen."""
    window.resize(1280, 800)
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        # Allow for the title bar and frame, which resize() does not include.
        if room.width() < 1280 + FRAME_ROOM or room.height() < 800 + FRAME_ROOM:
            window.resize(min(1280, room.width()), min(800, room.height() - FRAME_ROOM))
            window.move(room.topLeft())
            window.showMaximized()
            return
    window.show()
