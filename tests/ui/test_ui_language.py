"""The window in the patient's language (issue 13): the window's own language switches
without a restart and keeps the consultation; the handout's language is chosen per patient,
saved in the session, followed by the topic pages and the preview; an unreviewed translation
is shown to the clinician as advice before printing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hfs_desktop.ui import window_language
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.steps import Step


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> Iterator[MainWindow]:
    yield make_window()
    window_language.install("en")  # the application's translators outlive the window


def switch_window_language(window: MainWindow, qtbot: QtBot, code: str, words: str) -> None:
    """Tools ▸ Clinic profile ▸ Window language, as the clinician does it."""
    from hfs_desktop.ui import window_dialogs
    from hfs_desktop.ui.profile_dialog import ClinicProfileDialog

    def answer(dialog: ClinicProfileDialog) -> int:
        dialog.window_language.setCurrentIndex(dialog.window_language.findData(code))
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return ClinicProfileDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ClinicProfileDialog, "exec", answer)
        assert window_dialogs.edit_profile(window)
    qtbot.waitUntil(lambda: window.next_button.text() == words)


def test_window_switches_to_spanish_and_back_keeping_the_consultation(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.patient_page.name.setText("Zoë Ana Pérez")
    window.go_to(Step.SURGERY)
    assert window.model.modified

    switch_window_language(window, qtbot, "es", "Siguiente →")
    assert window.settings.window_language == "es"
    assert window.menus["file"].title() == "&Archivo"
    assert window.navigator.item(0).text() == "Paciente y consulta"
    assert window.save_pdf_action.text() == "Guardar el folleto como &PDF…"
    assert window.current_step() == Step.SURGERY  # the same step
    assert window.patient_page.name.text() == "Zoë Ana Pérez"  # typed data kept
    assert window.model.modified and window.isWindowModified()
    assert window.handout_page.save_button.text() == "&Guardar PDF…"

    switch_window_language(window, qtbot, "en", "Next →")
    assert window.navigator.item(0).text() == "Patient & visit"
    assert window.patient_page.name.text() == "Zoë Ana Pérez"


def test_a_new_consultation_prints_in_the_windows_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A Spanish-speaking clinic works in a Spanish window: the next patient's handout starts
    in Spanish (step 1 can still change it); an English window keeps English handouts."""
    assert window.model.session.handout.language == "en"
    switch_window_language(window, qtbot, "es", "Siguiente →")
    window.model.set_modified(False)  # nothing typed: no "unsaved changes?" question
    assert window.new_consultation()
    assert window.model.session.handout.language == "es"
    switch_window_language(window, qtbot, "en", "Next →")
    window.model.set_modified(False)
    assert window.new_consultation()
    assert window.model.session.handout.language == "en"


def test_chinese_window_and_qts_own_buttons(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    switch_window_language(window, qtbot, "zh-Hans", "下一步 →")
    assert window.steps_label.text() == "步骤"
    # Qt's own words (standard buttons) come from qtbase_zh_CN.qm.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
    # The bundled font with Chinese glyphs is behind the window's font.
    assert "Droid Sans Fallback" in QApplication.font().families()


def test_default_window_language_follows_the_system_when_translated() -> None:
    assert window_language.resolve("", QLocale("es_MX")) == "es"
    assert window_language.resolve("", QLocale("zh_CN")) == "zh-Hans"
    assert window_language.resolve("", QLocale("de_DE")) == "en"  # no German window
    assert window_language.resolve("", QLocale("zh_TW")) == "en"  # nor traditional Chinese
    assert window_language.resolve("en", QLocale("es_ES")) == "en"  # the profile decides
    assert window_language.resolve("xx", QLocale("fr_FR")) == "en"


def test_handout_language_per_patient_with_bilingual_switch_and_status(
    window: MainWindow, qtbot: QtBot
) -> None:
    patient = window.patient_page
    assert window.model.session.handout.language == "en"
    assert window.review_page.advice.isHidden()
    patient.language.setCurrentIndex(patient.language.findData("es"))
    session = window.model.session
    assert session.handout.language == "es" and window.model.modified
    assert window.model.content.translation is not None
    # Step 1 says the Spanish pack is not reviewed yet; an advice, not a check.
    note = patient.messages["handout.language"].text()
    assert "not yet reviewed" in note
    assert not [c for c in window.checks if "review" in c.message]

    # The topic pages now show the Spanish content.
    surgery = window.topic_pages[0]
    surgery.prepare()
    words = " ".join(label.text() for label in surgery.view.findChildren(type(patient.clinic)))
    assert "operación" in words.lower()

    handout = window.handout_page.languages
    assert handout.bilingual.isVisibleTo(handout)
    assert "English" in handout.bilingual.label.text()
    assert "not yet reviewed" in handout.pack_line.text()
    handout.bilingual.setChecked(True)
    assert session.handout.second_language == "en"
    assert session.to_json_dict()["handout"]["second_language"] == "en"

    window.go_to(Step.REVIEW)
    assert window.review_page.advice.isVisibleTo(window.review_page)
    assert "not yet reviewed" in window.review_page.advice.text()

    window.model.set_handout_language("zh-Hans")  # from step 8: step 1 is built again
    patient = window.patient_page
    assert patient.language.currentData() == "zh-Hans"
    assert "Chinese" in patient.messages["handout.language"].text()
    assert session.handout.second_language == "en"

    # Back to an English handout: no second language equal to the first.
    window.go_to(Step.PATIENT)
    patient.language.setCurrentIndex(patient.language.findData("en"))
    assert session.handout.language == "en" and session.handout.second_language == ""
    assert patient.messages["handout.language"].text() == ""


def test_opened_consultation_in_spanish_shows_its_language(
    window: MainWindow, tmp_path: object
) -> None:
    from hfs_desktop.domain.session import Session

    session = Session()
    window.settings.profile.apply_to(session)
    session.patient.name = "Ana"
    session.handout.language = "es"
    window.model.replace(session)
    assert window.patient_page.language.currentData() == "es"
    assert window.pages_language == "es"
    assert window.handout_page.languages.language_line.text().startswith("Prints in Spanish")


def test_spanish_step_line_at_200_percent_is_not_a_column_of_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Spanish, 200 % text, 1366 px wide: the step line went between Back and Next in a
    150 px column, one word a line ("Paso 1 / de 8 · / Paciente / y / consulta"), and took
    the page's room; now it goes above the buttons when it would wrap more than once."""
    from hfs_desktop.ui.view_modes import change_text_size

    window.resize(1366, 740)
    switch_window_language(window, qtbot, "es", "Siguiente →")
    for _ in range(6):
        change_text_size(window, +1)
    qtbot.wait(50)  # the bar is fitted after the style sheet is applied
    assert window.settings.text_size >= 200
    label = window.step_label
    qtbot.waitUntil(lambda: window.step_line_above)
    one_line = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(label.width()) <= 2 * one_line + 4
    change_text_size(window, 0)


def test_spanish_step_titles_at_200_percent_keep_words_whole(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The word "Recuperación" at 200 % was wider than the step list and broke as "Recuperació / n";
    now its font gives a little so it stays one word on one line, and "Revisar este paso"
    wraps instead of ending "Revisar este p…"."""
    from hfs_desktop.ui.view_modes import change_text_size

    window.resize(1366, 740)
    switch_window_language(window, qtbot, "es", "Siguiente →")
    for _ in range(6):
        change_text_size(window, +1)
    qtbot.wait(50)
    nav = window.navigator
    assert nav.item(2).text() == "Recuperación"
    heights = [nav.visualItemRect(nav.item(row)).height() for row in range(3)]
    # "La operación" takes two lines, "Recuperación" one (plus "Recomendado" under both).
    assert heights[2] < heights[1]
    change_text_size(window, 0)
