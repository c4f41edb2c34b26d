"""One topic's words and pictures, exactly as the handout prints them, in large type.

The blocks come from ``domain.document.topic_blocks`` — the same call the PDF builder makes —
so screen and paper cannot disagree. Text values are escaped ``Markup`` (only ``<b>``/``<i>``
remain as tags), safe to hand to Qt's rich text. Pictures are ``domain.pictures`` scenes shown
with ``SceneView``. Causes and risks are shown with a check box each: ticking one marks it for
the handout ("fits this patient" / "discussed"), where it prints as ☑ with the same line.
Each block's HTML comes from ``topic_html``; this module places the widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial

from markupsafe import Markup, escape
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from hfs_desktop.domain import document as d
from hfs_desktop.domain.content import ValueItem
from hfs_desktop.domain.scene import Scene
from hfs_desktop.domain.session import Session, TopicId
from hfs_desktop.ui.accessibility import label_for
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.scene_view import SceneView
from hfs_desktop.ui.theme import ACCENT, MUTED, Sizes
from hfs_desktop.ui.topic_html import (
    SOURCE_TAG,
    bullets_html,
    clinician_notes_html,
    grid_html,
    heading_html,
    milestones_html,
    paragraph_html,
    sources_html,
    stacked_html,
    table_html,
    values_html,
)
from hfs_desktop.ui.widgets import ComboBox, WrapCheckBox

# Pictures are built for the width they are shown at (one scene unit = one pixel), so their
# words come out at the screen's text size, not shrunk or blown up by scaling.
PICTURE_MIN_WIDTH = 400
PICTURE_MAX_WIDTH = 720  # at 100 % text size
PICTURE_TEXT = 15  # px at 100 %: between the caption and the body text
# Narrower than this (px at 100 % text) tables are shown row by row and the option grid question
# by question: its five columns need about 640 px before their longest words stop fitting.
GRID_SIDE_BY_SIDE_WIDTH = 680


def _clear(layout: QLayout) -> None:
    """Empty a layout, nested layouts (the values form) included: their widgets would
    otherwise stay behind, shown on top of the rebuilt page."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)
            inner.deleteLater()


class TopicView(QWidget):
    """The column of one topic: title, summary, then its blocks in reading order."""

    def __init__(self, model: SessionModel, topic_id: TopicId, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.topic_id = topic_id
        self.sizes = Sizes(1.0)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.check_boxes: dict[str, WrapCheckBox] = {}
        self.value_boxes: dict[str, ComboBox] = {}
        self._marks: dict[str, QLabel] = {}
        self._grid_side_by_side = True
        self.pictures: list[tuple[d.Picture, SceneView]] = []
        self._picture_width = 0
        self.patient_view = False  # the patient's text only: no source tags, no tick boxes

    # Building ------------------------------------------------------------------------------
    def rebuild(self, sizes: Sizes) -> None:
        self.sizes = sizes
        self._layout.setSpacing(sizes.px(10))
        _clear(self._layout)
        self.check_boxes.clear()
        self.value_boxes.clear()
        self._marks.clear()
        self.pictures.clear()
        self._picture_width = self._fit_width()
        self._grid_side_by_side = self._grid_fits()
        session, content = self.model.session, self.model.content
        topic = content.topics[self.topic_id]
        title_markup, summary_markup = d.topic_heading(topic, session, content)
        title = self._text(f"<b>{title_markup}</b>", sizes.title)
        title.setObjectName("TopicTitle")
        self._layout.addWidget(title)
        summary = self._text(str(summary_markup), color=MUTED)
        self._layout.addWidget(summary)

        pending: list[str] = []

        def flush() -> None:
            if pending:
                self._layout.addWidget(self._text("".join(pending)))
                pending.clear()

        def tags(sources: Sequence[str]) -> Sequence[str]:
            return () if self.patient_view else sources

        for block in d.topic_blocks(topic, session, content):
            if isinstance(block, d.Heading):
                if not pending:  # a label's first block ignores its top margin
                    self._layout.addSpacing(sizes.px(12))
                pending.append(heading_html(block.text, sizes))
            elif isinstance(block, d.Paragraph):
                pending.append(paragraph_html(block.text, tags(block.sources), sizes))
            elif isinstance(block, d.Bullets):
                pending.append(bullets_html(block.items, tags(block.sources), sizes))
            elif isinstance(block, d.Milestones):
                pending.append(milestones_html(block, sizes))
            elif isinstance(block, d.TableBlock):
                table = table_html if self._grid_side_by_side else stacked_html
                pending.append(table(block.header, block.rows, sizes))
                pending.append(paragraph_html(Markup(""), tags(block.sources), sizes))
            elif isinstance(block, d.OptionGridBlock):
                pending.append(
                    grid_html(block, sizes, tags(block.sources), self._grid_side_by_side)
                )
            elif isinstance(block, d.ValuesBlock):
                if self.patient_view:  # the questions only: the clinician records answers
                    pending.append(values_html(block, self.model.content.options, sizes))
                else:
                    flush()
                    self._values(block)
            elif isinstance(block, d.Picture):
                flush()
                self._picture(block)
            elif isinstance(block, d.CheckList):
                if block.title:
                    if not pending:
                        self._layout.addSpacing(sizes.px(12))
                    pending.append(heading_html(block.title, sizes, tags(block.sources)))
                flush()
                self._check_list(block)
        flush()
        notes = d.clinician_notes(topic, content)
        if notes:
            box = self._text(
                clinician_notes_html(
                    notes,
                    self.tr("For the clinician (not printed): seeds and studies differ"),
                    sizes,
                )
            )
            box.setObjectName("ClinicianNotes")
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def _sized(self, html: str, px: int | None = None, color: str | None = None) -> str:
        """Wrap HTML in the size (and colour) it is shown at; sizes never come from setFont."""
        style = f"font-size:{px or self.sizes.body}px" + (f"; color:{color}" if color else "")
        return f'<div style="{style}">{html}</div>'

    def _text(self, html: str, px: int | None = None, color: str | None = None) -> QLabel:
        if self.patient_view:  # source tags are for the clinician, also those inside a text
            html = SOURCE_TAG.sub("", html)
        label = QLabel(self._sized(html, px, color), self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _fit_width(self) -> int:
        holder = self if self.isVisible() else self.parentWidget() or self  # before first show
        return max(PICTURE_MIN_WIDTH, min(holder.width(), self.sizes.px(PICTURE_MAX_WIDTH)))

    def _scene(self, picture: d.Picture) -> Scene:
        return picture.draw(float(self._picture_width), float(self.sizes.px(PICTURE_TEXT)))

    def _grid_fits(self) -> bool:
        holder = self if self.isVisible() else self.parentWidget() or self  # before first show
        return holder.width() >= self.sizes.px(GRID_SIDE_BY_SIDE_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._grid_fits() != self._grid_side_by_side and any(
            b.type in ("option_grid", "table")
            for b in self.model.content.topics[self.topic_id].blocks
        ):
            QTimer.singleShot(0, lambda: self.rebuild(self.sizes))  # not inside the resize
            return
        width = self._fit_width()
        if self.pictures and abs(width - self._picture_width) >= 24:
            self._picture_width = width  # re-lay the pictures out for the new width
            for picture, view in self.pictures:
                view.setScene(self._scene(picture))

    def _picture(self, picture: d.Picture) -> None:
        scene = self._scene(picture)
        view = SceneView(scene, self)
        view.setObjectName(f"Picture-{picture.kind}")
        view.setMaximumWidth(self.sizes.px(PICTURE_MAX_WIDTH))
        self.pictures.append((picture, view))
        self._layout.addSpacing(self.sizes.px(8))
        self._layout.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        if scene.caption:
            caption = self._text(str(escape(scene.caption)), self.sizes.small + 2, MUTED)
            self._layout.addWidget(caption)
        self._layout.addSpacing(self.sizes.px(8))

    def _check_list(self, block: d.CheckList) -> None:
        key = "causes_relevant" if block.kind == "causes" else "risks_discussed"
        order = [item.id for item in block.items]
        for item in block.items:
            if item.title:
                html, detail = f"<b>{item.title}</b>", str(item.text)
            else:
                html, detail = str(item.text), ""
            if self.patient_view:  # the words without the clinician's tick box
                self._layout.addSpacing(self.sizes.px(6))
                self._layout.addWidget(self._text(html + (f"<br/>{detail}" if detail else "")))
                if item.marked:
                    self._layout.addWidget(
                        self._text(f"<i>{block.mark_label}</i>", self.sizes.small + 1, ACCENT)
                    )
                continue
            box = WrapCheckBox(self._sized(html), self._sized(detail) if detail else "", self)
            box.setObjectName(f"check-{item.id}")
            box.box.setAccessibleDescription(
                self.tr("Tick if this may fit the patient")
                if block.kind == "causes"
                else self.tr("Tick when discussed")
            )
            box.setChecked(item.marked)
            mark = self._text(f"<i>{block.mark_label}</i>", self.sizes.small + 1, ACCENT)
            mark.setContentsMargins(box.box.sizeHint().width() + 10, 0, 0, 0)
            mark.setVisible(item.marked)
            box.toggled.connect(
                lambda on, item_id=item.id, m=mark: self._toggle(key, item_id, on, order, m)
            )
            self.check_boxes[item.id] = box
            self._marks[item.id] = mark
            self._layout.addSpacing(self.sizes.px(6))
            self._layout.addWidget(box)
            self._layout.addWidget(mark)
        if not block.title and block.sources and not self.patient_view:
            self._layout.addWidget(self._text(sources_html(block.sources, self.sizes)))

    def _values(self, block: d.ValuesBlock) -> None:
        """The values exercise, leaning and SURE: the clinician records the patient's answers
        (they print on the handout); "—" leaves a question unanswered."""
        content = self.model.content
        aid = content.options
        decision = self.model.session.decision
        grid_id = next(
            (b.grid for b in content.topics[self.topic_id].blocks if b.type == "values"), ""
        )
        self._layout.addWidget(self._text(heading_html(block.title, self.sizes) + str(block.intro)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long questions, big text
        form.setVerticalSpacing(self.sizes.px(6))
        self._layout.addLayout(form)

        def add(
            text: str, choices: list[tuple[str, str]], current: str, save: Callable[[str], None]
        ) -> None:
            combo = ComboBox(self)
            combo.addItem("—", "")
            for value, words in choices:
                combo.addItem(words, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            label = QLabel(self._sized(text), self)
            label.setWordWrap(True)
            label_for(label, combo)
            combo.setAccessibleName(text)
            combo.currentIndexChanged.connect(lambda _i, c=combo: save(str(c.currentData())))
            self.value_boxes[text] = combo
            form.addRow(label, combo)

        def ask(
            part: str,
            items: Sequence[ValueItem],
            choices: Mapping[str, str],
            got: Mapping[str, str],
        ) -> None:
            """One combo box per question of ``part`` (values or SURE)."""
            for item in items:
                save = partial(self._record, part, item.id)
                add(item.text, list(choices.items()), got.get(item.id, ""), save)

        ask("values", aid.values, aid.answers, decision.values)
        grid = aid.grids.get(grid_id)
        leaning = [(o.id, o.name) for o in grid.options] if grid else []
        leaning.append(("unsure", aid.leaning_unsure))
        add(aid.leaning_title, leaning, decision.leaning, partial(self._record, "leaning", ""))
        ask("sure", aid.sure, aid.yes_no, decision.sure)

    def _record(self, part: str, key: str, value: str) -> None:
        def change(s: Session) -> None:
            if part == "leaning":
                s.decision.leaning = value
                return
            answers = s.decision.values if part == "values" else s.decision.sure
            if value:
                answers[key] = value
            else:
                answers.pop(key, None)

        self.model.edit("marks", change)

    def _toggle(self, key: str, item_id: str, on: bool, order: list[str], mark: QLabel) -> None:
        mark.setVisible(on)
        self.model.set_marked(key, item_id, on, order)
