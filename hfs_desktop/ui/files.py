"""File dialogs that leave no history behind.

Qt's QFileDialog stores the last folder and a folder history in the user's "QtProject"
settings whenever a dialog closes, and no option turns that off. Folder names can name a
patient, so after each dialog we remove those two keys again (the dialog's other settings,
such as column widths, stay). The start folder is remembered in memory only, for this run.
The suggested PDF name carries the visit date, never the patient's name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

# Qt's dialog classes are imported when a dialog is first opened, not at start-up.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QWidget

SESSION_FILTER = "HFS Counsel sessions (*.json)"
PDF_FILTER = "PDF files (*.pdf)"
IMAGE_FILTER = "Pictures (*.png *.jpg *.jpeg)"

_last_folder: Path | None = None  # this run only; never written anywhere


def start_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def suggested_pdf_name(visit_date: dt.date) -> str:
    return f"hfs-handout-{visit_date.isoformat()}.pdf"


def suggested_session_name(visit_date: dt.date) -> str:
    return f"hfs-session-{visit_date.isoformat()}.json"


def forget_dialog_history() -> None:
    """Remove the folder history QFileDialog just wrote to Qt's own settings."""
    from PySide6.QtCore import QSettings

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        if settings.contains(key):
            settings.remove(key)
    settings.endGroup()
    settings.sync()


def _run(dialog: QFileDialog) -> Path | None:
    global _last_folder
    import shiboken6
    from PySide6.QtWidgets import QFileDialog

    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # now, so its settings are written before we clean them
    forget_dialog_history()
    if not files:
        return None
    path = Path(files[0])
    _last_folder = path.parent
    return path


def ask_open_path(
    parent: QWidget | None, title: str, name_filter: str = SESSION_FILTER
) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, str(start_folder()), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def ask_save_path(parent: QWidget | None, title: str, name: str, pdf: bool) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(
        parent, title, str(start_folder() / name), PDF_FILTER if pdf else SESSION_FILTER
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf" if pdf else "json")
    return _run(dialog)
