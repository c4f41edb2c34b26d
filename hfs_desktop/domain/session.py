"""The session: everything said and chosen in one consultation, and its JSON form.

The same file is opened and saved by the window and read by ``hfs-desktop export``. The model
holds plain values; validation lives in ``validation.py`` so the window can check a draft
without building a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

FORMAT = "hfs-session"
VERSION = 1

Stage = Literal["before_surgery", "after_surgery", "considering_second_surgery"]
Twitching = Literal["stopped", "improving", "unchanged", "returned"]
Side = Literal["left", "right"]
Paper = Literal["a4", "letter"]
TopicId = Literal["surgery", "recovery", "recurrence", "second_surgery"]

PAPERS: tuple[Paper, ...] = get_args(Paper)
TOPICS: tuple[TopicId, ...] = get_args(TopicId)


@dataclass
class Patient:
    """Who the handout is for."""

    name: str = ""
    preferred_name: str = ""
    birth_year: int | None = None
    affected_side: Side | None = None

    @property
    def display_name(self) -> str:
        """The name to address the patient by: the preferred name when given."""
        return (self.preferred_name or self.name).strip()


@dataclass
class Clinic:
    """The clinic printed on the handout for contact."""

    name: str = ""
    phone: str = ""


@dataclass
class HandoutOptions:
    """How the handout is printed: language, paper, large print, sections."""

    language: str = "en"
    paper: Paper = "a4"
    large_print: bool = False
    # None means "the stage's defaults"; a list is the clinician's own choice.
    sections: list[TopicId] | None = None


@dataclass
class Session:
    """One consultation, as saved in a session file."""

    patient: Patient = field(default_factory=Patient)
    visit_date: dt.date = field(default_factory=dt.date.today)
    stage: Stage = "before_surgery"
    twitching: Twitching | None = None
    surgery_date: dt.date | None = None
    clinician: str = ""
    clinic: Clinic = field(default_factory=Clinic)
    notes: str = ""
    questions: list[str] = field(default_factory=list)
    question_prompts: list[str] = field(default_factory=list)
    discussed: list[TopicId] = field(default_factory=list)
    causes_relevant: list[str] = field(default_factory=list)
    risks_discussed: list[str] = field(default_factory=list)
    teach_back: list[str] = field(default_factory=list)
    handout: HandoutOptions = field(default_factory=HandoutOptions)

    @property
    def after_surgery(self) -> bool:
        return self.stage != "before_surgery"

    def to_json_dict(self) -> dict[str, Any]:
        """Canonical JSON form: fixed key order; empty optional values are left out."""
        patient: dict[str, Any] = {"name": self.patient.name}
        if self.patient.preferred_name:
            patient["preferred_name"] = self.patient.preferred_name
        if self.patient.birth_year is not None:
            patient["birth_year"] = self.patient.birth_year
        if self.patient.affected_side is not None:
            patient["affected_side"] = self.patient.affected_side
        out: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "patient": patient,
            "visit_date": self.visit_date.isoformat(),
        }
        if self.clinician:
            out["clinician"] = self.clinician
        if self.clinic.name or self.clinic.phone:
            clinic: dict[str, str] = {}
            if self.clinic.name:
                clinic["name"] = self.clinic.name
            if self.clinic.phone:
                clinic["phone"] = self.clinic.phone
            out["clinic"] = clinic
        out["stage"] = self.stage
        if self.twitching is not None:
            out["twitching"] = self.twitching
        if self.surgery_date is not None:
            out["surgery_date"] = self.surgery_date.isoformat()
        if self.notes:
            out["notes"] = self.notes
        for key in (
            "questions",
            "question_prompts",
            "discussed",
            "causes_relevant",
            "risks_discussed",
            "teach_back",
        ):
            values = getattr(self, key)
            if values:
                out[key] = list(values)
        handout: dict[str, Any] = {
            "language": self.handout.language,
            "paper": self.handout.paper,
            "large_print": self.handout.large_print,
        }
        if self.handout.sections is not None:
            handout["sections"] = list(self.handout.sections)
        out["handout"] = handout
        return out

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Session:
        """Build a session from a dict that ``validation.validate_session_dict`` accepted."""
        p = data["patient"]
        clinic = data.get("clinic", {})
        handout = data.get("handout", {})
        return cls(
            patient=Patient(
                name=p["name"],
                preferred_name=p.get("preferred_name", ""),
                birth_year=p.get("birth_year"),
                affected_side=p.get("affected_side"),
            ),
            visit_date=dt.date.fromisoformat(data["visit_date"]),
            stage=data["stage"],
            twitching=data.get("twitching"),
            surgery_date=(
                dt.date.fromisoformat(data["surgery_date"]) if "surgery_date" in data else None
            ),
            clinician=data.get("clinician", ""),
            clinic=Clinic(name=clinic.get("name", ""), phone=clinic.get("phone", "")),
            notes=data.get("notes", ""),
            questions=list(data.get("questions", [])),
            question_prompts=list(data.get("question_prompts", [])),
            discussed=list(data.get("discussed", [])),
            causes_relevant=list(data.get("causes_relevant", [])),
            risks_discussed=list(data.get("risks_discussed", [])),
            teach_back=list(data.get("teach_back", [])),
            handout=HandoutOptions(
                language=handout.get("language", "en"),
                paper=handout.get("paper", "a4"),
                large_print=handout.get("large_print", False),
                sections=list(handout["sections"]) if "sections" in handout else None,
            ),
        )
