"""A clinic's own outcome figures, used in place of the published ones and labelled as theirs.

The clinic keeps a small TOML or JSON file (chosen in the clinic profile)::

    clinic = "Riverside Neurosurgery Clinic"
    period = "2019 to 2024"
    patients = 212                      # operations counted in that period

    [figures]
    lasting_relief = 188                # of those 212, how many had each outcome
    facial_weakness_lasting = 2

Each figure replaces one fact (see ``REPLACEABLE``): the words become "about 89 out of 100
people treated at Riverside Neurosurgery Clinic", the picture counts follow, and the source is
the clinic's own (id ``C1``), printed on the sources page with the period and the number of
patients. The profile copies the figures into each new session, so a saved session and
``hfs-desktop export`` print the same numbers.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the session model imports this module; Jinja2 loads only when applied
    from hfs_desktop.domain.content import Content

SOURCE_ID = "C1"
MAX_BYTES = 100_000
# Facts a clinic may replace: each is "how many people out of all operated" in the content.
REPLACEABLE = (
    "immediate_relief",
    "lasting_relief",
    "recurrence",
    "facial_weakness_temporary",
    "facial_weakness_lasting",
    "hearing_loss_temporary",
    "hearing_loss_lasting",
    "csf_leak",
    "swallowing_temporary",
    "delayed_facial_weakness",
    "second_relief",
    "second_facial_lasting",
    "second_hearing_lasting",
)


class ClinicOutcomesError(ValueError):
    """The file cannot be used; ``problems`` says what to fix, one line each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ClinicOutcomes:
    """The clinic's figures: who, when, how many patients, and counts per fact id."""

    clinic: str
    period: str
    patients: int
    figures: tuple[tuple[str, int], ...]  # (fact id, count of patients)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "clinic": self.clinic,
            "period": self.period,
            "patients": self.patients,
            "figures": [{"id": fid, "count": n} for fid, n in self.figures],
        }

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> ClinicOutcomes:
        return cls(
            data["clinic"],
            data["period"],
            data["patients"],
            tuple((f["id"], f["count"]) for f in data["figures"]),
        )


def outcomes_from_mapping(data: object) -> ClinicOutcomes:
    """Check the parsed file; ClinicOutcomesError lists every problem in plain words."""
    if not isinstance(data, dict):
        raise ClinicOutcomesError(["The file must hold clinic, period, patients and [figures]."])
    problems: list[str] = []
    clinic, period, patients = data.get("clinic"), data.get("period"), data.get("patients")
    if not isinstance(clinic, str) or not clinic.strip() or len(clinic) > 300:
        problems.append('clinic: give the clinic\'s name, e.g. clinic = "Riverside Clinic".')
    if not isinstance(period, str) or not period.strip() or len(period) > 100:
        problems.append('period: say which years the figures cover, e.g. period = "2019 to 2024".')
    if (
        isinstance(patients, bool)
        or not isinstance(patients, int)
        or not 1 <= patients <= 1_000_000
    ):
        problems.append("patients: the number of operations counted, a whole number from 1 up.")
        patients = None
    figures = data.get("figures")
    pairs: list[tuple[str, int]] = []
    if not isinstance(figures, dict) or not figures:
        problems.append("[figures]: list at least one figure, e.g. lasting_relief = 188.")
    else:
        for fid, count in figures.items():
            if fid not in REPLACEABLE:
                problems.append(
                    f"figures.{fid}: not a figure the handout uses; use one of "
                    + ", ".join(REPLACEABLE)
                )
            elif isinstance(count, bool) or not isinstance(count, int) or count < 0:
                problems.append(f"figures.{fid}: must be a whole number of patients (0 or more).")
            elif patients is not None and count > patients:
                problems.append(
                    f"figures.{fid}: {count} is more than the {patients} patients counted."
                )
            else:
                pairs.append((fid, count))
    if problems:
        raise ClinicOutcomesError(problems)
    assert isinstance(clinic, str) and isinstance(period, str) and isinstance(patients, int)
    return ClinicOutcomes(clinic.strip(), period.strip(), patients, tuple(pairs))


def load_clinic_outcomes(path: Path) -> ClinicOutcomes:
    """Read and check a .toml or .json outcomes file."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ClinicOutcomesError([f"The file is larger than {MAX_BYTES // 1000} KB."])
        if path.suffix.lower() == ".json":
            data: object = json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix.lower() == ".toml":
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        else:
            raise ClinicOutcomesError(["Choose a .toml or .json file."])
    except FileNotFoundError:
        raise ClinicOutcomesError([f"The file {path.name} was not found."]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClinicOutcomesError([f"The file could not be read ({type(exc).__name__})."]) from None
    except ValueError as exc:  # JSON or TOML syntax
        raise ClinicOutcomesError(
            [f"The file is not valid {path.suffix[1:].upper()}: {exc}"]
        ) from None
    return outcomes_from_mapping(data)


_CACHE: dict[tuple[int, ClinicOutcomes], Content] = {}
_CLINIC_FACT = "about {count} out of 100 people treated at {clinic}"
_CLINIC_FACT_FEWER = "fewer than 1 out of 100 people treated at {clinic}"


def with_clinic_outcomes(content: Content, outcomes: ClinicOutcomes | None) -> Content:
    """The content with the clinic's figures in place of the published ones (cached)."""
    if outcomes is None:
        return content
    from hfs_desktop.domain.content import Fact, Source, _make_env

    key = (id(content), outcomes)
    if key not in _CACHE:
        facts = dict(content.facts)
        for fid, count in outcomes.figures:
            per_100 = round(count * 100 / outcomes.patients)
            # the language's own words (handout.toml), the count formatted its way
            strings = content.strings
            words = (
                str(strings.get("clinic_fact", _CLINIC_FACT)).format(
                    count=content.format_number(per_100), clinic=outcomes.clinic
                )
                if per_100 > 0 or count == 0
                else str(strings.get("clinic_fact_fewer", _CLINIC_FACT_FEWER)).format(
                    clinic=outcomes.clinic
                )
            )
            old = facts.get(fid)
            facts[fid] = Fact(
                fid,
                words,
                (SOURCE_ID,),
                note=f"Replaces the published figure ({old.words if old else ''}): "
                f"{count} of {outcomes.patients} patients, {outcomes.period}.",
                per_100_low=per_100,
                per_100_high=per_100,
            )
        source = Source(
            SOURCE_ID,
            f"{outcomes.clinic}: the clinic's own results, {outcomes.period}, "
            f"{outcomes.patients} operations. These replace the published figures "
            f"marked {SOURCE_ID}.",
        )
        # the templates' fact() must see the new facts, so the environment is rebuilt too
        _CACHE[key] = replace(
            content, facts=facts, sources=(*content.sources, source), _env=_make_env(facts)
        )
    return _CACHE[key]
