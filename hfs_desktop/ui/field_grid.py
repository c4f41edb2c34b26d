"""A card of labelled fields, each with its message line under it: labels beside the fields,
or above them when beside them the fields would be too narrow (large text, narrow window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from hfs_desktop.ui.accessibility import is_input, label_for, visible_text
from hfs_desktop.ui.theme import BORDER
from hfs_desktop.ui.widgets import Counter, FieldMessage

BESIDE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ABOVE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


class FieldGrid(QFrame):
    """``add_row(label, field, name)``; ``messages[name]`` shows that field's problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(24, 20, 24, 20)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.messages: dict[str, FieldMessage] = {}
        self.field_room = 380  # px the fields need beside their labels (set with the text size)
        self._row = 0
        self._labels: list[tuple[QLabel, int]] = []  # each label and its field's row
        self._stacked = False

    def add_row(
        self, text: str, widget: QWidget, field: str, counter: Counter | None = None
    ) -> QLabel:
        """A labelled field with its message line (and a character counter, when given)."""
        label = QLabel(text, self)
        if is_input(widget):
            label_for(label, widget)
        else:  # a group of controls: the label names the group
            widget.setAccessibleName(visible_text(label))
        self.place_label(label, widget)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 6)
        below.addWidget(self.add_message(field), 1)
        if counter is not None:
            counter.hide()
            below.addWidget(counter, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(below, self._row, 1)
        self._row += 1
        return label

    def add_message(self, field: str) -> FieldMessage:
        self.messages[field] = FieldMessage(self)
        return self.messages[field]

    def add_below(self, widget: QWidget) -> None:
        """A widget in the fields' column, on a row of its own."""
        self.grid.addWidget(widget, self._row, 1)
        self._row += 1

    def place_label(self, label: QLabel, widget: QWidget) -> None:
        """A label beside its field; each field keeps an empty row above it for the label
        when the labels go above the fields (``stack_labels``)."""
        self._labels.append((label, self._row + 1))
        self._row += 1  # the row above, empty while the labels are beside their fields
        label.setAlignment(BESIDE)
        self.grid.addWidget(label, self._row, 0)
        self.grid.addWidget(widget, self._row, 1)
        self._row += 1

    def separator(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {BORDER}")
        self.grid.addWidget(line, self._row, 0, 1, 2)
        self.grid.setRowMinimumHeight(self._row, 18)
        self._row += 1

    def stack_labels(self, stacked: bool) -> None:
        """Labels above their fields (True) or beside them (False)."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for label, row in self._labels:
            self.grid.removeWidget(label)
            label.setAlignment(ABOVE if stacked else BESIDE)
            self.grid.addWidget(label, row - 1 if stacked else row, 1 if stacked else 0)
        self.grid.setColumnMinimumWidth(0, 0)
        self.grid.setHorizontalSpacing(0 if stacked else 18)

    def fit_labels(self) -> None:
        """Stack the labels when beside them the fields would get too narrow to read."""
        if not self._labels:
            return
        widest = max(label.sizeHint().width() for label, _row in self._labels)
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - widest - 18
        self.stack_labels(room < self.field_room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Its width settles after the page's, inside the scroll area.
        super().resizeEvent(event)
        self.fit_labels()
