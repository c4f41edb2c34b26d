"""Session files: what is accepted, and the plain message for each thing that is not."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from hfs_desktop.domain.session import Patient, Session
from hfs_desktop.domain.validation import (
    Problem,
    ProblemCode,
    SessionError,
    field_limit,
    field_limits,
    session_schema,
    validate_session_dict,
)
from hfs_desktop.storage.session_file import (
    load_session,
    save_session,
    session_from_bytes,
    session_to_bytes,
)

BASE: dict[str, Any] = {
    "format": "hfs-session",
    "version": 1,
    "patient": {"name": "Ana Lima", "affected_side": "left"},
    "visit_date": "2026-11-21",
    "stage": "after_surgery",
    "twitching": "improving",
    "surgery_date": "2026-08-31",
}


def checked(**changes: Any) -> list[Problem]:
    """The problems of BASE with ``changes`` (a value of ``...`` removes the key)."""
    data = copy.deepcopy(BASE)
    for key, value in changes.items():
        if value is ...:
            data.pop(key, None)
        else:
            data[key] = value
    return validate_session_dict(data)


def problems(**changes: Any) -> list[str]:
    return [str(p) for p in checked(**changes)]


def test_minimal_valid_session_has_no_problems() -> None:
    assert problems() == []


def test_bad_date_names_field_and_format() -> None:
    assert problems(surgery_date="2026-13-45") == [
        'surgery_date: "2026-13-45" is not a date (YYYY-MM-DD)'
    ]


def test_loose_iso_forms_are_not_dates() -> None:
    assert problems(visit_date="20261121") == ['visit_date: "20261121" is not a date (YYYY-MM-DD)']


def test_unknown_stage_lists_choices() -> None:
    (msg,) = problems(stage="recovering")
    assert msg.startswith('stage: "recovering" is not allowed; use one of')
    assert '"before_surgery"' in msg


def test_every_problem_is_reported_at_once() -> None:
    msgs = problems(stage="after_surgery", twitching=..., surgery_date=..., visit_date="x")
    fields = {m.split(":")[0] for m in msgs}
    assert {"twitching", "surgery_date", "visit_date"} <= fields


def test_surgery_after_visit_is_refused() -> None:
    (msg,) = problems(surgery_date="2026-12-01")
    assert "is after the visit date 2026-11-21" in msg


def test_before_surgery_needs_no_twitching_or_date() -> None:
    assert problems(stage="before_surgery", twitching=..., surgery_date=...) == []
    assert problems(stage="before_surgery", surgery_date=...) == [
        "twitching: must be left out before surgery (stage before_surgery)"
    ]


def test_newer_version_is_named() -> None:
    (msg,) = problems(version=2)
    assert "made by a newer version of HFS Counsel" in msg


def test_not_a_session_file() -> None:
    (msg,) = problems(format="something-else")
    assert msg.startswith("format: this is not an HFS Counsel session file")


def test_missing_patient_name_and_wrong_types() -> None:
    msgs = problems(patient={"birth_year": "1950"})
    assert "patient.name: is required but missing" in msgs
    assert 'patient.birth_year: "1950" should be a whole number' in msgs


def test_unknown_field_is_named() -> None:
    (msg,) = problems(favourite_colour="blue")
    assert "favourite_colour" in msg and "unknown field" in msg


def test_control_characters_only_name() -> None:
    msgs = problems(patient={"name": "\x01\x02"})
    assert any(m.startswith("patient.name: has no visible letters") for m in msgs)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"format": "hfs-session", "version": 1, "patient": {"name": "A"', "ends too early"),
        (b"not json at all", "not valid JSON"),
        (b"\xff\xfe\x00\x01binary", "not UTF-8"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b"\x00\x00\x00", "binary data"),
    ],
)
def test_broken_files_give_one_clear_message(raw: bytes, expected: str) -> None:
    with pytest.raises(SessionError) as info:
        session_from_bytes(raw)
    assert expected in str(info.value)


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(SessionError, match="50.0 MB"):
        load_session(big)


def test_round_trip_is_exact(tmp_path: Path) -> None:
    session = Session(
        patient=Patient(
            name="Zoë Ωmega 王", preferred_name="Zoë", birth_year=1950, affected_side="right"
        ),
        visit_date=dt.date(2026, 11, 21),
        stage="considering_second_surgery",
        twitching="returned",
        surgery_date=dt.date(2024, 2, 29),
        clinician="Dr Who",
        notes="Line one\n\n<b>not bold</b> & more",
        questions=["Will it hurt?", "Ещё вопрос"],
        causes_relevant=["vessels_lengthen"],
    )
    path = tmp_path / "s.json"
    save_session(path, session)
    again = load_session(path)
    assert again == session
    assert session_to_bytes(again) == path.read_bytes()
    assert json.loads(path.read_text(encoding="utf-8"))["patient"]["name"] == "Zoë Ωmega 王"


def test_invalid_session_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("earlier", encoding="utf-8")
    with pytest.raises(SessionError):
        save_session(path, Session(patient=Patient(name="")))
    assert path.read_text(encoding="utf-8") == "earlier"


def codes(**changes: Any) -> list[tuple[str, ProblemCode, int | None]]:
    return [(p.field, p.code, p.limit) for p in checked(**changes)]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"patient": {"name": ""}}, ("patient.name", ProblemCode.EMPTY, None)),
        ({"patient": {}}, ("patient.name", ProblemCode.REQUIRED, None)),
        ({"twitching": ...}, ("twitching", ProblemCode.REQUIRED, None)),
        ({"surgery_date": ...}, ("surgery_date", ProblemCode.REQUIRED, None)),
        ({"surgery_date": "2026-12-01"}, ("surgery_date", ProblemCode.AFTER_VISIT, None)),
        ({"surgery_date": "2026-13-45"}, ("surgery_date", ProblemCode.NOT_A_DATE, None)),
        ({"stage": "recovering"}, ("stage", ProblemCode.NOT_ALLOWED, None)),
        ({"notes": "x" * 30_001}, ("notes", ProblemCode.TOO_LONG, 30_000)),
        ({"questions": ["q"] * 201}, ("questions", ProblemCode.TOO_MANY, 200)),
        ({"questions": ["q" * 1001]}, ("questions[0]", ProblemCode.TOO_LONG, 1000)),
        ({"discussed": ["surgery"] * 2}, ("discussed", ProblemCode.DUPLICATE, None)),
        (
            {"patient": {"name": "A", "birth_year": 1800}},
            ("patient.birth_year", ProblemCode.OUT_OF_RANGE, 1900),
        ),
        (
            {"patient": {"name": "A", "birth_year": 2027}},
            ("patient.birth_year", ProblemCode.AFTER_VISIT, None),
        ),
        ({"patient": {"name": "\x01"}}, ("patient.name", ProblemCode.INVISIBLE, None)),
        ({"notes": "a\x07"}, ("notes", ProblemCode.CONTROL_CHARS, None)),
        ({"favourite": 1}, ("(top level)", ProblemCode.UNKNOWN_FIELD, None)),
        ({"version": 2}, ("version", ProblemCode.NEWER_VERSION, None)),
        ({"format": "x"}, ("format", ProblemCode.NOT_A_SESSION, None)),
        ({"visit_date": 5}, ("visit_date", ProblemCode.WRONG_TYPE, None)),
    ],
)
def test_each_problem_has_a_code_for_the_window_and_the_limit_it_broke(
    changes: dict[str, Any], expected: tuple[str, ProblemCode, int | None]
) -> None:
    assert expected in codes(**changes)


def test_limits_come_from_the_schema() -> None:
    limits = field_limits()
    assert limits["patient.name"] == field_limit("patient.name") == 300
    assert (limits["notes"], limits["questions"], limits["questions[]"]) == (30_000, 200, 1000)
    schema = session_schema()
    assert (
        limits["clinic.phone"] == schema["properties"]["clinic"]["properties"]["phone"]["maxLength"]
    )
    with pytest.raises(KeyError):
        field_limit("stage")  # an enum has no size limit


def test_the_limit_in_a_problem_is_the_one_in_field_limits() -> None:
    (problem,) = validate_session_dict({**BASE, "patient": {"name": "n" * 301}})
    assert problem.limit == field_limit("patient.name")
    assert str(problem) == "patient.name: is 301 characters long; the limit is 300"
