"""Handouts in every language and on both paper sizes: the text is in that language, the
patient's dates print the language's way, the translation status is on the page, and the
bilingual edition carries both languages in one PDF with one page numbering."""

from __future__ import annotations

import io
import re
from functools import cache

import pytest
from pypdf import PdfReader

from hfs_desktop.domain.content import load_content
from hfs_desktop.domain.personalize import format_date
from hfs_desktop.domain.session import Session
from hfs_desktop.handout.render import render_handout
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_session

EXAMPLE = "after-surgery-3-months.json"  # visit 21 November 2026, surgery 31 August 2026
KNOWN_WORDS = {
    "en": ["Your key points", "Get help now", "Where this information comes from"],
    "es": ["Sus puntos clave", "Pida ayuda ya", "De dónde viene esta información"],
    "zh-Hans": ["您的要点", "马上求助", "这些信息的来源"],
}
DATES = {
    "en": ["21 November 2026", "31 August 2026"],
    "es": ["21 de noviembre de 2026", "31 de agosto de 2026"],
    "zh-Hans": ["2026年11月21日", "2026年8月31日"],
}
PAGE_WORDS = {"en": "Page 1 of", "es": "Página 1 de", "zh-Hans": "第 1 页"}


def session(name: str = EXAMPLE) -> Session:
    return load_session(resource_path("examples", name))


def flat(text: str) -> str:
    return " ".join(text.split())


@cache
def pdf_text(language: str, paper: str, second: str = "") -> tuple[str, int]:
    result = render_handout(
        session(), language=language, paper=paper, second_language=second, deterministic=True
    )
    pages = PdfReader(io.BytesIO(result.pdf)).pages
    return "\n".join(page.extract_text() for page in pages), result.pages


@cache
def english_sentences() -> list[str]:
    """Whole English sentences of five words or more from the handout's own English text."""
    text, _ = pdf_text("en", "a4")
    sentences = re.split(r"(?<=[.!?])\s+", flat(text))
    return [s for s in sentences if len(s.split()) >= 5 and re.search(r"[a-z]{3}", s)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["en", "es", "zh-Hans"])
def test_the_handout_is_in_its_language(language: str, paper: str) -> None:
    text, pages = pdf_text(language, paper)
    body = flat(text)
    for words in KNOWN_WORDS[language]:
        assert words in body, words
    for day in DATES[language]:
        assert day in body, day
    assert PAGE_WORDS[language] in body
    assert pages >= 4
    # header, footer and picture labels are drawn on the canvas: every character in a font
    # that has it (a missing glyph comes out of the text layer as NUL)
    assert "\x00" not in text
    content = load_content(language)
    if language != "en":
        assert content.strings["picture_words"]["outcomes_title"] in body
    header = f"{content.string('title')} · {DATES[language][0]}"
    assert header.replace(" ", "") in body.replace(" ", "")  # runs come out space-separated
    if language != "en":
        content = load_content(language)
        assert content.translation is not None
        assert flat(content.translation_line) in body  # near the title and with the sources
        assert body.count(flat(content.translation_line)) == 2
        left = [s for s in english_sentences() if s in body and not _from_session_or_citation(s)]
        assert not left, left[:5]
        assert "January" not in body and "November" not in body


def _from_session_or_citation(sentence: str) -> bool:
    """English that is the clinician's own (notes, questions) or a citation, never content."""
    data = session()
    own = " ".join([data.notes, *data.questions, data.clinician, data.clinic.name])
    citations = " ".join(s.citation for s in load_content("en").sources)
    if re.search(r"\b[SE]\d+: ", sentence):  # a source line: "E3: Delayed relief of ..."
        return True
    return sentence in flat(own) or sentence in flat(citations)


def test_numbers_print_the_language_way() -> None:
    assert "1,105" in load_content("en").facts["age_not_a_factor"].words
    assert "1105" in load_content("es").facts["age_not_a_factor"].words
    assert "1,105" in load_content("zh-Hans").facts["age_not_a_factor"].words
    for language in ("en", "es", "zh-Hans"):  # the same numbers in every pack
        facts = load_content(language).facts
        assert facts["immediate_relief"].numbers == (67, 100)
        assert facts["lasting_relief"].per_100_low == 85


def test_dates_format_per_language() -> None:
    day = session().visit_date
    assert format_date(day, load_content("es")) == "21 de noviembre de 2026"
    assert format_date(day, load_content("zh-Hans")) == "2026年11月21日"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_bilingual_handout_has_both_languages(paper: str) -> None:
    text, pages = pdf_text("es", paper, "en")
    _, alone = pdf_text("es", paper)
    body = flat(text)
    for words in KNOWN_WORDS["es"] + KNOWN_WORDS["en"] + DATES["es"] + DATES["en"]:
        assert words in body, words
    assert "The same handout in English." in body
    note = "Después de las páginas en español, este folleto trae la misma información en inglés."
    assert note in body
    assert body.index(note) < body.index("Sus puntos clave")
    assert body.index("Sus puntos clave") < body.index("Your key points")
    assert pages > alone
    # one page numbering, in the patient's language, across both parts
    assert f"Página {pages} de {pages}" in body
    assert "Page 1 of" not in body


def test_bilingual_from_the_session_and_chinese() -> None:
    data = session()
    data.handout.language = "zh-Hans"
    data.handout.second_language = "en"
    result = render_handout(data, deterministic=True)
    text = flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(result.pdf)).pages))
    assert "您的要点" in text and "Your key points" in text
    assert "English" in text
    assert "同样内容的英文版" in text.replace(" ", "")


def test_second_language_same_as_first_prints_once() -> None:
    _, alone = pdf_text("es", "a4")
    _, same = pdf_text("es", "a4", "es")
    assert same == alone


@pytest.mark.parametrize("language", ["es", "zh-Hans"])
def test_bilingual_large_print_letter_lays_out(language: str) -> None:
    """The English title page of a bilingual handout has the divider above it: when neither
    the safety box nor the key points fit under the visit block, they start the next page."""
    data = session("considering-second-surgery.json")
    result = render_handout(
        data, language=language, second_language="en", paper="letter", large_print=True
    )
    assert result.pages > 20
