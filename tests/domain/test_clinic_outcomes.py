"""A clinic's own outcome figures replace the published ones, labelled as the clinic's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hfs_desktop.domain import document as d
from hfs_desktop.domain.clinic_outcomes import (
    ClinicOutcomes,
    ClinicOutcomesError,
    load_clinic_outcomes,
    outcomes_from_mapping,
)
from hfs_desktop.domain.content import load_content
from hfs_desktop.domain.pictures import picture_for
from hfs_desktop.domain.session import Clinic, Session
from hfs_desktop.domain.validation import validate_session_dict

GOOD = """
clinic = "Riverside Clinic"
period = "2019 to 2024"
patients = 200
[figures]
lasting_relief = 176
facial_weakness_lasting = 0
"""


def test_a_good_file_loads_from_toml_and_json(tmp_path: Path) -> None:
    toml = tmp_path / "outcomes.toml"
    toml.write_text(GOOD, encoding="utf-8")
    outcomes = load_clinic_outcomes(toml)
    assert outcomes == ClinicOutcomes(
        "Riverside Clinic",
        "2019 to 2024",
        200,
        (("lasting_relief", 176), ("facial_weakness_lasting", 0)),
    )
    js = tmp_path / "outcomes.json"
    js.write_text(
        json.dumps({"clinic": "R", "period": "2020", "patients": 5, "figures": {"csf_leak": 1}})
    )
    assert load_clinic_outcomes(js).figures == (("csf_leak", 1),)


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({}, "clinic:"),
        ({"clinic": "R", "period": "2020", "patients": 0, "figures": {"csf_leak": 0}}, "patients:"),
        ({"clinic": "R", "period": "2020", "patients": 10, "figures": {}}, "[figures]"),
        ({"clinic": "R", "period": "2020", "patients": 10, "figures": {"cure": 3}}, "figures.cure"),
        (
            {"clinic": "R", "period": "2020", "patients": 10, "figures": {"csf_leak": 11}},
            "more than the 10",
        ),
        ({"clinic": "R", "period": "", "patients": 10, "figures": {"csf_leak": 1}}, "period:"),
        ([], "must hold"),
    ],
)
def test_bad_files_say_what_to_fix(data: object, complaint: str) -> None:
    with pytest.raises(ClinicOutcomesError, match=re.escape(complaint)):
        outcomes_from_mapping(data)


def test_unreadable_files_have_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(ClinicOutcomesError, match="not found"):
        load_clinic_outcomes(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("clinic = ", encoding="utf-8")
    with pytest.raises(ClinicOutcomesError, match="not valid TOML"):
        load_clinic_outcomes(bad)
    other = tmp_path / "x.csv"
    other.write_text("a,b")
    with pytest.raises(ClinicOutcomesError, match=".toml or .json"):
        load_clinic_outcomes(other)


def test_the_clinic_figures_print_labelled_as_theirs() -> None:
    content = load_content("en")
    outcomes = outcomes_from_mapping(
        {
            "clinic": "Riverside Clinic",
            "period": "2019 to 2024",
            "patients": 200,
            "figures": {"lasting_relief": 176},
        }
    )
    s = Session(stage="before_surgery", clinic=Clinic(name="Riverside Clinic", outcomes=outcomes))
    s.patient.name = "Ana"
    doc = d.build_document(s, content)
    points = " ".join(str(k.text) for k in doc.key_points)
    assert "about 88 out of 100 people treated at Riverside Clinic" in points
    assert "85 to 90" not in points
    assert any("C1" in k.sources for k in doc.key_points)
    sources = " ".join(str(x) for x in doc.sources)
    assert (
        "C1: Riverside Clinic: the clinic&#39;s own results, 2019 to 2024, 200 operations"
        in sources
    )
    scene = picture_for("lasting_relief", s, content)
    assert "88 out of 100 people treated at Riverside Clinic" in scene.caption
    # the published content itself is unchanged
    assert content.facts["lasting_relief"].per_100_low == 85
    # and the session file keeps the figures
    data = s.to_json_dict()
    assert validate_session_dict(data) == []
    assert Session.from_json_dict(data).clinic.outcomes == outcomes


def test_a_session_with_impossible_counts_is_refused() -> None:
    outcomes = outcomes_from_mapping(
        {"clinic": "R", "period": "2020", "patients": 10, "figures": {"csf_leak": 1}}
    )
    data = Session(stage="before_surgery", clinic=Clinic(outcomes=outcomes)).to_json_dict()
    data["patient"]["name"] = "Ana"
    data["clinic"]["outcomes"]["figures"][0]["count"] = 11
    problems = validate_session_dict(data)
    assert [p.field for p in problems] == ["clinic.outcomes.figures[0].count"]
    assert "more than the 10 patients" in problems[0].message
