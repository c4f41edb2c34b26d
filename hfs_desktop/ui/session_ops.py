"""Consultation files: new, open, save, save as, and "unsaved changes?" before any is lost.

Failures are said in plain words; the technical detail (the JSON parser's message, the field
path) is behind "Show Details…" for whoever supports the clinic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfs_desktop.storage.atomic import SaveError
from hfs_desktop.ui import files

if TYPE_CHECKING:
    from hfs_desktop.domain.validation import Problem
    from hfs_desktop.ui.main_window import MainWindow


# Literal calls, so pyside6-lupdate finds every string (it cannot see through a wrapper).
translate = QCoreApplication.translate


class SessionOps:
    """The window's File commands for consultation files."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.model = window.model

    def maybe_discard(self, doing: str) -> bool:
        """Ask before unsaved changes are lost. True: go ahead."""
        from PySide6.QtWidgets import QMessageBox

        if not self.model.modified:
            return True
        answer = QMessageBox.question(
            self.window,
            translate("Sessions", "Unsaved changes"),
            translate(
                "Sessions",
                "This consultation has changes that are not saved.\n\nSave the consultation "
                "file before you {doing}? You need it only if the patient comes back for a "
                "follow-up visit; a saved PDF is not enough to continue from.",
            ).format(doing=doing),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_consultation(self) -> bool:
        if not self.maybe_discard(translate("Sessions", "start a new consultation")):
            return False
        self.model.replace(self.window.new_session())
        self.window.go_to(0, focus=True)
        self.window.statusBar().showMessage(
            translate("Sessions", "New consultation started."), 4000
        )
        return True

    def open_session(self, path: Path | None = None) -> bool:
        if not self.maybe_discard(translate("Sessions", "open another consultation")):
            return False
        if path is None:
            path = files.ask_open_path(self.window, translate("Sessions", "Open a consultation"))
            if path is None:
                return False
        from hfs_desktop.domain.content import ContentError
        from hfs_desktop.domain.validation import SessionError
        from hfs_desktop.storage.session_file import load_checked_session

        try:
            session, _content = load_checked_session(path)
        except SessionError as exc:
            self.window._problem_box(
                translate("Sessions", "This file cannot be opened"),
                plain_open_error(path.name, exc.problems),
                [str(p) for p in exc.problems],
                True,  # the parser's words only under "Show Details…"
            )
            return False
        except ContentError as exc:
            self.window._problem_box(
                translate("Sessions", "This file cannot be opened"),
                translate(
                    "Sessions",
                    "{name} needs counseling content this copy of HFS Counsel does not have "
                    "(a newer version, or another language).",
                ).format(name=path.name),
                [str(exc)],
                True,
            )
            return False
        self.model.replace(session, path)
        self.window.go_to(0)
        self.window.statusBar().showMessage(
            translate("Sessions", "Opened {name}.").format(name=path.name), 4000
        )
        return True

    def save(self) -> bool:
        if self.model.path is None:
            return self.save_as()
        return self._save_to(self.model.path)

    def save_as(self) -> bool:
        if not self.window.ready_to_save(translate("Sessions", "saved")):
            return False
        path = files.ask_save_path(
            self.window,
            translate("Sessions", "Save the consultation"),
            files.suggested_session_name(self.model.session.visit_date),
            pdf=False,
        )
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from hfs_desktop.domain.validation import SessionError
        from hfs_desktop.storage.session_file import save_session

        if not self.window.ready_to_save(translate("Sessions", "saved")):
            return False
        try:
            save_session(path, self.model.session)
        except SessionError as exc:  # should not happen after the check; be safe anyway
            self.window._problem_box(
                translate("Sessions", "Not saved"), "", [str(p) for p in exc.problems]
            )
            return False
        except SaveError as exc:
            QMessageBox.warning(self.window, translate("Sessions", "Not saved"), str(exc))
            return False
        self.model.path = path
        self.model.set_modified(False)
        self.window.statusBar().showMessage(
            translate("Sessions", "Saved {name}.").format(name=path.name), 5000
        )
        return True


def plain_open_error(name: str, problems: list[Problem]) -> str:
    """One plain sentence for a file that cannot be opened; the details go behind a button."""
    fields = {problem.field for problem in problems}
    if fields <= {"", "file", "json", "format", "version"}:
        return translate(
            "Sessions",
            "{name} is not a consultation saved by HFS Counsel, or it was damaged after it "
            "was saved. Nothing was changed. If you have another copy, open that one.",
        ).format(name=name)
    return translate(
        "Sessions",
        "{name} is a consultation file, but some of its entries are not valid, so it cannot "
        "be opened safely. Nothing was changed.",
    ).format(name=name)
