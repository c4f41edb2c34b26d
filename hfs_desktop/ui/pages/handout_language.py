"""The handout step's language part: the language chosen in step 1, the one switch for the
bilingual edition, and the packs' translation status (advice before printing, not a stop)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.pack_status import language_name, pack_notice
from hfs_desktop.ui.widgets import WrapCheckBox, muted_label


class HandoutLanguageBox(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        heading = QLabel(self.tr("Language"), self)
        heading.setProperty("role", "section")
        self.language_line = muted_label("", self)  # chosen per patient in step 1
        self.bilingual = WrapCheckBox("", parent=self, plain=True)  # wraps: long languages
        self.bilingual.setToolTip(self.tr("The same handout again in the second language"))
        self.pack_line = QLabel(self)  # a translation not reviewed yet
        self.pack_line.setObjectName("PackStatus")
        self.pack_line.setWordWrap(True)
        self.pack_line.setProperty("role", "hint")
        for widget in (heading, self.language_line, self.bilingual, self.pack_line):
            column.addWidget(widget)
        self.bilingual.toggled.connect(self._write)
        self.sync()

    def second_language(self) -> str:
        """The bilingual edition's other language: the session's, else English."""
        return self.model.session.handout.second_language or "en"

    def sync(self) -> None:
        """Show the session's handout languages."""
        handout = self.model.session.handout
        self.language_line.setText(
            self.tr("Prints in {language} (chosen in step 1).").format(
                language=language_name(handout.language)
            )
        )
        self.bilingual.box.blockSignals(True)
        self.bilingual.setChecked(bool(handout.second_language))
        self.bilingual.box.blockSignals(False)
        self.bilingual.label.setText(
            self.tr("&Also print in {language} (bilingual)").format(
                language=language_name(self.second_language())
            )
        )
        self.bilingual.setVisible(handout.language != "en" or bool(handout.second_language))
        notices = [pack_notice(code) for code in (handout.language, handout.second_language)]
        self.pack_line.setText("\n".join(n for n in notices if n))
        self.pack_line.setVisible(bool(self.pack_line.text()))

    def _write(self, on: bool) -> None:
        second = self.second_language() if on else ""
        self.model.update("handout", lambda s: s.handout, second_language=second)
