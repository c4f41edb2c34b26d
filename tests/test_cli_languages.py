"""The command line in other languages: --language overrides the session, --second-language
makes a bilingual handout, check-pack checks a pack."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from hfs_desktop.cli import main
from hfs_desktop.resources import resource_path

EXAMPLE = resource_path("examples", "after-surgery-3-months.json")  # handout.language "en"


def text_of(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


@pytest.mark.parametrize(
    ("language", "words"),
    [("es", "Sus puntos clave"), ("zh-Hans", "您的要点")],
)
def test_language_flag_overrides_the_session(tmp_path: Path, language: str, words: str) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--language", language, "-q"]) == 0
    text = text_of(out)
    assert words in text
    assert "Your key points" not in text


def test_second_language_flag(tmp_path: Path) -> None:
    out = tmp_path / "both.pdf"
    args = ["export", str(EXAMPLE), "-o", str(out), "--language", "es", "--second-language", "en"]
    assert main([*args, "--paper", "letter", "-q"]) == 0
    text = text_of(out)
    assert "Sus puntos clave" in text and "Your key points" in text


def test_second_language_from_the_session_and_none(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["handout"]["language"] = "es"
    data["handout"]["second_language"] = "en"
    session = tmp_path / "s.json"
    session.write_text(json.dumps(data), encoding="utf-8")
    both, one = tmp_path / "both.pdf", tmp_path / "one.pdf"
    assert main(["export", str(session), "-o", str(both), "-q"]) == 0
    assert "Your key points" in text_of(both)
    assert main(["export", str(session), "-o", str(one), "--second-language", "none", "-q"]) == 0
    assert "Your key points" not in text_of(one)
    assert "Sus puntos clave" in text_of(one)
    # --language picks the session's second language: printed once, not twice
    assert main(["export", str(session), "-o", str(one), "--language", "en", "-q"]) == 0
    assert "Sus puntos clave" not in text_of(one)


def test_bad_second_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    args = ["export", str(EXAMPLE), "-o", str(out), "--language", "es"]
    assert main([*args, "--second-language", "es"]) == 2
    assert "--second-language" in capsys.readouterr().err
    assert main([*args, "--second-language", "xx"]) == 2
    assert "No content for language 'xx'" in capsys.readouterr().err
    assert not out.exists()


def test_session_with_the_same_language_twice_is_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["handout"]["second_language"] = "en"
    session = tmp_path / "s.json"
    session.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(session), "-o", str(tmp_path / "o.pdf")]) == 2
    err = capsys.readouterr().err
    assert "handout.second_language" in err and "already the handout's language" in err


def test_check_pack_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-pack", "es", "zh-Hans"]) == 0
    out = capsys.readouterr().out
    assert "== es: passes" in out and "== zh-Hans: passes" in out
    assert "Fernández-Huerta" in out and "characters per sentence" in out
    assert main(["check-pack", "xx"]) == 1
