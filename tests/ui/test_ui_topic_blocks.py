"""New topic blocks on screen: tables, the option grid, the values exercise (answers are
recorded in the session and print), and the clinician-only note where seeds and studies differ."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from hfs_desktop.ui.main_window import MainWindow


def labels_text(widget: object) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def test_surgery_topic_shows_grid_risks_and_records_values(window: MainWindow) -> None:
    window.patient_page.name.setText("Ana")
    window.go_to(1)
    page = window.topic_pages[0]
    page.refresh()
    text = labels_text(page.view)
    for words in [
        "How many have it",
        "MVD operation",
        "Injections",
        "Wait and check again",
        "No treatment",
        "What it involves",
        "General anaesthetic".lower(),
    ]:
        assert words in text or words in text.lower(), words
    notes = page.view.findChild(QLabel, "ClinicianNotes")
    assert notes is not None and "not printed" in notes.text()
    boxes = page.view.value_boxes
    twitch_free = boxes["Being free of twitching for good"]
    twitch_free.setCurrentIndex(twitch_free.findData("a_lot"))
    leaning = boxes["Which way are you leaning?"]
    leaning.setCurrentIndex(leaning.findData("botox"))
    sure = boxes["Do you feel sure about the best choice for you?"]
    sure.setCurrentIndex(sure.findData("no"))
    decision = window.model.session.decision
    assert decision.values == {"twitch_free": "a_lot"}
    assert decision.leaning == "botox" and decision.sure == {"sure": "no"}
    assert twitch_free.accessibleName() == "Being free of twitching for good"
    twitch_free.setCurrentIndex(0)  # "—": unanswered again
    assert decision.values == {}


def test_handout_options_record_the_diary_and_understanding_pages(window: MainWindow) -> None:
    page = window.handout_page
    page.twitch_diary.setChecked(True)
    page.check_understanding.setChecked(True)
    handout = window.model.session.handout
    assert handout.twitch_diary and handout.check_understanding
    assert window.model.session.to_json_dict()["handout"]["twitch_diary"] is True
