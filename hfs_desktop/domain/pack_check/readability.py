"""Reading ease of a pack, section by section, in its own language's measure.

Spanish: Fernández-Huerta (textstat 0.7.4, offline syllables from pyphen) and the same
formula on vowel nuclei; the stricter of the two counts. Chinese: characters per sentence.
Budgets sit beside the English grade budget (Flesch-Kincaid grade <= 7 per section).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from typing import Any

from hfs_desktop.domain.content import TOPIC_IDS, Content
from hfs_desktop.domain.pack_check.formats import SAMPLE_DATE
from hfs_desktop.domain.pack_check.report import PackReport, Readability
from hfs_desktop.domain.pack_check.text import plain

# Fernández-Huerta (Spanish): 60-70 "normal" is grade 7-8, 70-80 "fairly easy" grade 6; a
# section must score at least this (grade 6-7), on the stricter of two syllable counts.
MIN_FERNANDEZ_HUERTA = 70.0
# Chinese: plain-language guides ask for short sentences, about 20 characters or fewer on
# average; a section's mean may not pass this, nor any one sentence the longest budget.
MAX_HAN_PER_SENTENCE = 20.0
MAX_HAN_LONGEST_SENTENCE = 45


def section_texts(content: Content) -> dict[str, str]:
    """Each section's printed words (one text per topic, the personal part, key points, ...),
    with sample personal values filled in; the English grade test reads the same texts."""
    sample = {
        "you": str(content.strings.get("you", "you")),
        "side": str(content.strings.get("side_word_left", "left")),
        "clinic_phone": "0161 555 0142",
        "out_of_hours_phone": "",
        "emergency_number": "",
        "months": 4,
        "date": lambda _id: content.dates.format(SAMPLE_DATE),
    }

    def render(texts: Iterable[str]) -> str:
        return "\n".join(plain(str(content.render(t, **sample))) for t in texts if t)

    out = {}
    for tid in TOPIC_IDS:
        topic = content.topics[tid]
        parts = [topic.title, topic.summary]
        for b in topic.blocks:
            if b.type != "clinician_note":
                parts += [b.text, *b.items]
        for c in topic.causes:
            parts += [c.title, c.text]
        for g in topic.risk_groups:
            parts += [g.title, *(r.text for r in g.risks)]
        parts += [t.prompt for t in topic.teach_back]
        out[tid] = render(parts)
    out["personal"] = render(
        [m.text for m in content.milestones]
        + [t for m in content.milestones for t in m.by_twitching.values()]
        + [ph.text for ph in content.phases]
        + [step for ph in content.phases for step in ph.next_steps]
    )
    out["key_points"] = render(k.text for k in content.key_points)
    out["contact"] = render([content.contact_intro, *(r.text for r in content.contact_reasons)])
    out["questions"] = render(q.text for q in content.prompts)
    out["glossary"] = render(g.meaning for g in content.glossary)
    return out


def _textstat() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textstat  # a development tool (pinned 0.7.4: 0.7.5+ downloads data at run time)

    return textstat


def fernandez_huerta(text: str) -> float:
    """Spanish reading ease (higher is easier), textstat 0.7.4 with pyphen's Spanish syllables."""
    ts = _textstat()
    ts.set_lang("es")
    try:
        return float(ts.fernandez_huerta(text))
    finally:
        ts.set_lang("en_US")


_ES_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
_ES_VOWELS = re.compile(r"[aeiouáéíóúü]+")
_ES_NUCLEUS = set("aeoáéíóú")  # a, e, o and accented i/u each make a syllable of their own


def spanish_syllables(word: str) -> int:
    """Syllables of a Spanish word by its vowel nuclei (diphthongs count once, hiatus twice)."""
    total = 0
    for group in _ES_VOWELS.findall(word.lower()):
        total += max(1, sum(1 for c in group if c in _ES_NUCLEUS))
    return max(1, total)


def fernandez_huerta_vowels(text: str) -> float:
    """Fernández-Huerta with syllables counted by vowel nuclei. textstat counts pyphen's
    hyphenation points, which never split off a word's first or last letter ("ope-ra-ción":
    three, not four), so it reads Spanish about five to ten points easier than it is."""
    words = _ES_WORD.findall(text)
    sentences = [s for s in re.split(r"[.!?¿¡:;\n]+", text) if _ES_WORD.search(s)]
    if not words or not sentences:
        return 0.0
    per_word = sum(spanish_syllables(w) for w in words) / len(words)
    return 206.84 - 60 * per_word - 1.02 * len(words) / len(sentences)


_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")


def han_per_sentence(text: str) -> tuple[float, int]:
    """Chinese: mean and longest count of characters (not punctuation, not spaces) a sentence."""
    counts = []
    for sentence in _SENTENCE_END.split(text):
        n = sum(
            1
            for c in sentence
            if not c.isspace() and not unicodedata.category(c).startswith(("P", "S"))
        )
        if n:
            counts.append(n)
    if not counts:
        return 0.0, 0
    return sum(counts) / len(counts), max(counts)


def _spanish(section: str, text: str) -> Readability:
    textstat_value, vowels = fernandez_huerta(text), fernandez_huerta_vowels(text)
    value = min(textstat_value, vowels)  # the stricter of the two syllable counts
    return Readability(
        section,
        "Fernández-Huerta",
        value,
        MIN_FERNANDEZ_HUERTA,
        value >= MIN_FERNANDEZ_HUERTA,
        f"textstat {textstat_value:.1f}, vowel nuclei {vowels:.1f}",
    )


def _chinese(section: str, text: str) -> Readability:
    mean, longest = han_per_sentence(text)
    ok = mean <= MAX_HAN_PER_SENTENCE and longest <= MAX_HAN_LONGEST_SENTENCE
    return Readability(
        section,
        "characters per sentence",
        mean,
        MAX_HAN_PER_SENTENCE,
        ok,
        f"longest {longest}, budget {MAX_HAN_LONGEST_SENTENCE}",
    )


def check_readability(content: Content, report: PackReport) -> None:
    """Score every section in the pack's language (a note when there is no measure)."""
    base = content.language.split("-")[0]
    texts = section_texts(content)
    measure: Callable[[str, str], Readability] | None = None
    if base == "es":
        try:
            _textstat()
        except ImportError:
            report.notes.append("textstat is not installed: Spanish readability not measured")
            return
        measure = _spanish
    elif base == "zh":
        measure = _chinese
    if measure is None:
        report.notes.append(f"no readability measure for {content.language!r}")
        return
    for section, text in texts.items():
        report.readability.append(measure(section, text))
