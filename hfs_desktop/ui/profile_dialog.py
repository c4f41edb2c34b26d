"""Tools ▸ Clinic profile: what every new consultation starts with. Never patient data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.clinic_outcomes import ClinicOutcomesError, load_clinic_outcomes
from hfs_desktop.ui import files
from hfs_desktop.ui.accessibility import label_for, name_inputs
from hfs_desktop.ui.settings import MAX_EMERGENCY, MAX_FIELD, MAX_PHONE, ClinicProfile
from hfs_desktop.ui.widgets import ComboBox, FieldMessage, muted_label
from hfs_desktop.ui.window_language import WINDOW_LANGUAGES, available

translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MIN_SIDE = 16
LOGO_MAX_SIDE = 6000
LOGO_FORMATS = {b"png", b"jpeg", b"jpg"}


def logo_problem(path: str) -> str | None:
    """Why a logo file cannot be used, in plain words; None when it is fine."""
    if not path:
        return None
    file = Path(path)
    if not file.is_file():
        return translate("ClinicProfileDialog", "The logo file was not found. Choose it again.")
    size = file.stat().st_size
    if size > LOGO_MAX_BYTES:
        return translate(
            "ClinicProfileDialog", "The logo file is {size} MB; it must be 5 MB or smaller."
        ).format(size=f"{size / 1024 / 1024:.1f}")
    reader = QImageReader(str(file))
    reader.setDecideFormatFromContent(True)
    if bytes(reader.format().data()).lower() not in LOGO_FORMATS:
        return translate("ClinicProfileDialog", "The logo must be a PNG or JPEG picture.")
    dims = reader.size()
    if dims.isValid() and (
        min(dims.width(), dims.height()) < LOGO_MIN_SIDE
        or max(dims.width(), dims.height()) > LOGO_MAX_SIDE
    ):
        return translate(
            "ClinicProfileDialog",
            "The logo is {width} × {height} pixels; use a picture between {low} and {high} "
            "pixels on each side.",
        ).format(width=dims.width(), height=dims.height(), low=LOGO_MIN_SIDE, high=LOGO_MAX_SIDE)
    image = reader.read()
    if image.isNull():
        return translate(
            "ClinicProfileDialog", "The logo picture could not be read; it may be damaged."
        )
    return None


class ClinicProfileDialog(QDialog):
    def __init__(
        self, profile: ClinicProfile, parent: QWidget | None = None, language: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic profile"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Every new consultation starts with these. They describe your clinic; "
                    "nothing about patients is stored here."
                ),
                self,
            )
        )
        # The fields scroll, and long labels (large text, longer languages) go above their
        # fields, so the dialog fits a 1366 × 768 screen at 200 %.
        body = QWidget(self)
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        def row(text: str, widget: QWidget) -> None:
            label = QLabel(text, self)
            label_for(label, widget)
            form.addRow(label, widget)

        self.clinic_name = QLineEdit(profile.clinic_name, self)
        self.phone = QLineEdit(profile.phone, self)
        self.phone.setPlaceholderText(self.tr("The care team's daytime number"))
        self.out_of_hours = QLineEdit(profile.out_of_hours_phone, self)
        self.out_of_hours.setPlaceholderText(self.tr("Nights and weekends"))
        self.emergency = QLineEdit(profile.emergency_number, self)
        self.emergency.setPlaceholderText(self.tr("For example 999, 112 or 911"))
        self.clinician = QLineEdit(profile.clinician, self)
        self.paper = ComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(profile.paper))
        row(self.tr("Clinic &name"), self.clinic_name)
        row(self.tr("&Phone"), self.phone)
        row(self.tr("&Out-of-hours phone"), self.out_of_hours)
        row(self.tr("&Emergency number"), self.emergency)
        row(self.tr("Default &clinician"), self.clinician)
        row(self.tr("Default pape&r"), self.paper)
        self.window_language = ComboBox(self)
        self.window_language.addItem(self.tr("System default"), "")
        for code in available():  # each in its own words, so anyone finds theirs
            self.window_language.addItem(WINDOW_LANGUAGES.get(code, code), code)
        self.window_language.setCurrentIndex(max(0, self.window_language.findData(language)))
        row(self.tr("&Window language"), self.window_language)

        self.logo = QLineEdit(profile.logo_path, self)
        self.logo.setPlaceholderText(self.tr("Optional: PNG or JPEG, up to 5 MB"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("Re&move"), self)
        clear.clicked.connect(self.logo.clear)
        logo_row = QWidget(self)
        lr = QHBoxLayout(logo_row)
        lr.setContentsMargins(0, 0, 0, 0)
        lr.addWidget(self.logo, 1)
        lr.addWidget(choose)
        lr.addWidget(clear)
        logo_label = QLabel(self.tr("&Logo"), self)
        label_for(logo_label, self.logo)
        form.addRow(logo_label, logo_row)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedHeight(72)
        self.logo_message = FieldMessage(self)
        form.addRow("", self.logo_preview)
        form.addRow("", self.logo_message)

        self.outcomes = QLineEdit(profile.outcomes_path, self)
        self.outcomes.setPlaceholderText(
            self.tr("Optional: your own results (TOML or JSON); see docs/content-format.md")
        )
        choose_outcomes = QPushButton(self.tr("Choose &file…"), self)
        choose_outcomes.clicked.connect(self._choose_outcomes)
        outcomes_row = QWidget(self)
        orow = QHBoxLayout(outcomes_row)
        orow.setContentsMargins(0, 0, 0, 0)
        orow.addWidget(self.outcomes, 1)
        orow.addWidget(choose_outcomes)
        outcomes_label = QLabel(self.tr("Clinic o&utcome figures"), self)
        label_for(outcomes_label, self.outcomes)
        form.addRow(outcomes_label, outcomes_row)
        self.outcomes_message = FieldMessage(self)
        form.addRow("", self.outcomes_message)

        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for edit in (
            self.clinic_name,
            self.phone,
            self.out_of_hours,
            self.emergency,
            self.clinician,
        ):
            edit.textChanged.connect(self._check)
        self.logo.textChanged.connect(self._check)
        self.outcomes.textChanged.connect(self._check)
        self._check()
        name_inputs(self)
        self._fit_screen(scroll, body)

    def _fit_screen(self, scroll: QScrollArea, body: QWidget) -> None:
        """As tall as the fields need, but never taller than the screen (they scroll)."""
        screen = self.screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 700
        want = self.sizeHint().height() - scroll.sizeHint().height() + body.sizeHint().height()
        self.resize(self.sizeHint().width(), min(want + 8, room))

    def profile(self) -> ClinicProfile:
        return ClinicProfile(
            clinic_name=self.clinic_name.text().strip(),
            phone=self.phone.text().strip(),
            clinician=self.clinician.text().strip(),
            paper=self.paper.currentData(),
            logo_path=self.logo.text().strip(),
            out_of_hours_phone=self.out_of_hours.text().strip(),
            emergency_number=self.emergency.text().strip(),
            outcomes_path=self.outcomes.text().strip(),
        )

    def language(self) -> str:
        """The window language chosen ("" = the system's)."""
        return str(self.window_language.currentData() or "")

    def _check(self) -> None:
        problems = []
        for edit, limit, what in (
            (self.clinic_name, MAX_FIELD, self.tr("The clinic name")),
            (self.phone, MAX_PHONE, self.tr("The phone number")),
            (self.out_of_hours, MAX_PHONE, self.tr("The out-of-hours phone number")),
            (self.emergency, MAX_EMERGENCY, self.tr("The emergency number")),
            (self.clinician, MAX_FIELD, self.tr("The clinician's name")),
        ):
            if len(edit.text()) > limit:
                problems.append(
                    self.tr("{what} is {n} characters; the limit is {limit}.").format(
                        what=what, n=len(edit.text()), limit=limit
                    )
                )
        self.message.show_message("\n".join(problems))
        logo = self.logo.text().strip()
        logo_error = logo_problem(logo)
        self.logo_message.show_message(logo_error or "")
        pixmap = QPixmap(logo) if logo and logo_error is None else QPixmap()
        if not pixmap.isNull():
            pixmap = pixmap.scaledToHeight(72, Qt.TransformationMode.SmoothTransformation)
        self.logo_preview.setPixmap(pixmap)
        self.logo_preview.setVisible(not pixmap.isNull())
        outcomes_error = self._outcomes_problem()
        self.outcomes_message.show_message(outcomes_error or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems and logo_error is None and outcomes_error is None)

    def _outcomes_problem(self) -> str | None:
        path = self.outcomes.text().strip()
        if not path:
            return None
        try:
            load_clinic_outcomes(Path(path))
        except ClinicOutcomesError as exc:
            return self.tr("This file cannot be used:") + "\n" + "\n".join(exc.problems)
        return None

    def _choose_outcomes(self) -> None:
        path = files.ask_open_path(
            self,
            self.tr("Choose the clinic's outcome figures"),
            self.tr("Outcome figures (*.toml *.json)"),
        )
        if path is not None:
            self.outcomes.setText(str(path))

    def _choose_logo(self) -> None:
        path = files.ask_open_path(self, self.tr("Choose the clinic logo"), files.IMAGE_FILTER)
        if path is not None:
            self.logo.setText(str(path))
