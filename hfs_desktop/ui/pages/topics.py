"""Steps 2–5, the four topics: the handout's own words in large type, and the clinician's ticks.

Left: the topic as it prints (``TopicView``), with check boxes on causes and risks. Right: a
narrow panel for the clinician: include the section in the handout, mark it discussed, and
tick teach-back prompts the patient explained back.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.session import TOPICS, TopicId
from hfs_desktop.ui.model import TEXT_ASPECTS, SessionModel
from hfs_desktop.ui.pages.base import Page
from hfs_desktop.ui.theme import Sizes
from hfs_desktop.ui.topic_view import TopicView
from hfs_desktop.ui.widgets import WrapCheckBox, muted_label, set_role

TEXT_WIDTH = 900  # px at 100 %: the text column beside the clinician panel


class TopicPage(Page):
    topic_id: TopicId = "surgery"
    panel_hint = ""

    def __init__(self, model: SessionModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(model, title, parent)
        self._dirty = True
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)

        area, column = self.scroll_body(max_width=TEXT_WIDTH)
        self.text_area = area
        self.view = TopicView(model, self.topic_id, column)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(8, 4, 16, 24)
        inner.addWidget(self.view)
        row.addWidget(area, 1)

        self.panel = QFrame(self)
        self.panel.setObjectName("ClinicianPanel")
        panel_scroll = QScrollArea(self)
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_scroll.setWidget(self.panel)
        panel_scroll.setAccessibleName(self.tr("For the clinician"))
        self.panel_scroll = panel_scroll
        row.addWidget(panel_scroll, 0)

        p = QVBoxLayout(self.panel)
        p.setContentsMargins(18, 16, 18, 16)
        p.setSpacing(8)
        heading = QLabel(self.tr("For the clinician"), self.panel)
        heading.setWordWrap(True)
        heading.setProperty("role", "section")
        p.addWidget(heading)

        # Wrapping check boxes: at large text sizes a one-line box would be cut off.
        self.include = WrapCheckBox(self.tr("&Include in handout"), parent=self.panel, plain=True)
        self.recommendation = muted_label("", self.panel)
        self.discussed = WrapCheckBox(
            self.tr("&Discussed in this visit"), parent=self.panel, plain=True
        )
        p.addWidget(self.include)
        p.addWidget(self.recommendation)
        p.addSpacing(6)
        p.addWidget(self.discussed)
        if self.panel_hint:
            p.addSpacing(6)
            p.addWidget(muted_label(self.tr(self.panel_hint), self.panel))

        self.teach_back: dict[str, WrapCheckBox] = {}
        prompts = model.content.topics[self.topic_id].teach_back
        if prompts:
            p.addSpacing(12)
            tb_heading = QLabel(self.tr("Teach-back"), self.panel)
            tb_heading.setProperty("role", "section")
            tb_heading.setWordWrap(True)  # long in some languages, at large text
            p.addWidget(tb_heading)
            p.addWidget(
                muted_label(
                    self.tr("Ask in your own words; tick when the patient explained it back."),
                    self.panel,
                )
            )
            order = [t.id for t in prompts]
            for prompt in prompts:
                box = WrapCheckBox(str(model.content.render(prompt.prompt)), parent=self.panel)
                box.setObjectName(f"teach-{prompt.id}")
                box.box.setAccessibleDescription(self.tr("Tick when explained back"))
                box.toggled.connect(
                    lambda on, pid=prompt.id: self.model.set_marked("teach_back", pid, on, order)
                )
                self.teach_back[prompt.id] = box
                p.addWidget(box)
        p.addStretch(1)

        self.include.toggled.connect(self._include_toggled)
        self.discussed.toggled.connect(self._discussed_toggled)
        self._sync_controls()

    # Sizes and rebuilding --------------------------------------------------------------------
    def apply_sizes(self, sizes: Sizes) -> None:
        super().apply_sizes(sizes)
        if self.view.patient_view:
            self._columns[0][0].set_max_width(None)
        self._fit_panel()
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def set_patient_view(self, on: bool) -> None:
        """The patient's text across the full width; the clinician panel hidden."""
        self.panel_scroll.setVisible(not on)
        self.view.patient_view = on
        self._columns[0][0].set_max_width(None if on else self.sizes.px(TEXT_WIDTH))
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _fit_panel(self) -> None:
        """The clinician panel: about 310 px at 100 %, never narrower than its widest control
        (large text), never more than 45 % of the page."""
        bar = self.panel_scroll.verticalScrollBar().sizeHint().width()
        need = self.panel.minimumSizeHint().width() + bar
        wanted = max(min(self.sizes.px(310), 370), need)
        self.panel_scroll.setFixedWidth(max(200, min(wanted, int(self.width() * 0.45))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_panel()

    def prepare(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the topic text if what it depends on changed."""
        if self._dirty:
            self._dirty = False
            self.view.rebuild(self.sizes)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def load(self) -> None:
        self._dirty = True
        self._sync_controls()
        if self.isVisible():
            self.refresh()

    def on_changed(self, aspect: str) -> None:
        if aspect in TEXT_ASPECTS:
            self._dirty = True
            if self.isVisible():
                self.refresh()
        if aspect in ("sections", "visit", "marks"):
            self._sync_controls()

    # Clinician controls ------------------------------------------------------------------------
    def _sync_controls(self) -> None:
        s = self.model.session
        recommended = self.topic_id in self.model.recommended()
        for box, on in (
            (self.include, self.topic_id in self.model.included()),
            (self.discussed, self.topic_id in s.discussed),
        ):
            if box.isChecked() != on:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
        for pid, wrap in self.teach_back.items():
            on = pid in s.teach_back
            if wrap.isChecked() != on:
                wrap.box.blockSignals(True)
                wrap.setChecked(on)
                wrap.box.blockSignals(False)
        if s.handout.sections is None:
            text = (
                self.tr("Recommended for this stage: included.")
                if recommended
                else self.tr("Not recommended for this stage.")
            )
        else:
            text = (
                self.tr("Recommended for this stage. Your choice is kept.")
                if recommended
                else self.tr("Not recommended for this stage. Your choice is kept.")
            )
        self.recommendation.setText(text)
        set_role(self.recommendation, "muted")

    def _include_toggled(self, on: bool) -> None:
        self.model.set_included(self.topic_id, on)

    def _discussed_toggled(self, on: bool) -> None:
        self.model.set_marked("discussed", self.topic_id, on, list(TOPICS))

    def first_focus(self) -> QWidget:
        """The topic text, never a tick box: Space or Page Down there must not untick a section."""
        return self.text_area


class SurgeryPage(TopicPage):
    topic_id: TopicId = "surgery"


class RecoveryPage(TopicPage):
    topic_id: TopicId = "recovery"


class RecurrencePage(TopicPage):
    topic_id: TopicId = "recurrence"
    panel_hint = str(
        QT_TRANSLATE_NOOP(
            "TopicPage", "Tick, in the text, each cause that may fit this patient. It prints as ☑."
        )
    )


class SecondSurgeryPage(TopicPage):
    topic_id: TopicId = "second_surgery"
    panel_hint = str(
        QT_TRANSLATE_NOOP(
            "TopicPage", "Tick, in the text, each risk as you discuss it. It prints as ☑."
        )
    )
