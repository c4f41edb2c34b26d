"""The session's handout languages: codes such as zh-Hans, a second language for a bilingual
handout (saved, loaded, checked), and the translation status the window shows."""

from __future__ import annotations

from hfs_desktop.domain.content import handout_languages, translation_status
from hfs_desktop.domain.session import Session
from hfs_desktop.domain.validation import validate_session_dict as validate_session_data


def data(**handout: object) -> dict[str, object]:
    session = Session()
    session.patient.name = "Ana"
    out = session.to_json_dict()
    out["handout"] = {**out["handout"], **handout}  # type: ignore[dict-item]
    return out


def test_second_language_round_trips() -> None:
    session = Session()
    assert "second_language" not in session.to_json_dict()["handout"]
    session.handout.language, session.handout.second_language = "zh-Hans", "en"
    saved = session.to_json_dict()
    assert saved["handout"]["second_language"] == "en"
    again = Session.from_json_dict(saved)
    assert (again.handout.language, again.handout.second_language) == ("zh-Hans", "en")


def test_language_codes_with_a_script_are_valid() -> None:
    assert validate_session_data(data(language="zh-Hans", second_language="en")) == []
    assert validate_session_data(data(language="es", second_language="en")) == []
    problems = validate_session_data(data(language="es", second_language="Spanish"))
    assert [p.field for p in problems] == ["handout.second_language"]
    problems = validate_session_data(data(language="es", second_language="es"))
    assert [p.field for p in problems] == ["handout.second_language"]


def test_the_window_can_show_the_translation_status() -> None:
    languages = {lang.code: lang for lang in handout_languages()}
    assert list(languages)[0] == "en" and languages["en"].notice == ""
    assert translation_status("en") is None
    es = translation_status("es")
    assert es is not None and not es.reviewed
    assert languages["es"].notice == (
        "Español: translated, not yet reviewed by a qualified medical translator"
    )
    assert languages["zh-Hans"].name == "中文（简体）"


def test_an_unknown_second_language_is_a_content_problem() -> None:
    from hfs_desktop.domain.content import load_content
    from hfs_desktop.domain.validation import content_problems

    problems = content_problems(data(language="es", second_language="fr"), load_content("es"))
    assert [(p.field, p.code) for p in problems] == [("handout.second_language", "unknown_id")]
    assert content_problems(data(language="es", second_language="en"), load_content("es")) == []
