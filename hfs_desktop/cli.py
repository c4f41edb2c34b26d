"""Command line: ``hfs-desktop`` opens the window; ``hfs-desktop export`` writes a handout;
``hfs-desktop check-pack es`` checks a language pack against English (``domain.pack_check``).

Exit codes: 0 success; 2 invalid input (the message on stderr names the field and the
problem); 1 the handout could not be written. On any failure no output file is created or
changed. Nothing about the patient is printed except the problems in their own file.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from hfs_desktop import __version__

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hfs-desktop export",
        description="Write the personalized PDF handout for a saved session file.",
    )
    parser.add_argument("session", help="session file (.json) saved by HFS Counsel")
    parser.add_argument("-o", "--output", required=True, help="PDF file to write")
    parser.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: session)")
    parser.add_argument(
        "--large-print", action="store_true", default=None, help="large-print edition (14 pt+)"
    )
    parser.add_argument(
        "--language", help="handout language, e.g. en, es, zh-Hans (default: session)"
    )
    parser.add_argument(
        "--second-language",
        help="bilingual handout: the same handout again in this language, e.g. en, after the "
        "first (default: session; 'none' for one language)",
    )
    parser.add_argument(
        "--deterministic",
        action="store_true",
        help="fixed creation date and document id (same input, same bytes)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    return parser


def _fail(code: int, lines: Sequence[str]) -> int:
    for line in lines:
        print(f"hfs-desktop export: {line}", file=sys.stderr)
    return code


def export_main(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    started = time.perf_counter()
    from hfs_desktop.domain.content import ContentError
    from hfs_desktop.domain.validation import SessionError
    from hfs_desktop.storage.atomic import SaveError
    from hfs_desktop.storage.session_file import load_checked_session

    out = Path(args.output)
    if out.is_dir():
        return _fail(EXIT_INVALID, [f"-o: {out} is a folder; give a file name such as handout.pdf"])
    if not out.parent.exists():
        return _fail(EXIT_INVALID, [f"-o: the folder {out.parent} does not exist"])
    try:
        session, _content = load_checked_session(args.session, args.language)
    except SessionError as exc:
        return _fail(EXIT_INVALID, [f"{args.session}: {p}" for p in exc.problems])
    except ContentError as exc:
        return _fail(EXIT_INVALID, [f"--language: {exc}"])
    language = args.language or session.handout.language
    second = session.handout.second_language
    if args.second_language is not None:
        second = "" if args.second_language.lower() == "none" else args.second_language
    if second == language:
        if args.second_language is not None:
            return _fail(EXIT_INVALID, [f"--second-language: {second} is already the language"])
        second = ""  # --language chose the session's second language: print it once
    if second:
        from hfs_desktop.domain.content import load_content

        try:
            load_content(second)
        except ContentError as exc:
            return _fail(EXIT_INVALID, [f"--second-language: {exc}"])

    from hfs_desktop.handout.render import export_handout

    try:
        result = export_handout(
            session,
            out,
            language=language,
            second_language=second,
            paper=args.paper,
            large_print=args.large_print,
            deterministic=args.deterministic,
        )
    except SaveError as exc:
        return _fail(EXIT_FAILED, [str(exc)])
    if not args.quiet:
        elapsed = time.perf_counter() - started
        print(f"Wrote {out} ({result.pages} pages, {len(result.pdf) // 1024} KB, {elapsed:.2f} s)")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``hfs-desktop`` and ``python main.py``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "export":
        return export_main(args[1:])
    if args and args[0] == "check-pack":
        from hfs_desktop.domain.pack_check import main as check_pack_main

        return check_pack_main(args[1:])
    if args and args[0] in ("-h", "--help"):
        print(
            "usage: hfs-desktop                 open the consultation window\n"
            "       hfs-desktop export SESSION.json -o OUT.pdf [--paper a4|letter]"
            " [--large-print] [--language es] [--second-language en]\n"
            "       hfs-desktop check-pack LANGUAGE   check a translated content pack\n"
            "       hfs-desktop --version"
        )
        return EXIT_OK
    if args and args[0] == "--version":
        print(f"hfs-desktop {__version__}")
        return EXIT_OK
    if args:
        print(f"hfs-desktop: unknown command {args[0]!r}; try hfs-desktop --help", file=sys.stderr)
        return EXIT_INVALID
    from hfs_desktop.app import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
