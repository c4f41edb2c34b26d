"""Personalization rules: dates across month ends, phases, check-up point, default sections."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from hfs_desktop.domain import personalize as p
from hfs_desktop.domain.content import DateStyle, load_content
from hfs_desktop.domain.session import HandoutOptions, Session

D = dt.date


@pytest.mark.parametrize(
    ("start", "offset", "expected"),
    [
        (D(2026, 8, 31), "6m", D(2027, 2, 28)),
        (D(2023, 8, 31), "6m", D(2024, 2, 29)),  # leap year
        (D(2024, 2, 29), "12m", D(2025, 2, 28)),
        (D(2026, 1, 31), "3m", D(2026, 4, 30)),
        (D(2026, 12, 30), "2w", D(2027, 1, 13)),
        (D(2026, 12, 31), "3d", D(2027, 1, 3)),
        (D(2024, 2, 29), "1y", D(2025, 2, 28)),
    ],
)
def test_add_offset_handles_month_ends(start: dt.date, offset: str, expected: dt.date) -> None:
    assert p.add_offset(start, offset) == expected


def test_bad_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="Bad milestone offset"):
        p.add_offset(D(2026, 1, 1), "6 months")


def test_months_between() -> None:
    # consistent with add_offset: 31 Aug + 3 months is 30 Nov, the 3-month point
    assert p.months_between(D(2026, 8, 31), D(2026, 11, 29)) == 2
    assert p.months_between(D(2026, 8, 31), D(2026, 11, 30)) == 3
    assert p.months_between(D(2026, 8, 31), D(2026, 8, 1)) == 0


def test_date_format_follows_the_content_pack() -> None:
    content = load_content("en")
    assert p.format_date(D(2027, 6, 3), content) == "3 June 2027"
    assert p.format_date(D(2028, 2, 29), content) == "29 February 2028"
    assert p.format_date(D(2026, 12, 31), content) == "31 December 2026"
    us = replace(content, dates=DateStyle("{month} {day}, {year}", content.dates.months))
    assert p.format_date(D(2027, 6, 3), us) == "June 3, 2027"


@pytest.mark.parametrize(
    "dates, complaint",
    [
        ({"pattern": "{day} {month}", "months": ["m"] * 12}, "pattern must use"),
        ({"pattern": "{day} {month} {year} {hour}", "months": ["m"] * 12}, "pattern must use"),
        ({"pattern": "{day} {month} {year} {", "months": ["m"] * 12}, "pattern must use"),
        ({"pattern": "{day.x} {month} {year}", "months": ["m"] * 12}, "pattern must use"),
        ({"pattern": 3, "months": ["m"] * 12}, "pattern must use"),
        ({"pattern": "{day} {month} {year}", "months": ["m"] * 11}, "12 month names"),
        ({"pattern": "{day} {month} {year}", "months": ["m"] * 11 + [" "]}, "12 month names"),
        ({"pattern": "{day} {month} {year}"}, "missing key 'months'"),
    ],
)
def test_a_bad_date_style_is_refused_with_a_clear_message(
    dates: dict[str, object], complaint: str
) -> None:
    from hfs_desktop.domain.content import ContentError
    from hfs_desktop.domain.content.language import _date_style

    with pytest.raises(ContentError, match=re.escape(complaint)):
        _date_style({"dates": dates})


def after(surgery: dt.date, visit: dt.date, twitching: str) -> Session:
    return Session(
        stage="after_surgery",
        surgery_date=surgery,
        visit_date=visit,
        twitching=twitching,  # type: ignore[arg-type]
    )


def test_check_up_starts_exactly_at_six_months() -> None:
    surgery = D(2026, 8, 31)
    # 183 days, the same bound as the phases and key points in the content (not the calendar
    # month: 31 August + 6 months is 28 February, only 181 days)
    assert not p.needs_check_up(after(surgery, D(2027, 3, 1), "unchanged"))  # 182 days
    assert p.needs_check_up(after(surgery, D(2027, 3, 2), "unchanged"))  # 183 days
    assert p.needs_check_up(after(surgery, D(2027, 9, 1), "returned"))
    assert not p.needs_check_up(after(surgery, D(2027, 9, 1), "improving"))
    assert not p.needs_check_up(Session(stage="before_surgery"))


def test_default_sections_by_stage_and_twitching() -> None:
    assert p.default_sections(Session(stage="before_surgery")) == ["surgery", "recovery"]
    early = D(2026, 10, 1)
    visit = D(2026, 11, 21)
    assert p.default_sections(after(early, visit, "improving")) == ["recovery"]
    assert p.default_sections(after(early, visit, "stopped")) == ["recovery", "recurrence"]
    assert p.default_sections(after(early, visit, "unchanged")) == ["recovery"]
    assert p.default_sections(after(D(2026, 1, 1), visit, "unchanged")) == [
        "recovery",
        "second_surgery",
    ]
    assert "second_surgery" in p.default_sections(after(early, visit, "returned"))


def test_clinician_choice_overrides_defaults_and_keeps_reading_order() -> None:
    s = Session(
        stage="before_surgery", handout=HandoutOptions(sections=["second_surgery", "surgery"])
    )
    assert p.chosen_sections(s) == ["surgery", "second_surgery"]
    s.handout.sections = []
    assert p.chosen_sections(s) == []
