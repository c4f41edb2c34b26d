"""What is wrong with a session, in a form both people and code can use.

A ``Problem`` names the field, says what kind of problem it is (``ProblemCode``: the window
switches on these, never on the English message), explains it in a plain sentence, and
carries the limit it broke, if any. ``SessionError`` collects them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ProblemCode(StrEnum):
    """What kind of problem: stable names the window switches on (the message is for people)."""

    NOT_A_SESSION = "not_a_session"  # unreadable, too big, not JSON, not our format
    NEWER_VERSION = "newer_version"
    REQUIRED = "required"
    EMPTY = "empty"
    TOO_LONG = "too_long"  # limit: the most characters
    TOO_MANY = "too_many"  # limit: the most entries
    OUT_OF_RANGE = "out_of_range"  # limit: the bound that was crossed
    DUPLICATE = "duplicate"
    WRONG_TYPE = "wrong_type"
    NOT_ALLOWED = "not_allowed"  # not one of the allowed values
    NOT_A_DATE = "not_a_date"
    BAD_FORMAT = "bad_format"  # a pattern, e.g. the language code
    UNKNOWN_FIELD = "unknown_field"
    INVISIBLE = "invisible"  # a name with nothing printable
    CONTROL_CHARS = "control_chars"
    NOT_BEFORE_SURGERY = "not_before_surgery"  # a field that must be left out before surgery
    AFTER_VISIT = "after_visit"  # a date or year after the visit
    UNKNOWN_ID = "unknown_id"  # an id the content does not know
    OTHER = "other"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a session: the field path, what kind of problem, a plain
    explanation, and the limit it broke (characters, entries or a bound), if any."""

    field: str
    code: ProblemCode
    message: str
    limit: int | None = None

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class SessionError(ValueError):
    """A session cannot be used; ``problems`` lists every reason, one per field."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
