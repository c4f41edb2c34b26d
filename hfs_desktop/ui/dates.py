"""Date entry that never surprises: a text field that reads what was typed, and a calendar.

QDateEdit edits one section at a time, so typing over "3 March" kept the old day (25 March),
typing into an empty field was thrown away, and Up in an empty field gave 2 January 1900.
``DateField`` is a line edit instead: the whole text is read as a date in the clinic's locale
("3 March 2026", "3/3/2026" in the UK) or as ISO ("2026-03-03"), and only a full date with a
four-digit year counts. An empty field is no date. F4 or Alt+Down opens a calendar; Up and
Down move a set date by a day and do nothing in an empty field.

Dates show in the window's language (``date_locale()``): "3 March 2026", "3 de marzo de
2026", "2026年3月3日". Whatever the window's language, ISO, numbers and English month names
are still read, so a habit (or a date copied from elsewhere) keeps working.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

DISPLAY_FORMAT = "d MMMM yyyy"
# The full date in each window language (no weekday: it only makes the field longer).
DISPLAY_FORMATS = {"en": DISPLAY_FORMAT, "es": "d 'de' MMMM 'de' yyyy", "zh": "yyyy年M月d日"}
_CJK = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})\s*$")
_WORDY = ("d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy", "dddd d MMMM yyyy")
FIRST_YEAR, LAST_YEAR = 1900, 2100
EXAMPLE_DATE = dt.date(2026, 3, 3)  # the date in "Write the date like …"


def _day_first(locale: QLocale) -> bool:
    """Whether the locale writes the day before the month in short dates (UK yes, US no)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    return short.find("d") < short.find("m")


def date_locale() -> QLocale:
    """The locale dates are shown and read in: the window's language, in the system's region
    (an English window in Spain still reads 4/3/2026 as 4 March; a UK system stays en_GB)."""
    from hfs_desktop.ui import window_language

    language = window_language.current()
    system = QLocale.system()
    if window_language.locale_code(system) == language:
        return system
    if language.startswith("zh"):
        script = (
            QLocale.Script.TraditionalChineseScript
            if language == "zh-Hant"
            else QLocale.Script.SimplifiedChineseScript
        )
        return QLocale(QLocale.Language.Chinese, script, system.territory())
    wanted = QLocale(language).language()
    return QLocale(wanted, QLocale.Script.AnyScript, system.territory())


def display_format(locale: QLocale) -> str:
    """How a full date is written in ``locale``'s language ("d MMMM yyyy" when unknown)."""
    base = QLocale.languageToCode(locale.language())
    return DISPLAY_FORMATS.get(base, DISPLAY_FORMAT)


def format_date(day: QDate | dt.date, locale: QLocale | None = None) -> str:
    """``day`` written in full in ``locale`` (the window's by default)."""
    locale = locale or date_locale()
    qdate = day if isinstance(day, QDate) else to_qdate(day)
    return locale.toString(qdate, display_format(locale))


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date ``text`` names, or None if it names none (or a year outside 1900-2100).

    Accepts ISO (2026-03-03), numbers in the locale's order with / . - or spaces
    (3/3/2026 in the UK, 3/3/2026 as March 3 in the US; year first also works), and the
    month by name ("3 March 2026", "March 3, 2026", "3 Mar 2026"). Two-digit years are not
    guessed: 3/3/26 could be 1926 or 2026.
    """
    locale = locale or date_locale()
    text = " ".join(text.replace(",", " ").split())
    if not text:
        return None
    if (match := _ISO.match(text)) or (match := _CJK.match(text)):
        year, month, day = (int(g) for g in match.groups())
        return _make(year, month, day)
    if match := _NUMERIC.match(text):
        first, second, third = match.groups()
        if len(first) == 4:
            return _make(int(first), int(second), int(third))
        if len(third) != 4:
            return None
        if _day_first(locale):
            return _make(int(third), int(second), int(first))
        return _make(int(third), int(first), int(second))
    for fmt in (
        display_format(locale),
        locale.dateFormat(QLocale.FormatType.LongFormat),
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        *_WORDY,
    ):
        for candidate in (locale, QLocale(QLocale.Language.English)):
            parsed = candidate.toDate(text, fmt.replace(",", "").replace("  ", " "))
            if parsed.isValid() and str(parsed.year()) in text:
                return _make(parsed.year(), parsed.month(), parsed.day())
    return None


def to_qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date | None:
    return dt.date(day.year(), day.month(), day.day()) if day.isValid() else None


class DateField(QLineEdit):
    """A date typed as text or chosen from a calendar (F4, Alt+Down or the arrow).

    ``date()`` is the date shown, or a null QDate when the field is empty or unreadable;
    ``dateChanged`` fires when that changes, as soon as the text reads as a full date.
    ``is_unreadable()`` says the text names no date (the page says how to write one).
    """

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate()
        self._has_date = False
        self._calendar: QCalendarWidget | None = None
        # Where an empty field's calendar opens (e.g. the visit date); today when not set.
        self.opens_near: Callable[[], QDate] | None = None
        self.setClearButtonEnabled(False)
        self.textEdited.connect(self._read_text)
        self.editingFinished.connect(self._tidy)

    # The value ------------------------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate | dt.date | None) -> None:  # noqa: N802 - Qt's name
        qdate = day if isinstance(day, QDate) else to_qdate(day)
        self.setText(format_date(qdate) if qdate.isValid() else "")
        self._set(qdate)

    def is_unreadable(self) -> bool:
        # A Python flag, not QDate.isValid(): this runs at every keystroke anywhere in the
        # window, and a bool returned by PySide6 6.12 steals a reference to True.
        return bool(self.text().strip()) and not self._has_date

    def _set(self, qdate: QDate) -> None:
        if qdate != self._date or qdate.isValid() != self._date.isValid():
            self._date = QDate(qdate)
            self._has_date = qdate.isValid()
            self.dateChanged.emit(QDate(qdate))

    def _read_text(self, text: str) -> None:
        self._set(to_qdate(parse_date(text)))

    def _tidy(self) -> None:
        """Show a readable date in full once typing is done ("3/3/2026" → "3 March 2026")."""
        if self._date.isValid():
            shown = format_date(self._date)
            if self.text() != shown:
                self.setText(shown)

    # Keys and the calendar --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
            if self._date.isValid():  # an empty field stays empty: no 1900
                self.setDate(self._date.addDays(1 if key == Qt.Key.Key_Up else -1))
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.position().x() >= self.width() - self.height():  # the arrow
            self.open_calendar()
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setTextMargins(0, 0, self.height() // 2, 0)  # room for the arrow

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._tidy()

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 - as QDateEdit names it
        """The pop-up calendar (made on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setLocale(date_locale())  # month and day names in the window's language
            calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
            calendar.setMaximumDate(QDate(LAST_YEAR, 12, 31))
            calendar.setAccessibleName(self.tr("Calendar"))
            calendar.activated.connect(self._chosen)
            calendar.clicked.connect(self._chosen)
            self._calendar = calendar
        return self._calendar

    def open_calendar(self) -> None:
        """Open the calendar at the date shown, else near ``opens_near`` (or today)."""
        if not self.isEnabled():
            return
        calendar = self.calendarWidget()
        near = self.opens_near() if self.opens_near is not None else QDate()
        start = self._date if self._date.isValid() else near
        if not start.isValid():
            start = QDate.currentDate()
        calendar.setSelectedDate(start)
        calendar.setCurrentPage(start.year(), start.month())
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _chosen(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setDate(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        from hfs_desktop.ui.widgets import paint_arrow

        paint_arrow(self)
