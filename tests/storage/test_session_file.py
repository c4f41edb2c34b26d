"""load_checked_session(): the one way the command line and the window open a session file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hfs_desktop.domain.content import ContentError
from hfs_desktop.domain.validation import SessionError
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_checked_session, load_session

EXAMPLE = resource_path("examples", "before-surgery.json")


def test_an_example_opens_with_the_content_of_its_language() -> None:
    session, content = load_checked_session(EXAMPLE)
    assert session == load_session(EXAMPLE)
    assert content.prompt_ids  # the English content, loaded once and shared


def test_an_id_the_content_does_not_know_is_a_problem_naming_the_field(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["question_prompts"] = ["no-such-prompt"]
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    load_session(path)  # the file itself is valid ...
    with pytest.raises(SessionError) as info:  # ... but not for this content
        load_checked_session(path)
    assert [p.field for p in info.value.problems] == ["question_prompts[0]"]
    assert '"no-such-prompt" is not known' in str(info.value.problems[0])


def test_a_file_problem_comes_before_the_language(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(SessionError):
        load_checked_session(path, "xx")


def test_an_unknown_language_is_a_content_error() -> None:
    with pytest.raises(ContentError, match="No content for language 'xx'"):
        load_checked_session(EXAMPLE, "xx")
