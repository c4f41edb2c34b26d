"""Accessible names that match what people see.

Every input control's accessible name equals its visible label without the ``&`` mnemonic
(the brief's contract). A control gets its label in one of two ways: buttons and check boxes
carry their own text; every other input has a QLabel whose buddy it is (``label_for``).
``name_inputs`` walks a widget tree and sets the names from those labels, so a label edited
later (a translation, a counter) cannot drift from the accessible name once it is re-run.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUT_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
_MNEMONIC = re.compile(r"&(.)")


def strip_mnemonic(text: str) -> str:
    """ "Patient &name" -> "Patient name"; "&&" stays a literal "&"."""
    return _MNEMONIC.sub(r"\1", text)


def visible_text(label: QLabel | QAbstractButton) -> str:
    """The words a person sees on a label or button, without markup or mnemonic."""
    text = label.text()
    if isinstance(label, QLabel) and label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
        return " ".join(text.split())
    return " ".join(strip_mnemonic(text).split())


def label_for(label: QLabel, widget: QWidget) -> QLabel:
    """Make ``label`` the visible label of ``widget``: buddy for the mnemonic, same name."""
    label.setBuddy(widget)
    widget.setAccessibleName(visible_text(label))
    return label


def is_input(widget: QWidget) -> bool:
    """An input control a person operates, not a part inside another control."""
    if not isinstance(widget, INPUT_TYPES) or widget.objectName().startswith("qt_"):
        return False  # not an input, or Qt's own internal part (menu bar overflow button)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INPUT_TYPES):
            return False  # e.g. the line edit inside a combo box or date edit
        parent = parent.parentWidget()
    return True


def name_inputs(root: QWidget) -> None:
    """Set accessible names of every input under ``root`` from its visible label."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not (isinstance(buddy, QAbstractButton) and buddy.text()):
            buddy.setAccessibleName(visible_text(label))
    for button in root.findChildren(QAbstractButton):
        if button.text():
            button.setAccessibleName(visible_text(button))


def visible_label(widget: QWidget, root: QWidget) -> str | None:
    """The visible label of an input: its own text, or the QLabel whose buddy it is."""
    if isinstance(widget, QAbstractButton) and widget.text():
        return visible_text(widget)  # its own text, even when a group label points at it
    for label in root.findChildren(QLabel):
        if label.buddy() is widget:
            return visible_text(label)
    return None
