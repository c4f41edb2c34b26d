"""A whole consultation for each stage: from an empty window to a saved handout PDF.

Everything goes through the controls a clinician uses (fields, check boxes, Next, the Save PDF
button); file dialogs are answered by the test. Names are set with ``setText`` because
pytest-qt's ``keyClicks`` aborts on non-ASCII text.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hfs_desktop.storage.session_file import load_session
from hfs_desktop.ui.main_window import MainWindow
from hfs_desktop.ui.steps import STEP_TOPICS, Step

TITLES = {
    "surgery": "The surgery for hemifacial spasm",
    "recovery": "Recovery after the surgery",
    "recurrence": "If twitching comes back",
    "second_surgery": "A second surgery",
}


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def visit_every_step(qtbot: QtBot, window: MainWindow) -> None:
    """Walk the steps with the Next button, as a clinician would: Next passes over topics
    that are neither recommended for this patient nor in the handout."""
    window.go_to(0)
    wanted = set(window.model.included()) | set(window.model.recommended())
    expected = [s for s in Step if s not in STEP_TOPICS or STEP_TOPICS[s] in wanted]
    for step in expected[1:]:
        click(qtbot, window.next_button)
        assert window.current_step() == step
        assert window.stack.currentWidget() is window.pages[step]
    assert not window.next_button.isEnabled()  # Review & finish is the last step


CASES = [
    # stage, twitching, surgery offset (days before visit), name, preferred, expect, leave out
    (
        "before_surgery",
        None,
        None,
        "Zoë Łukasiewicz-Ñúñez",
        "",
        ["surgery", "recovery"],
        ["recurrence", "second_surgery"],
    ),
    (
        "after_surgery",
        "returned",
        300,
        "王小明",
        "",
        ["recovery", "recurrence", "second_surgery"],
        ["surgery"],
    ),
    (
        "considering_second_surgery",
        "unchanged",
        270,
        "Αλέξανδρος Παπαδόπουλος",
        "Alex",
        ["recovery", "recurrence", "second_surgery"],
        ["surgery"],
    ),
]


@pytest.mark.parametrize(
    ("stage", "twitching", "days", "name", "preferred", "shown", "left"), CASES
)
def test_consultation_to_saved_pdf(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: object,
    wait_preview: Callable[[MainWindow], None],
    tmp_path: Path,
    stage: str,
    twitching: str | None,
    days: int | None,
    name: str,
    preferred: str,
    shown: list[str],
    left: list[str],
) -> None:
    page = window.patient_page
    assert page.name.text() == ""
    assert window.model.session.patient.name == ""

    # Step 1: patient and visit
    page.name.setText(name)
    page.preferred.setText(preferred)
    qtbot.keyClicks(page.birth_year, "1957")
    click(qtbot, page.side_buttons["left"])
    page.stage.setCurrentIndex(page.stage.findData(stage))
    assert page.twitching.isEnabled() == (stage != "before_surgery")
    assert page.surgery_date.isEnabled() == (stage != "before_surgery")
    if twitching is not None and days is not None:
        page.twitching.setCurrentIndex(page.twitching.findData(twitching))
        visit = page.visit_date.date()
        page.surgery_date.setDate(visit.addDays(-days))
    s = window.model.session
    assert (s.patient.name, s.patient.birth_year, s.patient.affected_side) == (name, 1957, "left")
    assert s.stage == stage and s.twitching == twitching
    assert window.model.problems() == []
    assert window.isWindowModified()

    # The stage stresses its topics in the navigator, and sets the handout's default sections.
    for row, topic in enumerate(TITLES, start=1):
        recommended, _discussed = window.navigator.marks(row)
        assert recommended == (topic in shown), topic

    visit_every_step(qtbot, window)

    # Steps 2-5: mark what was discussed; tick causes, risks and a teach-back prompt.
    for topic_page in window.topic_pages:
        window.go_to(window.pages.index(topic_page))
        assert topic_page.include.isChecked() == (topic_page.topic_id in shown)
        if topic_page.topic_id in shown:
            click(qtbot, topic_page.discussed)
    recurrence, second = window.topic_pages[2], window.topic_pages[3]
    window.go_to(3)
    first_cause = next(iter(recurrence.view.check_boxes))
    click(qtbot, recurrence.view.check_boxes[first_cause].box)
    window.go_to(4)
    first_risk = next(iter(second.view.check_boxes))
    click(qtbot, second.view.check_boxes[first_risk].box)
    first_prompt = next(iter(second.teach_back))
    click(qtbot, second.teach_back[first_prompt].label)  # clicking the words ticks the box
    assert s.causes_relevant == [first_cause]
    assert s.risks_discussed == [first_risk]
    assert s.teach_back == [first_prompt]
    # A tick in a section the handout leaves out would never print: the window says so, and
    # Save PDF waits until it is settled (here: the tick is taken back).
    codes = {check.code for check in window.checks}
    for step, page, item in ((3, recurrence, first_cause), (4, second, first_risk)):
        if page.topic_id not in shown:
            assert f"ticks_left_out:{page.topic_id}" in codes
            window.go_to(step)
            click(qtbot, page.view.check_boxes[item].box)
    assert window.checks == []
    assert s.discussed == [t for t in TITLES if t in shown]
    for row, topic in enumerate(TITLES, start=1):
        assert window.navigator.marks(row)[1] == (topic in shown)

    # Step 6: questions and notes
    window.go_to(5)
    questions = window.questions_page
    first_question = next(iter(questions.prompts))
    click(qtbot, questions.prompts[first_question].box)
    questions.questions.setPlainText("Can I drive after the operation?\n\nWer hilft mir zu Hause?")
    questions.notes.setPlainText("Bring your list of medicines. <b>Not bold</b> & safe.")
    assert s.question_prompts == [first_question]
    assert s.questions == ["Can I drive after the operation?", "Wer hilft mir zu Hause?"]

    # Step 7: the handout, previewed, then saved as a PDF
    window.go_to(6)
    wait_preview(window)
    handout = window.handout_page
    assert [t for t, box in handout.section_boxes.items() if box.isChecked()] == shown
    out = tmp_path / "handout.pdf"
    dialogs.pdf = out  # type: ignore[attr-defined]
    click(qtbot, handout.save_button)
    assert out.is_file()
    today = dt.date.today().isoformat()
    assert dialogs.suggested == [f"hfs-handout-{today}.pdf"]  # type: ignore[attr-defined]
    text = pdf_text(out)
    assert (preferred or name) in text
    for topic in shown:
        assert TITLES[topic] in text, topic
    for topic in left:
        assert TITLES[topic] not in text, topic
    assert "Can I drive after the operation?" in text
    assert "<b>Not bold</b> & safe." in text  # typed text prints as typed, never as markup
    assert out.read_bytes() == window.renderer.current_pdf()  # the saved PDF is the preview

    # And the session itself saves and reopens with everything marked.
    dialogs.session = tmp_path / "visit.json"  # type: ignore[attr-defined]
    assert window.save()
    again = load_session(tmp_path / "visit.json")
    assert again.to_json_dict() == s.to_json_dict()
    assert not window.isWindowModified()


def test_clinician_choice_of_sections_reaches_the_pdf(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: object,
    wait_preview: Callable[[MainWindow], None],
    tmp_path: Path,
) -> None:
    window.patient_page.name.setText("Ana Pérez")
    window.go_to(1)
    surgery = window.topic_pages[0]
    assert surgery.include.isChecked()  # before surgery: recommended
    click(qtbot, surgery.include)  # leave it out
    window.go_to(6)
    handout = window.handout_page
    click(qtbot, handout.section_boxes["second_surgery"])  # add one that is not recommended
    assert window.model.session.handout.sections == ["recovery", "second_surgery"]
    assert handout.use_recommended.isEnabled()
    handout.large_print.setChecked(True)
    handout.paper.setCurrentIndex(handout.paper.findData("letter"))
    wait_preview(window)
    out = tmp_path / "choice.pdf"
    dialogs.pdf = out  # type: ignore[attr-defined]
    assert window.save_pdf()
    text = pdf_text(out)
    assert TITLES["second_surgery"] in text and TITLES["surgery"] not in text
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 612) < 1  # US Letter
    click(qtbot, handout.use_recommended)
    assert window.model.session.handout.sections is None
    assert surgery.include.isChecked()


def test_date_order_and_missing_date_show_under_the_fields(window: MainWindow) -> None:
    page = window.patient_page
    page.name.setText("Test Person")
    page.stage.setCurrentIndex(page.stage.findData("after_surgery"))
    # After surgery with no date and no twitching yet: gentle hints, not errors.
    assert page.messages["surgery_date"].isVisible()
    assert page.messages["surgery_date"].property("role") == "hint"
    assert page.messages["twitching"].isVisible()
    page.twitching.setCurrentIndex(page.twitching.findData("improving"))
    assert not page.messages["twitching"].isVisible()
    visit = page.visit_date.date()
    page.surgery_date.setDate(visit.addDays(3))
    message = page.messages["surgery_date"]
    assert message.isVisible() and message.property("role") == "error"
    assert "after the visit date" in message.text()
    page.surgery_date.setDate(visit.addDays(-30))
    assert not message.isVisible()
    # Back to "before surgery": the date is kept in the field but not in the session.
    page.stage.setCurrentIndex(page.stage.findData("before_surgery"))
    assert not page.surgery_date.isEnabled()
    assert window.model.session.surgery_date is None
    assert window.model.problems() == []
    page.stage.setCurrentIndex(page.stage.findData("after_surgery"))
    assert window.model.session.surgery_date == page.surgery_date.date().toPython()
    page.birth_year.setText("19")
    assert "four digits" in page.messages["patient.birth_year"].text()
    page.birth_year.setText("2090")
    assert "after the visit" in page.messages["patient.birth_year"].text()
    assert QDate.currentDate() == page.visit_date.date()  # the visit defaults to today


def test_empty_name_is_a_hint_until_save(
    qtbot: QtBot, window: MainWindow, dialogs: object, tmp_path: Path
) -> None:
    message = window.patient_page.messages["patient.name"]
    assert message.isVisible() and message.property("role") == "hint"
    window.go_to(5)
    window.questions_page.notes.setPlainText("Some notes.")
    dialogs.session = tmp_path / "never.json"  # type: ignore[attr-defined]
    seen: list[str] = []
    window._problem_box = lambda title, intro, lines, *details: seen.extend(lines)  # type: ignore[method-assign]
    assert not window.save()
    assert not (tmp_path / "never.json").exists()
    assert any("patient's name" in line for line in seen)
    assert window.current_step() == 0  # taken to the field
    assert message.property("role") == "error"


def test_long_text_is_counted_never_cut(window: MainWindow) -> None:
    page = window.patient_page
    long_name = "Ä" * 310
    page.name.setText(long_name)
    assert page.name.text() == long_name  # nothing silently truncated
    assert window.model.session.patient.name == long_name
    assert not page.name_counter.isVisible()  # one message past the limit, not two
    assert "Too long: 310 characters" in page.messages["patient.name"].text()
    questions = window.questions_page
    questions.notes.setPlainText("word " * 6001)
    assert len(window.model.session.notes) == 30_005
    assert "too many" in questions.notes_counter.text()
    assert questions.notes_message.isVisibleTo(questions)
    assert "too long" in questions.notes_message.text()
    questions.questions.setPlainText("\n".join(f"Question {i}?" for i in range(201)))
    assert "201 / 200" in questions.questions_counter.text()
    assert len(window.model.session.questions) == 201
