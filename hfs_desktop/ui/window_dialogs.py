"""The window's small dialogs: the clinic profile, the F1 list of keys, About, and problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hfs_desktop.ui.main_window import MainWindow


# Literal calls, so pyside6-lupdate finds every string (it cannot see through a wrapper).
translate = QCoreApplication.translate


def edit_profile(window: MainWindow) -> bool:
    from dataclasses import replace

    from hfs_desktop.ui import window_language
    from hfs_desktop.ui.profile_dialog import ClinicProfileDialog

    dialog = ClinicProfileDialog(window.settings.profile, window, window.settings.window_language)
    if dialog.exec() != ClinicProfileDialog.DialogCode.Accepted:
        return False
    old, new = window.settings.profile, dialog.profile()
    window.settings = replace(window.settings, profile=new, window_language=dialog.language())
    window.store_settings()
    # The window's words switch now (a LanguageChange rebuilds them; the session stays).
    window_language.install(window_language.resolve(window.settings.window_language))
    if old.logo_path != new.logo_path:
        window.renderer.logo_path = new.logo_path
        window.renderer.schedule(immediate=True)
    if window.model.path is None and not window.model.modified:
        # A consultation that has not started yet takes the new profile at once.
        window.model.replace(window.new_session())
    elif old != new:
        window.statusBar().showMessage(
            translate("MainWindow", "The clinic profile applies from the next new consultation."),
            6000,
        )
    return True


def show_shortcuts(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    text = "\n".join(f"{what}:  {keys}" for what, keys in window.shortcut_rows)
    QMessageBox.information(window, translate("MainWindow", "Keyboard shortcuts"), text)


def show_about(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hfs_desktop import __version__

    content = window.model.content
    QMessageBox.about(
        window,
        translate("MainWindow", "About HFS Counsel"),
        translate(
            "MainWindow",
            "HFS Counsel {version}\nCounseling content {content} (reviewed {review}).\n\n"
            "Patient details stay in memory until you save a file you choose.",
        ).format(
            version=__version__, content=content.version, review=content.review_date.isoformat()
        ),
    )


def problem_box(
    parent: QWidget, title: str, intro: str, lines: list[str], details_only: bool = False
) -> None:
    """A warning with a plain sentence; the list of problems shown, or (``details_only``,
    for technical words such as a parser's message) behind "Show Details…"."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(intro or title)
    if lines and details_only:
        box.setDetailedText("\n".join(lines))
    elif lines:
        box.setInformativeText("\n".join(f"• {line}" for line in lines[:12]))
        if len(lines) > 12:
            box.setDetailedText("\n".join(lines))
    box.exec()
