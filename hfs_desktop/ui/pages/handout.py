"""Step 7, Handout: the exact PDF as it will print, with its options, Save PDF and Print.

The preview is the real handout: ``render_handout`` runs off the GUI thread
(``ui.preview.PreviewRenderer``), and its bytes are shown with QPdfDocument/QPdfView from an
in-memory QBuffer — no temporary file. Two documents take turns so the view keeps showing the
previous version until the new one is loaded.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hfs_desktop.domain.palette import color
from hfs_desktop.domain.session import TOPICS, TopicId
from hfs_desktop.domain.validation import Problem
from hfs_desktop.ui.accessibility import label_for
from hfs_desktop.ui.model import SessionModel
from hfs_desktop.ui.pages.base import Page
from hfs_desktop.ui.pages.handout_language import HandoutLanguageBox
from hfs_desktop.ui.pdf_turns import PdfTurns
from hfs_desktop.ui.preview import PreviewRenderer
from hfs_desktop.ui.steps import topic_titles
from hfs_desktop.ui.theme import ACCENT, Sizes
from hfs_desktop.ui.widgets import ComboBox, muted_label, set_role
from hfs_desktop.ui.window_language import join_list


class HandoutPage(Page):
    saveRequested = Signal()
    printRequested = Signal()

    def __init__(
        self,
        model: SessionModel,
        title: str,
        renderer: PreviewRenderer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, title, parent)
        self.renderer = renderer
        self.topic_titles = topic_titles()
        self.pages = 0
        self.shown_at = 0.0
        if hasattr(self, "page_label"):
            self._show_page_number()  # perf_counter() when the newest PDF was put on screen
        self.turns = PdfTurns(self)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)

        panel = QFrame(self)
        panel.setObjectName("ClinicianPanel")
        side = QScrollArea(self)
        side.setWidgetResizable(True)
        side.setFrameShape(QScrollArea.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(panel)
        side.setAccessibleName(self.tr("Handout options"))
        self.side = side
        row.addWidget(side, 0)

        p = QVBoxLayout(panel)
        p.setContentsMargins(18, 16, 18, 16)
        p.setSpacing(8)
        p.addWidget(self.title_label(self.step_title))
        p.addWidget(muted_label(self.tr("This is exactly what will print."), panel))

        p.addSpacing(8)
        sections = QLabel(self.tr("Sections"), panel)
        sections.setProperty("role", "section")
        p.addWidget(sections)
        self.section_boxes: dict[TopicId, QCheckBox] = {}
        mnemonics = {
            "surgery": self.tr("The s&urgery"),
            "recovery": self.tr("Re&covery"),
            "recurrence": self.tr("If t&witching returns"),
            "second_surgery": self.tr("Second surg&ery"),
        }
        for tid in TOPICS:
            box = QCheckBox(mnemonics[tid], panel)
            box.toggled.connect(lambda on, t=tid: self.model.set_included(t, on))
            self.section_boxes[tid] = box
            p.addWidget(box)
        self.recommended_note = muted_label("", panel)
        p.addWidget(self.recommended_note)
        self.use_recommended = QPushButton(self.tr("Use &recommended"), panel)
        self.use_recommended.setToolTip(self.tr("Include the sections recommended for this stage"))
        self.use_recommended.clicked.connect(self.model.use_recommended_sections)
        p.addWidget(self.use_recommended, 0, Qt.AlignmentFlag.AlignLeft)

        p.addSpacing(10)
        paper_label = QLabel(self.tr("&Paper size"), panel)
        paper_label.setProperty("role", "section")
        self.paper = ComboBox(panel)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        label_for(paper_label, self.paper)
        p.addWidget(paper_label)
        p.addWidget(self.paper)
        self.large_print = QCheckBox(self.tr("&Large print"), panel)
        large_note = muted_label(self.tr("Body text 14 pt and more."), panel)
        self.large_print.setAccessibleDescription(large_note.text())
        p.addWidget(self.large_print)
        # Optional pages the session records (handout.twitch_diary / check_understanding);
        # short labels, so the options column stays narrow at large text.
        self.twitch_diary = QCheckBox(self.tr("&Diary page"), panel)
        self.twitch_diary.setAccessibleDescription(
            self.tr("Adds a twitch diary page to the handout.")
        )
        self.check_understanding = QCheckBox(self.tr("&Teach-back page"), panel)
        self.check_understanding.setAccessibleDescription(
            self.tr('Prints the teach-back questions as "Check your understanding".')
        )
        p.addWidget(self.twitch_diary)
        p.addWidget(self.check_understanding)
        p.addWidget(large_note)

        p.addSpacing(10)
        self.languages = HandoutLanguageBox(model, panel)  # step 1's choice, bilingual switch
        p.addWidget(self.languages)

        p.addSpacing(14)
        self.save_button = QPushButton(self.tr("&Save PDF…"), panel)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.saveRequested)
        self.print_button = QPushButton(self.tr("Pr&int…"), panel)
        self.print_button.clicked.connect(self.printRequested)
        p.addWidget(self.save_button)
        p.addWidget(self.print_button)
        p.addSpacing(8)
        self.status = QLabel(panel)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        p.addWidget(self.status)
        self.checks_label = QLabel(panel)  # what stops this handout going out
        self.checks_label.setObjectName("HandoutChecks")
        self.checks_label.setWordWrap(True)
        self.checks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checks_label.setProperty("role", "error")
        self.checks_label.hide()
        p.addWidget(self.checks_label)
        p.addSpacing(10)
        preview_heading = QLabel(self.tr("Preview"), panel)
        preview_heading.setProperty("role", "section")
        p.addWidget(preview_heading)
        p.addLayout(self._view_bar())
        p.addStretch(1)

        self.view = QPdfView(self)
        self.view.setObjectName("PdfPreview")
        self.view.setAccessibleName(self.tr("Handout preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setStyleSheet(
            f"QPdfView {{ background: {color('preview_backdrop')}; border-radius: 8px; "
            f"border: 3px solid {color('preview_backdrop')}; }}"
            f"QPdfView:focus {{ border: 3px solid {ACCENT}; }}"
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        # Pages shown while a newer handout is being made are dimmed: they are out of date.
        self.dim = QWidget(self.view.viewport())
        self.dim.setObjectName("PreviewOutdated")
        self.dim.setStyleSheet("QWidget#PreviewOutdated { background: rgba(255, 255, 255, 140); }")
        self.dim.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.dim.hide()
        self._dimmed = False
        self.view.viewport().installEventFilter(self)

        self.paper.currentIndexChanged.connect(self._write_options)
        self.large_print.toggled.connect(self._write_options)
        self.twitch_diary.toggled.connect(self._write_options)
        self.check_understanding.toggled.connect(self._write_options)
        renderer.ready.connect(self._show_pdf)
        renderer.failed.connect(self._show_failure)
        renderer.busyChanged.connect(self._busy)
        self.load()

    # The preview's own controls: page x of y, zoom, fit width / whole page ------------------
    def _view_bar(self) -> QGridLayout:
        """Page x of y, then the zoom buttons two by two (one column at large text)."""
        bar = QGridLayout()
        bar.setSpacing(6)
        self._zoom_grid = bar
        self.page_label = QLabel(self)
        self.page_label.setObjectName("PreviewPage")
        self.page_label.setProperty("role", "muted")
        self.page_label.setWordWrap(True)
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.fit_width = QPushButton(self.tr("Fit &width"), self)
        self.fit_page = QPushButton(self.tr("Whole pa&ge"), self)
        bar.addWidget(self.page_label, 0, 0, 1, 2)
        for button, action in (
            (self.zoom_out, lambda: self._zoom(1 / 1.25)),
            (self.zoom_in, lambda: self._zoom(1.25)),
            (self.fit_width, lambda: self._fit(QPdfView.ZoomMode.FitToWidth)),
            (self.fit_page, lambda: self._fit(QPdfView.ZoomMode.FitInView)),
        ):
            button.clicked.connect(action)
        self._place_zoom_buttons(2)
        return bar

    def _place_zoom_buttons(self, columns: int) -> None:
        buttons = (self.zoom_out, self.zoom_in, self.fit_width, self.fit_page)
        for i, button in enumerate(buttons):
            self._zoom_grid.removeWidget(button)
            self._zoom_grid.addWidget(button, 1 + i // columns, i % columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.dim.setGeometry(self.view.viewport().rect())
        return super().eventFilter(watched, event)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # From a fitted view, start at the scale it shows (page width to view width).
            page = self.document().pagePointSize(0) if self.pages else None
            if page is not None and page.width() > 0:
                current = self.view.viewport().width() / (page.width() * 96 / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    def _show_page_number(self, page: int = 0) -> None:
        if self.pages:
            self.page_label.setText(
                self.tr("Page {n} of {total}").format(n=page + 1, total=self.pages)
            )
        else:
            self.page_label.setText("")

    def apply_sizes(self, sizes: Sizes) -> None:
        super().apply_sizes(sizes)
        self._place_zoom_buttons(2 if sizes.scale <= 1.3 else 1)
        self._fit_side()

    def _fit_side(self) -> None:
        """The options column: about 320 px at 100 %, never narrower than its widest control
        (large text), never more than half the page."""
        side = self.side.widget()
        need = side.minimumSizeHint().width() if side is not None else 0
        bar = self.side.verticalScrollBar().sizeHint().width()
        wanted = max(min(self.sizes.px(320), 380), need + bar)
        self.side.setFixedWidth(max(220, min(wanted, int(self.width() * 0.5))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_side()

    def show_problems(self, problems: list[Problem], strict: bool) -> None:
        """Say, beside the preview, what must be fixed before this handout goes out."""
        if self.checks:
            lines = "\n".join(f"• {check.message}" for check in self.checks)
            self.checks_label.setText(self.tr("Before it goes out:") + "\n" + lines)
        self.checks_label.setVisible(bool(self.checks))

    def first_focus(self) -> QWidget:
        return self.save_button

    def prepare(self) -> None:
        self.renderer.request_now()  # no-op when the preview is current

    # Model -> widgets --------------------------------------------------------------------------
    def load(self) -> None:
        s = self.model.session
        options = (self.paper, self.large_print, self.twitch_diary, self.check_understanding)
        for w in options:
            w.blockSignals(True)
        self.paper.setCurrentIndex(self.paper.findData(s.handout.paper))
        self.large_print.setChecked(s.handout.large_print)
        self.twitch_diary.setChecked(s.handout.twitch_diary)
        self.check_understanding.setChecked(s.handout.check_understanding)
        for w in options:
            w.blockSignals(False)
        self._sync_sections()
        self.languages.sync()
        self.forget_preview()

    def on_changed(self, aspect: str) -> None:
        if aspect in ("sections", "visit"):
            self._sync_sections()
        if aspect in ("language", "handout"):
            self.languages.sync()

    def _sync_sections(self) -> None:
        included = set(self.model.included())
        for tid, box in self.section_boxes.items():
            if box.isChecked() != (tid in included):
                box.blockSignals(True)
                box.setChecked(tid in included)
                box.blockSignals(False)
        names = join_list(self.topic_titles[t] for t in self.model.recommended())
        if self.model.session.handout.sections is None:
            self.recommended_note.setText(
                self.tr("Recommended for this stage: {names}.").format(names=names)
            )
        else:
            self.recommended_note.setText(
                self.tr("Your own choice. Recommended: {names}.").format(names=names)
            )
        self.use_recommended.setEnabled(self.model.session.handout.sections is not None)

    def _write_options(self) -> None:
        self.model.update(
            "handout",
            lambda s: s.handout,
            paper=self.paper.currentData(),
            large_print=self.large_print.isChecked(),
            twitch_diary=self.twitch_diary.isChecked(),
            check_understanding=self.check_understanding.isChecked(),
        )

    # Preview -----------------------------------------------------------------------------------
    def document(self) -> QPdfDocument:
        """The document on screen (for printing)."""
        return self.turns.current()

    def forget_preview(self) -> None:
        """Drop the shown PDF and its bytes (new consultation, or before another patient)."""
        self.view.setDocument(self.turns.blank)
        self.turns.clear()
        self.pages = 0
        self.shown_at = 0.0
        if hasattr(self, "page_label"):
            self._show_page_number()
        self._say(self.tr("Preparing the preview…"), "hint")

    def _show_pdf(self, pdf: bytes, pages: int) -> None:
        bar = self.view.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        doc = self.turns.load(pdf)
        if doc is None:
            self._show_failure("load")
            return
        self.view.setDocument(doc)
        if ratio:
            bar.setValue(round(ratio * bar.maximum()))
        self.pages = doc.pageCount()
        self.shown_at = time.perf_counter()
        self._show_page_number(self.view.pageNavigator().currentPage())
        self._dimmed = False
        self.dim.hide()
        self._say(
            self.tr("Preview up to date: {n} pages, {paper}.").format(
                n=self.pages, paper=self.paper.currentText()
            ),
            "ok",
        )

    def _say(self, text: str, role: str) -> None:
        """Show the preview's state, and have a screen reader announce it."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if text == self.status.text():
            return  # said already (the preview goes stale at every keystroke)
        self.status.setText(text)
        set_role(self.status, role)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.status, text))

    def _show_failure(self, kind: str) -> None:
        self._say(
            self.tr(
                "The preview could not be made. Your work is safe; try again after the next "
                "change. ({kind})"
            ).format(kind=kind),
            "error",
        )

    def _busy(self, busy: bool) -> None:
        if busy:
            self._say(self.tr("Updating the preview…"), "hint")
            # Python-side state, not dim.isVisible(): a bool returned by PySide6 6.12 steals a
            # reference to True, and this runs at every keystroke (see qt_compat.py).
            if self.pages and not self._dimmed:
                self._dimmed = True
                self.dim.setGeometry(self.view.viewport().rect())
                self.dim.show()
