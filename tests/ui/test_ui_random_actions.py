"""Random mixed actions on one window, as a hurried clinic might produce them.

A Hypothesis state machine drives the window — steps by Next/Back/shortcut/list, typing any
Unicode (``setText``: pytest-qt's keyClicks aborts on non-ASCII), pasting, ticking, text
size, the patient view, new consultations, saving and reopening with patched dialogs, and
damaged files — and checks after every action that nothing raised, that the session's
problems are known and placed on a step, and that a saved and reopened session equals the
one in memory.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hfs_desktop.domain.session import TOPICS
from hfs_desktop.storage.session_file import load_session
from hfs_desktop.ui import files
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.steps import Step

# Text with everything a paste can bring: any letters, marks, controls, direction codes.
any_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["", "Zoë Łukasiewicz", "王小明", "محمد", "\u202eevil", "<b>x</b> & y"])
dates = st.none() | st.dates(dt.date(1890, 1, 1), dt.date(2110, 12, 31))
DAMAGED = [b"", b"{", b"\xff\xfe\x00", b'{"format": "hfs-session", "version": 1}', b"[]" * 50,
           b'{"format": "hfs-session", "version": 1, "patient": {"name": 7}}']  # fmt: skip


class WindowMachine(RuleBasedStateMachine):
    window: MainWindow
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        w = self.window
        w.errors.count = 0  # each example starts clean
        w.model.set_modified(False)
        w.model.replace(w.new_session())
        w.set_presentation(False)
        if w.settings.text_size != 100:  # every example starts from the same window
            w.change_text_size(0)
        w.go_to(Step.PATIENT)
        self.boxes_shown: list[list[str]] = []
        self.counter = itertools.count()

    # Navigation ------------------------------------------------------------------------------
    @rule(step=st.sampled_from(list(Step)))
    def go_to(self, step: Step) -> None:
        self.window.go_to(step, focus=True)

    @rule(forward=st.booleans())
    def next_or_back(self, forward: bool) -> None:
        (self.window.next_action if forward else self.window.previous_action).trigger()

    @rule(row=st.integers(0, len(Step) - 1))
    def step_list(self, row: int) -> None:
        self.window.navigator.setCurrentRow(row)

    # Typing and pasting ---------------------------------------------------------------------
    @rule(text=any_text, which=st.sampled_from(["name", "preferred", "clinician", "birth_year"]))
    def type_into(self, text: str, which: str) -> None:
        getattr(self.window.patient_page, which).setText(text)

    @rule(text=any_text)
    def paste_name(self, text: str) -> None:
        page = self.window.patient_page
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        page.name.selectAll()
        page.name.paste()
        assert not any(c in page.name.text() for c in "\u202e\u202d\x00\x1b")

    @rule(text=any_text, notes=st.booleans())
    def type_notes(self, text: str, notes: bool) -> None:
        page = self.window.questions_page
        (page.notes if notes else page.questions).setPlainText(text)

    @rule(surgery=dates, visit=dates)
    def set_dates(self, surgery: dt.date | None, visit: dt.date | None) -> None:
        page = self.window.patient_page
        page.surgery_date.setDate(surgery)
        page.visit_date.setDate(visit)

    @rule(text=st.text(max_size=14))
    def type_a_date(self, text: str) -> None:
        page = self.window.patient_page
        page.surgery_date.setText(text)
        page.surgery_date.textEdited.emit(text)

    @rule(stage=st.sampled_from(["before_surgery", "after_surgery", "considering_second_surgery"]),
          twitching=st.integers(-1, 3))  # fmt: skip
    def set_stage(self, stage: str, twitching: int) -> None:
        page = self.window.patient_page
        page.stage.setCurrentIndex(page.stage.findData(stage))
        page.twitching.setCurrentIndex(twitching)

    # Ticking -----------------------------------------------------------------------------------
    @rule(pick=st.integers(0, 10_000))
    def tick(self, pick: int) -> None:
        w = self.window
        boxes = [
            *[b for page in w.topic_pages for b in page.view.check_boxes.values()],
            *[b for page in w.topic_pages for b in page.teach_back.values()],
            *[page.include for page in w.topic_pages],
            *[page.discussed for page in w.topic_pages],
            *w.questions_page.prompts.values(),
            *w.handout_page.section_boxes.values(),
        ]
        box = boxes[pick % len(boxes)]  # drawn independently of the state, for replays
        box.setChecked(not box.isChecked())

    @rule(topic=st.sampled_from(TOPICS))
    def include(self, topic: str) -> None:
        self.window.model.set_included(topic, True)  # type: ignore[arg-type]

    # View ---------------------------------------------------------------------------------------
    @rule(step=st.sampled_from([+1, -1, 0]))
    def text_size(self, step: int) -> None:
        self.window.change_text_size(step)

    @rule()
    def patient_view(self) -> None:
        self.window.presentation_action.trigger()

    # Files -------------------------------------------------------------------------------------
    @rule()
    def new_consultation(self) -> None:
        self.window.model.set_modified(False)
        assert self.window.new_consultation()
        assert self.window.model.session.patient.name == ""

    @rule()
    def save_and_reopen(self) -> None:
        w = self.window
        path = self.folder / f"s{next(self.counter)}.json"
        before = w.model.session.to_json_dict()
        problems = w.model.problems()
        files.ask_save_path = lambda *a, **k: path  # type: ignore[assignment]
        said = len(self.boxes_shown)
        saved = w.save_as()
        assert saved == (not problems)
        if not saved:
            assert len(self.boxes_shown) > said  # the problems were said
            return
        assert load_session(path).to_json_dict() == before
        assert w.open_session(path)
        assert w.model.session.to_json_dict() == before

    @rule(raw=st.sampled_from(DAMAGED) | st.binary(max_size=60))
    def open_damaged(self, raw: bytes) -> None:
        w = self.window
        path = self.folder / f"bad{next(self.counter)}.json"
        path.write_bytes(raw)
        before = w.model.session.to_json_dict()
        w.model.set_modified(False)
        said = len(self.boxes_shown)
        assert not w.open_session(path)
        assert len(self.boxes_shown) > said  # said in plain words
        assert w.model.session.to_json_dict() == before  # nothing lost

    # After every action --------------------------------------------------------------------------
    @invariant()
    def nothing_raised_and_problems_have_a_place(self) -> None:
        w = self.window
        QApplication.processEvents()
        assert w.errors.count == 0
        problems = w.model.problems()
        assert len(w.problems) == len(problems)
        for problem in problems:
            step, text = w._locate(problem)
            assert 0 <= step < len(Step) and text


def test_random_actions_never_break_the_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(
        window, "_problem_box", lambda title, intro, lines, *d: shown.append([intro, *lines])
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(list(a[1:])))
    monkeypatch.setattr(files, "ask_save_path", files.ask_save_path)  # restored afterwards
    with tempfile.TemporaryDirectory() as folder:
        WindowMachine.window = window
        WindowMachine.folder = Path(folder)
        original_init = WindowMachine.__init__

        def init(self: WindowMachine) -> None:
            original_init(self)
            self.boxes_shown = shown
            shown.clear()

        monkeypatch.setattr(WindowMachine, "__init__", init)
        run_state_machine_as_test(
            WindowMachine,
            settings=settings(
                max_examples=30,
                stateful_step_count=25,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                database=None,
            ),
        )
