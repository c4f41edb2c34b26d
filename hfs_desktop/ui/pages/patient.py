"""Step 1, Patient & visit: who the handout is for, the stage, and the dates that personalise it.

Every field writes straight into the session. Checks run as you type and show plain sentences
under the fields; they never block typing. An empty name is only a hint until a save.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from hfs_desktop.domain.session import Side, Stage, Twitching
from hfs_desktop.domain.validation import Problem, ProblemCode, field_limit
from hfs_desktop.ui.clean_text import clean
from hfs_desktop.ui.dates import EXAMPLE_DATE, DateField, format_date, from_qdate
from hfs_desktop.ui.field_grid import FieldGrid
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.pack_status import handout_language_items, pack_notice
from hfs_desktop.ui.pages.base import Page
from hfs_desktop.ui.theme import Sizes
from hfs_desktop.ui.widgets import (
    ComboBox,
    Counter,
    muted_label,
    set_invalid,
)

NAME_LIMIT = field_limit("patient.name")
FIELD_ROOM = 380  # px at 100 %: narrower fields than this put the labels above them


class PatientPage(Page):
    def __init__(self, model: SessionModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(model, title, parent)
        self._loading = False
        self._last_problems: tuple[list[Problem], bool] = ([], False)
        col = self.scrolling_column(
            820,
            self.tr(
                "Who the handout is for, and where they are in their care. The stage decides "
                "which topics are recommended."
            ),
        )

        self.card = card = FieldGrid(self)
        self.messages = card.messages

        # Patient ----------------------------------------------------------------------------
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Full name"))
        self.name_counter = Counter(NAME_LIMIT, self.tr("characters"), self)
        card.add_row(self.tr("Patient &name"), self.name, "patient.name", self.name_counter)

        self.preferred = QLineEdit(self)
        self.preferred.setPlaceholderText(
            self.tr("Optional: what they like to be called (the handout uses it)")
        )
        self.preferred_counter = Counter(NAME_LIMIT, self.tr("characters"), self)
        card.add_row(
            self.tr("&Preferred name"),
            self.preferred,
            "patient.preferred_name",
            self.preferred_counter,
        )

        self.birth_year = QLineEdit(self)
        self.birth_year.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year)
        )
        self.birth_year.setPlaceholderText(self.tr("e.g. 1958, or leave blank"))
        card.add_row(self.tr("&Year of birth"), self.birth_year, "patient.birth_year")

        side_box = QWidget(self)
        side_row = QHBoxLayout(side_box)
        side_row.setContentsMargins(0, 4, 0, 4)
        side_row.setSpacing(22)
        self.side_group = QButtonGroup(self)
        self.side_buttons: dict[Side | None, QRadioButton] = {}
        for value, text in (
            ("left", self.tr("Left")),
            ("right", self.tr("Right")),
            (None, self.tr("Not recorded")),
        ):
            button = QRadioButton(text, side_box)
            self.side_group.addButton(button)
            self.side_buttons[value] = button  # type: ignore[index]
            side_row.addWidget(button)
        side_row.addStretch(1)
        side_label = card.add_row(self.tr("Affected &side"), side_box, "patient.affected_side")
        side_label.setBuddy(self.side_buttons["left"])

        # The handout's language, per patient (the window's own is a clinic setting).
        self.language = ComboBox(self, handout_language_items())
        self.language.setToolTip(
            self.tr("The handout prints in this language; the topic pages show it too.")
        )
        card.add_row(self.tr("Handout &language"), self.language, "handout.language")

        card.separator()

        # Visit ------------------------------------------------------------------------------
        stages = (
            ("before_surgery", self.tr("Before surgery")),
            ("after_surgery", self.tr("After surgery")),
            ("considering_second_surgery", self.tr("Considering a second surgery")),
        )
        self.stage = ComboBox(self, stages)
        card.add_row(self.tr("Stag&e"), self.stage, "stage")

        twitching = (
            ("stopped", self.tr("Stopped")),
            ("improving", self.tr("Improving")),
            ("unchanged", self.tr("Unchanged")),
            ("returned", self.tr("Came back after stopping")),
        )
        self.twitching = ComboBox(self, twitching)
        self.twitching.setPlaceholderText(self.tr("Choose how it is going"))
        card.add_row(self.tr("T&witching since surgery"), self.twitching, "twitching")

        self.surgery_date = DateField(self)
        self.visit_date = DateField(self)
        self.visit_date.setPlaceholderText(
            self.tr("e.g. {date}").format(date=format_date(EXAMPLE_DATE))
        )
        # An empty surgery date's calendar opens at the visit month, not today's.
        self.surgery_date.opens_near = self.visit_date.date
        card.add_row(self.tr("Surgery &date"), self.surgery_date, "surgery_date")
        card.add_row(self.tr("V&isit date"), self.visit_date, "visit_date")

        self.clinician = QLineEdit(self)
        self.clinician.setPlaceholderText(self.tr("Who is seeing the patient today"))
        card.add_row(self.tr("&Clinician"), self.clinician, "clinician")

        self.clinic = muted_label("", self)
        self.clinic.setTextFormat(Qt.TextFormat.PlainText)
        self.clinic.setWordWrap(True)
        card.place_label(QLabel(self.tr("Clinic"), self), self.clinic)
        card.add_below(card.add_message("clinic"))

        col.addWidget(card)
        col.addStretch(1)

        # Writing back -----------------------------------------------------------------------
        self._notices: dict[str, str] = {}  # "removed hidden characters", per field
        for edit, field in (
            (self.name, "patient.name"),
            (self.preferred, "patient.preferred_name"),
        ):
            edit.textEdited.connect(lambda _text, e=edit, f=field: self._clean(e, f))
        for edit in (self.name, self.preferred, self.birth_year):
            edit.textChanged.connect(self._write_patient)
        self.side_group.buttonToggled.connect(self._side_toggled)
        for combo in (self.stage, self.twitching):
            combo.currentIndexChanged.connect(self._write_visit)
        for date in (self.surgery_date, self.visit_date):
            date.dateChanged.connect(self._write_visit)
            # "unreadable" shows as you type
            date.textEdited.connect(lambda _text: self.show_problems(*self._last_problems))
        self.clinician.textChanged.connect(self._write_visit)
        self.language.currentIndexChanged.connect(self._write_language)
        self.load()

    # Layout --------------------------------------------------------------------------------
    def apply_sizes(self, sizes: Sizes) -> None:
        super().apply_sizes(sizes)
        self.birth_year.setMaximumWidth(sizes.px(260))
        for edit in (self.surgery_date, self.visit_date):
            edit.setMaximumWidth(sizes.px(300))
        self.card.field_room = sizes.px(FIELD_ROOM)
        self.card.fit_labels()

    def first_focus(self) -> QWidget:
        return self.name

    # Model -> widgets ------------------------------------------------------------------------
    def load(self) -> None:
        s = self.model.session
        self._loading = True
        try:
            self.name.setText(s.patient.name)
            self.preferred.setText(s.patient.preferred_name)
            for edit in (self.name, self.preferred):
                edit.setCursorPosition(0)  # show a long name from its start
            year = s.patient.birth_year
            self.birth_year.setText("" if year is None else str(year))
            self.side_buttons[s.patient.affected_side].setChecked(True)
            self.stage.setCurrentIndex(self.stage.findData(s.stage))
            self.twitching.setCurrentIndex(
                -1 if s.twitching is None else self.twitching.findData(s.twitching)
            )
            self.surgery_date.setDate(s.surgery_date)
            self.visit_date.setDate(s.visit_date)
            self.clinician.setText(s.clinician)
            self.language.setCurrentIndex(self.language.findData(s.handout.language))
            self._show_clinic()
            self._enable_after_surgery()
            self._update_counters()
        finally:
            self._loading = False

    def on_changed(self, aspect: str) -> None:
        if aspect == "visit":
            self._show_clinic()
        elif aspect == "language":  # chosen here, or by a script or test
            index = self.language.findData(self.model.session.handout.language)
            if index != self.language.currentIndex():
                self._loading = True
                self.language.setCurrentIndex(index)
                self._loading = False

    def _show_clinic(self) -> None:
        c = self.model.session.clinic
        parts = [p for p in (c.name, c.phone) if p]
        self.clinic.setText(
            " · ".join(parts) if parts else self.tr("Not set: add it in Tools ▸ Clinic profile")
        )

    def _enable_after_surgery(self) -> None:
        after = self.stage.currentData() != "before_surgery"
        self.twitching.setEnabled(after)
        self.surgery_date.setEnabled(after)
        self.surgery_date.setPlaceholderText(
            self.tr("Type or choose the date (F4)") if after else self.tr("Not yet")
        )
        self.twitching.setPlaceholderText(
            self.tr("Choose how it is going") if after else self.tr("Not yet")
        )

    def _update_counters(self) -> None:
        for edit, counter in (
            (self.name, self.name_counter),
            (self.preferred, self.preferred_counter),
        ):
            length = len(edit.text())
            counter.set_count(length)
            # Near the limit the count shows; past it the field's one message says it all.
            counter.setVisible(NAME_LIMIT - 50 <= length <= NAME_LIMIT)

    def _clean(self, edit: QLineEdit, field: str) -> None:
        """Remove control and direction characters as they arrive (a paste), and say so."""
        cleaned, removed = clean(edit.text(), one_line=True)
        if removed:
            position = max(0, edit.cursorPosition() - removed)
            self._notices[field] = self.tr(
                "Removed {n} hidden character(s) from the pasted text (control or "
                "direction codes). Check the name reads as it should."
            ).format(n=removed)
            edit.setText(cleaned)
            edit.setCursorPosition(min(position, len(cleaned)))
        else:
            self._notices.pop(field, None)
        self.show_problems(*self._last_problems)

    # Widgets -> model ------------------------------------------------------------------------
    def _write_patient(self) -> None:
        self._update_counters()
        if self._loading:
            return
        year_text = self.birth_year.text()
        # The validator lets only digits be typed; a script (or setText) may bring others.
        year = int(year_text) if len(year_text) == 4 and year_text.isdecimal() else None
        side = next((v for v, b in self.side_buttons.items() if b.isChecked()), None)
        self.model.update(
            "patient",
            lambda s: s.patient,
            name=self.name.text(),
            preferred_name=self.preferred.text(),
            birth_year=year,
            affected_side=side,
        )

    def _side_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # one toggle off and one on per choice: write once
            self._write_patient()

    def _write_visit(self) -> None:
        self._enable_after_surgery()
        if self._loading:
            return
        stage: Stage = self.stage.currentData()
        after = stage != "before_surgery"
        twitching: Twitching | None = self.twitching.currentData() if after else None
        surgery_date = from_qdate(self.surgery_date.date()) if after else None
        # The visit always has a date: while the field is empty or unreadable, the last one.
        visit_date = from_qdate(self.visit_date.date()) or self.model.session.visit_date
        self.model.update(
            "visit",
            lambda s: s,
            stage=stage,
            twitching=twitching,
            surgery_date=surgery_date,
            visit_date=visit_date,
            clinician=self.clinician.text(),
        )

    def _write_language(self) -> None:
        code = self.language.currentData()
        if not self._loading and isinstance(code, str):
            self.model.set_handout_language(code)

    # Validation ------------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem], strict: bool) -> None:
        found: dict[str, list[tuple[str, str]]] = {}
        for problem in problems:
            field = problem.field.split("[")[0]
            if field.startswith("clinic"):
                field = "clinic"
            if field in self.messages:
                found.setdefault(field, []).append(self._words(problem, strict))
        self._last_problems = (problems, strict)
        for field, notice in self._notices.items():
            found.setdefault(field, []).append((notice, "warning"))
        for check in self.checks:  # plausible-but-wrong dates, a missing clinic phone
            if check.field in ("surgery_date", "clinic.phone"):
                field = "clinic" if check.field == "clinic.phone" else check.field
                found.setdefault(field, []).append((check.message, "error" if strict else "hint"))
        notice = pack_notice(self.model.session.handout.language)
        if notice:  # advice before printing, never a stop
            found.setdefault("handout.language", []).append((notice, "hint"))
        for field, edit in (("surgery_date", self.surgery_date), ("visit_date", self.visit_date)):
            if edit.is_unreadable():
                found[field] = [
                    (
                        self.tr("Write the date like {date} or 2026-03-03.").format(
                            date=format_date(EXAMPLE_DATE)
                        ),
                        "error",
                    )
                ]
        year_text = self.birth_year.text()
        if year_text and len(year_text) < 4:
            found.setdefault("patient.birth_year", []).append(
                (self.tr("Type all four digits of the year, for example 1958."), "hint")
            )
        for field, message in self.messages.items():
            entries = found.get(field, [])
            role = "error" if any(r == "error" for _t, r in entries) else "hint"
            message.show_message("\n".join(t for t, _r in entries), role)
        widgets = {
            "patient.name": self.name,
            "patient.preferred_name": self.preferred,
            "patient.birth_year": self.birth_year,
            "twitching": self.twitching,
            "surgery_date": self.surgery_date,
            "visit_date": self.visit_date,
            "clinician": self.clinician,
        }
        for field, widget in widgets.items():
            entries = found.get(field, [])
            set_invalid(widget, any(r == "error" for _t, r in entries))
            # Read with the field by a screen reader, not only shown under it.
            widget.setAccessibleDescription(" ".join(t for t, _r in entries))

    def problem_text(self, problem: Problem) -> str | None:
        field = problem.field.split("[")[0]
        if field.startswith("clinic"):
            field = "clinic"
        return self._words(problem, strict=True)[0] if field in self.messages else None

    def _words(self, problem: Problem, strict: bool) -> tuple[str, str]:
        """A plain sentence for one problem, and whether it is an error or a hint."""
        field, message, code = problem.field, problem.message, problem.code
        if field == "patient.name" and code in (ProblemCode.EMPTY, ProblemCode.REQUIRED):
            text = self.tr("Type the patient's name. It is needed to save and for the handout.")
            return text, "error" if strict else "hint"
        if field == "twitching" and code == ProblemCode.REQUIRED:
            return self.tr("Choose how the twitching has been since surgery."), (
                "error" if strict else "hint"
            )
        if field == "surgery_date" and code == ProblemCode.REQUIRED:
            return self.tr("Choose the date of the surgery."), "error" if strict else "hint"
        if field == "surgery_date" and code == ProblemCode.AFTER_VISIT:
            return (
                self.tr("The surgery date is after the visit date. Check both dates."),
                "error",
            )
        if field == "patient.birth_year" and code == ProblemCode.AFTER_VISIT:
            return self.tr("The year of birth is after the visit. Check the year."), "error"
        if field == "patient.birth_year" and code == ProblemCode.OUT_OF_RANGE:
            return self.tr("Type a year between 1900 and 2100, or leave it blank."), "error"
        lengths = {"patient.name": self.name, "patient.preferred_name": self.preferred}
        if field in lengths and code == ProblemCode.TOO_LONG:
            length = len(lengths[field].text())
            return self.tr(
                "Too long: {n:,} characters, at most {limit:,}. Remove {over:,}."
            ).format(n=length, limit=NAME_LIMIT, over=length - NAME_LIMIT), "error"
        if code == ProblemCode.TOO_LONG:
            return self.tr("This is too long: {detail}.").format(detail=message[3:]), "error"
        return message[:1].upper() + message[1:], "error"
