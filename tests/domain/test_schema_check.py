"""The session checker runs the JSON Schema exactly as the reference implementation does.

``hfs_desktop.domain.schema_check`` interprets the subset of JSON Schema the session file uses
(for speed; see its docstring). These tests hold it to ``jsonschema`` (a test-only dependency):
the same failures, at the same paths, for every document generated here.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from hfs_desktop.domain.schema_check import SchemaChecker, SchemaKeywordError, check_keywords
from hfs_desktop.domain.validation import parse_date, session_schema, validate_session_dict
from hfs_desktop.resources import resource_path


def _is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_date(value) is not None


def reference_failures(data: object) -> list[tuple[tuple[Any, ...], str, str]]:
    checker = FormatChecker(formats=())
    checker.checks("date")(_is_date)
    validator = Draft202012Validator(session_schema(), format_checker=checker)
    out = []
    for error in validator.iter_errors(data):
        missing = ""
        if error.validator == "required":
            found = re.search(r"'([^']+)' is a required property", error.message)
            assert found is not None
            missing = found.group(1)
        out.append((tuple(error.absolute_path), str(error.validator), missing))
    return sorted(out, key=repr)


def our_failures(data: object) -> list[tuple[tuple[Any, ...], str, str]]:
    checker = SchemaChecker(session_schema(), formats={"date": lambda v: _is_date(v)})
    return sorted(((f.path, f.keyword, f.missing) for f in checker.failures(data)), key=repr)


EXAMPLES = [
    json.loads(p.read_text(encoding="utf-8"))
    for p in sorted(Path(resource_path("examples")).glob("*.json"))
]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.sampled_from([0, 1, 1.0, 2, 1899, 1900, 2100, 2101, 1950.0, 1950.5, float("inf")])
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(
        ["", "en", "en\n", "zz_ZZ", "EN", "2026-02-30", "2026-11-21", "left", "a4", "hfs-session"]
    )
    | st.sampled_from(["surgery", "recovery", "stopped", "after_surgery", "x" * 301]),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def paths_of(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path inside a JSON value, the root included."""
    out = [prefix]
    if isinstance(value, dict):
        for key, sub in value.items():
            out += paths_of(sub, (*prefix, key))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            out += paths_of(sub, (*prefix, i))
    return out


@st.composite
def mutated_sessions(draw: st.DrawFn) -> Any:
    """An example session with a few random edits: values replaced, keys dropped or added."""
    doc = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(paths_of(doc)))
        if not path:
            continue
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "drop", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(json_values)
        elif action == "drop":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return doc


@settings(max_examples=600, deadline=None)
@given(mutated_sessions())
def test_same_failures_as_jsonschema_for_edited_sessions(doc: Any) -> None:
    assert our_failures(doc) == reference_failures(doc)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_same_failures_as_jsonschema_for_any_json(doc: Any) -> None:
    assert our_failures(doc) == reference_failures(doc)


@pytest.mark.parametrize(
    "edit",
    [
        {"version": True},  # true is not the integer 1
        {"version": 1.0},  # 1.0 is
        {"patient": {"name": "A", "birth_year": 1950.0}},
        {"patient": {"name": "A", "birth_year": 1950.5}},
        {"patient": {"name": "A", "birth_year": float("nan")}},
        {"patient": {"name": "A", "birth_year": float("inf")}},
        {"questions": ["a", "a"], "discussed": ["surgery", "surgery"]},
        {"discussed": ["surgery", "recovery"], "question_prompts": [1, 1.0, True]},
        {"handout": {"language": "en\n"}},  # "$" also matches before a final newline
        {"visit_date": "2026-02-30"},
        {"notes": "x" * 30001},
        {"patient": {}},
        {"extra": 1, "another": 2},
    ],
)
def test_same_failures_as_jsonschema_for_edge_cases(edit: dict[str, Any]) -> None:
    doc = {**copy.deepcopy(EXAMPLES[0]), **edit}
    assert our_failures(doc) == reference_failures(doc)


def test_every_example_passes() -> None:
    assert len(EXAMPLES) >= 4
    for doc in EXAMPLES:
        assert our_failures(doc) == [] == reference_failures(doc)
        assert validate_session_dict(doc) == []


@pytest.mark.parametrize(
    "schema, complaint",
    [
        ({"oneOf": [{"type": "string"}]}, "'oneOf'"),
        ({"properties": {"a": {"$ref": "#/x"}}}, "properties.a uses '$ref'"),
        ({"items": {"minItems": 1}}, "items uses 'minItems'"),
        ({"additionalProperties": {"type": "string"}}, "only additionalProperties false"),
    ],
)
def test_unknown_keywords_are_refused(schema: dict[str, Any], complaint: str) -> None:
    with pytest.raises(SchemaKeywordError, match=re.escape(complaint)):
        check_keywords(schema)
    with pytest.raises(SchemaKeywordError):
        SchemaChecker(schema, formats={})


def test_shipped_schema_uses_only_known_keywords() -> None:
    check_keywords(session_schema())


def test_jsonschema_is_not_imported_to_check_a_session() -> None:
    import subprocess
    import sys

    code = (
        "import sys, json\n"
        "from hfs_desktop.storage.session_file import session_from_bytes\n"
        "from hfs_desktop.domain.validation import SessionError\n"
        "try:\n"
        '    session_from_bytes(b\'{"format": "hfs-session", "version": 1}\')\n'
        "except SessionError as e:\n"
        "    assert e.problems\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'jinja2')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
