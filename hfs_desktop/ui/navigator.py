"""The list of steps on the left: reachable in any order, showing what is stressed and done.

A topic recommended for this patient's stage is bold with a "Recommended" line; a topic marked
as discussed shows a ✓ in a column of its own. The same facts are in each item's accessible
text.

The list first paints as plain titles; ``finish_setup()`` (called after the window's first
paint) adds the custom painting and the marks. Creating PySide6's ``Qt`` namespace type alone
takes about 20 ms, so nothing on the first-paint path touches it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidget, QWidget

from hfs_desktop.domain.palette import color
from hfs_desktop.ui.theme import ACCENT, INK, MUTED
from hfs_desktop.ui.window_language import join_list

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
    from PySide6.QtGui import QFont, QPainter
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

USER_ROLE = 0x0100  # Qt::UserRole, as a number: see the module docstring
SUBTITLE_ROLE = USER_ROLE + 1
RECOMMENDED_ROLE = USER_ROLE + 2
DISCUSSED_ROLE = USER_ROLE + 3
ATTENTION_ROLE = USER_ROLE + 4  # something on this step stops the handout going out
ATTENTION = color("safety_border")  # the same red as "Get help now"
CHECK = "\u2713"


def _make_delegate(parent: QWidget) -> QStyledItemDelegate:
    """The step painter: bold recommended titles, a "Recommended" line, a ✓ column."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

    WRAP = Qt.AlignmentFlag.AlignLeft.value | Qt.TextFlag.TextWordWrap.value
    ANYWHERE = Qt.AlignmentFlag.AlignLeft.value | Qt.TextFlag.TextWrapAnywhere.value

    def wrap(metrics: QFontMetrics, text: str, width: int) -> int:
        """Between words; inside a word only when one word alone is wider than the list
        ("Recuperación" at 200 %), so no title is cut off."""
        too_long = any(metrics.horizontalAdvance(word) > width for word in text.split())
        return ANYWHERE if too_long else WRAP

    def fitted(font: QFont, text: str, width: int) -> QFont:
        """``font``, a little smaller (to 80 %) when one word of ``text`` is wider than
        ``width``: "Recuperación" at 200 % stays whole rather than ending "Recuperació / n"."""
        widest = max((QFontMetrics(font).horizontalAdvance(w) for w in text.split()), default=0)
        if widest <= width:
            return font
        smaller = QFont(font)
        factor = max(0.8, width / widest)
        if font.pixelSize() > 0:
            smaller.setPixelSize(max(9, int(font.pixelSize() * factor)))
        else:
            smaller.setPointSizeF(max(7.0, font.pointSizeF() * factor))
        return smaller

    def subtitle_height(small: QFont, text: str, width: int) -> int:
        """The subtitle ("Revisar este paso") wraps rather than being cut short."""
        metrics = QFontMetrics(small)
        return metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, text).height()

    class StepDelegate(QStyledItemDelegate):
        PAD_X, PAD_Y = 10, 9

        def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
            title = QFont(option.font)
            small = QFont(option.font)
            small.setPixelSize(max(9, round(QFontMetrics(option.font).height() * 0.72)))
            return title, small

        def sizeHint(
            self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
        ) -> QSize:
            title, small = self._fonts(option)
            title.setBold(True)  # measured bold, so selecting a step never needs a new line
            height = self._title_height(title, index) + 2 * self.PAD_Y
            if subtitle := index.data(SUBTITLE_ROLE):
                height += subtitle_height(small, str(subtitle), self._text_width(title)) + 2
            return QSize(160, height)

        def _text_width(self, title: QFont) -> int:
            """Room for the title: the list's width less padding and the ✓ column."""
            view = self.parent()
            width = view.viewport().width() if isinstance(view, QListWidget) else 160
            gutter = QFontMetrics(title).horizontalAdvance(CHECK) + 8
            return max(40, width - 2 * self.PAD_X - gutter)

        def _title_height(self, title: QFont, index: QModelIndex | QPersistentModelIndex) -> int:
            """Titles wrap onto more lines at large text sizes rather than being cut short."""
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            width = self._text_width(title)
            metrics = QFontMetrics(fitted(title, text, width))
            bounds = metrics.boundingRect(
                QRect(0, 0, width, 10_000), wrap(metrics, text, width), text
            )
            return bounds.height()

        def paint(
            self,
            painter: QPainter,
            option: QStyleOptionViewItem,
            index: QModelIndex | QPersistentModelIndex,
        ) -> None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            widget = opt.widget
            style = widget.style() if widget is not None else None
            if style is not None:
                style.drawPrimitive(
                    QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget
                )
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            title_font, small_font = self._fonts(option)
            title_font.setBold(bool(index.data(RECOMMENDED_ROLE)) or selected)
            rect: QRect = option.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
            fm = QFontMetrics(title_font)
            gutter = fm.horizontalAdvance(CHECK) + 8  # the ✓ column, so titles line up
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.save()
            painter.setFont(title_font)
            if index.data(DISCUSSED_ROLE):
                painter.setPen(QColor(ACCENT))
                painter.drawText(QRect(rect.left(), rect.top(), gutter, fm.height()), left, CHECK)
            rect.setLeft(rect.left() + gutter)
            painter.setPen(QColor(INK))
            title = str(index.data(Qt.ItemDataRole.DisplayRole))
            bold = QFont(title_font)
            bold.setBold(True)
            title_height = self._title_height(bold, index)
            room = self._text_width(bold)
            painter.setFont(fitted(title_font, title, room))
            flags = wrap(QFontMetrics(fitted(bold, title, room)), title, room)
            painter.drawText(
                QRect(rect.left(), rect.top(), rect.width(), title_height),
                flags | Qt.AlignmentFlag.AlignTop.value,
                title,
            )
            subtitle = index.data(SUBTITLE_ROLE)
            if subtitle:
                painter.setFont(small_font)
                colour = ACCENT if index.data(RECOMMENDED_ROLE) else MUTED
                painter.setPen(QColor(ATTENTION if index.data(ATTENTION_ROLE) else colour))
                text = str(subtitle)
                tall = subtitle_height(small_font, text, rect.width())
                painter.drawText(
                    QRect(rect.left(), rect.top() + title_height + 2, rect.width(), tall),
                    WRAP | Qt.AlignmentFlag.AlignTop.value,
                    text,
                )
            painter.restore()

    return StepDelegate(parent)


class StepNavigator(QListWidget):
    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigator")
        self.addItems(titles)
        self._ready = False
        self._attention: set[int] = set()  # rows marked "Check this step"

    def finish_setup(self) -> None:
        """The custom painting, scroll and selection settings and the accessible texts."""
        if self._ready:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView

        self._ready = True
        self.setItemDelegate(_make_delegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-measure wrapped titles
        for row in range(self.count()):
            item = self.item(row)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())

    def set_titles(self, titles: list[str]) -> None:
        """The steps' titles again (the window's language changed)."""
        for row, title in enumerate(titles):
            self.item(row).setText(title)
            if self._ready:
                self._describe(row)

    def set_marks(self, row: int, recommended: bool, discussed: bool) -> None:
        self.finish_setup()
        item = self.item(row)
        item.setData(RECOMMENDED_ROLE, recommended)
        item.setData(DISCUSSED_ROLE, discussed)
        self._describe(row)

    def set_attention(self, row: int, attention: bool) -> None:
        """Mark a step whose fields stop the handout going out ("Check this step")."""
        self.finish_setup()
        # Compared with a Python set, not item.data(): this runs at every keystroke, and a
        # bool returned by PySide6 6.12 steals a reference to True (see qt_compat.py).
        if (row in self._attention) != attention:
            self._attention.symmetric_difference_update({row})
            self.item(row).setData(ATTENTION_ROLE, attention)
            self._describe(row)

    def _describe(self, row: int) -> None:
        """The subtitle and the spoken text from the item's marks."""
        from PySide6.QtCore import Qt

        item = self.item(row)
        recommended = bool(item.data(RECOMMENDED_ROLE))
        attention = bool(item.data(ATTENTION_ROLE))
        subtitle = self.tr("Recommended") if recommended else ""
        if attention:
            subtitle = self.tr("Check this step")
        item.setData(SUBTITLE_ROLE, subtitle)
        spoken = [item.text()]
        if recommended:
            spoken.append(self.tr("recommended"))
        if item.data(DISCUSSED_ROLE):
            spoken.append(self.tr("discussed"))
        if attention:
            spoken.append(self.tr("needs checking before the handout goes out"))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, join_list(spoken))

    def attention(self, row: int) -> bool:
        return row in self._attention

    def marks(self, row: int) -> tuple[bool, bool]:
        item = self.item(row)
        return bool(item.data(RECOMMENDED_ROLE)), bool(item.data(DISCUSSED_ROLE))
