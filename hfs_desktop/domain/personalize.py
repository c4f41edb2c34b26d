"""Personalization rules: what this patient's stage and dates change in the counseling.

Pure functions of (session, content). The window uses them to stress topics and preset the
handout; the handout builder uses them to pick key points and print the patient's own dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from hfs_desktop.domain.content import Condition, Content, KeyPoint, Milestone, Phase
from hfs_desktop.domain.session import Session, TopicId

# Seeds 001 and 002: look at progress if twitching lasts beyond 6 months. Counted in days
# (half a year, 183 days) so that it agrees with the day bounds of personal.toml's phases and
# key_points.toml (from_days = 183): a calendar-month rule picked the review phase's words
# ("look at the options side by side") on days when the handout left the options out.
CHECK_UP_DAYS = 183
# Twitching that came back within four weeks of surgery is the "silent period" (evidence:
# within 1 to 10 days), not a recurrence; personal.toml's phases use the same boundary.
RETURN_IS_EARLY_DAYS = 28
_OFFSET_RE = re.compile(r"^(\d+)([dwmy])$")


def format_date(day: dt.date, content: Content) -> str:
    """A date in the content language's own long form, e.g. "3 June 2027" in English.

    The content pack names the months and the order (``meta.toml`` [dates]): the handout
    needs this one form only, and a full locale library cost 30 ms of every export.
    """
    return content.dates.format(day)


def add_offset(start: dt.date, offset: str) -> dt.date:
    """Add a content offset like "3d", "2w", "6m", "1y".

    Month ends clamp (31 August + 6 months = 28 or 29 February), as dateutil does.
    """
    match = _OFFSET_RE.match(offset)
    if not match:
        raise ValueError(f"Bad milestone offset {offset!r}; use e.g. 3d, 2w, 6m, 1y")
    n, unit = int(match.group(1)), match.group(2)
    delta = {
        "d": relativedelta(days=n),
        "w": relativedelta(weeks=n),
        "m": relativedelta(months=n),
        "y": relativedelta(years=n),
    }[unit]
    result: dt.date = start + delta
    return result


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from start to end (0 when end is before start)."""
    if end < start:
        return 0
    delta = relativedelta(end, start)
    return delta.years * 12 + delta.months


@dataclass(frozen=True)
class DatedMilestone:
    """A milestone with its date for this patient and whether it has passed."""

    milestone: Milestone
    date: dt.date | None  # None before surgery: the path is shown without dates
    passed: bool


def milestones(session: Session, content: Content) -> list[DatedMilestone]:
    """The recovery milestones, with this patient's calendar dates once surgery has happened."""
    out = []
    for m in content.milestones:
        if session.after_surgery and session.surgery_date is not None:
            day = add_offset(session.surgery_date, m.offset)
            out.append(DatedMilestone(m, day, day <= session.visit_date))
        else:
            out.append(DatedMilestone(m, None, False))
    return out


def days_since_surgery(session: Session) -> int | None:
    """Whole days from the surgery to the visit, or None before surgery."""
    if not session.after_surgery or session.surgery_date is None:
        return None
    return max(0, (session.visit_date - session.surgery_date).days)


def twitching_now(session: Session) -> str | None:
    """How the twitching is doing; None before surgery (the app ignores it then)."""
    return session.twitching if session.after_surgery else None


def applies(when: Condition | None, session: Session) -> bool:
    """Whether a block, key point or phase condition fits this patient's situation."""
    if when is None:
        return True
    return when.applies(session.stage, twitching_now(session), days_since_surgery(session))


def current_phase(session: Session, content: Content) -> Phase | None:
    """Where the patient is (stage, twitching, time since surgery): the first phase that fits."""
    for phase in content.phases:
        if applies(phase.when, session):
            return phase
    return None


def needs_check_up(session: Session) -> bool:
    """Twitching not better (unchanged or returned) 6 months (183 days) or more after surgery."""
    days = days_since_surgery(session)
    if days is None or session.twitching not in ("unchanged", "returned"):
        return False
    return days >= CHECK_UP_DAYS


def default_sections(session: Session) -> list[TopicId]:
    """The topics a handout includes unless the clinician chooses otherwise, in print order."""
    if session.stage == "before_surgery":
        return ["surgery", "recovery"]
    if session.stage == "considering_second_surgery":
        return ["recovery", "recurrence", "second_surgery"]
    # after surgery: by how the twitching is doing
    if session.twitching == "stopped":
        return ["recovery", "recurrence"]
    if session.twitching == "improving":
        return ["recovery"]
    if session.twitching == "returned":
        days = days_since_surgery(session)
        if days is not None and days < RETURN_IS_EARLY_DAYS:  # the silent period
            return ["recovery"]
        return ["recovery", "recurrence", "second_surgery"]
    if needs_check_up(session):  # unchanged for 6 months or more
        return ["recovery", "second_surgery"]
    return ["recovery"]


def chosen_sections(session: Session) -> list[TopicId]:
    """The clinician's choice when made, else the defaults; always in reading order."""
    chosen = session.handout.sections
    picked = default_sections(session) if chosen is None else chosen
    order: list[TopicId] = ["surgery", "recovery", "recurrence", "second_surgery"]
    return [t for t in order if t in picked]


def key_points(session: Session, content: Content) -> list[KeyPoint]:
    """Three to five points for this patient, the main message first."""
    check = needs_check_up(session)

    def fits(point: KeyPoint) -> bool:
        if not applies(point.when, session):
            return False
        return point.check_up is None or point.check_up == check

    return sorted((p for p in content.key_points if fits(p)), key=lambda p: p.order)[:5]
