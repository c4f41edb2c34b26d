"""What every step page shares: the model, a title, a scrolling body, and text sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.validation import Problem
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.readiness import Check
from hfs_desktop.ui.theme import Sizes
from hfs_desktop.ui.widgets import muted_label

QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum"


class CenteredColumn(QWidget):
    """Holds one column, centred and at most ``max_width`` wide, inside a scroll area.

    A real layout (stretch, column, stretch) rather than hand-set geometry: only a layout
    passes the column's "my content grew" on to the scroll area, which then resizes this
    widget and shows a scroll bar. (Without one, topic pages built while hidden were cut off
    at the view's height with no way to scroll.) The column has a maximum width instead of an
    alignment: an aligned item would get its size hint's width, so wrapped text would be
    measured for one width and shown at another.
    """

    def __init__(self, max_width: int | None) -> None:
        super().__init__()
        self.setObjectName("ScrollBody")
        self.column = QWidget(self)
        self.column.setObjectName("ScrollColumn")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.column.setSizePolicy(policy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addStretch(0)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        self.set_max_width(max_width)

    def set_max_width(self, max_width: int | None) -> None:
        """Widen or narrow the column (the patient view uses the full width)."""
        self.max_width = max_width or QWIDGETSIZE_MAX
        self.column.setMaximumWidth(self.max_width)


class Page(QWidget):
    """One step of the consultation. Subclasses fill ``self.body`` and keep it in sync."""

    def __init__(self, model: SessionModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.step_title = title  # as in the step list
        self.setObjectName(f"Page-{type(self).__name__}")
        self.sizes = Sizes(1.0)
        self._columns: list[tuple[CenteredColumn, int | None]] = []  # and their 100 % width
        self.checks: list[Check] = []  # what stops the handout going out (set by the window)
        model.reset.connect(self.load)
        model.changed.connect(self.on_changed)

    # Layout helpers ------------------------------------------------------------------------
    def scroll_body(self, max_width: int | None = None) -> tuple[QScrollArea, QWidget]:
        """A scroll area holding a column (centred, at most ``max_width`` wide when given)."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setAccessibleName(self.step_title)  # a screen reader names what it scrolls
        area.setProperty("focusFrame", True)  # when it has the focus (keys scroll it), show it
        outer = CenteredColumn(max_width)
        self._columns.append((outer, max_width))
        area.setWidget(outer)
        return area, outer.column

    def scrolling_column(self, max_width: int, intro: str) -> QVBoxLayout:
        """The page as a scrolling column that starts with the step title and an intro line;
        the caller adds the rest to the returned layout."""
        area, column = self.scroll_body(max_width=max_width)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        col = QVBoxLayout(column)
        col.setContentsMargins(8, 4, 8, 16)
        col.setSpacing(10)
        col.addWidget(self.title_label(self.step_title))
        intro_label = muted_label(intro, self)
        intro_label.setObjectName("PageIntro")
        col.addWidget(intro_label)
        return col

    def title_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("PageTitle")
        label.setWordWrap(True)
        return label

    # Hooks -----------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Bring the page up to date just before it is shown (so it never flashes stale)."""

    def load(self) -> None:
        """Show the model's (new) session in every field."""

    def on_changed(self, aspect: str) -> None:
        """Part of the session changed (maybe from another page)."""

    def apply_sizes(self, sizes: Sizes) -> None:
        """Grow with the text: a column holds as many words per line at 200 % as at 100 %."""
        self.sizes = sizes
        for column, width in self._columns:
            column.set_max_width(sizes.px(width) if width else None)

    def set_patient_view(self, on: bool) -> None:
        """Show the patient's text only (True) or the clinician's controls too (False)."""

    def show_problems(self, problems: list[Problem], strict: bool) -> None:
        """Show validation problems that belong to this page's fields.

        ``strict`` is False while typing (an empty required field is a gentle hint) and True
        after a save was refused (every problem is an error).
        """

    def problem_text(self, problem: Problem) -> str | None:
        """Plain words for a problem with one of this page's fields; None if not ours."""
        return None

    def first_focus(self) -> QWidget | None:
        """The control that gets the keyboard focus when the page is opened."""
        return None
