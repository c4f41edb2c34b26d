"""Small widgets shared by the pages: field messages, counters, and a wrapping check box."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.palette import color
from hfs_desktop.ui.accessibility import label_for
from hfs_desktop.ui.theme import MUTED


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(label: QLabel, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        repolish(label)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        repolish(widget)


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class FieldMessage(QLabel):
    """A plain sentence under a field: an error, a hint, or nothing (then hidden)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "hint")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str, role: str = "error") -> None:
        if not text:
            self.clear()
            self.hide()
            return
        set_role(self, role)
        self.setText(text)
        self.show()


class Counter(QLabel):
    """A visible "12 / 300 characters" count that turns red past the limit."""

    def __init__(self, limit: int, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.unit = unit
        self.setProperty("role", "counter")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        over = count > self.limit
        text = f"{count:,} / {self.limit:,} {self.unit}"
        if over:
            text += self.tr(" — {n:,} too many").format(n=count - self.limit)
        self.setText(text)
        set_role(self, "counter-over" if over else "counter")


class _ClickLabel(QLabel):
    """A label that calls ``on_click`` when clicked (a plain callback)."""

    def __init__(self, text: str, parent: QWidget, on_click: Callable[[], object]) -> None:
        super().__init__(text, parent)
        self._on_click = on_click

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._on_click()
            event.accept()  # handled: the check box around it must not toggle again
            return
        super().mouseReleaseEvent(event)


class WrapCheckBox(QWidget):
    """A check box whose label wraps over several lines (QCheckBox text never wraps).

    The label may hold escaped rich text (``<b>``/``<i>`` from the content). Clicking the
    label toggles the box; the box's accessible name is the label's visible text.
    """

    toggled = Signal(bool)

    def __init__(
        self, html: str, detail: str = "", parent: QWidget | None = None, plain: bool = False
    ) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = _ClickLabel(html, self, self.box.toggle)
        # Plain text keeps a "&" mnemonic (it moves the focus to the box).
        self.label.setTextFormat(Qt.TextFormat.PlainText if plain else Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label_for(self.label, self.box)
        text_col = QVBoxLayout()
        text_col.setContentsMargins(0, 0, 0, 0)
        text_col.setSpacing(2)
        text_col.addWidget(self.label)
        self.detail: QLabel | None = None
        if detail:
            self.detail = QLabel(detail, self)
            self.detail.setTextFormat(Qt.TextFormat.RichText)
            self.detail.setWordWrap(True)
            text_col.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text_col, 1)
        self.box.toggled.connect(self.toggled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt sizes a wrapped label for its widest width, so a second line got clipped in a
        narrow column: ask for the height the label needs at the width it really has."""
        super().resizeEvent(event)
        doc = QTextDocument()
        doc.setDefaultFont(self.label.font())
        doc.setDocumentMargin(0)
        if self.label.textFormat() == Qt.TextFormat.PlainText:
            doc.setPlainText(self.label.text().replace("&", ""))
        else:
            doc.setHtml(self.label.text())
        doc.setTextWidth(self.label.width())
        needed = int(doc.size().height()) + 2
        if needed != self.label.minimumHeight():
            self.label.setMinimumHeight(needed)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so the release comes here: the whole row is the click target

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on the row (the gap between box and words too) toggles it."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.box.toggle()
        event.accept()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)


def paint_arrow(widget: QWidget) -> None:
    """A plain triangle in the drop-down area (the style sheet hides the native one)."""
    painter = QPainter(widget)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MUTED if widget.isEnabled() else color("field_border")))
        size = max(8.0, widget.height() * 0.26)
        cx, cy = widget.width() - widget.height() * 0.45, widget.height() / 2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx - size / 2, cy - size / 4),
                    QPointF(cx + size / 2, cy - size / 4),
                    QPointF(cx, cy + size / 3),
                ]
            )
        )
    finally:
        painter.end()


class ComboBox(QComboBox):
    """A combo box with a calm drop-down arrow that scales with the text."""

    def __init__(
        self, parent: QWidget | None = None, items: Iterable[tuple[object, str]] = ()
    ) -> None:
        super().__init__(parent)
        for value, text in items:  # (the value kept as item data, the words shown)
            self.addItem(text, value)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_arrow(self)


class DateEdit(QDateEdit):
    """A date field with a calendar pop-up and the same arrow as the combo boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_arrow(self)
