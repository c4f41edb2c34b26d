"""Step 8, Review & finish: what was covered, what is missing, then the handout goes out.

The readiness checks (``ui/readiness.py``) are listed with the one action that fixes each
("Go to Patient & visit", "Include this section"). Save PDF and Print are refused by the
window while any is open. After a save, the PDF can be opened or shown in its folder; "Start
next patient" clears everything. A plain word says whether the consultation file needs saving
for the follow-up visit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.session import TOPICS
from hfs_desktop.domain.validation import Problem
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.pack_status import unreviewed_notices
from hfs_desktop.ui.pages.base import Page
from hfs_desktop.ui.steps import topic_titles
from hfs_desktop.ui.widgets import muted_label, set_role
from hfs_desktop.ui.window_language import join_list

TICK, DASH = "\u2713", "\u2013"


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class ReviewPage(Page):
    saveRequested = Signal()
    printRequested = Signal()
    openPdfRequested = Signal()
    showFolderRequested = Signal()
    nextPatientRequested = Signal()
    saveSessionRequested = Signal()
    stepRequested = Signal(int)

    def __init__(self, model: SessionModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(model, title, parent)
        self.topic_titles = topic_titles()
        self.step_titles: dict[int, str] = {}  # set by the window, for "Go to …" buttons
        self.saved_pdf: Path | None = None
        col = self.scrolling_column(
            900,
            self.tr(
                "Check what was covered and that the handout is complete, then save or print it."
            ),
        )

        # Readiness ------------------------------------------------------------------------
        ready_card = self._card(col, self.tr("Before the handout goes out"))
        self.ready_line = QLabel(ready_card)
        self.ready_line.setObjectName("ReadyLine")
        self.ready_line.setWordWrap(True)
        ready_card.layout().addWidget(self.ready_line)  # type: ignore[union-attr]
        self.checks_grid = QGridLayout()
        self.checks_grid.setColumnStretch(0, 1)
        self.checks_grid.setHorizontalSpacing(12)
        ready_card.layout().addLayout(self.checks_grid)  # type: ignore[union-attr]
        self.advice = QLabel(ready_card)  # e.g. a translation not reviewed yet: never a stop
        self.advice.setObjectName("ReadyAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setProperty("role", "hint")
        self.advice.hide()
        ready_card.layout().addWidget(self.advice)  # type: ignore[union-attr]

        # What was covered -------------------------------------------------------------------
        covered_card = self._card(col, self.tr("What was covered"))
        self.covered = QLabel(covered_card)
        self.covered.setObjectName("Covered")
        self.covered.setWordWrap(True)
        self.covered.setTextFormat(Qt.TextFormat.PlainText)
        covered_card.layout().addWidget(self.covered)  # type: ignore[union-attr]

        # The handout ------------------------------------------------------------------------
        out_card = self._card(col, self.tr("The handout"))
        out = out_card.layout()
        assert isinstance(out, QVBoxLayout)
        buttons = QGridLayout()  # two by two: four in a row would not fit large text
        buttons.setHorizontalSpacing(10)
        self.save_button = QPushButton(self.tr("&Save PDF…"), out_card)
        self.save_button.setProperty("primary", True)
        self.print_button = QPushButton(self.tr("Pr&int…"), out_card)
        self.open_button = QPushButton(self.tr("&Open PDF"), out_card)
        self.folder_button = QPushButton(self.tr("Show in &folder"), out_card)
        for i, button in enumerate(
            (self.save_button, self.print_button, self.open_button, self.folder_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        out.addLayout(buttons)
        self.pdf_line = muted_label("", out_card)
        out.addWidget(self.pdf_line)

        # The consultation file -------------------------------------------------------------
        file_card = self._card(col, self.tr("For the follow-up visit"))
        files = file_card.layout()
        assert isinstance(files, QVBoxLayout)
        self.session_line = QLabel(file_card)
        self.session_line.setObjectName("SessionLine")
        self.session_line.setWordWrap(True)
        files.addWidget(self.session_line)
        row = QHBoxLayout()
        self.save_session_button = QPushButton(self.tr("Save &consultation…"), file_card)
        self.next_patient_button = QPushButton(self.tr("Start &next patient"), file_card)
        row.addWidget(self.save_session_button)
        row.addWidget(self.next_patient_button)
        row.addStretch(1)
        files.addLayout(row)
        col.addStretch(1)

        for button, signal in (
            (self.save_button, self.saveRequested),
            (self.print_button, self.printRequested),
            (self.open_button, self.openPdfRequested),
            (self.folder_button, self.showFolderRequested),
            (self.save_session_button, self.saveSessionRequested),
            (self.next_patient_button, self.nextPatientRequested),
        ):
            button.clicked.connect(signal)
        model.modifiedChanged.connect(self._modified_changed)  # a method: let go when rebuilt

    def _modified_changed(self, _modified: bool) -> None:
        self.refresh()

    def _card(self, col: QVBoxLayout, heading: str) -> QFrame:
        card = QFrame(self)
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        label = QLabel(heading, card)
        label.setProperty("role", "section")
        label.setWordWrap(True)
        layout.addWidget(label)
        col.addWidget(card)
        return card

    # Showing ----------------------------------------------------------------------------------
    def prepare(self) -> None:
        self.refresh()

    def load(self) -> None:
        self.saved_pdf = None
        self.refresh()

    def on_changed(self, aspect: str) -> None:
        if self.isVisible():
            self.refresh()

    def show_problems(self, problems: list[Problem], strict: bool) -> None:
        if self.isVisible():
            self.refresh()

    def first_focus(self) -> QWidget:
        return self.save_button

    def set_saved_pdf(self, path: Path | None) -> None:
        self.saved_pdf = path
        self.refresh()

    def refresh(self) -> None:
        """Bring every part of the review up to date with the session and the checks."""
        self._show_checks()
        self._show_covered()
        self._show_files()

    def _show_checks(self) -> None:
        _clear(self.checks_grid)
        if not self.checks:
            self.ready_line.setText(self.tr("{tick} Ready: nothing is missing.").format(tick=TICK))
            set_role(self.ready_line, "ok")
        else:
            self.ready_line.setText(
                self.tr("Fix these first; Save PDF and Print wait until they are done:")
            )
            set_role(self.ready_line, "error")
        for row, check in enumerate(self.checks):
            message = QLabel(f"• {check.message}", self)
            message.setWordWrap(True)
            message.setTextFormat(Qt.TextFormat.PlainText)
            self.checks_grid.addWidget(message, row, 0)
            if check.topic is not None:
                button = QPushButton(self.tr("Include this section"), self)
                topic = check.topic
                button.clicked.connect(lambda _c=False, t=topic: self.model.set_included(t, True))
            else:
                where = self.step_titles.get(check.step, "").replace("&", "&&")  # no mnemonic
                button = QPushButton(self.tr("Go to {step}").format(step=where), self)
                button.clicked.connect(lambda _c=False, s=check.step: self.stepRequested.emit(s))
            button.setObjectName(f"fix-{check.code}")
            self.checks_grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        handout = self.model.session.handout
        advice = unreviewed_notices([handout.language, handout.second_language])
        self.advice.setText(
            "\n".join([self.tr("Advice (the handout can go out):"), *(f"• {a}" for a in advice)])
            if advice
            else ""
        )
        self.advice.setVisible(bool(advice))
        self.save_button.setEnabled(True)  # a refused save says what to fix
        self.print_button.setEnabled(True)

    def _show_covered(self) -> None:
        s = self.model.session
        included = set(self.model.included())
        content = self.model.content
        lines = []
        for topic in TOPICS:
            prompts = [p.id for p in content.topics[topic].teach_back]
            explained = sum(1 for pid in prompts if pid in s.teach_back)
            parts = [
                self.tr("discussed") if topic in s.discussed else self.tr("not marked discussed"),
                self.tr("in the handout") if topic in included else self.tr("left out"),
            ]
            if prompts:
                parts.append(
                    self.tr("teach-back {n} of {total}").format(n=explained, total=len(prompts))
                )
            mark = TICK if topic in s.discussed else DASH
            # The separators are words too: Chinese writes "已讨论、已纳入资料" after a "：".
            details = join_list(parts)
            line = self.tr("{topic}: {details}").format(
                topic=self.topic_titles[topic], details=details
            )
            lines.append(f"{mark} {line}")
        lines.append(
            self.tr("Questions: {chosen} from the list, {own} of their own.").format(
                chosen=len(s.question_prompts), own=len(s.questions)
            )
        )
        lines.append(
            self.tr("Notes from the care team: {state}.").format(
                state=self.tr("written") if s.notes.strip() else self.tr("none")
            )
        )
        self.covered.setText("\n".join(lines))

    def _show_files(self) -> None:
        has_pdf = self.saved_pdf is not None
        self.open_button.setEnabled(has_pdf)
        self.folder_button.setEnabled(has_pdf)
        self.pdf_line.setText(
            self.tr("Saved as {name}.").format(name=self.saved_pdf.name)
            if self.saved_pdf is not None
            else self.tr("Not saved as a PDF yet.")
        )
        path, modified = self.model.path, self.model.modified
        if path is None:
            state = self.tr(
                "This consultation is not saved. Save it if the patient will come back: the "
                "follow-up visit opens the file and starts where you left off. The PDF cannot "
                "be opened for editing. If there is no follow-up, you need not save it."
            )
        elif modified:
            state = self.tr(
                "Saved as {name}, but with changes since. Save again to keep them for the "
                "follow-up visit."
            ).format(name=path.name)
        else:
            state = self.tr(
                "Saved as {name}: open it at the follow-up visit to start where you left off."
            ).format(name=path.name)
        self.session_line.setText(state)
