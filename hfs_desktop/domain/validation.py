"""Checks a session file and says, field by field, what is wrong and what is expected.

The JSON Schema shipped in ``resources/schema`` is the single description of the file's
shape; this module runs it (``schema_check``) and turns each failure into a plain sentence,
then adds the rules a schema cannot say well (dates in order, fields needed after surgery,
ids the content knows). Each problem carries a ``ProblemCode`` (and the limit it broke, if
any), so the window words it by code, never by matching the English message; the size limits
come from the schema through ``field_limit`` for the window's counters too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from hfs_desktop.domain.problems import Problem as Problem
from hfs_desktop.domain.problems import ProblemCode as ProblemCode
from hfs_desktop.domain.problems import SessionError as SessionError
from hfs_desktop.domain.schema_check import Failure, SchemaChecker
from hfs_desktop.domain.session import FORMAT, VERSION
from hfs_desktop.resources import content_languages, resource_path

if TYPE_CHECKING:  # content (and Jinja2) is not needed to check a file's shape
    from hfs_desktop.domain.content import Content

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "boolean": "true or false",
    "object": "a group of fields ({…})",
    "array": "a list ([…])",
    "number": "a number",
}


def parse_date(value: str) -> dt.date | None:
    """Strict YYYY-MM-DD (Python's fromisoformat also takes other forms we do not want)."""
    if not _DATE_RE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _is_date(value: str) -> bool:
    return parse_date(value) is not None


@cache
def session_schema() -> dict[str, Any]:
    with resource_path("schema", "session.schema.json").open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


@cache
def _checker() -> SchemaChecker:
    return SchemaChecker(session_schema(), formats={"date": _is_date})


def _path(failure: Failure) -> str:
    parts = []
    for part in failure.path:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts).lstrip(".")


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


@cache
def field_limits() -> dict[str, int]:
    """Every size limit in the schema, by field path: ``maxLength`` of a text field
    (``"patient.name"``), ``maxItems`` of a list (``"questions"``) and ``maxLength`` of a
    list's items (``"questions[]"``). The window's counters read these too."""
    limits: dict[str, int] = {}

    def walk(schema: dict[str, Any], path: str) -> None:
        for keyword in ("maxLength", "maxItems"):
            if keyword in schema:
                limits[path] = int(schema[keyword])
        for name, sub in schema.get("properties", {}).items():
            walk(sub, f"{path}.{name}" if path else name)
        if isinstance(schema.get("items"), dict):
            walk(schema["items"], f"{path}[]")

    walk(session_schema(), "")
    return limits


def field_limit(field: str) -> int:
    """The schema's size limit for ``field`` (see ``field_limits``); KeyError if it has none."""
    return field_limits()[field]


def _problem(failure: Failure) -> Problem:
    """Turn one schema failure into a Problem with a plain message."""
    field = _path(failure)
    kind, arg, instance = failure.keyword, failure.expected, failure.instance
    code = ProblemCode
    if kind == "required":
        name = failure.missing
        return Problem(
            f"{field}.{name}" if field else name, code.REQUIRED, "is required but missing"
        )
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(failure.schema.get("properties", {})))
        names = ", ".join(extra)
        return Problem(
            field or "(top level)",
            code.UNKNOWN_FIELD,
            f"unknown field(s) {names}; remove them or check spelling",
        )
    if kind == "type":
        words = _TYPE_WORDS.get(str(arg), str(arg))
        return Problem(field, code.WRONG_TYPE, f"{_show(instance)} should be {words}")
    if kind == "enum":
        choices = ", ".join(json.dumps(c) for c in arg)
        return Problem(
            field, code.NOT_ALLOWED, f"{_show(instance)} is not allowed; use one of {choices}"
        )
    if kind == "const":
        return Problem(field, code.NOT_ALLOWED, f"{_show(instance)} should be {json.dumps(arg)}")
    if kind == "format" and arg == "date":
        return Problem(field, code.NOT_A_DATE, f"{_show(instance)} is not a date (YYYY-MM-DD)")
    if kind == "maxLength":
        message = f"is {len(instance)} characters long; the limit is {arg}"
        return Problem(field, code.TOO_LONG, message, int(arg))
    if kind == "minLength":
        return Problem(field, code.EMPTY, "is empty; please fill it in")
    if kind == "maxItems":
        message = f"has {len(instance)} entries; the limit is {arg}"
        return Problem(field, code.TOO_MANY, message, int(arg))
    if kind == "uniqueItems":
        return Problem(field, code.DUPLICATE, "lists the same entry twice")
    if kind in ("minimum", "maximum"):
        schema = failure.schema
        allowed = f"{schema.get('minimum', '…')} to {schema.get('maximum', '…')}"
        message = f"{_show(instance)} is out of range (allowed {allowed})"
        return Problem(field, code.OUT_OF_RANGE, message, int(arg))
    if kind == "pattern":
        return Problem(
            field, code.BAD_FORMAT, f'{_show(instance)} is not a language code such as "en"'
        )
    return Problem(
        field, code.OTHER, f"{_show(instance)} does not meet the rule {kind} = {_show(arg)}"
    )


_CONTROL_OK_IN_NOTES = {"\n", "\t", "\r"}


def _control_chars(text: str, allowed: set[str]) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def _visible(text: str) -> bool:
    return any(unicodedata.category(ch)[0] not in ("Z", "C") for ch in text)


def _text_problems(data: dict[str, Any]) -> list[Problem]:
    """Names must have something printable; no field may hold invisible control codes."""
    problems: list[Problem] = []
    patient = data.get("patient")
    patient = patient if isinstance(patient, dict) else {}
    name = patient.get("name")
    if isinstance(name, str) and name and not _visible(name):
        problems.append(
            Problem(
                "patient.name",
                ProblemCode.INVISIBLE,
                "has no visible letters; type the patient's name",
            )
        )
    clinic = data.get("clinic")
    clinic = clinic if isinstance(clinic, dict) else {}
    questions = data.get("questions")
    # (field, value, control characters allowed in it, what to do)
    texts: list[tuple[str, object, set[str], str]] = [
        *(
            (f"patient.{k}", patient.get(k), set(), "retype the name")
            for k in ("name", "preferred_name")
        ),
        ("clinician", data.get("clinician"), set(), "retype it"),
        *(
            (f"clinic.{k}", clinic.get(k), set(), "retype it")
            for k in ("name", "phone", "out_of_hours_phone", "emergency_number")
        ),
        ("notes", data.get("notes"), _CONTROL_OK_IN_NOTES, "retype the notes"),
        *(
            (f"questions[{i}]", q, {"\t"}, "retype it")
            for i, q in enumerate(questions if isinstance(questions, list) else [])
        ),
    ]
    for field, value, allowed, fix in texts:
        if isinstance(value, str) and _control_chars(value, allowed):
            message = f"contains control characters; {fix}"
            problems.append(Problem(field, ProblemCode.CONTROL_CHARS, message))
    return problems


def _rule_problems(data: dict[str, Any]) -> list[Problem]:
    """Rules across fields: what is needed after surgery, and dates in a sensible order."""
    problems: list[Problem] = []
    stage = data.get("stage")
    visit = parse_date(data["visit_date"]) if isinstance(data.get("visit_date"), str) else None
    surgery_raw = data.get("surgery_date")
    surgery = parse_date(surgery_raw) if isinstance(surgery_raw, str) else None
    if stage in ("after_surgery", "considering_second_surgery"):
        if "twitching" not in data:
            problems.append(
                Problem(
                    "twitching",
                    ProblemCode.REQUIRED,
                    "is required after surgery; use one of "
                    '"stopped", "improving", "unchanged", "returned"',
                )
            )
        if surgery_raw is None:
            problems.append(
                Problem(
                    "surgery_date",
                    ProblemCode.REQUIRED,
                    "is required after surgery (the date of the operation)",
                )
            )
        elif surgery and visit and surgery > visit:
            problems.append(
                Problem(
                    "surgery_date",
                    ProblemCode.AFTER_VISIT,
                    f"{surgery.isoformat()} is after the visit date {visit.isoformat()}; "
                    "the surgery must have happened on or before the visit",
                )
            )
    elif stage == "before_surgery":
        if surgery_raw is not None:
            problems.append(
                Problem(
                    "surgery_date",
                    ProblemCode.NOT_BEFORE_SURGERY,
                    "must be left out before surgery (stage before_surgery)",
                )
            )
        if "twitching" in data:
            problems.append(
                Problem(
                    "twitching",
                    ProblemCode.NOT_BEFORE_SURGERY,
                    "must be left out before surgery (stage before_surgery)",
                )
            )
    handout = data.get("handout")
    second = handout.get("second_language") if isinstance(handout, dict) else None
    if second and isinstance(handout, dict) and second == handout.get("language", "en"):
        problems.append(
            Problem(
                "handout.second_language",
                ProblemCode.DUPLICATE,
                f"{_show(second)} is already the handout's language; "
                "choose another language, or leave it out for a one-language handout",
            )
        )
    clinic = data.get("clinic")
    outcomes = clinic.get("outcomes") if isinstance(clinic, dict) else None
    if isinstance(outcomes, dict) and isinstance(outcomes.get("patients"), int):
        for i, figure in enumerate(outcomes.get("figures") or []):
            count = figure.get("count") if isinstance(figure, dict) else None
            if isinstance(count, int) and count > outcomes["patients"]:
                problems.append(
                    Problem(
                        f"clinic.outcomes.figures[{i}].count",
                        ProblemCode.OUT_OF_RANGE,
                        f"{count} is more than the {outcomes['patients']} patients counted",
                        outcomes["patients"],
                    )
                )
    birth = (
        data.get("patient", {}).get("birth_year") if isinstance(data.get("patient"), dict) else None
    )
    if isinstance(birth, int) and visit and birth > visit.year:
        problems.append(
            Problem(
                "patient.birth_year",
                ProblemCode.AFTER_VISIT,
                f"{birth} is after the visit year {visit.year}",
            )
        )
    return problems


def validate_session_dict(data: object) -> list[Problem]:
    """Every problem with a parsed session file, or an empty list when it is usable."""
    if not isinstance(data, dict):
        return [
            Problem(
                "",
                ProblemCode.NOT_A_SESSION,
                "the file does not hold a session (expected a JSON object {…})",
            )
        ]
    if data.get("format") != FORMAT:
        return [
            Problem(
                "format",
                ProblemCode.NOT_A_SESSION,
                'this is not an HFS Counsel session file (expected "hfs-session")',
            )
        ]
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        return [
            Problem(
                "version",
                ProblemCode.NEWER_VERSION,
                f"the file was made by a newer version of HFS Counsel (file version {version}; "
                f"this program reads version {VERSION}). Update HFS Counsel to open it.",
            )
        ]
    seen: set[tuple[str, str]] = set()
    problems: list[Problem] = []
    for failure in _checker().failures(data):
        problem = _problem(failure)
        if (problem.field, problem.message) not in seen:
            seen.add((problem.field, problem.message))
            problems.append(problem)
    problems += _text_problems(data)
    problems += _rule_problems(data)
    return problems


def _unknown(field: str, value: object, known: Iterable[str]) -> Problem:
    """An id the content does not know, with the ids it does know."""
    choices = ", ".join(sorted(known))
    return Problem(
        field, ProblemCode.UNKNOWN_ID, f"{_show(value)} is not known; use one of {choices}"
    )


def content_problems(data: dict[str, Any], content: Content) -> list[Problem]:
    """Ids in the session that the chosen language's content does not know."""
    known = {
        "question_prompts": content.prompt_ids,
        "causes_relevant": content.cause_ids,
        "risks_discussed": content.risk_ids,
        "teach_back": content.teach_back_ids,
    }
    problems = [
        _unknown(f"{key}[{i}]", value, ids)
        for key, ids in known.items()
        for i, value in enumerate(data.get(key, []))
        if value not in ids
    ]
    handout = data.get("handout")
    second = handout.get("second_language") if isinstance(handout, dict) else None
    if isinstance(second, str) and second and second not in content_languages():
        problems.append(
            Problem(
                "handout.second_language",
                ProblemCode.UNKNOWN_ID,
                f"{_show(second)} has no handout content; use one of "
                f"{', '.join(content_languages())}",
            )
        )
    decision = data.get("decision", {})
    if isinstance(decision, dict):
        for key, ids in (("values", content.value_ids), ("sure", content.sure_ids)):
            for i, entry in enumerate(decision.get(key, [])):
                value = entry.get("id") if isinstance(entry, dict) else None
                if value not in ids:
                    problems.append(_unknown(f"decision.{key}[{i}].id", value, ids))
        leaning = decision.get("leaning")
        if isinstance(leaning, str) and leaning and leaning not in content.leaning_ids:
            problems.append(_unknown("decision.leaning", leaning, content.leaning_ids))
    return problems
