"""The pack checker: every shipped pack passes, and each kind of mistake is caught.

The mistakes are made in a copy of the resources folder (a scaffold pack "xx" copied from
English), so nothing here pretends to be a translation.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hfs_desktop import resources
from hfs_desktop.domain import pack_check
from hfs_desktop.domain.content import ContentError, NumberStyle, load_content
from hfs_desktop.domain.pack_check import check_pack, han_per_sentence
from hfs_desktop.resources import content_languages, resource_root

TRANSLATED = [lang for lang in content_languages() if lang != "en"]
TRANSLATION_TABLE = """
[translation]
from = "en"
english_digest = "{digest}"
reviewer = ""
reviewed_on = ""
unreviewed = "Xx: not yet reviewed."
reviewed = "Xx: reviewed by {reviewer} on {date}."
"""


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_shipped_pack_passes(language: str) -> None:
    report = check_pack(language)
    problems = [str(f) for f in report.findings] + [str(r) for r in report.readability if not r.ok]
    assert report.ok, "\n".join(problems)
    assert report.readability, "readability was not measured"


def test_shipped_packs() -> None:
    assert {"en", "es", "zh-Hans"} <= set(content_languages())


def test_english_passes_its_own_checks() -> None:
    assert check_pack("en").ok


@pytest.fixture
def scaffold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the resources with a pack "xx" that is English with a translation status."""
    root = tmp_path / "resources"
    shutil.copytree(resource_root() / "content", root / "content")
    for other in resource_root().iterdir():
        if other.name != "content":
            (root / other.name).symlink_to(other)
    for lang in TRANSLATED:
        shutil.rmtree(root / "content" / lang)
    shutil.copytree(root / "content" / "en", root / "content" / "xx")
    meta = root / "content" / "xx" / "meta.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace('language = "en"', 'language = "xx"')
        + TRANSLATION_TABLE.replace("{digest}", pack_check.english_digest()),
        encoding="utf-8",
    )
    monkeypatch.setattr(resources, "resource_root", lambda: root)
    load_content.cache_clear()
    yield root / "content" / "xx"
    load_content.cache_clear()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def messages(language: str = "xx") -> str:
    return "\n".join(str(f) for f in check_pack(language).findings)


def test_untranslated_english_is_caught(scaffold: Path) -> None:
    found = messages()
    assert "untranslated? same as the English" in found
    assert "handout.toml [picture_words]" in found or "picture_words." in found


def test_english_stop_words_are_caught_in_a_latin_script_pack(scaffold: Path) -> None:
    assert pack_check.english_left("Usted puede volver a casa.", "You can go home.", "es") == ""
    why = pack_check.english_left("Usted can go home after the operación.", "x", "es")
    assert "English words left" in why
    why = pack_check.english_left("手术后 you can go home after this", "x", "zh-Hans")
    assert "mostly Latin letters" in why
    assert pack_check.english_left("手术后可以回家。MVD", "x", "zh-Hans") == ""


def test_missing_key_and_changed_data_are_caught(scaffold: Path) -> None:
    edit(scaffold / "handout.toml", 'notes_title = "Notes from your care team"\n', "")
    edit(scaffold / "key_points.toml", 'sources = ["S1"', 'sources = ["S2"')
    found = messages()
    assert "handout.toml.notes_title: missing (English has it)" in found
    assert "is data, not words: must stay" in found


def test_placeholders_facts_and_digits_are_caught(scaffold: Path) -> None:
    edit(scaffold / "topics" / "surgery.toml", '{{ fact("', '{{ fakt("')
    edit(scaffold / "facts.toml", 'words = "about {0} out of {1} people"', 'words = "about 67"')
    found = messages()
    assert "placeholders differ from English" in found
    assert "does not load" in found or "{fields} differ" in found
    assert "types digits ['67']" in found


def test_a_pack_cannot_change_a_number(scaffold: Path) -> None:
    edit(scaffold / "facts.toml", 'words = "about {0} out of {1} people"', 'words = "about 70"')
    with pytest.raises(ContentError, match="may not type a digit"):
        load_content("xx")


def test_missing_file_and_translation_status(scaffold: Path) -> None:
    (scaffold / "questions.toml").unlink()
    edit(scaffold / "meta.toml", "[translation]", "[not_translation]")
    found = messages()
    assert "questions.toml: missing" in found
    assert "no [translation] table" in found


def test_dates_and_numbers_the_language_way() -> None:
    assert NumberStyle(",", 4).format(1105) == "1,105"
    assert NumberStyle("\u00a0", 5).format(1105) == "1105"
    assert NumberStyle("\u00a0", 5).format(12000) == "12\u00a0000"
    assert NumberStyle(",", 4).format(1234567) == "1,234,567"
    day = dt.date(2027, 6, 3)
    assert load_content("en").dates.format(day) == "3 June 2027"
    assert load_content("es").dates.format(day) == "3 de junio de 2027"
    assert load_content("zh-Hans").dates.format(day) == "2027年6月3日"


def test_a_wrong_date_form_is_caught(scaffold: Path) -> None:
    edit(scaffold / "meta.toml", 'language = "xx"', 'language = "es"')
    assert "expected '3 de junio de 2027'" in messages()


def test_translation_status_line(scaffold: Path) -> None:
    content = load_content("xx")
    assert content.translation is not None and not content.translation.reviewed
    assert content.translation_line == "Xx: not yet reviewed."
    assert "not yet reviewed by a qualified medical translator" in content.translation.summary
    edit(scaffold / "meta.toml", 'reviewer = ""', 'reviewer = "Dr A. Reviewer"')
    edit(scaffold / "meta.toml", 'reviewed_on = ""', 'reviewed_on = "2027-01-05"')
    load_content.cache_clear()
    content = load_content("xx")
    assert content.translation is not None and content.translation.reviewed
    assert content.translation_line == "Xx: reviewed by Dr A. Reviewer on 5 January 2027."
    edit(scaffold / "meta.toml", 'reviewed_on = "2027-01-05"', 'reviewed_on = ""')
    load_content.cache_clear()
    with pytest.raises(ContentError, match="both reviewer and reviewed_on"):
        load_content("xx")


def test_chinese_sentence_length() -> None:
    mean, longest = han_per_sentence("手术后，您会住院。大约一个月后复查！")
    assert (mean, longest) == (7.5, 8)


def test_the_command_exits_1_on_a_failing_pack(
    scaffold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pack_check.main(["xx"]) == 1
    assert "== xx: FAILS" in capsys.readouterr().out
    assert pack_check.main(["en"]) == 0


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize(
    "example", sorted(p.name for p in (resource_root() / "examples").iterdir())
)
def test_glossary_lists_the_terms_english_lists(language: str, example: str) -> None:
    """A glossary term prints only when the text uses it, word for word: a translation whose
    text words a term differently would silently drop its explanation."""
    from hfs_desktop.domain.document import build_document
    from hfs_desktop.storage.session_file import load_session

    session = load_session(resource_root() / "examples" / example)

    def used(lang: str) -> list[int]:
        content = load_content(lang)
        terms = [str(g.term) for g in content.glossary]
        return [terms.index(str(t)) for t, _ in build_document(session, content).glossary]

    assert used(language) == used("en")


def test_a_change_to_the_english_text_makes_the_translations_stale(scaffold: Path) -> None:
    english = scaffold.parent / "en" / "questions.toml"
    edit(english, "Who should I call", "Whom should I call")
    assert "the English text has changed since this translation was made" in messages()
