"""Benefits and harms in equal detail (IPDAS C1): every choice in every option grid has a
relief icon array and harm icon arrays, out of the same 100 people, drawn the same way; a
figure always carries its source, and "not known" never shows a number."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from hfs_desktop.domain import document as d
from hfs_desktop.domain import pictures as pic
from hfs_desktop.domain.content import load_content
from hfs_desktop.domain.pictures.options import (
    Panel,
    benefit_panels,
    count_words,
    harm_panels,
)
from hfs_desktop.domain.scene import Rect, Scene, Text
from hfs_desktop.domain.session import Patient, Session

LANGUAGES = ("en", "es", "zh-Hans")
GRIDS = ("first", "second")


def people(scene: Scene) -> int:
    """Person bodies in a scene (a rounded rect per person)."""
    return sum(1 for s in scene.shapes if isinstance(s, Rect) and s.radius > 0)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("grid_id", GRIDS)
def test_every_choice_has_a_relief_array_and_harm_arrays_out_of_100(
    language: str, grid_id: str
) -> None:
    content = load_content(language)
    grid = content.options.grids[grid_id]
    names = [o.name for o in grid.options]
    benefits, harms = benefit_panels(content, grid), harm_panels(content, grid)
    assert [p.name for p in benefits] == names
    # the harms come in the same order of choices, every choice with at least one
    assert list(dict.fromkeys(p.name for p in harms)) == names
    for panel in (*benefits, *harms):
        if panel.low is not None:
            assert panel.high is not None and 0 <= panel.low <= panel.high <= pic.DENOMINATOR
    for kind, panels in ((f"options_{grid_id}", benefits), (f"harms_{grid_id}", harms)):
        scene = pic.picture_for(kind, session("before_surgery", language), content)
        # 100 people in every array with a figure; none where no figure is known
        known = [p for p in panels if p.low is not None]
        assert people(scene) == pic.DENOMINATOR * len(known)
        # the same words under every array: the count, or "not known"
        counts = [count_words(pic.picture_words(content), p.low, p.high) for p in panels]
        bold = [t.text for t in scene.shapes if isinstance(t, Text) and t.bold]
        for count in counts:
            assert count.split()[0] in " ".join(bold)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_figure_in_an_array_carries_its_source(language: str) -> None:
    content = load_content(language)
    known = {s.id for s in content.sources}
    for grid_id in GRIDS:
        grid = content.options.grids[grid_id]
        for kind, panels in (
            (f"options_{grid_id}", benefit_panels(content, grid)),
            (f"harms_{grid_id}", harm_panels(content, grid)),
        ):
            caption = pic.picture_for(kind, session("before_surgery", language), content).caption
            for panel in panels:
                if panel.low is None:
                    continue
                assert panel.sources and set(panel.sources) <= known, panel
                assert all(re.search(rf"\b{s}\b", caption) for s in panel.sources), caption


def test_not_known_and_fewer_than_one_never_show_a_number() -> None:
    content = load_content("en")
    words = pic.picture_words(content)
    unknown = count_words(words, None, None)
    assert unknown == "Not known" and not re.search(r"\d", unknown)
    assert count_words(words, 0, 0) == "Fewer than 1 in 100"  # never "0 out of 100"
    assert count_words(words, 5, 10) == "5 to 10 out of 100"
    # waiting before a second MVD: our sources give no figure (13 out of 100 counted people
    # whose twitching never stopped), so the picture says so
    second = content.options.grids["second"]
    wait = next(p for p in benefit_panels(content, second) if p.name == "Wait and check again")
    assert wait == Panel("Wait and check again", "", None, None, ())
    scene = pic.picture_for("options_second", session("considering_second_surgery"), content)
    said = next(part for part in scene.alt_text.split(".") if "Wait and check again" in part)
    assert "Not known" in said and not re.search(r"\d", said)
    assert "A question mark" in scene.caption
    assert "13 out of 100" not in scene.alt_text
    # a stroke or death after a first MVD: fewer than 1 in 1,000, shown plainly
    first = harm_panels(content, content.options.grids["first"])
    stroke = next(p for p in first if p.label == "A stroke, or death")
    assert (stroke.low, stroke.high) == (0, 0) and stroke.sources == ("E1",)
    # a second MVD's harms are higher than a first's, and drawn as ranges
    second_harms = harm_panels(content, second)
    face = next(p for p in second_harms if p.label == "A weak face that lasts")
    assert (face.low, face.high) == (5, 10)


def test_the_pictures_are_blocks_of_the_topics_so_screen_and_paper_show_them() -> None:
    """The window's topic pages draw the same Picture blocks the handout prints."""
    content = load_content("en")
    cases = (
        ("before_surgery", "surgery", ["options_first", "harms_first"]),
        ("considering_second_surgery", "second_surgery", ["options_second", "harms_second"]),
    )
    for stage, topic, kinds in cases:
        blocks = d.topic_blocks(content.topics[topic], session(stage), content)
        shown = [b.kind for b in blocks if isinstance(b, d.Picture)]
        assert [k for k in shown if k in kinds] == kinds


def test_a_tall_picture_cuts_between_rows_and_loses_nothing() -> None:
    content = load_content("en")
    scene = pic.picture_for("harms_second", session("considering_second_surgery"), content)
    parts = scene.parts()
    assert len(parts) == 2 == len(scene.breaks) + 1
    assert sum(p.height for p in parts) == pytest.approx(scene.height)
    assert sum(len(p.shapes) for p in parts) == len(scene.shapes)
    assert people(parts[0]) == 2 * pic.DENOMINATOR and people(parts[1]) == 0  # 4, then 3
    assert all(p.width == scene.width for p in parts)
    # a picture without breaks stays whole
    single = pic.picture_for("options_first", session("before_surgery"), content)
    assert single.parts() == [single]


def session(stage: str, language: str = "en") -> Session:
    s = Session(
        stage=stage,  # type: ignore[arg-type]
        patient=Patient("Ana", affected_side="left"),
        visit_date=dt.date(2026, 3, 1),
    )
    if stage != "before_surgery":
        s.surgery_date, s.twitching = dt.date(2025, 3, 1), "returned"
    s.handout.language = language
    return s


def test_a_clinic_figure_for_a_harm_is_drawn_and_cited_as_the_clinics() -> None:
    """A clinic's own count replaces the published one in the harm's array, and the array
    cites the clinic (C1), not the study it replaced; 1 in 212 rounds to "Fewer than 1"."""
    from hfs_desktop.domain.clinic_outcomes import ClinicOutcomes, with_clinic_outcomes

    outcomes = ClinicOutcomes(
        "Riverside Clinic", "2019 to 2024", 212, (("hearing_loss_lasting", 1),)
    )
    content = with_clinic_outcomes(load_content("en"), outcomes)
    panels = harm_panels(content, content.options.grids["first"])
    hearing = next(p for p in panels if p.label == "Hearing loss that lasts")
    assert (hearing.low, hearing.high, hearing.sources) == (0, 0, ("C1",))
    s = session("before_surgery")
    s.clinic.outcomes = outcomes
    scene = pic.picture_for("harms_first", s, load_content("en"))
    assert "Hearing loss that lasts: Fewer than 1 in 100." in scene.alt_text
    assert "C1" in scene.caption
