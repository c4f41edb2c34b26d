"""Dates that never surprise: typed in the clinic's locale or ISO, a calendar from the keyboard,
no carried-over day, no 1900, and warnings for dates that are possible but surely wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from hfs_desktop.ui.dates import format_date, parse_date
from hfs_desktop.ui.main_window import MainWindow

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
MARCH_3 = dt.date(2026, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "3 March 2026",
        "3/3/2026",
        "03.03.2026",
        "2026-03-03",
        "2026-3-3",
        "March 3, 2026",
        "3 Mar 2026",
        "  3  March  2026 ",
        "Tuesday 3 March 2026",
    ],
)
def test_dates_read_in_the_clinic_locale_or_iso(text: str) -> None:
    assert parse_date(text, UK) == MARCH_3


def test_numbers_follow_the_locale_order() -> None:
    assert parse_date("4/3/2026", UK) == dt.date(2026, 3, 4)
    assert parse_date("4/3/2026", US) == dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    "text", ["", "3/3/26", "31/2/2026", "1899-12-31", "2101-01-01", "soon", "3 March", "2026"]
)
def test_no_date_is_guessed(text: str) -> None:
    assert parse_date(text, UK) is None


def _after_surgery(window: MainWindow) -> None:
    page = window.patient_page
    page.stage.setCurrentIndex(page.stage.findData("after_surgery"))


def test_typing_over_a_date_replaces_all_of_it(window: MainWindow, qtbot: QtBot) -> None:
    _after_surgery(window)
    edit = window.patient_page.surgery_date
    edit.setDate(QDate(2026, 3, 25))
    assert window.model.session.surgery_date == dt.date(2026, 3, 25)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "3 March 2026")
    assert window.model.session.surgery_date == MARCH_3  # not 25 March: no carried-over day
    edit.clearFocus()
    qtbot.waitUntil(lambda: edit.text() == "3 March 2026")


def test_typing_into_an_empty_date_is_kept(window: MainWindow, qtbot: QtBot) -> None:
    _after_surgery(window)
    edit = window.patient_page.surgery_date
    assert edit.text() == "" and window.model.session.surgery_date is None
    qtbot.keyClicks(edit, "2026-02-28")
    assert window.model.session.surgery_date == dt.date(2026, 2, 28)


def test_up_in_an_empty_date_does_not_make_1900(window: MainWindow, qtbot: QtBot) -> None:
    _after_surgery(window)
    edit = window.patient_page.surgery_date
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "" and window.model.session.surgery_date is None
    edit.setDate(MARCH_3)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert window.model.session.surgery_date == dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_the_calendar_opens_from_the_keyboard(
    window: MainWindow, qtbot: QtBot, key: Qt.Key, mods: Qt.KeyboardModifier
) -> None:
    _after_surgery(window)
    page = window.patient_page
    page.visit_date.setDate(dt.date(2026, 5, 20))
    edit = page.surgery_date
    qtbot.keyClick(edit, key, mods)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 5)  # near the visit
    calendar.setSelectedDate(QDate(2026, 5, 2))
    grid = calendar.findChild(QAbstractItemView)  # the days, which take the keys
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert window.model.session.surgery_date == dt.date(2026, 5, 2)


def test_an_unreadable_date_says_how_to_write_one(window: MainWindow, qtbot: QtBot) -> None:
    page = window.patient_page
    before = window.model.session.visit_date
    page.visit_date.setFocus()
    page.visit_date.selectAll()
    qtbot.keyClicks(page.visit_date, "next Tuesday")
    message = page.messages["visit_date"]
    assert message.isVisible() and "3 March 2026" in message.text()
    assert window.model.session.visit_date == before  # the visit keeps a date


@pytest.mark.parametrize(
    ("stage", "birth", "surgery", "code"),
    [
        ("after_surgery", 1952, dt.date(1931, 6, 1), "surgery_before_birth"),
        ("after_surgery", None, dt.date.today() + dt.timedelta(days=30), "surgery_in_future"),
        (
            "considering_second_surgery",
            None,
            dt.date.today() + dt.timedelta(days=3),
            "surgery_in_future",
        ),
    ],
)
def test_surely_wrong_dates_are_flagged_everywhere(
    window: MainWindow, stage: str, birth: int | None, surgery: dt.date, code: str
) -> None:
    page = window.patient_page
    page.stage.setCurrentIndex(page.stage.findData(stage))
    page.name.setText("Ana")
    if birth is not None:
        page.birth_year.setText(str(birth))
    page.visit_date.setDate(max(dt.date.today(), surgery) + dt.timedelta(days=1))
    page.surgery_date.setDate(surgery)
    assert code in [check.code for check in window.checks]
    message = page.messages["surgery_date"]
    assert message.isVisible() and "surgery date" in message.text().lower()  # at the field
    assert window.navigator.attention(0)  # in the step list
    window.go_to(6)
    status = window.handout_page.checks_label
    assert status.isVisible() and "surgery date" in status.text().lower()  # by the preview
    page.surgery_date.setDate(dt.date.today() - dt.timedelta(days=90))
    assert code not in [check.code for check in window.checks]


def test_visit_before_surgery_is_flagged(window: MainWindow) -> None:
    page = window.patient_page
    _after_surgery(window)
    page.visit_date.setDate(dt.date(2026, 1, 10))
    page.surgery_date.setDate(dt.date(2026, 1, 20))
    assert page.messages["surgery_date"].isVisible()
    assert "after the visit" in page.messages["surgery_date"].text()
    assert QApplication.instance() is not None


# The window's language (issue 13): dates in its words, the old ways of typing still read ------
ES = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
ZH = QLocale(
    QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
)


@pytest.mark.parametrize(
    ("locale", "shown"), [(UK, "3 March 2026"), (ES, "3 de marzo de 2026"), (ZH, "2026年3月3日")]
)
def test_dates_show_in_the_window_language(locale: QLocale, shown: str) -> None:
    assert format_date(MARCH_3, locale) == shown
    assert parse_date(shown, locale) == MARCH_3


@pytest.mark.parametrize(
    "text",
    [
        "3 de marzo de 2026",
        "3 marzo 2026",
        "martes, 3 de marzo de 2026",
        "3/3/2026",
        "2026-03-03",
        "3 March 2026",  # the old English form, as a habit or pasted
        "March 3, 2026",
        "2026年3月3日",
    ],
)
def test_spanish_dates_read_in_spanish_iso_and_the_old_forms(text: str) -> None:
    assert parse_date(text, ES) == MARCH_3


@pytest.mark.parametrize(
    "text",
    [
        "2026年3月3日",
        "2026 年 3 月 3 日",
        "2026年03月03号",
        "2026/3/3",
        "2026-03-03",
        "3 March 2026",
    ],
)
def test_chinese_dates_read_in_chinese_iso_and_the_old_forms(text: str) -> None:
    assert parse_date(text, ZH) == MARCH_3


@pytest.mark.parametrize("text", ["2026年2月30日", "26年3月3日", "3月3日"])
def test_no_chinese_date_is_guessed(text: str) -> None:
    assert parse_date(text, ZH) is None


@pytest.mark.parametrize(
    ("code", "words", "shown", "typed", "month"),
    [
        ("es", "Siguiente →", "3 de marzo de 2026", "20/5/2026", "mayo"),
        ("zh-Hans", "下一步 →", "2026年3月3日", "2026/5/20", "年5月20日"),
    ],
)
def test_date_fields_follow_the_window_language(
    window: MainWindow, qtbot: QtBot, code: str, words: str, shown: str, typed: str, month: str
) -> None:
    from hfs_desktop.ui import window_language
    from tests.ui.test_ui_language import switch_window_language

    _after_surgery(window)
    window.patient_page.visit_date.setDate(MARCH_3)
    try:
        switch_window_language(window, qtbot, code, words)
        page = window.patient_page  # built again in the new language
        assert page.visit_date.text() == shown
        edit = page.surgery_date
        edit.setFocus()
        qtbot.keyClicks(edit, typed)
        assert window.model.session.surgery_date == dt.date(2026, 5, 20)
        edit.clearFocus()
        qtbot.waitUntil(lambda: month in edit.text())  # tidied into the window's words
        assert edit.calendarWidget().locale().language() == QLocale(code).language()
        page.visit_date.setFocus()
        page.visit_date.selectAll()
        qtbot.keyClicks(page.visit_date, "next Tuesday")
        assert shown in page.messages["visit_date"].text()  # the example in its words too
    finally:
        window_language.install("en")
