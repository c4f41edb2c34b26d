"""Reading and writing session files, with one clear error for anything that is not one."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from hfs_desktop.domain.problems import Problem, ProblemCode, SessionError
from hfs_desktop.domain.session import Session
from hfs_desktop.domain.validation import validate_session_dict
from hfs_desktop.storage.atomic import write_atomic

if TYPE_CHECKING:
    from hfs_desktop.domain.content import Content

MAX_SESSION_BYTES = 5 * 1024 * 1024


def session_to_bytes(session: Session) -> bytes:
    """The canonical file form: UTF-8 JSON, two-space indent, non-ASCII kept readable."""
    text = json.dumps(session.to_json_dict(), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def save_session(path: str | os.PathLike[str], session: Session) -> None:
    """Validate, then write atomically: an invalid session is never written."""
    data = session.to_json_dict()
    problems = validate_session_dict(data)
    if problems:
        raise SessionError(problems)
    write_atomic(path, session_to_bytes(session))


def _too_big(size: int) -> SessionError:
    return SessionError(
        [
            Problem(
                "",
                ProblemCode.NOT_A_SESSION,
                f"the file is {size / (1024 * 1024):.1f} MB; a session file is at most "
                f"{MAX_SESSION_BYTES // (1024 * 1024)} MB. Is this the right file?",
            )
        ]
    )


def session_from_bytes(raw: bytes) -> Session:
    """Parse and validate file bytes; SessionError lists every problem found."""
    if len(raw) > MAX_SESSION_BYTES:
        raise _too_big(len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SessionError(
            [
                Problem(
                    "",
                    ProblemCode.NOT_A_SESSION,
                    f"the file is not UTF-8 text (byte {exc.start}); is it a session file?",
                )
            ]
        ) from None
    if "\x00" in text:
        raise SessionError(
            [Problem("", ProblemCode.NOT_A_SESSION, "the file holds binary data, not a session")]
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        reason = "the file ends too early" if exc.pos >= len(text.rstrip()) else exc.msg
        raise SessionError(
            [
                Problem(
                    "",
                    ProblemCode.NOT_A_SESSION,
                    f"the file is not valid JSON ({reason} at {where})",
                )
            ]
        ) from None
    except RecursionError:
        raise SessionError(
            [
                Problem(
                    "", ProblemCode.NOT_A_SESSION, "the file is nested too deeply to be a session"
                )
            ]
        ) from None
    problems = validate_session_dict(data)
    if problems:
        raise SessionError(problems)
    return Session.from_json_dict(data)


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file; a missing or unreadable file is a SessionError too."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_SESSION_BYTES:
            raise _too_big(size)
        raw = p.read_bytes()
    except FileNotFoundError:
        raise SessionError(
            [Problem("", ProblemCode.NOT_A_SESSION, f"{p} does not exist")]
        ) from None
    except IsADirectoryError:
        raise SessionError(
            [Problem("", ProblemCode.NOT_A_SESSION, f"{p} is a folder, not a session file")]
        ) from None
    except OSError as exc:
        raise SessionError(
            [Problem("", ProblemCode.NOT_A_SESSION, f"{p} cannot be read: {exc.strerror}")]
        ) from None
    return session_from_bytes(raw)


def load_checked_session(
    path: str | os.PathLike[str], language: str | None = None
) -> tuple[Session, Content]:
    """Read a session file and check its ids against the content it will be shown with.

    ``language`` overrides the session's handout language (``export --language``). Raises
    SessionError (file, schema or content problems, all listed) or ContentError (the language
    has no usable content). The command line and the window both open files through this.
    """
    from hfs_desktop.domain.content import load_content
    from hfs_desktop.domain.validation import content_problems

    session = load_session(path)
    content = load_content(language or session.handout.language)
    problems = content_problems(session.to_json_dict(), content)
    if problems:
        raise SessionError(problems)
    return session, content
