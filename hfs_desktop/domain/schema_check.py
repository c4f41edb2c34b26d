"""Runs the session file's JSON Schema: the subset of draft 2020-12 keywords the file uses.

The schema in ``resources/schema`` stays the single description of the file. This module
interprets it instead of the ``jsonschema`` package because importing that package and
building its validator took 60-100 ms of every export and of the window's start-up, more than
reading, checking and laying out the rest of the handout.

Only the keywords below are understood. A schema that uses any other keyword is refused when
it is loaded (``SchemaKeywordError``), so an edit to the schema can never be ignored silently.
The test suite checks that this interpreter and ``jsonschema`` report the same failures, at
the same paths, for thousands of generated documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

Path = tuple[str | int, ...]

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description"})
KEYWORDS = frozenset(
    {
        "type",
        "const",
        "enum",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "maxItems",
        "uniqueItems",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
    }
)


class SchemaKeywordError(ValueError):
    """The schema uses a keyword this interpreter does not implement."""


@dataclass(frozen=True)
class Failure:
    """One keyword a value does not satisfy (what jsonschema calls a ValidationError)."""

    path: Path  # where the value is, e.g. ("questions", 3)
    keyword: str  # the schema keyword that failed, e.g. "maxLength"
    expected: Any  # that keyword's value in the schema, e.g. 1000
    instance: Any  # the value that failed
    schema: Mapping[str, Any]  # the (sub)schema holding the keyword
    missing: str = ""  # for "required": the missing property


def check_keywords(schema: object, where: str = "schema") -> None:
    """Raise SchemaKeywordError if ``schema`` uses a keyword outside the supported subset."""
    if not isinstance(schema, Mapping):
        raise SchemaKeywordError(f"{where} is not an object")
    for key, value in schema.items():
        if key in ANNOTATIONS:
            continue
        if key not in KEYWORDS:
            raise SchemaKeywordError(f"{where} uses {key!r}, which the session checker lacks")
        if key == "properties":
            for name, sub in value.items():
                check_keywords(sub, f"{where}.properties.{name}")
        elif key == "items":
            check_keywords(value, f"{where}.items")
        elif key == "additionalProperties" and value is not False:
            raise SchemaKeywordError(f"{where}: only additionalProperties false is supported")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    # As in JSON Schema: 1.0 is an integer, true is not.
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


_TYPES: dict[str, Callable[[object], bool]] = {
    "string": lambda v: isinstance(v, str),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": _is_number,
    "integer": _is_integer,
}


def _key(value: object) -> object:
    """A hashable stand-in with JSON Schema equality: true != 1, 1 == 1.0, key order ignored."""
    if isinstance(value, bool) or value is None:
        return ("literal", value)
    if isinstance(value, int | float):
        return ("number", value)
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, list):
        return ("array", tuple(_key(v) for v in value))
    if isinstance(value, dict):
        return ("object", frozenset((k, _key(v)) for k, v in value.items()))
    return ("other", repr(value))


def _equal(a: object, b: object) -> bool:
    return _key(a) == _key(b)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class SchemaChecker:
    """Checks documents against one schema; ``formats`` maps a format name to its test."""

    def __init__(
        self, schema: Mapping[str, Any], formats: Mapping[str, Callable[[str], bool]]
    ) -> None:
        check_keywords(schema)
        self.schema = schema
        self.formats = dict(formats)

    def failures(self, instance: object) -> list[Failure]:
        """Every failure, ordered by path (then by keyword order within the schema)."""
        found = list(self._check(self.schema, instance, ()))
        return sorted(found, key=lambda f: [str(p) for p in f.path])

    def _check(self, schema: Mapping[str, Any], value: Any, path: Path) -> Iterator[Failure]:
        for keyword, expected in schema.items():
            if keyword in ANNOTATIONS:
                continue
            if keyword == "properties":
                if isinstance(value, dict):
                    for name, sub in expected.items():
                        if name in value:
                            yield from self._check(sub, value[name], (*path, name))
                continue
            if keyword == "items":
                if isinstance(value, list):
                    for i, item in enumerate(value):
                        yield from self._check(expected, item, (*path, i))
                continue
            if keyword == "required":
                if isinstance(value, dict):
                    for name in expected:
                        if name not in value:
                            yield Failure(path, keyword, expected, value, schema, missing=name)
                continue
            if keyword == "additionalProperties":  # always false (see check_keywords)
                if isinstance(value, dict) and set(value) - set(schema.get("properties", {})):
                    yield Failure(path, keyword, expected, value, schema)
                continue
            if not self._holds(keyword, expected, value):
                yield Failure(path, keyword, expected, value, schema)

    def _holds(self, keyword: str, expected: Any, value: Any) -> bool:
        """Whether ``value`` satisfies one leaf keyword (keywords ignore other types)."""
        if keyword == "type":
            return _TYPES[expected](value)
        if keyword == "const":
            return _equal(value, expected)
        if keyword == "enum":
            return any(_equal(value, choice) for choice in expected)
        if isinstance(value, str):
            if keyword == "minLength":
                return len(value) >= int(expected)
            if keyword == "maxLength":
                return len(value) <= int(expected)
            if keyword == "pattern":
                return _regex(expected).search(value) is not None
            if keyword == "format":
                test = self.formats.get(expected)
                return test is None or test(value)
        if isinstance(value, list):
            if keyword == "maxItems":
                return len(value) <= int(expected)
            if keyword == "uniqueItems":
                return not expected or len({_key(v) for v in value}) == len(value)
        if _is_number(value):
            if keyword == "minimum":
                return not value < expected  # NaN passes, as in jsonschema
            if keyword == "maximum":
                return not value > expected
        return True
