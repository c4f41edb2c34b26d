"""The notes' reading-level meter: offline Flesch-Kincaid with a vowel-group syllable count."""

from __future__ import annotations

import pytest

from hfs_desktop.ui.reading_level import count_sentences, count_syllables, reading_level


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("nerve", 1),
        ("the", 1),
        ("vessel", 2),
        ("people", 2),
        ("surgery", 3),
        ("asked", 1),
        ("wanted", 2),
        ("places", 2),
        ("makes", 1),
        ("decompression", 4),
        ("little", 2),
        ("I", 1),
    ],
)
def test_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_sentences_count_ends_and_list_lines() -> None:
    assert count_sentences("One. Two! Three?") == 3
    assert count_sentences("Bring your medicines\nCall if it gets worse.") == 2
    assert count_sentences("Dr. Smith") == 1 + 1  # an abbreviation counts as an end: a hint


def test_plain_notes_read_low_and_dense_notes_read_high() -> None:
    plain = reading_level("Take your pills each day. Call us if it gets worse. Rest well.")
    dense = reading_level(
        "Postoperative microvascular decompression outcomes demonstrate considerable "
        "interindividual variability, necessitating longitudinal neurophysiological "
        "surveillance and individualized multidisciplinary rehabilitation strategies."
    )
    assert plain is not None and plain.plain and plain.rounded <= 4
    assert dense is not None and not dense.plain and dense.rounded >= 16


def test_no_english_words_gives_no_level() -> None:
    assert reading_level("") is None
    assert reading_level("我需要再做一次手术吗？") is None
    assert reading_level("12 / 03 / 2027") is None


def test_meter_on_the_page(window: object) -> None:
    page = window.questions_page  # type: ignore[attr-defined]
    page.notes.setPlainText("Rest well. Call us if it gets worse.")
    assert page.reading.text().startswith("Reading level: grade")
    assert page.reading.property("role") == "ok"
    page.notes.setPlainText(
        "Postoperative microvascular decompression outcomes demonstrate considerable "
        "interindividual variability necessitating longitudinal surveillance."
    )
    assert page.reading.property("role") == "warning"
    assert "shorter sentences" in page.reading.text()
