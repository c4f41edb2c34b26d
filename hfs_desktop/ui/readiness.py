"""What must be right before a handout goes out, in plain words, with the step that fixes it.

The window shows these at the field, in the step list, in the preview status and on the
Review & finish step, and refuses Save PDF and Print while any is open. Checked here from the
session alone: the name, the clinic phone, plausible dates, and ticks in sections that are
left out (they would never print), plus the content's own required checks from
``hfs_desktop.domain.readiness.handout_readiness()`` (the local emergency number for the
"Get help now" box); its "advised" ones (an out-of-hours number) do not stop a handout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from hfs_desktop.domain.readiness import handout_readiness
from hfs_desktop.domain.session import Session, TopicId
from hfs_desktop.ui.steps import TOPIC_STEPS, Step

PATIENT_STEP = Step.PATIENT
translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them


def _content_message(code: str, english: str) -> str:
    """The window's words for a content check (``domain.readiness``), in the window's
    language; a check the window does not know keeps the content's English words."""
    words = {
        "emergency_number_missing": translate(
            "Readiness",
            "Add the local emergency number (for example 999, 112 or 911) in the clinic "
            "profile. Without it the handout says 'your local emergency number'.",
        ),
        "out_of_hours_phone_missing": translate(
            "Readiness",
            "Add the number to call at night and at weekends in the clinic profile. Without "
            "it the handout tells the patient to call the emergency number then.",
        ),
    }
    return words.get(code, english)


@dataclass(frozen=True)
class Check:
    """One thing to fix before the handout goes out."""

    code: str  # stable, for code to switch on (never the message text)
    message: str  # plain words for the clinician
    step: Step  # the step that fixes it
    field: str | None = None  # the session field, when one field is at fault
    topic: TopicId | None = None  # for "include this section?"


def date_checks(session: Session, today: dt.date) -> list[Check]:
    """Dates that are possible but surely wrong: they would print a wrong timeline."""
    checks: list[Check] = []
    surgery, birth = session.surgery_date, session.patient.birth_year
    after = session.stage != "before_surgery"
    if after and surgery is not None:
        if birth is not None and surgery.year < birth:
            checks.append(
                Check(
                    "surgery_before_birth",
                    translate(
                        "Readiness",
                        "The surgery date ({surgery}) is before the year of birth ({birth}). "
                        "Check both.",
                    ).format(surgery=surgery.year, birth=birth),
                    PATIENT_STEP,
                    "surgery_date",
                )
            )
        if surgery > today:
            checks.append(
                Check(
                    "surgery_in_future",
                    translate(
                        "Readiness",
                        "The surgery date is in the future, but the stage says the surgery "
                        "has happened. Check the date or the stage.",
                    ),
                    PATIENT_STEP,
                    "surgery_date",
                )
            )
    return checks


def handout_checks(session: Session, included: list[TopicId], today: dt.date) -> list[Check]:
    """Everything that stops this handout going out, in the order of the steps."""
    checks: list[Check] = []
    if not session.patient.name.strip():
        name = translate("Readiness", "Type the patient's name.")
        checks.append(Check("no_name", name, PATIENT_STEP, "patient.name"))
    checks += date_checks(session, today)
    if not session.clinic.phone.strip():
        checks.append(
            Check(
                "no_clinic_phone",
                translate(
                    "Readiness",
                    "Add the clinic's phone number (Tools ▸ Clinic profile): the handout "
                    "tells the patient to call it.",
                ),
                PATIENT_STEP,
                "clinic.phone",
            )
        )
    # The content's checks that the ones above do not already cover (name, phone) and that
    # validation does not (surgery date, twitching).
    covered = {
        "patient_name_missing",
        "clinic_phone_missing",
        "surgery_date_missing",
        "twitching_missing",
    }
    checks += [
        Check(
            problem.code,
            _content_message(problem.code, problem.message),
            PATIENT_STEP,
            problem.field,
        )
        for problem in handout_readiness(session)
        if problem.severity == "required" and problem.code not in covered
    ]
    ticked: list[tuple[TopicId, int, str]] = [
        ("recurrence", len(session.causes_relevant), translate("Readiness", "causes")),
        ("second_surgery", len(session.risks_discussed), translate("Readiness", "risks")),
    ]
    for topic, count, noun in ticked:
        if count and topic not in included:
            checks.append(
                Check(
                    f"ticks_left_out:{topic}",
                    translate(
                        "Readiness",
                        "{n} ticked ({what}) in a section the handout leaves out: they will "
                        "not print. Include this section?",
                    ).format(n=count, what=noun),
                    TOPIC_STEPS[topic],
                    topic=topic,
                )
            )
    return checks
