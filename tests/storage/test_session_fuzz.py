"""Fuzzing the session loader: whatever the bytes, it returns a Session or raises SessionError
with at least one named problem — never any other exception."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hfs_desktop.domain.validation import SessionError
from hfs_desktop.storage.session_file import session_from_bytes, session_to_bytes

VALID: dict[str, Any] = {
    "format": "hfs-session",
    "version": 1,
    "patient": {"name": "Ana", "affected_side": "left", "birth_year": 1950},
    "visit_date": "2026-11-21",
    "stage": "after_surgery",
    "twitching": "improving",
    "surgery_date": "2026-08-31",
    "questions": ["a"],
    "handout": {"language": "en", "paper": "a4", "large_print": False},
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=10,
)


def load_or_error(raw: bytes) -> None:
    try:
        session = session_from_bytes(raw)
    except SessionError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
        return
    # Whatever loads, saves back to a file that loads to the same session.
    assert session_from_bytes(session_to_bytes(session)) == session


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes(raw: bytes) -> None:
    load_or_error(raw)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            "format",
            "version",
            "patient",
            "visit_date",
            "stage",
            "twitching",
            "surgery_date",
            "questions",
            "handout",
            "notes",
            "clinic",
            "discussed",
        ]
    ),
    json_values,
)
def test_one_field_replaced_by_anything(key: str, value: Any) -> None:
    data = copy.deepcopy(VALID)
    data[key] = value
    load_or_error(json.dumps(data).encode())


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=400))
def test_truncated_files(cut: int) -> None:
    raw = json.dumps(VALID, indent=2).encode()
    load_or_error(raw[:cut])


def test_deeply_nested_json() -> None:
    load_or_error(b"[" * 100000 + b"]" * 100000)
