"""Is this session ready to print? What the window must ask for before it saves or prints.

The handout itself never prints an empty number or a broken sentence (its wording adapts to
what is missing), but a handout without the clinic's numbers is a weaker safety net. The
"Review & finish" step calls ``handout_readiness`` and shows each problem with its field, so
the clinician can fill it in or choose to go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hfs_desktop.domain.session import Session

Severity = Literal["required", "advised"]


@dataclass(frozen=True)
class ReadinessProblem:
    """One thing missing before the handout is complete.

    ``code`` is stable (tests and the window rely on it); ``field`` is the session path the
    window can focus; ``severity`` "required" means the handout would lack something the
    patient needs (the window should not print without asking), "advised" means it is better
    with it.
    """

    code: str
    field: str
    message: str
    severity: Severity = "required"

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def handout_readiness(session: Session) -> list[ReadinessProblem]:
    """Everything missing for a complete handout, most important first; [] when ready."""
    problems: list[ReadinessProblem] = []
    clinic = session.clinic
    if not session.patient.display_name:
        problems.append(
            ReadinessProblem("patient_name_missing", "patient.name", "Type the patient's name.")
        )
    if session.after_surgery:
        if session.surgery_date is None:
            problems.append(
                ReadinessProblem(
                    "surgery_date_missing",
                    "surgery_date",
                    "Enter the date of the operation: the patient's dates depend on it.",
                )
            )
        if session.twitching is None:
            problems.append(
                ReadinessProblem(
                    "twitching_missing",
                    "twitching",
                    "Choose how the twitching is doing: the handout's advice depends on it.",
                )
            )
    # The "Get help now" box is on every handout (every stage is a surgical one).
    if not clinic.emergency_number.strip():
        problems.append(
            ReadinessProblem(
                "emergency_number_missing",
                "clinic.emergency_number",
                "Add the local emergency number (for example 999, 112 or 911) in the clinic "
                "profile. Without it the handout says 'your local emergency number'.",
            )
        )
    if not clinic.phone.strip():
        problems.append(
            ReadinessProblem(
                "clinic_phone_missing",
                "clinic.phone",
                "Add the care team's daytime phone number in the clinic profile. Without it "
                "the handout cannot say whom to call the same day.",
            )
        )
    if not clinic.out_of_hours_phone.strip():
        problems.append(
            ReadinessProblem(
                "out_of_hours_phone_missing",
                "clinic.out_of_hours_phone",
                "Add the number to call at night and at weekends in the clinic profile. "
                "Without it the handout tells the patient to call the emergency number then.",
                "advised",
            )
        )
    return problems
