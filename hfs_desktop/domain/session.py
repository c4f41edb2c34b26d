"""The session: everything said and chosen in one consultation, and its JSON form.

The same file is opened and saved by the window and read by ``hfs-desktop export``. The model
holds plain values; validation lives in ``validation.py`` so the window can check a draft
without building a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from hfs_desktop.domain.clinic_outcomes import ClinicOutcomes

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
    phone: str = ""  # the team's daytime number
    out_of_hours_phone: str = ""  # nights and weekends
    emergency_number: str = ""  # the local emergency number, e.g. 999, 112 or 911
    # The clinic's own outcome figures, copied from the profile (domain.clinic_outcomes).
    outcomes: ClinicOutcomes | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """Only the fields that are filled in, in a fixed order."""
        keys = ("name", "phone", "out_of_hours_phone", "emergency_number")
        out: dict[str, Any] = {k: getattr(self, k) for k in keys if getattr(self, k)}
        if self.outcomes is not None:
            out["outcomes"] = self.outcomes.to_json_dict()
        return out


@dataclass
class Decision:
    """The patient's own answers in the options exercise (values, leaning, SURE).

    Ids come from ``options.toml``; they print on the handout as the patient's answers.
    """

    values: dict[str, str] = field(default_factory=dict)  # value id -> "a_lot" | "some" | "little"
    leaning: str = ""  # an option id, or "unsure"
    sure: dict[str, str] = field(default_factory=dict)  # SURE question id -> "yes" | "no"

    @property
    def empty(self) -> bool:
        return not (self.values or self.leaning or self.sure)

    def to_json_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.values:
            out["values"] = [{"id": k, "answer": v} for k, v in self.values.items()]
        if self.leaning:
            out["leaning"] = self.leaning
        if self.sure:
            out["sure"] = [{"id": k, "answer": v} for k, v in self.sure.items()]
        return out


@dataclass
class HandoutOptions:
    """How the handout is printed: language, paper, large print, sections."""

    language: str = "en"
    paper: Paper = "a4"
    large_print: bool = False
    # None means "the stage's defaults"; a list is the clinician's own choice.
    sections: list[TopicId] | None = None
    twitch_diary: bool = False  # add a page to note twitching day by day
    check_understanding: bool = False  # print the teach-back prompts as "Check your understanding"
    # A bilingual handout: "" for one language, else the language printed after the first
    # (e.g. "en"), so the family and the care team read the same document.
    second_language: str = ""


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
    decision: Decision = field(default_factory=Decision)
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
        clinic = self.clinic.to_json_dict()
        if clinic:
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
        if not self.decision.empty:
            out["decision"] = self.decision.to_json_dict()
        handout: dict[str, Any] = {
            "language": self.handout.language,
            "paper": self.handout.paper,
            "large_print": self.handout.large_print,
        }
        if self.handout.second_language:
            handout["second_language"] = self.handout.second_language
        if self.handout.sections is not None:
            handout["sections"] = list(self.handout.sections)
        if self.handout.twitch_diary:
            handout["twitch_diary"] = True
        if self.handout.check_understanding:
            handout["check_understanding"] = True
        out["handout"] = handout
        return out

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Session:
        """Build a session from a dict that ``validation.validate_session_dict`` accepted."""
        p = data["patient"]
        clinic = data.get("clinic", {})
        handout = data.get("handout", {})
        decision = data.get("decision", {})
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
            clinic=Clinic(
                name=clinic.get("name", ""),
                phone=clinic.get("phone", ""),
                out_of_hours_phone=clinic.get("out_of_hours_phone", ""),
                emergency_number=clinic.get("emergency_number", ""),
                outcomes=(
                    ClinicOutcomes.from_json_dict(clinic["outcomes"])
                    if "outcomes" in clinic
                    else None
                ),
            ),
            notes=data.get("notes", ""),
            questions=list(data.get("questions", [])),
            question_prompts=list(data.get("question_prompts", [])),
            discussed=list(data.get("discussed", [])),
            causes_relevant=list(data.get("causes_relevant", [])),
            risks_discussed=list(data.get("risks_discussed", [])),
            teach_back=list(data.get("teach_back", [])),
            decision=Decision(
                values={v["id"]: v["answer"] for v in decision.get("values", [])},
                leaning=decision.get("leaning", ""),
                sure={v["id"]: v["answer"] for v in decision.get("sure", [])},
            ),
            handout=HandoutOptions(
                language=handout.get("language", "en"),
                paper=handout.get("paper", "a4"),
                large_print=handout.get("large_print", False),
                sections=list(handout["sections"]) if "sections" in handout else None,
                twitch_diary=handout.get("twitch_diary", False),
                check_understanding=handout.get("check_understanding", False),
                second_language=handout.get("second_language", ""),
            ),
        )
