"""What every step page shares: the model, a title, a scrolling body, and text sizes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from hfs_desktop.domain.validation import Problem
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.theme import Sizes
from hfs_desktop.ui.widgets import muted_label


class CenteredColumn(QWidget):
    """Holds one column, centred and at most ``max_width`` wide, inside a scroll area.

    Sized by hand rather than with an aligned layout item: an aligned item gets its size
    hint's width, so wrapped text would be measured for one width and shown at another.
    """

    def __init__(self, max_width: int | None) -> None:
        super().__init__()
        self.setObjectName("ScrollBody")
        self.max_width = max_width or 100_000
        self.column = QWidget(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _column_width(self, width: int) -> int:
        return min(width, self.max_width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        column_width = self._column_width(width)
        if self.column.hasHeightForWidth():
            return self.column.heightForWidth(column_width)
        return self.column.sizeHint().height()

    def sizeHint(self) -> QSize:
        hint = self.column.sizeHint()
        return QSize(min(hint.width(), self.max_width), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = self.column.minimumSizeHint()
        return QSize(min(hint.width(), self.max_width), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = self._column_width(self.width())
        self.column.setGeometry((self.width() - width) // 2, 0, width, self.height())
        super().resizeEvent(event)


class Page(QWidget):
    """One step of the consultation. Subclasses fill ``self.body`` and keep it in sync."""

    def __init__(self, model: SessionModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.step_title = title  # as in the step list
        self.sizes = Sizes(1.0)
        model.reset.connect(self.load)
        model.changed.connect(self.on_changed)

    # Layout helpers ------------------------------------------------------------------------
    def scroll_body(self, max_width: int | None = None) -> tuple[QScrollArea, QWidget]:
        """A scroll area holding a column (centred, at most ``max_width`` wide when given)."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = CenteredColumn(max_width)
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
        self.sizes = sizes

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
